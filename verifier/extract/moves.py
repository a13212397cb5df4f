"""Moves: "<subject> <verb> <N> points or <P> percent to finish at <L>" and the variants wires use.

A clause runs from a lexicon verb to the next verb; its figures take roles from the words before
them ("or" percent, "to"/"at" level, "from" prior). Whose figures they are is read by subjects.py (the
entity lexicon, an anaphor bound in context, or the clause before: "closed at X, down Y"); a clause
may tell two names' moves ("A and B rose 2% and 3%", "rose 1.4% each", "each to 8.10 and 7.90").
"""
from __future__ import annotations

import re
from bisect import bisect_left

import regex

from ..facts import Fact, Move, Subject
from ..numbers import BASIS_POINTS, PERCENT, PERCENTAGE_POINTS, POINTS
from .context import Context, Verb
from .periods import period_of, weekday_in
from .subjects import CAUSE_BEFORE, COUNTERPART, Clause, subject_of

# "is expected to rise 0.3 percent", "is called lower by 0.4 percent", "may add": forecasts, not moves
_MODAL = regex.compile(
    r"\b(?:expected|forecast|forecasted|seen|called|predicted|projected|estimated|likely|poised|(?-i:[Ss]et)|"
    r"tipped|(?-i:may)|might|could|would|will|should|can|to\s+have)\s+(?:to\s+)?(?:[a-z]+\s+)?$"
    # "economists had expected the index to rise to 49.6", "calls for exports to fall"
    r"|\b(?:expect(?:s|ed|ing)?|forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|calls?\s+for|called\s+for|want(?:s|ed)?|need(?:s|ed)?)"
    r"\s+(?:[\w'-]+\s+){1,3}to\s+$",
    regex.IGNORECASE,
)
# "to finish at", "to close at", "to end the day at": not a new clause
_CONNECTOR_BEFORE = regex.compile(r"\bto\s+$", regex.IGNORECASE)
# Words in a gap that end a clause's figures: a range ("between", "a high of"), a contrast, a comparison.
_WHEN_BEFORE = regex.compile(r"\bwhen\s+(?:the\s+)?$", regex.IGNORECASE)
# "the market's lowest point today was", "the session high was": the subject is the day's extreme
_EXTREME_SUBJECT = regex.compile(
    r"\b(?P<which>low|lowest|high|highest|peak|trough|bottom)(?:\s+(?:point|level|mark|value))?"
    r"(?:\s+(?:today|of\s+the\s+(?:day|session)|for\s+the\s+(?:day|session)|intraday|intra-day))?\s*$", regex.IGNORECASE)
_STOP = regex.compile(
    r"\b(?:between|high|low|highs|lows|peak|trough|range|compared|versus|vs|while|whereas|but|"
    r"since|after|ahead|before|earlier|previously|last|year|month|week|when|as|amid|with|which|"
    r"that|its|their|volume|turnover|worth|valued|driven|led|helped|boosted|weighed|dragged|thanks|due|"
    r"despite|following|including|among)\b|\b(?:a|an)\s+(?:[a-z]+\s+)?$|[;:()\u2014]",
    regex.IGNORECASE,
)
_LAST_WORD = regex.compile(
    r"\b(from|to|at|of|by|or|and|down|up|lower|higher|hit|hitting|reach|reaching|touch|touching|above|below|past|beyond|through|near)\W*$",
    regex.IGNORECASE,
)
_THRESHOLD_WORDS = frozenset(("above", "below", "past", "beyond", "through", "near"))  # "climbed above 39,000": a threshold
# "touching 7.3125 at one point": the session's extreme, read by ranges.py
_INTRADAY_AFTER = regex.compile(r"\s+(?:at\s+one\s+(?:point|stage)|earlier\s+in\s+the\s+(?:session|day)|intraday|intra-day)\b", regex.IGNORECASE)
# "to a record 3,562.1", "to a record closing high of", "to close at an all-time high of": where it ended. Not "climbed
# to a record high of", which may be the day's peak before a retreat.
_RECORD_LEVEL = regex.compile(
    r"\b(?:to|at)\s+(?:a|an)\s+(?:new\s+)?(?:record|all-time)\s+(?:closing\s+high\s+(?:of\s+)?)?$"
    r"|\b(?:close|closing|finish|finishing|end|ending|settle|settling)\s+at\s+(?:a|an)\s+(?:new\s+)?(?:record|all-time)\s+high\s+(?:of\s+)?$",
    regex.IGNORECASE,
)
_ADJECTIVES = frozenset(("record", "new", "highest", "lowest", "previous", "prior"))
_WORD_BEFORE = regex.compile(r"[A-Za-z.][ \t]+$")
# "from yesterday's closing of", "Friday's close", "the session's trading at": a possessive of a day or a
# common noun makes the word a noun, not a new clause. Not a company named with "'s" ("Lowe's was up",
# "Kohl's dropped"), nor "it's up" (a contraction of "is").
_PAST_FORM = regex.compile(r"\w+ed\b|(?:was|were|is|are|been|fell|rose|lost|won|sank|slid|grew|went|stood|held|dove|leapt|gave)\b", regex.IGNORECASE)
_POSSESSIVE_BEFORE = regex.compile(
    r"(?<![A-Za-z'])(?:(?!(?:it|that|what|there|here|who|he|she|let)'s\s)[a-z][\w&.-]*"
    r"|(?:Yesterday|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:'s|s')\s+$")
_BARE_COUNT = regex.compile(r"\s+[0-9]+(?![0-9.,%])(?!\s*(?:percent|per\s+cent|points?|pts|pct)\b)")
_FROM_PEAK = regex.compile(r"\s+(?:from|off|below|under)\s+(?:its\s+|their\s+|the\s+|a\s+)?(?:all-time|record|recent|peak|high|top|[0-9]+-(?:week|month|year))", regex.IGNORECASE)
_OBJECT_OF = frozenset("faced faces facing saw sees seeing posted posts posting recorded logged booked suffered notched registered".split())
_CAUSE_HINT = re.compile(r"drag|push|sen[dt]|lift|pull|knock")
_CAUSED_FIGURE = regex.compile(r"\s+(?:(?P<way>up|down|higher|lower)\s+)?(?:by\s+)?(?=[0-9.])", regex.IGNORECASE)
_MARKET_TYPES = frozenset(("index", "market", "currency", "commodity", "yield"))
_UNIT_NOTE = regex.compile(r"^\s*\((?:bps|bp|pct|pts|ppts)\)")
_EACH_AFTER = regex.compile(r"\s+(?:each|apiece)\b", regex.IGNORECASE)
_ADJECTIVAL_AFTER = regex.compile(r"\s+(?:ones|issues|stocks|shares|counters|names|sectors|prices)\b", regex.IGNORECASE)
_MAIN = frozenset(("index", "market"))
_TOUCH_WORD = regex.compile(r"\b(?:hit|hitting|reach|reaching|reached|touch|touching|touched)\W*$", regex.IGNORECASE)
_LIMIT_OF = regex.compile(r"\b(?:maximum|limit|cap|ceiling|floor)(?:\s+(?:allowed|permitted))?\s+of\s*$", regex.IGNORECASE)
_FROM_BEFORE = regex.compile(r"\bfrom\b(?!.*\bto\b)", regex.IGNORECASE | regex.DOTALL)
_DIRECTION_AFTER = regex.compile(r"\W{0,3}(down|lower|up|higher|better|worse|firmer|weaker)\b", regex.IGNORECASE)
_DIRECTION_IN = regex.compile(r"\b(down|lower|up|higher|better|worse|firmer|weaker)\b", regex.IGNORECASE)
# "from yesterday's close of", "than its previous close at", "previous day's close at": a prior level
_PRIOR_CUE = regex.compile(
    r"\b(?:from|than|versus|vs\.?|compared\s+with|compared\s+to)\b.{0,40}?(?:close|closing|finish|settlement|level)?\s*(?:at|of)?\s*$"
    r"|\b(?:previous|prior|yesterday's|last|preceding|(?:mon|tues|wednes|thurs|fri)day's)\s+(?:\w+'s\s+)?(?:close|closing|finish|settlement)"
    r"(?:\s+(?:level|price|value))?\s*(?:at|of)?\s*$",
    regex.IGNORECASE | regex.DOTALL,
)
# "ended up 364.70 points, or 0.90 percent, from Tuesday at 40,762.73" (Kyodo): the change is from Tuesday,
# the figure after "at" is today's close; "from Tuesday's close of" names the prior
_FROM_DAY_AT = regex.compile(
    r"\bfrom\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|the\s+previous\s+(?:day|session))\s+at\s*$",
    regex.IGNORECASE)
# A level quoted per unit of another currency is an exchange rate, whatever the lexicon knows of the
# subject: "5.7858 per dollar", "18.4550 to the U.S. dollar", "1.0850 against the euro"
_QUOTED_PER = regex.compile(
    r"\s+(?:per|to\s+the|against\s+the|versus\s+the|a)\s+(?:U\.?S\.?\s+)?(?:dollar|greenback|euro|yen|pound|sterling)\b", regex.IGNORECASE)
# "versus expectations for a 200,000-barrel rise", "compared with forecasts of 0.3%": an estimate, not a prior
_EXPECTATION_IN = regex.compile(r"\b(?:expect\w*|estimat\w*|forecast\w*|consensus|poll\w*|projection\w*)\b", regex.IGNORECASE)
# "compared with 121 a year ago", "against 3.1 percent a year earlier": a year-earlier figure, no prior
# (but "rose 12% to SG$5.65 billion from SG$5.03 billion a year earlier" starts from it)
_YEAR_AGO_AFTER = regex.compile(
    r"\s*(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:in\s+)?(?:the\s+)?(?:same\s+(?:period|day|week|month|quarter)\s+)?(?:of\s+)?last\s+year)\b",
    regex.IGNORECASE,
)
# "above the previous record of 16,421.42", "its former all-time high at": an old extreme, neither today's
# close nor the prior one
_PAST_RECORD = regex.compile(
    r"\b(?:previous|prior|old|former|last|earlier)\s+(?:(?:record|all-time)\s+)?(?:closing\s+)?(?:record|high|low|peak|best|top)"
    r"(?:\s+(?:close|closing|high|low|level))?\s+(?:of|at|set\s+(?:on|in)\s+\S+\s+of)?\s*$", regex.IGNORECASE)
# "compared to the end 2016", "from end-2016", "since early 2020": a year, never a level
_YEAR_BEFORE = regex.compile(r"\b(?:end|start|beginning|middle|mid|early|late)(?:\s+of)?(?:\s+the\s+year)?[\s-]*$", regex.IGNORECASE)
_YEAR_SHAPE = regex.compile(r"-?(?:19|20)[0-9]{2}")
_FROM_LAST = regex.compile(r"\bfrom\s+(?:[A-Z]{0,3}\$\s?)?$", regex.IGNORECASE)
_RESPECTIVELY = regex.compile(r"\s*,?\s*and\s+(?P<second>[^\s,%]+)%?(?:\s+(?:percent|per\s+cent|points?))?,?\s+respectively", regex.IGNORECASE)
_EACH = regex.compile(r"\beach\s+(?:to|at)\b", regex.IGNORECASE)
_AND_FIGURE = regex.compile(r"\s*,?\s+and\s+(?=(?:[A-Z]{0,3}\$)?[0-9.])")
_LOWER_AND = regex.compile(r"(?<![\w&.'-])(?P<name>[a-z][\w&'-]*)\s+and\s+$")
_AMPERSAND_BEFORE = regex.compile(r"(?<![\w&.'-])[a-z][\w'-]*\s+&\s+$")
_AND_NAME = regex.compile(r"\s*\band\s+(?P<name>[A-Za-z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})(?=[\s,]|$)")
_NAME_AND = regex.compile(r"(?<![\w&.'-])(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s+and\s+$")
# "All 11 S&P 500 sectors traded lower", "Nikkei futures rose": the named index is not what moved
_NEW_CLAUSE = regex.compile(r"\s*,\s*(?:and|but|while)\s+")
_ARTICLE_BEFORE = regex.compile(r"\b(?:a|an|its|their|this|that)\s+(?:(?:sharp|steep|slight|modest|small|big|strong|further)\s+)?$", regex.IGNORECASE)
# Words before a subject-less clause that make it a different event, not a continuation to merge.
_NOT_CONTINUATION = regex.compile(r"\b(?:after|before|since|while|marking|following|when|as|which|that|who)\s+$", regex.IGNORECASE)
# "from its 52-week low", "a 15-month high": the figure names a period, not a level
_PERIOD_AFTER = regex.compile(r"-(?:day|week|month|year|session)s?\b|\s+(?:day|week|month|year|session)s?\s+(?:high|low|peak|trough)", regex.IGNORECASE)
# The unit a price is quoted in, after its figure: "per dollar", "a barrel", "per metric ton"; not part of the gap
_QUOTE_UNIT = regex.compile(
    r"\s*(?:per|a|an)\s+(?:U\.S\.\s+)?(?:dollar|euro|barrel|(?:troy\s+)?ounce|(?:metric\s+)?(?:ton|tonne)|share|bushel|pound|gallon)\b",
    regex.IGNORECASE,
)
_SHORT_WHOLE = regex.compile(r"[0-9]{1,3}")
_BROKEN_GROUP = regex.compile(r",\s+[0-9]{3}(?:\.[0-9]+)?(?![0-9,])")
_EXTREME_FIGURE = regex.compile(r"as\s+(?:high|low)\s+as\b", regex.IGNORECASE)
_COPULAS = frozenset("is are was were stood stands remained remains stayed stays".split())
_LEVEL_VERBS = frozenset(("yielded",))
_UP_WORDS = {"up": 1, "higher": 1, "better": 1, "firmer": 1, "down": -1, "lower": -1, "worse": -1, "weaker": -1}
FIRST_GAP, NEXT_GAP = 70, 48
# "At midday, the index was down", "by the lunch break": a time of day before the verb
_MIDDAY = regex.compile(r"\b(?:at|by|around|near|until|before)\s+(?:the\s+)?(?:midday|mid-day|noon|lunch(?:\s*(?:time|break))?|mid-morning|mid-afternoon)\b", regex.IGNORECASE)
# "closed", "to end the day at", "at the close": the clause tells the close, whatever the time stamp says
_CLOSE_WORD = regex.compile(r"\b(?:clos(?:e|ed|ing)|end(?:ed|ing)?\s+(?:the\s+)?(?:day|session)|finish(?:ed|ing)?|settl(?:e|ed|ing))\b", regex.IGNORECASE)




def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Every move with at least one figure, one per subject and clause (continuations merged)."""
    out: list[Fact] = list(facts)
    times = sorted(f.span.start for f in facts if f.kind == "date_ref" and f.role == "time")
    dated = sorted(f.span.end for f in facts if f.kind == "date_ref" and f.role == "calendar")
    for index, sentence in enumerate(ctx.sentences):
        verbs = [v for v in _verbs_in(ctx, sentence.start, sentence.end)]
        previous: Clause | None = None
        last_move: int | None = None
        for position, verb in enumerate(verbs):
            limit = verbs[position + 1].start if position + 1 < len(verbs) else sentence.end
            window = previous.end if previous else sentence.start
            subject, own = subject_of(ctx, window, verb, limit, previous, sentence)
            following = verbs[position + 1] if position + 1 < len(verbs) else None
            fields, end, direction = _figures(ctx, verb, limit, following is not None and not following.bare and not following.neutral)
            previous = Clause(verb, subject, own, max(end, verb.end))
            if not fields or subject is None or (subject.entity is None and not _has_unit(fields) and not subject.text[:1].isupper()):
                continue
            if "percent" not in fields and subject.span and CAUSE_BEFORE.search(ctx.text, max(0, subject.span.start - 16), subject.span.start):
                continue  # "Fast Retailing dragged the Nikkei down 80 points": the stock's share of the index's move
            if subject.type in _MAIN and ctx.lexicon.anaphora.get(subject.text.lower()) and _priced(fields):
                subject = Subject(text=subject.text, type="unknown", span=subject.span)  # "Shares rise 17% to $39.44": a stock's
            ctx.claim(verb.end, end)
            polarity = verb.polarity if not verb.neutral else (direction or verb.polarity)
            if verb.text[:4].lower() == "open" and "level" in fields:
                fields["open"] = fields.pop("level")  # "opened at 28,805.22 points"
            period, sessions = period_of(ctx.text[verb.start : limit], ctx.text[sentence.start : verb.start], not own)
            if period == "session" and _stamped(ctx, times, sentence.start, verb, limit):
                period = "intraday"  # "At 11.03am, the index eased 4 points": a reading during the day, not the close
            if own and subject.span and _then(ctx, dated, subject.span.start):
                period = "unknown"  # "the highest since 4 January 2018, when the index was at 6,302": that day's, not today's
            if "level" in fields and verb.neutral and verb.text.lower() in _COPULAS:
                extreme = _EXTREME_SUBJECT.search(ctx.text, max(sentence.start, verb.start - 40), verb.start)
                if extreme:  # "the market's lowest point today was 40,281": the day's low, not its close
                    fields["low" if extreme["which"].lower().startswith("low") else "high"] = fields.pop("level")
            # "fell 0.5% after rising 1.2%", "before ending up 0.4%": another moment, its own move
            separate = _NOT_CONTINUATION.search(ctx.text, max(sentence.start, verb.start - 12), verb.start) is not None
            # "fell 23 cents to $38.49, down 1.6% on the week": a figure of another period is a move of its own
            if last_move is not None and not own and not separate and _mergeable(out[last_move], subject, fields) \
                    and out[last_move].period == period:
                merged = out[last_move]
                update = {k: v for k, v in fields.items() if getattr(merged, k) is None}
                if merged.direction == 0 and polarity:
                    update["direction"] = polarity
                update["span"] = ctx.span(merged.span.start, end)
                out[last_move] = merged.model_copy(update=update)
                continue
            level = fields.get("level")
            if subject.type == "unknown" and level is not None and _QUOTED_PER.match(ctx.text, level.span.end):
                subject = subject.model_copy(update={"type": "currency"})  # "the real weakened 0.76% to 5.7858 per dollar"
            start = subject.span.start if own and subject.span and subject.span.start < verb.start else verb.start
            if ctx.text[max(0, start - 4) : start].lower() == "the ":
                start -= 4
            move = Move(
                id="",
                span=ctx.span(start, end),
                subject=subject,
                verb=verb.text,
                direction=polarity,
                intensity=verb.intensity,
                period=period,
                sessions=sessions,
                session_day=weekday_in(ctx.text[sentence.start : sentence.end]),
                **fields,
            )
            out.append(move)
            last_move = len(out) - 1
            pair = _respectively(ctx, move, window, verb, end, limit) or _shared(ctx, move, window, verb, end, limit)
            if pair:
                out[last_move] = pair[0]
                out.append(pair[1])
    _caused(ctx, out)
    return out


def _stamped(ctx: Context, times: list[int], start: int, verb: Verb, limit: int) -> bool:
    """A clock time or "at midday" before the verb in its sentence, and no word of the close in the clause."""
    lead = ctx.text[start : verb.start]
    clock = bisect_left(times, start) < bisect_left(times, verb.start)
    if not clock and not (("mid" in lead.lower() or "noon" in lead or "unch" in lead) and _MIDDAY.search(lead)):
        return False
    return _CLOSE_WORD.search(ctx.text, verb.start, limit) is None


def _then(ctx: Context, dated: list[int], start: int) -> bool:
    """ "..., when" right before the subject, after a calendar date: the clause tells that day."""
    head = ctx.text[max(0, start - 24) : start]
    if not _WHEN_BEFORE.search(head):
        return False
    when = start - len(head) + _WHEN_BEFORE.search(head).start()
    i = bisect_left(dated, when - 6)
    return i < len(dated) and dated[i] <= when


def _caused(ctx: Context, out: list[Fact]) -> None:
    """ "helped drag the Nikkei 0.44 percent lower", "lifted the Kospi up 1.1 percent": the market moved, told
    as what something did to it. Percents only: "dragged the Nikkei down 80 points" is often one stock's share."""
    text = ctx.text
    for sentence in ctx.sentences_with(_CAUSE_HINT):
        for named in ctx.named_in(sentence.start, sentence.end):
            if not named.entity or named.type not in _MARKET_TYPES or not CAUSE_BEFORE.search(text, max(sentence.start, named.start - 16), named.start):
                continue
            after = _CAUSED_FIGURE.match(text, named.end, sentence.end)
            token = ctx.token_at(after.end()) if after else None
            if token is None or token.start in ctx.claimed or token.quantity.unit != PERCENT:
                continue
            word = after["way"] or (trailing := _DIRECTION_AFTER.match(text, token.end)) and trailing.group(1)
            if not word:
                continue
            subject = ctx.resolve(named)
            ctx.claimed.add(token.start)
            out.append(Move(id="", span=ctx.span(named.start, token.end), subject=subject, verb=None,
                            direction=_UP_WORDS[word.lower()], intensity=2, percent=token.quantity,
                            session_day=weekday_in(text[sentence.start : sentence.end])))


def _respectively(ctx: Context, move: Move, window: int, verb: Verb, end: int, limit: int) -> list[Move]:
    """ "Nvidia and Broadcom climbed 2.9% and 4.5%, respectively": the first move and one for the second name;
    "ACM and Nuigini Mining gained 60 cents each to 8.10 and 7.90": the same change, each to its own level;
    "industrial and services slumped 1.32 percent and 0.01 percent": two names, two figures, in order."""
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
        if each or joined:  # "Cheung Kong and Hutchison ended unchanged at 41.75 and 51 dlrs"
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
    else:  # "BP and IAG faced declines, falling 3.8% and 9.4%, respectively": names the lexicon lacks
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
        return []  # "both closed at 41.75": one price cannot be two stocks'
    names = [n for n in ctx.named_in(window, verb.start) if n.entity]
    if len(names) >= 2 and move.subject.entity == names[0].entity and (second := ctx.resolve(names[1])) is not None:
        return [move, move.model_copy(update={"subject": second, "span": ctx.span(names[1].start, move.span.end)})]
    pair = _pair_before(ctx, window, move.subject) if len(names) < 2 else None
    if pair is None:
        return []
    first = Subject(text=pair["name"], type="unknown", span=ctx.span(pair.start("name"), pair.end("name")))
    return [move.model_copy(update={"subject": first, "span": ctx.span(pair.start("name"), move.span.end)}), move]


def _pair_before(ctx: Context, window: int, subject: Subject) -> regex.Match | None:
    """ "Vodafone and " before "Tesco", "industrial and " before "services": the first of two joined names."""
    if subject.span is None:
        return None
    pattern = _LOWER_AND if subject.text[:1].islower() else _NAME_AND
    return pattern.search(ctx.text, max(window, subject.span.start - 60), subject.span.start)


def _verbs_in(ctx: Context, start: int, end: int) -> list[Verb]:
    text = ctx.text
    kept = []
    for verb in ctx.verbs:
        if verb.start < start or verb.end > end:
            continue
        before = text[max(start, verb.start - 40) : verb.start]
        if verb.neutral and _CONNECTOR_BEFORE.search(before):
            continue  # "to finish at", "after trading between"
        if _MODAL.search(before):
            continue  # a forecast, read by forecasts.py
        if _ARTICLE_BEFORE.search(before):
            continue  # "marking a decline", "a 2% gain": a noun, read by nouns.py
        if "'" in before[-4:] and not verb.bare and not _PAST_FORM.match(verb.text) and _POSSESSIVE_BEFORE.search(before):
            continue  # "from yesterday's closing of 1,442.14": the prior, inside the clause before
        if verb.bare and verb.text[:1].isupper() and _WORD_BEFORE.search(before) and _BARE_COUNT.match(text, verb.end):
            continue  # "the Lower 48 states": a capitalised direction word inside a name
        word = before.rsplit(None, 1)[-1].lower() if before[-1:].isspace() and before.strip() else ""
        if verb.text.endswith("ing") and _ADJECTIVAL_AFTER.match(text, verb.end):
            continue  # "advancing stocks outnumbered falling ones": an adjective
        if word in _OBJECT_OF:
            continue  # "faced declines", "posted gains": a noun, the object of another verb
        if verb.neutral and word in _ADJECTIVES:
            continue  # "a record closing high", "the previous closing level": an adjective
        kept.append(verb)
    return kept












def _figures(ctx: Context, verb: Verb, limit: int, next_verb: bool = False) -> tuple[dict, int, int]:
    """Roles of the figures after a verb: change, percent, level, prior; where they end; direction."""
    text = ctx.text
    fields: dict = {}
    position = verb.end
    direction = 0
    for token in ctx.tokens_in(verb.end, limit):
        if next_verb and not text[token.end : limit].strip():
            break  # "33% rose, 62% fell": the figure right before the next verb is that verb's
        if token.start in ctx.claimed or _EXTREME_FIGURE.match(text, token.start) or _PERIOD_AFTER.match(text, token.end):
            break  # "as high as $1,216.80" is the session's high, read by ranges.py; "52-week" names a period
        if _BROKEN_GROUP.match(text, token.end) and _SHORT_WHOLE.fullmatch(text, token.start, token.end):
            break  # "to 1, 371.35": a malformed figure, not a level of 1
        gap = text[position : token.start]
        if _past_figure(text, gap, token):
            break  # "the previous record of 16,421.42", "from end-2016": no figure of this session
        if position == verb.end and _NEW_CLAUSE.fullmatch(gap):
            break  # "sectors traded higher, and 24 of 33 ...": the next clause's figures
        prior = ("prior" not in fields and _PRIOR_CUE.search(gap) is not None and not _EXPECTATION_IN.search(gap)
                 and not _FROM_DAY_AT.search(gap))
        record = "level" not in fields and ("record" in gap or "all-time" in gap) and _RECORD_LEVEL.search(gap) is not None  # "to a record 10.30"
        probe = (_UNIT_NOTE.sub("", gap) if "(" in gap else gap).lstrip(") ").rstrip("( ")  # "lost one point (0.07%) to 1,484.00", "7 basis points (bps) at"
        quote = _QUOTE_UNIT.match(gap) if fields and ("per " in gap or " a" in gap) else None  # "at 1,455.7 per dollar on the onshore platform, 0.12% lower"
        width = len(gap) - (quote.end() if quote else 0)
        if width > (FIRST_GAP if position == verb.end else NEXT_GAP) or (_STOP.search(probe) and not prior and not record):
            break
        if any(n.entity and not COUNTERPART.search(text, max(position, n.start - 10), n.start) for n in ctx.named_in(position, token.start)):
            break
        words = verb.text + gap if position == verb.end else gap  # "trading at 87.47": the verb's own preposition
        role = "prior" if prior else "level" if record else _role(words, token.quantity.unit, fields)
        if role == "level" and _INTRADAY_AFTER.match(text, token.end) and _TOUCH_WORD.search(words):
            break  # "touching 7.3125 at one point": an extreme, not where it ended
        if role == "level" and token.quantity.unit == PERCENT and _FROM_PEAK.match(text, token.end):
            break  # "extended its decline to 20 per cent from all-time highs": a drawdown, not where it stands
        if role == "prior" and _YEAR_AGO_AFTER.match(text, token.end) and not _FROM_LAST.search(gap):
            break  # a year-earlier comparison, not where this session's move started
        if role in ("change", "percent") and verb.text.lower() in _LEVEL_VERBS and not fields:
            role = "level"  # "the bond yielded 2.277 per cent, lower than ...": where the yield stands
        if role in ("change", "percent") and verb.neutral and verb.text.lower() in _COPULAS and "level" not in fields:
            if not _DIRECTION_AFTER.match(text, token.end) and not _DIRECTION_IN.search(gap):
                role = "level"  # "the price-to-earnings ratio is 12.10": a level, not a change
        if role is None and token.quantity.unit == PERCENT and "percent" not in fields and _DIRECTION_AFTER.match(text, token.end):
            role = "percent"  # "at 1,446.0 per dollar, 0.17% higher than its previous close"
        if role is None:
            break
        if position > verb.end or verb.neutral:
            words = _DIRECTION_IN.findall(gap)
            if words:
                direction = _UP_WORDS[words[-1].lower()]
        fields[role] = token.quantity
        position = token.end
    if fields:
        trailing = _DIRECTION_AFTER.match(text, position, limit)
        if trailing and not direction:
            direction = _UP_WORDS[trailing.group(1).lower()]
    return fields, position, direction


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
        word = ""  # "surged by the daily maximum of 10 percent": the size of the move, not a level
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


def _priced(fields: dict) -> bool:
    """A figure in a currency: the price of a stock or a good, never an index's points."""
    return any(len(q.unit) == 3 and q.unit.isupper() or q.unit == "cents" for q in fields.values())


def _has_unit(fields: dict) -> bool:
    """A figure that is plainly a measure ("2.1%", "$5", "106.0 billion", "8.17"), not a bare count."""
    return any(q.unit or q.scale != "one" or q.decimals for q in fields.values())


def _after_level(fields: dict) -> bool:
    return "level" in fields or "prior" in fields


def _mergeable(move: Fact, subject: Subject, fields: dict) -> bool:
    if not isinstance(move, Move) or move.subject.entity != subject.entity or move.subject.text != subject.text:
        return False
    return all(getattr(move, key) is None for key in fields)

