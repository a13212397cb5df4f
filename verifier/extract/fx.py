"""Exchange rates a move left unread: "the peso was up 0.3% against the US dollar to 56.120", "the local
unit fell 0.4% against the pound to 5.731 and 0.2% against the Singapore dollar to 3.318", "the dollar
bought 131.45 Japanese yen, lower than 132.02 yen the session before", "the euro fetched $1.0912".

A figure is a rate only when the last subject named before it in its sentence is a currency and a rate
cue ("to", "at", "bought", "fetched", "equals") stands right before it; an earlier rate told after
"from" or "than" is its prior. The percents of such a list ("and 0.2% against the Singapore dollar")
are the currency's change against that other currency.
"""
from __future__ import annotations

import re

from ..facts import Fact, Statistic
from .compiled import re_pattern
from .context import Context
from .leftovers import open_sentences

# The cue right before a rate: "against the pound sterling to", ", now at", "bought", "fetched", "equals", "traded at"
_RATE_CUE = re_pattern(
    r"(?:\b(?:to|at|now\s+at|fetched|bought|buys|equals|equalled|traded\s+at|changed\s+hands\s+at|quoted\s+at|stood\s+at|was\s+at)"
    r"|\bagainst\s+(?:the|its)\s+[\w .-]{2,30}?,?\s+(?:to|at|now\s+at))\s+(?:[A-Z]{0,3}\$|\u20ac|\u00a3|\u00a5)?$",
    re.IGNORECASE,
)
# What the rate is against, when the text names it: "against the Singapore dollar", "against its Japanese counterpart"
_AGAINST = re_pattern(r"\bagainst\s+(?P<other>(?:the|its)\s+[\w .-]{2,30}?),?\s+(?:to|at|now\s+at)\s+\S*$", re.IGNORECASE)
# An earlier rate after the first: "from 1.2778 Canadian dollars", "lower than 127.92 yen", "than the previous close of"
_PRIOR = re_pattern(r"[^0-9;]{0,40}?\b(?:from|than)\s+(?:the\s+previous\s+(?:close|session['\u2019]s\s+close)\s+of\s+)?(?:[A-Z]{0,3}\$|\u20ac|\u00a3)?$", re.IGNORECASE)
# "and 0.2% against the Singapore dollar": a change against a second currency in the same list
_PERCENT_AGAINST = re_pattern(r"\s+(?P<against>against\s+(?:the|its)\s+[\w .-]{2,30}?),?\s+(?:to|at)\s", re.IGNORECASE)
_DIGIT = re_pattern(r"[0-9]")
# "predictions ranging from $42,000 to ...": a forecast, no rate the market traded at
_OUTLOOK = re_pattern(r"predict|forecast|target|expect|project|\bcould\b|\bmay\b|\bmight\b|\bwill\b", re.IGNORECASE)
# "105.85-87 yen": a bid and an offer, read whole elsewhere
_PAIRED_DIGITS = re_pattern(r"[-\u2013/][0-9]")
_HINT = re_pattern(r"against the|against its|fetched|bought|equals|dollar|yen|euro|ringgit|rupee|peso|baht|won\b|yuan|franc|sterling|pound|unit|currency")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A statistic for each exchange rate (and its prior) and each percent change against a named currency."""
    out = list(facts)
    text = ctx.text
    for sentence in open_sentences(ctx, _HINT):
        last = None
        for token in ctx.tokens_in(sentence.start, sentence.end):
            if token.start in ctx.claimed or not _of_currency(ctx, sentence.start, token.start):
                continue
            digit = _DIGIT.search(text, token.start, token.end)  # "up to 1.2532 Canadian dollars": the cue is inside the figure
            lead = text[max(sentence.start, token.start - 60) : digit.start() if digit else token.start]
            if token.quantity.unit == "percent":
                against = _PERCENT_AGAINST.match(text, token.end, sentence.end)
                if against is None:
                    continue
                ctx.claimed.add(token.start)
                out.append(Statistic(id="", span=ctx.span(token.start, against.end("against")), quantity=token.quantity,
                                     measure="change " + " ".join(against["against"].split())))
                continue
            if last is not None and _PRIOR.fullmatch(text, last.quantity.span.end, token.start) is not None:
                ctx.claimed.add(token.start)
                out[out.index(last)] = last.model_copy(update={"prior": token.quantity, "span": ctx.span(last.span.start, token.end)})
                last = None
                continue
            if _RATE_CUE.search(lead) is None or _OUTLOOK.search(lead) or _PAIRED_DIGITS.match(text, token.end):
                continue
            against = _AGAINST.search(lead)
            ctx.claimed.add(token.start)
            last = Statistic(id="", span=ctx.span(token.start, token.end), quantity=token.quantity,
                             measure="exchange rate" + (" against " + " ".join(against["other"].split()) if against else ""))
            out.append(last)
    return out


def _of_currency(ctx: Context, start: int, offset: int) -> bool:
    """Whether the last subject named before `offset` in its sentence is a currency (not the dollar index, not a coin
    whose dollar price is no exchange rate)."""
    for named in reversed(ctx.named_in(start, offset)):
        subject = ctx.resolve(named)
        if subject is None:
            continue
        return subject.type == "currency" and subject.entity != "bitcoin" and not ctx.folded.startswith((" index", "-index"), named.end) \
            and "index" not in named.text.lower()
    return False
