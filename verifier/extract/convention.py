"""The number convention of one article, read from its own figures before any is read as a value.

English copy writes "1,234.56"; continental copy "1.234,56" and "0,75"; South African and French-style
copy groups thousands with spaces ("54 638 points"); AP futures tapes print eighths with a dash after
the price ("608 1-2"). Each is valid where it is the article's convention, so the figures are read in
the convention the body shows most, and a figure in the other one is a mixed format, not a number
of this one. Knows no facts; `Context` reads the mentions and `malformed.scan` with the result.
"""
from __future__ import annotations

from typing import NamedTuple

from .compiled import re_pattern
from .patterns import DASH_FRACTION, digits_grammar

# Figures only one convention allows: a point decimal of one or two places or after comma groups
# ("0.87", "1,374.16"), against a comma decimal ("0,75", "1.234,56"). Three places after either mark
# ("98.614", "1,250") are left out: they read as a decimal in one convention and a group in the other.
_POINT_DECIMAL = re_pattern(r"(?=[0-9])(?<![0-9.,])(?:[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+|[0-9]+\.[0-9]{1,2})(?![0-9:]|[.,][0-9])")
_COMMA_DECIMAL = re_pattern(r"(?=[0-9])(?<![0-9.,])(?:[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+|[0-9]+,[0-9]{1,2})(?![0-9:]|[.,][0-9])")
# "60 059 points", "R60 000", "$1 250": thousands grouped with a space, shown to be one figure by a
# unit or a currency sign beside it (a bare "434 441" is as often two figures of a table row)
_SPACE_GROUPED = re_pattern(
    r"(?=[$€£R0-9])(?<![0-9.,])(?P<sign>[$€£R] ?)?[0-9]{1,3}(?: [0-9]{3})+(?![0-9]|[.,][0-9]{3})(?:[.,][0-9]+)?"
    r"(?P<unit> ?(?:points?|pts|shares|contracts|rand|euros?|dollars?|barrels|ounces|tonnes)\b)?"
)
COMMA_GROUPED = re_pattern(r"(?=[0-9])(?<![0-9.,])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9]|,[0-9])")
# "Dec 712 1-2 Mar 719 1-4": a price, a space, a dash fraction; several make a tape (led by the
# fraction's first digit, which keeps the scan off every other number)
_DASH_FRACTIONS = re_pattern(rf"(?=[1357]-[248])(?<=[0-9] ){DASH_FRACTION}")
_TAPE_EVIDENCE = 3


class Convention(NamedTuple):
    """How one article writes its figures."""

    decimal_mark: str = "."
    grouping: str = ","  # "." beside the decimal comma; " " for "54 638"
    dash_fractions: bool = False

    @property
    def digits(self) -> str:
        """The digit grammar of this convention (see `patterns.digits_grammar`)."""
        return digits_grammar(self.decimal_mark, self.grouping)

    @property
    def other_mark(self) -> str:
        return "," if self.decimal_mark == "." else "."


ENGLISH = Convention()


def read_convention(text: str, start: int, end: int) -> Convention:
    """The convention the body's own figures show; English unless they show another one more often."""
    comma_decimals = sum(1 for _ in _COMMA_DECIMAL.finditer(text, start, end))
    decimal_mark = "."
    if comma_decimals:
        # comma-grouped integers ("12,345") count for English too: read with a decimal comma they would
        # all turn into decimals, so one stray "31,88" in an English wrap must not outvote them
        points = sum(1 for _ in _POINT_DECIMAL.finditer(text, start, end)) + sum(1 for _ in COMMA_GROUPED.finditer(text, start, end))
        decimal_mark = "," if comma_decimals > points else "."
    grouping = "." if decimal_mark == "," else ","
    if (decimal_mark == "," or not COMMA_GROUPED.search(text, start, end)) and _space_grouped(text, start, end):
        grouping = " "
    dashes = False
    if "-" in text:
        found = 0
        for _ in _DASH_FRACTIONS.finditer(text, start, end):
            found += 1
            if found >= _TAPE_EVIDENCE:
                dashes = True
                break
    if (decimal_mark, grouping, dashes) == (".", ",", False):
        return ENGLISH
    return Convention(decimal_mark, grouping, dashes)


def example_figure(text: str, start: int, end: int, convention: Convention) -> str:
    """The first figure of the body that only its own convention allows ("7,925.38", "0,75"), or ""."""
    own = _POINT_DECIMAL if convention.decimal_mark == "." else _COMMA_DECIMAL
    m = own.search(text, start, end)
    return m.group(0) if m else ""


def _space_grouped(text: str, start: int, end: int) -> bool:
    """Some figure groups thousands with a space, and a unit or a currency sign shows it is one figure."""
    return any(m["sign"] or m["unit"] for m in _SPACE_GROUPED.finditer(text, start, end))
