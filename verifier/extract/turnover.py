"""One turnover sentence read figure by figure: what each figure counts, and whose session it is.

A figure is shares ("1.2 billion shares", "41,736 lots"), a value ("RM3.30 bil", "68.42 billion HK
dollars", "Tk 950 crore"), a count of deals ("in 6,148 deals", "Trade deals stood at 27418") or a percent
change ("down 13.5% in volume"); a scaled figure with no unit of its own takes the kind of its list or of
the noun the sentence leads with ("Trading volume rose to 874.3 million"). After a comparison word
("from", "against", "compared to", "vs.") a figure of a kind the session already has is the previous
session's ("vs. 912.46 million Friday"); a kind told twice starts another reading (a list of companies).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..numbers import SCALE_FACTORS, Quantity, Scale
from .compiled import re_pattern
from .context import Context
from .quantities import Token

# "2.2 mln shares", "2.2 mln MIM shares", "41,736 lots", "412.6 million units of shares": a count of shares,
# perhaps of one named company
_SHARES_AFTER = re_pattern(r"\s*(?P<name>(?:[A-Z][\w&.]*\s+){0,2})(?:shares|units|lots|contracts|securities|stocks|sahres)\b")
# A currency the figure grammar does not name, after a scaled amount: "5.3 million dinars", "718.4 mln H.K.
# Dlrs", "68.42 billion HK dollars", "7.64 billion U. S. dollars", "27.53 trillion NTD", "1.286 trillion
# Vietnamese dong" ("ended flat at 1,493 dinars" is a price: the amount must be scaled)
MONEY_WORD = re_pattern(
    r"\s*(?:(?:[A-Z]\.\s?){1,3}\s*|(?:HK|NT|US|Hong\s+Kong|Egyptian|Vietnamese|Saudi|Qatari|Kuwaiti|Nigerian|Taiwan|Singapore)\s+)?"
    r"(?:dinars?|francs?|dlrs|dollars?|liras?|rupees?|riyals?|rials?|dirhams?|kron[aeo]r?|zlotys?|forints?|shekels?|euros?|leva?|lei|"
    r"tenge|naira|shillings?|pounds|dong|taka|NTD|VND|EGP|QAR|SAR|AED|NGN|BDT|LKR|PKR)\b",
    re.IGNORECASE,
)
# A currency written before the amount that the figure grammar leaves out: "Tk 950 crore", "BDT 73.48
# million", "EGP 248.376 million", "QR 612.47bn", "LE 3 billion", "SR 5.7 billion"
_MONEY_BEFORE = re_pattern(r"(?<![A-Za-z])(?:Rs\.?|Tk\.?|BDT|EGP|LE|QR|QAR|SR|SAR|AED|Dhs?|KD|BD|KWD|NGN|LKR|PKR|KES|Ksh)\s?$")
# What makes an unscaled money figure a turnover value and not a price: "worth", "valued at", "turnover of"
_VALUE_CUE = re_pattern(
    r"\b(?:worth|valued(?:\s+at)?|value\s+of|turnover\s+of|transactions?\s+(?:at|over|of|worth)|totall?(?:ed|ing)|amounted\s+to|reached|stood\s+at)\s+"
    r"(?:a\s+total\s+of\s+|about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?(?:[A-Z]{0,3}\$?\s?)?$",
    re.IGNORECASE,
)
_PER_SHARE = re_pattern(r"\s*(?:per|a|each)\s+(?:share|unit|tonne|ounce|barrel)\b", re.IGNORECASE)
# Trades, deals, transactions: "in 6,148 deals", "218,476 trades were executed", "17.352 thousand transactions"
_DEALS_AFTER = re_pattern(r"\s+(?:deals|trades|transactions)\b", re.IGNORECASE)
_DEALS_BEFORE = re_pattern(
    r"\b(?:deals|trades|transactions)\s+(?:stood\s+at|totall?ed|reached|were|was|numbered|came\s+to|of)\s+(?:about\s+|some\s+|nearly\s+)?$", re.IGNORECASE
)
# What a percent is a change of: "13.5% in volume", "14.86 percent in value"; one compared with an earlier
# value ("up 7.5 per cent from the prior session's"); or one the turnover's own verb leads to
PERCENT_OF = re_pattern(r"\s+in\s+(?P<what>(?:trading\s+|traded\s+)?(?:volume|value|turnover))\b", re.IGNORECASE)
_PERCENT_COMPARED = re_pattern(r"\s*,?\s+(?:from|against|compared|over|than|on\s+the\s+previous|week[\s-]on[\s-]week|day[\s-]on[\s-]day)\b", re.IGNORECASE)
_MEASURE_VERB = re_pattern(
    r"\b(?:turnover|volume|value|volumes)\s+(?:[\w.-]+\s+){0,3}?(?:rose|fell|increased|decreased|declined|dropped|jumped|surged|grew|shrank|"
    r"slipped|eased|plunged|tumbled|climbed|was\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?$",
    re.IGNORECASE,
)
# Words that turn the figures after them into the previous session's
_COMPARE = re_pattern(r"\b(?:(?P<cmp>up|down)\s+from|from|against|compared\s+(?:to|with)|versus|vs\.?|than|well\s+(?:above|below))\b", re.IGNORECASE)
# The verb whose object or change a figure is: "shrank to", "rose by", "was higher at", "an increase of"
_VERB_BEFORE = re_pattern(
    r"\b(?:(?P<up>rose|rising|increased|increasing|increase|climbed|climbing|jumped|surged|grew|growing|expanded|rebounded|improved|"
    r"gained|picked\s+up|inched\s+up|edged\s+up|higher|up|rise)|(?P<down>fell|falling|decreased|decreasing|decrease|declined|declining|"
    r"decline|dropped|dropping|drop|shrank|shrinking|slipped|eased|easing|plunged|tumbled|contracted|dwindled|narrowed|lower|down|fall))"
    r"\s+(?:(?:of|by|to|at)\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?(?:[A-Z]{0,3}\$?\s?)?$",
    re.IGNORECASE,
)
_BY = re_pattern(r"\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?(?:[A-Z]{0,3}\$?\s?)?$", re.IGNORECASE)
_AND_GAP = re_pattern(r"[^,;.]*?\band\s+")  # "down 12.5% in volume and 9% in value": one verb for both
_LIST_JOIN = re_pattern(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_LEAD_NOUN = re_pattern(r"\b(?P<shares>volumes?)\b|\b(?:turnover|value|worth|valued)\b", re.IGNORECASE)
# Another measure starts: open interest, the market's value, what investors bought or sold
_WORTH_AFTER = re_pattern(r"\s+worth\b", re.IGNORECASE)
# Shares and the value they fetched: "1.64 billion with a total value of S$1.87 billion", "714.25 million valued at P6 billion"
_PRICED_AT = re_pattern(
    r"\s*,?\s*(?:(?:shares?|units|securities)\s+)?(?:worth|valued(?:\s+at)?|valuing|for|with\s+(?:a\s+)?(?:total\s+)?value\s+of)\s+(?:a\s+total\s+of\s+|about\s+|some\s+|nearly\s+)?",
    re.IGNORECASE,
)
# A new clause: the figures after it are no longer the previous session's ("..., but turnover dropped to ...")
_CLAUSE = re_pattern(r";|,?\s+(?:but|while|whereas|and\s+then)\s|\.\s", re.IGNORECASE)
_STOP = re_pattern(
    r"open\s+interest|market\s+capitali[sz]ation|market\s+cap\b|market\s+value|"
    r"net\s+(?:buyers?|sellers?|buying|selling|equity|purchases?|sales?|inflows?|outflows?)|foreign\s+(?:buying|selling)",
    re.IGNORECASE,
)
_NAMES = {  # field names per kind and role
    ("shares", "now"): "shares", ("shares", "prior"): "shares_prior", ("shares", "change"): "shares_change", ("shares", "percent"): "shares_percent",
    ("value", "now"): "value", ("value", "prior"): "prior", ("value", "change"): "change", ("value", "percent"): "percent",
    ("deals", "now"): "deals", ("deals", "prior"): "deals_prior",
}


class Reading:
    """The figures of one session's (or one company's) turnover, by field name."""

    def __init__(self) -> None:
        self.fields: dict[str, Quantity] = {}
        self.directions: dict[str, int] = {}  # "direction" (the value's), "shares_direction"
        self.conversions: list[Quantity] = []
        self.company: tuple[int, int] | None = None
        self.prior = False  # figures now read are the previous session's
        self.value_end = -1  # where the last value ended: a figure in parentheses after it is a conversion

    def quantities(self) -> list[Quantity]:
        return [*self.fields.values(), *self.conversions]

    def kinds(self) -> set[str]:
        return {kind for (kind, _), name in _NAMES.items() if name in self.fields}

    def direct(self, kind: str, direction: int) -> None:
        key = "direction" if kind == "value" else "shares_direction" if kind == "shares" else None
        if key and direction and key not in self.directions:
            self.directions[key] = direction


class _Figure(NamedTuple):
    token: Token
    kind: str  # shares, value, money, deals, percent, bare
    company: tuple[int, int] | None = None
    currency: str = ""  # the currency as written, when the figure grammar left it unread: "hkdollars", "tk"


def read_sentence(ctx: Context, start: int, end: int) -> list[Reading]:
    """The readings of one sentence, in text order (empty when no figure counts turnover)."""
    figures = _figures(ctx, start, end)
    text, readings = ctx.text, []
    reading, last_end, last_kind, last_role, last_direction = Reading(), start, None, None, 0
    value_figure = None
    for number, figure in enumerate(figures):
        gap = text[last_end : figure.token.start]
        if _STOP.search(gap):
            break
        q = figure.token.quantity
        if (figure.kind in ("value", "money", "bare") and "value" in reading.fields and _inside_parentheses(text, reading.value_end, figure.token.start)
                and _other_currency(figure, value_figure)):
            if reading.prior:
                pass  # a conversion of the previous session's value is left to the statistics
            elif "converted" not in reading.fields:  # "68.42 billion HK dollars (about 8.76 billion U.S. dollars)"
                reading.fields["converted"] = q
            else:
                reading.conversions.append(q)
            last_end = figure.token.end
            continue
        kind = figure.kind if figure.kind != "bare" else _bare_kind(ctx, figures, number, last_kind, start, reading)
        if kind in (None, "money"):
            continue
        if reading.prior and _CLAUSE.search(gap):  # the comparison is over: another session's figures follow
            readings.append(reading)
            reading, value_figure = Reading(), None
        compared = _COMPARE.search(gap)
        role = "now"
        if kind == "percent":
            kind, role = _percent_kind(ctx, figures, number), "percent"
        elif _BY.search(text, max(start, figure.token.start - 30), figure.token.start):
            role = "change"
        if compared is not None and role == "now" and kind in reading.kinds():
            reading.prior = True
            if compared["cmp"]:
                reading.direct(kind, 1 if compared["cmp"].lower() == "up" else -1)
        if reading.prior and role == "now":
            role = "prior"
        name = _NAMES.get((kind, role))
        if name is None:
            continue
        if name in reading.fields:  # a kind told twice: another session or company
            if reading.fields:
                readings.append(reading)
            reading = Reading()
            name = _NAMES[(kind, "now" if role == "prior" else role)]
        reading.fields[name] = q
        if figure.company and reading.company is None and kind == "shares":
            reading.company = figure.company
        if kind == "value":
            reading.value_end, value_figure = figure.token.end, figure
        if role in ("now", "change", "percent"):
            verb = _VERB_BEFORE.search(text, max(start, figure.token.start - 40), figure.token.start)
            if verb is not None:
                direction = 1 if verb["up"] else -1
            elif role == "percent" and last_role == "percent" and _AND_GAP.fullmatch(gap):
                direction = last_direction  # "down 12.5% in volume and 9% in value"
            else:
                direction = 0
            reading.direct(kind, direction)
            last_direction = direction
        last_end, last_kind, last_role = figure.token.end, kind, role
    if reading.fields:
        readings.append(reading)
    return readings


def _figures(ctx: Context, start: int, end: int) -> list[_Figure]:
    """The unbound figures of a sentence that may count turnover, each with its kind."""
    text, out, previous = ctx.text, [], None
    for token in ctx.tokens_in(start, end):
        if token.start in ctx.claimed:
            continue
        q = token.quantity
        compound = previous is not None and not text[previous.end : token.start].strip() and SCALE_FACTORS[q.scale] < SCALE_FACTORS[previous.quantity.scale]
        previous = token
        if compound:  # "Tk 362 crore 67 lakh": the tail of one amount, no figure of its own
            continue
        if q.unit == "shares":
            out.append(_Figure(token, "shares"))
        elif q.unit == "percent":
            out.append(_Figure(token, "percent"))
        elif q.unit == "" and (shares := _SHARES_AFTER.match(text, token.end)) is not None:
            name = shares["name"].strip()
            out.append(_Figure(token, "shares", (shares.start("name"), shares.start("name") + len(name)) if name else None))
        elif q.unit == "" and (not q.decimals or q.scale is not Scale.ONE) and q.scale in (Scale.ONE, Scale.THOUSAND, Scale.MILLION) and (
                _DEALS_AFTER.match(text, token.end) or _DEALS_BEFORE.search(text, max(start, token.start - 40), token.start)):
            out.append(_Figure(token, "deals"))
        elif (money := _money(ctx, token, start)) is not None:
            out.append(_Figure(token, money[0], currency=money[1]))
        elif q.unit == "" and q.scale is not Scale.ONE:
            out.append(_Figure(token, "bare"))
    return out


def _money(ctx: Context, token: Token, start: int) -> tuple[str, str] | None:
    """ "value": a turnover value, an amount in a currency scaled or named as a value; "money": any other
    amount (a conversion in parentheses, at most); None for no amount or a price per share. With the
    currency as written when the figure grammar left it unread."""
    q, text = token.quantity, ctx.text
    currency = q.unit
    if q.unit == "":
        found = MONEY_WORD.match(text, token.end) or _MONEY_BEFORE.search(text, max(start, token.start - 5), token.start)
        currency = "".join(c for c in found.group(0).lower() if c.isalpha()) if found else ""
    elif not (len(q.unit) == 3 and q.unit.isupper()):
        currency = ""
    if not currency or _PER_SHARE.match(text, token.end):
        return None
    if q.scale is not Scale.ONE or q.value >= 100000 or _VALUE_CUE.search(text, max(start, token.start - 40), token.start) is not None:
        return "value", currency
    return "money", currency


def money_before(text: str, at: int, start: int) -> bool:
    """A currency written before the amount that the figure grammar leaves out ("Tk 950 crore")."""
    return _MONEY_BEFORE.search(text, max(start, at - 5), at) is not None


def _other_currency(figure: _Figure, value: _Figure | None) -> bool:
    """A figure in parentheses after a value is its conversion when its currency differs or is unsaid
    ("68.42 billion HK dollars (8.76 billion U.S. dollars)"), not a company's own value ("Tk 1.2 billion,
    followed by Acme (Tk 350 million)")."""
    if value is None:
        return True
    mine, theirs = figure.currency or figure.token.quantity.unit, value.currency or value.token.quantity.unit
    return not mine or mine != theirs


def _bare_kind(ctx: Context, figures: list[_Figure], number: int, last_kind: str | None, start: int, reading: Reading) -> str | None:
    """A scaled figure with no unit: money when "worth" follows it; shares when a value of its own follows
    ("from Thursday's 714.25 million valued at P6 billion"); the kind of its list ("31.46m and 22.17m
    shares"), of the figure it is compared with ("1.4 billion securities, compared to 836.5 billion"),
    or of the sentence's lead noun ("a turnover of 1.64 billion", "Trading volume rose to 874.3 million")."""
    text, token = ctx.text, figures[number].token
    if _WORTH_AFTER.match(text, token.end):  # "183 billion worth of stocks": an amount of money
        return "value"
    following = figures[number + 1] if number + 1 < len(figures) else None
    if following is not None and following.kind == "value" and _PRICED_AT.fullmatch(text[token.end : following.token.start]):
        return "shares"
    if following is not None and following.kind in ("shares", "value") and _LIST_JOIN.fullmatch(text[token.end : following.token.start]):
        return following.kind
    if last_kind in ("shares", "value"):
        between = text[figures[number - 1].token.end : token.start]
        if _COMPARE.search(between) or _LIST_JOIN.fullmatch(between):
            return last_kind
    noun = None
    for noun in _LEAD_NOUN.finditer(text, start, token.start):
        pass
    if noun is None:
        return None
    return "shares" if noun["shares"] else "value"


def _percent_kind(ctx: Context, figures: list[_Figure], number: int) -> str | None:
    """What a percent changed, or None when it is no turnover's change ("sliding 1.48 percent to ₱118.65")."""
    text, token = ctx.text, figures[number].token
    of = PERCENT_OF.match(text, token.end)
    if of is not None:
        return "shares" if "volume" in of["what"].lower() else "value"
    if _PERCENT_COMPARED.match(text, token.end) is None and _MEASURE_VERB.search(text, max(0, token.start - 60), token.start) is None:
        return None
    for following in figures[number + 1 :]:  # "decreased by 11.36 percent to 38,174,926 shares"
        if following.kind in ("shares", "value"):
            return following.kind
    lead = None
    for lead in _LEAD_NOUN.finditer(text, max(0, token.start - 120), token.start):
        pass
    return None if lead is None else "shares" if lead["shares"] else "value"


def _inside_parentheses(text: str, after: int, at: int) -> bool:
    between = text[after:at]
    return between.count("(") > between.count(")")
