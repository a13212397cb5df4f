"""Figures written so that no reading of them is safe: split by a stray space, grouped as no
convention allows, written in the convention the article does not use, given two units at once, or
given a scale they cannot have (written out with "million" on top, a count of deals with a fraction).

Scanned on the raw body before figures are read, so that `Context` can keep every part of such a
figure from serving as a figure of its own ("31, 847.26" is no high of 31, "1. 47 percent" no
62 percent) while the whole still counts as bound through its NumberFormat fact. Patterns are
written with <D> for the article's decimal mark and <G> for its grouping mark, so one grammar serves
"1,234.56" copy and "1.234,56" copy alike.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

import regex

from .convention import Convention
from .patterns import CURRENCY_WORDS, SCALE_WORDS, UNIT_WORDS

# Each pattern starts at a digit not preceded by a digit or a mark, so it never matches inside a
# well-formed figure; the tails refuse to stop in the middle of a longer one.
_START = r"(?<![0-9.,])"
_END = r"(?![0-9]|[.,][0-9])"
# What may follow a level: a unit, punctuation, or the next clause ("to 7,342. 18 while the Dow").
_AFTER = r"(?=\s*(?:points?\b|percent|per\s+cent|%|[,;:)]|\.(?![0-9])|$)|\s+(?:after|while|and|on|in|with|as|before|by)\b)"
# A unit, scale or currency word right after a figure: "1. 62 percent", "96. 06 billion", "177. 40 HK dollars"
_UNIT_WORDS = sorted(
    {*(re.escape(w).replace(r"\ ", r"\s+") for w in UNIT_WORDS if w != "%"),
     *(w for w in SCALE_WORDS if len(w) > 2), *(re.escape(w).replace(r"\ ", r"\s+") for w in CURRENCY_WORDS)},
    key=len, reverse=True,
)
_UNIT_AFTER = rf"(?=%|\s(?:[A-Z]{{2,3}}\s)?(?:{'|'.join(_UNIT_WORDS)})\b)"
# A currency sign, or a letter code glued to the figure ("R268.50" rand, "RM4.07", "US$1.38")
_MONEY = r"(?:(?<![A-Za-z])(?:[A-Z]{1,3})?\$|[€£¥₹₩₱]|(?<![A-Za-z.])(?:R|RM|Rs\.?|Rp)(?=\s?[0-9]))"

# An amount glued to a currency sign or code: "IDR99", "$4", "K58"
_GLUED_MONEY = r"(?:(?<=[$€£¥₹₩₱])|(?<=(?<![A-Za-z])[A-Z])|(?<=(?<![A-Za-z])[A-Z]{2})|(?<=(?<![A-Za-z])[A-Z]{3}))"
# The clause ends right after: "N424. 62, which", "66. 80."
_CLAUSE_END = r"(?=[.,;:](?![0-9])|\s*$)"
# One lowercase word that is no verb, then the clause ends: "7 mylar." (a sentence "7 rose." has a verb)
_LONE_WORD = r"(?=\s(?!(?:rose|fell|were|was|are|is|rise|fall|lost|won|led|saw|shed|hit|sank|slid|grew|[a-z]+ed)\b)[a-z]+(?:[.,;:]|\s*$))"

_PATTERNS: tuple[tuple[str, str], ...] = (
    # The other convention's figures: "5.362,81" or "10,06" in "1,234.56" copy (and the reverse)
    # (not a clock time glued to a date: "Mar 14, 2021,09:37")
    ("other_convention",
     rf"{_START}(?:[0-9]{{1,3}}(?:<O>[0-9]{{3}})+<OD>[0-9]+|[0-9]+<OD>[0-9]{{1,2}}|[0-9]{{1,3}}(?:<O>[0-9]{{3}}){{2,}}){_END}(?!:)"),
    # "13,6254.19", "57,2943.08", "1,234,56", "57,24.6": a group that is not three digits long
    ("bad_group",
     rf"{_START}[0-9]{{1,3}}(?:(?:<G>[0-9]{{3}})*<G>[0-9]{{4,}}|(?:<G>[0-9]{{3}})+<G>[0-9]{{1,2}}|<G>[0-9]{{1,2}}(?=<D>[0-9]))"
     rf"(?:<D>[0-9]+)?{_END}"
     # "4817,32.50": four digits before the first grouping mark, a decimal after
     rf"|{_START}[0-9]{{4,}}<G>[0-9]{{1,3}}<D>[0-9]+{_END}"),
    # "44.768.12": two decimal marks; after a currency sign or code any two ("$1.1.0884", "Rs1.65.88": no
    # date or version there)
    ("double_point", rf"{_START}[0-9]{{1,3}}<D>[0-9]{{3}}<D>[0-9]{{1,2}}{_END}"
                     rf"|{_START}(?:{_GLUED_MONEY}|(?<=Rs)|(?<=Rs\.))[0-9]{{1,3}}<D>[0-9]{{1,3}}<D>[0-9]+{_END}"),
    # A space inside a figure:
    ("split",
     # "15,877. 92 points": after the decimal mark of a grouped figure
     rf"{_START}[0-9]{{1,3}}(?:<G>[0-9]{{3}})+<D>\s[0-9]{{2}}{_AFTER}"
     # "2, 468.17", "$4, 972", "63, 518 points": after a grouping mark
     rf"|{_START}[0-9]{{1,3}}<G>\s[0-9]{{3}}<D>[0-9]{{1,2}}{_END}"
     # "$4, 972", "K58, 829,076,839": after a currency sign, with any groups after the split one
     rf"|{_START}(?:(?<=[$€£¥₹₩₱])|(?<=(?<![A-Za-z])[KN]))[0-9]{{1,3}}<G>\s[0-9]{{3}}(?:<G>[0-9]{{3}})*(?![0-9]|[.,][0-9])"
     # "1, 559 stocks", "63, 518 points": a unit right after, and no list the figure could close ("4, 12, 600 shares")
     rf"|{_START}(?<![0-9]<G>\s)[0-9]{{1,3}}<G>\s[0-9]{{3}}"
     rf"(?=\s(?:points?|pts|stocks|shares|companies|issues|scrips|securities|units|contracts|lots|deals|trades|transactions)\b)"
     # "70, 000", "1, 050": a group that starts with a zero is no figure of its own, so no list item either
     rf"|{_START}[1-9][0-9]{{0,2}}<G>\s0[0-9]{{2}}(?:<G>[0-9]{{3}})*(?![0-9]|[.,][0-9])"
     # "(+3, 51%)", "(2, 03%)": a percent split at its mark, after a sign or a parenthesis, or before a leading zero
     rf"|(?:(?<=[(+\u2212-])|(?<=[(+\u2212-]\s)){_START}[0-9]{{1,3}}<G>\s[0-9]{{1,2}}(?=\s?%)"
     rf"|{_START}[0-9]{{1,3}}<G>\s0[0-9](?=\s?%)"
     # "6,217 .93", "RM12. .57", "$482 . ,6", "4 , 5%": a space before a mark, or marks doubled
     # (the groups in either mark: "5.965 .52" is a level of five thousand whatever its grouping)
     rf"|{_START}[0-9]{{1,3}}(?:[.,][0-9]{{3}})*(?:\s+[.,](?:\s*[.,])?|[.,]\s+[.,])\s*[0-9]{{1,3}}(?![0-9])"
     # "1. 62 percent", "0. 2 percent", "96. 06 billion": after the decimal mark of a small figure with
     # its unit, written mid-sentence (not a list's "1." at a line start, nor "No. 1. 5")
     rf"|(?:(?<=[A-Za-z,;:)] )|(?<=[(+\u2212-]))(?<!No\. )(?<!no\. ){_START}[0-9]{{1,3}}<D>\s[0-9]{{1,2}}{_UNIT_AFTER}"
     # "IDR99. 7 bn", "IDR99. 7 mylar.", "N424. 62, which": after the decimal mark of an amount glued to its
     # currency, before its unit, a lone word that ends the clause (no new sentence: "RM4. 7 rose, 3 fell"
     # has a verb) or the clause's end
     rf"|{_START}{_GLUED_MONEY}[0-9]{{1,3}}<D>\s[0-9]{{1,2}}(?:{_UNIT_AFTER}|{_LONE_WORD}|{_CLAUSE_END})"),
    # "the TWI 66. 80.": two places after the mark, then the clause ends (no sentence is a bare "80."); told
    # as "split" once an index's member count ending a sentence is ruled out ("the CAC 40. 25, mostly banks")
    ("clause_split", rf"{_START}(?<=[A-Za-z,;:)] )(?<!No\. )(?<!no\. )[0-9]{{1,3}}<D>\s[0-9]{{2}}{_CLAUSE_END}"),
    # "$1.$1458", "0.38A%": a currency sign or a letter inside a figure
    ("stray_mark", rf"{_START}[0-9]{{1,3}}<D>(?:[$€£¥₹][0-9][0-9.,]*(?:-[0-9]+)?|[0-9]+[A-Z](?=%))"),
    # "601,732,986 million units", "6,021,028,798 Billion": a figure written out to its units, with a scale
    # word on top that makes it a million times larger (not yen, won, rupiah or dong, whose filings tell
    # amounts in millions written out: "Rp 41,170,332 million")
    ("scale_doubled",
     rf"{_START}(?<![¥₩₫])(?<!(?:JPY|KRW|IDR|VND)\s)(?<!JPY|KRW|IDR|VND)(?<!Rp\.\s)(?<!Rp\s)(?<!Rp\.)(?<!Rp)"
     rf"[0-9]{{1,3}}(?:<G>[0-9]{{3}}){{2,}}(?:<D>[0-9]+)?{_END}"
     rf"\s?(?i:million|billion|trillion|mln|bln|mn|bn|tn)\b(?!\s+(?i:yen|won|rupiah|dong)\b)"),
    # "within 1.20 transactions": a count of deals with a fraction and no scale word, which was dropped
    # (not an average: "averaging 2.5 trades a minute")
    ("count_fraction",
     rf"{_START}(?<!average of )(?<!averaging )(?<!average )(?<!avg\. )[0-9]{{1,3}}<D>[0-9]{{1,2}}"
     rf"(?=\s(?i:transactions|deals|trades)\b(?!\s+(?:per|a|an|each|every)\b))"),
    # "$2.30 cents", "R1.96%", "$5 percent": a currency sign on a figure whose unit is cents or a percent
    ("two_units",
     rf"{_MONEY}\s?[0-9][0-9.,]*(?<![.,])\s?(?:%|(?i:percent|per\s+cent|pct|cents?|pence|cts)\b)"),
)
# "(+, 47%)", "(-. 8%)": a sign, then a mark where the leading digit should stand
_SIGN_THEN_MARK = r"[+\u2212]\s?[.,]\s?[0-9]{1,3}(?:[.,][0-9]+)?(?=\s?%)"
# "to end at 16.284": a level grouped with a dot, where a level stands and no unit follows; only a
# suspicion (a quote to three decimals reads the same), weighed against the article by formats.py
DOT_THOUSANDS = rf"(?<=\b(?:at|to|from|of|near|above|below)\s){_START}[0-9]{{2,3}}\.[0-9]{{3}}{_END}{_AFTER}"
# "to 326,512 from 241, 307.", "from 9.75% to 10, 50%", "from 241, 307 to 326,512": a figure split at its
# mark as one end of a "from ... to" pair. A list cannot stand there, and the other end shows which
# figure was meant. Told alone after "to" or "at" ("closed at 12, 345."), only where the clause ends; a
# percent after "by", "up", "down", "to" or "at" ("up 1, 25%") needs no other end.
_PAIRED_SPLIT = re.compile(r"(?=[1-9])(?<![0-9.,])(?P<split>[0-9]{1,3}, (?P<tail>[0-9]{1,3}))(?![0-9])(?:(?P<percent>\s?%)|"
                           r"(?P<end>(?=[.;](?![0-9])|\s*$))|(?=[)\u201d\"']|\s+(?:on|in|at|a|the|last|next|previous|this|per|as|after|while|to)\b))")
_CUE_BEFORE = re.compile(r"\b(?P<cue>from|to|at|by|up|down)\s+$")
# The other end, just before ("to 326,512 (shares) from", "from 9.75% to") or just after ("to 326,512")
_END_BEFORE = re.compile(r"\b(?P<cue>from|to)\s+(?:[A-Z]{0,3}[$€£¥₹]?\s?)?(?P<figure>[0-9][0-9.,]*[0-9])(?P<percent>\s?%)?(?:\s+[a-z]+){0,2}\s+$")
_END_AFTER = re.compile(r"\s+(?P<cue>to)\s+(?:[A-Z]{0,3}[$€£¥₹]?\s?)?(?P<figure>[0-9][0-9.,]*[0-9])(?P<percent>\s?%)?")
# "May 25,2016", "Dec. 4,2020": a date with the space after its comma dropped, no figure
_DAY_YEAR = re.compile(r"[0-9]{1,2},(?:19|20)[0-9]{2}")
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")
# The member count an index's name ends with, after a capitalised name: "CAC 40", "Nifty 50", "STOXX 600"
_MEMBER_COUNT = re.compile(r"20|25|30|40|50|60|80|100|150|200|225|250|300|400|500|600")
_NAME_BEFORE = re.compile(r"[A-Z][A-Za-z&]*\s$")
# A figure with one point and four or more places after it: a quote in the point convention
_POINT_PLACES = re.compile(r"[0-9]{1,3}\.[0-9]{4,}")
_RANGE_BEFORE = re.compile(r"[0-9%]\s+$")
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_DECIMAL = re.compile(r"[0-9]+\.[0-9]+")
_NEAR = 10  # the two ends of a comparison are within a factor of ten

# Problems whose figure stays readable: only a suspicion, so its token serves the other extractors.
READABLE = frozenset({"dot_thousands"})


class Malformed(NamedTuple):
    start: int
    end: int
    problem: str


@lru_cache(maxsize=None)
def _compiled(convention: Convention) -> tuple[re.Pattern[str] | regex.Pattern[str], ...]:
    """The patterns in the convention's marks: the digit-led problems as one alternation, named by
    problem and tried in order at each digit (one pass: four passes cost 0.6 ms a 2 KB article), then
    the currency-led and the lookbehind-led ones."""
    marks = {"<D>": re.escape(convention.decimal_mark), "<G>": re.escape(convention.grouping if convention.grouping != " " else ","),
             "<OD>": re.escape(convention.other_mark), "<O>": re.escape(convention.decimal_mark)}
    sources = {}
    for problem, source in _PATTERNS:
        for mark, escaped in marks.items():
            source = source.replace(mark, escaped)
        sources[problem] = source
    money = sources.pop("two_units")
    out: list[re.Pattern[str] | regex.Pattern[str]] = [
        re.compile("(?=[0-9])(?:" + "|".join(f"(?P<{problem}>{source})" for problem, source in sources.items()) + ")"),
        re.compile(f"(?=[$€£¥₹₩₱A-Z])(?P<two_units>{money})"),
    ]
    out.append(re.compile(f"(?=[+\u2212])(?P<split>{_SIGN_THEN_MARK})"))
    if convention.decimal_mark == ".":
        out.append(regex.compile(f"(?=[0-9])(?P<dot_thousands>{DOT_THOUSANDS})"))  # a variable lookbehind: `regex`
    return tuple(out)


def scan(text: str, start: int, end: int, convention: Convention) -> list[Malformed]:
    """Every malformed figure of text[start:end], in text order, none overlapping another."""
    if not any(c in text for c in ".,"):
        return []
    found: list[Malformed] = []
    for pattern in _compiled(convention):
        for m in pattern.finditer(text, start, end):
            problem = m.lastgroup or ""
            if problem == "bad_group" and _glued_date(text, m.start(), m.end(), start):
                continue
            if problem == "bad_group" and convention.decimal_mark == "," and _POINT_PLACES.fullmatch(text, m.start(), m.end()):
                problem = "other_convention"  # "26.4187 per dollar" in comma-decimal copy: a quote to four places
            if problem == "clause_split":
                if _MEMBER_COUNT.fullmatch(text, m.start(), m.end() - 4) and _NAME_BEFORE.search(text, max(start, m.start() - 12), m.start()):
                    continue
                problem = "split"
            if not any(m.start() < f.end and f.start < m.end() for f in found):
                found.append(Malformed(m.start(), m.end(), problem))
    if convention.decimal_mark == "." and ", " in text[start:end]:
        for m in _paired_splits(text, start, end):
            if not any(m.start < f.end and f.start < m.end for f in found):
                found.append(m)
    return sorted(found)


def _glued_date(text: str, start: int, end: int, limit: int) -> bool:
    """"May 25,2016": a day and a year with no space after the comma, after a month's name."""
    return _DAY_YEAR.fullmatch(text, start, end) is not None and _MONTH_BEFORE.search(text, max(limit, start - 12), start) is not None


def _paired_candidates(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Each "A, B" a comma and a space part, found from the rare ", " between digits (a string search,
    far cheaper than trying a pattern at every character)."""
    found, at = [], text.find(", ", start, end)
    while at >= 0:
        if at > start and text[at - 1].isdigit() and text[at + 2 : at + 3].isdigit():
            head = at - 1
            while head > start and head > at - 3 and text[head - 1].isdigit():
                head -= 1
            m = _PAIRED_SPLIT.match(text, head, end)
            if m is not None:
                found.append(m)
        at = text.find(", ", at + 2, end)
    return found


def _paired_splits(text: str, start: int, end: int) -> list[Malformed]:
    """A split figure at one end of a from/to pair whose other end reads like the joined figure, or
    the figure a "to" or "at" leads to where its clause ends."""
    out = []
    for m in _paired_candidates(text, start, end):
        cue = _CUE_BEFORE.search(text, max(start, m.start() - 6), m.start())
        if cue is None:
            continue
        tail, said = m["tail"], cue["cue"]
        if m["percent"] and len(tail) < 3:  # "by 1, 25%", "to 10, 50%": one figure stands there, no list
            out.append(Malformed(m.start("split"), m.end("split"), "split"))
            continue
        if m["end"] is not None and said in ("to", "at") and len(tail) == 3:
            if _RANGE_BEFORE.search(text, max(start, cue.start() - 12), cue.start()):
                continue  # "aged 18 to 24, 250 ...": a range's end, then a figure of its own
            out.append(Malformed(m.start("split"), m.end("split"), "split"))
            continue
        if said not in ("from", "to"):
            continue
        other = _END_BEFORE.search(text, max(start, cue.start() - 60), cue.start())
        if other is None and said == "from":
            other = _END_AFTER.match(text, m.end(), end)
        if other is None or other["cue"] == said or bool(other["percent"]) != bool(m["percent"]):
            continue
        figure = other["figure"]
        if len(tail) == 3 and not m["percent"] and _GROUPED.fullmatch(figure):
            joined = Decimal(m["split"].replace(", ", ""))
        elif len(tail) < 3 and _DECIMAL.fullmatch(figure) and len(figure.split(".")[1]) == len(tail):
            joined = Decimal(m["split"].replace(", ", "."))
        else:
            continue
        value = Decimal(figure.replace(",", ""))
        if value > 0 and joined > 0 and value / _NEAR <= joined <= value * _NEAR:
            out.append(Malformed(m.start("split"), m.end("split"), "split"))
    return out
