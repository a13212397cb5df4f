"""Quantities as reported, and the interval of true values each one stands for.

A reported figure is a rounded reading: "2.20" stands for [2.195, 2.205], "3 percent" for
[2.5, 3.5], "more than 1,600" for (1600, inf). Checks compare intervals, so rounding never raises
a false alarm and a slip larger than the rounding is never excused (statcheck's idea). This module
knows nothing of facts, rules or the phrasings of the text.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext
from enum import StrEnum
from typing import Union

from pydantic import BaseModel, ConfigDict

from .spans import Span

INF = Decimal("Infinity")
ZERO = Decimal(0)
HUNDRED = Decimal(100)


class Qualifier(StrEnum):
    EXACT = "exact"
    ABOUT = "about"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    NEARLY = "nearly"


class Scale(StrEnum):
    ONE = "one"
    THOUSAND = "thousand"
    HUNDRED_THOUSAND = "hundred_thousand"  # lakh: "Rs 5 lakh"
    MILLION = "million"
    TEN_MILLION = "ten_million"  # crore: "Rs 13,718 crore"
    BILLION = "billion"
    TRILLION = "trillion"


SCALE_FACTORS: dict[Scale, Decimal] = {
    Scale.ONE: Decimal(1),
    Scale.THOUSAND: Decimal(10) ** 3,
    Scale.HUNDRED_THOUSAND: Decimal(10) ** 5,
    Scale.MILLION: Decimal(10) ** 6,
    Scale.TEN_MILLION: Decimal(10) ** 7,
    Scale.BILLION: Decimal(10) ** 9,
    Scale.TRILLION: Decimal(10) ** 12,
}

# Units are plain strings so that lexicon data can add currencies without code:
# "points", "percent", "percentage_points", "basis_points", "shares", "" (a bare number),
# or an ISO-like currency code ("USD", "JPY", "TWD", "KRW", ...).
POINTS = "points"
PERCENT = "percent"
PERCENTAGE_POINTS = "percentage_points"
BASIS_POINTS = "basis_points"

# How far "about" and "nearly" may stray from the true value, as a fraction of it.
APPROXIMATION = Decimal("0.1")


def parse_decimal(digits: str, decimal_mark: str = ".") -> tuple[Decimal, int]:
    """'1,418.56' -> (Decimal('1418.56'), 2). Grouping marks are dropped (the caller checks them):
    commas and spaces, or with `decimal_mark` "," the points and spaces of '1.234,56' -> 1234.56."""
    if decimal_mark == ",":
        cleaned = digits.replace(".", "").replace(" ", "").replace(",", ".")
    else:
        cleaned = digits.replace(",", "").replace(" ", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the grammar only passes digits
        raise ValueError(f"not a number: {digits!r}") from exc
    exponent = value.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return value, decimals


def format_decimal(value: Decimal | float, decimals: int, grouping: bool = True) -> str:
    """Format at a reported precision, with thousands separators as wires write them.

    Never raises: the precision grows with the figure (a 30-digit figure overflowed the default 28
    digits), and an unbounded value is written as such.
    """
    value = Decimal(value)
    decimals = max(decimals, 0)
    if not value.is_finite():
        return str(value)
    with localcontext() as context:
        context.prec = max(context.prec, value.adjusted() + decimals + 2)
        rounded = value.quantize(Decimal(1).scaleb(-decimals))
    return f"{rounded:,.{decimals}f}" if grouping else f"{rounded:.{decimals}f}"


class Interval:
    """A closed-or-open interval of Decimals with 'possibly' comparisons.

    `a <= b` is True when some value of `a` is <= some value of `b`; `a == b` when they overlap.
    A rule's check therefore fails only when no reading of the rounded figures satisfies it.
    Arithmetic is the usual interval arithmetic (it can only widen, never excuse less).
    """

    __slots__ = ("lo", "hi", "lo_open", "hi_open")
    __hash__ = None  # type: ignore[assignment]  # equality means overlap, so no hashing

    def __init__(self, lo: Decimal, hi: Decimal, lo_open: bool = False, hi_open: bool = False):
        self.lo = lo
        self.hi = hi
        self.lo_open = lo_open
        self.hi_open = hi_open

    @classmethod
    def point(cls, value: Decimal | int | float) -> "Interval":
        v = value if isinstance(value, Decimal) else Decimal(str(value))
        return cls(v, v)

    @property
    def mid(self) -> Decimal:
        if self.lo.is_infinite():
            return self.hi
        if self.hi.is_infinite():
            return self.lo
        return (self.lo + self.hi) / 2

    def __repr__(self) -> str:
        left = "(" if self.lo_open else "["
        right = ")" if self.hi_open else "]"
        return f"{left}{self.lo}, {self.hi}{right}"

    # arithmetic -------------------------------------------------------------------------
    def __neg__(self) -> "Interval":
        return Interval(-self.hi, -self.lo, self.hi_open, self.lo_open)

    def __add__(self, other: Operand) -> "Interval":
        o = as_interval(other)
        return Interval(self.lo + o.lo, self.hi + o.hi, self.lo_open or o.lo_open, self.hi_open or o.hi_open)

    __radd__ = __add__

    def __sub__(self, other: Operand) -> "Interval":
        o = as_interval(other)
        return Interval(self.lo - o.hi, self.hi - o.lo, self.lo_open or o.hi_open, self.hi_open or o.lo_open)

    def __rsub__(self, other: Operand) -> "Interval":
        return as_interval(other) - self

    def __mul__(self, other: Operand) -> "Interval":
        o = as_interval(other)
        return _corners(self, o, _mul)

    __rmul__ = __mul__

    def __truediv__(self, other: Operand) -> "Interval":
        o = as_interval(other)
        if o.lo <= 0 <= o.hi:
            return Interval(-INF, INF, True, True)
        return _corners(self, o, lambda a, b: a / b)

    def __rtruediv__(self, other: Operand) -> "Interval":
        return as_interval(other) / self

    # 'possibly' comparisons --------------------------------------------------------------
    def __lt__(self, other: Operand) -> bool:
        o = as_interval(other)
        return self.lo < o.hi

    def __le__(self, other: Operand) -> bool:
        o = as_interval(other)
        return self.lo < o.hi or (self.lo == o.hi and not self.lo_open and not o.hi_open)

    def __gt__(self, other: Operand) -> bool:
        return as_interval(other) < self

    def __ge__(self, other: Operand) -> bool:
        return as_interval(other) <= self

    def __eq__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, (Interval, Decimal, int, float)):
            return NotImplemented
        o = as_interval(other)
        return self <= o and o <= self

    def __ne__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, (Interval, Decimal, int, float)):
            return NotImplemented
        o = as_interval(other)
        single = self.lo == self.hi == o.lo == o.hi
        return not single

    def contains(self, value: Decimal) -> bool:
        above = value > self.lo or (value == self.lo and not self.lo_open)
        below = value < self.hi or (value == self.hi and not self.hi_open)
        return above and below

    def width(self) -> Decimal:
        return self.hi - self.lo


Operand = Union[Interval, Decimal, int, float]


def as_interval(value: Operand) -> Interval:
    return value if isinstance(value, Interval) else Interval.point(value)


def _mul(a: Decimal, b: Decimal) -> Decimal:
    # inf * 0 is undefined; the bounded factor wins (0 times anything stays 0).
    if (a.is_infinite() and b == 0) or (b.is_infinite() and a == 0):
        return ZERO
    return a * b


def _corners(a: Interval, b: Interval, op) -> Interval:
    products = [op(a.lo, b.lo), op(a.lo, b.hi), op(a.hi, b.lo), op(a.hi, b.hi)]
    # Closed bounds: never narrower than the true set, so a check cannot fire on rounding alone.
    return Interval(min(products), max(products))


class Quantity(BaseModel):
    """One figure as reported: value as written, its precision, unit, scale and qualifier."""

    model_config = ConfigDict(frozen=True)

    value: Decimal
    decimals: int = 0
    unit: str = ""
    scale: Scale = Scale.ONE
    qualifier: Qualifier = Qualifier.EXACT
    negative: bool = False
    span: Span

    @property
    def magnitude(self) -> Decimal:
        """The value in base units: 31.574 billion -> 31574000000."""
        signed = -self.value if self.negative else self.value
        return signed * SCALE_FACTORS[self.scale]

    def interval(self) -> Interval:
        """Every true value this reported figure can stand for."""
        factor = SCALE_FACTORS[self.scale]
        value = -self.value if self.negative else self.value
        half = Decimal(5).scaleb(-(self.decimals + 1))
        lo, hi = (value - half) * factor, (value + half) * factor
        exact = value * factor
        q = self.qualifier
        if q is Qualifier.EXACT:
            return Interval(lo, hi)
        if q is Qualifier.ABOUT:
            slack = abs(exact) * APPROXIMATION
            return Interval(min(lo, exact - slack), max(hi, exact + slack))
        if q is Qualifier.NEARLY:
            return Interval(min(lo, exact - abs(exact) * APPROXIMATION), hi)
        if q is Qualifier.MORE_THAN:
            return Interval(exact, INF, True, True)
        if q is Qualifier.AT_LEAST:
            return Interval(lo, INF, False, True)
        if q is Qualifier.LESS_THAN:
            return Interval(-INF if value < 0 else min(ZERO, exact), exact, True, True)
        return Interval(-INF if value < 0 else min(ZERO, exact), hi, True, False)

    def __str__(self) -> str:
        return self.span.text
