"""Earnings: "earnings came in at $42.960 billion, or $1.76 per share compared to $22.091 billion,
or $0.89 per share, last year", and "net profit rose to X from Y", "against expectations of Z".
"""
from __future__ import annotations

import re

import regex

from ..facts import Earnings, Fact, Subject
from ..numbers import Quantity
from .context import Context
from .patterns import DIGITS

_Q = rf"(?:[A-Z]{{0,3}}\$\s?)?(?:{DIGITS})(?:\s?(?:billion|million|trillion|bln|mln|bn))?(?:\s+(?:won|yen|yuan|dollars|euros))?"
_METRIC = r"(?P<metric>earnings|net\s+income|net\s+profit|operating\s+profit|operating\s+income|profit|revenue|revenues|sales|EBITDA|loss|net\s+loss)"
_VERB = r"(?:came\s+in\s+at|totaled|totalled|was|were|of|reached|stood\s+at|amounted\s+to|(?:rose|fell|jumped|climbed|dropped|declined|grew|increased|decreased|surged|slumped|plunged)(?:\s+[0-9.]+\s+percent)?\s+to)"
_EPS = r"(?:,?\s+or\s+(?P<{name}>{q})\s+(?:per|a)\s+share)?"
_COMPARE = r"(?:,?\s+(?:compared\s+(?:to|with)|versus|vs\.?|up\s+from|down\s+from|from|against|(?:slightly\s+|well\s+|much\s+)?(?:lower|higher|less|more|down|up)\s+than))"
# "The company's earnings came in at $42.960 billion, or $1.76 per share compared to $22.091 billion, or $0.89 per share"
RESULT = regex.compile(
    rf"{_METRIC}(?:\s+[A-Za-z0-9'.,-]+){{0,6}}?\s+{_VERB}\s+(?P<current>{_Q}){_EPS.format(name='eps', q=_Q)}"
    rf"(?:{_COMPARE}\s+(?:a\s+(?:year-earlier\s+|prior\s+)?)?(?P<prior>{_Q}){_EPS.format(name='eps_prior', q=_Q)})?"
    rf"(?:.{{0,40}}?(?:expectations|estimates|forecasts?|consensus)\s+(?:of|for)\s+(?P<expected>{_Q}){_EPS.format(name='eps_expected', q=_Q)})?",
    regex.IGNORECASE,
)
_HINT = re.compile(r"earnings|income|profit|revenue|sales|ebitda|loss")
_FIELDS = ("current", "eps", "prior", "eps_prior", "expected", "eps_expected")
_TARGET = {"current": "current", "eps": "eps_current", "prior": "prior", "eps_prior": "eps_prior",
           "expected": "expected", "eps_expected": "eps_expected"}


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Every stated result with its prior-period and per-share figures."""
    out = list(facts)
    for m in (m for s in ctx.sentences_with(_HINT) for m in RESULT.finditer(ctx.text, s.start, s.end)):
        values: dict[str, Quantity] = {}
        for group in _FIELDS:
            if m[group] is None:
                continue
            token = ctx.token_at(m.start(group))
            if token is not None and token.start not in ctx.claimed:
                values[_TARGET[group]] = token.quantity
        if "current" not in values:
            continue
        for quantity in values.values():
            ctx.claimed.add(quantity.span.start)
        subject = ctx.subject_before(m.start()) or Subject(text="the company", type="stock")
        metric = " ".join(m["metric"].lower().split())
        out.append(Earnings(id="", span=ctx.span(m.start(), m.end()), subject=subject, metric=metric, **values))
    return out
