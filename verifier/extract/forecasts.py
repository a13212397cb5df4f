"""Forecasts: "The lagging gauge is expected to rise 0.6 percent on month, up from 0.2 percent in
June", "The composite is called lower by 0.3 percent after sliding 0.8 percent a month before",
a plain future "Brazil's crude output will average 3.4 million b/d this year versus 3.1 million",
and a target "calling for silver to climb to $40".
"""
from __future__ import annotations

import re

from ..facts import Fact, Forecast, Subject
from .compiled import re_pattern
from .context import Context
from .patterns import DIGITS, QUALIFIER

_Q = rf"(?:{QUALIFIER}\s+)?(?:[A-Z]{{0,3}}\$\s?)?(?:{DIGITS})(?:\s*(?:percent|per\s+cent|%|points|billion|million))?"
# "The lagging gauge is expected to rise 0.6 percent", "GDP is forecast to grow 1.7 percent",
# "The composite is called lower by 0.3 percent", "Analysts expect a reading of 48.6"
FORECAST = re_pattern(
    rf"(?P<subject>(?:[Tt]he\s+)?(?:[A-Za-z0-9'&.-]+\s+){{0,5}}?)(?:is|are|was|were)\s+(?:expected|forecast|forecasted|seen|called|"
    rf"predicted|projected|tipped|estimated|anticipated)\s+(?:to\s+)?(?:(?P<verb>[a-z]+)\s+)?(?:(?P<dir>higher|lower|up|down)\s+)?"
    rf"(?:by\s+|at\s+|to\s+|of\s+)?(?P<expected>{_Q})(?:\s+to\s+(?P<level>{_Q}))?"
    rf"(?:[^.;]{{0,40}}?(?P<cmp>up\s+from|down\s+from|after|from|versus|vs\.?|compared\s+with|following|matching)\s+"
    rf"(?:(?:a|an)\s+)?(?:(?P<pverb>[a-z]+ing)\s+(?:by\s+)?)?(?P<previous>{_Q}))?",
)
# A future stated outright: "Brazil's crude output will average 3.4 million barrels a day this year versus 3.1
# million b/d in 2022", "output will rise to 4.6 million tons this season from 4.2 million"
_HORIZON = r"(?:this|next)\s+(?:year|week|month|quarter|season)|in\s+[0-9]{4}|by\s+(?:the\s+)?end\s+of\s+(?:the\s+)?year|by\s+year-end"
WILL = re_pattern(
    rf"(?P<subject>(?:[A-Z][\w.&'-]*\s+)?(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*)\s+will\s+(?P<verb>average|total|reach|be|rise|fall|climb|grow|increase|decline|drop|ease)"
    rf"\s+(?:to\s+|by\s+)?(?P<expected>{_Q})(?:\s+[a-z/]+){{0,4}}?(?:\s+(?P<horizon>{_HORIZON}))?,?\s+"
    rf"(?P<cmp>versus|vs\.?|compared\s+with|up\s+from|down\s+from|from)\s+(?P<previous>{_Q})"
)
# A target named for a date: "we're predicting 31,000 for the end of the year", "calling for silver to extend its
# climb to $40 an ounce", "sees the index at 7,200 by year-end"
TARGET = re_pattern(
    rf"\b(?:predict(?:s|ing|ed)?|forecast(?:s|ing)?|target(?:s|ing)?|project(?:s|ing)?)\s+(?P<expected>{_Q})\s+(?:for|by)\s+(?P<horizon>(?:the\s+)?end\s+of\s+(?:the\s+)?(?:year|quarter|month)|year-end|end-[A-Z][a-z]+|[0-9]{{4}})"
    rf"|\bcall(?:s|ing|ed)?\s+for\s+(?P<named>[\w.&'-]+(?:\s+[\w.&'-]+)?)\s+to\s+(?:continue\s+its\s+|extend\s+its\s+)?(?P<verb>rise|rally|climb|gain|fall|drop|decline|slide)\s+(?:to|toward|towards)\s+(?P<expected2>{_Q})",
    re.IGNORECASE,
)
_WILL_HINT = re_pattern(r" will (?:average|total|reach|be|rise|fall|climb|grow|increase|decline|drop|ease) ")
_TARGET_HINT = re_pattern(r"predict|forecast|target|project|call(?:s|ing|ed)? for")
_HINT = re_pattern(r"\b(?:expected|forecast|forecasted|seen|called|predicted|projected|tipped|estimated|anticipated)\b")
_COMPARISON = {"up from": 1, "down from": -1}


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Every expected value with the previous reading it is compared to."""
    out = list(facts)
    lexicon = ctx.lexicon
    sentences = ctx.sentences_with(_HINT)
    matches = [m for sentence in sentences for m in FORECAST.finditer(ctx.text, sentence.start, sentence.end)]
    for m in matches:
        expected = ctx.token_at(m.start("expected"))
        if expected is None or expected.start in ctx.claimed:
            continue
        previous = ctx.token_at(m.start("previous")) if m["previous"] else None
        level = ctx.token_covering(m.start("level")) if m["level"] else None
        if level is not None and level.start not in ctx.claimed:
            ctx.claimed.add(level.start)
        else:
            level = None
        direction = 0
        if m["verb"] and lexicon.verb(m["verb"]):
            direction = lexicon.verb(m["verb"]).polarity
        if m["dir"]:
            direction = lexicon.directions.get(m["dir"].lower(), (0, None))[0]
        previous_direction = lexicon.verb(m["pverb"]).polarity if m["pverb"] and lexicon.verb(m["pverb"]) else 0
        comparison = " ".join(m["cmp"].lower().split()) if m["cmp"] else None
        ctx.claimed.add(expected.start)
        if previous is not None:
            ctx.claimed.add(previous.start)
        text = m["subject"].strip()
        start = m.start("subject") + (len(m["subject"]) - len(m["subject"].lstrip()))
        subject = ctx.subject_before(start + len(text)) if text.lower() in ("it", "") else None
        if subject is None:
            subject = Subject(text=text, type="indicator", span=ctx.span(start, start + len(text)) if text else None)
        out.append(Forecast(
            id="", span=ctx.span(start if text else m.start(), m.end()), subject=subject, direction=direction,
            expected=expected.quantity, previous=previous.quantity if previous else None,
            previous_direction=previous_direction, comparison=comparison,
            comparison_direction=_COMPARISON.get(comparison or "", 0), level=level.quantity if level else None,
        ))
    _stated_futures(ctx, out)
    return out


def _stated_futures(ctx: Context, out: list[Fact]) -> None:
    """Forecasts written as a plain future ("will average X this year versus Y") or a target ("predicting X for
    the end of the year", "calling for silver to climb to $40")."""
    lexicon = ctx.lexicon
    for m in (m for s in ctx.sentences_with(_WILL_HINT) for m in WILL.finditer(ctx.text, s.start, s.end)):
        expected, previous = ctx.token_covering(m.start("expected")), ctx.token_covering(m.start("previous"))
        if expected is None or previous is None or {expected.start, previous.start} & ctx.claimed:
            continue
        if expected.quantity.unit != previous.quantity.unit or expected.start != m.start("expected") and ctx.text[expected.start].isalpha():
            continue
        ctx.claimed.update((expected.start, previous.start))
        verb = lexicon.verb(m["verb"])
        comparison = " ".join(m["cmp"].lower().split())
        text = m["subject"].strip()
        out.append(Forecast(
            id="", span=ctx.span(m.start("subject"), m.end()), direction=verb.polarity if verb else 0,
            subject=Subject(text=text, type="indicator", span=ctx.span(m.start("subject"), m.start("subject") + len(text))),
            expected=expected.quantity, previous=previous.quantity, comparison=comparison,
            comparison_direction=_COMPARISON.get(comparison, 0), horizon=" ".join(m["horizon"].split()) if m["horizon"] else None,
        ))
    for m in (m for s in ctx.sentences_with(_TARGET_HINT) for m in TARGET.finditer(ctx.text, s.start, s.end)):
        group = "expected" if m["expected"] else "expected2"
        expected = ctx.token_covering(m.start(group))
        if expected is None or expected.start in ctx.claimed:
            continue
        subject = None
        if m["named"]:
            subject = next((ctx.resolve(n) for n in ctx.named_in(m.start("named"), m.end("named"))), None)
        subject = subject or ctx.subject_before(m.start(), main_only=True) or ctx.subject_before(m.start())
        if subject is None:
            continue
        ctx.claimed.add(expected.start)
        verb = lexicon.verb(m["verb"]) if m["verb"] else None
        out.append(Forecast(id="", span=ctx.span(m.start(), m.end()), subject=subject, direction=verb.polarity if verb else 0,
                            level=expected.quantity, horizon=" ".join(m["horizon"].split()) if m["horizon"] else None))

