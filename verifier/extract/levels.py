"""Level claims: "just above the 61,740-point plateau", "below the 3,000 mark", "returns to 6,300 level",
"returned above 6,300", "traded at record highs above 9,640", "found support under 2,900", and
record levels: "hit a record high of 2,318.47 points", "to a record 4,127.6".

The subject is the last one named in the sentence, else the index named in the paragraph, else the
last name of any kind in the paragraph ("the rupee ... A finish below 91.50 level"). A claim about
what could, should or may happen ("could push the PSEi above 7,200", "a finish below 91.50 would
signal") is marked conditional: it describes no close.
"""
from __future__ import annotations

import re

import regex

from ..facts import Fact, LevelClaim, Statistic, Subject
from ..numbers import Qualifier, Scale
from .context import MAIN_TYPES, Context
from .patterns import DIGITS
from .compiled import re_pattern, regex_pattern

_RELATIONS = {
    "above": "above", "over": "above", "past": "above", "through": "above", "beyond": "above",
    "atop": "above", "below": "below", "under": "below", "beneath": "below", "near": "near",
    "around": "near", "toward": "near", "towards": "near", "approaching": "near", "at": "at",
    "to": "at", "on": "at", "of": "at", "reclaimed": "above", "reclaiming": "above", "breaching": "above",
    "breached": "above", "crossed": "above", "crossing": "above", "topped": "above", "topping": "above",
}
_PROXIMITY = {"just": "just", "slightly": "just", "barely": "just", "a shade": "just", "well": "well",
              "comfortably": "well", "firmly": "well", "far": "well"}
_PROX = "|".join(_PROXIMITY)
_AMOUNT = rf"(?:[A-Z]{{0,3}}\$\s?)?(?P<n>{DIGITS})"
# "just above the 61,740-point plateau", "below the 3,000 mark", "to the 6,300 level", "the 52,000-point level",
# "the psychologically important 7.1 per dollar level"
LEVEL = re_pattern(
    rf"(?:(?P<prox>{_PROX})\s+)?(?P<rel>{'|'.join(sorted(_RELATIONS, key=len, reverse=True))})\s+"
    rf"(?:the\s+)?(?:key\s+|psychological(?:ly\s+important)?\s+|critical\s+|important\s+)?{_AMOUNT}(?:-point|\s+points?)?"
    r"(?:\s+(?:per|a|an|to\s+the|against\s+the)\s+(?:dollar|euro|yen|greenback|ounce|barrel))?\s+"
    r"(?:plateau|mark|level|line|threshold|barrier|milestone|handle|figure|zone|region|area|ceiling|floor|territory)s?\b",
    re.IGNORECASE,
)
# A threshold with no noun after it, placed by a verb of trading or a high: "returned above 6,300", "traded at
# record highs above 9,640", "hovered near a record high above $3,400", "found support under 2,900",
# "could push the PSEi above 7,200"
_LEAD = (
    r"returned|returns|returning|rose|rises|rising|climbed|climbs|climbing|jumped|rallied|surged|fell|falls|falling|dropped|"
    r"slipped|sank|slid|tumbled|closed|closing|ended|ending|finished|finishing|settled|settling|traded|trading|trades|"
    r"hovered|hovering|hovers|held|holds|holding|stayed|staying|remained|remaining|stood|standing|moved|moving|broke|breaking|"
    r"back|highs?|lows?|peaks?|break|close|move"
)
_OBJECT_VERBS = r"push|pushed|pushing|lift|lifted|lifting|drive|drove|send|sent|take|took|keep|kept"
BARE_LEVEL = re_pattern(
    rf"\b(?:(?P<lead>{_LEAD})|(?P<verb>{_OBJECT_VERBS})\s+(?P<object>(?:the\s+)?[A-Z][\w&.()/-]*(?:\s+[A-Z0-9][\w&.()/-]*){{0,2}}))\s+"
    r"(?:(?:at|near|to)\s+(?:a\s+|its\s+|their\s+)?(?:(?:record|all-time|fresh|new|session|intraday|[\w]+-(?:month|week|year))\s+){1,2}"
    r"(?:highs?|lows?|peaks?)\s+)?"
    rf"(?:(?P<prox>{_PROX})\s+)?(?P<rel>above|below|under|over|beneath)\s+(?:the\s+)?{_AMOUNT}"
    r"(?![0-9]|[.,][0-9]|\s*%|\s*(?:percent|per\s+cent|pct|basis|percentage|points?|pts|years?|months?|weeks?|days?|sessions?|times)\b)",
    re.IGNORECASE,
)
# A record level: "hit a record high of 2,318.47 points", "posted a record closing high at 27,314.62",
# "reached a record 518.39", "to a record 4,127.6", "eclipsing yesterday's record close 3148.7"
RECORD = regex_pattern(
    rf"\b(?:(?:to|reached|reach|reaching|hit|hits|hitting|touched|touching|at|set|posted|marked)\s+(?:a|an|its|their)\s+(?:new\s+|fresh\s+)?record\s+{_AMOUNT}"
    rf"|(?P<mark>(?:record|all-time)\s+(?:closing\s+|intraday\s+)?(?:high|low|close|peak))\s+(?:of\s+|at\s+)?{_AMOUNT})"
    r"(?![0-9]|[.,][0-9]|\s*%|\s*(?:percent|per\s+cent|pct|basis|percentage|times)\b)",
    regex.IGNORECASE,
)
# A mark a price crossed, told by the verb of crossing, with its points or not: "surpassed 11,000 points",
# "crosses 100,000 points", "exceeded the floor of 72,000 units", "broke past $3,000", "sinks below 81,000".
# Whether it held there at the close the verb does not say, so the claim is none about the close, unless a
# verb of closing places it: "closes above 18,000 points", "to close below 11,000 points", "end below 9,000".
_UNREAD_AFTER = r"(?![0-9]|[.,][0-9]|\s*%|[\s-]*(?:percent|per\s+cent|pct|basis|percentage|years?|months?|weeks?|days?|sessions?|times|billion|million|trillion|bn|mn)\b)"
_CROSS_ABOVE = r"surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|cross(?:es|ed|ing)?(?:\s+above)?|(?:broke|breaks?|breaking)\s+(?:past|through)|top(?:s|ped|ping)"
_CROSS_BELOW = r"(?:sinks?|sank|sinking|dips?|dipped|dipping|drops?|dropped|dropping|goes|went|going|slips?|slipped|slipping|falls?|fell|falling|slid|slides?|sliding)\s+below"
_CLOSE_VERB = r"(?:close[sd]?|closing|end(?:s|ed|ing)?|finish(?:es|ed|ing)?|settle[sd]?|settling)"
CROSSING = re_pattern(
    rf"\b(?:(?P<close>{_CLOSE_VERB})\s+(?:the\s+(?:day|session|week)\s+)?(?:(?P<prox>{_PROX})\s+)?(?P<rel>above|below|under|over)"
    rf"|(?P<above>{_CROSS_ABOVE})|(?P<below>{_CROSS_BELOW}))\s+(?:the\s+)?(?:(?:level|floor|mark|barrier|threshold)\s+of\s+)?"
    rf"{_AMOUNT}(?:-point|\s+points?|\s+units)?{_UNREAD_AFTER}",
    re.IGNORECASE,
)
# A mark approached and not reached: "pushed towards 8,000 points", "stops shy of 8,000 points", "nears 1,000 points"
APPROACH = re_pattern(
    rf"\b(?:towards?|nears?|neared|nearing|approach(?:es|ed|ing)?|(?:stops?|stopped|fell|falls|came|comes)\s+(?:just\s+)?(?:shy|short)\s+of"
    rf"|within\s+(?:a\s+)?whisker\s+of(?:\s+clocking)?)\s+(?:the\s+)?{_AMOUNT}(?:-point|\s+points?)?{_UNREAD_AFTER}",
    re.IGNORECASE,
)
_CROSSING_HINT = re_pattern(r"surpass|exceed|\bcross|\bbr[eo]k|\btop(?:s|ped|ping)?\b| below | above |(?:clos|end|finish|settl)\w* (?:\w+ ){0,3}(?:under|over) ")
_APPROACH_HINT = re_pattern(r"toward|\bnear(?:s|ed|ing)?\b|approach|shy of|short of|whisker")

# A chart's levels: "support aligns at 1.0765", "targets starting at 1.2150", "a break above 1.0824 would target 1.0863",
# "the 50-day MA is seen at 1.1125": marks a price may reach, no level it was at; read as statistics of their kind
_TECHNICAL = re_pattern(
    r"\b(?P<kind>support|resistance|target|hurdle|pivot|moving\s+average|MA|SMA|break)(?:s|ed|ing)?\b"
    r"(?:\s+(?:level|levels|zone|area|line|region|starting|aligns|lies|sits|is|comes|seen|holds|of|above|below|through|under|over|"
    r"the|for|ascending|descending|channel|would|target|currently|stands|immediate|key|first|next|horizontal|intermediate|strong)){0,4}"
    r"\s+(?:at|near|around|of|to|towards|toward)?\s*(?=[0-9])", re.IGNORECASE)
# The next level of a chain: "then 1.2410", "followed by 1.0715 (low May.14) and finally 1.0690", "en route to 1.1470"
_CHAIN = re_pattern(
    r"(?:\s*\([^()]{0,40}\))?\s*,?\s*(?:then|followed\s+by|and\s+(?:finally\s+|then\s+)?|en[\s-]route\s+(?:to\s+)?|ahead\s+of|"
    r"would\s+target|or)\s*(?:the\s+)?(?=[0-9])", re.IGNORECASE)
_BREAK_PAST = re_pattern(r"\b(?:of|above|below|through|under|over)\b", re.IGNORECASE)
_TECHNICAL_HINT = re_pattern(r"support|resistance|target|hurdle|pivot|moving average|\bs?ma\b|break")

# Words that make a claim a condition or a forecast, read in the clause before it
_CONDITIONAL = re_pattern(
    r"\b(?:could|would|may|might|will|should|can|if|unless|once|expects?|expected|forecasts?|sees|target(?:s|ing)?|aims?|"
    r"likely|calling\s+for|predict\w*|a\s+(?:decisive\s+|sustained\s+|daily\s+|weekly\s+)?(?:close|move|break|breach|fall|drop|rise|push)|"
    r"to\s+(?:reclaim|test|retest|reach|hit|break|breach))\b",
    re.IGNORECASE,
)
# The currency a rate is quoted against is no subject of its level: "to the dollar", "against the euro"
_COUNTER = re_pattern(r"\b(?:to|against|versus|per)\s+(?:the\s+)?$", re.IGNORECASE)
# An index named as a noun phrase: "the all ordinaries index", "The gold index", "the composite index"
_INDEX_NOUN = re_pattern(r"\b[Tt]he\s+(?:[\w&/.'-]+\s+){0,4}?(?:index|average|composite)\b")
_TO_A = re_pattern(
    r"\b(?:to|at)\s+(?:(?:close|end|finish|settle)(?:\s+at)?\s+)?(?:a|an|its|their)\s+(?:new\s+|fresh\s+)?$", re.IGNORECASE
)
# "a break above 1,760 could clear the path": a modal right after the figure, in its own clause ("just above the
# 61,740-point plateau and it may add to its winnings" is a claim, then a forecast)
_MODAL_AFTER = re_pattern(
    r"(?:\s+(?!(?:and|but|while|as|it|they|which|though|although)\b)[\w-]+){0,2}?\s+(?:could|would|may|might|will|should|can)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re_pattern(r"[;:]|,\s+(?:but|while|and|as|though|although)\s")

_HINT = re_pattern(r"plateau|mark|level|line|threshold|barrier|milestone|handle|figure|zone|region|area|ceiling|floor|territory")
_BARE_HINT = re_pattern(r"(?:above|below|under|over|beneath) (?:the )?[a-z]{0,3}\$?[0-9]")
_RECORD_HINT = re_pattern(r"record|all-time")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Every threshold a subject is placed against, and every record level stated."""
    out = list(facts)
    text = ctx.text
    for m in (m for s in ctx.sentences_with(_HINT) for m in LEVEL.finditer(text, s.start, s.end)):
        _claim(ctx, out, m, _RELATIONS[m["rel"].lower()])
    for m in (m for s in ctx.sentences_with(_RECORD_HINT) for m in RECORD.finditer(text, s.start, s.end)):
        if m["mark"] and _moved_to(ctx, m.start()) or not m["mark"] and m[0][:2].lower() == "to" and _verb_before(ctx, m.start()):
            continue  # "rose 0.64% to a record high of 612.48", "had risen 37.5 points to a record 3,114.8": the move's level
        mark = " ".join(m["mark"].lower().split()) if m["mark"] else "record"
        _claim(ctx, out, m, "at", mark=mark)
    for m in (m for s in ctx.sentences_with(_BARE_HINT) for m in BARE_LEVEL.finditer(text, s.start, s.end)):
        _claim(ctx, out, m, _RELATIONS[m["rel"].lower()])
    for m in (m for s in ctx.sentences_with(_CROSSING_HINT) for m in CROSSING.finditer(text, s.start, s.end)):
        relation = _RELATIONS[m["rel"].lower()] if m["rel"] else "above" if m["above"] else "below"
        _claim(ctx, out, m, relation, passing=not m["close"])
    for m in (m for s in ctx.sentences_with(_APPROACH_HINT) for m in APPROACH.finditer(text, s.start, s.end)):
        _claim(ctx, out, m, "near")
    _technical(ctx, out)
    return out


def _technical(ctx: Context, out: list[Fact]) -> None:
    """Each level of a chart's reading, and the levels chained after it, as a statistic of its kind."""
    text = ctx.text
    for sentence in ctx.sentences_with(_TECHNICAL_HINT):
        for m in _TECHNICAL.finditer(text, sentence.start, sentence.end):
            measure = " ".join(m["kind"].lower().split())
            if measure == "break" and not _BREAK_PAST.search(m[0]):
                continue  # "needs to break 2016": a break needs its side ("a break above", "a break of")
            measure = "technical level" if measure == "break" else measure
            token = ctx.token_at(m.end())
            while token is not None and token.start not in ctx.claimed and token.quantity.unit != "percent" and token.quantity.scale == Scale.ONE:
                ctx.claimed.add(token.start)
                out.append(Statistic(id="", span=ctx.span(m.start(), token.end), subject=ctx.subject_before(m.start()),
                                     measure=measure, quantity=token.quantity))
                chained = _CHAIN.match(text, token.end, sentence.end)
                token = ctx.token_at(chained.end()) if chained else None


# A claim denied: "hasn't traded below", "has not closed above", "never fell under"
_NEGATED = re_pattern(r"\b(?:hasn't|haven't|has\s+not|have\s+not|hadn't|had\s+not|never|didn't|did\s+not|not)\b[^,.;]{0,30}$", re.IGNORECASE)


def _claim(ctx: Context, out: list[Fact], m: regex.Match, relation: str, mark: str | None = None, passing: bool = False) -> None:
    """A claim of the subject at `m`; `passing` when the verb tells a mark crossed during the day, no close."""
    token = ctx.token_covering(m.start("n"))
    if token is None or token.start in ctx.claimed or token.quantity.scale != Scale.ONE:
        return
    if _NEGATED.search(ctx.text, max(0, m.start() - 40), m.start() + 1):
        return  # "hasn't traded below the 7,000 mark since 1997": a claim denied, none made
    subject = _object(ctx, m) or _subject(ctx, m.start())
    if subject is None:
        return
    ctx.claimed.add(token.start)
    threshold = token.quantity
    if threshold.qualifier is not Qualifier.EXACT and token.start < m.start("n") and "rel" in m.groupdict() and token.start <= m.start("rel"):
        # "under 2,900": the relation word, read by the figure grammar as a qualifier, is the claim's relation
        start = m.end("rel") + len(ctx.text[m.end("rel") : m.start("n")]) - len(ctx.text[m.end("rel") : m.start("n")].lstrip())
        threshold = threshold.model_copy(update={"qualifier": Qualifier.EXACT, "span": ctx.span(start, token.end)})
    prox = _PROXIMITY[m["prox"].lower()] if m.groupdict().get("prox") else "plain"
    out.append(LevelClaim(id="", span=ctx.span(m.start(), m.end()), subject=subject, relation=relation, proximity=prox,
                          threshold=threshold, conditional=passing or _conditional(ctx, m.start("n"), m.end()), mark=mark))


def _moved_to(ctx: Context, offset: int) -> bool:
    """Whether a record follows "to" after a verb of moving in its clause ("rose 0.64% to close at a record high of
    612.48"): the move reads it as its level or high."""
    sentence = ctx.sentences[ctx.sentence_at(offset)]
    if not _TO_A.search(ctx.text, max(sentence.start, offset - 24), offset):  # "to close at a new ", "to close an "
        return False
    return _verb_before(ctx, offset)


def _verb_before(ctx: Context, offset: int) -> bool:
    """A verb of moving in the 90 characters of its sentence before `offset`."""
    sentence = ctx.sentences[ctx.sentence_at(offset)]
    start = max(sentence.start, offset - 90)
    return any(start <= v.start < offset for v in ctx.verbs)


def _object(ctx: Context, m: regex.Match) -> Subject | None:
    """The name a verb puts above or below a level: "push the PSEi above 7,200"."""
    if not m.groupdict().get("object"):
        return None
    for named in ctx.named_in(m.start("object"), m.end("object")):
        return ctx.resolve(named)
    return None


def _subject(ctx: Context, offset: int) -> Subject | None:
    """The name placed at the level: the last in its sentence (not the currency a rate is quoted against, not a
    metal naming an index), an index written as a noun phrase, the paragraph's index, else its last name."""
    sentence = ctx.sentences[ctx.sentence_at(offset)]
    indexes = list(_INDEX_NOUN.finditer(ctx.text, sentence.start, offset))
    index = indexes[-1] if indexes else None
    for named in reversed(ctx.named_in(sentence.start, offset)):
        if index is not None and named.end <= index.start():
            break  # "the all ordinaries index ... to a record 4,127.6": a later index the lexicon does not name
        if _COUNTER.search(ctx.text, max(sentence.start, named.start - 12), named.start):
            continue  # "the yuan was 0.08% weaker ... to the dollar, after breaching": the yuan
        if index is not None and named.type not in MAIN_TYPES and index.start() <= named.start < index.end():
            break  # "the gold index": an index, not the metal
        return ctx.resolve(named)
    if index is not None:
        words = index.group(0).strip()
        return Subject(text=words, type="index", span=ctx.span(index.start(), index.start() + len(words)))
    subject = ctx.subject_before(offset)
    if subject is not None:
        return subject
    paragraph = ctx.sentences[ctx.sentence_at(offset)].paragraph
    for named in reversed(ctx.named_in(0, offset)):
        if ctx.sentences[ctx.sentence_at(named.start)].paragraph != paragraph:
            return None
        if named.entity:
            return ctx.resolve(named)
    return None


def _conditional(ctx: Context, offset: int, end: int) -> bool:
    """Whether the clause around the claim makes it a condition or a forecast: "could push the PSEi above 7,200",
    "a break above 1,610 could open the way"."""
    sentence = ctx.sentences[ctx.sentence_at(offset)]
    before = ctx.text[sentence.start : offset]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    return _CONDITIONAL.search(clause) is not None or _MODAL_AFTER.match(ctx.text, end, sentence.end) is not None
