"""Rankings: a member claimed first among peers whose figures the text also gives.

"the Miners falling the most by 1.24 percent, followed by the Banks 1.1 percent" orders the
peers after "followed by"; "The best performers were A, which rose 2%; B added 5% and C ..." names a
list led by its best. The fact keeps the member's figure and the strongest peer's, so a rule can
say whether the ranking holds. Runs after moves, whose subjects and figures it reuses.
"""
from __future__ import annotations

from ..facts import Fact, Move, Ranking
from ..numbers import Quantity
from .compiled import re_pattern
from .context import Context

# "falling the most by 1.24 percent, followed by": the leader's verb, its figure, the ordered peers
_MOST_FOLLOWED = re_pattern(
    r"\b(?P<verb>[a-z]+ing)\s+the\s+most\s+(?:by\s+|at\s+|with\s+)?(?P<figure>[0-9][0-9.,]*)\s*(?:percent|per\s+cent|pct|%)"
    r"\s*,?\s+followed\s+by\b"
)
# Where the peers of "followed by" end: another clause with its own direction ("while Properties dropped").
_PEERS_END = re_pattern(r";|\s(?:while|whereas|but|although|meanwhile)\s|\.(?:\s|$)")
_PERCENT_UNITS = frozenset({"percent"})
# "The best performers of the session were", "the top performer was": a list led by its best (or worst).
_PERFORMERS = re_pattern(r"\b(?P<which>best|top|worst)\s+(?:performers?|performing\s+(?:stocks?|shares))\b")
_AMONG = re_pattern(r"\bamong\s+(?:the\s+)?$")
_NAMED_BEFORE = re_pattern(r"\b(?:was|were|is|are)\s+(?:the\s+)?(?:day's\s+|session's\s+)?$")  # "Banks were the top performers"
_NAMES_AFTER = re_pattern(r"[^.;]{0,60}?\b(?:were|was|are|is|included)\b")  # "The best performers of the session were"
_HINT = re_pattern(r"the most|performer|performing|gainer|loser|riser|faller|decliner|advancer|laggard")
# "The largest percentage gainers in the Nikkei were", "the top loser on the index was": the leader of an
# index's members, told right after (the members of an index can't all trail it: it is their weighted mean)
_INDEX_LEADER = re_pattern(
    r"\b(?:biggest|largest|top|best|leading|worst|heaviest|sharpest)\s+(?:percentage\s+|individual\s+)?"
    r"(?P<side>gainers?|risers?|advancers?|performers?|losers?|decliners?|fallers?|laggards?)\s+"
    r"(?:in|on|of|among)\s+(?P<scope>[^,.;:]{2,50}?)\s+(?:was|were|included|are|is)\b")
_DOWN_SIDES = ("loser", "decliner", "faller", "laggard")


def _named(ctx: Context, move: Move) -> bool:
    """A member is named: no anaphor ("it reported a 17 per cent rise") stands for one."""
    text = move.subject.text.lower()
    return text != "it" and text not in ctx.lexicon.anaphora


def _sign(quantity: Quantity, direction: int) -> float:
    return float(-quantity.value if direction < 0 else quantity.value)


def _followed(ctx: Context, facts: list[Fact], out: list[Fact], sentence) -> None:
    """Rankings of the form "X falling the most by P, followed by Y Q, Z R"."""
    for m in _MOST_FOLLOWED.finditer(ctx.folded, sentence.start, sentence.end):
        sense = ctx.lexicon.verb(m["verb"])
        token = ctx.token_covering(m.start("figure"))
        if sense is None or not sense.polarity or token is None:
            continue
        stop = _PEERS_END.search(ctx.folded, m.end(), sentence.end)
        peers = [t for t in ctx.tokens_in(m.end(), stop.start() if stop else sentence.end) if t.quantity.unit in _PERCENT_UNITS]
        if not peers:
            continue
        leader = next((f for f in facts if f.kind == "move" and f.percent is not None and f.percent.span.start == token.start), None)
        if leader is None:
            continue
        rival = max(peers, key=lambda t: t.quantity.value)
        for peer in peers:
            ctx.claimed.add(peer.start)
        out.append(Ranking(id="", span=ctx.span(m.start(), peers[-1].end), subject=leader.subject,
                           claim="top" if sense.polarity > 0 else "bottom", figure=token.quantity, direction=sense.polarity,
                           rival=rival.quantity, rival_direction=sense.polarity, peers=tuple(t.quantity for t in peers),
                           ordered=True))


def _performers(ctx: Context, facts: list[Fact], out: list[Fact], index: int) -> None:
    """Rankings of the form "The best performers were A, which rose P; B added Q and C ..."."""
    sentence = ctx.sentences[index]
    m = _PERFORMERS.search(ctx.folded, sentence.start, sentence.end)
    if m is None or _AMONG.search(ctx.folded, max(sentence.start, m.start() - 12), m.start()):
        return  # "was among the top performers": a member, no ranking
    if not (_NAMED_BEFORE.search(ctx.folded, max(sentence.start, m.start() - 20), m.start())
            or _NAMES_AFTER.match(ctx.folded, m.end(), sentence.end)):
        return  # "Starting as the worst performer, ...": no list is named
    end = sentence.end
    for later in ctx.sentences[index + 1 :]:
        if later.paragraph != sentence.paragraph or _PERFORMERS.search(ctx.folded, later.start, later.end):
            break
        end = later.end
    members: list[Move] = [f for f in facts if f.kind == "move" and f.percent is not None and f.percent.unit == "percent"
                           and f.period == "session" and m.end() <= f.span.start < end and _named(ctx, f)]
    if len(members) < 2 or members[0].span.start >= sentence.end:
        return
    leader, peers = members[0], members[1:]
    top = m["which"] != "worst"
    rival = (max if top else min)(peers, key=lambda f: _sign(f.percent, f.direction))
    out.append(Ranking(id="", span=ctx.span(m.start(), leader.span.end), subject=leader.subject,
                       claim="top" if top else "bottom", figure=leader.percent, direction=leader.direction,
                       rival=rival.percent, rival_direction=rival.direction, peers=tuple(f.percent for f in peers)))


def _index_leaders(ctx: Context, facts: list[Fact], out: list[Fact], sentence) -> None:
    """ "The largest gainers in the Nikkei were A, up P": A leads the index's members, scoped to that index."""
    for m in _INDEX_LEADER.finditer(ctx.folded, sentence.start, sentence.end):
        named = [n for n in ctx.named_in(m.start("scope"), m.end("scope")) if n.entity and n.type == "index"]
        scope = ctx.resolve(named[0]) if len(named) == 1 else None
        loose = {}
        if not named and ctx.lexicon.anaphora.get(" ".join(m["scope"].split())):  # "in the index": the paragraph's index
            scope = ctx.subject_before(m.start())
            loose = {"scope": "the index was named by an anaphor"}
        leader = next((f for f in facts if f.kind == "move" and f.percent is not None and f.percent.unit == "percent"
                       and f.period == "session" and m.end() <= f.span.start < sentence.end and f.direction and _named(ctx, f)), None)
        if scope is None or scope.type != "index" or not scope.entity or leader is None:
            continue
        side = m["side"].rstrip("s")
        bottom = side in _DOWN_SIDES or m.group(0).startswith("worst")
        out.append(Ranking(id="", span=ctx.span(m.start(), leader.span.end), subject=leader.subject,
                           claim="bottom" if bottom else "top", figure=leader.percent, direction=leader.direction,
                           scope=scope.entity, loose=loose))


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """One ranking per "the most ..., followed by" phrase, per list of best or worst performers, and per
    leader of an index's members."""
    out = list(facts)
    for sentence in ctx.sentences_with(_HINT):
        _followed(ctx, facts, out, sentence)
        _performers(ctx, facts, out, ctx.sentence_at(sentence.start))
        _index_leaders(ctx, facts, out, sentence)
    return out
