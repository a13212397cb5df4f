"""Turnover: "1.5 billion shares worth $1.4 billion changed hands", "Turnover totaled NT$420.58 billion
(US$14.08 billion)", "Turnover was 657.5 mln against Friday's 694 mln", "Total turnover declined to
4.8 million dinars ($42,360/ 40,991 euro) from 16.6 million dinars". Runs after moves, so a price is
never read as turnover; a "move" whose subject is the turnover itself is turnover, and is read here.
"""
from __future__ import annotations

import re

import regex

from ..facts import Fact, Move, Subject, Volume
from ..numbers import Quantity, Scale
from .context import Context

_VOLUME_HINT = re.compile(r"volume|turnover|changed\s+hands|changing\s+hands|worth|traded|transacted|transactions|value|of\s+the\s+total")
_VOLUME_WORDS = regex.compile(
    r"volume|turnover|changed\s+hands|changing\s+hands|shares\s+traded|traded|in\s+a\s+trade\s+of|transactions\s+totall?ed",
    regex.IGNORECASE,
)
# "2.2 mln shares", "2.2 mln MIM shares": a count of shares, perhaps of one named company
_SHARES_AFTER = regex.compile(r"\s*(?P<name>(?:[A-Z][\w&.]*\s+){0,2})(?:shares|units|lots|contracts|securities|stocks)\b")
# Currencies the figure grammar does not name, after an amount: "4.8 million dinars", "657.5 mln H.K. Dlrs" (a
# scaled amount only: "closed flat at 1,371 dinars" is a price)
_MONEY_WORD = regex.compile(
    r"\s*(?:(?:[A-Z]\.){1,3}\s*)?(?:dinars?|francs?|dlrs|dollars?|liras?|rupees?|riyals?|dirhams?|kron[aeo]r?|zlotys?|forints?|shekels?|euros?|leva?|lei|tenge|naira|shillings?)\b",
    regex.IGNORECASE,
)
# What follows a turnover value: conversions in parentheses, then the prior session's value.
# "($146,181/ 141,795 euro) from 13.7 million dinars on Friday", "against Friday's 694 mln",
# "of the total on Monday, compared to 9.4 million dinars on Friday"
_TAIL = regex.compile(
    r"(?:\s*\((?P<conversions>[^()]{1,60})\))?"
    r"(?:\s+of\s+the\s+(?:total|day's\s+(?:turnover|total))(?:\s+on\s+[A-Z][a-z]+day)?)?"
    r"(?:\s*,?\s+(?:up\s+from|down\s+from|from|against|compared\s+(?:to|with)|versus|vs\.?)\s+"
    r"(?:(?:the\s+)?(?:previous|prior)\s+(?:session|day|week)'s\s+|(?:[A-Z][a-z]+day|yesterday)'s\s+|the\s+)?"
    r"(?:about\s+|some\s+|around\s+|nearly\s+)?(?P<prior>(?:[A-Z]{0,3}\$\s?)?[0-9]))?"
)
# "Trading in government securities contributed some 3.4 million dinars of the total": a part of the turnover
_SEGMENT = regex.compile(
    r"(?:(?:[Tt]rading|[Dd]eals)\s+in\s+)?(?P<segment>[A-Za-z][\w &'-]{2,50}?)\s+(?:contributed|accounted\s+for|made\s+up)\s+"
    r"(?:some\s+|about\s+|around\s+|nearly\s+)?(?:[A-Z]{0,3}\$\s?)?$"
)
_LARGEST = regex.compile(r"\b(?:the\s+)?(?P<segment>(?:largest|biggest|highest)\s+(?:single\s+)?turnover)\b", regex.IGNORECASE)
# A move read from "Total turnover on the bourse declined to 4.8 million" is the turnover's own change:
# the sentence opens with the turnover as its subject
_TURNOVER_LEAD = regex.compile(
    r"\s*(?:(?:the|total|daily|overall|market|trading)\s+){0,2}(?:turnover|volume|value\s+traded|trading\s+value)\b", regex.IGNORECASE
)


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """One volume fact per sentence that states shares traded or the value that changed hands."""
    out = [_as_turnover(ctx, f) if isinstance(f, Move) and _turnover_move(ctx, f) else f for f in facts]
    text = ctx.text
    for sentence in ctx.sentences_with(_VOLUME_HINT):
        fields: dict[str, object] = {}
        conversions: list[Quantity] = []
        name = None
        for token in ctx.tokens_in(sentence.start, sentence.end):
            if token.start in ctx.claimed:
                continue
            q = token.quantity
            shares = _SHARES_AFTER.match(text, token.end) if q.unit == "" else None
            if q.unit == "shares" or shares is not None:
                if "shares" not in fields and shares is not None and shares["name"].strip():
                    name = (shares.start("name"), shares.start("name") + len(shares["name"].rstrip()))
                fields.setdefault("shares", q)
            elif (len(q.unit) == 3 and q.unit.isupper()) or (q.unit == "" and q.scale is not Scale.ONE and _MONEY_WORD.match(text, token.end)):
                if "value" in fields:
                    if "converted" not in fields and "(" in text[fields["value"].span.end : token.start]:
                        fields["converted"] = q
                    continue
                fields["value"] = q
                _read_tail(ctx, token.end, fields, conversions)
        segment = _segment(ctx, fields.get("value"), sentence.start)
        if fields and (len(fields) >= 2 or segment or _VOLUME_WORDS.search(text, sentence.start, sentence.end)):
            quantities = [q for q in fields.values() if isinstance(q, Quantity)] + conversions
            for q in quantities:
                ctx.claimed.add(q.span.start)
            spans = [q.span for q in quantities]
            subject = _company(ctx, name) if name else ctx.subject_before(spans[0].start, main_only=True)
            out.append(Volume(id="", span=ctx.span(min(s.start for s in spans), max(s.end for s in spans)),
                              subject=subject, conversions=tuple(conversions), segment=segment, **fields))
    return out


def _read_tail(ctx: Context, end: int, fields: dict[str, object], conversions: list[Quantity]) -> None:
    """The conversions and the prior value written after a turnover value."""
    money = _MONEY_WORD.match(ctx.text, end)
    tail = _TAIL.match(ctx.text, money.end() if money else end)
    if tail is None:
        return
    if tail["conversions"]:
        found = [t for t in ctx.tokens_in(tail.start("conversions"), tail.end("conversions")) if t.start not in ctx.claimed]
        if found and "converted" not in fields:
            fields["converted"] = found.pop(0).quantity
        conversions.extend(t.quantity for t in found)
    if tail["prior"]:
        prior = ctx.token_covering(tail.end("prior") - 1)
        value = fields.get("value")
        if prior is not None and prior.start not in ctx.claimed and (not isinstance(value, Quantity) or prior.quantity.unit in (value.unit, "")):
            # in the value's own unit, or none ("against Friday's 694 mln"): "from 2.85 billion shares" is no prior of a ringgit value
            fields["prior"] = prior.quantity


def _segment(ctx: Context, value: object, start: int) -> str | None:
    """The part of the day's turnover a value is: "government securities", "largest single turnover"."""
    if not isinstance(value, Quantity):
        return None
    before = ctx.text[start : value.span.start]
    found = _SEGMENT.search(before)
    if found is not None:
        return " ".join(found["segment"].split())
    largest = _LARGEST.search(before)
    return " ".join(largest["segment"].lower().split()) if largest else None


def _company(ctx: Context, name: tuple[int, int]) -> Subject:
    """The company whose shares were counted: "2.2 mln MIM shares"."""
    for named in ctx.named_in(*name):
        return ctx.resolve(named)
    written = ctx.text[name[0] : name[1]].strip()
    return Subject(text=written, type="stock", span=ctx.span(name[0], name[0] + len(written)))


def _turnover_move(ctx: Context, move: Move) -> bool:
    if move.level is None or move.change is not None or move.percent is not None or move.level.unit in ("points", "percent"):
        return False
    lead = _TURNOVER_LEAD.match(ctx.text, ctx.sentences[ctx.sentence_at(move.span.start)].start)
    return lead is not None and lead.end() <= move.level.span.start and "," not in ctx.text[lead.end() : move.level.span.start]


def _as_turnover(ctx: Context, move: Move) -> Fact:
    """ "Total turnover rose to 16.6 million dinars (...) from 13.7 million dinars": turnover with its prior."""
    fields: dict[str, object] = {"value": move.level}
    conversions: list[Quantity] = []
    if move.prior is not None:
        fields["prior"] = move.prior
    else:
        _read_tail(ctx, move.level.span.end, fields, conversions)
    quantities = [q for q in fields.values() if isinstance(q, Quantity)] + conversions
    for q in quantities:
        ctx.claimed.add(q.span.start)
    end = max(move.span.end, *(q.span.end for q in quantities))
    sentence = ctx.sentences[ctx.sentence_at(move.span.start)].start
    start = min(move.span.start, sentence + len(ctx.text[sentence:move.span.start]) - len(ctx.text[sentence:move.span.start].lstrip()))
    return Volume(id="", span=ctx.span(start, end), subject=ctx.subject_before(move.span.start, main_only=True),
                  direction=move.direction, conversions=tuple(conversions), **fields)
