"""A share's price told beside a move the move readers left: "to close at N4.15 per share", "to close at
N2.20 and N6.05 respectively", "with 12.6 million shares at Rs7.15 per share", "a dividend of SR 2.5 a share".

Each is a statistic of the company named before it: its closing price, its price per share, or an
amount per share (a dividend, an asset value); a count of shares traded at that price is its volume.
"""
from __future__ import annotations

import re

from ..facts import Fact, Statistic
from .compiled import re_pattern
from .context import Context
from .leftovers import open_sentences

_PER_SHARE = re_pattern(r"\s+(?:respectively\s+)?(?:per|a|each)\s+share\b", re.IGNORECASE)
# "to close at", "closing at", "to settle at", "to finish at": the session's last price
_CLOSE = re_pattern(r"\b(?:close[sd]?|closing|settle[sd]?|settling|finish(?:ed|ing)?|end(?:ed|ing)?)\s+(?:at|on)\s+(?:[A-Z]{0,3}\$\s?)?$", re.IGNORECASE)
# "with 12.6 million shares at": the shares a company traded, before their price
_TRADED_AT = re_pattern(r"\s+at\s+(?=[A-Z]{0,3}\$|Rs|N[0-9]|[0-9])")
_NEXT = re_pattern(r"\s*(?:,|and|,\s*and)\s+$")
_AMOUNT_WORDS = re_pattern(r"dividend|asset value|book value|earnings|payout")
_HINT = re_pattern(r"share|close|closing|settl|finish|end")


def _priced(token) -> bool:
    unit = token.quantity.unit
    return (len(unit) == 3 and unit.isupper()) or unit in ("", "shares", "cents", "kobo", "sen", "pence")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A statistic for each share price, amount per share or shares traded that no other fact took."""
    out = list(facts)
    text = ctx.text
    for sentence in open_sentences(ctx, _HINT, _priced):
        last = None
        for token in ctx.tokens_in(sentence.start, sentence.end):
            if token.start in ctx.claimed or not _priced(token):
                continue
            unit = token.quantity.unit
            lead = text[max(sentence.start, token.start - 40) : token.start]
            per_share = _PER_SHARE.match(text, token.end, sentence.end)
            end = per_share.end() if per_share else token.end
            if unit == "shares":
                if _TRADED_AT.match(text, token.end, sentence.end) is None:
                    continue
                measure = "shares traded"
            elif _CLOSE.search(lead) is not None and unit:
                measure = "closing price"
            elif per_share is not None:
                told = ctx.folded[max(sentence.start, token.start - 80) : token.start]
                measure = "amount per share" if _AMOUNT_WORDS.search(told) else "price per share"
            elif last is not None and unit and _NEXT.fullmatch(text, last.quantity.span.end, token.start):
                measure = last.measure
            else:
                last = None
                continue
            ctx.claimed.add(token.start)
            last = Statistic(id="", span=ctx.span(token.start, end), measure=measure, quantity=token.quantity,
                             subject=ctx.subject_before(token.start))
            out.append(last)
    return out
