"""Market breadth: "advancers outnumbered decliners 517 to 263", "There were 448 decliners and 372
gainers", "706 stocks up, 381 down and 295 unchanged", "of the 460 issues traded, 245 ended in the
green". Runs before moves, so a count is never a change.

A count is read from the figure outward: what follows it ("stocks closing higher", "recorded losses",
"did not move") or stands just before it ("a rise in 91 stocks") names its side. One breadth per
clause, so a sentence that counts stocks and then sectors ("...; out of 30 sectors, 21 rose") is read
twice, and sector counts stay statistics (see statistics.py).
"""
from __future__ import annotations

import re
from typing import NamedTuple

import regex

from ..facts import Breadth, Fact, Statistic
from ..numbers import Quantity, Scale
from .context import Context
from .patterns import SPELLED
from .quantities import Token
from .compiled import re_pattern, regex_pattern

# The names a side of the market goes by, as the subject of a comparison
_UP = r"rises|rising(?:\s+(?:stocks|shares|issues))?|advancers|advances|advancing\s+issues|advancing|gainers|gaining\s+issues|risers|winners|stocks\s+up|shares\s+advanced|issues\s+advanced|rose|advanced|gained|up|higher"
_DOWN = r"falls|falling(?:\s+(?:stocks|shares|issues))?|decliners|declines|declining\s+issues|declining|losers|losing\s+issues|fallers|stocks\s+down|shares\s+declined|issues\s+declined|fell|declined|lost|down|lower"
# "advancers outnumbered decliners 517 to 263", "decliners swamped advancers 812 to 296", "gainers edging
# decliners 574 by 498", "losers outnumbered gainers at 132 to 77": any verb between the two sides
VERSUS = re_pattern(
    rf"(?P<w1>{_UP}|{_DOWN})\s+(?:[a-z]+ly\s+)?(?:outnumbered|outnumbering|outpaced|outpacing|outstripped|surpassed|beat|led|edged|trailed|against|outweighed|outweighing|[a-z]{{2,}}(?:ed|ing))(?:\s+(?:past|out|over|ahead\s+of))?\s+"
    rf"(?P<w2>{_UP}|{_DOWN})(?:\s+(?:ones|issues|stocks|shares))?(?:\s+(?:on|in)\s+(?:the\s+)?[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){{0,3}})?"
    rf"\s+(?:by\s+|at\s+)?(?:a\s+ratio\s+of\s+)?(?P<a>[0-9][0-9,]*)\s*(?:to|-to-|:|versus|vs\.?|by)\s*(?P<b>[0-9][0-9,]*)(?![0-9]|\.[0-9]|-to-)",
    re.IGNORECASE,
)
# "... 744 to 318 in Shanghai and 1,186 to 602 in Shenzhen": a further pair of the same comparison
MORE_PAIRS = re_pattern(
    r"(?:\s+(?:in|on)\s+(?:the\s+)?[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*){0,3})?\s*,?\s+(?:and|while|with)\s+(?:by\s+)?"
    r"(?P<a>[0-9][0-9,]*)\s*(?:to|-to-|:|versus|vs\.?)\s*(?P<b>[0-9][0-9,]*)(?![0-9]|\.[0-9])"
)

# What a count counts: "stocks", "listed firms", "Nifty stocks", "other stocks", "of the 228 listed
# stocks" (a part of a whole), "counters on Bursa Malaysia", "of shares" (a share of the market)
_GROUP = r"(?:stocks|shares|issues|counters|companies|firms|scrips|securities|constituents|components|members|stations|others|ones|them)"
_QUALIFIED = r"(?:(?:listed|traded|quoted|other|active|(?-i:[A-Z])[\w&-]*)\s+){0,2}"
_COUNTED = (
    rf"(?:of\s+(?:the\s+|its\s+|their\s+)?(?:(?P<whole>[0-9](?:[0-9,]*[0-9])?)\s+)?)?{_QUALIFIED}(?P<group>{_GROUP})\b"
    r"(?:\s+(?:on|in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3})?"
)
# Words between the count and its side: "were", "have", "that", "ended", "closed", "saw"
_LINK = r"(?:(?:that|which|were|was|have|has|had|ended|ending|closed|closing|finished|finishing|traded|trading|remained|remaining|stayed|staying|also|all|each|saw|seeing|being|moved|moving|went|going)\s+){0,2}"
# The side a count went, after it
_UP_AFTER = (
    r"(?:rose|risen|rising|advanced|advancing|gained|gaining|climbed|climbing|increased|rallied|appreciated|"
    r"(?:edged|moved|moving|went|going|ticked|inched)\s+up|ended\s+up\s+with\s+their\s+prices\s+rising|"
    r"up|higher|in\s+(?:the\s+)?green|in\s+positive\s+territory|with\s+(?:their\s+)?prices\s+rising|"
    r"(?:recorded|recording|posted|posting|registered|registering|logged|booked|made|making|saw|showed|notched|had)\s+(?:price\s+)?(?:gains|increases|rises|advances)|"
    r"advancers|advances|advancing|gainers|risers|winners|rises|on\s+the\s+gainers?['\u2019]?s?(?:\s+(?:chart|list|table))?)"
)
_DOWN_AFTER = (
    r"(?:fell|fallen|falling|declined|declining|dropped|dropping|lost|losing|decreased|slipped|retreated|retreating|depreciated|eased|"
    r"(?:edged|moved|moving|went|going|ticked|inched)\s+down|ended\s+up\s+with\s+their\s+prices\s+falling|"
    r"down|lower|in\s+(?:the\s+)?red|in\s+negative\s+territory|on\s+the\s+decline|with\s+(?:their\s+)?prices\s+falling|"
    r"(?:recorded|recording|posted|posting|registered|registering|logged|booked|made|making|saw|showed|sustained|suffered|had)\s+(?:price\s+)?(?:losses|declines|decreases|falls)|"
    r"decliners|declines|losers|fallers|falls|on\s+the\s+lo+sers?['\u2019]?s?(?:\s+(?:chart|list|table))?)"
)
# "kept their previous levels", "did not show any price movement", "remained the same"
_FLAT_AFTER = (
    r"(?:unchanged|flat|steady|the\s+same|unmoved|"
    r"(?:kept|keeping|maintained|maintaining|held|holding)\s+(?:their|its)\s+(?:previous\s+|prior\s+|last\s+)?(?:levels?|prices?|positions?)|"
    r"did\s+not\s+(?:show\s+any\s+(?:price\s+)?(?:movement|change)|move|change)|(?:showed|recorded|saw)\s+no\s+(?:price\s+)?(?:movement|change))"
)
_OTHER_AFTER = r"(?:untraded|not\s+traded|suspended)"
# Not a count when a figure follows the side: "40 rose 0.56%" is an index named by a number
_NO_FIGURE = r"(?!\s*(?:by\s+|to\s+|as\s+much\s+as\s+)?(?:about\s+|more\s+than\s+|over\s+|nearly\s+|some\s+)?[$\u20ac\u00a3\u00a5\u20b9]?[0-9])"
# NOTE: stdlib `re` (1.5x faster than `regex` here): this pattern runs after every whole figure of an article
COUNT_AFTER = re_pattern(
    rf"\s+(?:{_COUNTED}\s*,?\s*)?{_LINK}(?:(?P<up>{_UP_AFTER})|(?P<down>{_DOWN_AFTER})|(?P<flat>{_FLAT_AFTER})|(?P<other>{_OTHER_AFTER}))"
    rf"(?:\s+{_GROUP})?\b{_NO_FIGURE}",
    re.IGNORECASE,
)
# The side named before the count: "with a rise in 91 stocks and falls in 67"
COUNT_BEFORE = re_pattern(
    r"\b(?:(?P<up>rises?|gains?|advances?|increases?)|(?P<down>falls?|declines?|drops?|decreases?|losses))\s+in\s+$", re.IGNORECASE
)
_GROUP_AFTER = re_pattern(rf"(?:\s+{_QUALIFIED}{_GROUP}\b)?(?=\s*(?:[,.;)]|and\b|while\b|with\b|$))")
# A count stands after no name: "the Nifty 50 closed higher", "the top 40 rose", "resource-10"
_WORD_BEFORE = re_pattern(r"(?:\b(?P<word>[A-Za-z][\w&.]*)\s|-)$")
# "seven of the 10 most active stocks": a whole, the part counted before it
_PART_BEFORE = re_pattern(rf"\b(?:[0-9][0-9,]*|{SPELLED}|all|most|half|none|some|many|each|both)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_LEAD_WORDS = frozenset(
    "Of From Among And While With As Only Just Some Today Yesterday Meanwhile Overall In On At By But Whereas Also Another "
    "There Here Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
# "the number of advancing shares was 287", "Gainers numbered 516": the role named first, its count after a copula
_NAMED_GROUP = r"(?:shares|stocks|issues|counters|companies)"
NAMED_COUNT = re_pattern(
    rf"\b(?:the\s+)?(?:total\s+)?(?:number\s+of\s+)?(?:(?P<up>(?:advancing|rising|gaining)\s+{_NAMED_GROUP}|advancers|gainers|risers)"
    rf"|(?P<down>(?:declining|falling|losing)\s+{_NAMED_GROUP}|decliners|losers|fallers)|(?P<flat>unchanged\s+{_NAMED_GROUP})"
    r"|(?P<other>(?:untraded|suspended)\s+(?:issues|counters))|(?P<total>traded\s+(?:issues|counters)))"
    r"\s+(?:was|were|stood\s+at|of|numbered|came\s+to|totall?ed)\s+(?P<n>[0-9](?:[0-9,]*[0-9])?)"
    r"(?![0-9]|[.,][0-9]|\s*(?:%|percent|per\s+cent|pct|points?)\b)",
    re.IGNORECASE,
)
# The issues traded, the whole the counts split: "214 listed securities have been traded", "out of 388
# issues traded", "the total 439 traded issues", "Stocks of 342 companies were traded", "Among the 276 stocks
# traded", "out of the day's 415 securities", "Of 30 Sensex stocks", "486 scrips were active", "shares of 52
# saw trading". Shares are no issues: "as 917 shares traded" is a volume.
ISSUES_TRADED = "issues traded"  # the measure of the total, as rules name it
_ISSUES = r"(?:(?:listed|traded|quoted|index|benchmark|component|blue-chip|(?-i:[A-Z])[\w&-]*)\s+){0,2}(?:securities|stocks|issues|counters|companies|firms|scrips|stations|constituents)"
_N = r"(?P<n>[0-9](?:[0-9,]*[0-9])?)"
# A total read firmly (traded, active): a statistic even when no count of its clause is read
TOTAL_FIRM = regex_pattern(
    rf"(?<![0-9.,$]){_N}\s+{_ISSUES}\s+(?:(?:have|had)\s+been\s+|were\s+|being\s+)?(?:traded|active)\b"
    rf"|(?<![0-9.,$]){_N}\s+traded\s+(?:issues|counters|securities|stocks|scrips)\b"
    rf"|\b(?:stocks|shares)\s+of\s+{_N}\s+(?:companies|firms)\s+(?:were\s+)?traded\b"
    rf"|\bshares\s+of\s+{_N}\s+(?:companies\s+|firms\s+)?saw\s+trading\b"
    rf"|\btrad(?:ing|ed)\s+in\s+{_N}\s+{_ISSUES}\b"  # "after trading in 196 listed securities"
    rf"|\b(?:issues|counters|securities|scrips)\s+traded\s+(?:was|were|stood\s+at|numbered|totall?ed)\s+{_N}(?![0-9]|[.,][0-9])",
    regex.IGNORECASE,
)
# A whole named before its parts: "Of the 658 firms that traded", "out of the day's 415 securities"
TOTAL_OF = re_pattern(rf"\b(?:out\s+of|among|of|from)\s+(?:the\s+)?(?:day['\u2019]s\s+|total\s+)?{_N}\s+{_ISSUES}\b", re.IGNORECASE)
# "for a 1.32-to-1 ratio on the upside", "by a 2.46-to-1 ratio", "by a 3-to-2 margin": one side per the other
RATIO = re_pattern(r"(?P<a>[0-9][0-9,.]*)-to-(?P<b>[0-9][0-9,.]*)\s+(?:ratio|margin)\b", re.IGNORECASE)
_BREADTH_HINT = re_pattern(
    r"-to-|rises|falls|advanc|decline|decliner|gainer|loser|winners|risers|fallers|unchanged|outnumber|outpac|counters|issues|"
    r"traded|trading|active"
)
_PAIR_HINT = re_pattern(r"[0-9]\s*(?:to|-to-|:|versus|vs\.?|by)\s*[0-9]")  # "402 to 187", "628 by 531"
_NAMED_HINT = re_pattern(r"(?:advanc|gain|ris|declin|los|fall|unchanged|untraded|suspended|traded)\w*\s+(?:issues\s+|shares\s+|stocks\s+|counters\s+|companies\s+)?(?:was|were|stood|of|numbered|came|total)", re.IGNORECASE)
_FIRM_HINT = re_pattern(r"traded|trading|active", re.IGNORECASE)
_ROLES = ("up", "down", "flat", "other")
_BARE_SIDES = frozenset("up down higher lower unchanged flat steady".split())  # a side word with no noun or verb to it


def _up(word: str) -> bool:
    return regex.fullmatch(_UP, word.lower()) is not None


class _Count(NamedTuple):
    """One count read from its figure: its side ("up", "down", "flat", "other", "total"), where it was
    read, the whole it is a part of ("64 of the 251 listed stocks"), whether a group noun names it, and
    whether a noun or a verb does (a bare "454 down" leans on its neighbours). `fresh` starts another
    breadth ("... and 1,186 to 602 in Shenzhen")."""

    token: Token
    side: str
    start: int
    end: int
    whole: Token | None = None
    grouped: bool = False
    firm: bool = False
    fresh: bool = False


def _may_count(ctx: Context, token: Token) -> bool:
    """A whole unscaled figure, unbound: the cheap tests, before any pattern."""
    q = token.quantity
    return not (token.start in ctx.claimed or q.negative or q.decimals or q.scale is not Scale.ONE or q.unit not in ("", "shares", "percent"))


def _countable(ctx: Context, token: Token) -> bool:
    """Not a whole ("eight of the 10"), nor a number in a name ("the Nifty 50", "the top 40", "resource-10")."""
    window = max(0, token.start - 24)
    if _PART_BEFORE.search(ctx.text, window, token.start):
        return False
    before = _WORD_BEFORE.search(ctx.text, window, token.start)
    if before is None:
        return True
    word = before["word"]
    return word is not None and ((word[0].islower() and word != "top") or word in _LEAD_WORDS)


def _counts(ctx: Context) -> list[_Count]:
    """Every figure read as a count of stocks by what follows or precedes it."""
    text, out, wholes = ctx.text, [], set()
    for token in ctx.tokens:
        if token.start in wholes or not _may_count(ctx, token):
            continue
        after = COUNT_AFTER.match(text, token.end)
        if (after is not None or token.quantity.unit == "") and not _countable(ctx, token):
            continue
        if after is not None:
            side = next(r for r in _ROLES if after[r])
            whole = ctx.token_at(after.start("whole")) if after["whole"] else None
            if whole is not None:  # "158 of the 329 traded scrips gained": 329 is the whole, no count of its own
                wholes.add(whole.start)
            grouped = bool(after["group"]) or token.quantity.unit == "shares"
            bare = after[side].lower() in _BARE_SIDES and not text[token.end : after.start(side)].strip()
            if token.quantity.unit == "percent" and not grouped and bare:
                continue
            out.append(_Count(token, side, token.start, after.end(), whole, grouped, firm=grouped or not bare))
            continue
        if token.quantity.unit != "":
            continue
        before = COUNT_BEFORE.search(text, max(0, token.start - 16), token.start)
        group = _GROUP_AFTER.match(text, token.end) if before is not None else None
        if group is not None:
            out.append(_Count(token, "up" if before["up"] else "down", before.start(), group.end(), grouped=bool(group.group(0)), firm=True))
    return out


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """One breadth fact per run of counts that names each side once."""
    out = list(facts)
    counts = _counts(ctx)
    sentences = {ctx.sentence_at(c.start) for c in counts} | {ctx.sentence_at(s.start) for s in ctx.sentences_with(_BREADTH_HINT)}
    for index in sorted(sentences):
        sentence = ctx.sentences[index]
        _sentence(ctx, sentence.start, sentence.end, [c for c in counts if sentence.start <= c.start < sentence.end], out)
    return out


def _sentence(ctx: Context, start: int, end: int, counts: list[_Count], out: list[Fact]) -> None:
    """The breadths of one sentence: compared pairs and counts, grouped so that no side repeats, each
    with the whole it splits."""
    text = ctx.text
    counts = list(counts)
    folded = ctx.folded[start:end]  # cheap tests first: each pattern runs only where its words are
    for m in VERSUS.finditer(text, start, end) if _PAIR_HINT.search(folded) else ():
        up_first = _up(m["w1"])
        pair, fresh = m, False
        while pair is not None:
            counts += _pair(ctx, m.start() if not fresh else pair.start("a"), pair, up_first, fresh)
            pair, fresh = MORE_PAIRS.match(text, pair.end(), end), True
    for m in NAMED_COUNT.finditer(text, start, end) if _NAMED_HINT.search(folded) else ():
        token = ctx.token_at(m.start("n")) or ctx.token_covering(m.start("n"))
        if token is not None:
            counts.append(_Count(token, next(r for r in (*_ROLES, "total") if m[r]), m.start(), m.end(), grouped=True, firm=True))
    wholes: list[tuple[Token, int, int, bool]] = []  # the total, where it was read, whether read firmly
    groups: list[list[_Count]] = []
    taken: set[int] = set()
    for count in sorted(counts, key=lambda c: c.start):
        if count.token.start in ctx.claimed or count.token.start in taken:
            continue
        taken.add(count.token.start)
        if count.side == "total":
            wholes.append((count.token, count.start, count.end, True))
        elif not groups or count.fresh or (count.side != "other" and any(c.side == count.side for c in groups[-1])):
            groups.append([count])
        else:
            groups[-1].append(count)
    patterns = ((TOTAL_FIRM,) if _FIRM_HINT.search(folded) else ()) + ((TOTAL_OF,) if groups else ())
    for pattern in patterns:
        for m in pattern.finditer(text, start, end):
            token = ctx.token_covering(m.start("n"))
            if token is not None and token.start not in ctx.claimed and token.start not in taken:
                taken.add(token.start)
                wholes.append((token, m.start(), m.end(), pattern is TOTAL_FIRM))
    for m in RATIO.finditer(text, start, end) if "-to-" in folded else ():
        a, b = ctx.token_at(m.start("a")), ctx.token_covering(m.start("b"))
        if a is not None and b is not None and not {a.start, b.start} & ctx.claimed:
            ctx.claimed.update((a.start, b.start))
            out.append(Statistic(id="", span=ctx.span(m.start(), m.end()), measure="ratio", quantity=a.quantity, base=_unsigned(b.quantity)))
    used: set[int] = set()
    for number, group in enumerate(groups):
        whole = _whole(group, wholes, groups[number - 1][-1].end if number else start, used, first=number == 0)
        roles = {_ROLE[c.side]: c.token.quantity for c in group if c.side in _ROLE}
        other = tuple(c.token.quantity for c in group if c.side == "other")
        size = len(roles) + len(other) + (whole is not None)
        firm = any(c.firm for c in group) or ("advancers" in roles and "decliners" in roles)
        if not (roles or other) or not (size >= 2 and firm or any(c.grouped for c in group)):
            continue
        _claim(ctx, [*roles.values(), *other])
        out.append(Breadth(id="", span=ctx.span(group[0].start, max(c.end for c in group)), other=other, **{k: _unsigned(q) for k, q in roles.items()}))
        if whole is not None:
            used.add(whole[0].start)
            _claim(ctx, [whole[0].quantity])
            out.append(Statistic(id="", span=ctx.span(whole[1], whole[2]), measure=ISSUES_TRADED, quantity=whole[0].quantity))
    for token, s, e, firm in wholes:  # "510 scrips were active": the issues traded, with no count beside them
        if firm and token.start not in ctx.claimed:
            ctx.claimed.add(token.start)
            out.append(Statistic(id="", span=ctx.span(s, e), measure=ISSUES_TRADED, quantity=token.quantity))


_ROLE = {"up": "advancers", "down": "decliners", "flat": "unchanged"}


def _whole(group: list[_Count], wholes: list, after: int, used: set[int], first: bool):
    """The total a group of counts splits: named in its own count ("20 of 35 stocks"), else the last
    one read between the group before and this one, else (for the first group) any in the sentence."""
    for count in group:
        if count.whole is not None and count.whole.start not in used:
            return (count.whole, count.start, count.end)
    free = [w for w in wholes if w[0].start not in used]
    before = [w for w in free if after <= w[1] < group[0].start]
    if before:
        return before[-1]
    return free[0] if first and free else None


def _pair(ctx: Context, start: int, m, up_first: bool, fresh: bool) -> list[_Count]:
    """The two counts of "A to B", "A-to-B" or "A by B", each on its side (the second may read as "-3")."""
    a, b = ctx.token_at(m.start("a")), ctx.token_covering(m.start("b"))
    if a is None or b is None:
        return []
    first, second = ("up", "down") if up_first else ("down", "up")
    return [_Count(a, first, start, m.end(), grouped=True, firm=True, fresh=fresh), _Count(b, second, start, m.end(), grouped=True, firm=True)]


def _unsigned(quantity: Quantity) -> Quantity:
    """ "16-to-3": the dash joins the two counts, it is no minus sign."""
    if not quantity.negative:
        return quantity
    span = quantity.span
    digits = span.text.lstrip("-\u2013 ")
    shift = len(span.text) - len(digits)
    return quantity.model_copy(update={"negative": False, "span": span.model_copy(update={"start": span.start + shift, "column": span.column + shift, "text": digits})})


def _claim(ctx: Context, quantities) -> None:
    for q in quantities:
        ctx.claimed.add(q.span.start)
