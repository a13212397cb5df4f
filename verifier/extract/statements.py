"""Statements: each subject's session as the article tells it in a sentence that names the subject.

Rules compare a subject's statements across the whole article (headline, lede and body), where a
pairing of two moves would otherwise rest on a subject resolved from "the index" or from the
paragraph: only a move whose subject is named in its own sentence, in a sentence that does not
look back at another session, is stated here. Runs after every move is read.
"""
from __future__ import annotations

from ..expr import DAY_NAMES
from ..facts import Fact, Move, Statement
from .compiled import re_pattern
from .context import Context
from .periods import weekday_in

# A sentence that tells another session than the article's, or a moment of it: "In the previous
# session", "a day earlier", "yesterday's", "last week", "so far this year", "on opening", "in early
# trade", "is trading at", "as of 11 a.m.", "before paring", "then". Its moves are not the close.
# A bond's tenor ("the 10-year yield") names an instrument, not a period; a "52-week low" is a period.
_ANOTHER_SESSION = re_pattern(
    r"\b(?:previous|prior|preceding|last|earlier|early|later|late|yesterday|overnight|opening|opened|opens|open|"
    r"midday|mid-day|noon|morning|afternoon|intraday|intra-day|week|month|(?<!\w-)year|so far|futures|forecast|expected|"
    r"expects|would|could|may|might|trading at|is trading|was trading|currently|as of|before|then|pared|paring|"
    r"trimmed|at one point|as much as|as high as|as low as|ago)\b"
    # "up 10.08% from its 2025 closing low", "off 4% from a record high": a distance from a reference
    r"|\b(?:from|off|since)\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:low|high|peak|trough|record|top|bottom)s?\b"
)


# A good quoted as one contract or the spot price: never the one close a statement stands for
_CONTRACT = re_pattern(
    r"\b(?:spot|futures?|contracts?|delivery|nymex|comex|cbot|ice|lme|mcx|shfe|dce|tocom|bursa|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|front-month)\b")


# A clause of its own after a move: "..., and up 0.3% on the week", "; the week's gain was"
_NEXT_CLAUSE = re_pattern(r",\s+and\s|;")


# Before a name, a word that makes it no subject: "Led by TSMC", "Outside the PSEi", "gains on the
# Nasdaq", "(NASDAQ:" a ticker's exchange; after it, a possessive or a ticker's colon ("the PSEi's
# decline", "NASDAQ:PAAS").
_NOT_SUBJECT_BEFORE = re_pattern(
    r"(?:\b(?:by|of|on|in|at|to|from|than|outside|behind|among|against|with|for|over|beside|like|unlike|led|leading|topped|paced|lifted|dragged|pulled)\s+(?:the\s+)?|\()$"
)
_NOT_SUBJECT_AFTER = re_pattern(r"(?:'s?\b|:|\))")
# Between the name and the verb, only the name's own words: "index", "(PSEi)", "benchmark", "composite",
# and a relative clause about the name closed by its comma ("the yield, which moves against the price,").
_NAME_TO_VERB = re_pattern(r"\s*(?:\([^()]{1,12}\)\s*)?(?:,?\s*(?:which|that|who)\s[^,.;()]{1,60},\s*)?(?:[a-z0-9-]+\s+){0,2}$")
# "NAME in CITY": a market named with its place ("the Bourse in Doha")
_IN_PLACE = re_pattern(r"\s+in\s+$")
# A company the lexicon lacks, named as the subject of its move: "Zenvia", "Harbor Freight Lines".
_PROPER_NAME = re_pattern(r"[A-Z][A-Za-z&.'-]+(?: [A-Z][A-Za-z&.'-]+){0,3}")
_NAME_GOES_BACK = re_pattern(r"(?:[A-Z][\w.'-]*|&)[ \t]+$")  # the name read is the tail of a longer one
_NOT_NAMES = frozenset("The A An Its It Only Shares Stocks Markets Prices Index Indices Investors Traders Analysts This That These Those Other Some Most All Both".split()
                       # a legal suffix read alone ("Foo Co., Ltd. rose"): the tail of a name cut at its comma
                       + "Ltd Ltd. Co Co. Inc Inc. Corp Corp. Plc PLC Bhd Bhd. Berhad Tbk Tbk. SA S.A. AG NV N.V. Limited LLC".split())
_ARTICLE = re_pattern(r"(?:the\s+)?")
# A heading the paragraph stands under: "For the week:", "Year to date:".
_HEADING = re_pattern(r"(?m)^[^\n.]{2,40}:[ \t]*$")


def firm(ctx: Context, move: Move) -> bool:
    """Whether a move names its subject as the subject of its own verb (an alias of the lexicon, no
    anaphor, no name taken from an earlier sentence) and tells the article's session: the reading
    two statements may be paired on."""
    subject = move.subject
    if subject.span is None or move.period != "session":
        return False
    if subject.entity:
        alias = ctx.lexicon.aliases.get(" ".join(subject.text.split()))
        if alias is None or alias.entity.id != subject.entity:
            return False  # an anaphor resolved to the entity
    elif (not _PROPER_NAME.fullmatch(subject.text) or subject.text.split()[0] in _NOT_NAMES
          or _NAME_GOES_BACK.search(ctx.text, max(0, subject.span.start - 30), subject.span.start)):
        return False  # a name the lexicon lacks must be a whole proper name ("Zenvia", not "Only", nor "Water" of "Power & Water")
    text, folded = ctx.text, ctx.folded
    start, end = subject.span.start, subject.span.end
    located = _IN_PLACE.search(folded, max(0, start - 8), start)
    if located is not None:  # "The Qatar bourse in Doha eased": the name before the place is the subject
        names = ctx.named_in(max(0, start - 80), located.start())
        if names and names[-1].end == located.start() and names[-1].entity == subject.entity:
            start = names[-1].start
    if start > move.span.start and not _ARTICLE.fullmatch(folded, move.span.start, start):
        return False  # a name inside the phrase ("a gain led by Nasdaq"), not its subject
    verb = folded.find(move.verb.lower(), end, move.span.end) if move.verb else -1
    if verb < 0 or not _NAME_TO_VERB.match(folded[end:verb]):
        return False  # words between the name and its verb: another clause's subject
    if _NOT_SUBJECT_BEFORE.search(folded, max(0, start - 12), start) or _NOT_SUBJECT_AFTER.match(text, end):
        return False
    if subject.type == "commodity" and _CONTRACT.search(folded, max(0, start - 24), min(len(folded), end + 24)):
        return False  # "NYMEX April platinum", "spot platinum": a contract and the spot price are two quotes
    index = ctx.sentence_at(move.span.start)
    sentence = ctx.sentences[index]
    clause = _NEXT_CLAUSE.search(folded, move.span.end, sentence.end)
    if _ANOTHER_SESSION.search(folded, sentence.start, clause.start() if clause else sentence.end):
        return False  # a cue in a clause of its own after the move ("..., and up 0.3% on the week") tells another move
    before = _leading(ctx, index)
    if before is not None and not move.session_day and _ANOTHER_SESSION.search(folded, before.start, before.end):
        return False  # "All three fell for the week. The Nasdaq was down 0.5%.": the week goes on
    heading = None
    for heading in _HEADING.finditer(folded, ctx.document.body_start, sentence.start):
        pass
    return heading is None or _ANOTHER_SESSION.search(heading.group(0)) is None


def _leading(ctx: Context, index: int):
    """The sentence before, when it stands in the same paragraph: the context a sentence goes on in."""
    if index == 0 or ctx.sentences[index - 1].paragraph != ctx.sentences[index].paragraph:
        return None
    return ctx.sentences[index - 1]


def session_of(ctx: Context, move: Move) -> tuple[str, str | None]:
    """The session a statement tells, and why it was assumed when it was: the weekday written, else
    one the sentence before in its paragraph wrote ("On Monday, X fell. Y dropped"), else the
    article's own day (an evening wrap's; a morning wrap that names yesterday's session then pairs
    nothing), else unknown."""
    if move.session_day:
        return move.session_day, None
    before = _leading(ctx, ctx.sentence_at(move.span.start))
    carried = weekday_in(ctx.text[before.start : before.end]) if before is not None else None
    if carried:
        return carried, f"the session was taken as {carried.title()}, the day the sentence before names"
    date = ctx.document.date
    if date and date.weekday() >= 5:  # a weekend edition sums up the week's last session
        return "friday", "the session was assumed to be the last before the article's weekend date, Friday (no day is named)"
    if date:
        return DAY_NAMES[date.weekday()], "the session was assumed to be the article's own day (no day is named)"
    return "", "the session was assumed to be the article's own (no day is named)"


def lede_day(ctx: Context, facts: list[Fact], skip: tuple[int, int] = (0, 0)) -> str:
    """The weekday the lede names for its session: the body's first move (outside `skip`, a title line),
    when it is a statement that names its day and stands in the first two paragraphs; "" otherwise (a
    lede read at the open, or a bullet further down, tells no day for the headline)."""
    if not ctx.sentences:
        return ""
    moves = sorted((f for f in facts if f.kind == "move" and f.span.start >= ctx.document.body_start
                    and not skip[0] <= f.span.start < skip[1]), key=lambda f: f.span.start)
    if not moves or ctx.sentences[ctx.sentence_at(moves[0].span.start)].paragraph > ctx.sentences[0].paragraph + 1:
        return ""
    lede = next((f for f in facts if isinstance(f, Statement) and f.place == "body" and f.span.start == moves[0].span.start), None)
    return lede.session_day if lede is not None and lede.day_stated else ""


def on_lede_day(statement: Statement, day: str) -> Statement:
    """A headline that names no day, taken to tell the lede's session: it sums up the story the lede
    begins. (The body's other statements keep the article's day: a later sentence may tell another.)"""
    if statement.day_stated or not day:
        return statement
    why = "the headline sums up the lede's session"
    loose = {**statement.loose, "session": f"the session was taken as {day.title()}, the day the lede names ({why})"}
    return statement.model_copy(update={"session_day": day, "loose": loose})


def statement_of(ctx: Context, move: Move, place: str = "body") -> Statement:
    """A firm move restated, its session stated or assumed (then marked loose), with the looseness
    of its own figures."""
    day, assumed = session_of(ctx, move)
    loose = {k: v for k, v in move.loose.items() if k in ("change", "percent", "level")}
    if assumed:
        loose["session"] = assumed
    return Statement(id="", span=move.span, subject=move.subject, direction=move.direction, change=move.change,
                     percent=move.percent, level=move.level, session_day=day, day_stated=assumed is None,
                     place=place, loose=loose)


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """One statement per firm session move with a direction and a figure."""
    made = [statement_of(ctx, fact) for fact in facts
            if fact.kind == "move" and fact.direction and (fact.percent is not None or fact.level is not None) and firm(ctx, fact)]
    titles = {id(s) for s in made if _title_line(ctx, s)}
    title_spans = [(s.span.start, ctx.sentences[ctx.sentence_at(s.span.start)].end) for s in made if id(s) in titles]
    day = lede_day(ctx, [*facts, *(s for s in made if id(s) not in titles)], title_spans[0] if title_spans else (0, 0))
    return list(facts) + [on_lede_day(s, day) if id(s) in titles else s for s in made]


def _title_line(ctx: Context, statement: Statement) -> bool:
    """The body's first paragraph is a title when it is one short line without a closing period
    ("KOSPI falls 1.25%"), above the story: a copy pasted with its headline."""
    index = ctx.sentence_at(statement.span.start)
    sentence = ctx.sentences[index]
    if sentence.paragraph != ctx.sentences[0].paragraph or index + 1 >= len(ctx.sentences):
        return False
    line = ctx.text[ctx.sentences[0].start : ctx.sentences[index].end].strip()
    return ctx.sentences[index + 1].paragraph != sentence.paragraph and len(line) < 150 and "\n" not in line \
        and not line.endswith((".", "!", "?"))
