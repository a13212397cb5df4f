"""The cells of a table row printed without rules: a run of figures after the row's label.

A cell is one figure as `Context.tokens` read it, with what price tables print around it: a sign
("+3¼", "—9", "– ¾"), an eighth of a cent after a whole number ("589¼", "425 3/4", "608 1-2"),
a lone fraction ("+½"), or a dash for a cell left empty. The run ends at a word or a line end.
"""
from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

import re

from ..numbers import Quantity
from .compiled import re_pattern
from .context import Context
from .quantities import Token

# Fractions a grain or metal table prints after a whole price: a glyph ("589¼"), a tape fraction
# ("425 3/4"), or a hyphenated one some wires use for the slash ("608 1-2").
_GLYPHS = {"\u00bc": Decimal("0.25"), "\u00bd": Decimal("0.5"), "\u00be": Decimal("0.75"), "\u215b": Decimal("0.125"),
           "\u215c": Decimal("0.375"), "\u215d": Decimal("0.625"), "\u215e": Decimal("0.875")}
_FRACTION_AFTER = re_pattern(r"(?P<glyph>[\u00bc-\u00be\u215b-\u215e])|[ \t](?P<num>[1357])[/-](?P<den>2|4|8)(?![0-9/-])")
_GAP = re_pattern(r"[ \t]*")
# A sign before a cell: attached ("—9", "+.23"), or apart from a lone fraction ("— ¾", "+ 3/4").
_SIGN = re_pattern(r"(?P<sign>[+\-\u2013\u2014\u2212])(?P<space>[ \t])?")
_MINUS = frozenset("-\u2013\u2014\u2212")
# An empty cell: a dash standing alone ("| - |", "1418.00 -- 1423.50"), or "unch" for no change.
_EMPTY = re_pattern(r"(?:-{1,2}|\u2013|\u2014)(?=[ \t]|$)|unch\.?(?![A-Za-z])", re.IGNORECASE | re.MULTILINE)


class Cell(NamedTuple):
    start: int
    end: int
    quantity: Quantity | None  # None for an empty cell, or a lone fraction the tokens do not hold
    tokens: tuple[Token, ...]  # the figures of the text the cell holds


def read_cells(ctx: Context, position: int, limit: int) -> tuple[list[Cell], int]:
    """The cells from `position` up to the first word, line end or `limit`, and where they end."""
    text = ctx.text
    cells: list[Cell] = []
    end = position
    while True:
        start = _GAP.match(text, end, limit).end()
        if start >= limit or text[start] == "\n":
            return cells, end
        cell = _cell(ctx, start, limit)
        if cell is None:
            return cells, end
        cells.append(cell)
        end = cell.end


def _cell(ctx: Context, start: int, limit: int) -> Cell | None:
    text = ctx.text
    token = ctx.token_at(start)  # a token may hold its own sign ("-0.32%")
    sign = None if token is not None else _SIGN.match(text, start, limit)
    body = sign.end() if sign else start
    token = token or ctx.token_at(body)
    glyph = text[body] if body < limit and text[body] in _GLYPHS else None
    if sign is not None and sign["space"] and not (glyph or (token and token.quantity.value < 1)):
        sign, token, glyph = None, None, None  # "1418.00 - 1423.50": a dash between cells, not a minus
    if token is None and glyph is None:
        empty = _EMPTY.match(text, start, limit)
        return Cell(start, empty.end(), None, ()) if empty else None
    if glyph is not None:  # a lone fraction the tokens do not read: it fills its column, with no figure
        return Cell(start, body + 1, None, ())
    negative = bool(sign and sign["sign"] in _MINUS)
    quantity, end, tokens = token.quantity, token.end, [token]
    after = _FRACTION_AFTER.match(text, end, limit) if quantity.decimals == 0 and not quantity.unit else None
    if after is not None:
        fraction = _GLYPHS[after["glyph"]] if after["glyph"] else Decimal(after["num"]) / Decimal(after["den"])
        end = after.end()
        tokens += ctx.tokens_in(token.end, end)
        decimals = max(2, -int(fraction.as_tuple().exponent))
        quantity = quantity.model_copy(update={"value": quantity.value + fraction, "decimals": decimals})
    if end != token.end or sign is not None:
        quantity = quantity.model_copy(update={"span": ctx.span(start, end), "negative": quantity.negative or negative})
    return Cell(start, end, quantity, tuple(tokens))
