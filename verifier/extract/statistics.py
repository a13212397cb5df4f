"""Statistics: figures about something other than a move, read last from what no other fact took.

"a 25% tariff", "its 8.7% stake", "a 71% chance", "35% of EU aluminium imports", "147 new highs and 93
new lows", "($1 = 1,362.4800 won)", "(1 euro = 124.318 dinars)", a policy move or level ("a further 25 basis
points", "kept rates at 3.6 per cent"), a deal, a price target, and a chance "up from" an earlier one. Rules
may ignore most of them; coverage and the report still say what each figure is.
"""
from __future__ import annotations

import re

from ..facts import Fact, State, Statistic
from ..numbers import Quantity
from .compiled import re_pattern
from .context import Context
from .patterns import SPELLED
from .quantities import spelled_value

# "a 25% tariff", "its 8.7% stake", "a $1.9 billion quarterly loss", "a 25-basis-point rate cut"
_NOUN_AFTER = re_pattern(r"(?:\s|-)(?P<measure>(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]{2,})(?=[\s,.;:)]|$)")
_ARTICLE = re_pattern(r"\b(?:a|an|its|their|his|her|the|one|another)\s+(?:(?:further|solitary|blanket|global|new|roughly|about|around|nearly|some)\s+)?$", re.IGNORECASE)
# "40% of US steel imports", "90% of the market capitalization", "50% of its earnings"
_OF_WHAT = re_pattern(r"\s+of\s+(?P<measure>(?:the\s+|its\s+|their\s+)?[A-Za-z][\w&'.-]*(?:\s+[a-z][\w&'.-]*){0,4}?)(?=\s*[,.;)]|\s+(?:in|on|at|from|to|was|were|is|are|and|last|this|by|for|over|of|across|among)\b)")
# "162 new highs", "17 new 52-week highs", "25 planes", "766 commercial aircraft", "15 trading partners",
# "13 major sectoral indices", "Top 10 gainers"
_GROUPS = r"sectors|sector\s+indexes|sector\s+indices|heavyweights|partners|indexes|indices|components|constituents|members|categories|industries"
_COUNT_OF = re_pattern(
    r"\s+(?P<measure>(?:new\s+|fewer\s+|more\s+|additional\s+)?(?:[0-9]+-week\s+)?(?:highs|lows|planes|aircraft|deliveries|jobs|rigs|companies|sectors|stocks|countries|turbines|issues|counters|gainers|losers|sessions|days|weeks|months|years|times)\b"
    r"|(?:[a-z][a-z-]+\s+){1,2}(?:planes|aircraft|deliveries|jobs|rigs|companies|countries|turbines|gainers|losers)\b"
    rf"|(?:(?:top|major|main|index|[A-Z][\w&/.-]*(?:\s+[0-9]+)?|[a-z][a-z-]+)\s+){{0,3}}(?:{_GROUPS})\b)"
)
# "In all 26 of 33 TSE sectors ended higher", "seven of the top 10 index heavyweights": a part of a group
_PART_OF = re_pattern(
    rf"(?P<a>[0-9][0-9,]*)\s+of\s+(?:the\s+)?(?:top\s+)?(?P<b>[0-9][0-9,]*)\s+(?P<measure>(?:[\w&/.-]+\s+){{0,3}}?(?:{_GROUPS}))\b"
)
# "Of 19 sector gauges' indices, 12 closed higher", "out of 30 categories, 21 rose": the whole named first
_WHOLE_FIRST = re_pattern(
    rf"\b(?:[Oo]f|[Oo]ut\s+of|[Aa]mong)\s+(?:the\s+)?(?P<b>[0-9][0-9,]*)\s+(?P<measure>(?:[\w&/.-]+\s+){{0,3}}?(?:{_GROUPS}))\s*,\s*(?P<a>[0-9][0-9,]*)\s+(?=[a-z])"
)
_WHOLE_FIRST_HINT = re_pattern(r"sector|indices|indexes|categories|industries|heavyweights|components|constituents|members|partners")
# "($1 = 1,362.4800 won)", "(1 euro = 124.318 dinars)", "($1 = 7.0846 Chinese yuan)"
_RATE = re_pattern(r"\(\s*(?P<base>(?:US)?\$\s?1|1\s+[a-z]+)\s*=\s*(?P<rate>[0-9][0-9,.]*)\s+(?P<measure>[A-Za-z][A-Za-z. ]{1,30}?)\s*\)")
# "its 52-week high of 9413.27", "a monthly record of 98.3 bcfd", "turnover of 7.42 billion yuan",
# "a tariff of 15%", "the consensus estimate of 0.4%": the noun phrase before "of" is the measure
_MEASURE_OF = re_pattern(
    r"(?:^|(?<=[\s(]))(?P<measure>(?:(?:a|an|the|its|their|his|her|this|that|[A-Z][\w.&-]*(?:'s|\u2019s))\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:high|low|peak|trough|record|close|closing|level|average|estimate|estimates|consensus|"
    r"expectations?|forecast|turnover|volume|value|trade|total|tariffs?|duty|duties|tax|levy|dividend|EPS|range|support|"
    r"resistance|score|rate|gain|gains|increase|contraction|expansion|growth|margin|stake|price|target|worth|capacity|"
    r"loss|losses|decline|declines|drop|fall|rise|jump|deficit|surplus|outflows?|inflows?|chance|probability|odds|likelihood|highs|lows|peaks))"
    r"\s+(?:of|for)\s+(?:about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+|up\s+to\s+|just\s+(?:over|under)\s+)?(?:[A-Z]{0,3}\$\s?)?$",
    re.IGNORECASE,
)
# "introduce 20% tariffs", "impose 20 per cent tariffs", "a one-off 5-10 percent devaluation": a percent naming its noun
_PERCENT_NOUNS = frozenset(
    "tariff tariffs duty duties levy levies tax taxes stake stakes chance probability odds devaluation crash "
    "cut cuts hike hikes discount premium margin holding interest share yield".split()
)
# "in two weeks", "after four sessions of declines", "a seven-month low", "over the past five days":
# a span of time stated as a count, bound as a duration (spelled counts are no tokens of their own)
_DURATION_UNIT = re_pattern(r"(?<![a-z])(?:minutes?|hours?|sessions?|days?|weeks?|months?|years?|quarters?|decades?)(?![a-z])")  # over the folded text
_DURATION_COUNT = re_pattern(
    rf"(?<![A-Za-z0-9.,-])(?P<n>[0-9]+|{SPELLED})(?:-|\s+)(?:(?:straight|consecutive|successive|trading|straight\s+weekly|weekly)\s+)?$",
    re.IGNORECASE,
)
# "3,147.2 billion yen (around 21.18 billion U.S. dollars)", "0.61 billion yuan ($85.93 million)": the same
# amount in a second currency
_CONVERTED = re_pattern(r"\s*\((?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?:[A-Z]{0,3}\$|US\$)?$")
# "fell between 3-5 percent", "a range of 91.35-91.70", "$65-$68", "0.2%-0.7%", "between $9 million and
# $11 million": the two ends of a range, read as one statistic (quantity the low end, base the high end)
_RANGE_JOIN = re_pattern(r"\s*(?:-|\u2013|to|and)?\s*(?:[A-Z]{0,3}\$)?")
_RANGE_WORDED = re_pattern(r"\b(?:between|from|of)\s+(?:[A-Z]{0,3}\$)?$", re.IGNORECASE)
# "key resistance at 24,180", "immediate support is seen at 23,940", "gains towards 24,320 and 24,460"
_TECHNICAL = re_pattern(
    r"\b(?P<measure>support|resistance|target)\b(?:\s+(?:is|lies|seen|placed|pegged|level|levels|zone))*\s+(?:at|of|near|around|under|below|above|over)\s+(?:[A-Z]{0,3}\$)?$"
    r"|\b(?P<toward>towards?)\s+(?:the\s+)?(?:[0-9][0-9,.]*\s+and\s+)?$",
    re.IGNORECASE,
)
# A brief's bullets: "* Q2 net income USD 437 million", "* Q2 EBITDA margin 31.4%", "... vs. IBES estimate USD
# 4,913 million": the label before the figure is its measure
_BULLET_LABEL = re_pattern(
    r"(?:(?:^|(?<=\n))[ \t]*[*\u2022][ \t]+|\bvs\.?[ \t]+)(?P<label>[A-Za-z][A-Za-z0-9&'/ -]{0,60}?)[ \t]+(?:[A-Z]{3}[ \t]+)?$"
)
# "sold shares worth Rs 4,000 crore", "payments totalling some 38 billion euros", "valued at $2 billion"
_WORTH = re_pattern(r"\b(?P<measure>worth|totall?ing|valued\s+at)\s+(?:a\s+(?:hefty\s+|total\s+of\s+)?|about\s+|around\s+|some\s+)?(?:[A-Z]{0,3}\$|Rs\.?\s?|\u20b9)?$", re.IGNORECASE)
_WORTH_HINT = re_pattern(r"worth|totall?ing|valued")
# "a 64 percent chance of a cut, up from about 47 percent on Tuesday": the statistic's earlier value
_UP_DOWN_FROM = re_pattern(r"[^;]{0,160}?,?\s+(?P<cmp>up|down)\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?(?=[A-Z$0-9.])")
# A policy move in basis points: "lowered its key rate by a further 25 basis points", "one more 25 basis point
# rate reduction", "a cut of at least 25 basis points"
_POLICY_BEFORE = re_pattern(
    r"\b(?P<word>cut|cuts|cutting|hike|hikes|hiking|raise|raises|raising|lower|lowers|lowering|reduce|reduces|reducing|"
    r"reduction|ease|eases|easing|tighten|tightens|tightening)\b[^.;0-9]{0,60}?$",
    re.IGNORECASE,
)
_POLICY_AFTER = re_pattern(r"\s+(?:interest\s+)?(?:rate\s+)?(?P<word>cut|cuts|reduction|hike|hikes|increase|rise)\b", re.IGNORECASE)
_POLICY_HINT = re_pattern(r"basis[ -]point|percentage point")
_EASING = frozenset("cut cuts cutting lower lowers lowering reduce reduces reducing reduction ease eases easing".split())
# "4% YoY vs 3.8% estimate": a figure naming the estimate it is
_ESTIMATE_HINT = re_pattern(r"estimat|forecast|expectation|consensus|poll")
_ESTIMATE_AFTER = re_pattern(r"\s+(?P<measure>(?:consensus\s+)?(?:estimates?|forecasts?|expectations?|consensus|poll))\b", re.IGNORECASE)
# The policy rate as a level: "lifted short-term interest rates to 0.75%", "kept rates at 3.6 per cent"
_POLICY_RATE = re_pattern(
    r"\b(?:raised|raises|raising|hiked|hikes|cut|cuts|cutting|lowered|lowers|held|holds|holding|kept|keeps|left|leaves|reduced)\s+"
    r"(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:interest\s+)?rates?\s+(?:steady\s+|unchanged\s+)?(?:at|to)\s+$",
    re.IGNORECASE,
)
# What a deal is worth: "offered $64 billion to buy", "would acquire its rival for 4 billion Swiss francs", "raised $430 million"
_DEAL = re_pattern(
    r"\b(?:(?P<offer>offered|offers|offering|bid|bids|paid|pays|agreed\s+to\s+pay|raised|raises|raising)"
    r"|(?P<revised>raised|raising|raises|lifted|lifting|sweetened|cut|lowered)\s+(?:its\s+|the\s+)?(?:bid|offer)\s+(?:for\s+(?:[\w'&.-]+\s+){1,4}?)?to"
    r"|(?:buy|buys|bought|acquire|acquires|acquired|sell|sells|sold|purchase|purchased|divest|divests)\s+(?:[\w'&.-]+\s+){1,6}?for)"
    r"\s+(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|up\s+to\s+)?(?:[A-Z]{0,3}\$\s?)?$",
    re.IGNORECASE,
)
_DEAL_HINT = re_pattern(r"offer|bid|paid|pays|raise|raising|buy|bought|acquir|sell|sold|purchas|divest")
# "an overweight rating and A$4.35 target on the stock": a price target
# "defending 24,100 on the upside and 23,680 on the downside": a technical level on one side of the market
_SIDE = re_pattern(r"\s+on\s+the\s+(?P<side>upside|downside)\b", re.IGNORECASE)
_PRICE_TARGET = re_pattern(r"\s+(?:price\s+)?target\b", re.IGNORECASE)
# "A Gallup poll put the lead at 6 points", "economists peg growth at 2%": a measure a source puts at a figure
_PUT_AT = re_pattern(
    r"\b(?:put|puts|putting|pegged|pegs|pegging|estimated|estimates|saw|sees|seeing)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<measure>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+at\s+(?:about\s+|around\s+|some\s+|nearly\s+)?(?:[A-Z]{0,3}\$\s?)?$"
)
# "beat analysts estimates by 2.3%", "missed forecasts by $0.03": the margin of a beat or a miss
_BEAT_BY = re_pattern(
    r"\b(?P<verb>beat|beats|beating|topped|tops|topping|missed|misses|missing|exceeded|exceeds)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:expectations|estimates|forecasts?|consensus)\s+by\s+(?:about\s+|around\s+)?(?:[A-Z]{0,3}\$\s?)?$",
    re.IGNORECASE,
)
_US_DOLLARS = re_pattern(r"\s+(?:U\.S\.|US)\s+dollars?\b")
_TECHNICAL_HINT = re_pattern(r"support|resistance|target|toward")
_HINT = re_pattern(r"[0-9]")
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
    for m in (m for sentence in ctx.sentences_with(_WHOLE_FIRST_HINT) for m in _WHOLE_FIRST.finditer(text, sentence.start, sentence.end)):
        part, whole = ctx.token_at(m.start("a")), ctx.token_at(m.start("b"))
        if part is None or whole is None or part.start in ctx.claimed or whole.start in ctx.claimed:
            continue
        ctx.claimed.update((part.start, whole.start))
        out.append(Statistic(id="", span=ctx.span(m.start(), m.end("a")), measure=" ".join(m["measure"].split()),
                             quantity=part.quantity, base=whole.quantity))
    _ranges(ctx, out)
    _policy(ctx, out)
    first = len(out)
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
    out[first:] = [_with_prior(ctx, f) if isinstance(f, Statistic) else f for f in out[first:]]
    _durations(ctx, out)
    return out


def _policy(ctx: Context, out: list[Fact]) -> None:
    """Rate cuts and hikes counted in basis points or percentage points."""
    for sentence in ctx.sentences_with(_POLICY_HINT):
        for token in ctx.tokens_in(sentence.start, sentence.end):
            if token.start in ctx.claimed or token.quantity.unit not in ("basis_points", "percentage_points"):
                continue
            after = _POLICY_AFTER.match(ctx.text, token.end)
            before = None if after else _POLICY_BEFORE.search(ctx.text, max(sentence.start, token.start - 70), token.start)
            found = after or before
            if found is None:
                continue
            ctx.claimed.add(token.start)
            measure = "rate cut" if found["word"].lower() in _EASING else "rate hike"
            span = (token.start, after.end()) if after else (before.start(), token.end)
            out.append(Statistic(id="", span=ctx.span(*span), measure=measure, quantity=token.quantity))


def _with_prior(ctx: Context, fact: Statistic) -> Statistic:
    """A statistic followed by "up from" or "down from" an earlier value in its own unit."""
    sentence = ctx.sentences[ctx.sentence_at(fact.quantity.span.start)]
    found = _UP_DOWN_FROM.match(ctx.text, fact.quantity.span.end, sentence.end)
    if found is None:
        return fact
    prior = ctx.token_covering(found.end()) or ctx.token_at(found.end())
    if prior is None or prior.start in ctx.claimed or prior.quantity.unit != fact.quantity.unit:
        return fact
    ctx.claimed.add(prior.start)
    return fact.model_copy(update={"prior": prior.quantity, "comparison_direction": 1 if found["cmp"].lower() == "up" else -1,
                                   "span": ctx.span(fact.span.start, prior.end)})


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
    lead = ctx.folded[max(ctx.document.body_start, token.start - 70) : token.start]
    after = ctx.folded[token.end : token.end + 24]  # plain substring tests first: most figures skip the patterns below
    window = max(sentence.start, token.start - 80)
    if "rate" in lead and _POLICY_RATE.search(text, window, token.start) is not None:
        return "interest rate", token.end
    if token.quantity.unit.isupper() and _DEAL_HINT.search(lead) and (deal := _DEAL.search(text, window, token.start)) is not None:
        return "offer" if deal["revised"] or deal["offer"] and deal["offer"].lower().startswith(("offer", "bid", "paid", "pay", "agreed")) else \
            "capital raised" if deal["offer"] else "deal value", token.end
    if token.quantity.unit.isupper() and "target" in after and (target := _PRICE_TARGET.match(text, token.end, limit)) is not None:
        return "price target", target.end()
    if " at" in lead[-12:] and (put := _PUT_AT.search(text, window, token.start)) is not None:
        return " ".join(put["measure"].split()), token.end
    if " by" in lead[-8:] and (beat := _BEAT_BY.search(text, window, token.start)) is not None:
        return ("beat" if not beat["verb"].lower().startswith("miss") else "miss"), token.end
    side = _SIDE.match(text, token.end, limit) if token.quantity.unit in ("", "points") and "side" in after else None
    if side is not None:
        return "level on the " + side["side"].lower(), side.end()
    estimate = _ESTIMATE_AFTER.match(text, token.end, limit) if _ESTIMATE_HINT.search(after) else None
    if estimate is not None:
        return " ".join(estimate["measure"].lower().split()), estimate.end()
    count = _COUNT_OF.match(text, token.end, limit)
    if count is not None and token.quantity.unit in ("", "shares"):
        return " ".join(count["measure"].split()), count.end()
    before = text[max(sentence.start, token.start - 30) : token.start]
    noun = _NOUN_AFTER.match(text, token.end, limit)
    if noun is not None and noun["measure"].split()[0] not in _WORDS:
        if _ARTICLE.search(before) or (token.quantity.unit == "percent" and noun["measure"].split()[0] in _PERCENT_NOUNS):
            return " ".join(noun["measure"].split()), noun.end()
    # NOTE: the backward searches are costly; a plain substring test first lets most figures skip them
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
