"""The period a move spans: one session, a streak of sessions, the week, the month, the year.

Read from cue words in the clause ("for the week", "three-day winning streak", "back-to-back
sessions"); a continuation clause also reads its sentence's lead-in ("... in back-to-back sessions,
advancing 1,600 points along the way").
"""
from __future__ import annotations

import re

import regex

from .compiled import re_pattern, regex_pattern
from .cues import found_blind
from .patterns import SPELLED
from .quantities import spelled_value

_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# "back-to-back sessions", "three-day winning streak", "4 straight sessions", "third straight day",
# "five consecutive sessions", "a 4-day losing streak"
STREAK = regex_pattern(
    rf"""(?P<b2b>back-to-back)
    |(?P<n>[0-9]+|{SPELLED})[\s-](?:straight|consecutive|successive|trading|session|day)s?
       (?:[\s-](?:winning|losing|gaining|rising|falling|trading|straight|consecutive))?[\s-](?:sessions?|days?|streak|run)
    |(?P<n2>[0-9]+|{SPELLED})-(?:session|day)\b(?!\s+(?:meeting|conference|summit|visit|trip|holiday|break|event|forum|talks))
    |(?P<ord>{"|".join(_ORDINALS)}|[0-9]+(?:st|nd|rd|th))\s(?:straight|consecutive|successive)\s(?:sessions?|days?|trading\sdays?|weeks?|months?)\b
    |(?P<n3>[0-9]+|{SPELLED})\s(?:sessions?|days?|trading\sdays?|weeks?|months?)\sin\sa\srow
    |(?:over|in|during|across)\s(?:the\s)?(?:past|last|previous)\s(?P<n4>[0-9]+|{SPELLED})\s(?:sessions|trading\sdays)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)
# Other periods, in the order they are tried.
_PERIODS = (
    (re_pattern(r"\b(?:for|on|over)\s+the\s+(?:day|session)\b", re.IGNORECASE), "session"),
    # "During the day, it jumped 600 points": a move inside the session (its high), not the close
    (re_pattern(r"\b(?:during\s+the\s+(?:day|session)|in\s+intra-?day\s+(?:trade|trading|deals)|intra-?day\s*,|at\s+one\s+(?:point|stage)"
                r"|earlier\s+in\s+the\s+(?:day|session)|in\s+(?:early|morning)\s+(?:trade|trading|deals))\b", re.IGNORECASE), "intraday"),
    # "for the week", "this week", "over the past week", "on the week"
    (re_pattern(r"\b(?:(?:for|on|over|in)\s+the\s+(?:past\s+|last\s+)?|this\s+|last\s+)(?:week|holiday-shortened\s+week)\b|\bweekly\s+(?:gain|loss|rise|fall|decline)"
                r"|\b(?:clos|end|finish)(?:e|es|ed|ing)\s+the\s+week\b", re.IGNORECASE), "week"),
    (re_pattern(r"\b(?:(?:for|on|over|in)\s+the\s+(?:past\s+|last\s+)?|this\s+|last\s+)month\b|\bmonthly\s+(?:gain|loss|rise|fall|decline)", re.IGNORECASE), "month"),
    # "for the quarter", "in the third quarter", "in Q3 2023", "during 3Q"
    (re_pattern(r"\b(?:for|in|over|during|at\s+the\s+end\s+of)\s+(?:the\s+(?:(?:first|second|third|fourth|last|past|[1-4](?:st|nd|rd|th))\s+)?quarter|Q[1-4]|[1-4]Q)\b", re.IGNORECASE), "quarter"),
    (re_pattern(r"\b(?:so\s+far\s+this\s+year|year[\s-]to[\s-]date|for\s+the\s+year|this\s+year|YTD|(?:from|since)\s+the\s+(?:start|beginning|first\s+(?:trading\s+)?(?:session|day))\s+of\s+the\s+year)\b", re.IGNORECASE), "ytd"),
    # "during the year", "at the close of the year 2015", "over the same period of the previous year", "down 17% on a
    # year earlier", "year-on-year": a year's move or a comparison across a year, no session's
    (re_pattern(r"\b(?:(?:during|over|in)\s+the\s+(?:whole\s+|entire\s+|full\s+)?year|at\s+the\s+end\s+of\s+the\s+year"
                r"|same\s+period\s+(?:of|in)\s+(?:the\s+)?(?:previous|last|prior)\s+year|year[\s-]on[\s-]year"
                r"|(?:on|from|over)\s+a\s+year\s+(?:earlier|ago|before))\b"
                # "For 2021, the index gained 13%", "gained 13% for 2021"; "In 2023, it rose 20%" only as the lead
                r"|\bfor\s+(?:the\s+(?:whole\s+|full\s+)?year\s+)?(?:19|20)[0-9]{2}\b(?![/-])|^\W*(?:in|during|throughout)\s+(?:19|20)[0-9]{2}\b(?![/-])",
                re.IGNORECASE), "year"),
)
# Cheap scans first: most clauses name no period at all.
_STREAK_HINT = re_pattern(r"back-to-back|straight|consecutive|successive|streak|-day|-session|in a row|(?:past|last|previous) [a-z0-9]+ (?:sessions|trading days)", re.IGNORECASE)
_PERIOD_HINT = re_pattern(r"the (?:day|session|week|holiday|month|quarter|year)|same period|year.on.year|a year (?:earlier|ago|before)|quarter|\bq[1-4]\b|\b[1-4]q\b|intra-?day|one (?:point|stage)|(?:early|morning) (?:trade|trading|deals)|(?:past|last) (?:week|month)|weekly|monthly|this (?:week|month|year)|year-to-date|year to date|ytd|(?:for|in|during|throughout) (?:the (?:whole |full )?year )?(?:19|20)[0-9]{2}", re.IGNORECASE)
_ENDED = regex_pattern(r"\b(?:snap\w*|end\w*|break\w*|broke|halt\w*|stopp?\w*|interrupt\w*)\s+(?:a|an|its|their|the)\s+$", regex.IGNORECASE)
_WEEKDAY = regex_pattern(r"\b(" + "|".join(WEEKDAYS) + r")\b", regex.IGNORECASE)
# An earlier day than the session: "Monday's close", "Friday last week", "since Monday", "last Friday"
_PRIOR_AFTER = re_pattern(r"['\u2019]s\b|\s+last\s+week", re.IGNORECASE)
_PRIOR_BEFORE = re_pattern(r"\b(?:last|since|previous|prior)\s+(?:on\s+)?$", re.IGNORECASE)


def streak_sessions(match: re.Match) -> int:
    if match["b2b"]:
        return 2
    if match["ord"]:
        ordinal = match["ord"].lower()
        return _ORDINALS[ordinal] if ordinal in _ORDINALS else int(ordinal[:-2])
    word = match["n"] or match["n2"] or match["n3"] or match["n4"]
    return int(word) if word.isdigit() else spelled_value(word)


def period_of(clause: str, lead_in: str = "", streak_in_lead: bool = False) -> tuple[str, int | None]:
    """('session', None), ('multi_session', 3), ('week', None), ...

    The clause (verb to the next verb) is read first; then the sentence before the verb ("For the
    week, the Nasdaq rose"), where a streak counts only for a continuation ("..., advancing").
    """
    for index, text in enumerate((clause, lead_in)):
        streak = STREAK.search(text) if (index == 0 or streak_in_lead) and found_blind(_STREAK_HINT, text) else None
        if streak and _ENDED.search(text, max(0, streak.start() - 20), streak.start()):
            streak = None  # "dropped 0.5%, snapping a three-session winning streak": the day that ended the run
        if streak and streak_sessions(streak) <= 1:
            streak = None  # "its biggest one-day gain": the session itself, no run
        if streak and streak["ord"]:
            # "gained 37 paise, marking its fifth straight session of gains", "rose for a third straight
            # day", "fell for the third consecutive session, losing 61 points": an ordinal counts the run
            # the day extends; the figures are the day's
            return "session", streak_sessions(streak)
        if streak:
            return "multi_session", streak_sessions(streak)
        if not found_blind(_PERIOD_HINT, text):
            continue
        for pattern, period in _PERIODS:
            if pattern.search(text):
                return period, None
    return "session", None


def weekday_in(text: str) -> str | None:
    """The weekday a sentence names for its session: the first one that is not an earlier day's
    ("from Monday's close", "since Monday", "last Friday", "Friday last week")."""
    for match in _WEEKDAY.finditer(text):
        if not (_PRIOR_AFTER.match(text, match.end()) or _PRIOR_BEFORE.search(text, max(0, match.start() - 10), match.start())):
            return match.group(1).lower()
    return None
