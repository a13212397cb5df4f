"""Levels a move borrows from the move told just before it, when the article ties the two.

"The index closed at 6,983.5. It was a rise of 43.92, or 0.7%.": the rise ends at the close told one
sentence earlier. "... shed 25 points to close at 7,272.80 [on Friday]. For the week, the index
added 26.64 points": a week ends with its Friday's close. The borrowed level is marked loose (its role
came from the neighbouring sentence, not its own clause), so a finding resting on it is a warning.
An opening told apart from the close it starts from borrows that prior close the same way.
"""
from __future__ import annotations

from ..facts import Fact, Move
from .context import Context

FROM_BEFORE = "the level was taken from the sentence before"
FROM_FRIDAY = "the week's close was taken as Friday's close, told before"
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
                # "opened 1.04 points lower at 1,601.62" after "compared to yesterday's close of 1,602.91"
                out[index] = move.model_copy(update={"prior": prior.prior, "loose": {**move.loose, "prior": PRIOR_ELSEWHERE}})
            continue
        if move.prior is not None and move.period == "session" and move.open is None:
            prior = move
        if move.level is not None:
            if move.period == "session":
                last = move
            continue
        if last is None or move.prior is not None or (move.change is None and move.percent is None):
            continue
        if not _same_subject(move, last):
            continue
        reason = _tie(ctx, last, move)
        if reason is not None:
            out[index] = move.model_copy(update={"level": last.level, "loose": {**move.loose, "level": reason}})


def _near(ctx: Context, told: Move, move: Move) -> bool:
    """In the paragraph of the move or the one before it."""
    here = ctx.sentences[ctx.sentence_at(move.span.start)].paragraph
    return here - ctx.sentences[ctx.sentence_at(told.span.start)].paragraph <= 1


def _same_subject(move: Move, other: Move) -> bool:
    if move.subject.entity or other.subject.entity:
        return move.subject.entity == other.subject.entity
    return (move.subject.name or move.subject.text) == (other.subject.name or other.subject.text)


def _tie(ctx: Context, told: Move, move: Move) -> str | None:
    """Why `move` ends at `told`'s level: the sentence right after a bare close, or a week after Friday's."""
    here, there = ctx.sentence_at(move.span.start), ctx.sentence_at(told.span.start)
    if move.period == "week" and here - there <= 2 and _friday(ctx, told):
        return FROM_FRIDAY
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
