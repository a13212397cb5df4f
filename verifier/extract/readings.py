"""Readings of a named measure that is no market: economic data, policy rates, index weights, open interest.

"factory output growth slowed to 2.4 per cent in May from 5.1 per cent", "the jobless rate came in at 3.1
percent, above expectations for 3.0 percent", "open interest narrowed to 198,120 contracts from 201,455",
"cut its deposit rate to 0.25% from 0.5%", "the country's weight was reduced to 2.1% from 2.6%".
The reading is a statistic named by its noun phrase; the earlier value after "from" is its prior, and
the verb's direction ("slowed", "narrowed", "rose") is the comparison the rules check against the two.
"""
from __future__ import annotations

import re

from ..facts import Fact, Statistic
from .compiled import re_pattern
from .context import Context
from .leftovers import open_sentences

# What a measure of the economy or of a contract is called (the head noun of the phrase)
_NOUN = (
    r"(?:inflation|unemployment|jobless\s+rate|gdp|growth|output|production|retail\s+sales|spending|claims|payrolls|reserves|"
    r"deficit|surplus|exports|imports|cpi|ppi|pmi|interest|(?:policy|repo|deposit|lending|benchmark|interest|discount)\s+rate|"
    r"demand|orders|confidence|weight(?:age|ing)?|open\s+interest)"
)
_UP = frozenset("rose risen increased climbed accelerated widened grew jumped raised raising hiked rebounded surged expanded".split())
_DOWN = frozenset("fell dropped declined decreased slowed eased narrowed dwindled shrank slipped dipped cut cutting lowered lowering reduced plunged contracted".split())
_VERBS = "|".join(sorted(_UP | _DOWN | {"edged", "ticked", "moved", "changed"}, key=len, reverse=True))
# "<measure> [in Japan] [was] slowed [down] [by 0.5 percent] [in June] to": the measure, its verb and the cue "to"
_TO = re_pattern(
    rf"(?P<measure>\b(?:[A-Za-z][\w'\u2019-]*\s+){{0,3}}?{_NOUN}(?:\s+(?:growth|rate|index))?)\b(?:\s+(?:in|for|of)\s+[A-Z][\w]*)?"
    r"(?:\s+(?:has|had|was|were|have|being|has\s+been|was\s+being))?\s+"
    rf"(?P<verb>{_VERBS})(?:\s+(?:down|up|back|further|sharply|slightly))?"
    r"(?:\s+(?:by\s+)?[0-9][0-9,.]*\s*(?:%|percent|per\s+cent|percentage\s+points?|basis\s+points|contracts|lots)?)?"
    r"(?:\s+(?:in|on|last|this)\s+[\w]+)?\s+to\s+(?:a\s+seasonally\s+adjusted\s+|an?\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)
# "cut its deposit rate to", "raising the benchmark interest rate by 25 basis points to": the verb before its measure
_VERB_FIRST = re_pattern(
    rf"\b(?P<verb>{_VERBS})\s+(?:its|their|the|his|her)\s+(?P<measure>(?:[\w'\u2019-]+\s+){{0,3}}?{_NOUN})"
    r"(?:\s+by\s+[0-9][0-9,.]*\s*(?:%|percent|per\s+cent|percentage\s+points?|basis\s+points))?\s+to\s+$",
    re.IGNORECASE,
)
# "<measure> came in at", "stood at", "reached", "held at": a level, no change
_AT = re_pattern(
    rf"(?P<measure>\b(?:[A-Za-z][\w'\u2019-]*\s+){{0,3}}?{_NOUN}(?:\s+(?:growth|rate|index))?)\b(?:\s+(?:in|for|of)\s+[A-Z][\w]*)?"
    r"(?:\s+(?:for|in)\s+[A-Z][a-z]+)?\s+(?:came\s+in\s+at|came\s+at|coming\s+in\s+at|stood\s+at|held\s+at|was\s+at|reached|hit|amounted\s+to|totall?ed)"
    r"\s+(?:a\s+seasonally\s+adjusted\s+|an?\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)
_PRIOR = re_pattern(r"[^0-9;]{0,40}?\b(?:from|versus|against|compared\s+with)\s+(?:a\s+|the\s+)?(?:[A-Z]{0,3}\$|\u20ac|\u00a3)?$", re.IGNORECASE)
_EXPECTED = re_pattern(r"[^0-9;]{0,40}?\b(?:expectations?|forecasts?|estimates?|consensus)\s+(?:for|of)\s+(?:an?\s+)?$", re.IGNORECASE)
_LEAD = frozenset("a an the its their his her this that and while as after with".split())
_HINT = re_pattern(r"inflation|unemployment|jobless|gdp|growth|output|production|sales|spending|claims|payrolls|reserves|deficit|surplus|"
                   r"exports|imports|cpi|ppi|pmi|interest|rate|demand|orders|confidence|weight")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A statistic for each reading of an economic or contract measure, with its prior or its expectation."""
    out = list(facts)
    text = ctx.text
    for sentence in open_sentences(ctx, _HINT):
        tokens = ctx.tokens_in(sentence.start, sentence.end)
        for i, token in enumerate(tokens):
            if token.start in ctx.claimed:
                continue
            lead = ctx.folded[max(sentence.start, token.start - 45) : token.start]  # plain substring tests before the patterns
            if " to " not in lead and " at " not in lead and "reached" not in lead and "hit " not in lead and "amounted" not in lead and "total" not in lead:
                continue
            window = max(sentence.start, token.start - 120)
            if not _HINT.search(ctx.folded, window, token.start):  # the measure's noun must stand before the figure
                continue
            found = _TO.search(text, window, token.start) or _VERB_FIRST.search(text, window, token.start) or _AT.search(text, window, token.start)
            if found is None:
                continue
            words = found["measure"].split()
            while len(words) > 1 and (words[0].lower() in _LEAD or words[0].endswith(("'s", "\u2019s"))):
                words.pop(0)
            measure = " ".join(words).lower()
            verb = (found.groupdict().get("verb") or "").lower()
            ctx.claimed.add(token.start)
            fact = Statistic(id="", span=ctx.span(min(found.start("measure"), found.start()), token.end),
                             measure=measure, quantity=token.quantity)
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            if after is not None and after.start not in ctx.claimed and after.quantity.unit == token.quantity.unit:
                if _PRIOR.fullmatch(text, token.end, after.start):
                    ctx.claimed.add(after.start)
                    firm = not (token.quantity.negative or after.quantity.negative)
                    direction = (1 if verb in _UP else -1 if verb in _DOWN else 0) if firm else 0
                    fact = fact.model_copy(update={"prior": after.quantity, "comparison_direction": direction, "span": ctx.span(fact.span.start, after.end)})
                elif _EXPECTED.fullmatch(text, token.end, after.start):
                    ctx.claimed.add(after.start)
                    out.append(Statistic(id="", span=ctx.span(token.end, after.end), measure="expected " + measure, quantity=after.quantity))
            out.append(fact)
    return out
