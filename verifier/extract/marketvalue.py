"""The market's value: "market capitalisation ended at 387.214 billion pounds, compared to 401.639 billion
pounds a week earlier", "The market capitalisation of listed firms shrank by Rs 7.42 lakh crore to Rs 431
lakh crore ($5.18 trillion)", "Investors earned about Rs 3 lakh crore", "Market Cap: N 31.4 trillion".

Runs after moves: a "move" whose clause leads with the market's value ("the total market
capitalisation of companies listed on the BSE rose to ...") is that value's change, not the exchange's
index's, and is read again here; the figures moves left in such a sentence are read by the cue before
each one ("by" a change, "to"/"at" the value, "from"/"compared to" the earlier value).
"""
from __future__ import annotations

import re

import regex

from ..facts import Fact, MarketValue, Move, Statistic
from ..numbers import Quantity, Scale
from .context import Context
from .compiled import re_pattern, regex_pattern
from .turnover import MONEY_WORD, money_before

# "market capitalisation", "market capital-isation", "market cap", "market value", "investors' wealth",
# "the overall capitalisation"; never "the largest bank by market value" or "high market cap stocks"
_NOUN = regex_pattern(
    r"(?<!\bby\s)(?<!\bby\s(?:the\s)?)\b(?:(?:total|overall|combined|stock|listed)\s+)*(?:market\s+capital(?:-?\s?i[sz]ation)?|market\s+cap\b|"
    r"market\s+valu(?:e|ation)|capitali[sz]ation|(?:investors?['\u2019]?\s+)?wealth)(?!\s+(?:stocks?|shares|companies|firms|weight))",
    regex.IGNORECASE,
)
_HINT = re_pattern(r"capital|market cap|market value|market valuation|wealth|investors (?:earned|gained|lost|became)")
# "Investors earned about Rs 4 lakh crore", "investors lost Rs 5 lakh crore": the value's change, told of its holders
_INVESTORS = re_pattern(r"\b[Ii]nvestors\s+(?:(?P<up>earned|gained|became\s+richer\s+by)|(?P<down>lost|became\s+poorer\s+by))\s+$")
# The cue before a figure, within its clause
_CHANGE = re_pattern(
    r"\b(?:by|another|a\s+further|(?P<up>gained|gaining|added|adding|earned|appreciated(?:\s+of)?|gains\s+(?:[\w,]+\s+){0,3}?worth|gains\s+of|gain\s+of|increase\s+of|rise\s+of)|"
    r"(?P<down>lost|losing|shed|shedding|erased|wiped\s+out|depreciated(?:\s+of)?|losses\s+(?:[\w,]+\s+){0,3}?worth|loss\s+of|losses\s+of|decrease\s+of|drop\s+of))\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|a\s+whopping\s+)?(?:[A-Z]{2,3}\s)?$",
    re.IGNORECASE,
)
_PRIOR = re_pattern(r"\b(?:from|compared(?:\s+(?:to|with))?|against|in\s+contrast\s+to|versus|vs\.?)\b", re.IGNORECASE)
_UP = re_pattern(r"\b(?:rose|rising|increased|increasing|gained|gaining|appreciated|climbed|jumped|grew|added|earned|up|higher|improved|expanded|rebounded)\b", re.IGNORECASE)
_DOWN = re_pattern(r"\b(?:fell|falling|declined|declining|eroded|dropped|shrank|lost|losing|shed|tumbled|slid|slipped|decreased|down|lower|erosion|wiped|losses)\b", re.IGNORECASE)
_INVESTORS_LEAD = re_pattern(r"\b[Ii]nvestors\s+(?:earned|gained|lost|became)\b")
# "the largest lender by market value", "the biggest coin by market capitalization": a ranking, not the market's
# value; "shares in 900 deals, corresponding to a market value of KES 51 million": the value of what was traded
_NOT_THE_MARKET = re_pattern(
    r"\b(?:(?:by|largest|biggest|highest|lowest|smallest)\s+(?:the\s+)?|(?:corresponding|equivalent|amounting)\s+to\s+(?:a\s+)?)"
    r"(?:total\s+)?(?:market\s+)?$", re.IGNORECASE)
# "sank back beneath $200 billion", "dropping below the round figure of $200 billion": a threshold crossed
_THRESHOLD = re_pattern(r"\b(?:below|beneath|above|under|past|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:[A-Z]{0,3}\$?\s?)?$", re.IGNORECASE)
_UNREAD_SCALE = re_pattern(r"\s*quadrillions?\b", re.IGNORECASE)  # a scale the figure grammar cannot read
# Another measure, or the value's breakdown by board ("distributed by 2.8 trillion for Abu Dhabi and ..."), after the value
_OTHER_MEASURE = re_pattern(r"\b(?:trading\s+)?(?:volume|turnover|liquidity)\b|\bindex\b|\btransactions?\b|\b(?:trading|traded)\s+value\b"
                            r"|\b(?:distributed|divided|split|broken\s+down)\b|\bof\s+which\b", re.IGNORECASE)
_PERCENT_CUE = re_pattern(
    r"\b(?:by|up|down|rose|fell|increased|decreased|gained|lost|jumped|tumbled|dropped|shrank|declined|increase\s+of|decrease\s+of|drop\s+of|"
    r"slipped|slid|eased|dipped|sank|plunged|climbed|advanced|surged|grew|added|shed|edged\s+(?:up|down|higher|lower)|"
    r"rise\s+of|gain\s+of|loss\s+of|or|a|an)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_START = re_pattern(r"[,;(]|\s(?:as|and|while|whereas|but)\s")
_LABELS = re_pattern(r"market\s+cap(?:itali[sz]ation)?", re.IGNORECASE)
# An amount told in parts, as Bangladeshi and Indian copy writes it: "6 lakh 92 thousand 831 crore 80 lakh"
_COMPOUND_BEFORE = re_pattern(r"\b(?:thousand|lakh|crore|hundred)\s+$", re.IGNORECASE)
_COMPOUND_AFTER = re_pattern(r"\s+(?:thousand|lakh|crore|hundred)\s+[0-9]", re.IGNORECASE)
_FIELDS = ("value", "prior", "change", "percent", "converted")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """One market-value fact per sentence that states the market's value or its change."""
    out: list[Fact] = []
    for fact in facts:  # "Market Cap: N 26.2 trillion" read from a data panel
        if isinstance(fact, Statistic) and fact.base is None and _LABELS.fullmatch(fact.measure.strip()):
            out.append(MarketValue(id="", span=fact.span, value=fact.quantity, loose=fact.loose))
        else:
            out.append(fact)
    sentences = ctx.sentences_with(_HINT)
    if not sentences:
        return out
    moves = [f for f in out if isinstance(f, Move)]
    text = ctx.text
    for sentence in sentences:
        noun = next((m for m in _NOUN.finditer(text, sentence.start, sentence.end) if not _NOT_THE_MARKET.search(text, max(0, m.start() - 30), m.start())), None)
        investors = _INVESTORS_LEAD.search(text, sentence.start, sentence.end)
        if noun is None and investors is None:
            continue
        direction = 0
        for move in [m for m in moves if sentence.start <= m.span.start < sentence.end and noun and _of_value(ctx, m, noun, sentence.start)]:
            out.remove(move)  # read again below, each figure by its own cue
            for q in (move.level, move.prior, move.change, move.percent):
                if q is not None:
                    ctx.claimed.discard(q.span.start)
            direction = direction or move.direction
        fields: dict[str, Quantity] = {}
        lead = min(m.start() for m in (noun, investors) if m is not None)  # "Investors earned Rs 4 lakh crore as the market capitalisation ..."
        direction = _read(ctx, sentence.start, sentence.end, lead, fields, direction)
        if fields:
            quantities = list(fields.values())
            for q in quantities:
                ctx.claimed.add(q.span.start)
            first = min(q.span.start for q in quantities)
            start = noun.start() if noun and noun.start() < first else first
            out.append(MarketValue(id="", span=ctx.span(start, max(q.span.end for q in quantities)), direction=direction,
                                   subject=ctx.subject_before(first, main_only=True), **fields))
    return out


def _of_value(ctx: Context, move: Move, noun, sentence_start: int) -> bool:
    """A move whose own clause leads with the market's value: the noun stands in the clause of its first
    figure, before any subject named there ("as the total market capitalisation of companies listed on
    the BSE rose to ...", "..., market capitalisation also grew by 0.8 percent"; never "The S&P 500,
    which tracks the market capitalizations of 500 companies, rose ...")."""
    figures = [q for q in (move.change, move.percent, move.level, move.prior) if q is not None]
    if not figures or any(q.unit == "points" for q in figures):
        return False
    first = min(q.span.start for q in figures)
    if noun.start() >= first:
        return False
    span = move.subject.span
    if span is not None and span.start < ctx.sentences[ctx.sentence_at(move.span.start)].start:
        span = None  # a subject taken from an earlier sentence names nothing in this clause
    if span is not None and span.start < noun.end() and noun.start() < span.end:
        return True  # "The market capital lost ...": the subject is the noun itself
    clause = max([sentence_start] + [m.end() for m in _CLAUSE_START.finditer(ctx.text, sentence_start, first)])
    if clause <= noun.start() and (span is None or not clause <= span.start < noun.start()):
        return True
    named = span.start if span is not None else first
    return noun.start() <= named and "," not in ctx.text[noun.end() : min(named, first)]


def _read(ctx: Context, start: int, end: int, after: int, fields: dict[str, Quantity], direction: int) -> int:
    """The unbound figures after the noun, each by the cue before it; returns the direction read."""
    text = ctx.text
    last = None
    for token in ctx.tokens_in(after, end):
        q = token.quantity
        if token.start in ctx.claimed:
            continue
        gap = text[last.span.end if last is not None else after : token.start]
        if last is not None and _OTHER_MEASURE.search(gap):
            break  # "..., while the 24-hour trading volume was at $3.46 billion": another measure
        window = text[max(start, token.start - 48) : token.start]
        if _COMPOUND_BEFORE.search(text, max(start, token.start - 12), token.start) or _COMPOUND_AFTER.match(text, token.end):
            continue  # "16 thousand 132 crore 59 lakh taka": one amount told in parts, no part a value of its own
        if q.unit == "percent":
            cue = _PERCENT_CUE.search(window) if "percent" not in fields else None
            if cue is not None:
                fields["percent"] = q
                direction = direction or _verb(text, after, token.start)
                last = q
            continue
        if not _money(ctx, token, start) or _THRESHOLD.search(window) or _UNREAD_SCALE.match(text, token.end):
            continue
        investors = _INVESTORS.search(window)
        change = investors or _CHANGE.search(window)
        if last is not None and gap.count("(") > gap.count(")"):
            name = "converted" if q.unit != last.unit or not q.unit else None
        elif change is not None:
            name = "change"
            direction = direction or (1 if change["up"] else -1 if change["down"] else _verb(text, after, token.start))
        elif _PRIOR.search(gap) and ("value" in fields or _PRIOR.search(window[-24:])):
            name = "prior"
        else:
            name = "value" if "value" not in fields else None
            direction = direction or _verb(text, after, token.start)
        if name is None or name in fields:
            continue
        fields[name] = q
        last = q
    return direction

def _verb(text: str, start: int, end: int) -> int:
    """The direction of the last verb before a figure: "rose to", "eroded by"."""
    up = [m.start() for m in _UP.finditer(text, start, end)]
    down = [m.start() for m in _DOWN.finditer(text, start, end)]
    if not up and not down:
        return 0
    return 1 if max(up or [-1]) > max(down or [-1]) else -1


def _money(ctx: Context, token, start: int) -> bool:
    """An amount of money: in a currency, or a scaled amount ("387.214 billion pounds", "N 31,572 trillion")."""
    q = token.quantity
    if q.unit in ("percent", "points", "shares", "cents", "basis_points", "percentage_points"):
        return False
    return (len(q.unit) == 3 and q.unit.isupper()) or q.scale is not Scale.ONE or MONEY_WORD.match(ctx.text, token.end) is not None \
        or money_before(ctx.text, token.start, start)
