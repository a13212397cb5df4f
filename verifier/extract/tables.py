"""Tables of figures in Markdown pipes ("| Henry Hub | 3.49 | 3.52 |"): one fact per row with a label.

Wires append tables of prices and supply; each row's figures are facts a rule can read by column.
"""
from __future__ import annotations

import regex

from ..facts import Fact, TableRow
from ..numbers import Quantity
from .context import Context

ROW = regex.compile(r"(?m)^[ \t]*\|.*\|[ \t]*$")
SEPARATOR = regex.compile(r"^[\s|:-]+$")


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
        out.append(TableRow(id="", span=ctx.span(row.start(), row.end()), label=labels[0], headers=headers, cells=tuple(values)))
    return out
