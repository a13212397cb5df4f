"""Changes measured against something other than the last close: a distance from a reference level
("off 9.1% from its 52-week high", "up 0.4 percentage point from 52 weeks ago", "12% below its record"),
a change over a trailing span ("3.2% over the previous 30 days", "5% in the last 24 hours") and a
period-to-date return ("year-to-date returns stretched to 8.1 per cent and 21.4 per cent").

None of them is the session's move, so each is a statistic naming what it is measured against; the
rules that compare a move's change with its level never read them.
"""
from __future__ import annotations

import re

from ..facts import Fact, Move, Statistic
from .compiled import re_pattern
from .context import Context
from .leftovers import open_sentences

_CHANGE_UNITS = frozenset({"percent", "percentage_points", "points", "basis_points"})
# "off 9.1% from its 52-week high", "is up 0.4 percentage point from its 2023 closing low", "12% below its record",
# "down 3% from 52 weeks ago", "4% short of its peak": the reference the distance is measured from
_REFERENCE = re_pattern(
    r"\s+(?:from|below|above|under|short\s+of|away\s+from)\s+(?P<ref>(?:its|the|their|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:high|low|peak|record|trough|top|bottom|level|close)s?\b|[0-9]+\s+(?:weeks?|months?|years?)\s+ago\b)",
    re.IGNORECASE,
)
# "3.2% over the previous 30 days", "5.4% in just the last hour", "0.2 percentage point over the last two weeks"
_TRAILING = re_pattern(
    r"\s+(?:over|in|during|within)\s+(?:just\s+)?the\s+(?P<span>(?:last|past|previous|preceding)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:minutes?|hours?|days?|sessions?|weeks?|months?|quarters?|years?))\b",
    re.IGNORECASE,
)
# "year-to-date returns stretched to", "the YTD return rose to 9,120.4 at", "a return so far this year of",
# "this year's gains to", "whose year-to-date losses reduced further to": the period-to-date return before its figure
_TO_DATE = re_pattern(
    r"\b(?P<period>(?:(?:year|month|week|quarter)[\s-]+to[\s-]*date(?:\s+and\s+(?:year|month|week|quarter)[\s-]+to[\s-]*date)?)|ytd|so\s+far\s+this\s+(?:year|month)|this\s+(?:year|month)['\u2019]s)\b"
    r"[^0-9%;]{0,40}?\b(?P<what>returns?|gains?|loss(?:es)?|advance|decline)\b[^%;]{0,45}?\b(?:to|of|at)\s+$"
    r"|\b(?P<what2>returns?|gains?)\s+(?P<period2>so\s+far\s+this\s+(?:year|month)|year[\s-]+to[\s-]*date)\s+of\s+$",
    re.IGNORECASE,
)
# A "move" whose subject is a period ("The Month-to-Date ... returns stretched to 8.1 per cent") is that period's return
_PERIOD_SUBJECT = re_pattern(r"(?:the\s+)?(?:(?:year|month|week|quarter)[\s-]+to[\s-]*date|ytd)(?:\s+\(ytd\))?(?:\s+returns?)?", re.IGNORECASE)
_TO_DATE_HINT = re_pattern(r"date|ytd|so far|this year|this month")
_NEXT = re_pattern(r"\s*(?:,|and|,\s*and)\s+$")
_HINT = re_pattern(r" from | below | above | short of | away from | over the | in the | in just the | during the |to-date|to date|ytd|so far this|this year")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A statistic for each change measured from a reference, over a trailing span, or to date."""
    out = [f for f in facts if not (isinstance(f, Move) and _PERIOD_SUBJECT.fullmatch(f.subject.text) and _release(ctx, f))]
    text = ctx.text
    for sentence in open_sentences(ctx, _HINT, lambda token: token.quantity.unit in _CHANGE_UNITS):
        last = None  # the period-to-date statistic just read, which a list ("X and Y") carries on
        for token in ctx.tokens_in(sentence.start, sentence.end):
            if token.start in ctx.claimed or token.quantity.unit not in _CHANGE_UNITS:
                continue
            end, to_date = token.end, False
            if (ref := _REFERENCE.match(text, end, sentence.end)) is not None:
                measure, end = "distance from " + " ".join(ref["ref"].split()), ref.end()
            elif (span := _TRAILING.match(text, end, sentence.end)) is not None:
                measure, end = "change over the " + " ".join(span["span"].split()), span.end()
            elif _TO_DATE_HINT.search(ctx.folded, max(sentence.start, token.start - 110), token.start) and \
                    (found := _TO_DATE.search(text, max(sentence.start, token.start - 110), token.start)) is not None:
                period = " ".join((found["period"] or found["period2"]).lower().split())
                measure = f"{period} {(found['what'] or found['what2']).lower()}"
                to_date = True
            elif last is not None and _NEXT.fullmatch(text, last.quantity.span.end, token.start) is not None:
                measure, to_date = last.measure, True
            else:
                continue
            ctx.claimed.add(token.start)
            fact = Statistic(id="", span=ctx.span(token.start, end), measure=measure, quantity=token.quantity)
            out.append(fact)
            last = fact if to_date else None
    return out


def _release(ctx: Context, move: Move) -> bool:
    """Free the figures of a "move" read with a period for its subject, so they are read here again."""
    for q in (move.change, move.percent, move.level, move.prior, move.open, move.low, move.high):
        if q is not None:
            ctx.claimed.discard(q.span.start)
    return True
