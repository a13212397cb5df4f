"""Statistics: figures about something other than a move, read last from what no other fact took.

"a 25% tariff", "its 10.1% stake", "a 62% chance", "40% of US steel imports", "162 new highs and 104
new lows", "($1 = 1,453.5700 won)", "(1 euro = 117.065 dinars)". Rules may ignore them; coverage
and the report still say what each figure is.
"""
from __future__ import annotations

import re

import regex

from ..facts import Fact, State, Statistic
from ..numbers import Quantity
from .context import Context
from .patterns import SPELLED
from .quantities import spelled_value

# "a 25% tariff", "its 10.1% stake", "a $2.4 billion quarterly loss", "a 25-basis-point rate cut"
_NOUN_AFTER = regex.compile(r"(?:\s|-)(?P<measure>(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]{2,})(?=[\s,.;:)]|$)")
_ARTICLE = regex.compile(r"\b(?:a|an|its|their|his|her|the|one|another)\s+(?:(?:further|solitary|blanket|global|new|roughly|about|around|nearly|some)\s+)?$", regex.IGNORECASE)
# "40% of US steel imports", "90% of the market capitalization", "50% of its earnings"
_OF_WHAT = regex.compile(r"\s+of\s+(?P<measure>(?:the\s+|its\s+|their\s+)?[A-Za-z][\w&'.-]*(?:\s+[a-z][\w&'.-]*){0,4}?)(?=\s*[,.;)]|\s+(?:in|on|at|from|to|was|were|is|are|and|last|this|by|for|over)\b)")
# "162 new highs", "17 new 52-week highs", "25 planes", "766 commercial aircraft"
_GROUPS = r"sectors|sector\s+indexes|sector\s+indices|heavyweights|partners|indexes|indices|components|constituents|members"
_COUNT_OF = regex.compile(
    r"\s+(?P<measure>(?:new\s+)?(?:[0-9]+-week\s+)?(?:highs|lows|planes|aircraft|deliveries|jobs|rigs|companies|sectors|stocks|countries|turbines|issues|counters|sessions|days|weeks|months|years|times)\b"
    rf"|(?:(?:top|major|main|index|[A-Z][\w&/.-]*(?:\s+[0-9]+)?)\s+){{0,3}}(?:{_GROUPS})\b)"
)
# "Total 29 of 33 TSE sectors closed higher", "six of the top 10 index heavyweights": a part of a group
_PART_OF = regex.compile(
    rf"(?P<a>[0-9][0-9,]*)\s+of\s+(?:the\s+)?(?:top\s+)?(?P<b>[0-9][0-9,]*)\s+(?P<measure>(?:[\w&/.-]+\s+){{0,3}}?(?:{_GROUPS}))\b"
)
# "($1 = 1,453.5700 won)", "(1 euro = 117.065 dinars)", "($1 = 6.2219 Chinese yuan)"
_RATE = regex.compile(r"\(\s*(?P<base>(?:US)?\$\s?1|1\s+[a-z]+)\s*=\s*(?P<rate>[0-9][0-9,.]*)\s+(?P<measure>[A-Za-z][A-Za-z. ]{1,30}?)\s*\)")
# "its 52-week high of 8807.44", "a monthly record of 104.6 bcfd", "turnover of 6.81 billion yuan",
# "a tariff of 10%", "the consensus estimate of 0.3%": the noun phrase before "of" is the measure
_MEASURE_OF = regex.compile(
    r"(?:^|(?<=[\s(]))(?P<measure>(?:(?:a|an|the|its|their|his|her|this|that|[A-Z][\w.&-]*(?:'s|\u2019s))\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:high|low|peak|trough|record|close|closing|level|average|estimate|estimates|consensus|"
    r"expectations?|forecast|turnover|volume|value|trade|total|tariffs?|duty|duties|tax|levy|dividend|EPS|range|support|"
    r"resistance|score|rate|gain|increase|contraction|expansion|growth|margin|stake|price|target|worth|capacity))"
    r"\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+|just\s+(?:over|under)\s+)?(?:[A-Z]{0,3}\$\s?)?$",
    regex.IGNORECASE,
)
# "introduce 25% tariffs", "impose 25 per cent tariffs", "a one-off 10-15 percent devaluation": a percent naming its noun
_PERCENT_NOUNS = frozenset(
    "tariff tariffs duty duties levy levies tax taxes stake stakes chance probability odds devaluation crash "
    "cut cuts hike hikes discount premium margin holding interest share yield".split()
)
# "in two weeks", "after four sessions of declines", "a seven-month low", "over the past five days":
# a span of time stated as a count, bound as a duration (spelled counts are no tokens of their own)
_DURATION_UNIT = re.compile(r"(?<![a-z])(?:sessions?|days?|weeks?|months?|years?|quarters?|decades?)(?![a-z])")  # over the folded text
_DURATION_COUNT = re.compile(
    rf"(?<![A-Za-z0-9.,-])(?P<n>[0-9]+|{SPELLED})(?:-|\s+)(?:(?:straight|consecutive|successive|trading|straight\s+weekly|weekly)\s+)?$",
    re.IGNORECASE,
)
# "2,668.9 billion yen (around 24.38 billion U.S. dollars)", "0.52 billion yuan ($83.58 million)": the same
# amount in a second currency
_CONVERTED = regex.compile(r"\s*\((?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?:[A-Z]{0,3}\$|US\$)?$")
# "fell between 2-6 percent", "a range of 87.95-88.20", "$65-$68", "0.2%-0.7%", "between $9 million and
# $11 million": the two ends of a range, read as one statistic (quantity the low end, base the high end)
_RANGE_JOIN = regex.compile(r"\s*(?:-|\u2013|to|and)?\s*(?:[A-Z]{0,3}\$)?")
_RANGE_WORDED = regex.compile(r"\b(?:between|from|of)\s+(?:[A-Z]{0,3}\$)?$", regex.IGNORECASE)
# "key resistance at 23,460", "immediate support is placed at 23,260", "gains towards 23,550 and 23,700"
_TECHNICAL = regex.compile(
    r"\b(?P<measure>support|resistance|target)\b(?:\s+(?:is|lies|seen|placed|pegged|level|levels|zone))*\s+(?:at|of|near|around)\s+(?:[A-Z]{0,3}\$)?$"
    r"|\b(?P<toward>towards?)\s+(?:the\s+)?(?:[0-9][0-9,.]*\s+and\s+)?$",
    regex.IGNORECASE,
)
# A brief's bullets: "* Q4 net income USD 598 million", "* Q4 EBITDA margin 26.7%", "... vs. IBES estimate USD
# 5,768 million": the label before the figure is its measure
_BULLET_LABEL = regex.compile(
    r"(?:(?:^|(?<=\n))[ \t]*[*\u2022][ \t]+|\bvs\.?[ \t]+)(?P<label>[A-Za-z][A-Za-z0-9&'/ -]{0,60}?)[ \t]+(?:[A-Z]{3}[ \t]+)?$"
)
# "sold shares worth Rs 5,000 crore", "payments totalling a hefty 55 billion euros", "valued at $2 billion"
_WORTH = regex.compile(r"\b(?P<measure>worth|totall?ing|valued\s+at)\s+(?:a\s+(?:hefty\s+|total\s+of\s+)?|about\s+|around\s+|some\s+)?(?:[A-Z]{0,3}\$|Rs\.?\s?|\u20b9)?$", regex.IGNORECASE)
_WORTH_HINT = re.compile(r"worth|totall?ing|valued")
_US_DOLLARS = regex.compile(r"\s+(?:U\.S\.|US)\s+dollars?\b")
_TECHNICAL_HINT = re.compile(r"support|resistance|target|toward")
_HINT = re.compile(r"[0-9]")
_LEAD_WORDS = frozenset(
    "a an the its their his her this that from with to at of in on by for over than and or compares compared off near "
    "above below under since after before against hit hitting reached touched".split()
)
_WORDS = frozenset("percent per cent points point basis and or to from at in on of the a an".split())


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A statistic for each unbound figure with a measure next to it."""
    out = list(facts)
    text = ctx.text
    for m in _RATE.finditer(text, ctx.document.body_start):
        rate = ctx.token_at(m.start("rate"))
        if rate is None or rate.start in ctx.claimed:
            continue
        base = ctx.token_covering(m.end("base") - 1)
        ctx.claimed.add(rate.start)
        if base is not None:
            ctx.claimed.add(base.start)
        out.append(Statistic(id="", span=ctx.span(m.start(), m.end()), measure=m["measure"].strip(),
                             quantity=rate.quantity, base=base.quantity if base else None))
    _conversions(ctx, out)
    for m in _PART_OF.finditer(text, ctx.document.body_start):
        part, whole = ctx.token_at(m.start("a")), ctx.token_at(m.start("b"))
        if part is None or whole is None or part.start in ctx.claimed or whole.start in ctx.claimed:
            continue
        ctx.claimed.update((part.start, whole.start))
        out.append(Statistic(id="", span=ctx.span(m.start(), m.end()), measure=" ".join(m["measure"].split()),
                             quantity=part.quantity, base=whole.quantity))
    _ranges(ctx, out)
    for token in ctx.tokens:
        if token.start in ctx.claimed:
            continue
        measure = _measure(ctx, token)
        if measure is None:
            continue
        ctx.claimed.add(token.start)
        words, end = measure
        out.append(Statistic(id="", span=ctx.span(token.start, end), measure=words, quantity=token.quantity,
                             subject=ctx.subject_before(token.start) if words.startswith("of ") else None))
    _durations(ctx, out)
    return out


def _conversions(ctx: Context, out: list[Fact]) -> None:
    """An amount in parentheses right after an amount in another currency: one statistic, the pair."""
    tokens = ctx.tokens
    for first, second in zip(tokens, tokens[1:]):
        unit = second.quantity.unit or ("USD" if _US_DOLLARS.match(ctx.text, second.end) else "")
        if second.start in ctx.claimed or len(unit) != 3 or unit == first.quantity.unit or len(first.quantity.unit) != 3:
            continue
        if not _CONVERTED.fullmatch(ctx.text, first.end, second.start):
            continue
        ctx.claimed.add(second.start)
        base = None if first.start in ctx.claimed else first.quantity
        ctx.claimed.add(first.start)
        out.append(Statistic(id="", span=ctx.span(first.start, second.end), measure="conversion", quantity=second.quantity, base=base))


def _ranges(ctx: Context, out: list[Fact]) -> None:
    """Two figures joined by a dash, or by "to"/"and" after "between", "from" or "of": one range."""
    text, tokens = ctx.text, ctx.tokens
    for low, high in zip(tokens, tokens[1:]):
        if low.start in ctx.claimed or high.start in ctx.claimed or high.start - low.end > 8:
            continue
        join = _RANGE_JOIN.fullmatch(text, low.end, high.start)
        if join is None:
            continue
        word = text[low.end : high.start].strip(" $")
        dashed = word in ("-", "\u2013") or (not word and high.quantity.negative and text[high.start] in "-\u2013")
        worded = word in ("to", "and") and _RANGE_WORDED.search(text, max(0, low.start - 12), low.start) is not None
        if not (dashed or worded) or (low.quantity.unit and high.quantity.unit and low.quantity.unit != high.quantity.unit):
            continue
        ctx.claimed.update((low.start, high.start))
        top = high.quantity.model_copy(update={"negative": False}) if dashed else high.quantity  # the dash joins, it is no sign
        out.append(Statistic(id="", span=ctx.span(low.start, high.end), measure="range", quantity=low.quantity, base=top))
    for sentence in ctx.sentences_with(_TECHNICAL_HINT):
        for token in ctx.tokens_in(sentence.start, sentence.end):
            found = None if token.start in ctx.claimed else _TECHNICAL.search(text, max(sentence.start, token.start - 60), token.start)
            if found is None:
                continue
            ctx.claimed.add(token.start)
            measure = found["measure"].lower() if found["measure"] else "target"
            out.append(Statistic(id="", span=ctx.span(found.start(), token.end), measure=measure, quantity=token.quantity,
                                 subject=ctx.subject_before(found.start())))


def _durations(ctx: Context, out: list[Fact]) -> None:
    """Counts of days, weeks, months or years that no other fact bound."""
    taken = {f.quantity.span.start for f in out if isinstance(f, State) and f.quantity is not None}
    mentioned = {m.start for m in ctx.mentions}  # not "three" of "the three-year Korean treasury bond", a name
    for unit_word in _DURATION_UNIT.finditer(ctx.folded, ctx.document.body_start):
        m = _DURATION_COUNT.search(ctx.text, max(ctx.document.body_start, unit_word.start() - 36), unit_word.start())
        if m is None:
            continue
        start, end = m.span("n")
        token = ctx.token_at(start)
        if start in taken or start not in mentioned or (token is not None and token.start in ctx.claimed) or ctx.token_covering(start) not in (None, token):
            continue
        word = m["n"]
        value = int(word) if word.isdigit() else spelled_value(word)
        unit = unit_word.group(0).rstrip("s") + "s"
        if token is not None:
            ctx.claimed.add(token.start)
        out.append(Statistic(id="", span=ctx.span(start, unit_word.end()), measure="duration",
                             quantity=Quantity(value=value, unit=unit, span=ctx.span(start, end))))


def _measure(ctx: Context, token) -> tuple[str, int] | None:
    text = ctx.text
    sentence = ctx.sentences[ctx.sentence_at(token.start)]
    limit = sentence.end
    of_what = _OF_WHAT.match(text, token.end, limit)
    if of_what is not None and token.quantity.unit in ("percent", "") or (of_what is not None and token.quantity.unit.isupper()):
        return "of " + " ".join(of_what["measure"].split()), of_what.end()
    count = _COUNT_OF.match(text, token.end, limit)
    if count is not None and token.quantity.unit in ("", "shares"):
        return " ".join(count["measure"].split()), count.end()
    before = text[max(sentence.start, token.start - 30) : token.start]
    noun = _NOUN_AFTER.match(text, token.end, limit)
    if noun is not None and noun["measure"].split()[0] not in _WORDS:
        if _ARTICLE.search(before) or (token.quantity.unit == "percent" and noun["measure"].split()[0] in _PERCENT_NOUNS):
            return " ".join(noun["measure"].split()), noun.end()
    # NOTE: the backward searches are costly; a plain substring test first lets most figures skip them
    lead = ctx.folded[max(ctx.document.body_start, token.start - 70) : token.start]
    label = _BULLET_LABEL.search(text, token.start - len(lead), token.start) if ("*" in lead or "\u2022" in lead or "vs" in lead) else None
    if label is not None:
        return label["label"], token.end
    worth = _WORTH.search(text, max(sentence.start, token.start - 30), token.start) if _WORTH_HINT.search(lead) else None
    if worth is not None:
        return " ".join(worth["measure"].lower().split()), token.end
    named = _MEASURE_OF.search(text[max(sentence.start, token.start - 60) : token.start]) if " of " in lead else None
    if named is not None:
        words = named["measure"].split()
        while len(words) > 1 and words[0].lower() in _LEAD_WORDS:
            words.pop(0)
        return " ".join(words), token.end
    return None
