"""Moves: "<subject> <verb> <N> points or <P> percent to finish at <L>" and the variants wires use.

A clause runs from a lexicon verb to the next verb; its figures take roles from the words before
them ("or" percent, "to"/"at" level, "from" prior). Whose figures they are is read by subjects.py (the
entity lexicon, an anaphor bound in context, or the clause before: "closed at X, down Y"); a clause
may tell two names' moves ("A and B rose 2% and 3%", "rose 1.6% each", "each to 9.35 and 8.70").
"""
from __future__ import annotations

import re
from bisect import bisect_left

import regex

from ..facts import Fact, Move, Subject
from ..numbers import PERCENT
from .context import Context, Verb
from .nouns import noun_verb_sentences, noun_verbs, run_total, sized
from .pairs import second_move
from .periods import period_of, weekday_in
from .roles import COPULAS, DIRECTION_AFTER, UNDOING, UP_WORDS, figures, priced_change
from .subjects import CAUSE_BEFORE, Clause, subject_of
from .ties import borrow_levels

# "is expected to rise 0.6 percent", "is called lower by 0.3 percent", "may add": forecasts, not moves
_MODAL = regex.compile(
    r"\b(?:expected|forecast|forecasted|seen|called|predicted|projected|estimated|likely|poised|(?-i:[Ss]et)|"
    r"tipped|(?-i:may)|might|could|would|will|should|can|to\s+have)\s+(?:to\s+)?(?:[a-z]+\s+)?$"
    # "economists had expected the index to rise to 49.6", "calls for exports to fall"
    r"|\b(?:expect(?:s|ed|ing)?|forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|calls?\s+for|called\s+for|want(?:s|ed)?|need(?:s|ed)?)"
    r"\s+(?:[\w'-]+\s+){1,3}to\s+$",
    regex.IGNORECASE,
)
# "to finish at", "to close at", "to end the day at": not a new clause
_CONNECTOR_BEFORE = regex.compile(r"\bto\s+(?:end\s+|close\s+|finish\s+)?$", regex.IGNORECASE)  # also "to end trading at"
# Words in a gap that end a clause's figures: a range ("between", "a high of"), a contrast, a comparison.
_WHEN_BEFORE = regex.compile(r"\bwhen\s+(?:the\s+|it\s+|they\s+|the\s+index\s+)?$", regex.IGNORECASE)
# "the market's lowest point today was", "the session high was": the subject is the day's extreme
_EXTREME_SUBJECT = regex.compile(
    r"\b(?P<which>low|lowest|high|highest|peak|trough|bottom)(?:\s+(?:point|level|mark|value))?"
    # "the highest level of the KSE-100 index was": the extreme of a named index
    r"(?:\s+of\s+(?:the\s+)?[\w&.-]+(?:\s+[\w&.-]+){0,2}?(?:\s+index)?)?"
    r"(?:\s+(?:today|of\s+the\s+(?:day|session)|for\s+the\s+(?:day|session)|intraday|intra-day))?\s*$", regex.IGNORECASE)
_ADJECTIVES = frozenset(("record", "new", "highest", "lowest", "previous", "prior"))
_WORD_BEFORE = regex.compile(r"[A-Za-z.][ \t]+$")
# "from yesterday's closing of", "Friday's close", "the session's trading at": a possessive of a day or a
# common noun makes the word a noun, not a new clause. Not a company named with "'s" ("Lowe's was up",
# "Kohl's dropped"), nor "it's up" (a contraction of "is").
_PAST_FORM = regex.compile(r"\w+ed\b|(?:was|were|is|are|been|fell|rose|lost|won|sank|slid|grew|went|stood|held|dove|leapt|gave)\b", regex.IGNORECASE)
_POSSESSIVE_BEFORE = regex.compile(
    r"(?<![A-Za-z'])(?:(?!(?:it|that|what|there|here|who|he|she|let)'s\s)[a-z][\w&.-]*"
    r"|(?:Yesterday|Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:['\u2019]s|s['\u2019])\s+$")
_BARE_COUNT = regex.compile(r"\s+[0-9]+(?![0-9.,%])(?!\s*(?:percent|per\s+cent|points?|pts|pct)\b)")
_OBJECT_OF = frozenset("faced faces facing saw sees seeing posted posts posting recorded logged booked suffered notched registered".split())
_CAUSE_HINT = re.compile(r"drag|push|sen[dt]|lift|pull|knock")
_CAUSED_FIGURE = regex.compile(r"\s+(?:(?P<way>up|down|higher|lower)\s+)?(?:by\s+)?(?=[0-9.])", regex.IGNORECASE)
_MARKET_TYPES = frozenset(("index", "market", "currency", "commodity", "yield"))
_ADJECTIVAL_AFTER = regex.compile(r"\s+(?:ones|issues|stocks|shares|counters|names|sectors|prices)\b", regex.IGNORECASE)
_MAIN = frozenset(("index", "market"))
# A level quoted per unit of another currency is an exchange rate, whatever the lexicon knows of the
# subject: "5.4126 per dollar", "19.2380 to the U.S. dollar", "1.0715 against the euro"
_QUOTED_PER = regex.compile(
    r"\s+(?:per|to\s+the|against\s+the|versus\s+the|a)\s+(?:U\.?S\.?\s+)?(?:dollar|greenback|euro|yen|pound|sterling)\b", regex.IGNORECASE)
# "a 2% gain", "its sharp fall", "all the early gains", "the recent rally": a noun after an article or a determiner
_ARTICLE_BEFORE = regex.compile(
    r"\b(?:a|an|its|their|this|that|the)\s+(?:(?:sharp|steep|slight|modest|small|big|strong|further|early|earlier|recent|initial|"
    r"previous|prior|late|sudden|huge|massive|latest|overnight|weekly|monthly|day's|session's"
    r"|(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|full|multi)-(?:day|week|month|year|session|quarter)s?)\s+)?$",
    regex.IGNORECASE)  # "a three-day rally", "its one-month contract", "its 7-day decline"
# Words before a subject-less clause that make it a different event, not a continuation to merge.
_NOT_CONTINUATION = regex.compile(r"\b(?:after|before|since|while|marking|following|when|as|which|that|who)\s+$", regex.IGNORECASE)
# "At midday, the index was down", "by the lunch break": a time of day before the verb
_MIDDAY = regex.compile(r"\b(?:at|by|around|near|until|before)\s+(?:the\s+)?(?:midday|mid-day|noon|lunch(?:\s*(?:time|break))?|mid-morning|mid-afternoon)\b", regex.IGNORECASE)
# A currency the lexicon lacks, named by its unit: "the NT dollar", "the Kenyan shilling", "the Turkish lira"
_CURRENCY_NAME = regex.compile(
    r"\b(?:dollar|yen|won|rupee|rupiah|peso|ringgit|baht|yuan|renminbi|euro|pound|sterling|franc|lira|rand|real|dinar|dirham|"
    r"riyal|rial|naira|shilling|cedi|krona|krone|zloty|forint|ruble|rouble|hryvnia|dong|kip|taka|kyat|tenge|lari|sol)$", regex.IGNORECASE)
_RATE = regex.compile(r"\b(?:exchange|average|closing|reference|spot|fixing|central)?\s*rates?$", regex.IGNORECASE)
# "During the week, it won", "from last Friday's close", "week-on-week": the change is the week's
_WEEK_CUE = regex.compile(r"\b(?:during\s+the\s+(?:past\s+)?week|from\s+(?:a\s+week\s+(?:ago|earlier)|last\s+(?:week|friday)(?:'s)?)|week[\s-]on[\s-]week)\b", regex.IGNORECASE)
# "closed", "to end the day at", "at the close": the clause tells the close, whatever the time stamp says
_CLOSE_WORD = regex.compile(r"\b(?:clos(?:e|ed|ing)|end(?:ed|ing)?\s+(?:the\s+)?(?:day|session)|finish(?:ed|ing)?|settl(?:e|ed|ing))\b", regex.IGNORECASE)


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Every move with at least one figure, one per subject and clause (continuations merged)."""
    out: list[Fact] = list(facts)
    times = sorted(f.span.start for f in facts if f.kind == "date_ref" and f.role == "time")
    dated = sorted(f.span.end for f in facts if f.kind == "date_ref" and f.role == "calendar")
    nounish = noun_verb_sentences(ctx)
    carried: tuple[int, str] | None = None  # a period a sentence led with, carried through its paragraph
    for index, sentence in enumerate(ctx.sentences):
        if _GENERIC.match(ctx.text, sentence.start, sentence.end):
            continue  # "It isn't common that a share price rise exceeds 400 per cent": no move, a general remark
        if (lead := _PERIOD_LEAD.match(ctx.text, sentence.start, sentence.end)) is not None:
            carried = (sentence.paragraph, period_of("", lead.group(0))[0])  # the paragraph's period from here on
        elif carried is not None and (carried[0] != sentence.paragraph or weekday_in(ctx.text[sentence.start : sentence.end])):
            carried = None
        nouned = noun_verbs(ctx, sentence.start, sentence.end) if sentence.start in nounish else []
        verbs = _verbs_in(ctx, sentence.start, sentence.end)
        if nouned:  # a verb inside a noun's phrase is that noun ("brought the Dow's decline over ... to")
            verbs = sorted([v for v in verbs if not any(n.start <= v.start and v.end <= n.end for n in nouned)] + nouned)
        previous: Clause | None = None
        last_move: int | None = None
        told_before: int | None = None  # the move whose noun came before what it moved ("an increase of N was seen in X")
        for position, verb in enumerate(verbs):
            limit = verbs[position + 1].start if position + 1 < len(verbs) else sentence.end
            window = previous.end if previous else sentence.start
            subject, own = subject_of(ctx, window, verb, limit, previous, sentence)
            following = verbs[position + 1] if position + 1 < len(verbs) else None
            # "33% rose, 62% fell": a figure right before the next verb is its own (not before "with a loss of")
            before_verb = following is not None and not following.bare and not following.neutral and following not in nouned
            fields, end, direction = figures(ctx, verb, limit, before_verb)
            size = sized(ctx, verb) if verb in nouned else None
            if verb in nouned and (owners := [n for n in ctx.named_in(verb.start, verb.end) if n.entity]):
                subject, own = ctx.resolve(owners[0]), True  # "brought the Dow's decline ... to 505 points": the owner's run
            if size is None and verb in nouned and fields and (seen := _SEEN_IN.match(ctx.text, end, sentence.end)) is not None:
                named = ctx.named_in(seen.end(), min(seen.end() + 40, sentence.end))  # "a decrease of 71 paisa was seen in the rate of the euro"
                if named and named[0].entity and named[0].start - seen.end() < 5:
                    subject, own, told_before = ctx.resolve(named[0]), True, len(out)
            if size is not None and fields:  # "a 1.37 per cent gain to reach 4,185.26": the size told before the noun
                role = "percent" if size.quantity.unit == PERCENT else "change"
                fields = {role: size.quantity, **{k: v for k, v in fields.items() if k != role}}
            previous = Clause(verb, subject, own, max(end, verb.end))
            if not fields or subject is None or (subject.entity is None and not _has_unit(fields) and not subject.text[:1].isupper()):
                continue
            if verb.bare and verb.neutral and not all(q.unit or q.decimals for q in fields.values()):
                continue  # "posted 41 new highs": a count, not a move told by "posted 0.4% to"
            if "percent" not in fields and subject.span and CAUSE_BEFORE.search(ctx.text, max(0, subject.span.start - 16), subject.span.start):
                continue  # "Fast Retailing dragged the Nikkei down 80 points": the stock's share of the index's move
            if subject.type in _MAIN and ctx.lexicon.anaphora.get(subject.text.lower()) and _priced(fields):
                subject = Subject(text=subject.text, type="unknown", span=subject.span)  # "Shares jump 14% to $47.18": a stock's
            ctx.claim(verb.end, end)
            if size is not None:
                ctx.claimed.add(size.start)
            polarity = verb.polarity if not verb.neutral else (direction or verb.polarity)
            if not verb.neutral and UNDOING.match(ctx.text, verb.end):
                polarity = direction  # "recovered some of the losses to finish 466 points lower": the figures' way
            if _opening(verb.text) and "level" in fields:
                fields["open"] = fields.pop("level")  # "opened at 31,274.66 points"
            period, sessions = period_of(ctx.text[verb.start : limit], ctx.text[sentence.start : verb.start], not own)
            if period == "session" and carried is not None and carried[0] == sentence.paragraph \
                    and not weekday_in(ctx.text[sentence.start : sentence.end]):
                period = carried[1]  # "For the year, the Dow surged 33%. The S&P 500 rose 34%": the year goes on
            if period == "session" and "week" in ctx.folded[sentence.start : limit] and _WEEK_CUE.search(ctx.text, sentence.start, limit):
                period = "week"  # "During the week, it won 34.57 points from last Friday's close"
            if period == "session" and verb in nouned and run_total(verb):
                period = "unknown"  # "taking its full-week loss to 2.8%": a run of sessions, of a length not read
            if period == "session" and verb.text[:3].lower() in ("is ", "are") and _CLOSE_WORD.search(ctx.text, verb.start, limit) is None:
                period = "intraday"  # "the Nikkei is down 423 points at 42,384": a reading while it trades, not the close
            if period == "session" and _stamped(ctx, times, sentence.start, verb, limit):
                period = "intraday"  # "At 10.47am, the index eased 6 points": a reading during the day, not the close
            if (own and subject.span and _then(ctx, dated, subject.span.start)) or _then(ctx, dated, verb.start):
                period = "unknown"  # "the highest since 9 March 2017, when the index was at 7,418": that day's, not today's
            if "level" in fields and verb.neutral and verb.text.lower() in COPULAS:
                extreme = _EXTREME_SUBJECT.search(ctx.text, max(sentence.start, verb.start - 40), verb.start)
                if extreme:  # "the market's lowest point today was 43,956": the day's low, not its close
                    fields["low" if extreme["which"].lower().startswith("low") else "high"] = fields.pop("level")
            # "fell 0.5% after rising 1.2%", "before ending up 0.4%": another moment, its own move
            separate = _NOT_CONTINUATION.search(ctx.text, max(sentence.start, verb.start - 12), verb.start) is not None
            if separate and last_move is not None and _closing_at(out[last_move]) and verb.text.endswith("ing") \
                    and ctx.text[max(sentence.start, verb.start - 7) : verb.start].strip().lower() == "after":
                separate = False  # "closed at 8,341.57 after gaining 31.86 points": the close and the move that made it
            if last_move is not None and last_move == told_before and _WHICH_AT.search(ctx.text, max(sentence.start, verb.start - 12), verb.start):
                separate = own = False  # "an increase of N was seen in the euro, which traded at L": where that move left it
            # "fell 31 cents to $44.72, down 2.2% on the week": a figure of another period is a move of its own
            # "opened 1.37 points lower at 1,742.85 and ended 3.26 points up": the open and the close are two moments;
            # "opened at 2,917.43, down 0.74%": a bare direction word after the open is the open's gap
            if last_move is not None and not own and not separate and _mergeable(out[last_move], subject, fields) \
                    and out[last_move].period == period and (not _opening(out[last_move].verb) or verb.bare or verb in nouned) and not _opening(verb.text):
                merged = out[last_move]
                update = {k: v for k, v in fields.items() if getattr(merged, k) is None}
                if merged.direction == 0 and polarity:
                    update["direction"] = polarity
                elif verb in nouned and polarity == -merged.direction and ("change" in update or "percent" in update) \
                        and _RETREAT.search(ctx.text, merged.span.start, verb.start):
                    update["direction"] = polarity  # "hit a record 769, before dropping to close at 760, a gain of 25": the day's gain
                elif verb.bare and polarity == -merged.direction and ("change" in update or "percent" in update) \
                        and merged.subject.type in _WORDED_TYPES:
                    update["worded_direction"] = polarity  # "closed higher at 61,250.20, down 120.15 points"
                update["span"] = ctx.span(merged.span.start, end)
                out[last_move] = merged.model_copy(update=update)
                continue
            shared = _shared_level(out[last_move], subject, fields, own, separate) if last_move is not None else None
            if shared is not None:  # "closed at 871.446, declining 3.215 from 874.661 seen last week": the week ends there too
                fields["level"] = shared
            level = fields.get("level")
            if subject.type == "unknown" and _CURRENCY_NAME.search(subject.text):
                subject = subject.model_copy(update={"type": "currency"})  # "the Kenyan shilling weakened to 129.40"
            if subject.type == "unknown" and level is not None and (
                    _QUOTED_PER.match(ctx.text, level.span.end) or _RATE.search(subject.text) and _priced({"level": level})):
                # "the real weakened 0.58% to 5.4126 per dollar", "the weighted average rate depreciated to P56.294":
                # a rate in a currency is an exchange rate, quoted per dollar
                subject = subject.model_copy(update={"type": "currency"})
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
                # "rose on Monday and fell on Tuesday": the clause's own weekday first, else the sentence's
                session_day=weekday_in(ctx.text[verb.start : limit]) or weekday_in(ctx.text[sentence.start : sentence.end]),
                **fields,
            )
            out.append(move)
            last_move = len(out) - 1
            pair = second_move(ctx, move, window, verb, end, limit)
            if pair:
                out[last_move] = pair[0]
                out.append(pair[1])
    _caused(ctx, out)
    borrow_levels(ctx, out, len(facts))
    return [priced_change(f) if isinstance(f, Move) else f for f in out]


# A move told as a noun before what it moved: "an increase of 74 paisa was witnessed in the exchange rate of the euro"
_SEEN_IN = regex.compile(
    r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:witnessed|recorded|observed|seen|noted|registered)\s+in\s+(?:the\s+)?"
    r"(?:(?:exchange|conversion|interbank)\s+rates?|prices?|values?|rates?|parity)\s+of\s+", regex.IGNORECASE)
_WHICH_AT = regex.compile(r",?\s+which\s+(?:was\s+|were\s+)?$", regex.IGNORECASE)
# A sentence led by a period other than the session: "For the year,", "For 1995,", "Over the week,"
_PERIOD_LEAD = regex.compile(r"\W*(?:for|in|over|during)\s+(?:the\s+(?:whole\s+|full\s+)?)?(?:year|week|month|quarter|(?:19|20)[0-9]{2})\b\s*,", regex.IGNORECASE)
# A turn within the session told by its own verb: "before dropping to close at", "then slipping back to"
_RETREAT = regex.compile(r"\b(?:before|then|but)\s+(?:dropping|falling|easing|slipping|retreating|sliding|paring|dipping|rising|climbing|"
                         r"recovering|rebounding|bouncing)\b", regex.IGNORECASE)
# A general remark about moves, not a move: "It isn't common on the ASX that ...", "It is rare for ..."
_GENERIC = regex.compile(
    r"\W*It\s+(?:is|isn't|is\s+not|was|wasn't|was\s+not|'s)\s+(?:\w+\s+){0,2}?(?:common|uncommon|rare|unusual|usual|normal|typical|possible|impossible)\b",
    regex.IGNORECASE)
# A quote per dollar or a yield moves against the price words beside it may name: only these are judged
_WORDED_TYPES = frozenset({"index", "market", "stock", "commodity", "unknown"})


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
    if "when" not in head.lower() or not _WHEN_BEFORE.search(head):
        return False
    when = start - len(head) + _WHEN_BEFORE.search(head).start()
    i = bisect_left(dated, when - 6)
    return i < len(dated) and dated[i] <= when


def _caused(ctx: Context, out: list[Fact]) -> None:
    """ "helped drag the Nikkei 0.57 percent lower", "lifted the Kospi up 1.3 percent": the market moved, told
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
            word = after["way"] or (trailing := DIRECTION_AFTER.match(text, token.end)) and trailing.group(1)
            if not word:
                continue
            subject = ctx.resolve(named)
            ctx.claimed.add(token.start)
            out.append(Move(id="", span=ctx.span(named.start, token.end), subject=subject, verb=None,
                            direction=UP_WORDS[word.lower()], intensity=2, percent=token.quantity,
                            session_day=weekday_in(text[sentence.start : sentence.end])))


# The rest of a relative clause up to the comma that closes it, before the main verb goes on
_ASIDE = regex.compile(r"[^,.;:]{1,60},")


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
        if before[-1:] == " " and not _PAST_FORM.match(verb.text) and _sized(ctx, verb.start - 2):
            continue  # "with Rs21.7 decline": the figure is the size of a noun (but "July 2014 shed RM40" is a verb)
        if ("'" in before[-4:] or "\u2019" in before[-4:]) and not verb.bare and not _PAST_FORM.match(verb.text) and _POSSESSIVE_BEFORE.search(before):
            continue  # "from yesterday's closing of 1,538.27": the prior, inside the clause before
        if verb.bare and verb.text[:1].isupper() and _WORD_BEFORE.search(before) and _BARE_COUNT.match(text, verb.end):
            continue  # "the Lower 48 states": a capitalised direction word inside a name
        word = before.rsplit(None, 1)[-1].lower() if before[-1:].isspace() and before.strip() else ""
        if verb.text.endswith("ing") and _ADJECTIVAL_AFTER.match(text, verb.end):
            continue  # "advancing stocks outnumbered falling ones": an adjective
        if word in _OBJECT_OF:
            continue  # "faced declines", "posted gains": a noun, the object of another verb
        if verb.neutral and (word in _ADJECTIVES or word == "last" and verb.text.lower() == "closing"):
            continue  # "a record closing high", "the previous closing level", "the last closing of": an adjective or a noun
        if word in ("which", "that", "who") and (aside := _ASIDE.match(text, verb.end, end)) and not ctx.tokens_in(verb.end, aside.end()):
            continue  # "the two-year note, which moves inversely to its price, edged up": a relative clause with no figure
        kept.append(verb)
    return kept


def _priced(fields: dict) -> bool:
    """A figure in a currency: the price of a stock or a good, never an index's points."""
    return any(len(q.unit) == 3 and q.unit.isupper() or q.unit == "cents" for q in fields.values())


def _has_unit(fields: dict) -> bool:
    """A figure that is plainly a measure ("2.1%", "$5", "128.0 billion", "8.17"), not a bare count."""
    return any(q.unit or q.scale != "one" or q.decimals for q in fields.values())


def _sized(ctx: Context, offset: int) -> bool:
    """A measured figure (a unit or a currency, not a bare year or count) ends at `offset`."""
    token = ctx.token_covering(offset)
    written = ctx.text[token.start : token.end] if token is not None else ""
    # not "at one point losing": a spelled number is rarely a noun's size
    return bool(token and token.quantity.unit and token.quantity.unit != "shares" and not written[:2].isalpha() or written[:2] in ("Rs", "RM"))


def _shared_level(last: Fact, subject: Subject, fields: dict, own: bool, separate: bool):
    """The level of the move just told, for a continuation of another period in its sentence that has none."""
    if own or separate or "level" in fields or not ("change" in fields or "prior" in fields) or not _mergeable(last, subject, {}):
        return None
    return last.level if last.change is None and last.prior is None else None


def _closing_at(move: Fact) -> bool:
    """A close told by its level alone ("closed at 8,341.57"): a change told after it completes it."""
    return (isinstance(move, Move) and move.level is not None and move.change is None and move.percent is None
            and move.verb is not None and move.verb.lower().startswith(("clos", "end", "finish", "settl")))


def _opening(verb: str | None) -> bool:
    return verb is not None and verb[:4].lower() == "open"


def _mergeable(move: Fact, subject: Subject, fields: dict) -> bool:
    if not isinstance(move, Move) or move.subject.entity != subject.entity or move.subject.text != subject.text:
        return False
    return all(getattr(move, key) is None for key in fields)

