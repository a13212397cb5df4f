"""Times of day: the clock written ("12:06 a.m.", "2.30pm", "1430 local time") as minutes after midnight,
and the part of the trading day the text puts it in ("in noon trading", "afternoon deals", "at midday").

A time stamped in GMT or UTC, or converted in parentheses ("(8.17 p.m. ET)"), is on another clock than
the market's day and gets no minutes; a bare
"10:34" without a.m. or p.m. is read only when its hour (13 and over) says it is a 24-hour clock.
"""
from __future__ import annotations

import re

from .compiled import re_pattern
from .context import Context
from .sessions import clause_around

# Time zones a wire stamps a 24-hour time with: "0822 GMT", "at 1200 AEDT", "1430 local time".
_ZONE = r"GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|CET|CEST|JST|KST|SGT|HKT|IST|WIB|ICT|PHT|MYT|AEDT|AEST|ACDT|ACST|AWST|NZDT|NZST|local\s+time"
# "05:00 PM", "3:30 p.m.", "10:15 a.m. (0215 GMT)", "at 11.45 this morning", "09:12", "at 1200 AEDT"
TIME = re_pattern(r"(?<![0-9.,])[0-9]{1,2}(?:[.][0-9]{2})?\s*(?:[ap]\.m\.|[ap]m\b)(?:\s*(?:ET|EST|EDT|GMT)\b)?|(?<=\b[Aa]t\s)[0-9]{1,2}[.][0-9]{2}(?=\s+(?:this|in\s+the)\s+(?:morning|afternoon|evening))|(?<![0-9])[0-9]{1,2}:[0-9]{2}(?:\s*(?:[ap]\.?m\.?|AM|PM))?(?:\s*\(?[0-9]{4}\s*GMT\)?)?|(?<![0-9])(?:[01][0-9]|2[0-3])[0-5][0-9]\s*(?:" + _ZONE + r")\b", re.IGNORECASE)
HINT = re_pattern(rf"[0-9][:.][0-9]{{2}}\s*(?:[ap]\.?m|this|in\s+the)|[0-9]\s?[ap]\.?m\b|[0-9]:[0-9]{{2}}|gmt|[0-9]{{4}}\s?(?:{_ZONE.lower()})\b")

# The clock at the start of a time: "12:06 a.m.", "2.30pm", "9 a.m.", "14:05", "1430 local time", "0822 GMT"
_CLOCK = re_pattern(
    r"(?P<h24>[0-9]{2})(?P<m24>[0-9]{2})\s*(?P<zone>[A-Za-z]+(?:\s+time)?)"
    r"|(?P<h>[0-9]{1,2})(?:[:.](?P<m>[0-9]{2}))?\s*(?:(?P<mer>[apAP])\.?\s?[mM]\b\.?)?"
)
# A clock on Greenwich time is another clock than the market's own.
_UNIVERSAL = re_pattern(r"\s*(?:GMT|UTC|Z)\b")
# Parts of the trading day: "in noon trading", "at midday", "lunchtime deals", "in morning trade",
# "Friday morning", "afternoon session", "late in the evening"
_DAYPART = re_pattern(
    r"\b(?:(?P<noon>noon|midday|mid-day|lunchtime|lunch\s+break)|(?P<morning>morning|mid-morning|midmorning)"
    r"|(?P<afternoon>afternoon|mid-afternoon|midafternoon)|(?P<evening>evening))\b",
    re.IGNORECASE,
)
# A time of another day or of the prior quote, not of the part of the day the story is in: "at 6pm
# yesterday", "5 p.m. Monday", "late on Friday at 4 p.m." (before it), "from 4.19 at 6pm" (a prior's stamp)
_OTHER_DAY_AFTER = re_pattern(
    r"\s*(?:\(?[A-Za-z]+\s+time\)?|\(?[A-Z]{2,4}\)?)?,?\s*(?:on\s+)?(?:yesterday|last\s+night|the\s+(?:previous|prior)\s+(?:day|session|evening)"
    r"|the\s+day\s+before|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_OTHER_DAY_BEFORE = re_pattern(
    r"(?:\b(?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last\s+night)\b[^.;]{0,12}|\bfrom\s+(?:\S+\s+){1,4}?at\s+)$",
    re.IGNORECASE,
)
# How many sentences back the part of the day may stand: a wire's lead names it, its scores follow.
LOOKBACK = 2


def minutes(text: str) -> int | None:
    """Minutes after midnight on the clock a time is written in; None for GMT/UTC or an unclear clock."""
    m = _CLOCK.match(text)
    if m is None:
        return None
    if m["h24"]:
        if m["zone"].lower() != "local time":
            return None  # "0822 GMT", "1200 AEDT": a wire's stamp, not the text's own clock
        hour, minute = int(m["h24"]), int(m["m24"])
    else:
        hour, minute = int(m["h"]), int(m["m"] or 0)
        if _UNIVERSAL.match(text, m.end()):
            return None
        if m["mer"]:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if m["mer"].lower() == "p" else 0)
        elif hour < 13:
            return None  # "at 10:34": morning or evening, the text does not say
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def daypart(ctx: Context, start: int, end: int) -> tuple[str | None, str | None]:
    """The part of the trading day the text gives nearest before a time in its sentence, else after it
    in its sentence, else the last one in the sentences just before; and why the tie is loose, when
    it is not in the time's own clause."""
    index = ctx.sentence_at(start)
    sentence = ctx.sentences[index]
    before = list(_DAYPART.finditer(ctx.text, sentence.start, start))
    found = before[-1] if before else _DAYPART.search(ctx.text, end, sentence.end)
    back = 0
    while found is None and back < LOOKBACK and index - back > 0:
        back += 1
        earlier = ctx.sentences[index - back]
        matches = list(_DAYPART.finditer(ctx.text, earlier.start, earlier.end))
        found = matches[-1] if matches else None
    if found is None:
        return None, None
    name = next(key for key, value in found.groupdict().items() if value)
    if back:
        return name, f"the part of the day was named {back} sentence{'s' if back > 1 else ''} before the time"
    clause = clause_around(ctx.text, start, end, sentence.start, sentence.end)
    if not clause[0] <= found.start() < clause[1]:
        return name, "the part of the day was named in another clause than the time"
    return name, None


def fields(ctx: Context, match: re.Match) -> dict:
    """The DateRef fields of one time: its minutes on the local clock and the part of the day around it."""
    clock = minutes(match.group(0))
    if clock is None or ctx.text[max(0, match.start() - 1) : match.start()] == "(":
        return {}  # "9.17 a.m. local time (8.17 p.m. ET)": a conversion to another clock
    if _OTHER_DAY_AFTER.match(ctx.text, match.end()) or _OTHER_DAY_BEFORE.search(ctx.text, max(0, match.start() - 40), match.start()):
        return {"minutes": clock}  # the clock of another day or of the prior quote: no part of today
    part, loose = daypart(ctx, match.start(), match.end())
    return {"minutes": clock, "daypart": part, "loose": {"daypart": loose} if loose else {}}
