"""Statistics: figures about something other than a move, read last from what no other fact took.

"a 25% tariff", "its 10.1% stake", "a 62% chance", "40% of US steel imports", "162 new highs and 104
new lows", "($1 = 1,453.5700 won)", "(1 euro = 117.065 dinars)". Rules may ignore them; coverage
and the report still say what each figure is.
"""
from __future__ import annotations

import re

import regex

from ..facts import Fact, Statistic
from .context import Context

# "a 25% tariff", "its 10.1% stake", "a $2.4 billion quarterly loss", "a 25-basis-point rate cut"
_NOUN_AFTER = regex.compile(r"(?:\s|-)(?P<measure>(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]{2,})(?=[\s,.;:)]|$)")
_ARTICLE = regex.compile(r"\b(?:a|an|its|their|his|her|the|one|another)\s+(?:(?:further|solitary|blanket|global|new|roughly|about|around|nearly|some)\s+)?$", regex.IGNORECASE)
# "40% of US steel imports", "90% of the market capitalization", "50% of its earnings"
_OF_WHAT = regex.compile(r"\s+of\s+(?P<measure>(?:the\s+|its\s+|their\s+)?[A-Za-z][\w&'.-]*(?:\s+[a-z][\w&'.-]*){0,4}?)(?=\s*[,.;)]|\s+(?:in|on|at|from|to|was|were|is|are|and|last|this|by|for|over)\b)")
# "162 new highs", "17 new 52-week highs", "25 planes", "766 commercial aircraft"
_COUNT_OF = regex.compile(r"\s+(?P<measure>(?:new\s+)?(?:[0-9]+-week\s+)?(?:highs|lows|planes|aircraft|deliveries|jobs|rigs|companies|sectors|stocks|countries|turbines|issues|counters|sessions|days|weeks|months|years|times)\b)")
# "($1 = 1,453.5700 won)", "(1 euro = 117.065 dinars)", "($1 = 6.2219 Chinese yuan)"
_RATE = regex.compile(r"\(\s*(?P<base>(?:US)?\$\s?1|1\s+[a-z]+)\s*=\s*(?P<rate>[0-9][0-9,.]*)\s+(?P<measure>[A-Za-z][A-Za-z. ]{1,30}?)\s*\)")
_HINT = re.compile(r"[0-9]")
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
    return out


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
    if _ARTICLE.search(before):
        noun = _NOUN_AFTER.match(text, token.end, limit)
        if noun is not None and noun["measure"].split()[0] not in _WORDS:
            return " ".join(noun["measure"].split()), noun.end()
    return None
