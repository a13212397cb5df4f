"""Futures tapes as the wires print them: a contract month, then its prices and change, row after row
("Dec 642¼ 648½ 637½ 641 —5 Mar 655½ 660 649 653¾ —4½", or one row a line under "Open High Low
Settle Chg."). One TableRow per contract month, its cells in the order printed and the column
names when a header precedes the rows, so a tape's figures are read as prices rather than as dates
("2 Mar") or bare statistics. Read only where several rows stand together.
"""
from __future__ import annotations

import re

from ..facts import Fact, TableRow
from .compiled import re_pattern
from .context import Context
from .quantities import Token

_MONTH = re_pattern(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b(?=[ \t]+[+\-\u2013\u2014\u2212]?[0-9]|[ \t]+[\u00bc\u00bd\u00be])")
_GAP = re_pattern(r"[ \t]*(?:[+\-\u2013\u2014\u2212][ \t]*)?")  # what may stand between two cells: space, a sign
# column names, spaced or run together as some feeds print them ("OpenHighLowLastChg.")
_HEADER = re_pattern(r"(?:(?<![A-Za-z])|(?<=[a-z]))(Open|High|Low|Settle|Last|Close|Chg)(?![a-z])")
_MINUS = re_pattern(r"[-\u2013\u2014\u2212]")
_SECTION = re_pattern(r"\b[A-Z]{3,}(?:[ \t][A-Z]{3,})*\b")
_MIN_ROWS = 3
_MAX_CELLS = 6


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A TableRow per contract month, for runs of at least three rows printed back to back."""
    text, start = ctx.text, ctx.document.body_start
    if not _MONTH.search(text, start):
        return facts
    out = list(facts)
    previous_end = start
    headers: tuple[str, ...] = ()
    section = ""
    for run in _runs(ctx, [row for row in (_row(ctx, m) for m in _MONTH.finditer(text, start)) if row is not None]):
        for month_start, month, cells in run:
            before = text[previous_end:month_start]
            found = _HEADER.findall(before)
            if len(found) >= 2 or (found and found[0] == "Settle"):
                headers = tuple(found)
            names = _SECTION.findall(before)
            if names:
                section = names[-1]
            label = f"{section} {month}" if section else month
            previous_end = cells[-1].end
            ctx.claim(month_start, previous_end)
            out.append(TableRow(id="", span=ctx.span(month_start, previous_end), label=label, headers=headers,
                                cells=tuple(t.quantity for t in cells)))
    return out


Row = tuple[int, str, list[Token]]


def _runs(ctx: Context, rows: list[Row]) -> list[list[Row]]:
    """Rows printed back to back (only spaces or line breaks between one and the next), three or more."""
    runs: list[list[Row]] = []
    for row in rows:
        if runs and not ctx.text[runs[-1][-1][2][-1].end : row[0]].strip():
            runs[-1].append(row)
        else:
            runs.append([row])
    return [run for run in runs if len(run) >= _MIN_ROWS]


def _row(ctx: Context, month: re.Match) -> Row | None:
    """The month and the unclaimed figures that follow it with nothing but spaces and signs between."""
    cells: list[Token] = []
    position = month.end()
    text = ctx.text
    while len(cells) < _MAX_CELLS:
        gap = _GAP.match(text, position)
        token = ctx.token_at(gap.end()) if gap else None
        if token is None or token.start in ctx.claimed or token.quantity.unit not in ("", "cents", "USD"):
            break
        if _MINUS.search(text, position, gap.end()):  # "\u20149", "-9.80": a fall printed with a dash
            token = token._replace(quantity=token.quantity.model_copy(update={"negative": True}))
        cells.append(token)
        position = token.end
    return (month.start(), month.group(0), cells) if cells else None
