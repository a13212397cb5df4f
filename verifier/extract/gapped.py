"""Lists that carry one verb over several items: "Miners climbed 0.8% and banks 0.4%", "fell 2.1 per
cent, utilities (1.9 per cent), autos (1.2 per cent)", "followed by the Transport at 0.7 percent",
"Acme was down 12 sen to RM4.10, Widget 9 sen to RM2.35". English drops the verb after the first
item (gapping); each later item is a move of its own name, in the figures the first one used.

The direction is the verb's unless the item carries a sign or a direction word of its own; it is
recorded as carried, so a finding resting on it is at most a warning.
"""
from __future__ import annotations

import re

from ..facts import Fact, Move, Subject
from ..numbers import PERCENT
from .context import Context
from .compiled import re_pattern, regex_pattern
from .roles import DIRECTION_AFTER, QUOTE_UNIT, UP_WORDS

CARRIED = "the direction was carried from the verb the list hangs on ('{verb}')"
# Between items: ", ", ", and ", " and ", ", followed by ", "; followed by" is not one (a new clause)
_SEPARATOR = re_pattern(r"\s*\)?(?:\s*,\s*(?:and\s+)?(?:followed\s+by\s+)?|\s+and\s+(?:followed\s+by\s+)?)", re.IGNORECASE)
# An item: its name, then how the figure is hung on it: "utilities (1.9 per cent", "banks by 1.05 percent",
# "the Transport at 0.9 percent", "the finance, 1.38 percent", "banks 0.4%"
_ITEM = regex_pattern(
    r"(?P<name>(?:the\s+)?[\p{L}][\p{L}&'.\-/]*(?:\s+(?:&\s+)?[\p{L}][\p{L}&'.\-/]*){0,5}?)"
    r"(?P<link>\s*\(\s*(?P<sign>[+\u2212-])?\s*|\s+by\s+|\s+at\s+|\s*,\s+|\s+(?P<bare>[+\u2212-])?)"
    r"(?:[A-Z]{0,3}\$|RM|Rs\.?\s?|[\u00a3\u20ac\u20b9\u20b1\u00a5])?$"
)
# Words that open a clause or a phrase of another kind, never a listed name: "with banks 1%", "its 2%",
# "up 3%", "compared with 1.2%"
_NOT_NAME = frozenset(
    "a an and as at after against amid before below above but by compared despite down during each following for from "
    "his her in including into its it led nearly more most less of on or over since some than that the their them there "
    "these this those to under up versus vs was were when where which while who whose with about almost around just only "
    "over roughly some still than then though through until".split()
)
# A past tense after a capitalised name is the item's own verb, known to the lexicon or not: "Acme slumped"
_PAST_AFTER_NAME = regex_pattern(r"\b\p{Lu}[\p{L}&'.-]*\s+\p{Ll}+ed$")
_TO_LEVEL = re_pattern(r"\s*\)?\s+to\s+(?:close\s+at\s+|end\s+at\s+)?")
# "A and B 15 each to 4.20 and 7.65": two names sharing a change, read by lists.py
_EACH = re_pattern(r"\s+(?:each|apiece)\b")
_HINT_GAP = 70
_SIGNS = {"+": 1, "-": -1, "\u2212": -1}


def extract(ctx: Context, out: list[Fact]) -> None:
    """Append a move for every item a move's verb is carried to, in the same sentence."""
    text = ctx.text
    for index in range(len(out)):
        head = out[index]
        if not isinstance(head, Move) or head.verb is None or head.verb == "and":
            continue
        last = _last_figure(head)
        if last is None:
            continue
        sentence = ctx.sentences[ctx.sentence_at(head.span.start)]
        position = _after_unit(text, head.span.end)
        while True:
            item = _item(ctx, head, last, position, sentence.end)
            if item is None:
                break
            out.append(item)
            position = _after_unit(text, item.span.end)


def _last_figure(move: Move) -> str | None:
    """The figure an item repeats: the one that ends the move ("fell 0.8%"), or before the level that ends it
    (a tape list: "down 12 sen to RM4.10")."""
    ends = move.span.end
    if move.level is not None and move.level.span.end == ends:
        return "change" if move.change is not None else "percent" if move.percent is not None else None
    return next((f for f in ("percent", "change") if getattr(move, f) is not None and getattr(move, f).span.end == ends), None)


def _after_unit(text: str, end: int) -> int:
    """Past a price's quoted unit ("a barrel", "per tonne"), which the item repeats or drops."""
    quoted = QUOTE_UNIT.match(text, end)
    return quoted.end() if quoted else end


def _item(ctx: Context, head: Move, field: str, position: int, limit: int) -> Move | None:
    text = ctx.text
    separator = _SEPARATOR.match(text, position, limit)
    if separator is None:
        return None
    start = separator.end()
    tokens = ctx.tokens_in(start, min(limit, start + _HINT_GAP))
    if not tokens:
        return None
    token = tokens[0]
    item = _ITEM.fullmatch(text, start, token.start)
    if item is None or token.start in ctx.claimed or not _same_kind(getattr(head, field), token.quantity, head.level):
        return None
    if _EACH.match(text, token.end):
        return None
    words = item["name"].split()
    if words[0].lower() in _NOT_NAME and (words[0].lower() != "the" or len(words) == 1) or any(
            w.lower() in _NOT_NAME for w in words[1:] if w.lower() != "and"):
        return None
    if any(start <= v.start < token.start for v in ctx.verbs) or _PAST_AFTER_NAME.search(item["name"]):
        return None  # "and banks fell 1%", "and Acme slumped 3%": a clause with a verb of its own
    name_start = start + (4 if words[0].lower() == "the" else 0)
    name_end = start + len(item["name"])
    end, level = token.end, None
    if head.level is not None:
        to = _TO_LEVEL.match(text, token.end, limit)
        following = ctx.token_at(to.end()) if to else None
        if following is not None and following.start not in ctx.claimed and _priced_alike(following.quantity, head.level):
            level, end = following, following.end
    if text[end : end + 1] == ")" and item["link"].strip().startswith("("):
        end += 1
    sign = item["sign"] or item["bare"]
    trailing = DIRECTION_AFTER.match(text, end, limit) if field == "percent" else None
    direction = _SIGNS[sign] if sign else -1 if token.quantity.negative else UP_WORDS[trailing.group(1).lower()] if trailing else 0
    loose = dict(head.loose)
    if not direction:
        direction = head.direction
        loose["direction"] = CARRIED.format(verb=head.verb)
    ctx.claimed.add(token.start)
    fields = {field: token.quantity}
    if level is not None:
        ctx.claimed.add(level.start)
        fields["level"] = level.quantity
    return Move(id="", span=ctx.span(name_start, end), subject=_subject(ctx, name_start, name_end), verb=None,
                direction=direction, intensity=2, period=head.period, sessions=head.sessions,
                session_day=head.session_day, loose=loose, **fields)


def _same_kind(told, figure, level) -> bool:
    """An item repeats the head's kind of figure: a percent for a percent, a change in the head's unit."""
    if told.unit == PERCENT or figure.unit == PERCENT:
        return told.unit == figure.unit
    if figure.unit != told.unit:
        return False
    return bool(figure.unit or figure.decimals or level is not None)


def _priced_alike(figure, level) -> bool:
    return figure.unit == level.unit or (not figure.unit and bool(figure.decimals) == bool(level.decimals))


def _subject(ctx: Context, start: int, end: int) -> Subject:
    """The item's name: a lexicon entity when it ends the name ("the Hang Seng Finance index"), else as written."""
    for named in reversed(ctx.named_in(start, end)):
        if named.entity and named.end == end:
            return ctx.resolve(named)
    return Subject(text=ctx.text[start:end], type="unknown", span=ctx.span(start, end))
