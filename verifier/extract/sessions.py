"""Which session a weekday names: the one the article sums up, an older one, another market's, or none.

Runs after moves and states. A weekday is the session summed up only when its own clause ties it to a
market's move ("closed lower on Friday", "On Friday, the index rose", "Tokyo shares Thursday fell") and
the article has not already spoken of that market: a later "On Monday, it closed 0.3% lower" narrates
an older session. A preview ("set for a higher open on Thursday"), a prior ("from Friday's close"), a
past perfect ("had declined on Sunday") and a day of news ("Powell said on Tuesday") name no session
summed up. A foreign market's session may be one older than the local one (an Asian wrap's "the Dow's
fall Wednesday" is the night before its own Thursday), and when the text speaks of a holiday the last
session may be any recent weekday. An Asia-Pacific session named for the day after the article's date
is that day: the story was dated in the Americas, where the day had not yet turned.
"""
from __future__ import annotations

import datetime as dt
import re

from ..facts import DateRef, Fact, Subject
from .compiled import re_pattern
from .context import MAIN_TYPES, Context
from .cues import found_blind

# Clause breaks inside a sentence: a new clause may speak of another day or another market.
# "; ", a dash, and conjunctions such as "rose on Friday after falling on Thursday", ", with the index".
_CLAUSE_BREAK = re_pattern(
    r";|\s[\u2013\u2014-]{1,2}\s|,\s+(?:and|with|as|which|who|led|helped|tracking|even)\b"
    r"|\s(?:while|whereas|but|after|before|following|amid|despite|because|though|although|when|since|until|compared|versus)\b",
    re.IGNORECASE,
)
# A day still ahead in its clause: "set for a higher open on Thursday", "may add to its gains on Monday",
# "is expected to turn lower on Thursday", "will reopen on Thursday", "data due Wednesday", "futures point to"
_AHEAD = re_pattern(
    r"\b(?:will|won't|would|may|might|could|should|shall|set\s+(?:for|to)|poised|expected|expects?|likely|due(?!\s+to\b)|scheduled|slated"
    r"|ahead\s+of|upcoming|next|looks?\s+(?:set|poised|likely|to)|heads?\s+for|headed\s+for|on\s+track|plans?\s+to"
    r"|futures?\s+(?:point|indicat|suggest|signal)\w*|await\w*|preview|reopens?|resumes?"
    # "the policy meeting that starts on Tuesday": an event still to come
    r"|starts|begins|kicks\s+off|convenes|gets\s+under\s*way)\b",
    re.IGNORECASE,
)
# A day before the session: "Friday's close", "last Friday", "since Monday", "Friday last week", "had declined ... on Sunday"
_POSSESSIVE = re_pattern(r"['\u2019]s\b")
_BEFORE_PRIOR = re_pattern(r"(?:\blast|\bprevious|\bprior|\bsince|\bfrom|\buntil|\bthrough|\bearlier|-)\s*(?:on\s+)?$", re.IGNORECASE)
_AFTER_PRIOR = re_pattern(r"\s*(?:last\s+week|of\s+last\s+week|a\s+week\s+(?:ago|earlier)|-)", re.IGNORECASE)
_PAST_PERFECT = re_pattern(r"\bhad\s+(?:\w+\s+){0,2}?\w+ed\b|\bhad\s+been\b", re.IGNORECASE)
# "from Tuesday's close", "Monday's closing level", "the index's Friday close": the prior close
_CLOSE_AFTER = re_pattern(r"(?:['\u2019]s\s+(?!to\b)(?:\w+\s+)?|\s+)(?:close|closing|finish|settlement|settle)\b", re.IGNORECASE)
# A market closed on some weekday between the sessions: "on opening after a holiday", "before the New
# Year holiday", "reopening after the long weekend", "on return from the break", "a holiday-shortened week",
# a closure told ("the market was closed on Thursday"), or a closure named ("Lunar New Year", "Golden Week", "Good Friday", "Boxing Day", "Chuseok", "Diwali").
HOLIDAY = re_pattern(
    r"\bholidays?\b|\blong\s+weekend|\bextended\s+weekend|\bthree-day\s+weekend|\breopen\w*\s+after\b|\bresum\w*\s+(?:trad\w*\s+)?after\b"
    r"|\bon\s+return\s+from\b|\bnew\s+year|\bchristmas|\bboxing\s+day|\bgood\s+friday|\beaster\b|\bgolden\s+week|\bthanksgiving"
    r"|\blabou?r\s+day|\bmemorial\s+day|\bindependence\s+day|\bchuseok|\bdiwali|\bdeepavali|\beid\b|\bhari\s+raya|\bobon\b|\bvesak|\bsongkran"
    # "The stock market was closed on Thursday", "markets will be closed for the royal birthday": a closure told
    r"|\b(?:market|markets|exchange|bourse|trading)\s+(?:was|were|is|are|will\s+be|remained|remains|stayed)\s+(?:shut|closed)\s+(?:on|for)\b",
    re.IGNORECASE,
)
# Markets whose trading week is not Monday to Friday: a weekday named for their session is not
# measured against a Monday-to-Friday calendar (Saudi Arabia, Qatar, Kuwait, Egypt trade Sunday to Thursday).
OTHER_WEEK = frozenset({"Saudi Arabia", "Qatar", "Kuwait", "Oman", "Bahrain", "Egypt", "Israel", "Iran", "Afghanistan"})

# Markets whose trading day begins while the Americas are still on the day before: a story dated in
# New York may tell their session of the next day ("Asian shares fell on Tuesday", dated Monday).
DAY_AHEAD = frozenset({"Japan", "South Korea", "China", "Hong Kong", "Taiwan", "Singapore", "Malaysia", "Indonesia",
                       "Philippines", "Thailand", "Vietnam", "Australia", "New Zealand", "India"})

# The roles a weekday (or a full date) may take; rules/calendar.toml reads them.
SESSION, AFTER_HOLIDAY, OVERNIGHT = "session", "session_after_holiday", "overnight_session"
EARLIER, PRIOR, PRIOR_CLOSE, AHEAD, MENTION = "earlier_session", "prior", "prior_close", "ahead", "mention"
SESSION_DATE = "session_date"
# A story of several days that a weekday stands in: "the past several days", "since the end of last week",
# "over the past week", "earlier this week", "a volatile week", "for a fifth straight week"
_WEEK_STORY = re_pattern(
    r"\b(?:(?:the|over\s+the)\s+(?:past|last)\s+(?:several|few|two|three|four|five|\d)\s+(?:days|sessions|trading\s+days)"
    r"|since\s+the\s+(?:end|start)\s+of\s+(?:last|the)\s+week|(?:over|during)\s+the\s+(?:past|last)\s+week|earlier\s+(?:this|in\s+the)\s+week"
    # "for a fifth straight week", "a third consecutive weekly loss", "a bumpy ride this week"
    r"|[a-z0-9]+\s+(?:straight|consecutive|successive)\s+week(?:ly|s)?|this\s+week)\b",
    re.IGNORECASE)
# A verb in the past tense: "closed", "rose", "fell", "shed" (a date it is told with is behind the story)
_PAST = re_pattern(r"(?:\w+ed|rose|fell|sank|slid|shed|lost|hit|dove|shrank|swung|broke|grew|won|sold)\b", re.IGNORECASE)


def clause_around(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> tuple[int, int]:
    """The clause holding text[start:end]: from the last clause break before it to the next one after."""
    left = sentence_start
    for m in _CLAUSE_BREAK.finditer(text, sentence_start, start):
        left = m.end()
    after = _CLAUSE_BREAK.search(text, end, sentence_end)
    return left, after.start() if after else sentence_end


# "last Friday's close", "the previous Friday's close": in a wrap of that weekday, a week back
_WEEK_BACK = re_pattern(r"\b(?:last|previous|prior)\s+$", re.IGNORECASE)


def _cue_role(text: str, ref: DateRef, clause: tuple[int, int]) -> str | None:
    """The role a weekday's own words give it, before any market is looked for."""
    s, e = ref.span.start, ref.span.end
    if _CLOSE_AFTER.match(text, e):
        # "from last Friday's close" in a Friday wrap is a week back: a prior, not the session before
        return PRIOR if _WEEK_BACK.search(text, max(0, s - 12), s) else PRIOR_CLOSE
    if _POSSESSIVE.match(text, e) or _BEFORE_PRIOR.search(text, max(clause[0], s - 12), s) or _AFTER_PRIOR.match(text, e):
        return PRIOR
    if _AHEAD.search(text, clause[0], s) or _AHEAD.search(text, e, clause[1]):
        return AHEAD
    if _PAST_PERFECT.search(text, clause[0], clause[1]):
        return PRIOR
    return None


def _market_in(ctx: Context, start: int, end: int, at: int) -> Subject | None:
    """The index or market a clause ties to the weekday at `at`, named or through an anaphor ("the
    index"): the last one before it ("dragged by the Dow's slide Tuesday"), else the first after it."""
    markets = [(named, subject) for named in ctx.named_in(start, end)
               if (subject := ctx.resolve(named)) is not None and subject.type in MAIN_TYPES]
    before = [subject for named, subject in markets if named.start < at]
    after = [subject for named, subject in markets if named.start >= at]
    return before[-1] if before else after[0] if after else None


def _home_country(ctx: Context) -> str | None:
    """The country of the first market the article speaks of: its own market."""
    for named in ctx.named:
        if named.type in MAIN_TYPES:
            subject = ctx.resolve(named)
            if subject is not None and subject.country:
                return subject.country
    return None


def _headline_end(ctx: Context) -> int:
    """Where a headline standing as the body's first line ends ("Nikkei ends higher", no full stop, a
    paragraph of its own), else -1."""
    sentences = ctx.sentences
    if len(sentences) < 2 or sentences[1].paragraph == sentences[0].paragraph:
        return -1
    first = ctx.text[sentences[0].start:sentences[0].end].strip()
    return sentences[0].end if first and len(first) <= 120 and first[-1] not in ".!?:" else -1


def _stated_before(facts: list[Fact], subject: Subject, offset: int, headline_end: int = -1) -> bool:
    """Whether the article already told a day or the week of this market (its country's indexes) before
    `offset`: the days a weekly review then names are the week's. A run of sessions ("has risen in
    back-to-back sessions") leads into the day it ends with."""
    for fact in facts:
        if fact.span.start >= offset or fact.kind not in ("move", "state") or fact.period not in ("session", "intraday", "week"):
            continue
        if fact.span.start < headline_end:
            continue  # "Nikkei ends higher" over the story: the headline tells no day the story then narrates
        if fact.kind == "state" and fact.claim != "direction":
            continue
        other = fact.subject
        if other.type in MAIN_TYPES:
            if (subject.entity and other.entity == subject.entity) or (subject.country and other.country == subject.country):
                return True
    return False


def _tied_market(ctx: Context, ref: DateRef, clause: tuple[int, int]) -> Subject | None:
    """The market a day's own clause says moved: a market named there and a move verb beside it."""
    subject = _market_in(ctx, *clause, ref.span.start)
    if subject is None or not any(clause[0] <= v.start < clause[1] and not v.bare for v in ctx.verbs):
        return None
    return subject


def _read(ctx: Context, facts: list[Fact], ref: DateRef, home: str | None, holiday: bool) -> DateRef:
    """The weekday with its role; an Asia-Pacific session named for the day after the article's date
    is resolved to that day (the story was dated in the Americas), not to six days before."""
    role, subject = _role(ctx, facts, ref, home, holiday)
    update: dict[str, object] = {"role": role}
    anchor = ctx.document.date
    if (subject is not None and subject.country in DAY_AHEAD and anchor is not None and ref.weekday is not None
            and ref.weekday == (anchor.weekday() + 1) % 7):
        update["resolved"] = anchor + dt.timedelta(days=1)
    return ref.model_copy(update=update)


def _role(ctx: Context, facts: list[Fact], ref: DateRef, home: str | None, holiday: bool) -> tuple[str, Subject | None]:
    text = ctx.text
    sentence = ctx.sentences[ctx.sentence_at(ref.span.start)]
    clause = clause_around(text, ref.span.start, ref.span.end, sentence.start, sentence.end)
    cue = _cue_role(text, ref, clause)
    if cue is not None:
        return cue, None
    subject = _tied_market(ctx, ref, clause)
    if subject is None or not subject.country or subject.country in OTHER_WEEK:
        return MENTION, None
    if _stated_before(facts, subject, sentence.start, _headline_end(ctx)):
        return EARLIER, subject
    index = ctx.sentence_at(ref.span.start)
    if _WEEK_STORY.search(text, ctx.sentences[max(0, index - 1)].start, sentence.end):
        return EARLIER, subject  # "The past several days were volatile ... It jumped on Thursday": a day of the week told
    if home and subject.country != home:
        return OVERNIGHT, subject  # an Asian wrap's Wall Street session is the night before its own
    return (AFTER_HOLIDAY if holiday else SESSION), subject


def _dated_session(ctx: Context, ref: DateRef) -> bool:
    """A full date its clause gives as the day a market moved, in the past tense: "closed at a record
    on March 5". Without a year, only a date in the article's own month is read (no year to doubt)."""
    anchor = ctx.document.date
    if ref.resolved is None or ref.day is None or anchor is None or (ref.year is None and ref.month != anchor.month):
        return False
    sentence = ctx.sentences[ctx.sentence_at(ref.span.start)]
    clause = clause_around(ctx.text, ref.span.start, ref.span.end, sentence.start, sentence.end)
    if _cue_role(ctx.text, ref, clause) is not None or _tied_market(ctx, ref, clause) is None:
        return False
    return any(clause[0] <= v.start < clause[1] and _PAST.match(v.text) for v in ctx.verbs)


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """Each standalone weekday (role "weekday" from the dates extractor) with the session it names, and
    each full date told as the day a market moved (role "session_date")."""
    start = ctx.document.body_start
    holiday = found_blind(HOLIDAY, ctx.text, start)
    home = _home_country(ctx)
    out = []
    for fact in facts:
        if isinstance(fact, DateRef) and fact.role == "weekday":
            fact = _read(ctx, facts, fact, home, holiday)
        elif isinstance(fact, DateRef) and fact.role == "calendar" and _dated_session(ctx, fact):
            fact = fact.model_copy(update={"role": SESSION_DATE})
        out.append(fact)
    return out
