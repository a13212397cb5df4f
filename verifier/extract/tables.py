"""Tables of figures in Markdown pipes ("| Brent | 82.16 | 82.74 |"): one fact per row with a label.

Wires append tables of prices and supply; each row's figures are facts a rule can read by column.
Under a header of price columns ("| Contract | Open | High | Low | Last | Chg |") a row is a
`PriceRow`, each figure bound to its column's field; under any other header, a `TableRow`.
"""
from __future__ import annotations

from ..facts import Fact, PriceRow, TableRow
from ..numbers import Quantity
from .columns import is_price_header, role
from .compiled import re_pattern
from .context import Context
from .price_tables import named_subject

ROW = re_pattern(r"(?m)^[ \t]*\|.*\|[ \t]*$")
SEPARATOR = re_pattern(r"^[\s|:-]+$")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Every table row that holds a figure, with the headers of its table."""
    out = list(facts)
    text = ctx.text
    if "|" not in text:
        return out
    headers: tuple[str, ...] = ()
    previous_end = -2
    for row in ROW.finditer(text, ctx.document.body_start):
        line = row.group(0)
        if row.start() > previous_end + 1:
            headers = ()  # a new table begins
        previous_end = row.end()
        if SEPARATOR.fullmatch(line):
            continue
        cells: list[tuple[int, int]] = []
        position = row.start() + line.index("|") + 1
        for part in line.strip().strip("|").split("|"):
            start = text.index(part, position) if part else position
            cells.append((start, start + len(part)))
            position = start + len(part) + 1
        labels = [text[s:e].strip() for s, e in cells]
        values: list[Quantity | None] = []
        for s, e in cells[1:]:
            token = next((t for t in ctx.tokens_in(s, e) if t.start not in ctx.claimed), None)
            values.append(token.quantity if token else None)
            for t in ctx.tokens_in(s, e):
                ctx.claimed.add(t.start)
        if not headers and not any(values):
            headers = tuple(labels)
            continue
        if not any(values):
            continue
        span = ctx.span(row.start(), row.end())
        roles = _price_roles(headers)
        if roles:
            figures = {name: value for name, value in zip(roles, values) if name and value is not None}
            start = cells[0][0] + (len(text[slice(*cells[0])]) - len(text[slice(*cells[0])].lstrip()))
            subject = named_subject(ctx, labels[0], start, start + len(labels[0]))
            out.append(PriceRow(id="", span=span, subject=subject, label=labels[0], **figures))
            continue
        out.append(TableRow(id="", span=span, label=labels[0], headers=headers, cells=tuple(values)))
    return out


def _price_roles(headers: tuple[str, ...]) -> tuple[str | None, ...]:
    """The PriceRow field of each column after the label, when the header names a price table."""
    roles = tuple(role(h) for h in headers[1:])
    if any(r is False for r in roles) or not is_price_header(roles):  # type: ignore[arg-type]
        return ()
    return roles  # type: ignore[return-value]
