"""Roles of the figures after a move verb: change, percent, level, prior, and where they stop.

Each figure takes its role from the words right before it ("or" percent, "to"/"at" level, "from" or
"yesterday's close of" prior) or, with no such word, from its unit and place ("rose 1.2%": the
percent; "down 12 points": the change). A gap word that opens another clause, a range or an old
extreme ends the clause's figures. Knows nothing of subjects.
"""
from __future__ import annotations

import regex

from ..numbers import BASIS_POINTS, PERCENT, PERCENTAGE_POINTS, POINTS
from .context import Context, Verb
from .patterns import PER_UNITS
from .subjects import COUNTERPART

_STOP = regex.compile(
    r"\b(?:between|high|low|highs|lows|peak|trough|range|compared|versus|vs|while|whereas|but|"
    r"since|after|ahead|before|earlier|previously|last|year|month|week|when|as|amid|with|which|"
    r"that|its|their|volume|turnover|worth|valued|driven|led|helped|boosted|weighed|dragged|thanks|due|"
    r"despite|following|including|among)\b|\b(?:a|an)\s+(?:[a-z]+\s+)?$|[;:()\u2014]"
    # "Prices of the 5-year note slipped, lifting yields to 1.84%": the figures are the yield's, which moves against the price
    r"|\b(?:raising|lifting|pushing|sending|driving|lowering|cutting|knocking)\s+(?:the\s+)?(?:[\w-]+\s+)?yields?\b",
    regex.IGNORECASE,
)
_LAST_WORD = regex.compile(
    r"\b(from|to|at|of|by|or|and|down|up|lower|higher|hit|hitting|reach|reaching|touch|touching|above|below|past|beyond|through|near)\W*$",
    regex.IGNORECASE,
)
# A verb whose object is the move it undoes tells no direction of the session: "recovered some losses",
# "pared its early gains", "trimmed losses", "erased part of the advance"
UNDOING = regex.compile(
    r"\s+(?:(?:some|part|most|much|all|half|a\s+bit|a\s+little|a\s+portion)\s+(?:of\s+)?)?(?:its\s+|their\s+|the\s+)?"
    r"(?:early\s+|earlier\s+|initial\s+|morning\s+|previous\s+|recent\s+)?(?:losses|declines|drop|fall|slide|gains|advance|rally|ground)\b",
    regex.IGNORECASE)
# The close a move ends at, told after its comparison: "fell 9.58 points from the previous session to close at"
_TO_CLOSE_AT = regex.compile(r"\bto\s+(?:close|end|finish|settle|stand|rest)(?:\s+(?:the\s+(?:day|session|week|month)\s+)?(?:at|on))?\s*$", regex.IGNORECASE)
# "adding 3.49 or 1.96% week on week to close the week at": the period the change is over, then where it ended
_OVER_PERIOD = regex.compile(r"\b(?:week|month|year)[\s-]+on[\s-]+(?:week|month|year)\b|\b(?:on|for|over)\s+the\s+(?:week|month)\b", regex.IGNORECASE)
_THRESHOLD_BEFORE = regex.compile(
    r"\b(?:above|below|beyond|past|through|under|over|near|toward|towards|breaching|crossing|topping)\s+the\s+(?:[a-z-]+\s+){1,3}$", regex.IGNORECASE)
_MARK_AFTER = regex.compile(r"\s*-?(?:point\s+)?(?:level|mark|barrier|threshold|line|handle|milestone)\b", regex.IGNORECASE)
_THRESHOLD_WORDS = frozenset(("above", "below", "past", "beyond", "through", "near"))  # "climbed above 39,000": a threshold
# "touching 6.8475 at one point": the session's extreme, read by ranges.py
_INTRADAY_AFTER = regex.compile(r"\s+(?:at\s+one\s+(?:point|stage)|earlier\s+in\s+the\s+(?:session|day)|intraday|intra-day)\b", regex.IGNORECASE)
# "to a record 4,127.6", "to a record closing high of", "to close at an all-time high of": where it ended. Not "climbed
# to a record high of", which may be the day's peak before a retreat.
_RECORD_LEVEL = regex.compile(
    r"\b(?:to|at)\s+(?:a|an)\s+(?:new\s+)?(?:record|all-time)\s+(?:closing\s+high\s+(?:of\s+)?)?$",
    regex.IGNORECASE,
)
# "closed at a record high of", "ended at a fresh three-month low of", "settled to a new low of", "to close an
# all-time high of": the close
# itself sets the extreme, so the figure is where it ended (the intraday "hit a low of" is not).
_CLOSE_AT_EXTREME = regex.compile(
    r"\b(?:closed|closes|close|closing|ended|ends|end|ending|finished|finishes|finish|finishing|settled|settles|settle|settling)"
    r"(?:\s+(?:at|to|on))?\s+(?:a|an|its|their|the)\s+(?:new\s+|fresh\s+)?(?:(?:record|all-time|lifetime|multi-year|[\w]+-(?:day|week|month|year))\s+)?"
    r"(?:closing\s+)?(?:high|low|peak|bottom)\s+(?:of\s+)?$",
    regex.IGNORECASE,
)
_FROM_PEAK = regex.compile(r"\s+(?:from|off|below|under)\s+(?:its\s+|their\s+|the\s+|a\s+)?(?:all-time|record|recent|peak|high|top|[0-9]+-(?:week|month|year))", regex.IGNORECASE)
_UNIT_NOTE = regex.compile(r"^\s*\((?:bps|bp|pct|pts|ppts)\)")
_TOUCH_WORD = regex.compile(r"\b(?:hit|hitting|reach|reaching|reached|touch|touching|touched)\W*$", regex.IGNORECASE)
_LIMIT_OF = regex.compile(r"\b(?:maximum|limit|cap|ceiling|floor)(?:\s+(?:allowed|permitted))?\s+of\s*$", regex.IGNORECASE)
_FROM_BEFORE = regex.compile(r"\bfrom\b(?!.*\bto\b)", regex.IGNORECASE | regex.DOTALL)
_PRIOR_CLOSE = (r"(?:its\s+|the\s+)?(?:previous|prior|last|preceding|yesterday's|(?:mon|tues|wednes|thurs|fri)day's)\s+"
                r"(?:day's\s+|session's\s+)?(?:close|closing|finish|settlement)\b")
# "500 points higher than its March low", "3 cents lower than a year ago": a distance from another reference
_DISTANCE_AFTER = regex.compile(rf"\s?(?:higher|lower|above|below)\s+than\s+(?!{_PRIOR_CLOSE})", regex.IGNORECASE)
# A change told after the level by its direction word, then the prior it is measured from or the clause's end:
# "ended at 1,412.50, 6.20 points lower than Tuesday's close of", "at 281.62, 12 paisa weaker." (not "500 points
# higher than its March low", a distance from another day)
_CHANGE_AFTER_LEVEL = regex.compile(
    rf"\s?(?:down|lower|up|higher|firmer|weaker|stronger)\b(?:\s+(?:than|from)\s+{_PRIOR_CLOSE}"
    r"|\s*(?:[.;]|,\s+(?:and|while|as|with)\b|$))", regex.IGNORECASE)
DIRECTION_AFTER = regex.compile(r"\W{0,3}(down|lower|up|higher|better|worse|firmer|weaker)\b", regex.IGNORECASE)
_DIRECTION_IN = regex.compile(r"\b(down|lower|up|higher|better|worse|firmer|weaker)\b", regex.IGNORECASE)
# "from yesterday's close of", "than its previous close at", "previous day's close at": a prior level
_PRIOR_CUE = regex.compile(
    r"\b(?:from|than|versus|vs\.?|compared\s+with|compared\s+to)\b.{0,40}?(?:close|closing|finish|settlement|level)?\s*(?:at|of)?\s*$"
    r"|\b(?:previous|prior|yesterday's|last|preceding|(?:mon|tues|wednes|thurs|fri)day's)\s+(?:\w+'s\s+)?(?:close|closing|finish|settlement)"
    r"(?:\s+(?:level|price|value))?\s*(?:at|of)?\s*$"
    r"|^\s*against\s*$",  # "traded at 157.14 against 157.32": the figure set against the level is the prior
    regex.IGNORECASE | regex.DOTALL,
)
# "down 21.47 points from the prior session's gain of 44.06 points", "from a loss of 2.5 points": the figure after
# a move noun is an earlier session's move, neither a prior level nor this move's change
_FROM_MOVE = regex.compile(
    r"\bfrom\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}(?:gains?|loss(?:es)?|rise|fall|drop|decline|advance|"
    r"increase|decrease|jump|slide|slump|surge|rally|dip|rebound|climb)\s+(?:of\s+)?(?:about\s+|nearly\s+|some\s+)?$", regex.IGNORECASE)
# "adding 0.86% to Tuesday's 1,237.58 points", "to yesterday's close of": the percent is over that day's close, the prior
_TO_DAYS = regex.compile(
    r"\bto\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|the\s+previous\s+(?:day|session|trading\s+day))(?:'s|\u2019s)\s+"
    r"(?:(?:close|closing(?:\s+level)?|finish|level)\s+(?:of\s+|at\s+)?)?$", regex.IGNORECASE)
# "ended up 364.70 points, or 0.90 percent, from Tuesday at 40,762.73" (Kyodo): the change is from Tuesday,
# the figure after "at" is today's close; "from Tuesday's close of" names the prior
_FROM_DAY_AT = regex.compile(
    r"\bfrom\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|the\s+previous\s+(?:day|session))\s+at\s*$",
    regex.IGNORECASE)
# "versus expectations for a 200,000-barrel rise", "compared with forecasts of 0.3%": an estimate, not a prior
_EXPECTATION_IN = regex.compile(r"\b(?:expect\w*|estimat\w*|forecast\w*|consensus|poll\w*|projection\w*)\b", regex.IGNORECASE)
# "compared with 137 a year ago", "against 2.6 percent a year earlier": a year-earlier figure, no prior
# (but "rose 9% to SG$4.36 billion from SG$4.00 billion a year earlier" starts from it)
_YEAR_AGO_AFTER = regex.compile(
    r"\s*(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:in\s+)?(?:the\s+)?(?:same\s+(?:period|day|week|month|quarter)\s+)?(?:of\s+)?last\s+year)\b",
    regex.IGNORECASE,
)
# "an improvement from 81.437 on Sept. 12", "from 1,318.6 in early April": a figure of a dated day, no prior of
# this session (a weekday, "on Friday", may be the last session and is kept)
_DATED_AFTER = regex.compile(
    r"\s*,?\s+(?:on|in|since)\s+(?:early\s+|mid-?\s*|late\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+[0-9]{1,2}(?![0-9.,]))?\b")
# "above the previous record of 17,583.26", "its former all-time high at": an old extreme, neither today's
# close nor the prior one
_EXTREME_IN = regex.compile(
    r"(?P<span>\b(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|multi)-(?:day|week|month|year)s?\s+|record\s+|all-time\s+)?"
    r"\b(?P<side>low|lows|high|highs|peak|trough|bottom|top)\s+(?:of\s+|at\s+|near\s+)?$", regex.IGNORECASE)
# "compared to the opening levels at 1.1864", "against its opening of 3,426.8": the session's open
_OPEN_CUE = regex.compile(r"\b(?:opening|open)(?:\s+(?:level|levels|price|value|mark))?\s+(?:at|of)\s*$", regex.IGNORECASE)
_PAST_RECORD = regex.compile(
    r"\b(?:previous|prior|old|former|last|earlier)\s+(?:(?:record|all-time)\s+)?(?:closing\s+)?(?:record|high|low|peak|best|top)"
    r"(?:\s+(?:close|closing|high|low|level))?\s+(?:of|at|set\s+(?:on|in)\s+\S+\s+of)?\s*$", regex.IGNORECASE)
# "compared to the end 2015", "from end-2015", "since early 2019": a year, never a level
_YEAR_BEFORE = regex.compile(r"\b(?:end|start|beginning|middle|mid|early|late)(?:\s+of)?(?:\s+the\s+year)?[\s-]*$", regex.IGNORECASE)
_YEAR_SHAPE = regex.compile(r"-?(?:19|20)[0-9]{2}")
_FROM_LAST = regex.compile(r"\bfrom\s+(?:[A-Z]{0,3}\$\s?)?$", regex.IGNORECASE)
# "Every one of the 11 S&P 500 sectors fell", "Nikkei futures rose": the named index is not what moved
_NEW_CLAUSE = regex.compile(r"\s*,\s*(?:and|but|while)\s+")
# "from its 52-week low", "a 15-month high", "2017-end": the figure names a period, not a level
_PERIOD_AFTER = regex.compile(r"-(?:day|week|month|year|session)s?\b|-(?:end|start)\b|\s+(?:day|week|month|year|session)s?\s+(?:high|low|peak|trough)", regex.IGNORECASE)
# The unit a price is quoted in, after its figure: "per dollar", "a barrel", "per metric ton"; not part of the gap
QUOTE_UNIT = regex.compile(
    rf"\s*(?:per|a|an)\s+(?:U\.S\.\s+)?(?:{PER_UNITS}|quintal|mmbtu)\b"  # bullion desks: "Rs 71,200 per kg", "per 10 grams"
    r"|\s*against\s+the\s+(?:US\s+|U\.S\.\s+)?(?:dollar|greenback)\b",  # "closed at 281.62 against the dollar"
    regex.IGNORECASE,
)
_SHORT_WHOLE = regex.compile(r"[0-9]{1,3}")
_BROKEN_GROUP = regex.compile(r",\s+[0-9]{3}(?:\.[0-9]+)?(?![0-9,])")
_EXTREME_FIGURE = regex.compile(r"as\s+(?:high|low)\s+as\b", regex.IGNORECASE)
COPULAS = frozenset("is are was were stood stands remained remains stayed stays".split())
_LEVEL_VERBS = frozenset(("yielded",))
UP_WORDS = {"up": 1, "higher": 1, "better": 1, "firmer": 1, "down": -1, "lower": -1, "worse": -1, "weaker": -1}
FIRST_GAP, NEXT_GAP = 70, 48
def figures(ctx: Context, verb: Verb, limit: int, next_verb: bool = False) -> tuple[dict, int, int]:
    """Roles of the figures after a verb: change, percent, level, prior; where they end; direction."""
    text = ctx.text
    fields: dict = {}
    position = verb.end
    direction = 0
    for token in ctx.tokens_in(verb.end, limit):
        if next_verb and not text[token.end : limit].strip():
            break  # "33% rose, 62% fell": the figure right before the next verb is that verb's
        if token.start in ctx.claimed or _EXTREME_FIGURE.match(text, token.start) or _PERIOD_AFTER.match(text, token.end):
            break  # "as high as $1,348.60" is the session's high, read by ranges.py; "52-week" names a period
        if _BROKEN_GROUP.match(text, token.end) and _SHORT_WHOLE.fullmatch(text, token.start, token.end):
            break  # "to 2, 468.17": a malformed figure, not a level of 1
        gap = text[position : token.start]
        if _past_figure(text, gap, token):
            break  # "the previous record of 17,583.26", "from end-2015": no figure of this session
        if position == verb.end and _NEW_CLAUSE.fullmatch(gap):
            break  # "sectors traded higher, and 24 of 33 ...": the next clause's figures
        if "from" in gap and _FROM_MOVE.search(gap):
            break  # "from the prior session's gain of 44.06 points": an earlier session's move
        prior = ("prior" not in fields and (_PRIOR_CUE.search(gap) is not None or "'s" in gap and _TO_DAYS.search(gap) is not None)
                 and not _EXPECTATION_IN.search(gap) and not _FROM_DAY_AT.search(gap))
        opening = "open" not in fields and "open" in gap and _OPEN_CUE.search(gap) is not None  # "the opening level at 1.1864"
        # "from last week's close to stand at 3,298.82": after the comparison, where it ended
        closing = "level" not in fields and (prior or _OVER_PERIOD.search(gap) is not None) and _TO_CLOSE_AT.search(gap) is not None
        prior = prior and not opening and not closing and not _TO_CLOSE_AT.search(gap)  # "from the previous session to close at 919.56"
        record = "level" not in fields and (("record" in gap or "all-time" in gap) and _RECORD_LEVEL.search(gap) is not None  # "to a record 11.83"
                                            or ("high" in gap or "low" in gap) and _CLOSE_AT_EXTREME.search(verb.text + gap if position == verb.end else gap) is not None)
        probe = (_UNIT_NOTE.sub("", gap) if "(" in gap else gap).lstrip(") ").rstrip("( ")  # "shed one point (0.06%) to 1,612.00", "6 basis points (bps) at"
        quote = QUOTE_UNIT.match(gap) if fields and ("per " in gap or " a" in gap) else None  # "at 1,382.4 per dollar on the onshore market, 0.21% lower"
        width = len(gap) - (quote.end() if quote else 0)
        if width > (FIRST_GAP if position == verb.end else NEXT_GAP) or (_STOP.search(probe) and not prior and not record and not opening and not closing):
            break
        if any(n.entity and not COUNTERPART.search(text, max(position, n.start - 10), n.start) for n in ctx.named_in(position, token.start)):
            break
        words = verb.text + gap if position == verb.end else gap  # "trading at 93.62": the verb's own preposition
        if _THRESHOLD_BEFORE.search(gap) or _MARK_AFTER.match(text, token.end):
            break  # "pushing above the psychological 11,000 level", "the 4,000 mark": a threshold, not a move's figure
        role = "open" if opening else "prior" if prior else "level" if record else _role(words, token.quantity.unit, fields)
        if role == "level" and _INTRADAY_AFTER.match(text, token.end) and _TOUCH_WORD.search(words):
            break  # "touching 6.8475 at one point": an extreme, not where it ended
        if role == "level" and token.quantity.unit == PERCENT and _FROM_PEAK.match(text, token.end):
            break  # "stretched its slide to 18 per cent from record highs": a drawdown, not where it stands
        extreme = _EXTREME_IN.search(gap) if role == "prior" else None
        if extreme is not None:  # "recovered from a low of 1.0938": the session's extreme, not the prior close
            side = "low" if extreme["side"].lower().startswith(("low", "bottom", "trough")) else "high"
            if extreme["span"] or side in fields:  # "from an earlier four-month low of 97.362": an extreme of another span
                position = token.end
                continue
            role = side
        if role == "prior" and (_YEAR_AGO_AFTER.match(text, token.end) and not _FROM_LAST.search(gap) or _DATED_AFTER.match(text, token.end)):
            break  # a year-earlier comparison or a dated day's figure, not where this session's move started
        if role in ("change", "percent") and verb.text.lower() in _LEVEL_VERBS and not fields:
            role = "level"  # "the note yielded 3.184 per cent, lower than ...": where the yield stands
        if role in ("change", "percent") and verb.neutral and verb.text.lower() in COPULAS and "level" not in fields:
            if not DIRECTION_AFTER.match(text, token.end) and not _DIRECTION_IN.search(gap):
                role = "level"  # "the price-to-earnings ratio is 14.55": a level, not a change
        if role is None and token.quantity.unit == PERCENT and "percent" not in fields and DIRECTION_AFTER.match(text, token.end):
            role = "percent"  # "at 1,382.4 per dollar, 0.24% higher than its prior close"
        if role is None and "change" not in fields and token.quantity.unit != PERCENT and _CHANGE_AFTER_LEVEL.match(text, token.end):
            role = "change"  # "closed at 281.62, 12 paisa weaker than its previous close of 281.46"
        if role is None or role == "change" and _DISTANCE_AFTER.match(text, token.end):
            break
        if position > verb.end or verb.neutral:
            words = _DIRECTION_IN.findall(gap)
            if words:
                direction = UP_WORDS[words[-1].lower()]
        fields[role] = token.quantity
        position = token.end
    if fields:
        trailing = DIRECTION_AFTER.match(text, position, limit)
        if trailing and not direction:
            direction = UP_WORDS[trailing.group(1).lower()]
    return fields, position, direction


def priced_change(move):
    """A bare change with decimals beside a price is in that price's currency: "rose 0.45 to QR11.20" moved
    0.45 riyals. A bare whole number may be cents ("fell 45 to $38.20"), and beside a percent a bare change
    may be rounded rather than quoted to the tick ("0.5% or 0.21 to $48.20"), so those stay bare."""
    change = move.change
    if change is None or change.unit or not change.decimals or move.percent is not None:
        return move
    for figure in (move.level, move.prior, move.open):
        unit = figure.unit if figure is not None else ""
        if len(unit) == 3 and unit.isupper():
            return move.model_copy(update={"change": change.model_copy(update={"unit": unit})})
    return move


def _past_figure(text: str, gap: str, token) -> bool:
    """An old record or a year after the clause's figures: neither the level nor the prior close."""
    if ("record" in gap or "high" in gap or "low" in gap or "peak" in gap) and _PAST_RECORD.search(gap):
        return True
    quantity = token.quantity
    return (not quantity.unit and not quantity.decimals and _YEAR_SHAPE.fullmatch(text, token.start, token.end) is not None
            and _YEAR_BEFORE.search(text, max(0, token.start - 30), token.start) is not None)


def _role(gap: str, unit: str, fields: dict) -> str | None:
    last = _LAST_WORD.search(gap)
    word = last.group(1).lower() if last else ""
    if word == "of" and _LIMIT_OF.search(gap):
        word = ""  # "jumped by the daily limit of 10 percent": the size of the move, not a level
    if word in _THRESHOLD_WORDS:
        return None
    if word == "from" or (word == "at" and _FROM_BEFORE.search(gap) and not _FROM_DAY_AT.search(gap)):
        return None if "prior" in fields else "prior"
    if word in ("to", "at", "of", "hit", "hitting", "reach", "reaching", "touch", "touching"):
        return None if "level" in fields else "level"
    if unit == PERCENT and "percent" not in fields and not _after_level(fields):
        return "percent"
    if unit in (POINTS, BASIS_POINTS, PERCENTAGE_POINTS, "") or len(unit) == 3 or unit == "cents":
        if "change" not in fields and not _after_level(fields):
            return "change"
    return None


def _after_level(fields: dict) -> bool:
    return "level" in fields or "prior" in fields
