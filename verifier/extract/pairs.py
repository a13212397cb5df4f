"""One clause told for two names: "A and B rose 2% and 3%, respectively", "rose 1.6% each", "both lost
0.3 percent", "gained 45 cents each to 9.35 and 8.70". The second name gets a move of its own.
"""
from __future__ import annotations

import re

from ..facts import Move, Subject
from ..numbers import PERCENT
from .compiled import re_pattern
from .context import Context, Verb

_RESPECTIVELY = re_pattern(r"\s*,?\s*and\s+(?P<second>[^\s,%]+)%?(?:\s+(?:percent|per\s+cent|points?))?,?\s+respectively", re.IGNORECASE)
_EACH = re_pattern(r"\beach\s+(?:to|at)\b", re.IGNORECASE)
_AND_FIGURE = re_pattern(r"\s*,?\s+and\s+(?=(?:[A-Z]{0,3}\$)?[0-9.])")
_LOWER_AND = re_pattern(r"(?<![\w&.'-])(?P<name>[a-z][\w&'-]*)\s+and\s+$")
_AMPERSAND_BEFORE = re_pattern(r"(?<![\w&.'-])[a-z][\w'-]*\s+&\s+$")
_AND_NAME = re_pattern(r"\s*\band\s+(?P<name>[A-Za-z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})(?=[\s,]|$)")
_NAME_AND = re_pattern(r"(?<![\w&.'-])(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s+and\s+$")
_EACH_AFTER = re_pattern(r"\s+(?:each|apiece)\b", re.IGNORECASE)
# "Silver added 0.37% to $1,562.48/oz and 1.16% to $874.26": a second pair of figures for the same name
# (a name was dropped), read to the clause's end
_UNIT_AFTER = re_pattern(r"(?:/[a-z]{1,5}|\s+(?:a|an|per)\s+(?:barrel|ounce|troy\s+ounce|tonne|ton|share|pound|bushel|gallon))?", re.IGNORECASE)
_AND_PAIR = re_pattern(r"\s*,?\s+and\s+(?=(?:[A-Z]{0,3}\$)?[0-9.])")
_TO_LEVEL = re_pattern(r"\s+(?:to|at)\s+(?=(?:[A-Z]{0,3}\$)?[0-9.])")
_CLAUSE_END = re_pattern(r"\s*(?:[.;:]|,\s*(?:while|but|and|as|with)\b|$)", re.IGNORECASE)

def _respectively(ctx: Context, move: Move, window: int, verb: Verb, end: int, limit: int) -> list[Move]:
    """ "Intel and Qualcomm climbed 3.4% and 2.6%, respectively": the first move and one for the second name;
    "Kula Gold and Ramu Nickel gained 45 cents each to 9.35 and 8.70": the same change, each to its own level;
    "energy and utilities slumped 1.47 percent and 0.03 percent": two names, two figures, in order."""
    text = ctx.text
    tail = _RESPECTIVELY.match(text, end, limit)
    following = None if tail else _AND_FIGURE.match(text, end, limit)
    if tail is None and following is None:
        return []
    names = [n for n in ctx.named_in(window, verb.start) if n.entity]
    field = next((k for k in ("level", "percent", "change") if getattr(move, k) is not None and getattr(move, k).span.end == end), None)
    if tail is None and field is not None:
        each = field == "level" and _EACH.search(text, verb.end, move.level.span.start) is not None
        joined = len(names) >= 2 or (move.subject.span is not None and _pair_before(ctx, window, move.subject) is not None)
        if each or joined:  # "Swire and Jardine ended unchanged at 38.85 and 47 dlrs"
            tail = following
    if tail is None:
        return []
    token = ctx.token_at(tail.start("second") if tail.re is _RESPECTIVELY else tail.end())
    if token is None or token.start in ctx.claimed or token.end > limit:
        return []
    if tail.re is _RESPECTIVELY and field != "level":  # "rose two sen each to RM10.12 and RM4.48, respectively": levels
        field = "percent" if token.quantity.unit == PERCENT else "change"
    elif getattr(move, field).unit and token.quantity.unit != getattr(move, field).unit:
        return []  # "rose 1% to 30,000 and 2,000 shares": not a second figure of the same kind
    if len(names) >= 2:
        subject, start = ctx.resolve(names[1]), names[1].start
        compound = _AMPERSAND_BEFORE.search(text, window, start)
        if compound is not None:  # "mining & oil": a group named with a commodity's word, not the commodity
            start = compound.start()
            subject = Subject(text=text[start : names[1].end], type="unknown", span=ctx.span(start, names[1].end))
    elif move.subject.span and (pair := _pair_before(ctx, window, move.subject)):
        # "Vodafone and Tesco fell 2.4% and 1.1%": the name read before the verb is the second one
        subject, start = move.subject, move.subject.span.start
        first = Subject(text=pair["name"], type="unknown", span=ctx.span(pair.start("name"), pair.end("name")))
        move = move.model_copy(update={"subject": first, "span": ctx.span(pair.start("name"), move.span.end)})
    else:  # "Rio and Qantas saw losses, sliding 2.7% and 6.3%, respectively": names the lexicon lacks
        first = move.subject.span.end if move.subject.span and move.subject.span.end <= verb.start else window
        other = _AND_NAME.match(text, first, verb.start) or _AND_NAME.search(text, window, verb.start)
        if other is None:
            return []
        start = other.start("name")
        subject = Subject(text=other["name"], type="unknown", span=ctx.span(start, other.end("name")))
    ctx.claimed.add(token.start)
    if field == "level":
        return [move, move.model_copy(update={"subject": subject, "level": token.quantity, "prior": None,
                                              "span": ctx.span(start, token.end)})]
    return [move, move.model_copy(update={"subject": subject, field: token.quantity, "span": ctx.span(start, token.end),
                                    "change" if field == "percent" else "percent": None, "level": None, "prior": None})]


def _shared(ctx: Context, move: Move, window: int, verb: Verb, end: int, limit: int) -> list[Move]:
    """ "Mitsubishi UFJ and Mizuho rose 1.4% each", "ICBC and BOC both shed 0.2 percent": one move told for two names."""
    text = ctx.text
    after = text[end : end + 8].lower()
    if not (("each" in after or "apiece" in after) and _EACH_AFTER.match(text, end, limit)
            or text[max(window, verb.start - 5) : verb.start].strip().lower() == "both"):
        return []
    if move.level is not None and move.level.span.end == end and not _EACH_AFTER.match(text, end, limit):
        return []  # "both closed at 38.85": one price cannot be two stocks'
    names = [n for n in ctx.named_in(window, verb.start) if n.entity]
    if len(names) >= 2 and move.subject.entity == names[0].entity and (second := ctx.resolve(names[1])) is not None:
        return [move, move.model_copy(update={"subject": second, "span": ctx.span(names[1].start, move.span.end)})]
    pair = _pair_before(ctx, window, move.subject) if len(names) < 2 else None
    if pair is None:
        return []
    first = Subject(text=pair["name"], type="unknown", span=ctx.span(pair.start("name"), pair.end("name")))
    return [move.model_copy(update={"subject": first, "span": ctx.span(pair.start("name"), move.span.end)}), move]


def _pair_before(ctx: Context, window: int, subject: Subject) -> re.Match | None:
    """ "Vodafone and " before "Tesco", "industrial and " before "services": the first of two joined names."""
    if subject.span is None:
        return None
    pattern = _LOWER_AND if subject.text[:1].islower() else _NAME_AND
    return pattern.search(ctx.text, max(window, subject.span.start - 60), subject.span.start)


def second_move(ctx: Context, move: Move, window: int, verb: Verb, end: int, limit: int) -> list[Move]:
    """The move and the second name's, when the clause tells two; else nothing."""
    return _respectively(ctx, move, window, verb, end, limit) or _shared(ctx, move, window, verb, end, limit) \
        or _twin(ctx, move, end, limit)


def _twin(ctx: Context, move: Move, end: int, limit: int) -> list[Move]:
    """ "added 0.37% to $1,562.48/oz and 1.16% to $874.26": the same name given a second move in its clause."""
    if move.level is None or move.level.span.end != end or (move.percent is None) == (move.change is None):
        return []
    field = "percent" if move.percent is not None else "change"
    text = ctx.text
    joint = _AND_PAIR.match(text, _UNIT_AFTER.match(text, end).end(), limit)
    first = ctx.token_at(joint.end()) if joint else None
    if first is None or first.start in ctx.claimed or first.quantity.unit != getattr(move, field).unit:
        return []
    to = _TO_LEVEL.match(text, first.end, limit)
    second = ctx.token_at(to.end()) if to else None
    if second is None or second.start in ctx.claimed or second.end > limit or second.quantity.unit != move.level.unit:
        return []
    if not _CLAUSE_END.match(text, _UNIT_AFTER.match(text, second.end).end()):
        return []  # "... and 1.5% to $1,925 since Friday": more words, perhaps another period
    ctx.claimed.update((first.start, second.start))
    # Its verb is the "and" that carries it, so a rule can tell it from a clause with a verb of its own.
    return [move, move.model_copy(update={field: first.quantity, "level": second.quantity, "prior": None, "high": None, "low": None,
                                          "open": None, "verb": "and", "span": ctx.span(first.start, second.end)})]
