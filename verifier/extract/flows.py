"""Investor flows: what a group of investors bought or sold, net or gross, and the earlier flow set against it.

"Foreigners and institutions bought X and Y, respectively", "net foreign selling amounted to P1.2 billion",
"some 640 million worth of net foreign selling", "local funds were net buyers to the tune of Rs 98 crore",
"sold a net NT$4.1 billion, compared with a net NT$1.9 billion on Friday", "with a net equity of 9.1 million".
Each amount is read by the cue in the stretch of text since the figure before it, so a cue speaks
only of the first amount after it, and a list ("X and Y") carries the cue on.
"""
from __future__ import annotations

import re

from ..facts import Fact, Move, Statistic, Subject
from ..numbers import Scale
from .compiled import re_pattern
from .context import Context
from .leftovers import open_sentences

# Who trades: "foreign investors", "foreign portfolio investors", "domestic institutional investors",
# "offshore funds", "local retailers", "foreigners", "institutions", "individuals", "FIIs"
_INVESTORS = (
    r"(?:(?:[Ff]oreign(?:\s+(?:institutional|portfolio))?|[Oo]ffshore|[Ll]ocal(?:\s+institutional)?|[Rr]etail|[Ii]nstitutional|"
    r"[Ii]ndividual|[Dd]omestic(?:\s+institutional)?|[Oo]verseas|[Mm]utual\s+fund)"
    r"\s+(?:investors|funds|buyers|traders|institutions|retailers)|[Ff]oreigners|[Ii]nstitutions|[Ii]ndividuals|FIIs|DIIs|FPIs)"
)
_WHO = re_pattern(rf"\b{_INVESTORS}\b")
# "Foreigners and institutions bought X and Y, respectively": two groups, their amounts in order
_PAIRED = re_pattern(rf"\b(?P<who>{_INVESTORS})\s+and\s+(?P<who2>{_INVESTORS})\b")
# A trading verb and the words that may stand between it and its amount: "bought shares worth a net of",
# "sold a net", "dumped a combined", "selling on average", "were net buyers to the tune of", "infused",
# "poured", "picked up a net", "after they off-loaded a net"
_VERB = re_pattern(
    r"\b(?P<verb>(?:net\s+)?(?:bought|sold|purchased|buying|selling)|offloaded|offloading|off-loaded|off-loading|dumped|"
    r"infused|poured|pumped|pulled\s+out|withdrew|invested|snapped\s+up|picked\s+up|(?:were|was|turned|stayed|remained)\s+net\s+(?:buyers|sellers))"
    r"\b[^0-9;]{0,48}$",
    re.IGNORECASE,
)
# A flow named as a noun before its amount: "net foreign selling for the day reached", "foreign buying of",
# "net inflows of", "a net equity of"
_NOUN = re_pattern(
    r"\b(?P<noun>(?:net\s+(?:foreign\s+|offshore\s+)?|foreign\s+|offshore\s+)(?:buying|selling|purchases|sales|inflows?|outflows?)|inflows?|outflows?|net\s+equity)"
    r"(?:\s+(?:for|in|during)\s+the\s+(?:day|session|week|month))?"
    r"\s+(?:reached|amounted\s+to|totall?ed|totall?ing|was|were|stood\s+at|hit|came\s+to|of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?(?:[A-Z]{2,3}\s)?$",  # "of EGP 9.1 million"
    re.IGNORECASE,
)
# The flow named after its amount: "some 640 million worth of net foreign selling"
_NOUN_AFTER = re_pattern(r"\s+worth\s+of\s+(?P<noun>(?:net\s+)?(?:foreign\s+|offshore\s+)?(?:buying|selling))\b", re.IGNORECASE)
# The earlier flow it is set against: "compared with a net", "against", "from"
_PRIOR = re_pattern(r"^[^0-9;]{0,40}?\b(?:compared\s+(?:with|to)|against|versus|vs\.?|from)\s+(?:a\s+net\s+(?:of\s+)?|net\s+)?(?:[^0-9\s]{1,4}\s?)?$", re.IGNORECASE)
# The next amount of a list: "X and Y", "X, Y"
_NEXT = re_pattern(r"^\s*(?:,|and|,\s*and)\s+(?:[^0-9\s]{1,4}\s?)?$")
_HINT = re_pattern(r"net |foreign|offshore|investors|institutions|individuals|fiis|diis|fpis|inflow|outflow|retailers")
_SELL = ("sold", "selling", "offload", "off-load", "dumped", "pulled", "withdrew", "sellers", "outflow", "sales")
_SCALED = (Scale.MILLION, Scale.TEN_MILLION, Scale.BILLION, Scale.TRILLION)


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A statistic for each amount a group of investors bought or sold, with the earlier flow it is compared to."""
    out = [f for f in facts if not (isinstance(f, Move) and _WHO.fullmatch(f.subject.text) and _release(ctx, f))]
    text = ctx.text
    for sentence in open_sentences(ctx, _HINT, _is_money):
        previous = None  # the figure before, and the statistic it became (if a flow)
        paired = _PAIRED.search(text, sentence.start, sentence.end)
        respectively = paired is not None and "respectively" in text[paired.end() : sentence.end]
        taken = 0
        for token in ctx.tokens_in(sentence.start, sentence.end):
            gap_start = max(previous[0].end if previous else sentence.start, token.start - 120)  # a cue stands near its amount
            last = previous[1] if previous else None
            previous = (token, None)
            if token.start in ctx.claimed or not _is_money(token):
                continue
            gap = text[gap_start : token.start]
            if last is not None and (prior := _PRIOR.match(gap)) is not None and last.prior is None:
                ctx.claimed.add(token.start)
                out[out.index(last)] = updated = last.model_copy(update={"prior": token.quantity, "span": ctx.span(last.span.start, token.end)})
                previous = (token, updated)
                continue
            measure, cue = _cue(ctx, gap, gap_start, token, last)
            if measure is None:
                continue
            who = _who(ctx, sentence.start, cue, paired if respectively else None, taken)
            taken += 1
            ctx.claimed.add(token.start)
            start = min(cue, token.start) if cue is not None else token.start
            fact = Statistic(id="", span=ctx.span(start, max(token.end, cue) if cue is not None else token.end), measure=measure,
                             quantity=token.quantity, subject=who)
            out.append(fact)
            previous = (token, fact)
    return out


def _release(ctx: Context, move: Move) -> bool:
    """A group of investors is no market: a "move" of "local funds were net sellers ... Rs 87 crore" is
    their flow (read again here) or their share of the trading (left to statistics)."""
    for q in (move.change, move.percent, move.level, move.prior, move.open, move.low, move.high):
        if q is not None:
            ctx.claimed.discard(q.span.start)
    return True


def _is_money(token) -> bool:
    """An amount of money: a currency figure, or a bare figure in millions or more ("some 640 million")."""
    unit = token.quantity.unit
    return (len(unit) == 3 and unit.isupper()) or (unit == "" and token.quantity.scale in _SCALED)


def _cue(ctx: Context, gap: str, gap_start: int, token, last: Statistic | None) -> tuple[str | None, int | None]:
    """The flow an amount is, from the cue between it and the figure before: (measure, where the cue stands)."""
    text = ctx.text
    if (noun := _NOUN.search(gap)) is not None:
        return _measure(noun["noun"], text, ctx, token), gap_start + noun.start()
    if (after := _NOUN_AFTER.match(text, token.end)) is not None:
        return _measure(after["noun"], text, ctx, token), after.end()
    verb = _VERB.search(gap)
    if verb is not None and _WHO.search(text, ctx.sentences[ctx.sentence_at(token.start)].start, gap_start + verb.start()) is not None:
        word = " ".join(verb["verb"].lower().split())
        side = "selling" if any(w in word for w in _SELL) else "buying"
        return "net " + side, gap_start + verb.start()  # a group's purchase or sale is its net flow, as wires report it
    if last is not None and _NEXT.match(gap) and token.quantity.unit == last.quantity.unit:
        return last.measure, None
    return None, None


def _measure(noun: str, text: str, ctx: Context, token) -> str:
    """'net selling', 'foreign buying', 'inflows', or for 'a net equity of' the side the sentence names."""
    words = " ".join(noun.lower().split())
    if words == "net equity":
        sentence = ctx.sentences[ctx.sentence_at(token.start)]
        before = ctx.folded[sentence.start : token.start]
        side = before.rfind("net sellers"), before.rfind("net buyers")
        return "net selling" if side[0] > side[1] else "net buying" if side[1] >= 0 else "net flow"
    side = "selling" if any(w in words for w in _SELL) else "buying"
    if words.endswith(("inflow", "inflows", "outflow", "outflows")):
        return ("net " if words.startswith("net") else "") + ("outflows" if side == "selling" else "inflows")
    return ("net " if words.startswith("net") else "") + side  # "foreign selling totaled": the gross sales


def _who(ctx: Context, start: int, cue: int | None, paired, taken: int) -> Subject | None:
    """The group a flow is of: the last named before its cue; with "A and B ... respectively", A then B."""
    if paired is not None and taken < 2 and (cue is None or cue > paired.end()):
        name = "who" if taken == 0 else "who2"
        return Subject(text=paired[name], span=ctx.span(paired.start(name), paired.end(name)))
    found = None
    for found in _WHO.finditer(ctx.text, start, cue if cue is not None else start):
        pass
    return Subject(text=found.group(0), span=ctx.span(found.start(), found.end())) if found else None
