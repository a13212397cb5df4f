"""Data panels: figures printed after a label rather than in a sentence ("Open 8,516.47", "Market Cap:
N 31.4 trillion", "index change: 37.62", a label on one line and its figure on the next).

Quote pages and market summaries close with such panels. A label names the figure's role, so each
figure is bound where the label says: the session's price figures (last value, change, percent,
open, high, low) make one move of the panel's subject; turnover goes to a volume; the rest (a
previous close, a 52-week extreme, market value, deal counts) are statistics, never a rule's input:
on a closed market's page the "previous close" may already be today's.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..facts import Fact, Move, Statistic, Subject, Volume
from ..numbers import PERCENT, POINTS
from .compiled import re_pattern
from .context import Context
from .quantities import Token

# Label -> role. Roles: a Move field, a Volume field ("shares", "value"), or "stat" (a statistic).
_LABELS: tuple[tuple[str, str], ...] = (
    (r"index\s+change\s+percentage|(?:percentage|pct\.?|per\s?cent)\s+(?:day\s+)?change|(?:day\s+)?change\s*(?:%|percentage)|%\s*(?:day\s+)?change|%\s*chg", "percent"),
    (r"(?:index|net|day|points?)\s+change|change|chg\.?", "change"),
    (r"index\s+value|last\s+(?:price|trade|value)|last|current\s+(?:price|value)|closing\s+(?:price|value|level)|close", "level"),
    (r"open(?:ing)?(?:\s+(?:price|value|level))?", "open"),
    (r"(?:day(?:'s)?\s+|intraday\s+|session\s+)?high", "high"),
    (r"(?:day(?:'s)?\s+|intraday\s+|session\s+)?low", "low"),
    (r"volume|shares\s+traded|volume\s+traded", "shares"),
    (r"value(?:\s+traded)?|turnover|traded\s+value", "value"),
    (r"(?:previous|prev\.?|prior)\s+[A-Za-z][\w&.-]*(?:\s+close)?|52[\s-]*(?:week|wk)\s+(?:high|low)|year\s+(?:high|low)"
     r"|%\s*y-?t-?d|y-?t-?d(?:\s+change)?|year[\s-]+to[\s-]+date|market\s+cap(?:itali[sz]ation)?|deals|trades|transactions"
     r"|p/e(?:\s+ratio)?|dividend\s+yield|eps|beta", "stat"),
)
_LABEL = re_pattern("|".join(f"(?P<g{i}>{pattern})" for i, (pattern, _) in enumerate(_LABELS)), re.IGNORECASE)
# Between a label and its figure: a colon or an equals sign, a direction word, a sign, a currency mark.
_BEFORE_VALUE = re_pattern(r"[ \t]*[:=]?[ \t]*(?:(?P<dir>up|down|higher|lower)[ \t]+)?(?P<sign>[+\-\u2013\u2212])?[ \t]*(?:[A-Z]{1,3}\$?|\u20a6|Rs\.?|\u20b9|\u00a3|\u20ac|\u00a5)?[ \t]*")
# After a figure, before the next label or the line's end: a unit word the figure grammar left out.
_AFTER_VALUE = re_pattern(r"[ \t]*(?:points?|pts\.?|shares|units|contracts)?[ \t,;]*")
_HINT = re_pattern(r"(?:^|\n)[ \t]*(?:[-*\u2022\u2013][ \t]+)?(?:[a-z%][a-z%/ .'-]{1,40}:|(?:index value|open|previous close|volume|market cap|turnover|last|high|low)[ \t]*(?:\n|[0-9]))")
_ASIDE = frozenset({"shares", "value", "stat"})
_DIRECTIONS = {"up": 1, "higher": 1, "down": -1, "lower": -1, "+": 1, "-": -1, "\u2013": -1, "\u2212": -1}
_LINE = re_pattern(r"(?m)^[^\n]*$")
_NAME_COLON = re_pattern(r"[ \t]*:")
_BULLET = re_pattern(r"[ \t]*(?:[-*\u2022\u2013][ \t]+)?")  # "- Volume: 211.7 million", "\u2022 Open 12.40"
_LABEL_UNIT = re_pattern(r"(?:[ \t]*\([^()\n]{1,6}\))?")
# An index's own name as a label: capitalised words before a colon, the figure in points
_INDEX_LABEL = re_pattern(r"(?P<name>[A-Z][A-Za-z0-9&.'/-]*(?:[ \t]+[A-Z0-9][A-Za-z0-9&.'/-]*){0,3})[ \t]*:[ \t]*(?=[0-9])")


class Pair(NamedTuple):
    label: str
    label_start: int
    role: str
    token: Token
    direction: int
    subject: Subject | None = None  # a name used as the label: the figure is its level


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A move, a volume and statistics per panel of label-value lines."""
    out = list(facts)
    if not _HINT.search(ctx.folded, ctx.document.body_start):
        return out
    panel: list[Pair] = []
    last_end = consumed = -1
    for line in _LINE.finditer(ctx.text, ctx.document.body_start):
        if line.start() <= consumed:
            continue  # the figure line of a label read above it
        read = _pairs(ctx, line.start(), line.end())
        if read is None:
            if line.group(0).strip():
                _emit(ctx, panel, out)
                panel = []
            continue
        pairs, consumed = read
        if panel and ctx.text.count("\n", last_end, line.start()) > 3:
            _emit(ctx, panel, out)
            panel = []
        panel += pairs
        last_end = consumed
    _emit(ctx, panel, out)
    return out


def _pairs(ctx: Context, start: int, end: int) -> tuple[list[Pair], int] | None:
    """The label-value pairs that fill a line (a label alone takes the figure alone on the next line)
    and where they end; None when anything else is written on it."""
    text = ctx.text
    position = _BULLET.match(text, start, end).end()
    pairs: list[Pair] = []
    while position < end:
        label, role, subject = _label(ctx, position, end)
        if label is None:
            return None
        gap = _BEFORE_VALUE.match(text, label[1], len(text))
        value_at = gap.end()
        if value_at >= end:  # "Open" on its line, "8,516.47" alone on the next
            below = _LINE.match(text, end + 1) if end + 1 < len(text) else None
            if below is None or not below.group(0).strip() or pairs:
                return None
            value_at = below.start() + len(below.group(0)) - len(below.group(0).lstrip())
            end = below.end()
        token = ctx.token_at(value_at)
        if token is None or token.start in ctx.claimed:
            return None
        sign = gap["dir"] or gap["sign"] or ("-" if token.quantity.negative else "")
        name = " ".join(text[label[0] : label[1]].lower().split())
        pairs.append(Pair(name, label[0], role, token, _DIRECTIONS.get(sign.lower(), 0), subject))
        position = _AFTER_VALUE.match(text, token.end, end).end()
    return (pairs, end) if pairs else None


def _label(ctx: Context, position: int, end: int) -> tuple[tuple[int, int] | None, str, Subject | None]:
    """The label at `position`: a word the vocabulary knows, or a name the lexicon knows before a
    colon ("NGX ASI: 52,369.18 points" is that index's level)."""
    text = ctx.text
    label = _LABEL.match(text, position, end)
    if label is not None and not (label.end() < end and text[label.end()].isalnum()):
        unit = _LABEL_UNIT.match(text, label.end(), end)  # "Market Cap (N):"
        return (label.start(), unit.end()), _LABELS[int(label.lastgroup[1:])][1], None
    for named in ctx.named_in(position, position + 1):
        if named.start == position and (named.entity or named.unknown) and _NAME_COLON.match(text, named.end, end):
            return (named.start, named.end), "level", ctx.resolve(named)
    name = _INDEX_LABEL.match(text, position, end)
    if name is not None:  # "NGX ASI: 52,048.85 points": a name the lexicon lacks, quoted in points
        token = ctx.token_at(name.end())
        if token is not None and token.quantity.unit == POINTS:
            return name.span("name"), "level", Subject(text=name["name"], name=name["name"], span=ctx.span(*name.span("name")))
    return None, "", None


def _emit(ctx: Context, panel: list[Pair], out: list[Fact]) -> None:
    if not panel:
        return
    named = any(p.role not in _ASIDE for p in panel)
    if len(panel) < 2 and not _colon_form(ctx, panel[0]):
        return  # one "label figure" line alone may be prose cut short; a panel is two or more
    subject = next((p.subject for p in panel if p.subject), None) or (_subject(ctx, panel[0].label_start) if named else None)
    fields: dict[str, object] = {}
    direction = 0
    for pair in panel:
        q = pair.token.quantity
        if pair.role in _ASIDE or subject is None or pair.role in fields:
            _aside(ctx, pair, out)
            continue
        if pair.role == "change" and q.unit == PERCENT:
            fields["percent"] = q
        else:
            fields[pair.role] = q
        direction = direction or pair.direction
        ctx.claimed.add(pair.token.start)
    if fields and subject is not None:
        quantities = [q for q in fields.values()]
        start = min(p.label_start for p in panel)
        end = max(q.span.end for q in quantities)  # type: ignore[attr-defined]
        out.append(Move(id="", span=ctx.span(start, end), subject=subject, direction=direction, **fields))  # type: ignore[arg-type]


def _aside(ctx: Context, pair: Pair, out: list[Fact]) -> None:
    """A label's figure that is no part of the session's move: turnover, or a statistic."""
    q = pair.token.quantity
    span = ctx.span(pair.label_start, pair.token.end)
    ctx.claimed.add(pair.token.start)
    if pair.role in ("shares", "value"):
        out.append(Volume(id="", span=span, **{pair.role: q}))
    else:
        out.append(Statistic(id="", span=span, measure=pair.label, quantity=q))


def _colon_form(ctx: Context, pair: Pair) -> bool:
    """ "Market Cap: N 26.2 trillion": a colon says the line is a label and its figure."""
    return ":" in ctx.text[pair.label_start : pair.token.start]


def _subject(ctx: Context, offset: int) -> Subject | None:
    """What a panel quotes: the index, market or company named last in the few lines above it."""
    for named in reversed(ctx.named_in(max(ctx.document.body_start, offset - 240), offset)):
        if named.entity or named.unknown:
            return ctx.resolve(named)
    return None
