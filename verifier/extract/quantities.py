"""Figures as written -> Quantity: "1,374.16", "$31.574 billion", "a quarter of a percent".

Reads the number grammar of `patterns.QUANTITY`; decimals are as reported, units as numbers.py names
them. Knows nothing of what a figure is about; the extractors give it a role.
"""
from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

import re

from ..numbers import Qualifier, Quantity, Scale, parse_decimal
from ..spans import LineIndex
from .compiled import re_pattern
from .patterns import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    FRACTION_WORDS,
    QUALIFIER_WORDS,
    BEFORE_FIGURE,
    QUANTITY,
    SCALE_WORDS,
    TENS_WORDS,
    UNIT_WORDS,
    UNITS_WORDS,
    VULGAR_FRACTIONS,
)

_SPACES = re_pattern(r"\s+")
_UNIT_GAPS = re_pattern(r"[\s-]+")  # "basis-point" names what "basis point" names
_CURRENCY_WORDS = {word.lower(): unit for word, unit in CURRENCY_WORDS.items()}


class Token(NamedTuple):
    """One figure in the text: absolute offsets and the quantity read from it."""

    start: int
    end: int
    quantity: Quantity


def spelled_value(word: str) -> int:
    """'twenty-five' -> 25, 'ten' -> 10."""
    total = 0
    for part in word.lower().split("-"):
        total += TENS_WORDS.get(part, 0) + UNITS_WORDS.get(part, 0)
    return total


def _unit(match: re.Match, before: re.Match | None) -> str:
    unit = match["unit"] or match["bunit"] or match["wunit"] or match["funit"]
    if unit:
        return UNIT_WORDS.get(_UNIT_GAPS.sub(" ", unit.lower()), "percent" if "cent" in unit.lower() else "points")
    if before is not None and before["cur"]:
        return CURRENCY_PREFIXES[before["cur"]]
    if before is not None and before["peso"]:
        return "PHP"
    if before is not None and before["naira"]:
        return "NGN"
    word = match["curword"] or match["wcurword"]
    return _CURRENCY_WORDS[" ".join(word.lower().split())] if word else ""


def _scale(match: re.Match) -> Scale:
    word = match["scale"] or match["wscale"]
    if not word:
        return Scale.ONE
    name = SCALE_WORDS[" ".join(word.lower().split())]  # "lakh  crore" across a line break
    return Scale(name) if name in Scale.__members__.values() else Scale.ONE


def _exact(value: Decimal) -> tuple[Decimal, int]:
    """A fraction's value at the precision it is exact to: 39 1/4 -> 39.25, 594 1/2 -> 594.5."""
    return parse_decimal(str(value.normalize()) if value != value.to_integral() else str(int(value)))


def _value(match: re.Match, decimal_mark: str) -> tuple[Decimal, int]:
    if match["tape"] or match["dtape"]:
        numerator, denominator = (match["tape"] or "").split("/") if match["tape"] else match["dtape"].split("-")
        whole = match["whole"] or match["dwhole"] or 0
        return _exact(Decimal(int(whole)) + Decimal(int(numerator)) / Decimal(int(denominator)))
    if match["lone"]:
        return _exact(Decimal(VULGAR_FRACTIONS[match["lone"]]))
    if match["num"] and match["vulgar"]:
        return _exact(parse_decimal(match["num"], decimal_mark)[0] + Decimal(VULGAR_FRACTIONS[match["vulgar"]]))
    if match["num"]:
        return parse_decimal(match["num"], decimal_mark)
    if match["bfrac"]:
        whole = match["bint"] or "0"
        integer = int(whole) if whole.isdigit() else spelled_value(whole)
        return parse_decimal(f"{integer}.{match['bfrac']}")
    if match["frac"]:
        return parse_decimal(FRACTION_WORDS[match["frac"].lower()])
    return Decimal(spelled_value(match["word"])), 0


# The last word before a number that can begin a qualifier or a currency ("more than", "close to",
# "USD 598"); only then is the costlier BEFORE_FIGURE search run (it was 1 ms of every 2 KB article).
_LAST_WORDS = frozenset(
    {w.split()[-1] for w in QUALIFIER_WORDS}
    | {p.strip().lower() for p in CURRENCY_PREFIXES if p.strip().isalpha()}
    | {"a", "one", "minus"}
)


# "edged up to 4.21%", "crept up to 12.60": after a verb of moving, "up to" is the verb's direction and
# its target, never the cap of "gains of up to 5%".
_VERB_UP_TO = re_pattern(r"\b(?:[a-z]+(?:ed|ing)|rose|went|crept|shot|goes|moves|edges|inches|ticks|creeps|climbs|jumps)\s+up\s+to(?=\s+\D{0,4}$)", re.IGNORECASE)


def _before(text: str, position: int) -> re.Match | None:
    """What stands before the number at `position`: qualifier, sign, currency, article."""
    previous = text[position - 1 : position]
    if previous.isspace():
        word = text[max(0, position - 16) : position].rsplit(None, 1)[-1:]
        if not word or word[0].lower().strip("$").lstrip("([") not in _LAST_WORDS and not word[0].endswith("$"):
            return None
    elif previous.isdigit() or previous in ".,(":
        return None
    return BEFORE_FIGURE.search(text, max(0, position - 24), position)


def read_quantities(text: str, mentions: list[tuple[int, int]], lines: LineIndex,
                    grammar: re.Pattern[str] = QUANTITY, decimal_mark: str = ".") -> list[Token]:
    """The figure at each numeric mention (start, end), with what stands before and after it; `grammar`
    and `decimal_mark` are the article's number convention (see convention.py)."""
    out: list[Token] = []
    last_end = -1
    for position, _ in mentions:
        if position < last_end:
            continue  # "27" of "nine-point-27 points"
        match = grammar.match(text, position)
        if match is None:
            continue
        if match["word"] and not (match["wunit"] or match["wcurword"] or match["wscale"]):
            continue  # "ten months": a count, not a quantity
        before = _before(text, position)
        if before is not None and before["article"] and not match["frac"]:
            before = None  # "a 0.76% gain": the article belongs to the noun, not the figure
        if (match["num"] or match["tape"] or match["dtape"]) and not (before is not None and before["cur"]) and text[position - 1 : position] in ("/", ":", "$"):
            continue  # a date or a time, or a currency this grammar does not know
        qual = before["qual"] if before is not None else None
        verb_up_to = _VERB_UP_TO.search(text, max(0, position - 30), position) if qual and qual[:2].lower() == "up" else None
        if verb_up_to is not None:  # read again what stands after "up to": a currency, a sign
            before = BEFORE_FIGURE.search(text, verb_up_to.end(), position)
            qual = None
        start = before.start() if before is not None and before.group(0).strip() else position
        value, decimals = _value(match, decimal_mark)
        quantity = Quantity(
            value=value,
            decimals=decimals,
            unit=_unit(match, before),
            scale=_scale(match),
            qualifier=Qualifier(QUALIFIER_WORDS[_SPACES.sub(" ", qual.lower())]) if qual else Qualifier.EXACT,
            negative=bool(before is not None and before["neg"]),
            span=lines.span(start, match.end()),
        )
        out.append(Token(start, match.end(), quantity))
        last_end = match.end()
    return out
