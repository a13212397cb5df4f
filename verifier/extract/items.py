"""List items on lines of their own: a name, then its move in figures ("• Germany's DAX, +1.2%",
"- ACME up + 4.10% to close at N2.54", "Widget Corp +$1.25 (+2.3%) to $55.60", "Gold: down 0.4% at $1,930").

A wrap's closing lists, data bullets and gainers and losers tables print each name's move without a
verb: the sign or the word "up"/"down" is the direction, and the list's heading ("For the year:",
"Top gainers") says over what period. A line counts only when the item fills it.
"""
from __future__ import annotations

import re

from ..facts import Fact, Move, Subject, Volume
from ..numbers import PERCENT
from .compiled import re_pattern
from .context import Context
from .quantities import Token

# A name opening the line, after any bullet: "France's CAC", "S&P index", "ACME", "Widget Corp."
_SIGN = r"[+\-\u2013\u2014\u2212](?:[ \t](?=[0-9$]))?"
_ITEM = re_pattern(
    r"(?m)^[ \t]*(?:[-*\u2022\u2013\u2014>][ \t]+)?(?P<name>[A-Z0-9][\w&.'\u2019/-]*(?:[ \t]+[\w&.'\u2019/-]+){0,5}?)"
    rf"(?:[ \t]*[,:][ \t]*|[ \t]+|(?=[\u2013\u2014][ \t]))(?:(?P<word>up|down|higher|lower)[ \t]+(?P<wsign>{_SIGN})?|(?P<sign>{_SIGN}))"
    r"[ \t]*(?=[$\u00a3\u20ac\u20a6A-Z]{0,3}[ \t]?[0-9.])"
)
# After the first figure: a percent in parentheses, then the level it went to.
_PAREN = re_pattern(r"[ \t]*\([ \t]*(?P<sign>[+\-\u2013\u2014\u2212])?[ \t]*(?=[0-9.])")
_PAREN_END = re_pattern(r"[ \t]*\)")
_TO = re_pattern(r"[ \t,]*(?:to[ \t]+close[ \t]+at|to[ \t]+settle[ \t]+at|to[ \t]+end[ \t]+at|to|at)[ \t]+(?:[A-Z]{1,3}[ \t]?(?=[0-9]))?")
_LINE_END = re_pattern(r"[ \t.;]*(?:\n|$)")
_SEPARATOR = re_pattern(r"[\-\u2013\u2014\u2212][ \t]")
# A level the figure grammar leaves unread ("to close at N0.44"): the line still ends with the item
_UNREAD_LEVEL = re_pattern(r"[ \t,]*(?:to[ \t]+close[ \t]+at|to|at)[ \t]+[A-Z]{0,3}[0-9][0-9,.]*")
_HINT = re_pattern(r"[+\-\u2013\u2014\u2212][ \t]?[$\u00a3\u20ac\u20a6]?[0-9.]|\b(?:up|down|higher|lower)[ \t]+[+\-\u2013\u2014\u2212]?[ \t]?[$\u00a3\u20ac\u20a6]?[0-9.]")
_DIRECTIONS = {"up": 1, "higher": 1, "down": -1, "lower": -1, "+": 1}
# A list's heading names the period its items moved over.
_PERIOD = (
    (re_pattern(r"\b(?:for|in)\s+the\s+year\b|year[\s-]+to[\s-]+date|\bytd\b|so\s+far\s+this\s+year", re.IGNORECASE), "ytd"),
    (re_pattern(r"\b(?:for|on|over)\s+the\s+week\b|\bweekly\b|\bthis\s+week\b", re.IGNORECASE), "week"),
    (re_pattern(r"\b(?:for|on|over)\s+the\s+month\b|\bmonthly\b|\bthis\s+month\b", re.IGNORECASE), "month"),
)
_BY_VOLUME = re_pattern(r"\bby\s+volume\b|\bmost\s+active\b", re.IGNORECASE)
_BY_VALUE = re_pattern(r"\bby\s+(?:value|turnover)\b", re.IGNORECASE)
# Lower-case words a listed name may hold: "S&P index", "Dow industrial average", "Brent crude", "spot gold"
_NAME_NOUNS = frozenset("index indices average industrial industrials composite futures crude oil gold silver shares stocks prices yield bond".split())
_NOT_NAMES = frozenset({"The", "It", "They", "We", "He", "She", "This", "That", "There", "In", "On", "At", "For", "And", "But", "Shares", "Stocks"})


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A move for every line that is a name and its move in figures."""
    out = list(facts)
    text = ctx.text
    for item in _candidates(ctx):
        name = item["name"].strip()
        if name.split()[0] in _NOT_NAMES or not _is_name(ctx, name):
            continue
        if _SEPARATOR.fullmatch(item["sign"] or ""):  # "GTCO – 19,807,904": a dash between spaces parts a name from its figure
            _ranked(ctx, item, name, out)
            continue
        read = _figures(ctx, item.end())
        if read is None:
            continue
        fields, end = read
        direction = _DIRECTIONS.get((item["word"] or item["sign"]).strip().lower(), -1)
        subject = _subject(ctx, name, item.start("name"))
        for q in fields.values():
            ctx.claimed.add(q.span.start)
        out.append(Move(id="", span=ctx.span(item.start("name"), end), subject=subject, direction=direction,
                        period=_period(_heading(ctx, item.start())), **fields))
    return out


def _candidates(ctx: Context) -> list[re.Match]:
    """The lines that may be items: a cheap scan finds a sign or a direction word before a figure, and
    the item pattern is tried only at the start of those lines."""
    text, found, last = ctx.text, [], -1
    for hint in _HINT.finditer(text, ctx.document.body_start):
        start = max(text.rfind("\n", 0, hint.start()) + 1, ctx.document.body_start)
        if start == last:
            continue
        last = start
        item = _ITEM.match(text, start)
        if item is not None:
            found.append(item)
    return found


def _is_name(ctx: Context, name: str) -> bool:
    """A name, not a clause: after its first word, capitalised words, figures and the nouns names of
    markets carry ("S&P index", "Brent crude"); no verb ("Japan's index closed up 2%" is a sentence)."""
    for word in name.split()[1:]:
        if ctx.lexicon.verb(word) is not None or not (word[0].isupper() or word[0].isdigit() or word[0] in "&(" or word.lower() in _NAME_NOUNS):
            return False
    return True


def _ranked(ctx: Context, item: re.Match, name: str, out: list[Fact]) -> None:
    """ "Top 3 by Volume" then "GTCO – 19,807,904": each name's turnover, in shares or in value as the heading says."""
    heading = _heading(ctx, item.start())
    field = "shares" if _BY_VOLUME.search(heading) else "value" if _BY_VALUE.search(heading) else None
    token = _free(ctx, item.end())
    if field is None or token is None or not _LINE_END.match(ctx.text, token.end):
        return
    ctx.claimed.add(token.start)
    out.append(Volume(id="", span=ctx.span(item.start("name"), token.end), subject=_subject(ctx, name, item.start("name")),
                      **{field: token.quantity}))


def _figures(ctx: Context, position: int) -> tuple[dict, int] | None:
    """The change or percent at `position`, a percent in parentheses, the level after "to"; the line must end there."""
    text = ctx.text
    first = _free(ctx, position)
    if first is None:
        return None
    fields = {"percent" if first.quantity.unit == PERCENT else "change": first.quantity}
    end = first.end
    paren = _PAREN.match(text, end)
    second = _free(ctx, paren.end()) if paren else None
    if second is not None and second.quantity.unit == PERCENT and "percent" not in fields:
        closing = _PAREN_END.match(text, second.end)
        if closing is None:
            return None
        fields["percent"], end = second.quantity, closing.end()
    to = _TO.match(text, end)
    level = _free(ctx, to.end()) if to else None
    if level is not None and level.quantity.unit != PERCENT:
        fields["level"], end = level.quantity, level.end
    elif (unread := _UNREAD_LEVEL.match(text, end)) is not None and not ctx.tokens_in(end, unread.end()):
        end = unread.end()
    return (fields, end) if _LINE_END.match(text, end) else None


def _free(ctx: Context, position: int) -> Token | None:
    """The unbound figure at `position` (or the one a currency mark before it leads to)."""
    token = ctx.token_at(position) or ctx.token_covering(position)
    if token is None:
        nxt = ctx.tokens_in(position, position + 5)
        token = nxt[0] if nxt and not ctx.text[position : nxt[0].start].strip(" \t$\u00a3\u20ac\u20a6ABCDEFGHIJKLMNOPQRSTUVWXYZ") else None
    return token if token is not None and token.start not in ctx.claimed else None


def _subject(ctx: Context, name: str, start: int) -> Subject:
    """The lexicon's entity named at the end of the item's name ("Germany's DAX"), else the name as written."""
    end = start + len(name)
    for named in reversed(ctx.named_in(start, end)):
        if named.end == end and (named.entity or named.unknown):
            return ctx.resolve(named)
    return Subject(text=name, name=name, span=ctx.span(start, end))


def _heading(ctx: Context, offset: int) -> str:
    """A list's heading: the nearest line above the item at `offset` that is no item ("" when none is near)."""
    text = ctx.text
    line_start = text.rfind("\n", 0, offset) + 1
    floor = max(ctx.document.body_start, offset - 600)
    while line_start > floor:
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above_start : line_start - 1]
        if line.strip() and not _ITEM.match(text, above_start):
            return line
        line_start = above_start
    return ""


def _period(heading: str) -> str:
    """The period a list's heading names ("For the year:"); a list without one gives the session's moves."""
    for pattern, period in _PERIOD:
        if pattern.search(heading):
            return period
    return "session"
