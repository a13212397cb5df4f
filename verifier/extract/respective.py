"""Lists told "respectively": "Acme, Bolt and Crane rose 7.9%, 5.4% and 4%, respectively", "whose shares
gained 4.6% and 3.8% to stand at SR74.20 and SR19.35, respectively", "are down 3% each at Rs 417, Rs 186
and Rs 905, respectively". The n-th figure of each run belongs to the n-th name of the list before the
verb; a run of levels after a run of changes pairs with it. Names and figures must count alike, or
nothing is read: a list whose names cannot be told apart is no list of moves.
"""
from __future__ import annotations

import re

from ..facts import Fact, Move, Subject
from ..numbers import PERCENT, Scale
from .context import Context
from .periods import weekday_in
from .quantities import Token
from .compiled import re_pattern, regex_pattern

_HINT = re_pattern(r"respectively")
# Between the figures of a run: "7.9%, 5.4% and 4%", "3.5 sen, 12.5 sen, and 9 sen"
_JOIN = re_pattern(r"\s*,\s*(?:and\s+)?|\s*,?\s+and\s+")
# Between the last figure of a run and "respectively": nothing ("and 11 sen, respectively"), or figures the grammar
# leaves unread ("5.0% to stand at SR16.24 and SR5.10, respectively"); no other clause
_GAP = 60
_CLAUSE_BREAK = re_pattern(r"[;:]|\b(?:while|but|whereas)\b")
# A run of levels after a run of changes: "4.6% and 3.8% to stand at SR74.20 and ...", "... respectively on Friday, to S$14.76"
_TO_LEVELS = re_pattern(
    r",?\s+(?:respectively\s+)?(?:on\s+\w+day\s*)?,?\s*(?:to\s+(?:stand\s+at|close\s+at|end\s+at|settle\s+at|finish\s+at)?|at)\s*", re.IGNORECASE)
_TO = re_pattern(r"p?\s+(?:to|at)\s+")  # "42p to 1,586p": pence the figure grammar leaves out
_LEVEL_BEFORE = re_pattern(r"\b(?:at|to)\s+$", re.IGNORECASE)
# "reaching their 52-week highs at S$31.62 and S$13.95 respectively": extremes, not where they ended
_EXTREME_BEFORE = re_pattern(r"\b(?:highs?|lows?|peaks?|tops?|bottoms?)\s+(?:of|at)\s+$", re.IGNORECASE)
# A name in the list: capitalised words, joined by "of", "for", "&" ("Academy of Learning Co.", "Banks & Financial
# Services"); quotes a wire puts round a short name stay with it ('"Acme" Insurance')
_WORD = r"[\"\u201c\u201d]?\p{Lu}[\p{L}\p{N}&.'\u2019-]*[\"\u201c\u201d]?"
_NAME = rf"[\"\u201c]?\p{{Lu}}[\p{{L}}\p{{N}}&.'\u2019-]*[\"\u201d]?(?:\s+(?:(?:of|for|de|del|al|&)\s+)?{_WORD})*"
_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
# a lower-case description may stand before a later name: "brewer Acme and retailer Bolt", "and the Acme Composite"
_DESCRIBED = r"(?:[a-z]+\s+){0,3}"
_LIST = regex_pattern(rf"(?<![\p{{L}}\p{{N}}])(?:{_NAME})(?:{_SEPARATOR}{_DESCRIBED}(?:{_NAME}))+")
# Capitalised words that open a sentence or a phrase, never a listed name: "Meanwhile, Acme and Bolt rose"
_NOT_NAMES = frozenset("Meanwhile However Also Separately Elsewhere Overall Moreover Furthermore Similarly Additionally "
                       "Besides Still Yet Then Other Others The In On At For Among Of By With Led Shares Stocks But And".split())
_ONE = regex_pattern(_NAME)
_SIGNS = (-1, 1)


def extract(ctx: Context, out: list[Fact]) -> None:
    """Give each name of a "respectively" list its own move, and the head move its own name."""
    text = ctx.text
    for sentence in ctx.sentences_with(_HINT):
        for mark in re.finditer("respectively", text[sentence.start : sentence.end]):
            at = sentence.start + mark.start()
            runs = _runs(ctx, sentence.start, sentence.end)
            told = next((r for r in reversed(runs) if r[-1].end <= at and _reaches(ctx, r[-1].end, at)), None)
            if told is not None:
                changes, levels = _pair_runs(ctx, runs, told, at)
            else:
                changes, levels = _alternating(ctx, sentence.start, at)
            if not changes and not levels:
                continue
            first = (changes or levels)[0]
            if _EXTREME_BEFORE.search(text, max(sentence.start, first.start - 16), first.start):
                continue
            verbs = [v for v in ctx.verbs if sentence.start <= v.start < first.start]
            region_end = verbs[-1].start if verbs else first.start
            names = _names(ctx, sentence.start, region_end, len(changes or levels))
            if names is None:
                continue
            _assign(ctx, out, names, changes, levels, verbs[-1] if verbs else None, sentence)


def _reaches(ctx: Context, end: int, at: int) -> bool:
    """Whether "respectively" at `at` closes the run ending at `end`: no figure, verb or other clause between."""
    gap = ctx.text[end:at]
    return len(gap) <= _GAP and not ctx.tokens_in(end, at) and not _CLAUSE_BREAK.search(gap) and not any(end <= v.start < at for v in ctx.verbs)


def _runs(ctx: Context, start: int, end: int) -> list[list[Token]]:
    """Maximal runs of two or more figures of one unit joined by commas and "and": prices, changes and
    percents, never counts or sums ("with volumes of 24.3m, 17.8m and 12.6m")."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in ctx.tokens_in(start, end):
        if token.quantity.scale != Scale.ONE or not (token.quantity.unit or token.quantity.decimals):
            if len(current) >= 2:
                runs.append(current)
            current = []
            continue
        if current and token.quantity.unit == current[-1].quantity.unit and _JOIN.fullmatch(ctx.text, current[-1].end, token.start):
            current.append(token)
            continue
        if len(current) >= 2:
            runs.append(current)
        current = [token]
    if len(current) >= 2:
        runs.append(current)
    return runs


def _alternating(ctx: Context, start: int, at: int) -> tuple[list[Token], list[Token]]:
    """ "up 42p to 1,586p and 135p to 6,925p respectively": changes and levels told in pairs."""
    tokens = ctx.tokens_in(start, at)
    if len(tokens) < 4 or not _reaches(ctx, tokens[-1].end, at):
        return [], []
    changes, levels = [], []
    index = len(tokens) - 1
    while index >= 1 and _TO.fullmatch(ctx.text, tokens[index - 1].end, tokens[index].start):
        change, level = tokens[index - 1], tokens[index]
        if levels and (level.quantity.unit != levels[0].quantity.unit or change.quantity.unit != changes[0].quantity.unit
                       or not _JOIN.fullmatch(ctx.text, level.end, changes[0].start)):
            break
        changes.insert(0, change)
        levels.insert(0, level)
        index -= 2
    return (changes, levels) if len(changes) >= 2 else ([], [])


def _pair_runs(ctx: Context, runs: list[list[Token]], told: list[Token], at: int) -> tuple[list[Token], list[Token]]:
    """The run of changes (or percents) and the run of levels the list tells, either possibly empty."""
    text = ctx.text
    index = runs.index(told)
    if index > 0 and len(runs[index - 1]) == len(told) and _TO_LEVELS.fullmatch(text, runs[index - 1][-1].end, told[0].start):
        return runs[index - 1], told  # "5.3% and 5.0% to stand at SR68.80 and SR16.24, respectively"
    after = runs[index + 1] if index + 1 < len(runs) else None
    if after is not None and len(after) == len(told) and _TO_LEVELS.fullmatch(text, told[-1].end, after[0].start):
        return told, after  # "4.1 per cent and 2.38 per cent respectively on Friday, to S$14.76 and S$29.76"
    if told[0].quantity.unit != PERCENT and _LEVEL_BEFORE.search(text, max(0, told[0].start - 6), told[0].start):
        return [], told  # "were flat at 3.5 sen, 12.5 sen and 9 sen, respectively"
    return told, []


def _names(ctx: Context, start: int, end: int, count: int) -> list[Subject] | None:
    """The last list of exactly `count` names before the verb, each resolved through the lexicon where it can be."""
    text = ctx.text
    found = None
    for listed in _LIST.finditer(text, start, end):
        parts = [(m.start(), m.end()) for m in _ONE.finditer(text, listed.start(), listed.end())]
        while parts and text[parts[0][0] : parts[0][1]] in _NOT_NAMES:
            parts.pop(0)
        if len(parts) == count:
            found = parts
    if found is None:
        return None
    subjects = []
    for s, e in found:
        named = next((n for n in ctx.named_in(s, e) if n.entity and n.end == e), None)
        subjects.append(ctx.resolve(named) if named else Subject(text=text[s:e], type="unknown", span=ctx.span(s, e)))
    return subjects


def _assign(ctx: Context, out: list[Fact], names: list[Subject], changes: list[Token], levels: list[Token], verb, sentence) -> None:
    """A move per name: the one a move already read is given its name; the others are added."""
    owner = {}
    for index, fact in enumerate(out):
        if isinstance(fact, Move):
            for field in ("percent", "change", "level"):
                if getattr(fact, field) is not None:
                    owner[getattr(fact, field).span.start] = index
    if any(t.start in ctx.claimed and t.start not in owner for t in changes + levels):
        return  # a figure another fact reads: not this list's
    head = next((out[owner[t.start]] for t in changes + levels if t.start in owner), None)
    shared = {}
    if head is not None and not changes:  # "down 3% each at Rs 417, Rs 186 and Rs 905": the change told once
        shared = {f: getattr(head, f) for f in ("percent", "change") if getattr(head, f) is not None}
    field = "percent" if changes and changes[0].quantity.unit == PERCENT else "change"
    for position, subject in enumerate(names):
        fields = dict(shared)
        if changes:
            fields[field] = changes[position].quantity
        if levels:
            fields["level"] = levels[position].quantity
        own = [owner[q.span.start] for q in fields.values() if q.span.start in owner and q not in shared.values()]
        end = max(q.span.end for q in fields.values())
        start = subject.span.start if subject.span else min(q.span.start for q in fields.values())
        if own:  # the move a verb read holds this name's figure: it is this name's
            move = out[own[0]]
            out[own[0]] = move.model_copy(update={"subject": subject, **fields, "span": ctx.span(min(start, move.span.start), max(end, move.span.end))})
            continue
        ctx.claimed.update(q.span.start for q in fields.values())
        negative = any(q.negative for q in fields.values() if q.unit == PERCENT)
        direction = -1 if negative else head.direction if head is not None else verb.polarity if verb is not None else 0
        out.append(Move(id="", span=ctx.span(start, end), subject=subject, verb=head.verb if head else verb.text if verb else None,
                        direction=direction, intensity=2, period=head.period if head else "session",
                        session_day=head.session_day if head else weekday_in(ctx.text[sentence.start : sentence.end]), **fields))
