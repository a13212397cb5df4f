"""Levels an index is said to have reached, touched or crossed, told without a move of the session:
"the gauge reached 41,210.55 points after it reached 40,980.12 units the day before", "touched 18,402.7
in intraday trade", "recording 512.40 points", "recorded its highest closing ever, at 9,870.1 points",
"remained above 98,000 points".

Each is a statistic of the index named before it (a level reached, a high or a low, or a mark crossed);
none is a close, so no rule compares it with the session's move.
"""
from __future__ import annotations

import re

from ..facts import Fact, Statistic
from .compiled import re_pattern
from .context import Context
from .leftovers import open_sentences

# The verb that makes a figure a level the index stood at, and the words that may follow it
_REACHED = re_pattern(
    r"\b(?P<verb>reach(?:ed|ing|es)?|touch(?:ed|ing|es)?|record(?:ed|ing|s)|register(?:ed|ing|s)|hit(?:ting|s)?|stood\s+at|stand(?:ing)?\s+at|"
    r"(?P<mark>cross(?:ed|es|ing)?|exceed(?:ed|ing|s)?|surpass(?:ed|es|ing)?|remain(?:ed|s)?\s+(?:above|below)|broke\s+(?:past|above|below|through)))"
    r"\b[^0-9;]{0,45}$",
    re.IGNORECASE,
)
# "... 98,120.4 points at its lowest point of the session": the extreme named after the figure
_AFTER = re_pattern(r"\s*(?:points?|units?)?\s+at\s+its\s+(?P<side>highest|lowest|high|low)\b", re.IGNORECASE)
_HIGH = re_pattern(r"high|maximum|peak|record|best")
_LOW = re_pattern(r"low|minimum|trough|worst")
_HINT = re_pattern(r"reach|touch|record|regist|hit|stood at|stand at|standing at|cross|exceed|surpass|remain|broke|at its highest|at its lowest")
_UNITS = frozenset({"", "points"})


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A statistic for each level an index or market is said to have reached that no move took."""
    out = list(facts)
    text = ctx.text
    for sentence in open_sentences(ctx, _HINT, lambda token: token.quantity.unit in _UNITS):
        for token in ctx.tokens_in(sentence.start, sentence.end):
            if token.start in ctx.claimed or token.quantity.unit not in _UNITS or token.quantity.value < 100:
                continue
            lead = _REACHED.search(text, max(sentence.start, token.start - 70), token.start)
            after = _AFTER.match(text, token.end, sentence.end)
            if lead is None and after is None:
                continue
            subject = ctx.subject_before(lead.start() if lead is not None else token.start)
            if subject is None or subject.type not in ("index", "market"):
                continue
            words = (lead.group(0) if lead is not None else "") + (after["side"] if after is not None else "")
            if lead is not None and lead["mark"]:
                measure = "mark crossed"
            else:
                measure = "high reached" if _HIGH.search(words.lower()) else "low reached" if _LOW.search(words.lower()) else "level reached"
            ctx.claimed.add(token.start)
            start = lead.start() if lead is not None else token.start
            out.append(Statistic(id="", span=ctx.span(start, after.end() if after is not None else token.end), measure=measure,
                                 quantity=token.quantity, subject=subject))
    return out
