"""Turnover: "1.3 billion shares worth $1.7 billion changed hands", "Turnover totaled NT$387.64 billion
(US$12.43 billion)", "Turnover was 718.4 mln against Friday's 652 mln", "Total turnover fell to
5.3 million dinars ($37,420/ 35,186 euro) from 14.2 million dinars", "in 6,148 deals compared to 314.7
million shares worth N3.1b on Tuesday". Runs after moves, so a price is never read as turnover; a "move"
whose subject is the turnover itself is turnover, and is read again here.

A sentence is read figure by figure (see turnover.py): each figure is shares, a value, a count of deals
or a percent change by what stands beside it, and a comparison word ("from", "against", "compared to")
turns the figures after it into the previous session's.
"""
from __future__ import annotations

import re

from ..facts import Fact, Move, Subject, Volume
from ..numbers import Quantity
from .compiled import re_pattern
from .context import Context
from .turnover import PERCENT_OF, Reading, read_sentence

_VOLUME_HINT = re_pattern(
    r"volume|turnover|changed\s+hands|changing\s+hands|worth|traded|transacted|transaction|value|deals|trades|units|lots|matched|of\s+the\s+total"
)
_VOLUME_WORDS = re_pattern(
    r"volume|turnover|changed\s+hands|changing\s+hands|shares\s+traded|traded|in\s+a\s+trade\s+of|transactions?|deals|trades|matched",
    re.IGNORECASE,
)
# "Trading in treasury bills accounted for some 2.7 million dinars of the total": a part of the turnover
_SEGMENT = re_pattern(
    r"(?:(?:[Tt]rading|[Dd]eals)\s+in\s+)?(?P<segment>[A-Za-z][\w &'-]{2,50}?)\s+(?:contributed|accounted\s+for|made\s+up)\s+"
    r"(?:some\s+|about\s+|around\s+|nearly\s+)?(?:[A-Z]{0,3}\$\s?)?$"
)
_LARGEST = re_pattern(r"\b(?:the\s+)?(?P<segment>(?:largest|biggest|highest)\s+(?:single\s+)?turnover)\b", re.IGNORECASE)
# A move read from "Total turnover on the exchange fell to 5.3 million" is the turnover's own change:
# the sentence opens with the turnover as its subject
_TURNOVER_LEAD = re_pattern(
    r"\s*(?:(?:the|total|daily|overall|market|trading|traded)\s+){0,2}(?:turnover|volume|value\s+traded|trading\s+value)\b", re.IGNORECASE
)
_TURNOVER_SUBJECT = re_pattern(r"\b(?:turnover|trading\s+volume|trading\s+value|traded\s+value|value\s+traded)\b", re.IGNORECASE)
_FIGURES = ("change", "percent", "level", "prior", "open", "low", "high")
# A sentence whose figures are the previous sentence's session before: "This was against 159.2 million
# shares worth N1.1 billion traded in 2,698 deals on Monday", "This is compared to a total of 3,611,043 shares",
# "This surpassed the 216.6 million shares valued at N1.5 billion" (the verb is left to the figures)
_EARLIER_SESSION = re_pattern(
    r"\s*\"?(?:[A-Z]{2,5}\s+reports\s+that\s+)?(?:[Tt]his|[Tt]hat)\s+(?:(?:was|is|compares|compared)\s+"
    r"(?:against|in\s+(?:contrast|comparison)\s+(?:with|to)|compared\s+(?:with|to)|with|to)|surpassed|exceeded|trailed)\s+(?:the\s+)?(?:a\s+total\s+of\s+)?"
    r"(?:[A-Z]{0,3}\s?)?(?=[0-9])"
)
_AS_PRIOR = {"shares": "shares_prior", "value": "prior", "deals": "deals_prior"}
EARLIER = "the previous session's figures were read from the next sentence, through its '{cue}'"


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """The turnover each sentence states, one volume fact per session or company it counts."""
    out, released = [], []
    for fact in facts:
        if isinstance(fact, Move) and _turnover_move(ctx, fact):
            released.append(fact)  # read again below with the rest of its sentence
            for name in _FIGURES:
                q = getattr(fact, name)
                if q is not None:
                    ctx.claimed.discard(q.span.start)
        else:
            out.append(fact)
    text = ctx.text
    last: tuple[int, list[Volume]] = (-1, [])  # the sentence read last, and its volume facts
    for sentence in ctx.sentences_with(_VOLUME_HINT):
        index = ctx.sentence_at(sentence.start)
        readings = read_sentence(ctx, sentence.start, sentence.end)
        earlier = _EARLIER_SESSION.match(text, sentence.start, sentence.end)
        if earlier is not None and last[0] == index - 1 and _took_earlier(ctx, out, last[1], readings, earlier.group(0).strip()):
            last = (index, [])
            continue
        worded = _VOLUME_WORDS.search(text, sentence.start, sentence.end) is not None
        found = []
        for number, reading in enumerate(readings):
            segment = _segment(ctx, reading.fields.get("value"), sentence.start)
            if len(reading.quantities()) < 2 and not (segment or worded):
                continue
            found.append(_volume(ctx, reading, segment, first=number == 0))
        out.extend(found)
        last = (index, found)
    for move in released:  # a turnover "move" the sentence reading left unread keeps its old reading
        figures = [q for q in (getattr(move, name) for name in _FIGURES) if q is not None]
        if all(q.span.start not in ctx.claimed for q in figures):
            out.append(_as_turnover(ctx, move) if move.level is not None else move)
            ctx.claimed.update(q.span.start for q in figures)
    return out


def _volume(ctx: Context, reading: Reading, segment: str | None, first: bool) -> Volume:
    quantities = reading.quantities()
    for q in quantities:
        ctx.claimed.add(q.span.start)
    start, end = min(q.span.start for q in quantities), max(q.span.end for q in quantities)
    if reading.company is not None:
        subject = _company(ctx, reading.company)
    else:  # a list of companies' volumes ("followed by Acme Power with 58.31 million shares") names each
        subject = ctx.subject_before(start, main_only=first)
    return Volume(id="", span=ctx.span(start, end), subject=subject, segment=segment, conversions=tuple(reading.conversions),
                  **reading.fields, **reading.directions)


def _took_earlier(ctx: Context, out: list[Fact], previous: list[Volume], readings: list[Reading], cue: str) -> bool:
    """Give the market's one volume of the sentence before the figures of this one as its previous
    session's; loose, since only the anaphor ties them."""
    if len(previous) != 1 or len(readings) != 1 or previous[0].segment or previous[0].subject is not None and previous[0].subject.type == "stock":
        return False
    volume, reading = previous[0], readings[0]
    if reading.company is not None or reading.conversions or not set(reading.fields) <= set(_AS_PRIOR):
        return False
    update: dict[str, object] = {}
    for name, q in reading.fields.items():
        if getattr(volume, name) is None or getattr(volume, _AS_PRIOR[name]) is not None:
            return False  # a figure the session itself does not have is no comparison of it
        update[_AS_PRIOR[name]] = q
    for q in reading.fields.values():
        ctx.claimed.add(q.span.start)
    loose = dict(volume.loose)
    loose.update({name: EARLIER.format(cue=" ".join(cue.split())) for name in update})
    end = max(q.span.end for q in reading.fields.values())
    out[out.index(volume)] = volume.model_copy(update={**update, "loose": loose, "span": ctx.span(volume.span.start, end)})
    return True


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
    """A move of the turnover itself: its sentence leads with the turnover, or its percent is "in volume"."""
    if move.percent is not None and PERCENT_OF.match(ctx.text, move.percent.span.end):
        return True
    if _TURNOVER_SUBJECT.search(move.subject.text) and (move.change is None or move.change.unit != "points"):
        return True  # "the joint turnover of both indexes came to 1.96 trillion yuan"
    if move.level is None or move.level.unit in ("points", "percent") or (move.change is not None and move.change.unit == "points"):
        return False
    lead = _TURNOVER_LEAD.match(ctx.text, ctx.sentences[ctx.sentence_at(move.span.start)].start)
    return lead is not None and lead.end() <= move.level.span.start and "," not in ctx.text[lead.end() : move.level.span.start]


def _as_turnover(ctx: Context, move: Move) -> Fact:
    """ "Total turnover climbed to 14.2 million dinars from 11.8 million dinars": turnover with its prior."""
    fields: dict[str, object] = {"value": move.level}
    if move.prior is not None:
        fields["prior"] = move.prior
    for q in fields.values():
        ctx.claimed.add(q.span.start)
    sentence = ctx.sentences[ctx.sentence_at(move.span.start)].start
    start = min(move.span.start, sentence + len(ctx.text[sentence:move.span.start]) - len(ctx.text[sentence:move.span.start].lstrip()))
    return Volume(id="", span=ctx.span(start, max(move.span.end, *(q.span.end for q in fields.values()))),
                  subject=ctx.subject_before(move.span.start, main_only=True), direction=move.direction, **fields)
