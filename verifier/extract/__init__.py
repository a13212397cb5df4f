"""Extraction: a document's facts, each figure with its exact span, and every numeric mention.

The extractors run in the order listed (proselint style: an explicit list, no registry); each reads
the shared Context and may complete facts found before it (a range joins its move).
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, NamedTuple, get_args

from ..document import Document
from ..facts import Fact
from ..numbers import Quantity
from ..spans import Span
from . import (
    breadth, dates, distances, earnings, flows, forecasts, formats, fx, headline, items, language, levels,
    lists, marketvalue, marks, members, moves, nouns, panels, price_tables, prices, quote_pairs, quotes,
    ranges, rankings, readings, sessions, shares, statements, states, statistics, tables, tapes, volume,
)
from .context import Context

if TYPE_CHECKING:
    from ..lexicon import Lexicon

Extractor = Callable[[Context, list[Fact]], list[Fact]]

# Order matters: a futures tape's rows are read first (their "Dec 608" is a price, not a date);
# dates claim day numbers and years next; forecasts ("is seen climbing 0.4
# percent") and breadth counts are claimed before moves could misread them; ranges complete the
# moves; states skip phrases a move holds; sessions reads each weekday against them; turnover and
# statistics take only what no move took; statements restate the firmly read moves, once every move is
# read; a body not in English keeps only its Language fact.
EXTRACTORS: tuple[Extractor, ...] = (
    tapes.extract,
    dates.extract,
    tables.extract,
    price_tables.extract,  # before every prose reader: a row's figures are its columns', never a move's
    quote_pairs.extract,  # "3.6240/6290": a bid and an offer's last digits, which the figure grammar leaves unread
    panels.extract,  # a labelled figure ("Open 8,516.47", "Volume: 1.2 billion") is the label's, not a verb's
    quotes.extract,  # "at 31,460.00 with a loss of -1.80% percent or -576.00 point" is one move, not a level and a loss
    items.extract,  # a list line ("- ACME up + 4.1% to close at N2.54") is one move, read before a verb splits it
    forecasts.extract,
    earnings.extract,
    levels.extract,
    breadth.extract,
    moves.extract,
    ranges.extract,
    marketvalue.extract,  # the market's value and its change: a "move" of market capitalisation is no index's
    nouns.extract,
    lists.extract,
    rankings.extract,
    states.extract,
    sessions.extract,
    volume.extract,
    distances.extract,  # a change from a reference level, over a trailing span or to date: no session's move
    prices.extract,  # a share's price a move left: 'to close at N4.15 per share', 'at Rs7.15 per share'
    marks.extract,  # a level an index reached, touched or crossed, told without a move: no close
    members.extract,  # a group's count of members: 'the 30-share index', 'an index of 25 leading shares'
    readings.extract,  # economic data, policy rates, weights, open interest: 'slowed to 2.4 per cent from 5.1 per cent'
    fx.extract,  # an exchange rate a move left: 'against the pound to 5.731', 'bought 131.45 yen, lower than 132.02'
    shares.extract,  # the part of a whole a percent is: 'accounting for 24.1 percent', 'the retail sector (7.4 percent)'
    flows.extract,  # what investors bought or sold, before statistics reads a bare 'worth' or 'of'
    statistics.extract,
    formats.extract,
    statements.extract,
    headline.extract,
    language.extract,
)


class Extraction(NamedTuple):
    """Facts in text order, every numeric mention of the body (coverage's denominator), and where
    each fact stands: fact id -> (paragraph, sentence), counted from the body's start."""

    facts: tuple[Fact, ...]
    mentions: tuple[Span, ...]
    places: dict[str, tuple[int, int]] = {}


def _holds_quantity(annotation: object) -> bool:
    return annotation is Quantity or any(_holds_quantity(arg) for arg in get_args(annotation))


@lru_cache(maxsize=None)
def _quantity_fields(kind: type) -> tuple[str, ...]:
    """The fields of a fact model that can hold a figure, read once per model from its annotations
    (looking at every field of every fact was most of the coverage count)."""
    return tuple(name for name, field in kind.model_fields.items() if _holds_quantity(field.annotation))


def figure_spans(fact: Fact) -> tuple[Span, ...]:
    """The figures a fact binds: every quantity's span, and for a date or a malformed figure its text as written."""
    if fact.kind in ("date_ref", "number_format"):
        return (fact.span,)
    spans = []
    for name in _quantity_fields(type(fact)):
        value = getattr(fact, name)
        if isinstance(value, Quantity):
            spans.append(value.span)
        elif isinstance(value, tuple):
            spans += [v.span for v in value if isinstance(v, Quantity)]
    return tuple(spans)


def bound(extraction: Extraction) -> tuple[Span, ...]:
    """The mentions that lie inside a figure of some fact (coverage's numerator)."""
    figures = sorted((s.start, s.end) for f in extraction.facts for s in figure_spans(f))
    starts = [s for s, _ in figures]
    out = []
    for mention in extraction.mentions:
        i = bisect_right(starts, mention.start) - 1
        while i >= 0 and figures[i][0] <= mention.start:
            if mention.end <= figures[i][1]:
                out.append(mention)
                break
            i -= 1
    return tuple(out)


def extract(document: Document, lexicon: "Lexicon") -> Extraction:
    """Facts in text order with ids f1, f2, ...; mentions = every numeric mention of the body."""
    ctx = Context(document, lexicon)
    facts: list[Fact] = []
    for extractor in EXTRACTORS:
        facts = extractor(ctx, facts)
    facts.sort(key=lambda f: (f.span.start, f.span.end))
    numbered = tuple(f.model_copy(update={"id": f"f{i}"}) for i, f in enumerate(facts, start=1))
    places = {}
    for fact in numbered:
        if fact.span.start < document.body_start:
            places[fact.id] = (-1, -1)  # the headline in the header: before the body's first sentence
            continue
        index = ctx.sentence_at(fact.span.start)
        places[fact.id] = (ctx.sentences[index].paragraph, index) if ctx.sentences else (0, 0)
    return Extraction(numbered, ctx.mentions, places)
