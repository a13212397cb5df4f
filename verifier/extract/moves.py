"""Moves: "<subject> <verb> <N> points or <P> percent to finish at <L>" and the variants wires use.

A clause runs from a lexicon verb to the next verb; its figures take roles from the words before
them ("or" percent, "to"/"at" level, "from" prior). Subjects come from the entity lexicon, from an
anaphor bound in context, or from the clause before (a continuation: "closed at X, down Y").
"""
from __future__ import annotations

import re
from typing import NamedTuple

import regex

from ..facts import Fact, Move, Subject
from ..numbers import BASIS_POINTS, PERCENT, PERCENTAGE_POINTS, POINTS
from .context import Context, Verb
from .periods import period_of, weekday_in

# "is expected to rise 0.3 percent", "is called lower by 0.4 percent", "may add": forecasts, not moves
_MODAL = regex.compile(
    r"\b(?:expected|forecast|forecasted|seen|called|predicted|projected|estimated|likely|poised|set|"
    r"tipped|(?-i:may)|might|could|would|will|should|can|to\s+have)\s+(?:to\s+)?(?:[a-z]+\s+)?$",
    regex.IGNORECASE,
)
# "to finish at", "to close at", "to end the day at": not a new clause
_CONNECTOR_BEFORE = regex.compile(r"\bto\s+$", regex.IGNORECASE)
# Words in a gap that end a clause's figures: a range ("between", "a high of"), a contrast, a comparison.
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
_BARE_COUNT = regex.compile(r"\s+[0-9]+(?![0-9.,%])(?!\s*(?:percent|per\s+cent|points?|pts|pct)\b)")
# "strengthened against the dollar to 113.96": the currency it is quoted against is no new subject
_COUNTERPART = regex.compile(r"\b(?:against|versus|vs\.?|per)\s+(?:the\s+)?$", regex.IGNORECASE)
_FROM_PEAK = regex.compile(r"\s+(?:from|off|below|under)\s+(?:its\s+|their\s+|the\s+|a\s+)?(?:all-time|record|recent|peak|high|top|[0-9]+-(?:week|month|year))", regex.IGNORECASE)
_OBJECT_OF = frozenset("faced faces facing saw sees seeing posted posts posting recorded logged booked suffered notched registered".split())
_CAUSE_HINT = re.compile(r"drag|push|sen[dt]|lift|pull|knock")
_CAUSE_BEFORE = regex.compile(r"\b(?:drag|drags|dragged|dragging|push|pushes|pushed|pushing|send|sends|sent|sending|lift|lifts|lifted|lifting|"
                              r"pull|pulls|pulled|pulling|knock|knocks|knocked|knocking)\s+(?:the\s+)?$", regex.IGNORECASE)
_CAUSED_FIGURE = regex.compile(r"\s+(?:(?P<way>up|down|higher|lower)\s+)?(?:by\s+)?(?=[0-9.])", regex.IGNORECASE)
_MARKET_TYPES = frozenset(("index", "market", "currency", "commodity", "yield"))
_COUNTER_GAP = regex.compile(r"\s*(?:per|against|versus|vs\.?)\s+(?:the\s+)?", regex.IGNORECASE)
_POSSESSIVE_BEFORE = regex.compile(r"\b(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:'s|’s)\s+(?:benchmark\s+|key\s+)?$")
_SAME_COUNTRY = {"United States": ("America", "Washington", "Wall"), "United Kingdom": ("Britain", "London"), "Japan": ("Tokyo",)}
_UNIT_NOTE = regex.compile(r"^\s*\((?:bps|bp|pct|pts|ppts)\)")
_EACH_AFTER = regex.compile(r"\s+(?:each|apiece)\b", regex.IGNORECASE)
_SHARES_OF = regex.compile(r"\s+(?:in|of)\s+(?:[A-Z][\w&.'-]*\s*){1,4}(?:\([^()]{1,12}\)\s*)?$")
_ADJECTIVAL_AFTER = regex.compile(r"\s+(?:ones|issues|stocks|shares|counters|names|sectors|prices)\b", regex.IGNORECASE)
_DIGIT = regex.compile(r"[0-9]")  # "ESc1", "TYc1": an instrument code, not a name
_PREPOSITION_BEFORE = regex.compile(r"\b(?:on|at|in|of|for|from|by|to|against)\s+(?:the\s+)?$", regex.IGNORECASE)
_MAIN = frozenset(("index", "market"))
_TOUCH_WORD = regex.compile(r"\b(?:hit|hitting|reach|reaching|reached|touch|touching|touched)\W*$", regex.IGNORECASE)
_LIMIT_OF = regex.compile(r"\b(?:maximum|limit|cap|ceiling|floor)(?:\s+(?:allowed|permitted))?\s+of\s*$", regex.IGNORECASE)
_FROM_BEFORE = regex.compile(r"\bfrom\b(?!.*\bto\b)", regex.IGNORECASE | regex.DOTALL)
_DIRECTION_AFTER = regex.compile(r"\W{0,3}(down|lower|up|higher|better|worse|firmer|weaker)\b", regex.IGNORECASE)
_DIRECTION_IN = regex.compile(r"\b(down|lower|up|higher|better|worse|firmer|weaker)\b", regex.IGNORECASE)
# "Honda Motor rose": a capitalised name right before the verb, when the lexicon does not know it.
# ("Imperial Oil class A", "Swire \"A\"": a share class is part of the name)
_NAME_BEFORE = regex.compile(r"(?:^|(?<=[\s,(]))((?:[A-Z][A-Za-z0-9&.'-]*\s+){0,3}[A-Z][A-Za-z0-9&.'-]*(?:\s+class\s+[A-Z]|\s+\"[A-Z]\")?)(?:'s\s+shares|\s+shares)?\s*\(?\s*$")
# "Hemlo Gold gained", "Imperial Oil class A surged", "Gold miner Galactic Resources improved": a commodity's
# name inside a company's name, or describing one, is not the commodity
# (not a contract month, a venue or "spot" before it, nor an instrument code after it: "December Gold", "Gold XAU=")
_CAPITAL_WORD_BEFORE = regex.compile(
    r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Spot|Comex|COMEX|Nymex|NYMEX|"
    r"LME|ICE|CBOT|MCX|The|And|But|While|In|On|At)\b)[A-Z][A-Za-z&'-]*[ \t]+$"
)
_CAPITAL_WORD_AFTER = regex.compile(r"[ \t]+[A-Z][a-z]{2,}(?![A-Za-z0-9=])")
_DESCRIBES = regex.compile(r"\s+(?:miner|producer|explorer|company|firm|group)\b", regex.IGNORECASE)
# "average gas output in the Lower 48 U.S. states rose": the words right before the verb, back to
# a clause break, when no name is known.
_PHRASE_BEFORE = regex.compile(
    r"(?<![A-Za-z0-9&'.%/-])(?P<phrase>(?:(?!(?:said|says|that|and|while|but|when|where|which|after|before|as|also|then|however|meanwhile|still|now|though)\b)"
    r"[A-Za-z0-9][A-Za-z0-9&'.%/-]*\s+){0,6}?(?!(?:said|says|that|and|while|but|when|where|which|after|before|as|also|then|however|meanwhile|still|now|though)\b)"
    r"[A-Za-z0-9][A-Za-z0-9&'.-]*)[\s,]*$",
    regex.IGNORECASE,
)
_NOT_NAMES = frozenset(
    "The For Among In On At After Before While And But Meanwhile Elsewhere Also Shares Stocks It "
    "This That Its Their Of Overall However Yesterday Today Still Then Thus There Here They We "
    "Investors Traders Analysts Volume Turnover".split()
)
# "Dwi Aneka Jaya Kemasindo Tbk (JK:DAJK) was up": the ticker is not part of the name
# "The S&P technology index .SPLRCT was up", "gold XAU= galloped", "Australia ([AS51](https://...)) rose":
# an instrument code or a linked ticker between subject and verb belongs to neither
_TICKER = regex.compile(r"\s*\((?:[A-Z]{1,6}:)?[A-Z0-9.=^]{1,12}\)\s*$|\s*\[[A-Z]{1,6}:[A-Z0-9.]{1,12}\]\s*$|\s*\(\[[A-Z0-9.:-]{1,12}\]\([^()\s]*(?:\s+\"[^\"]*\")?\)\)\s*$|\s+(?:\.[A-Z][A-Z0-9]{1,11}|[A-Z0-9]{2,10}=[A-Z]{0,6})\s*$")
# "Bank Harda Internasional Tbk PT (JK:BBHI), which rose": the relative clause's subject is the name before it
# "Zitopek [BEL:ZTPK] which closed": the same with an exchange code in square brackets and no comma
_RELATIVE = regex.compile(r"(?:\s*(?:\((?:[A-Z]{1,6}:)?[A-Z0-9.=^]{1,12}\)|\[[A-Z]{1,6}:[A-Z0-9.]{1,12}\]))?\s*,?\s*which\s+$")
# "Messer, the only blue-chip gainer on Thursday, rose": the name before the apposition is the subject
_APPOSITION = regex.compile(r",\s+(?:the|a|an)\s+[^,;:()]{3,80},\s*$")
# "X was a bright spot, rising 1.2%": a participle after a comma speaks of the clause's subject, unless a
# name stands between ("The worst performer was Seatrium, falling") or "with" opens a clause of its own
_PAIR_BEFORE = regex.compile(r"(?<![A-Za-z/])(?P<pair>[A-Z]{3}/[A-Z]{3})(?:=[A-Z]*)?\s*$")
_LEAD_NAME = regex.compile(
    r"\s*(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+)?(?:(?:[A-Z][\w&.'-]*\s+){0,3}[A-Z][\w&.'-]*\s+and\s+)?"
    r"(?P<name>(?:[A-Z][\w&.'-]*\s+){0,3}[A-Z][\w&.'-]*)\s+[a-z][^,;]*,\s*$"
)
_PARTICIPLE = regex.compile(r"[a-z]+ing\b", regex.IGNORECASE)
_PARTICIPLE_GAP = regex.compile(r"(?:\s*(?:the|a|an|[a-z])(?:(?!\bwith\b)[^;:])*)?,\s*")
# "Dunav also closed flat": an adverb between the subject and its verb belongs to neither
_ADVERBS = frozenset(
    "also then later eventually finally initially briefly subsequently likewise similarly again last still now currently has have had both".split()
)
# "from yesterday's close of", "than its previous close at", "previous day's close at": a prior level
_PRIOR_CUE = regex.compile(
    r"\b(?:from|than|versus|vs\.?|compared\s+with|compared\s+to)\b.{0,40}?(?:close|closing|finish|settlement|level)?\s*(?:at|of)?\s*$"
    r"|\b(?:previous|prior|yesterday's|last|preceding)\s+(?:\w+'s\s+)?(?:close|closing|finish|settlement)\s*(?:at|of)?\s*$",
    regex.IGNORECASE | regex.DOTALL,
)
# "compared with 121 a year ago", "against 3.1 percent a year earlier": a year-earlier figure, no prior
# (but "rose 12% to SG$5.65 billion from SG$5.03 billion a year earlier" starts from it)
_YEAR_AGO_AFTER = regex.compile(
    r"\s*(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:in\s+)?(?:the\s+)?(?:same\s+(?:period|day|week|month|quarter)\s+)?(?:of\s+)?last\s+year)\b",
    regex.IGNORECASE,
)
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
NOT_THE_INDEX = regex.compile(
    r"\s*(?:sectors?|sector\s+indexes|sector\s+indices|heavyweights|components|constituents|members|futures|options)\b", regex.IGNORECASE
)
_NOT_THE_GOOD = regex.compile(r"\s*(?:index|indices|indexes|shares|stocks|equities|miners|producers|companies|sector)\b", regex.IGNORECASE)
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
_LEADING = frozenset("the a an its their his her our this that these those or and nor".split())
_PREPOSITIONS = frozenset("in on at for by with from over into after before during since to of along across through".split())
_COPULAS = frozenset("is are was were stood stands remained remains stayed stays".split())
_LEVEL_VERBS = frozenset(("yielded",))
_UP_WORDS = {"up": 1, "higher": 1, "better": 1, "firmer": 1, "down": -1, "lower": -1, "worse": -1, "weaker": -1}
FIRST_GAP, NEXT_GAP = 70, 48


class Clause(NamedTuple):
    """A verb with the subject it speaks of and where its figures end."""

    verb: Verb
    subject: Subject | None
    own_subject: bool
    end: int


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Every move with at least one figure, one per subject and clause (continuations merged)."""
    out: list[Fact] = list(facts)
    for index, sentence in enumerate(ctx.sentences):
        verbs = [v for v in _verbs_in(ctx, sentence.start, sentence.end)]
        previous: Clause | None = None
        last_move: int | None = None
        for position, verb in enumerate(verbs):
            limit = verbs[position + 1].start if position + 1 < len(verbs) else sentence.end
            window = previous.end if previous else sentence.start
            subject, own = _subject(ctx, window, verb, limit, previous, sentence)
            following = verbs[position + 1] if position + 1 < len(verbs) else None
            fields, end, direction = _figures(ctx, verb, limit, following is not None and not following.bare and not following.neutral)
            previous = Clause(verb, subject, own, max(end, verb.end))
            if not fields or subject is None or (subject.entity is None and not _has_unit(fields) and not subject.text[:1].isupper()):
                continue
            if "percent" not in fields and subject.span and _CAUSE_BEFORE.search(ctx.text, max(0, subject.span.start - 16), subject.span.start):
                continue  # "Fast Retailing dragged the Nikkei down 80 points": the stock's share of the index's move
            if subject.type in _MAIN and ctx.lexicon.anaphora.get(subject.text.lower()) and _priced(fields):
                subject = Subject(text=subject.text, type="unknown", span=subject.span)  # "Shares rise 17% to $39.44": a stock's
            ctx.claim(verb.end, end)
            polarity = verb.polarity if not verb.neutral else (direction or verb.polarity)
            if verb.text[:4].lower() == "open" and "level" in fields:
                fields["open"] = fields.pop("level")  # "opened at 28,805.22 points"
            period, sessions = period_of(ctx.text[verb.start : limit], ctx.text[sentence.start : verb.start], not own)
            # "fell 0.5% after rising 1.2%", "before ending up 0.4%": another moment, its own move
            separate = _NOT_CONTINUATION.search(ctx.text, max(sentence.start, verb.start - 12), verb.start) is not None
            if last_move is not None and not own and not separate and _mergeable(out[last_move], subject, fields):
                merged = out[last_move]
                update = {k: v for k, v in fields.items() if getattr(merged, k) is None}
                if merged.direction == 0 and polarity:
                    update["direction"] = polarity
                update["span"] = ctx.span(merged.span.start, end)
                out[last_move] = merged.model_copy(update=update)
                continue
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


def _caused(ctx: Context, out: list[Fact]) -> None:
    """ "helped drag the Nikkei 0.44 percent lower", "lifted the Kospi up 1.1 percent": the market moved, told
    as what something did to it. Percents only: "dragged the Nikkei down 80 points" is often one stock's share."""
    text = ctx.text
    for sentence in ctx.sentences_with(_CAUSE_HINT):
        for named in ctx.named_in(sentence.start, sentence.end):
            if not named.entity or named.type not in _MARKET_TYPES or not _CAUSE_BEFORE.search(text, max(sentence.start, named.start - 16), named.start):
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


def _relative_subject(ctx: Context, window: int, end: int) -> Subject | None:
    """The name closing the clause before ", which": a known one, else capitalised words."""
    named = [n for n in ctx.named_in(window, end) if n.end == end]
    if named:
        resolved = ctx.resolve(named[-1])
        return _own_country(ctx, named[-1], resolved) if resolved is not None else None
    name = _NAME_BEFORE.search(ctx.text, window, end)
    if name is None or name.group(1).split()[0] in _NOT_NAMES:
        return None
    return Subject(text=name.group(1), type="unknown", span=ctx.span(name.start(1), name.end(1)))


def _before_adverb(text: str, window: int, end: int) -> int:
    """Where the words before a verb end, an adverb or auxiliary left out: "Dunav also closed" -> after "Dunav"."""
    head = text[max(window, end - 16) : end]
    trimmed = head.rstrip()
    word = trimmed.rsplit(None, 1)[-1] if trimmed else ""
    rest = trimmed[: len(trimmed) - len(word)]
    if word.lower() in _ADVERBS and len(trimmed) < len(head) and rest[-1:].isspace():
        return end - len(head) + len(rest.rstrip())
    return end


def _own_country(ctx: Context, named, subject: Subject) -> Subject:
    """ "Germany's 10-year yield": a generic alias the lexicon gives one country, owned by another, is that
    other country's own, unknown to the lexicon (not the U.S. 10-year yield)."""
    head = ctx.text[max(0, named.start - 24) : named.start]
    owner = _POSSESSIVE_BEFORE.search(head) if subject.country and ("'s" in head or "’s" in head) else None
    if owner is None or owner["country"] in subject.country or owner["country"] in _SAME_COUNTRY.get(subject.country, ()):
        return subject
    start = named.start - len(head) + owner.start("country")
    return Subject(text=ctx.text[start:named.end], type=subject.type, span=ctx.span(start, named.end))


def _company_word(ctx: Context, named) -> bool:
    """True for "Gold" of "Hemlo Gold" or "Gold miner": a capitalised commodity name that is part of another name."""
    if named.type != "commodity" or not named.text[:1].isupper():
        return False
    text = ctx.text
    return bool(_CAPITAL_WORD_BEFORE.search(text, max(0, named.start - 30), named.start)
                or _CAPITAL_WORD_AFTER.match(text, named.end) or _DESCRIBES.match(text, named.end))


def _subject(
    ctx: Context, window: int, verb: Verb, limit: int, previous: Clause | None, sentence
) -> tuple[Subject | None, bool]:
    relative = _RELATIVE.search(ctx.text, window, verb.start)
    if relative is not None and (found := _relative_subject(ctx, window, relative.start())) is not None:
        return found, True
    before = _before_adverb(ctx.text, window, verb.start)
    apposition = _APPOSITION.search(ctx.text, max(window, before - 90), before) if "," in ctx.text[before - 2 : before] else None
    if apposition is not None and (found := _relative_subject(ctx, window, apposition.start())) is not None:
        return found, True
    named = ctx.named_in(window, verb.start)
    for n in named:
        group = NOT_THE_INDEX.match(ctx.text, n.end, verb.start)
        if group is None and n.type == "commodity":
            group = _NOT_THE_GOOD.match(ctx.text, n.end, verb.start)  # "the gold index", "oil shares"
        if group is not None and n.entity:  # "S&P 500 futures rose 0.3%": its own subject, not the index
            return Subject(text=ctx.text[n.start : group.end()], type="unknown", span=ctx.span(n.start, group.end())), True
    counterparts = [n for n in named if n.entity and _COUNTERPART.search(ctx.text, max(window, n.start - 10), n.start)]
    if counterparts and previous is not None and previous.subject is not None and _COUNTER_GAP.fullmatch(ctx.text, window, counterparts[0].start) \
            and not ctx.text[counterparts[-1].end : verb.start].strip(" ,"):
        return previous.subject, False  # "the won was quoted at 1,063.47 per US dollar, up 0.23 per cent": the won's
    named = [n for n in named if not _company_word(ctx, n) and n not in counterparts
             and not (n.entity is None and _SHARES_OF.match(ctx.text, n.end, verb.start))]  # "Shares in Qantas closed"
    if len([n for n in named if n.entity]) > 1:  # "Wall Street's fear gauge, the Cboe Volatility Index, climbed": the owner is not the subject
        named = [n for n in named if not (n.entity and ctx.text.startswith(("'s ", "’s "), n.end))] or named
    if named:
        entities = [n for n in named if n.entity]
        caused = [n for n in entities if _CAUSE_BEFORE.search(ctx.text, max(window, n.start - 16), n.start)]
        chosen = caused[-1] if caused else entities[0] if entities else named[0]  # "Toyota dragged the Nikkei down 0.6%"
        tail = ctx.text[max(named[-1].end, before - 60) : before]
        if not entities and not tail.islower():  # "after the company said ..., while Lowe's was up": the name nearer the verb
            nearer = _NAME_BEFORE.search(ctx.text, max(named[-1].end, before - 60), before)
            if nearer and nearer.group(1).split()[0] not in _NOT_NAMES and not _DIGIT.search(nearer.group(1)) \
                    and not _PREPOSITION_BEFORE.search(ctx.text, max(0, nearer.start(1) - 16), nearer.start(1)):
                return Subject(text=nearer.group(1), type="unknown", span=ctx.span(nearer.start(1), nearer.end(1))), True
        resolved = ctx.resolve(chosen)
        if resolved is not None:
            return _own_country(ctx, chosen, resolved), True
    gap = _TICKER.sub("", ctx.text[window:before])
    if previous is not None and previous.subject is not None and not named and _PARTICIPLE.match(verb.text) and _PARTICIPLE_GAP.fullmatch(gap):
        return previous.subject, False  # "Dunav was the only other company that traded, closing flat at 1,371 dinars"
    if previous is None and not named and _PARTICIPLE.match(verb.text) and gap.rstrip().endswith(",") and (lead := _LEAD_NAME.match(gap)):
        start = window + lead.start("name")  # "However, Treasury Wine and IAG faced declines, falling 3.8% and 9.4%"
        return Subject(text=lead["name"], type="unknown", span=ctx.span(start, window + lead.end("name"))), True
    pair = None if named or "/" not in gap else _PAIR_BEFORE.search(gap)
    if pair is not None:  # "USD/IDR was up 0.45% to 13666.0": a currency pair, quoted in its second currency
        start = window + pair.start("pair")
        return Subject(text=pair["pair"], type="currency", span=ctx.span(start, window + pair.end("pair"))), True
    name = _NAME_BEFORE.search(gap)
    if name and name.group(1).split()[0] not in _NOT_NAMES and not named:
        start = window + name.start(1)
        return Subject(text=name.group(1), type="unknown", span=ctx.span(start, start + len(name.group(1)))), True
    phrase = _PHRASE_BEFORE.search(gap)
    if phrase and not named and phrase["phrase"].split()[0].lower() not in _PREPOSITIONS:
        words = phrase["phrase"].split()
        while words and words[0].lower() in _LEADING:
            words.pop(0)
        if words and words[0] not in _NOT_NAMES:
            start = window + gap.rindex(words[0], 0, phrase.end("phrase"))
            end = window + phrase.end("phrase")
            return Subject(text=ctx.text[start:end], type="unknown", span=ctx.span(start, end)), True
    if previous is not None and previous.subject is not None:
        return previous.subject, False
    after = [n for n in ctx.named_in(verb.end, limit) if n.entity]
    if after and window == sentence.start:
        return ctx.resolve(after[0]), True
    if window == sentence.start and not gap.strip(" *-\u2022\t\n"):
        return ctx.subject_before(verb.start, main_only=True), False  # a bullet: "* Up 1.2% from ..."
    return None, False


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
        if position == verb.end and _NEW_CLAUSE.fullmatch(gap):
            break  # "sectors traded higher, and 24 of 33 ...": the next clause's figures
        prior = "prior" not in fields and _PRIOR_CUE.search(gap) is not None
        record = "level" not in fields and ("record" in gap or "all-time" in gap) and _RECORD_LEVEL.search(gap) is not None  # "to a record 10.30"
        probe = (_UNIT_NOTE.sub("", gap) if "(" in gap else gap).lstrip(") ").rstrip("( ")  # "lost one point (0.07%) to 1,484.00", "7 basis points (bps) at"
        quote = _QUOTE_UNIT.match(gap) if fields and ("per " in gap or " a" in gap) else None  # "at 1,455.7 per dollar on the onshore platform, 0.12% lower"
        width = len(gap) - (quote.end() if quote else 0)
        if width > (FIRST_GAP if position == verb.end else NEXT_GAP) or (_STOP.search(probe) and not prior and not record):
            break
        if any(n.entity and not _COUNTERPART.search(text, max(position, n.start - 10), n.start) for n in ctx.named_in(position, token.start)):
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


def _role(gap: str, unit: str, fields: dict) -> str | None:
    last = _LAST_WORD.search(gap)
    word = last.group(1).lower() if last else ""
    if word == "of" and _LIMIT_OF.search(gap):
        word = ""  # "surged by the daily maximum of 10 percent": the size of the move, not a level
    if word in _THRESHOLD_WORDS:
        return None
    if word == "from" or (word == "at" and _FROM_BEFORE.search(gap)):
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

