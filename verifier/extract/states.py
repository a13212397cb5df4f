"""Qualitative states: "finished sharply higher", "remained in the green", "ending at session highs",
"its lowest closing level in seven months", "snapping a 5-day winning streak".

A state is a claim a rule can set against the figures (a "sharp" gain of 0.1 percent; a close "at
session highs" below the stated high).
"""
from __future__ import annotations

import re

import regex

from ..facts import Fact, Move, State, Subject
from ..numbers import Quantity
from .compiled import re_pattern, regex_pattern
from .context import Context
from .subjects import NOT_THE_INDEX
from .patterns import SPELLED
from .periods import STREAK, period_of, weekday_in
from .roles import UNDOING
from .quantities import spelled_value

_COUNT = rf"(?P<n>[0-9]+|{SPELLED}|a|an)"
# "at session highs", "at the day's low": the close is the extreme. Not "near" or "around" (close to
# it), "off" or "from" (away from it) nor "to" ("rose to the day's high early on"): none says the
# close equals the extreme, which is all the rule checks.
SESSION_EXTREME = re_pattern(r"\bat\s+(?:the\s+|its\s+)?(?:session|intraday|intra-day|day's|daily)\s+(?P<side>high|low)s?\b", re.IGNORECASE)
# "a record high", "fresh all-time highs", "a new closing high"
RECORD = re_pattern(r"\b(?:record|all-time|fresh|new|historic)\s+(?:closing\s+|intraday\s+)?(?P<side>high|low)s?\b", re.IGNORECASE)
# "its lowest closing level in seven months", "the highest since 2008", "a 7-week high", "two-month low"
PERIOD_EXTREME = re_pattern(
    rf"\b(?:(?P<word>highest|lowest|strongest|weakest|biggest|largest|sharpest|steepest)\s+(?:[a-z-]+\s+){{0,3}}?(?:in|for|since)\s+(?:(?:almost|nearly|about|more\s+than|over)\s+)?{_COUNT}\s+(?P<unit>months?|weeks?|years?|sessions?|days?|decades?)"
    rf"|(?<![0-9/.-]){_COUNT.replace('<n>', '<n2>')}[-\s](?P<unit2>month|week|year|session|day|decade)\s+(?P<side>high|low|peak|trough|closing\s+high|closing\s+low)s?)\b",
    re.IGNORECASE,
)


# "marking a decline for the 6th session", "for a 3rd straight day": the run's length as an ordinal figure
ORDINAL_RUN = re_pattern(
    r"\bfor\s+(?:(?:the|a)\s+)?(?P<n>[0-9]{1,3})(?:st|nd|rd|th)\s+(?:straight\s+|consecutive\s+|successive\s+)?(?P<unit>session|day|trading\s+day|week|month)s?\b",
    re.IGNORECASE,
)
_ORDINAL_HINT = re_pattern(r"[0-9](?:st|nd|rd|th) ")
_MODAL = re_pattern(r"\b(?:may|might|could|would|will|should|can|expected\s+to|likely\s+to|set\s+to|poised\s+to)\s+$", re.IGNORECASE)
_CLOSE_GAP = re_pattern(r"[^,.;:()]{0,30}")
_PLUPERFECT = re_pattern(r"\bhad\s+(?:been\s+|already\s+|just\s+)?$", re.IGNORECASE)
# A verb form standing as a noun after a determiner or a time of day: "early gains", "a morning rebound"
_NOUN_BEFORE = re_pattern(
    r"\b(?:a|an|the|its|their|early|earlier|initial|morning|afternoon|intraday|some|all|most|recent|further|modest|slight|strong|heavy)\s+$",
    regex.IGNORECASE)
# A turn within the day, told from its extreme: "rebounded from a midday low", "retreated from its intraday high"
_OFF_EXTREME = regex_pattern(
    r"\s+(?:sharply\s+|strongly\s+)?from\s+(?:a|an|its|their|the)\s+(?:morning|midday|mid-day|early|earlier|intraday|intra-day|session|"
    r"day's|afternoon|lunchtime)\s+(?:low|high|lows|highs|trough|peak|bottom)s?\b", regex.IGNORECASE)
# The clause ends the day flat: "recovered ... to finish virtually flat", "climbed back to close unchanged"
_ENDS_FLAT = regex_pattern(
    r"[^.;:]{0,60}?\bto\s+(?:finish|close|end|settle)(?:\s+the\s+(?:day|session))?\s+(?:virtually\s+|almost\s+|nearly\s+|broadly\s+|largely\s+|roughly\s+)?"
    r"(?:flat|unchanged|steady|little\s+changed)\b", regex.IGNORECASE)
# A part of the day told right after the verb: "climbed in the morning", "rose during the afternoon", "fell early on"
_DAYPART_AFTER = regex_pattern(
    r"(?:\s+(?:sharply|strongly|slightly|modestly|further|steadily))?\s+(?:(?:in|during|through|throughout|over)\s+(?:the\s+)?(?:early\s+|late\s+)?"
    r"(?:morning|afternoon|first\s+half|second\s+half|opening\s+(?:hour|minutes)|lunch|midday|mid-day)"
    r"|early\s+(?:on|in\s+the\s+(?:day|session))|at\s+the\s+(?:open|opening|start))\b", regex.IGNORECASE)
# Stocks counted: "2,162 stocks", "most shares", "three issues"
_COUNTED = re_pattern(r"(?:\b[0-9][0-9,.]*%?|\b(?:most|many|several|few|fewer|more|some|half)(?:\s+of\s+the)?)\s+$", re.IGNORECASE)
# "The weakness on Wall Street came as treasury yields climbed": a new clause has its own subject
_CLAUSE_WORD = re_pattern(r"\b(?:as|while|when|whereas|after|before|because|since|though|although|but|amid|despite|until|if|and)\b")
# A figure after the verb is its own only within the clause: "was soft, while MUFG rose 1.2 percent"
_CLAUSE_END = re_pattern(r";|,?\s(?:while|whereas|but)\s")
# "gains from the mining and energy companies", "losses in bank and retail shares"
SECTOR_NOUNS = re_pattern(
    r"\b(?P<noun>gains|losses|declines|weakness|strength|rises|falls|buying|selling)\s+(?:from|in|among|by)\s+(?:the\s+)?"
    r"(?P<list>[a-z]+(?:\s+[a-z]+)?(?:(?:,\s+|,?\s+and\s+)[a-z]+(?:\s+[a-z]+)?){0,3})"
    r"\s+(?P<head>companies|shares|stocks|sectors|issues|makers|names)\b",
    re.IGNORECASE,
)
_PART = re_pattern(r"\b(?:(?!and\b)[a-z]+)(?:\s+(?!and\b)[a-z]+)?", re.IGNORECASE)
_SECTOR_HINT = re_pattern(r"gains|losses|declines|weakness|strength|rises|falls|buying|selling")
_SECTOR_NOUN_WAY = {"gains": 1, "strength": 1, "rises": 1, "buying": 1, "losses": -1, "declines": -1, "weakness": -1, "falls": -1, "selling": -1}



def _subject_right_before(ctx: Context, start: int, verb_start: int):
    """A subject named just before the verb, with no clause break between: "The Nikkei finished"."""
    for named in reversed(ctx.named_in(start, verb_start)):
        if _COUNTED.search(ctx.text, max(start, named.start - 16), named.start):
            return None  # "while 2,162 stocks fell": a count of the market's members, not the market
        if (_CLOSE_GAP.fullmatch(ctx.text, named.end, verb_start) and not NOT_THE_INDEX.match(ctx.text, named.end, verb_start)
                and not _CLAUSE_WORD.search(ctx.text, named.end, verb_start)):
            return ctx.resolve(named)
        return None
    return None


# Keyword scans (stdlib `re`, ~50x cheaper than the patterns) pick the sentences worth reading.
_EXTREME_HINT = re_pattern(r"high|low|peak|trough|best|worst|strongest|weakest|biggest|largest|sharpest|steepest")
_STREAK_HINT = re_pattern(r"streak|straight|consecutive|successive|back-to-back|-day|-session|\brun\b|in a row")


def _sector_words(ctx: Context) -> dict[str, object]:
    """Sector adjectives from the lexicon's sectors: "automobile" from "automobile sector"."""
    words: dict[str, object] = {}
    for entity in ctx.lexicon.entities.values():
        if entity.type == "sector":
            for alias in entity.aliases:
                if alias.endswith(" sector"):
                    words[alias[: -len(" sector")].lower()] = entity
    return words


def _sector_nouns(ctx: Context) -> list[State]:
    """One direction state per sector in "gains from the mining and energy companies"."""
    out: list[State] = []
    words = None
    for m in (m for s in ctx.sentences_with(_SECTOR_HINT) for m in SECTOR_NOUNS.finditer(ctx.text, s.start, s.end)):
        words = _sector_words(ctx) if words is None else words
        for part in _PART.finditer(m["list"]):
            entity = words.get(part[0].lower())
            if entity is None:
                continue
            start, end = m.start("list") + part.start(), m.start("list") + part.end()
            subject = Subject(text=ctx.text[start:end], entity=entity.id, name=entity.name, type="sector",
                              sector=entity.sector, span=ctx.span(start, end))
            out.append(State(id="", span=ctx.span(m.start(), m.end()), subject=subject, claim="direction",
                             direction=_SECTOR_NOUN_WAY[m["noun"].lower()], intensity=2, period="session"))
    return out


def _count(ctx: Context, start: int, end: int, word: str, unit: str) -> Quantity:
    value = 1 if word.lower() in ("a", "an") else int(word) if word.isdigit() else spelled_value(word)
    return Quantity(value=value, unit=unit.lower().rstrip("s") + "s", span=ctx.span(start, end))


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Directional verbs without figures, session and record extremes, streaks without figures."""
    out = list(facts)
    moved = [(f.span.start, f.span.end) for f in facts if isinstance(f, Move)]
    text = ctx.text
    for verb in ctx.verbs:
        if verb.bare or verb.neutral or any(s <= verb.start < e for s, e in moved):
            continue
        sentence = ctx.sentences[ctx.sentence_at(verb.start)]
        clause = _CLAUSE_END.search(text, verb.end, min(sentence.end, verb.end + 40))
        if ctx.tokens_in(verb.end, clause.start() if clause else min(sentence.end, verb.end + 40)):
            continue
        if _PLUPERFECT.search(text, max(sentence.start, verb.start - 16), verb.start):
            continue  # "had risen in its previous four sessions": the days before, not the session
        if _NOUN_BEFORE.search(text, max(sentence.start, verb.start - 16), verb.start):
            continue  # "surrendered early gains", "a morning rebound": a noun, not the subject's verb
        subject = _subject_right_before(ctx, sentence.start, verb.start)
        if subject is None or _MODAL.search(text, max(sentence.start, verb.start - 30), verb.start):
            continue
        if UNDOING.match(text, verb.end) or _OFF_EXTREME.match(text, verb.end) or _ENDS_FLAT.match(text, verb.end, sentence.end):
            continue  # "recovered some losses", "rebounded from a morning low", "... to finish flat": no direction for the session
        period, _ = period_of(text[verb.start : sentence.end])
        if period == "session" and (text.startswith(("open", "Open"), verb.start) or _DAYPART_AFTER.match(text, verb.end, sentence.end)):
            period = "intraday"  # "opened lower ... but bounced", "rose during the afternoon": a part of the day, not the close
        out.append(State(id="", span=ctx.span(verb.start, verb.end), subject=subject, claim="direction",
                         direction=verb.polarity, intensity=verb.intensity, period=period,
                         session_day=weekday_in(text[sentence.start : sentence.end])))
    out += _sector_nouns(ctx)
    extremes = ctx.sentences_with(_EXTREME_HINT)
    for pattern, claim in ((SESSION_EXTREME, "session_"), (RECORD, "record_")):
        for m in (m for s in extremes for m in pattern.finditer(text, s.start, s.end)):
            subject = ctx.subject_before(m.start())
            if subject is not None:
                out.append(State(id="", span=ctx.span(m.start(), m.end()), subject=subject, claim=claim + m["side"].lower()))
    for m in (m for s in extremes for m in PERIOD_EXTREME.finditer(text, s.start, s.end)):
        subject = ctx.subject_before(m.start())
        if subject is None:
            continue
        group = "n" if m["n"] else "n2"
        unit = m["unit"] or m["unit2"]
        if m[group].lower() in ("a", "an") and unit.lower() in ("day", "session"):
            continue  # "it recorded a day high value of 8,213.64": the session's own high, read by ranges.py
        side = "high" if (m["word"] or m["side"] or "").lower().startswith(("high", "strong", "big", "larg", "peak", "closing h")) else "low"
        quantity = _count(ctx, m.start(group), m.end(group), m[group], unit)
        ctx.claim(m.start(group), m.end(group))
        out.append(State(id="", span=ctx.span(m.start(), m.end()), subject=subject, claim=f"period_{side}", quantity=quantity))
    for m in (m for s in ctx.sentences_with(_ORDINAL_HINT) for m in ORDINAL_RUN.finditer(text, s.start, s.end)):
        subject = ctx.subject_before(m.start())
        if subject is None:
            continue
        unit = "sessions" if m["unit"].lower() != "week" and m["unit"].lower() != "month" else m["unit"].lower() + "s"
        out.append(State(id="", span=ctx.span(m.start(), m.end()), subject=subject, claim="streak", period="multi_session",
                         quantity=Quantity(value=int(m["n"]), unit=unit, span=ctx.span(m.start("n"), m.end("n")))))
    for m in (m for s in ctx.sentences_with(_STREAK_HINT) for m in STREAK.finditer(text, s.start, s.end)):
        if any(s <= m.start() < e for s, e in moved) or m["b2b"] or m["n4"]:
            continue  # "over the past three sessions" is a span, not a run in one direction
        group = next(g for g in ("n", "n2", "n3", "ord") if m[g])
        subject = ctx.subject_before(m.start())
        if subject is None:
            continue
        word = m[group][:-2] if group == "ord" and m[group][0].isdigit() else m[group]
        if group == "ord" and not word.isdigit():
            continue  # "third straight session": no figure to bind
        quantity = _count(ctx, m.start(group), m.start(group) + len(word), word, "sessions")
        ctx.claim(m.start(group), m.end(group))
        out.append(State(id="", span=ctx.span(m.start(), m.end()), subject=subject, claim="streak",
                         period="multi_session", quantity=quantity))
    return out
