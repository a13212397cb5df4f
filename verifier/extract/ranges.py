"""Intraday ranges: "after trading between A and B", "a high of H and a low of L", "off an earlier high".

A range joins the move of the same subject in the same sentence, or the latest move of the subject
it names (or of the sentence before) within the paragraph and the one before; a range of a subject
with no move yet becomes a move of its own with direction 0.
"""
from __future__ import annotations

import re

import regex

from ..facts import Fact, Move
from ..numbers import Qualifier, Quantity
from .context import Context
from .patterns import DIGITS
from .compiled import re_pattern, regex_pattern

_N = rf"(?:[A-Z]{{0,3}}\$\s?)?(?:{DIGITS})(?:\s+points)?"
# "a day high value of 8,213.64": the word the figure is the value of
_VALUE = r"(?:(?:value|level|point|mark)\s+)?"
_DAY = r"(?:(?:an?|its|the)\s+)?(?:(?:earlier|session|intraday|intra-day|day's|day|daily|early|late|new|record|fresh)\s+)*"
# "after trading between 61,204.35 and 62,118.90", "moving between", "fluctuated in a range of A to B"
BETWEEN = re_pattern(
    rf"(?:trad\w*|mov\w*|fluctuat\w*|rang\w*|swung|swing\w*|oscillat\w*|hover\w*|seesaw\w*)\s+"
    rf"(?:in\s+a\s+(?:tight\s+|narrow\s+|wide\s+)?range\s+)?(?:of\s+|between\s+)(?:a\s+low\s+of\s+)?(?P<low>{_N})"
    rf"\s+(?:and|to)\s+(?:a\s+high\s+of\s+)?(?P<high>{_N})",
    re.IGNORECASE,
)
# "between a low of A and a high of B"
LOW_HIGH = re_pattern(
    rf"(?:between\s+)?{_DAY}(?:low|trough|bottom)\s+{_VALUE}of\s+(?P<low>{_N}),?\s+and\s+{_DAY}(?:high|peak|top)\s+{_VALUE}of\s+(?P<high>{_N})",
    re.IGNORECASE,
)
# "touched a high of 31,406.28 points and a low of 30,872.15 points"
HIGH_LOW = re_pattern(
    rf"(?:between\s+)?{_DAY}(?:high|peak|top)\s+{_VALUE}of\s+(?P<high>{_N}),?\s+and\s+{_DAY}(?:low|trough|bottom)\s+{_VALUE}of\s+(?P<low>{_N})",
    re.IGNORECASE,
)
# "off an earlier high of 1,247.50", "hit an intraday high of", "after touching a session low of"
ONE_SIDE = re_pattern(
    rf"(?:off|from|hit|hitting|touch\w*|reach\w*|after|with|at|marking|set\w*|scal\w*|struck)\s+{_DAY}"
    rf"(?:(?P<hi>high|peak)|(?P<lo>low|trough))\s+{_VALUE}(?:of\s+|at\s+)(?P<value>{_N})",
    re.IGNORECASE,
)
_HINT = re_pattern(r"between|high|low|peak|trough|range|bottom|top")
_FORECAST_BEFORE = re_pattern(
    r"\b(?:(?:likely|expected|seen|forecast|set|poised|tipped|predicted|projected)\s+to|may|might|could|would|will|should|can)\s+\S?$",
    re.IGNORECASE,
)
# "after trading as low as 8,426.19", "rising as high as $1,348.60"
AS_FAR_AS = re_pattern(rf"\b(?:[a-z]+ing\s+)?(?P<value>as\s+(?:(?P<hi>high)|(?P<lo>low))\s+as\s+{_N})", re.IGNORECASE)
PATTERNS = (BETWEEN, LOW_HIGH, HIGH_LOW, ONE_SIDE, AS_FAR_AS)
# A span of several sessions told with a range: "for (most of) the past four days", "over the last two weeks", "this
# week", "since Monday", "so far this month"
_OTHER_SPAN = re_pattern(
    r"\b(?:for|over|in|during|across)\s+(?:(?:most|much|all|part)\s+of\s+)?the\s+(?:past|last|previous|prior)\s+(?:[\w-]+\s+)?(?:days|sessions|weeks|months|week|month|year)\b"
    r"|\bthis\s+(?:week|month|year)\b|\bsince\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|last)\b|\bso\s+far\b",
    re.IGNORECASE,
)
_LABELS = re_pattern(r"\b(?:low|high)\s+of\b", re.IGNORECASE)
# "closed 15 up at 8.45 after reaching 8.55", "settled at $712.40 after touching $714.90", "They hit $53.17
# earlier in the session": a price the session touched, on the side of the close it lies (the words name no
# side). Not one dated to another day ("after hitting 127.84 on Wednesday").
_OTHER_DAY = r"(?!\s*,?\s+(?:on\s+[A-Z][a-z]+day|last\b|yesterday|the\s+(?:day|week)\s+before|(?:a|the\s+previous)\s+(?:day|session|week)|earlier\s+(?:this|in\s+the)\s+week))"
REACHED = regex_pattern(
    rf"\b(?:after|having)\s+(?:briefly\s+|earlier\s+)?(?:reach(?:ed|ing)|hit(?:ting)?|touch(?:ed|ing))\s+(?P<value>{_N}){_OTHER_DAY}"
    rf"|\b(?:hit|hitting|touched|touching|reached|reaching)\s+(?P<value>{_N})\s+(?:earlier\s+in\s+the\s+(?:session|day)|at\s+one\s+(?:point|stage)|intraday|intra-day)\b"
    # "The Nikkei touched 39,100.52, its highest since July, before ending": the side is named
    rf"|\b(?:hit|hitting|touched|touching|reached|reaching)\s+(?P<value>{_N}),?\s+(?:its|their|the)\s+(?:(?P<hi>highest)|(?P<lo>lowest))\b",
)
_REACHED_HINT = re_pattern(r"reach|hit|touch")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Join every stated range to its move."""
    out = list(facts)
    for sentence_index, sentence in enumerate(ctx.sentences):
        if not _HINT.search(ctx.text, sentence.start, sentence.end):
            continue
        taken: list[tuple[int, int]] = []
        for pattern in PATTERNS:
            for match in pattern.finditer(ctx.text, sentence.start, sentence.end):
                if any(match.start() < e and s < match.end() for s, e in taken):
                    continue
                if _FORECAST_BEFORE.search(ctx.text, max(sentence.start, match.start() - 24), match.start() + 1):
                    continue  # "is likely to trade between 9,200 and 9,350": a forecast, not the session's range
                if _OTHER_SPAN.search(ctx.text, sentence.start, min(sentence.end, match.end() + 48)):
                    continue  # "It has traded between $43,000 and $44,000 for the past four days": a range of several sessions
                bounds = _bounds(ctx, match)
                if not bounds:
                    continue
                taken.append((match.start(), match.end()))
                _attach(ctx, out, sentence_index, match.start(), match.end(), bounds)
    for sentence in ctx.sentences_with(_REACHED_HINT):
        for match in REACHED.finditer(ctx.text, sentence.start, sentence.end):
            _reached(ctx, out, ctx.sentence_at(match.start()), match)
    return out


def _reached(ctx: Context, out: list[Fact], sentence_index: int, match: regex.Match) -> None:
    """The touched price becomes the high of a move that closed below it, or the low of one that closed above."""
    start = match.start("value")
    token = ctx.token_at(start)
    target = _target(ctx, out, sentence_index, match.start(), _subject_named(ctx, sentence_index, match.start()))
    if token is None or token.start in ctx.claimed or target is None or out[target].level is None:
        return
    move, value = out[target], token.quantity
    if value.unit != move.level.unit:
        return
    side = "high" if value.value > move.level.value else "low" if value.value < move.level.value else None
    side = side or ("high" if move.direction > 0 else "low" if move.direction < 0 else None)
    if match["hi"] or match["lo"]:
        side = "high" if match["hi"] else "low"
    if side is None or getattr(move, side) is not None:
        return
    ctx.claimed.add(token.start)
    span = ctx.span(min(move.span.start, match.start()), max(move.span.end, match.end()))
    out[target] = move.model_copy(update={side: value.model_copy(update={"qualifier": Qualifier.EXACT}), "span": span})


def _bounds(ctx: Context, match: regex.Match) -> dict[str, Quantity]:
    groups = {"low": "low", "high": "high"}
    if "value" in match.re.groupindex:
        groups = {"value": "high" if match["hi"] else "low"}
    found: dict[str, Quantity] = {}
    for group, role in groups.items():
        start = match.start(group)
        token = next((t for t in ctx.tokens_in(start, match.end(group)) if t.start == start), None)
        if token is None or token.start in ctx.claimed:
            return {}
        found[role] = token.quantity.model_copy(update={"qualifier": Qualifier.EXACT})  # "as low as 8,426.19" is the low
    for quantity in found.values():
        ctx.claimed.add(quantity.span.start)
    if match.re is BETWEEN and not _LABELS.search(match.group(0)) and found["low"].magnitude > found["high"].magnitude:
        # "moved between 8,937.42 and 8,781.06": an unlabelled range may give the high first
        found = {"low": found["high"], "high": found["low"]}
    return found


def _subject_named(ctx: Context, sentence_index: int, start: int):
    """The last subject named in the sentence before `start`, if any."""
    sentence = ctx.sentences[sentence_index]
    for n in reversed(ctx.named_in(sentence.start, start)):
        subject = ctx.resolve(n)
        if subject is not None:
            return subject
    return None


def _attach(ctx: Context, out: list[Fact], sentence_index: int, start: int, end: int, bounds: dict) -> None:
    entity = _subject_named(ctx, sentence_index, start)
    target = _target(ctx, out, sentence_index, start, entity, bounds)
    if target is not None:
        fact = out[target]
        span = ctx.span(min(fact.span.start, start), max(fact.span.end, end))
        update = {**bounds, "span": span}
        if entity is None and ctx.sentence_at(fact.span.start) != sentence_index:
            # "It traded between A and B.": joined to the last move by nearness, no name of its own
            update["loose"] = {**fact.loose, **{side: "the range was joined to a move of another sentence" for side in bounds}}
        out[target] = fact.model_copy(update=update)
    elif entity is not None:
        out.append(Move(id="", span=ctx.span(start, end), subject=entity, period="session", **bounds))


def _target(ctx: Context, out: list[Fact], sentence_index: int, start: int, entity, bounds: dict | None = None) -> int | None:
    """The latest move before `start` in this paragraph or the one before, of the named subject if one is named."""
    sentence = ctx.sentences[sentence_index]
    target = None
    paragraph = sentence.paragraph
    for index in range(len(out) - 1, -1, -1):
        fact = out[index]
        if not isinstance(fact, Move) or fact.span.start > start or fact.period == "unknown":
            continue  # "..., when prices ended at $126.58": a move of another day takes no range of this one
        fact_sentence = ctx.sentences[ctx.sentence_at(fact.span.start)]
        if fact_sentence.paragraph < paragraph - 1:
            break
        same_sentence = ctx.sentence_at(fact.span.start) == sentence_index
        if entity is not None and not same_sentence and fact.subject.entity != entity.entity:
            continue
        if bounds is None or all(getattr(fact, k) is None for k in bounds):
            target = index
        break
    if target is None:  # "moved in a range of A to B before closing at C": the move told after it, in the sentence
        sentence_end = ctx.sentences[sentence_index].end
        for index, fact in enumerate(out):
            if (isinstance(fact, Move) and start < fact.span.start < sentence_end and (bounds is None or all(getattr(fact, k) is None for k in bounds))
                    and (entity is None or fact.subject.entity == entity.entity)):
                return index
    return target
