"""Earnings: "earnings came in at $31.574 billion, or $2.13 per share compared to $27.408 billion,
or $1.62 per share, last year", "net profit rose to X from Y", "against expectations of Z",
"earnings of AU$0.412 per diluted share, up from AU$0.38", "12% lower than 47.2 billion yen",
"cut its Ebitda guidance to 2.6 billion euros from 2.8 billion euros", and the consensus standing
alone: "Analysts polled by FactSet expected NT$3.17."
"""
from __future__ import annotations

import re

import regex

from ..facts import Earnings, Fact, Subject
from ..numbers import Quantity, Scale
from .context import MAIN_TYPES, Context
from .patterns import DIGITS
from .compiled import re_pattern, regex_pattern

_MONEY = r"(?:(?:New\s+Taiwan|Hong\s+Kong|Singapore|Australian|Canadian|U\.S\.|US)\s+dollars|won|yen|yuan|dollars|euros|pounds|francs|rupees|ringgit|baht|pesos)"
_Q = rf"(?:(?:at\s+least|about|around|nearly|roughly|some|more\s+than|up\s+to)\s+)?(?:[A-Z]{{0,3}}\$\s?|(?:USD|EUR|GBP|JPY|CNY|HKD|SGD|AUD|KRW|TWD|INR)\s)?(?:{DIGITS})(?:\s?(?:billion|million|trillion|bln|mln|bn))?(?:\s+{_MONEY})?"
# "per share", "($0.06) per diluted share", "a share": the figure before it is a per-share figure
_PS = r"(?:\s*\([^()]{1,25}\))?\s+(?:per|a)\s+(?:diluted\s+|basic\s+|adjusted\s+)?share"
_METRIC = (
    r"(?P<metric>earnings\s+per\s+share|(?:adjusted\s+|diluted\s+)?EPS|funds\s+from\s+operations|FFO|earnings|net\s+income|"
    r"net\s+profit|operating\s+profit|operating\s+income|profit|revenue|revenues|sales|EBITDA|loss|net\s+loss)"
)
_UP_VERBS = r"rose|jumped|climbed|grew|increased|surged|gained|advanced|rebounded"
_DOWN_VERBS = r"fell|dropped|declined|decreased|slumped|plunged|slid|shrank|tumbled"
_PCT = r"[0-9][0-9.]*\s*(?:%|percent|per\s+cent)"
_VERB = (
    r"(?:came\s+in\s+at|came\s+to|totaled|totalled|was|were|of|reached|stood\s+at|amounted\s+to"
    rf"|(?P<verb>{_UP_VERBS}|{_DOWN_VERBS})(?:\s+(?:by\s+)?(?P<pct>{_PCT}))?\s+to"
    rf"|(?:was|were)\s+(?P<verb>up|down)\s+(?P<pct>{_PCT})\s+(?:to|at)"
    r"|(?=(?:USD|EUR|GBP|JPY|CNY|HKD|SGD|AUD|KRW|TWD|INR)\s+[0-9]))"
)
_EPS = r"(?:,?\s+or\s+(?P<{name}>{q})\s+(?:per|a)\s+(?:diluted\s+|basic\s+|adjusted\s+)?share)?"
# "for the fiscal second quarter ended March 31, 2023", "in the third quarter of 2023": the period, between result and prior
_FOR_PERIOD = (
    r"(?:,?\s+(?:for|in)\s+(?:the\s+)?(?:[\w.'-]+\s+){0,4}?(?:quarter|half|year|period|months)"
    r"(?:\s+(?:ended|ending)\s+[A-Z][a-z]{2,}\.?\s+[0-9]{1,2}(?:,\s+[0-9]{4})?|\s+of\s+[0-9]{4})?)?"
)
_COMPARE = (
    rf"(?:,?\s+(?:(?P<cpct>{_PCT})\s+)?(?:compared\s+(?:to|with)|versus|vs\.?"
    r"|(?P<cdir>up|down|narrowing|widening|shrinking|growing|rising|falling|increasing|decreasing)\s+from|from|against"
    r"|(?:slightly\s+|well\s+|much\s+)?(?P<cdir>lower|higher|less|more|down|up)\s+than))"
)
# "Its earnings came in at $31.574 billion, or $2.13 per share compared to $27.408 billion, or $1.62 per share"
RESULT = regex_pattern(
    rf"{_METRIC}(?:\s+[A-Za-z0-9'.,-]+){{0,6}}?\s+{_VERB}\s*(?P<current>{_Q})(?P<current_ps>{_PS})?{_EPS.format(name='eps', q=_Q)}{_FOR_PERIOD}"
    rf"(?:{_COMPARE}\s+(?:a\s+(?:year-earlier\s+|prior\s+)?)?(?P<prior>{_Q})(?P<prior_ps>{_PS})?{_EPS.format(name='eps_prior', q=_Q)})?"
    rf"(?:.{{0,40}}?(?:expectations|estimates|forecasts?|consensus)\s+(?:of|for)\s+(?P<expected>{_Q})(?P<expected_ps>{_PS})?{_EPS.format(name='eps_expected', q=_Q)})?",
    regex.IGNORECASE,
)
# "cut fiscal 2023 Ebitda guidance to 2.6 billion euros from 2.8 billion euros": a forecast the company revised
GUIDANCE = re_pattern(
    rf"\b(?P<verb>cut|cuts|lowered|lowers|trimmed|trims|reduced|reduces|raised|raises|lifted|lifts|increased|increases)\s+(?:its\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{_METRIC}\s+(?P<word>guidance|outlook|forecast|target)\s+(?:for\s+(?:[\w-]+\s+){{1,3}})?to\s+(?P<current>{_Q})"
    rf"\s+from\s+(?P<prior>{_Q})",
    re.IGNORECASE,
)
# "Analysts polled by FactSet expected NT$3.17.", "Analysts surveyed by LSEG expect $1.24 per share."
CONSENSUS = re_pattern(
    rf"\b(?:[Aa]nalysts|[Ee]conomists)\s+(?:surveyed|polled)\s+by\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}}\s+(?:had\s+)?"
    rf"(?:expect|expected|forecast|estimated|projected|were\s+expecting)\s+(?:(?:a\s+)?(?P<metric>earnings|revenue|sales|profit|loss)\s+of\s+)?"
    rf"(?P<expected>{_Q})(?P<expected_ps>{_PS})?"
)
_HINT = re_pattern(r"earnings|income|profit|revenue|sales|ebitda|loss|eps|ffo|funds from operations")
_RANGE_AFTER = re_pattern(r"\s*(?:-|\u2013|to)\s*(?:[A-Z]{0,3}\$\s?)?[0-9]")
_OUTLOOK = re_pattern(r"\b(?:guidance|outlook|forecast|target)\b", re.IGNORECASE)
_FORECAST_LEAD = re_pattern(r"\b(?:forecast|forecasts|expects|expected|projects|projected|sees|guided|guides|targets|predicts)\b[^;]*$", re.IGNORECASE)
_NOT_MONEY = frozenset({"points", "percent", "percentage_points", "basis_points"})
_BULLET = re_pattern(r"[ \t]*[*\u2022][ \t]")
_CODE_FIRST = re_pattern(r"[A-Z]{3}\s")
_GUIDANCE_HINT = re_pattern(r"guidance|outlook|forecast|target")
_CONSENSUS_HINT = re_pattern(r"(?:surveyed|polled) by")
_FIELDS = ("current", "eps", "prior", "eps_prior", "expected", "eps_expected")
_TARGET = {"current": "current", "eps": "eps_current", "prior": "prior", "eps_prior": "eps_prior",
           "expected": "expected", "eps_expected": "eps_expected"}
_PER_SHARE = {"current": "eps_current", "prior": "eps_prior", "expected": "eps_expected"}
_DIRECTIONS = {"up": 1, "higher": 1, "more": 1, "widening": 1, "growing": 1, "rising": 1, "increasing": 1,
               "down": -1, "lower": -1, "less": -1, "narrowing": -1, "shrinking": -1, "falling": -1, "decreasing": -1}
_GUIDANCE_UP = frozenset("raised raises lifted lifts increased increases".split())
_UP = re_pattern(_UP_VERBS, re.IGNORECASE)


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Every stated result with its prior-period and per-share figures."""
    out = list(facts)
    sentences = ctx.sentences_with(_HINT)
    for m in (m for s in ctx.sentences_with(_GUIDANCE_HINT) for m in GUIDANCE.finditer(ctx.text, s.start, s.end)):
        values = _values(ctx, m, ("current", "prior"))
        if "current" in values:
            metric = " ".join(m["metric"].lower().split()) + " " + m["word"].lower()
            direction = 1 if m["verb"].lower() in _GUIDANCE_UP else -1
            out.append(_earnings(ctx, m, metric, values, direction=direction))
    for m in (m for s in sentences for m in RESULT.finditer(ctx.text, s.start, s.end)):
        if _BULLET.match(ctx.text, ctx.text.rfind("\n", 0, m.start()) + 1) and _CODE_FIRST.match(m["current"]):
            continue  # "* Q3 revenue USD 2,310 million vs. IBES estimate ...": a brief's bullets are labelled figures
        values = _values(ctx, m, _FIELDS)
        if not values.keys() & {"current", "eps_current"} or _RANGE_AFTER.match(ctx.text, m.end("current")):
            continue  # "expects FFO of $1.42 to $1.48": a range of guidance, no result
        if "current" in values and values["current"].unit in _NOT_MONEY:
            continue  # "a loss of 0.2%", "a loss of 17.36 points": a move, no result
        if m["metric"].lower() == "loss" and "current" in values and not values["current"].unit and values["current"].scale == "one":
            continue  # "finished with a loss of 90.00, or 0.3 percent": a bare figure is the index's points, no company's loss
        metric = " ".join(m["metric"].lower().split())
        if metric in ("eps", "adjusted eps", "diluted eps", "earnings per share") and "current" in values and "eps_current" not in values:
            values["eps_current"] = values.pop("current")
            metric = "earnings"
        outlook = _OUTLOOK.search(ctx.text, m.end("metric"), m.start("current"))
        if outlook is not None:  # "Ebitda guidance for 2023 of no less than 3.1 billion euros": a forecast, named so
            metric += " " + outlook.group(0).lower()
        elif _FORECAST_LEAD.search(ctx.text, max(ctx.sentences[ctx.sentence_at(m.start())].start, m.start() - 120), m.start()):
            metric += " forecast"  # "It forecast a core net profit of 52.8 billion yen, a basic EPS of 134.62 yen"
        extra: dict[str, object] = {"direction": _direction(m)}
        if m["pct"] or m["cpct"]:
            token = ctx.token_at(m.start("pct") if m["pct"] else m.start("cpct"))
            if token is not None and token.start not in ctx.claimed:
                extra["percent"] = token.quantity
        out.append(_earnings(ctx, m, metric, values, **extra))
    for m in (m for s in ctx.sentences_with(_CONSENSUS_HINT) for m in CONSENSUS.finditer(ctx.text, s.start, s.end)):
        values = _values(ctx, m, ("expected",))
        if not values or not next(iter(values.values())).unit.isupper():
            continue  # "Economists polled by Reuters expected 4.2 percent growth": no company's result
        earlier = _earlier_result(ctx, out, m.start())
        metric = m["metric"].lower() if m["metric"] else "earnings" if m["expected_ps"] or earlier is None else earlier.metric
        per_share = "eps_expected" in values or (earlier is not None and earlier.eps_current is not None and earlier.current is None
                                                 and not m["metric"] and values["expected"].scale is Scale.ONE)
        if per_share and "expected" in values:
            values["eps_expected"] = values.pop("expected")
        out.append(_earnings(ctx, m, metric, values))
    return out


def _values(ctx: Context, m: regex.Match, fields: tuple[str, ...]) -> dict[str, Quantity]:
    """The unclaimed figures of the groups named, each under its field; a per-share figure under eps_*."""
    values: dict[str, Quantity] = {}
    for group in fields:
        if m[group] is None:
            continue
        token = ctx.token_covering(_first_digit(m, group))
        if token is None or token.start in ctx.claimed:
            continue
        field = _TARGET[group]
        if group in _PER_SHARE and m.groupdict().get(f"{group}_ps"):
            field = _PER_SHARE[group]
        values.setdefault(field, token.quantity)
    if "eps_current" in values and "current" not in values:  # "$0.41 per share, up from $0.37": both per share
        for plain, per_share in (("prior", "eps_prior"), ("expected", "eps_expected")):
            if plain in values and per_share not in values and values[plain].scale is Scale.ONE:
                values[per_share] = values.pop(plain)
    return values


def _first_digit(m: regex.Match, group: str) -> int:
    start = m.start(group)
    text = m[group]
    for i, ch in enumerate(text):
        if ch.isdigit() or ch == ".":
            return start + i
    return start


def _earnings(ctx: Context, m: regex.Match, metric: str, values: dict[str, Quantity], **extra: object) -> Earnings:
    for quantity in (*values.values(), *(q for q in extra.values() if isinstance(q, Quantity))):
        ctx.claimed.add(quantity.span.start)
    subject = ctx.subject_before(m.start())
    if subject is None or subject.type in MAIN_TYPES:  # an index named earlier reports no results
        subject = Subject(text="the company", type="stock")
    return Earnings(id="", span=ctx.span(m.start(), m.end()), subject=subject, metric=metric, **values, **extra)


def _direction(m: regex.Match) -> int:
    """+1 when the words say the result grew from the prior, -1 when it shrank, 0 when they do not say."""
    if m["verb"]:
        word = m["verb"].lower()
        return 1 if word == "up" or _UP.fullmatch(word) else -1
    if m["cdir"]:
        return _DIRECTIONS.get(m["cdir"].lower(), 0)
    return 0


def _earlier_result(ctx: Context, facts: list[Fact], offset: int) -> Earnings | None:
    """The result a consensus figure speaks of: the last one stated in the paragraph or the one before."""
    paragraph = ctx.sentences[ctx.sentence_at(offset)].paragraph
    best = None
    for fact in facts:
        if isinstance(fact, Earnings) and fact.span.end <= offset and (best is None or fact.span.end > best.span.end):
            best = fact
    if best is None or ctx.sentences[ctx.sentence_at(best.span.start)].paragraph < paragraph - 2:
        return None
    return best
