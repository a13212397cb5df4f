"""The fact models: what an article states, each figure with its span.

A discriminated union on `kind`. Extraction produces these; rules read their fields by name;
renderers show them. Quantities are unsigned as written; the sign of a move is `direction`.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

from .numbers import Quantity
from .spans import Span

# Subject types, used by thresholds kept as data (an index rarely moves 20% in a day; a stock may).
SubjectType = Literal[
    "index", "stock", "sector", "commodity", "currency", "yield", "indicator", "market", "unknown"
]
Period = Literal["session", "multi_session", "week", "month", "quarter", "year", "ytd", "intraday", "unknown"]


class FactBase(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    span: Span  # the whole phrase the fact was read from
    # The parts read loosely, each with why: a figure field whose role came from position alone
    # (not a cue in its own clause), "subject" taken from the clause or paragraph before, "session"
    # assumed rather than stated. A finding resting on a loose part is at most a warning.
    loose: dict[str, str] = {}


class Subject(BaseModel):
    """Who or what a fact is about, resolved through the entity lexicon where possible."""

    model_config = ConfigDict(frozen=True)

    text: str  # as written: "the index", "Nikkei 225"
    entity: str | None = None  # lexicon id: "nikkei-225"
    name: str | None = None  # display name: "Nikkei 225"
    type: SubjectType = "unknown"
    sector: str | None = None  # a company's sector from the lexicon ("financial", "automobile")
    country: str | None = None
    span: Span | None = None
    inferred: str | None = None  # how a subject not named in its clause was found: "'the index' read as Nikkei 225"


class Move(FactBase):
    """A change of one subject over one period: verb, change, percent, level, range."""

    kind: Literal["move"] = "move"
    subject: Subject
    verb: str | None = None
    direction: int = 0  # +1 up, -1 down, 0 unchanged / unknown
    intensity: int = 2  # 0 flat, 1 slight, 2 plain, 3 strong, 4 extreme (lexicon data)
    change: Quantity | None = None  # points, or a currency amount ("$0.87")
    percent: Quantity | None = None
    level: Quantity | None = None  # where it ended ("to finish at 61,742.35")
    prior: Quantity | None = None  # where it started ("from 149.80", "previous close")
    open: Quantity | None = None
    low: Quantity | None = None
    high: Quantity | None = None
    period: Period = "session"
    sessions: int | None = None  # "back-to-back sessions" -> 2, "three-day winning streak" -> 3
    session_day: str | None = None  # the weekday named for the session, lower case
    # The way a word right beside the change or percent says it went ("closed higher at L, down 120 points"),
    # when the verb says a way of its own: 0 when no such word stands there.
    worded_direction: int = 0


class State(FactBase):
    """A qualitative claim: "finished sharply higher", "ending at session highs", "was soft"."""

    kind: Literal["state"] = "state"
    subject: Subject
    claim: str  # "direction", "session_high", "session_low", "record_high", ...
    direction: int = 0
    intensity: int = 2
    period: Period = "session"
    session_day: str | None = None
    quantity: Quantity | None = None  # a figure the claim carries: "lowest in ten months", "4-day streak"


class LevelClaim(FactBase):
    """A level relative to a threshold: "just above the 61,740-point plateau", "below 3,000"."""

    kind: Literal["level_claim"] = "level_claim"
    subject: Subject
    relation: Literal["above", "below", "at", "near"]
    proximity: Literal["just", "well", "plain"] = "plain"
    threshold: Quantity
    conditional: bool = False  # a condition or forecast, no claim about the close: "could push the PSEi above 7,200"
    mark: str | None = None  # a record the level is: "record", "record high", "record closing high"


class Earnings(FactBase):
    """Reported results against a prior period or expectations."""

    kind: Literal["earnings"] = "earnings"
    subject: Subject
    metric: str = "earnings"  # earnings, revenue, net income, ...
    current: Quantity | None = None
    prior: Quantity | None = None
    eps_current: Quantity | None = None
    eps_prior: Quantity | None = None
    expected: Quantity | None = None
    eps_expected: Quantity | None = None
    percent: Quantity | None = None  # the change from the prior, as written: "15% lower than", "was up 19% to"
    direction: int = 0  # +1 "up from", "rose to", "raised"; -1 "down from", "lower than", "narrowing from"


class Forecast(FactBase):
    """An indicator's expected value and its previous reading, with the comparison word used."""

    kind: Literal["forecast"] = "forecast"
    subject: Subject
    direction: int = 0  # direction of the expected change (rise +1, fall -1)
    expected: Quantity | None = None
    previous: Quantity | None = None
    previous_direction: int = 0
    comparison: str | None = None  # "up from", "down from", "after", "versus"
    comparison_direction: int = 0  # +1 for "up from", -1 for "down from", 0 neutral
    level: Quantity | None = None  # where the change is expected to end: "to rise 6.5% to 51.2 million tons"
    horizon: str | None = None  # when, as written: "this year", "the end of the year", "next week"


class DateRef(FactBase):
    """A weekday or calendar date named in the text, resolved against the document date."""

    kind: Literal["date_ref"] = "date_ref"
    weekday: int | None = None  # Monday = 0
    day: int | None = None
    month: int | None = None
    year: int | None = None
    resolved: dt.date | None = None  # the date the reference most plausibly names
    document_date: dt.date | None = None
    role: str = "session"  # session, calendar, delivery (contract month), relative
    minutes: int | None = None  # a time of day: minutes after midnight on the local clock written ("2:30 p.m." -> 870)
    daypart: str | None = None  # the part of the trading day the text puts a time in: noon, morning, afternoon, evening


class Breadth(FactBase):
    """Market breadth: "advancers outnumbered decliners 517 to 263", "706 up, 381 down, 295 unchanged"."""

    kind: Literal["breadth"] = "breadth"
    subject: Subject | None = None
    advancers: Quantity | None = None
    decliners: Quantity | None = None
    unchanged: Quantity | None = None
    other: tuple[Quantity, ...] = ()  # "1,140 untraded", "20 others suspended", "865 traded issues"


class Volume(FactBase):
    """Turnover: "1.3 billion shares worth $1.7 billion changed hands", "NT$387.64 billion (US$12.43 billion)"."""

    kind: Literal["volume"] = "volume"
    subject: Subject | None = None
    shares: Quantity | None = None
    value: Quantity | None = None
    converted: Quantity | None = None  # the value in a second currency, in parentheses
    conversions: tuple[Quantity, ...] = ()  # the value in further currencies: "($37,420/ 35,186 euro)"
    prior: Quantity | None = None  # the previous session's value: "against Friday's 694 mln", "from 13.7 million"
    direction: int = 0  # the verb's direction from prior to value: "declined to 4.8 million" -> -1
    segment: str | None = None  # the part of the turnover the value is: "government securities"
    # The shares' own comparison, told beside the value's: "rose to 1.2 billion shares from 980 million"
    shares_prior: Quantity | None = None
    shares_change: Quantity | None = None  # "rising by 126 million shares to 618.34 million"
    shares_percent: Quantity | None = None  # "down 13.5% in volume"
    shares_direction: int = 0  # the verb's direction when its object is the shares
    change: Quantity | None = None  # the value's change as an amount: "rose by Rs 2 billion to ..."
    percent: Quantity | None = None  # the value's change in percent: "up 7.5 per cent from the prior session's"
    deals: Quantity | None = None  # trades, deals or transactions: "in 6,148 deals", "218,476 trades were executed"
    deals_prior: Quantity | None = None  # the previous session's: "from 5,837 deals on Tuesday"


class TableRow(FactBase):
    """One row of a table of figures ("| Brent | 82.16 | 82.74 |"): its label, headers and cells."""

    kind: Literal["table_row"] = "table_row"
    label: str
    headers: tuple[str, ...] = ()
    cells: tuple[Quantity | None, ...] = ()  # one per column after the label; None where not a figure


class Statistic(FactBase):
    """A figure stated about something other than a market move: "a 25% tariff", "its 10.1% stake",
    "40% of US steel imports", "162 new highs", "($1 = 1,453.57 won)"."""

    kind: Literal["statistic"] = "statistic"
    subject: Subject | None = None
    measure: str  # what the figure measures, as written: "tariff", "stake", "of US steel imports", "new highs"
    quantity: Quantity
    base: Quantity | None = None  # the other side of a rate: "$1" of "($1 = 1,453.57 won)"
    prior: Quantity | None = None  # the earlier value it is compared to: "a 58% chance, up from about 42% on Monday"
    comparison_direction: int = 0  # +1 "up from", -1 "down from"


Fact = Annotated[
    Union[Move, State, LevelClaim, Earnings, Forecast, DateRef, Breadth, Volume, TableRow, Statistic],
    Field(discriminator="kind"),
]

FACT_MODELS: dict[str, type[FactBase]] = {
    "move": Move,
    "state": State,
    "level_claim": LevelClaim,
    "earnings": Earnings,
    "forecast": Forecast,
    "date_ref": DateRef,
    "breadth": Breadth,
    "volume": Volume,
    "table_row": TableRow,
    "statistic": Statistic,
}


class NumberFormat(FactBase):
    """A figure written in a form no digit-grouping convention allows ("11,8587.51", "44.768.12",
    "15,877. 92"), in the convention the article does not use ("5.362,81" among "7,925.38"), with two
    units at once ("$2.30 cents"), a dot-grouped level ("11.402") in an article that groups with commas,
    or an index name with a digit dropped ("FTSE 10")."""

    kind: Literal["number_format"] = "number_format"
    written: str  # the token as written
    problem: Literal["bad_group", "double_point", "split", "stray_mark", "scale_doubled", "count_fraction", "other_convention", "two_units", "dot_thousands", "index_digit"]
    comma_grouped: bool = False  # the article groups thousands with commas elsewhere ("24,318")
    # What shows a dot-grouped level meant thousands: its own move ("a change of 262 points") or another
    # figure of its subject ("DAX at 15,230"); empty when nothing does (a quote to three decimals)
    thousands_shown_by: str = ""
    convention_example: str = ""  # a figure in the article's own convention ("7,925.38"), or the index meant ("FTSE 100")


class Language(FactBase):
    """A body not written in English ("Thai"): reported as not checked, none of its figures read."""

    kind: Literal["language"] = "language"
    language: str


# Models appended after the union above extend it and the registry here, so both stay complete.
Fact = Annotated[Union[Fact.__origin__, NumberFormat, Language], Field(discriminator="kind")]  # type: ignore[misc]
FACT_MODELS["number_format"] = NumberFormat


class Statement(FactBase):
    """A subject's session as one sentence of the article (or its headline) tells it, read firmly:
    the subject named in that sentence, neither an anaphor nor taken from the paragraph, and no
    look back at another session. Statements of one subject must agree wherever they stand."""

    kind: Literal["statement"] = "statement"
    subject: Subject
    direction: int = 0
    change: Quantity | None = None
    percent: Quantity | None = None
    level: Quantity | None = None
    session_day: str = ""  # the weekday stated, else the article's own day (assumed), else ""
    day_stated: bool = False  # the weekday is written in the sentence, not assumed
    place: Literal["headline", "body"] = "body"


Fact = Annotated[Union[Fact.__origin__, Statement], Field(discriminator="kind")]  # type: ignore[misc]
FACT_MODELS["statement"] = Statement


class Ranking(FactBase):
    """A ranking claimed over peers with their own figures: "Miners falling the most by 1.24
    percent, followed by Banks 1.1 percent", "the best performers were A, which rose 2%; B
    added 5%". `rival` is the peer figure the claim must beat (the strongest peer)."""

    kind: Literal["ranking"] = "ranking"
    subject: Subject  # the member claimed first
    claim: Literal["top", "bottom"]  # the member ranks first upward (best, rose the most) or downward
    figure: Quantity  # the member's own figure
    direction: int = 0  # the member's move: +1 up, -1 down, 0 unchanged
    rival: Quantity | None = None  # the strongest peer's figure
    rival_direction: int = 0
    peers: tuple[Quantity, ...] = ()  # every peer figure the ranking names
    ordered: bool = False  # "followed by" orders the peers; a list of "best performers" is read as ranked
    scope: str = ""  # the index whose members are ranked ("the biggest gainers in the Nikkei"): its entity


Fact = Annotated[Union[Fact.__origin__, Ranking], Field(discriminator="kind")]  # type: ignore[misc]
FACT_MODELS["ranking"] = Ranking


class PriceRow(FactBase):
    """One row of a price table under a header of named columns ("Open High Low Settle Chg"): one
    contract's or instrument's session, each figure bound to its column. A change or percent keeps
    the sign it is printed with. A short row aligned by the wires' habit (a blank change is
    "unchanged"; an untraded contract prints only its settle and change) has its figures in `loose`."""

    kind: Literal["price_row"] = "price_row"
    subject: Subject  # what the table's section quotes ("WHEAT", "Brent"), else the row's own name
    label: str  # the row's name: its section and contract month ("CORN Dec", "GOLD Jun '27"), or its own ("Brent")
    open: Quantity | None = None
    high: Quantity | None = None
    low: Quantity | None = None
    settle: Quantity | None = None  # the settle, last or close column
    change: Quantity | None = None
    percent: Quantity | None = None
    prior: Quantity | None = None  # the previous settle or close column
    volume: Quantity | None = None
    open_interest: Quantity | None = None


Fact = Annotated[Union[Fact.__origin__, PriceRow], Field(discriminator="kind")]  # type: ignore[misc]
FACT_MODELS["price_row"] = PriceRow


class QuotePair(FactBase):
    """A two-way price quote, bid then offer, the offer written by its last digits ("3.6240/6290" is
    a bid of 3.6240 and an offer of 3.6290). The offer is read as the nearest price at or above the
    bid those digits allow ("2.9985/0015" offers 3.0015)."""

    kind: Literal["quote_pair"] = "quote_pair"
    subject: Subject | None = None
    bid: Quantity
    offer: Quantity
    rolled: bool = False  # the offer's digits were below the bid's, so the offer rolled over to the next figure


Fact = Annotated[Union[Fact.__origin__, QuotePair], Field(discriminator="kind")]  # type: ignore[misc]
FACT_MODELS["quote_pair"] = QuotePair
FACT_MODELS["language"] = Language


class MarketValue(FactBase):
    """The value of a market's listed shares: "market capitalisation ended at 387.2 billion pounds,
    compared to 401.6 billion", "Investors' wealth shrank by Rs 6.18 lakh crore to Rs 412.57 lakh crore",
    "Market Cap: N 31.4 trillion". A change of it is its own, never an index's move."""

    kind: Literal["market_value"] = "market_value"
    subject: Subject | None = None  # the market whose value it is, when one is named
    value: Quantity | None = None  # where the value stood
    prior: Quantity | None = None  # the earlier value it is compared with
    change: Quantity | None = None  # by how much it changed: "gained N271 billion", "Investors earned Rs 4 lakh crore"
    percent: Quantity | None = None
    direction: int = 0  # the verb's: "rose", "eroded", "up from"
    converted: Quantity | None = None  # the value or change in a second currency: "($5.18 trillion)"


Fact = Annotated[Union[Fact.__origin__, MarketValue], Field(discriminator="kind")]  # type: ignore[misc]
FACT_MODELS["market_value"] = MarketValue
