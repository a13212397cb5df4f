"""Writing generated facts as text, recording the span of every figure and meaningful word.

Templates (in `templates`) are data: `{field}` slots in a sentence. A slot filled with a `Num` or a
`Word` is recorded in the ground truth at the offset where it lands, so spans are exact by construction.
"""
from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass
from decimal import Decimal

from ..numbers import format_decimal
from .templates import MONTHS
from .truth import Figure, Token

_FORMATTER = string.Formatter()


@dataclass(frozen=True)
class Num:
    """A figure to write at a precision; recorded in the ground truth under `key`."""

    key: str
    value: Decimal
    decimals: int
    unit: str

    @property
    def text(self) -> str:
        return format_decimal(abs(self.value), self.decimals)


@dataclass(frozen=True)
class Word:
    """A word or phrase that a rule reads; recorded under `key`."""

    key: str
    text: str


Slot = str | Num | Word


class Builder:
    """Accumulates text and the spans of every recorded slot as sentences are written."""

    def __init__(self, percent_word: str = " percent") -> None:
        self.percent_word = percent_word  # the `{pc}` slot: " percent", " per cent", "%" or " pct"
        self._parts: list[str] = []
        self._pos = 0
        self.figures: list[Figure] = []
        self.words: list[Token] = []

    def write(self, text: str) -> None:
        """Append literal text that carries nothing a rule reads."""
        self._parts.append(text)
        self._pos += len(text)

    def fill(self, template: str, slots: dict[str, Slot]) -> None:
        """Write a template, recording each Num and Word slot where it lands."""
        for literal, name, _spec, _conv in _FORMATTER.parse(template):
            self.write(literal)
            if name is None:
                continue
            slot = self.percent_word if name == "pc" else slots[name]
            start = self._pos
            if isinstance(slot, Num):
                text = slot.text
                self.figures.append(Figure(slot.key, start, start + len(text), text,
                                           Decimal(text.replace(",", "")), slot.decimals, slot.unit))
            elif isinstance(slot, Word):
                text = slot.text
                self.words.append(Token(slot.key, start, start + len(text), text))
            else:
                text = slot
            self.write(text)

    @property
    def text(self) -> str:
        """Everything written so far."""
        return "".join(self._parts)


def join_clauses(builder: Builder, clauses: list[tuple[str, dict[str, Slot]]], first: str, last: str) -> None:
    """Write clauses as a wire list: "A, while B, C and D"."""
    for i, (template, slots) in enumerate(clauses):
        if i == 1:
            builder.write(first)
        elif i > 1:
            builder.write(last if i == len(clauses) - 1 else ", ")
        builder.fill(template, slots)


def session_weekday(date: dt.date) -> dt.date:
    """The last weekday before a publication date: the session a morning wrap reports."""
    day = date - dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def month_name(date: dt.date, offset: int) -> str:
    """The month `offset` months from the date's month, by name."""
    return MONTHS[(date.month - 1 + offset) % 12]
