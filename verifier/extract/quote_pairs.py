"""Two-way quotes written with the offer shortened to its last digits: "quoted at 3.6240/6290 against
the greenback" is a bid of 3.6240 and an offer of 3.6290; "2.9985/0015" offers 3.0015 (the shorthand
rolls over to the next figure). The figure grammar reads neither half, so they are read here.
"""
from __future__ import annotations

from decimal import Decimal

from ..facts import Fact, QuotePair
from ..numbers import Quantity, parse_decimal
from .compiled import re_pattern
from .context import Context

# "3.6240/6290", "1.3460/80": a bid with two to four decimals, a slash, then the offer's last digits
_PAIR = re_pattern(r"(?<![0-9.,/])(?P<bid>[0-9]{1,4}\.(?P<decimals>[0-9]{2,4}))/(?P<offer>[0-9]{2,4})(?![0-9/])(?!\.[0-9])")
_HINT = re_pattern(r"[0-9]\.[0-9]{2,4}/[0-9]{2}")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A QuotePair for every bid/offer shorthand; the subject is the one named before it."""
    out = list(facts)
    text = ctx.text
    for sentence in ctx.sentences_with(_HINT):
        for m in _PAIR.finditer(text, sentence.start, sentence.end):
            if ctx.tokens_in(m.start(), m.end()) or len(m["offer"]) > len(m["decimals"]):
                continue  # read as figures already, or more offer digits than the bid has decimals
            bid_value, decimals = parse_decimal(m["bid"])
            offer_value, rolled = _offer(bid_value, decimals, m["offer"])
            bid = Quantity(value=bid_value, decimals=decimals, span=ctx.span(*m.span("bid")))
            offer = Quantity(value=offer_value, decimals=decimals, span=ctx.span(*m.span("offer")))
            out.append(QuotePair(id="", span=ctx.span(m.start(), m.end()), subject=ctx.subject_before(m.start()),
                                 bid=bid, offer=offer, rolled=rolled))
    return out


def _offer(bid: Decimal, decimals: int, digits: str) -> tuple[Decimal, bool]:
    """The bid with its last digits replaced by the offer's, rolled over to the next figure when that is below the bid."""
    place = Decimal(1).scaleb(-decimals)  # the bid's last decimal place
    width = place * Decimal(10) ** len(digits)  # the span the written digits cover
    offer = (bid // width) * width + Decimal(int(digits)) * place
    return (offer + width, True) if offer < bid else (offer, False)
