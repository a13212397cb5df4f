"""Quote lines of generated market boxes: "X is trading at 31,460.00 with a loss of -1.80% percent or
-576.00 point", "Y is trading at 18,734.20 up with +0.35% percent or +65.34 point".

One move of the named subject with its level, percent and points; the signs give the direction. A box
under a heading naming the previous day ("PREVIOUS DAY ACTIVITY") speaks of the session before the
article's: its weekday when the article is dated, else the session is marked as read loosely.
"""
from __future__ import annotations

import datetime as dt
import re

from ..facts import Fact, Move, Subject
from ..numbers import PERCENT
from .compiled import re_pattern
from .context import Context
from .periods import WEEKDAYS

_HINT = re_pattern(r"\bwith\s+(?:a|an)\s+(?:loss|gain|decline|drop|fall|rise|increase)\s+of\b|\b(?:up|down)\s+with\s+[+\-\u2212]")
# "at 31,460.00  with a loss of  -1.80% percent or  -576.00  point", "at 18,734.20 up with +0.35% percent or +65.34 point"
_QUOTE = re_pattern(
    r"\bat\s+(?P<level>[0-9][0-9,.]*)\s+(?:(?P<dir>up|down)\s+)?with\s+(?:(?:a|an)\s+(?P<noun>loss|gain|decline|drop|fall|rise|increase)\s+of\s+)?"
    r"(?P<psign>[+\-\u2212])?(?P<percent>[0-9][0-9.]*%)\s*(?:percent|per\s?cent)?\s+or\s+(?P<csign>[+\-\u2212])?(?P<change>[0-9][0-9,.]*)\s+points?\b",
    re.IGNORECASE,
)
_DOWN = frozenset({"down", "loss", "decline", "drop", "fall", "-", "\u2212"})
_UP = frozenset({"up", "gain", "rise", "increase", "+"})
# A box's heading naming the session before the article's
_PREVIOUS = re_pattern(r"\b(?:previous|prior|last)\s+(?:day|session|trading\s+day)\b|\byesterday\b", re.IGNORECASE)
_HEADING_MAX = 60
_WORD = re_pattern(r"(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A move per quote line: level, percent and points of the subject named before it."""
    out = list(facts)
    text = ctx.text
    for sentence in ctx.sentences_with(_HINT):
        clause = sentence.start  # a quote's subject is named after the quote before it
        for m in _QUOTE.finditer(text, sentence.start, sentence.end):
            floor, clause = clause, m.end()
            level, percent, change = (ctx.token_covering(m.start(g)) for g in ("level", "percent", "change"))  # a sign may open the token
            if level is None or percent is None or change is None or percent.quantity.unit != PERCENT:
                continue
            if any(t.start in ctx.claimed for t in (level, percent, change)):
                continue
            named = [n for n in ctx.named_in(floor, m.start()) if n.entity or n.unknown]
            subject = ctx.resolve(named[-1]) if named else _lower_case_name(ctx, floor, m.start())
            if subject is None:
                continue
            words = {w.lower() for w in (m["dir"], m["noun"], m["psign"], m["csign"]) if w}
            direction = -1 if words & _DOWN else 1 if words & _UP else 0
            ctx.claimed.update((level.start, percent.start, change.start))
            session = _session(ctx, sentence.start)
            out.append(Move(id="", span=ctx.span(subject.span.start if subject.span else level.start, change.end), subject=subject, verb=(m["noun"] or m["dir"]),
                            direction=direction, level=level.quantity, percent=percent.quantity, change=change.quantity, **session))
    return out


def _lower_case_name(ctx: Context, start: int, end: int) -> Subject | None:
    """A name a generated box wrote in lower case ("the nifty closed at ..."), as the lexicon knows it."""
    for word in reversed(list(_WORD.finditer(ctx.text, start, end))):
        for form in (word.group(0).capitalize(), word.group(0).upper()):
            alias = ctx.lexicon.aliases.get(form)
            if alias is not None:
                entity = alias.entity
                return Subject(text=word.group(0), entity=entity.id, name=entity.name, type=entity.type,
                               country=entity.country, span=ctx.span(*word.span()))
    return None


def _session(ctx: Context, offset: int) -> dict:
    """The session a box's heading names: the one before the article's, by weekday when it is dated."""
    heading = _heading(ctx, offset)
    if heading is None or not _PREVIOUS.search(heading):
        return {}
    date = ctx.document.date
    if date is None:
        return {"loose": {"session": f"the box is headed '{heading.strip()}', a session before the article's, which is not dated"}}
    before = date - dt.timedelta(days=1)
    while before.weekday() >= 5:
        before -= dt.timedelta(days=1)
    return {"session_day": WEEKDAYS[before.weekday()]}


def _heading(ctx: Context, offset: int) -> str | None:
    """The short line standing above the paragraph at `offset`, if there is one."""
    text = ctx.text
    start = text.rfind("\n", 0, offset)
    while start > ctx.document.body_start:
        above = text.rfind("\n", 0, start) + 1
        line = text[above:start]
        if line.strip():
            return line if len(line.strip()) <= _HEADING_MAX and not line.rstrip().endswith(".") else None
        start = above - 1
    return None
