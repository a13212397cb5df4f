"""Forecasts: "The leading index is expected to rise 0.3 percent on month, up from 0.1 percent in
November", "The coincident is called lower by 0.4 percent after slipping 1.0 percent a month earlier".
"""
from __future__ import annotations

import re

import regex

from ..facts import Fact, Forecast, Subject
from .context import Context
from .patterns import DIGITS, QUALIFIER

_Q = rf"(?:{QUALIFIER}\s+)?(?:[A-Z]{{0,3}}\$\s?)?(?:{DIGITS})(?:\s*(?:percent|per\s+cent|%|points|billion|million))?"
# "The leading index is expected to rise 0.3 percent", "GDP is forecast to grow 2.1 percent",
# "The coincident is called lower by 0.4 percent", "Analysts expect a reading of 51.2"
FORECAST = regex.compile(
    rf"(?P<subject>(?:[Tt]he\s+)?(?:[A-Za-z0-9'&.-]+\s+){{0,5}}?)(?:is|are|was|were)\s+(?:expected|forecast|forecasted|seen|called|"
    rf"predicted|projected|tipped|estimated|anticipated)\s+(?:to\s+)?(?:(?P<verb>[a-z]+)\s+)?(?:(?P<dir>higher|lower|up|down)\s+)?"
    rf"(?:by\s+|at\s+|to\s+|of\s+)?(?P<expected>{_Q})"
    rf"(?:[^.;]{{0,40}}?(?P<cmp>up\s+from|down\s+from|after|from|versus|vs\.?|compared\s+with|following|matching)\s+"
    rf"(?:(?:a|an)\s+)?(?:(?P<pverb>[a-z]+ing)\s+(?:by\s+)?)?(?P<previous>{_Q}))?",
)
_HINT = re.compile(r"\b(?:expected|forecast|forecasted|seen|called|predicted|projected|tipped|estimated|anticipated)\b")
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
            comparison_direction=_COMPARISON.get(comparison or "", 0),
        ))
    return out

