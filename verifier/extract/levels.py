"""Level claims: "just above the 58,580-point plateau", "below the 3,000 mark", "returns to 6,300 level".

The subject is the last one named in the sentence, else the index named in the paragraph.
"""
from __future__ import annotations

import re

import regex

from ..facts import Fact, LevelClaim
from .context import Context
from .patterns import DIGITS

_RELATIONS = {
    "above": "above", "over": "above", "past": "above", "through": "above", "beyond": "above",
    "atop": "above", "below": "below", "under": "below", "beneath": "below", "near": "near",
    "around": "near", "toward": "near", "towards": "near", "approaching": "near", "at": "at",
    "to": "at", "on": "at", "of": "at", "reclaimed": "above", "reclaiming": "above", "breaching": "above",
    "breached": "above", "crossed": "above", "crossing": "above", "topped": "above", "topping": "above",
}
_PROXIMITY = {"just": "just", "slightly": "just", "barely": "just", "a shade": "just", "well": "well",
              "comfortably": "well", "firmly": "well", "far": "well"}
# "just above the 58,580-point plateau", "below the 3,000 mark", "to the 6,300 level", "the 52,000-point level"
LEVEL = regex.compile(
    rf"(?:(?P<prox>{'|'.join(_PROXIMITY)})\s+)?(?P<rel>{'|'.join(sorted(_RELATIONS, key=len, reverse=True))})\s+"
    rf"(?:the\s+)?(?:key\s+|psychological(?:ly\s+important)?\s+|critical\s+|important\s+)?(?P<n>{DIGITS})(?:-point|\s+points?)?\s+"
    r"(?:plateau|mark|level|line|threshold|barrier|milestone|handle|figure|zone|region|area|ceiling|floor|territory)s?\b",
    regex.IGNORECASE,
)

_HINT = re.compile(r"plateau|mark|level|line|threshold|barrier|milestone|handle|figure|zone|region|area|ceiling|floor|territory")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Every threshold a subject is placed against."""
    out = list(facts)
    for m in (m for s in ctx.sentences_with(_HINT) for m in LEVEL.finditer(ctx.text, s.start, s.end)):
        token = ctx.token_at(m.start("n"))
        if token is None or token.start in ctx.claimed:
            continue
        subject = ctx.subject_before(m.start())
        if subject is None:
            continue
        ctx.claimed.add(token.start)
        prox = _PROXIMITY[m["prox"].lower()] if m["prox"] else "plain"
        out.append(LevelClaim(id="", span=ctx.span(m.start(), m.end()), subject=subject,
                              relation=_RELATIONS[m["rel"].lower()], proximity=prox, threshold=token.quantity))
    return out
