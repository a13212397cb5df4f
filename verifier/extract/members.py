"""How many members a group has, told as part of its name or description: "the 30-share index", "the
wider 50-scrip gauge", "among the 50 Nifty firms", "an index of 25 leading shares", "the top 20 coins".

A count of members is no move and no level; read as a statistic so coverage says what it is.
"""
from __future__ import annotations

import re

from ..facts import Fact, Statistic
from .compiled import re_pattern
from .context import Context

_MEMBERS = re_pattern(
    # "30-share", "50-scrip", "100-stock": a count of members made a modifier
    r"(?<![\w.,-])(?P<n>[0-9]{1,4})-(?P<m>share|stock|scrip|member|company|issue|counter)\b"
    # "the 50 Nifty firms", "the 40-DAX members": a count before the index's name and its members
    r"|\b(?:the|of)\s+(?P<n2>[0-9]{1,4})[-\s](?:[A-Z][\w&-]*\s+)(?P<m2>pack|firms|companies|stocks|shares|constituents|members|scrips|counters)\b"
    # "an index of 25 leading shares", "the 100 largest companies", "the top 10 cryptocurrencies"
    r"|\b(?:of|the)\s+(?:the\s+)?(?:(?P<top>top)\s+)?(?P<n3>[0-9]{1,4})\s+(?:leading|largest|biggest|major|blue[\s-]chip|most\s+\w+|cryptocurrencies|coins)\b",
    re.IGNORECASE,
)
_HINT = re_pattern(r"pack\b|firms|companies|stocks|shares|constituents|members|scrips|counters|leading|largest|biggest|major|blue.chip|most |cryptocurrencies|coins")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A statistic for each count of a group's members that no other fact took."""
    out = list(facts)
    text, folded = ctx.text, ctx.folded
    for token in ctx.tokens:
        if token.start in ctx.claimed or token.quantity.unit or token.end - token.start > 4:
            continue
        after = folded[token.end : token.end + 40]  # plain substring tests first: most bare counts have no member word
        if not (after.startswith("-") or _HINT.search(after)):
            continue
        for m in _MEMBERS.finditer(text, max(ctx.document.body_start, token.start - 12), min(len(text), token.end + 40)):
            group = "n" if m["n"] else "n2" if m["n2"] else "n3"
            if m.start(group) != token.start:
                continue
            ctx.claimed.add(token.start)
            measure = "top ranks" if m["top"] else "members"
            out.append(Statistic(id="", span=ctx.span(token.start, m.end()), measure=measure, quantity=token.quantity))
            break
    return out
