"""Number formats: figures whose digit grouping no convention allows, and dot-grouped levels in an
article that groups thousands with commas. Reads the raw body, since such tokens parse as no number.
"""
from __future__ import annotations

import regex

from ..facts import Fact, NumberFormat
from .context import Context

# Each pattern starts at a digit not preceded by a digit, point or comma, so it never matches
# inside a well-formed figure; the tails refuse to stop in the middle of a longer one.
_START = r"(?<![0-9.,])"
_END = r"(?![0-9]|[.,][0-9])"
# What may follow a level: a unit, punctuation, or the next clause ("to 6,115. 07 and the Nasdaq").
_AFTER = r"(?=\s*(?:points?\b|percent|per\s+cent|%|[,;:)]|\.(?![0-9])|$)|\s+(?:after|while|and|on|in|with|as|before|by)\b)"
PATTERNS: tuple[tuple[str, regex.Pattern[str]], ...] = (
    # "11,8587.51", "31,88 points": a group after a comma that is not three digits long
    ("bad_group", regex.compile(rf"{_START}[0-9]{{1,3}}(?:,[0-9]{{3}})*,(?:[0-9]{{4,}}|[0-9]{{1,2}})(?:\.[0-9]+)?{_END}")),
    # "44.768.12": two decimal points
    ("double_point", regex.compile(rf"{_START}[0-9]{{1,3}}\.[0-9]{{3}}\.[0-9]{{1,3}}{_END}")),
    # "15,877. 92", "1, 371.35", "5,404 .48", "RM10. .44": a space inside the figure
    ("split", regex.compile(
        rf"{_START}[0-9]{{1,3}}(?:,[0-9]{{3}})+\.\s[0-9]{{2}}{_AFTER}"
        rf"|{_START}[0-9]{{1,3}},\s[0-9]{{3}}\.[0-9]{{1,2}}{_END}"
        rf"|{_START}[0-9]{{1,3}}(?:,[0-9]{{3}})*(?:\s\.|\.\s\.)[0-9]{{1,2}}(?![0-9])"
    )),
    # "to close at 15.195": a level grouped with a dot, where a level stands and no unit follows
    ("dot_thousands", regex.compile(
        rf"(?<=\b(?:at|to|from|of|near|above|below)\s){_START}[0-9]{{2,3}}\.[0-9]{{3}}{_END}{_AFTER}"
    )),
)
COMMA_GROUPED = regex.compile(r"(?<![0-9.,])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9]|,[0-9])")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """One NumberFormat fact per malformed or dot-grouped figure of the body, at its exact span."""
    out = list(facts)
    text, start = ctx.text, ctx.document.body_start
    comma_grouped = COMMA_GROUPED.search(text, start) is not None
    seen: list[tuple[int, int]] = []
    for problem, pattern in PATTERNS:
        for m in pattern.finditer(text, start):
            if any(m.start() < e and s < m.end() for s, e in seen):
                continue
            seen.append((m.start(), m.end()))
            out.append(NumberFormat(id="", span=ctx.span(m.start(), m.end()), written=m[0], problem=problem,
                                    comma_grouped=comma_grouped))
    return out
