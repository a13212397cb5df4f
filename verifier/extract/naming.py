"""Names in running text, as `Context` reads them: whether a capitalised word with a number is a name
("FTSE 100", "Nikkei 225") or a figure, where a name goes on, and the cities and bare tickers that name
a market. Helpers of context.py, kept apart so the context stays one reader of a document.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from .compiled import re_pattern
from .patterns import NAME_NUMBER_AFTER, NAME_NUMBER_BEFORE, NAME_NUMBER_SHAPE, NAME_NUMBER_WORD, ORDINAL_NOT_RUN

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from .context import Named


_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "ST", "ND", "RD", "TH"})


def is_figure(text: str, start: int, end: int, lexicon: "Lexicon") -> bool:
    """False for a number that names or ranks rather than measures: "Phillips 66", "its 33rd record"."""
    if text[end : end + 2] in _ORDINAL_SUFFIXES and ORDINAL_NOT_RUN.match(text, end):
        return False
    return not _name_number(text, start, end, lexicon)


def _name_number(text: str, start: int, end: int, lexicon: "Lexicon") -> bool:
    """A number that is part of a name ("Phillips 66", "SPI 200 Fut", "SP-15"): see `NAME_NUMBER_BEFORE`."""
    if end - start > 3 or not NAME_NUMBER_SHAPE.fullmatch(text, start, end):
        return False
    before = NAME_NUMBER_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    word = before["word"]
    if word is not None and (NAME_NUMBER_WORD.fullmatch(word) or (not before["the"] and lexicon.verb(word) is not None)):
        return False
    return NAME_NUMBER_AFTER.match(text, end) is not None


_SAME_NAME_GAP = frozenset(" \t")
# A company's name that goes on past a known alias: "Hyundai| Mobis", "Alibaba| Health Info". Not a
# corporate suffix ("Sony Group", "Toyota Motor Corp") nor a day or month ("Toyota Monday said").
NAME_GOES_ON = re_pattern(r" (?P<word>[A-Z][a-z]+)(?: [A-Z][a-z]+)*\b(?![.'\u2019-])")
NAME_SUFFIXES = frozenset(
    "Group Corp Corporation Co Company Inc Incorporated Ltd Limited Holdings Holding Plc Bhd Berhad Tbk AG SA NV SE "
    "Motor Motors Bank Electronics Financial Industries Industry Energy International Technology Technologies Pharma "
    "Pharmaceutical Pharmaceuticals Chemical Chemicals Steel Telecom Airlines Resources Properties Capital Securities "
    "Insurance Life Shares Stock Stocks Shareholders Chairman Chief Monday Tuesday Wednesday Thursday Friday Saturday "
    "Sunday January February March April May June July August September October November December".split()
)
# A market the lexicon does not know, named as the subject of a session verb: "The TSE finished
# sharply higher", "The PSEi closed". Read so that a later "the index" binds to it (and to nothing
# named before it); an all-capitals name after "The" is an exchange or index, rarely a company.
PLACES = frozenset({"US", "USA", "UK", "EU", "UAE"})  # "Stocks in the US advanced": the country, not an exchange
UNKNOWN_MARKET = re_pattern(r"(?<![A-Za-z])[Tt]he (?P<name>[A-Z]{2,6}[a-z]?)(?![A-Za-z&'-]) (?P<next>[a-z]+)\b")
LIST_HEADING = re_pattern(r"\b(?:[Aa]mong|[Ii]n|[Ff]or|[Ww]ithin)\s+(?:the\s+)?$")


_CITY_PATTERNS: dict[int, tuple["Lexicon", dict, "re.Pattern[str] | None"]] = {}


PLACE_BEFORE = re_pattern(r"\b(?:in|at|from|to|of|across|around|on|near|into|throughout|outside)\s+$", re.IGNORECASE)
# The city's verb goes on to a figure or a direction: "Doha lost over 1 percent", "Karachi closed higher"
MOVE_AFTER = re_pattern(r"[^.;:\n]{0,30}?(?:[0-9]|\b(?:higher|lower|up|down|flat|unchanged|steady|firmer|weaker)\b)", re.IGNORECASE)


def city_markets(lexicon: "Lexicon") -> tuple[dict, "re.Pattern[str] | None"]:
    """The cities of the lexicon's main indexes, and a pattern for one followed by a word: built once per
    lexicon (kept with it, so the id cannot be reused while cached)."""
    cached = _CITY_PATTERNS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cities = {city: e for e in lexicon.entities.values() if e.main for city in e.cities}
        names = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cities, key=len, reverse=True))
        # "Doha lost", "Karachi also closed": a city as the subject of a verb (an adverb may stand between)
        pattern = re.compile(rf"(?<![\w&.'-])(?P<city>{names})\s+(?:(?:also|further|then)\s+)?(?P<next>[a-z]+)\b") if names else None
        cached = _CITY_PATTERNS[id(lexicon)] = (lexicon, cities, pattern)
    return cached[1], cached[2]


def adjacent(text: str, end: int, start: int) -> bool:
    """Two aliases with only spaces between them: "FTSE Bursa Malaysia", one name, not two subjects."""
    return 0 < start - end <= 2 and _SAME_NAME_GAP.issuperset(text[end:start])


def one_name(text: str, first: Named, second: Named) -> Named:
    """The name spanning both aliases, naming what the longer (more specific) alias names."""
    chosen = second if len(second.text) >= len(first.text) else first
    return chosen._replace(start=first.start, end=second.end, text=text[first.start : second.end])


def identity(named: Named) -> str:
    """What a name names: its lexicon entity, else its text."""
    return named.entity or named.text


def one_spaced(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def disjoint(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ranges with overlaps merged."""
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def outside(spans: list[tuple[int, int]], ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside any range; ranges sorted and disjoint, so one bisect per span."""
    starts = [s for s, _ in ranges]
    kept = []
    for start, end in spans:
        i = bisect_right(starts, start) - 1
        if i < 0 or end > ranges[i][1]:
            kept.append((start, end))
    return kept


def overlaps(start: int, end: int, ranges: list[tuple[int, int]], starts: list[int] | None = None) -> bool:
    """Whether [start, end) overlaps one of the ranges (sorted by start when `starts` is given)."""
    if starts is None:
        return any(start < e and s < end for s, e in ranges)
    i = bisect_left(starts, end) - 1
    while i >= 0:
        s, e = ranges[i]
        if e > start:
            return True
        if e <= start and s < start - 200:  # ranges are short: nothing earlier can reach this far
            return False
        i -= 1
    return False
