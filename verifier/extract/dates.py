"""Dates: weekday words, calendar dates, contract months and times (times.py), resolved against the document date.

Runs first, so a day number or a year ("Aug. 8", "in 2019") is never read as a level or a change.
"""
from __future__ import annotations

import datetime as dt

import re

import regex

from ..facts import DateRef, Fact
from . import times
from .context import Context
from .periods import WEEKDAYS
from .compiled import re_pattern, regex_pattern

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2,
    "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
# A weekday written short, only ever read before a date: "Wed, Mar 5", "Thurs. March 6" (not "Sat" or
# "Sun", which name newspapers as often as days: "The Sun, March 5")
_WEEKDAY_SHORT = r"(?P<short>mon|tues?|wed|thu(?:rs?)?|fri)\.?"
_YEAR = r"(?P<year>(?:19|20)[0-9]{2})"
# "Wednesday, February 24", "Feb. 24, 2026", "Aug. 8", "24 February 2026", "Jan 14", "Wednesday (March 5)",
# "Wed, Mar 5", "Wednesday, the 5th of March"
CALENDAR = re_pattern(
    rf"(?:(?<![A-Za-z])(?:{_WEEKDAY}|{_WEEKDAY_SHORT})(?:,?\s+|\s*\()(?:the\s+)?)?"
    rf"(?:{_MONTH}\s+(?P<day>[0-9]{{1,2}})(?:st|nd|rd|th)?(?:-[0-9]{{1,2}}(?![0-9]))?|(?P<day2>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.replace('month', 'month2')})"
    rf"(?![0-9])(?:,?\s+{_YEAR})?(?![0-9])",
    re.IGNORECASE,
)
# "08/08/2025", "2025-08-08", and a newswire footer's "03-11-24 1412ET" (month-day-year before a time)
NUMERIC = re_pattern(
    r"(?<![0-9/])(?:(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?P<y>[0-9]{4})|(?P<iy>[0-9]{4})-(?P<im>[0-9]{2})-(?P<id>[0-9]{2})"
    r"|(?P<fm>[0-9]{2})-(?P<fd>[0-9]{2})-(?P<fy>[0-9]{2})(?=\s+[0-9]{4}\s?(?:ET|GMT)\b))(?![0-9/])"
)
# "for April delivery", "May contract", "for June settlement"
DELIVERY = re_pattern(rf"(?:for\s+)?{_MONTH}(?:\s+{_YEAR})?\s+(?:delivery|contract|futures|settlement)", re.IGNORECASE)
# "in 2019", "since 2008", "for 2025", "the year 2010", "end of 2024", "December 2025", "a slow start to
# 2025", "heading into 2016", "Q4 2024" (never a bare "to 2025" or "into 2025": an index can rise to 2025 points)
YEAR = re_pattern(
    rf"(?:\b(?:in|since|for|of|until|through|from|by|year|early|late|mid-?|during|before|after|fiscal|FY|the"
    rf"|(?:start|end|run-up|lead-up)\s+to|(?:heading|going|head|go)\s+into|Q[1-4]|[1-4]Q|H[12]|[12]H)\s+|{_MONTH}\s+|[(-]|\b(?=(?:19|20)[0-9]{{2}}(?:'s|’s|-[0-9]{{2,4}}))){_YEAR}(?![0-9]|[,.][0-9]|\s*(?:points|percent|%))",
    re.IGNORECASE,
)
# "Russia's 2022 invasion", "Copyright (c) 2025", "the 2025/26 crop", "raised its 2025 profit forecast"
YEAR_NAMED = regex_pattern(
    rf"(?:(?:'s|\u2019s|\(c\)|\u00a9|Awards|its|their)\s+){_YEAR}(?![0-9]|[,.][0-9])"
    rf"|{_YEAR}(?=/[0-9]{{2}}(?![0-9]))"
    rf"|{_YEAR.replace('<year>', '<year2>')}(?=\s+(?:earnings|invasion|results|guidance|forecast|outlook|budget|election|profit|revenue|season|target|crop|harvest"
    rf"|operating|ebitda|eps|ffo|sales|capex|capital\s+expenditure|production|output|dividend|growth|gdp|inflation"
    rf"|net\s+(?:profit|income|loss)|adjusted|full-year|deficit|spending|estimate|expectation|projection|shipment|deliverie)s?\b)",
    regex.IGNORECASE,
)
# "revenue growth in 1Q", "South32's 1H result", "4Q earnings": a fiscal quarter or half, named without its year
FISCAL_PERIOD = re_pattern(r"(?<![A-Za-z0-9.,])[1-4](?:Q|H)(?![A-Za-z0-9])")
_FISCAL_HINT = re_pattern(r"[1-4][qh]\b")
_NEXT_YEAR = re_pattern(r"/[0-9]{2}(?![0-9])")
WEEKDAY = re_pattern(rf"\b{_WEEKDAY}\b(?:'s)?", re.IGNORECASE)

# Keyword scans (stdlib `re`, far cheaper than the patterns) pick the sentences worth reading.
_MONTH_HINT = re_pattern(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-9]|[0-9](?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_NUMERIC_HINT = re_pattern(r"[0-9]/[0-9]|[0-9]{4}-[0-9]{2}-|[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9]{4}")
_DELIVERY_HINT = re_pattern(r"delivery|contract|futures|settlement")
_YEAR_HINT = re_pattern(r"(?<![0-9,.])(?:19|20)[0-9]{2}(?![0-9])")


def _month(match: regex.Match, name: str = "month") -> int | None:
    word = match[name] if name in match.re.groupindex else None
    return MONTHS[word.lower().rstrip(".")] if word else None


def _weekday_number(match: regex.Match) -> int | None:
    """The weekday written before a date, in full or short ("Wed", "Thurs."), Monday = 0."""
    if match["weekday"]:
        return WEEKDAYS.index(match["weekday"].lower())
    if match["short"]:
        return [day[:3] for day in WEEKDAYS].index(match["short"][:3].lower())
    return None


def _resolve_weekday(weekday: int, anchor: dt.date | None) -> dt.date | None:
    if anchor is None:
        return None
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def _resolve_calendar(day: int, month: int, year: int | None, anchor: dt.date | None) -> dt.date | None:
    if year is None and anchor is not None:
        year = anchor.year - 1 if month > anchor.month + 1 else anchor.year
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Every date reference, with the date it most plausibly names."""
    text, anchor = ctx.text, ctx.document.date
    out = list(facts)
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, **fields) -> None:
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        ctx.claim(s, e)
        out.append(DateRef(id="", span=ctx.span(s, e), document_date=anchor, **fields))

    def scan(pattern: regex.Pattern, hint: "re.Pattern[str]"):
        return (m for s in ctx.sentences_with(hint) for m in pattern.finditer(text, s.start, s.end))

    for m in scan(CALENDAR, _MONTH_HINT):
        month = _month(m) or _month(m, "month2")
        day = int(m["day"] or m["day2"])
        if not 1 <= day <= 31:
            continue
        year = int(m["year"]) if m["year"] else None
        weekday = _weekday_number(m)
        add(m.start(), m.end(), day=day, month=month, year=year, weekday=weekday,
            resolved=_resolve_calendar(day, month, year, anchor), role="calendar")
    for m in scan(NUMERIC, _NUMERIC_HINT):
        if m["y"]:
            a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
            month, day = (a, b) if a <= 12 else (b, a)
        elif m["fy"]:
            year, month, day = 2000 + int(m["fy"]), int(m["fm"]), int(m["fd"])
        else:
            year, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        add(m.start(), m.end(), day=day, month=month, year=year, resolved=_resolve_calendar(day, month, year, None), role="calendar")
    for m in scan(DELIVERY, _DELIVERY_HINT):
        add(m.start(), m.end(), month=_month(m), year=int(m["year"]) if m["year"] else None, role="delivery")
    for m in scan(times.TIME, times.HINT):
        add(m.start(), m.end(), role="time", **times.fields(ctx, m))
    for m in scan(YEAR, _YEAR_HINT):
        slash = _NEXT_YEAR.match(text, m.end("year"))  # "the 2025/26 season"
        add(m.start("year"), slash.end() if slash else m.end("year"), year=int(m["year"]), month=_month(m), role="calendar")
    for m in scan(YEAR_NAMED, _YEAR_HINT):
        group = "year" if m["year"] else "year2"
        slash = _NEXT_YEAR.match(text, m.end(group))
        end = slash.end() if slash else m.end(group)
        add(m.start(group), end, year=int(m[group]), role="calendar")
    for m in scan(FISCAL_PERIOD, _FISCAL_HINT):
        add(m.start(), m.end(), role="fiscal_period")
    for m in WEEKDAY.finditer(text, ctx.document.body_start):
        weekday = WEEKDAYS.index(m["weekday"].lower())
        # which session it names is read once the moves are known (sessions.py)
        add(m.start("weekday"), m.end("weekday"), weekday=weekday, resolved=_resolve_weekday(weekday, anchor), role="weekday")
    return out
