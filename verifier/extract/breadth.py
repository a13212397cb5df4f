"""Market breadth: "advancers outnumbered decliners 402 to 187", "There were 531 decliners and 355
gainers", "613 stocks up, 454 down and 408 unchanged". Runs before moves, so a count is never a change.
"""
from __future__ import annotations

import re

import regex

from ..facts import Breadth, Fact, Statistic
from ..numbers import Quantity
from .context import Context

_UP = r"rises|rising(?:\s+(?:stocks|shares|issues))?|advancers|advances|advancing\s+issues|advancing|gainers|gaining\s+issues|risers|winners|stocks\s+up|shares\s+advanced|issues\s+advanced|rose|advanced|gained|up|higher"
_DOWN = r"falls|falling(?:\s+(?:stocks|shares|issues))?|decliners|declines|declining\s+issues|declining|losers|losing\s+issues|fallers|stocks\s+down|shares\s+declined|issues\s+declined|fell|declined|lost|down|lower"
# "23 kept their previous levels", "36 remained the same": a count of stocks that did not move
_FLAT = r"unchanged|flat|steady|traded\s+flat|trading\s+flat|ended\s+flat|the\s+same|kept\s+(?:their|its)\s+(?:previous\s+|prior\s+)?(?:levels?|prices?)"
_OTHER = r"untraded|not\s+traded|suspended"
# "advancers outnumbered decliners 402 to 187", "losers outnumbered gainers 364 to 235", "advances outpacing declines 443 to 339"
VERSUS = regex.compile(
    rf"(?P<w1>{_UP}|{_DOWN})\s+(?:[a-z]+ly\s+)?(?:outnumbered|outnumbering|outpaced|outpacing|outstripped|surpassed|beat|led|edged|trailed|against|outweighed|outweighing)\s+"
    rf"(?P<w2>{_UP}|{_DOWN})(?:\s+(?:ones|issues|stocks|shares))?(?:\s+(?:on|in)\s+(?:the\s+)?[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){{0,3}})?"
    rf"\s+(?:by\s+)?(?:a\s+ratio\s+of\s+)?(?P<a>[0-9][0-9,]*)\s*(?:to|-to-|:|versus|vs\.?)\s*(?P<b>[0-9][0-9,]*)(?![0-9]|\.[0-9]|-to-)",
    regex.IGNORECASE,
)
# "531 decliners", "613 stocks up", "447 counters were unchanged", "369 shares advanced", "76% of shares rose";
# a whole figure, never the tail of a level: "finished at 41,090.55, up 190.12 points" counts nothing
COUNT = regex.compile(
    rf"(?<![0-9.,$])(?P<n>[0-9](?:[0-9,]*[0-9])?%?)\s+(?:(?:of\s+)?(?:the\s+)?(?:stocks|shares|issues|counters|companies|others|listed\s+\w+)\s+)?(?:were\s+|ended\s+|closed\s+|traded\s+|remained\s+|stayed\s+)?"
    rf"(?:(?P<up>{_UP})|(?P<down>{_DOWN})|(?P<flat>{_FLAT})|(?P<other>{_OTHER}))\b",
    regex.IGNORECASE,
)
# "the number of advancing shares was 324", "of the total traded issues of 887", "Gainers numbered 402":
# the role named first, its count after a copula
_GROUP = r"(?:shares|stocks|issues|counters|companies)"
NAMED_COUNT = regex.compile(
    rf"\b(?:the\s+)?(?:total\s+)?(?:number\s+of\s+)?(?:(?P<up>(?:advancing|rising|gaining)\s+{_GROUP}|advancers|gainers|risers)"
    rf"|(?P<down>(?:declining|falling|losing)\s+{_GROUP}|decliners|losers|fallers)|(?P<flat>unchanged\s+{_GROUP})"
    r"|(?P<other>(?:untraded|suspended)\s+(?:issues|counters))|(?P<total>traded\s+(?:issues|counters)))"
    r"\s+(?:was|were|stood\s+at|of|numbered|came\s+to|totall?ed)\s+(?P<n>[0-9](?:[0-9,]*[0-9])?)"
    r"(?![0-9]|[.,][0-9]|\s*(?:%|percent|per\s+cent|pct|points?)\b)",
    regex.IGNORECASE,
)
# The issues traded, the whole the counts split: "180 listed securities have been traded", "out of 357
# issues traded", "the total 412 traded issues", "Stocks of 365 companies were traded", "Among the 303 stocks traded", "out of 1,004
# stocks". Shares are no issues: "as 834 shares traded" is a volume.
ISSUES_TRADED = "issues traded"  # the measure of the total, as rules name it
_ISSUES = r"(?:listed\s+)?(?:securities|stocks|issues|counters|companies)"
TOTAL = regex.compile(
    rf"(?<![0-9.,$])(?P<n>[0-9](?:[0-9,]*[0-9])?)\s+{_ISSUES}\s+(?:(?:have|had)\s+been\s+|were\s+|being\s+)?traded\b"
    rf"|\b(?:out\s+of|among|of)\s+(?:the\s+)?(?:total\s+)?(?P<n>[0-9](?:[0-9,]*[0-9])?)\s+{_ISSUES}\b(?!\s+(?:rose|fell|gained|lost|advanced|declined))"
    rf"|(?<![0-9.,$])(?P<n>[0-9](?:[0-9,]*[0-9])?)\s+traded\s+(?:issues|counters|securities|stocks)\b"
    rf"|\b(?:stocks|shares)\s+of\s+(?P<n>[0-9](?:[0-9,]*[0-9])?)\s+companies\s+(?:were\s+)?traded\b"
    r"|\b(?:issues|counters|securities)\s+traded\s+(?:was|were|stood\s+at|numbered|totall?ed)\s+(?P<n>[0-9](?:[0-9,]*[0-9])?)(?![0-9]|[.,][0-9])",
    regex.IGNORECASE,
)
# "for a 1.15-to-1 ratio on the upside", "by a 2.79-to-1 ratio": advancers per decliner, or the reverse
RATIO = regex.compile(r"(?P<a>[0-9][0-9,.]*)-to-(?P<b>[0-9][0-9,.]*)\s+ratio\b", regex.IGNORECASE)
_BREADTH_HINT = re.compile(r"[0-9]% (?:rose|fell|advanced|declined|gained|lost|were|ended|traded)|-to-|rises outnumber|advanc|decline|decliner|gainer|loser|unchanged|outnumber|outpac|counters|issues|risers|fallers|stocks rose|stocks fell|shares rose|shares fell")


def _up(word: str) -> bool:
    return regex.fullmatch(_UP, word.lower()) is not None


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """One breadth fact per sentence that counts advancers and decliners."""
    out = list(facts)
    text = ctx.text
    for sentence in ctx.sentences_with(_BREADTH_HINT):
        roles: dict[str, Quantity] = {}
        other: list[Quantity] = []
        start, end = sentence.end, sentence.start
        for m in VERSUS.finditer(text, sentence.start, sentence.end):
            first, second = (m.start("a"), m.start("b"))
            up_first = _up(m["w1"])
            for group, position in (("advancers" if up_first else "decliners", first), ("decliners" if up_first else "advancers", second)):
                token = ctx.token_at(position)
                if token is not None and token.start not in ctx.claimed and group not in roles:
                    roles[group] = token.quantity
            start, end = min(start, m.start()), max(end, m.end())
        total = None
        for m in TOTAL.finditer(text, sentence.start, sentence.end):
            token = ctx.token_at(m.start("n"))
            if token is not None and token.start not in ctx.claimed and total is None:
                total = (token.quantity, m.start(), m.end())
        for m in (*COUNT.finditer(text, sentence.start, sentence.end), *NAMED_COUNT.finditer(text, sentence.start, sentence.end)):
            token = ctx.token_at(m.start("n")) or ctx.token_covering(m.start("n"))
            if token is None or token.start in ctx.claimed or any(q.span.start == token.start for q in roles.values()):
                continue
            if total is not None and token.start == total[0].span.start:
                continue
            role = "advancers" if m["up"] else "decliners" if m["down"] else "unchanged" if m["flat"] else None
            if m.groupdict().get("total"):
                if total is None:
                    total = (token.quantity, m.start(), m.end())
                continue
            if role is None:
                other.append(token.quantity)
            elif role not in roles:
                roles[role] = token.quantity
            else:
                continue
            start, end = min(start, m.start()), max(end, m.end())
        for m in RATIO.finditer(text, sentence.start, sentence.end):
            first, second = ctx.token_at(m.start("a")), ctx.token_covering(m.start("b"))
            if first is not None and second is not None and not {first.start, second.start} & ctx.claimed:
                ctx.claimed.update((first.start, second.start))
                out.append(Statistic(id="", span=ctx.span(m.start(), m.end()), measure="ratio", quantity=first.quantity, base=second.quantity))
        if len(roles) + len(other) + (total is not None) >= 2 or ("advancers" in roles and "decliners" in roles):
            for q in (*roles.values(), *other):
                ctx.claimed.add(q.span.start)
            out.append(Breadth(id="", span=ctx.span(start, end), other=tuple(other), **roles))
            if total is not None:
                ctx.claimed.add(total[0].span.start)
                out.append(Statistic(id="", span=ctx.span(total[1], total[2]), measure=ISSUES_TRADED, quantity=total[0]))
    return out
