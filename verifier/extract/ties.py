"""Levels a move borrows from the move told just before it, when the article ties the two.

"The index closed at 7,614.2. It was a rise of 52.37, or 0.7%.": the rise ends at the close told one
sentence earlier. "... lost 31 points to close at 8,046.35 [on Friday]. For the week, the index
gained 38.64 points": a week ends with its Friday's close. The borrowed level is marked loose (its role
came from the neighbouring sentence, not its own clause), so a finding resting on it is a warning.
An opening told apart from the close it starts from borrows that prior close the same way.
"""
from __future__ import annotations

import re

from ..facts import Fact, Move
from .compiled import re_pattern
from .context import Context

FROM_BEFORE = "the level was taken from the sentence before"
FROM_CLOSE_BEFORE = "the level was taken from the close told, with no verb of moving, in the sentence before"
# A close told with no verb the move reader knows: "At the end of the day it had 7,614.2 points", "by the close it stood at"
# "after touching an earlier high of 7,628.6": the session's extreme, read by ranges.py, no close
_EXTREME_BEFORE = re_pattern(r"\b(?:high|low|peak|trough|highs|lows)\s+(?:of|at)\s+$", re.IGNORECASE)
_CLOSE_CUE = re_pattern(
    r"\b(?:at|by|towards|toward)\s+the\s+(?:end\s+of\s+(?:the\s+)?(?:day|session|trading)|close|closing\s+bell)\b", re.IGNORECASE)
FROM_FRIDAY = "the week's close was taken as the session's close, told before"
PRIOR_ELSEWHERE = "the prior close was taken from another sentence"


def borrow_levels(ctx: Context, out: list[Fact], first: int) -> None:
    """Give each move from out[first:] with a change or percent and no level the level it is tied to."""
    last: Move | None = None  # the latest move of a session with a level
    prior: Move | None = None  # the latest move of a session that states the prior close
    for index in range(first, len(out)):
        move = out[index]
        if not isinstance(move, Move):
            continue
        if move.open is not None and move.change is not None and move.prior is None and move.level is None:
            if prior is not None and _same_subject(move, prior) and _near(ctx, prior, move):
                # "opened 1.37 points lower at 1,742.85" after "compared to yesterday's close of 1,744.22"
                out[index] = move.model_copy(update={"prior": prior.prior, "loose": {**move.loose, "prior": PRIOR_ELSEWHERE}})
            continue
        if move.prior is not None and move.period == "session" and move.open is None:
            prior = move
        if move.level is not None:
            if move.period == "session":
                last = move
            continue
        if move.prior is not None or (move.change is None and move.percent is None):
            continue
        reason = _tie(ctx, last, move) if last is not None and _same_subject(move, last) else None
        if reason is not None:
            out[index] = move.model_copy(update={"level": last.level, "loose": {**move.loose, "level": reason}})
        elif move.period == "session" and (told := _close_before(ctx, move)) is not None:
            ctx.claimed.add(told.start)
            out[index] = move.model_copy(update={"level": told.quantity, "loose": {**move.loose, "level": FROM_CLOSE_BEFORE}})


def _close_before(ctx: Context, move: Move):
    """The one figure left unread in the sentence before, when that sentence tells the close of the move's
    subject in words the move reader does not take ("At the end of the day it had 7,614.2 points. It was a
    rise of 52.37, or 0.7%.")."""
    here = ctx.sentence_at(move.span.start)
    if here == 0:
        return None
    sentence = ctx.sentences[here - 1]
    cue = _CLOSE_CUE.search(ctx.text, sentence.start, sentence.end)
    if cue is None:
        return None
    change = move.change or move.percent
    unit = move.change.unit if move.change is not None else ""
    left = [t for t in ctx.tokens_in(sentence.start, sentence.end)
            if t.start not in ctx.claimed and not _EXTREME_BEFORE.search(ctx.text, max(sentence.start, t.start - 24), t.start)]
    if len(left) != 1 or left[0].quantity.unit not in {unit, "", "points"} - {"percent"} or left[0].quantity.value <= change.value:
        return None
    named = {ctx.resolve(n).entity for n in ctx.named_in(sentence.start, sentence.end)}
    if named - {move.subject.entity} or (move.subject.entity is None and named):
        return None
    return left[0]


def _near(ctx: Context, told: Move, move: Move) -> bool:
    """In the paragraph of the move or the one before it."""
    here = ctx.sentences[ctx.sentence_at(move.span.start)].paragraph
    return here - ctx.sentences[ctx.sentence_at(told.span.start)].paragraph <= 1


def _same_subject(move: Move, other: Move) -> bool:
    if move.subject.entity or other.subject.entity:
        return move.subject.entity == other.subject.entity
    return (move.subject.name or move.subject.text) == (other.subject.name or other.subject.text)


# A week before the one the session closes: "last week", "the previous week", "a week earlier"
_EARLIER_WEEK = re_pattern(r"\b(?:last|previous|prior|preceding)\s+week\b|\bweek\s+(?:earlier|before)\b", re.IGNORECASE)


def _tie(ctx: Context, told: Move, move: Move) -> str | None:
    """Why `move` ends at `told`'s level: the sentence right after a bare close, or a week after Friday's."""
    here, there = ctx.sentence_at(move.span.start), ctx.sentence_at(told.span.start)
    if move.period == "week" and here - there <= 2 and (_friday(ctx, told) or not _EARLIER_WEEK.search(
            ctx.text, ctx.sentences[here].start, ctx.sentences[here].end)):
        return FROM_FRIDAY  # the week so far ends at the session's close, unless it is last week's
    bare = told.change is None and told.percent is None
    if move.period == told.period and here == there + 1 and bare and move.session_day in (None, told.session_day):
        return FROM_BEFORE
    return None


def _friday(ctx: Context, move: Move) -> bool:
    """The session told is a Friday's: named so, or the article is dated that Friday (or the day after)."""
    if move.session_day is not None:
        return move.session_day == "friday"
    date = ctx.document.date
    return date is not None and date.weekday() in (4, 5)
