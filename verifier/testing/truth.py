"""Ground truth of a generated article: the facts it states and where each figure and word stands.

Plain frozen dataclasses, so strategies, mutations and benchmarks share one vocabulary without
depending on the extraction models they are meant to test.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Figure:
    """One number as written: `text == article.text[start:end]`, `value` unsigned as written."""

    key: str  # "<fact id>.<field>", e.g. "m0.percent"
    start: int
    end: int
    text: str
    value: Decimal
    decimals: int
    unit: str  # "points", "percent", "USD", "basis_points", ...


@dataclass(frozen=True)
class Token:
    """A word that carries meaning a rule reads: a verb, a weekday, a comparison such as "up from"."""

    key: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SessionMove:
    """One session's move of an index, stock, commodity or yield: the inputs and what they imply."""

    id: str
    subject: str
    subject_type: str  # "index", "stock", "sector", "commodity", "currency", "yield"
    direction: int  # +1 or -1
    prior: Decimal | None
    change: Decimal | None  # unsigned, at the level's precision (basis points for yields)
    level: Decimal | None
    percent: Decimal | None  # unsigned, correctly rounded at `percent_decimals`
    percent_decimals: int
    low: Decimal | None = None
    high: Decimal | None = None
    range_style: str = ""  # "between" or "low_high"
    verb: str = ""
    intensity: int = 2  # 1 slight, 2 plain, 3 strong
    style: str = "to_finish"  # the phrasing family of its sentence: "to_finish", "level_first", "bullets", ...
    extreme: str = ""  # "high" or "low" when the close is the session's high or low
    level_of: str = ""  # the fact whose written close is this move's level ("w0", the week, ends at "m0"'s)
    period: str = "session"  # or "week"


@dataclass(frozen=True)
class MultiSession:
    """A run over several sessions ending with the day's move: a lower bound on points, a percent."""

    id: str
    subject: str
    sessions: int
    direction: int
    total: Decimal  # the true total, of which `floor` is the stated lower bound
    floor: Decimal
    percent: Decimal
    percent_decimals: int
    day_change: Decimal
    level: Decimal


@dataclass(frozen=True)
class LevelClaim:
    """"is holding just above the N-point mark"."""

    id: str
    subject: str
    threshold: Decimal
    level: Decimal


@dataclass(frozen=True)
class StateClaim:
    """"The KOSPI finished modestly lower on Tuesday", or "ending at session highs" (claim "session_high")."""

    id: str
    subject: str
    direction: int
    adverb: str
    weekday: str
    session: dt.date
    claim: str = "direction"  # "direction", "session_high", "session_low"
    layout: str = ""  # "summary_then_move" (one paragraph) or "for_the_day" (the figures in the next one)


@dataclass(frozen=True)
class Headline:
    """A title line over the body: "KOSPI ends higher", "KOSPI ends at 2,531.25", "KOSPI rises 1.25%"."""

    id: str
    subject: str
    direction: int
    shape: str  # "headline_direction", "headline_level" or "headline_percent"
    level: Decimal | None = None
    percent: Decimal | None = None


@dataclass(frozen=True)
class EarningsReport:
    """Current and prior earnings and per-share figures, with a steady share count behind them."""

    id: str
    company: str
    current: Decimal  # billions, 3 decimals
    prior: Decimal
    eps_current: Decimal
    eps_prior: Decimal


@dataclass(frozen=True)
class IndicatorForecast:
    """An expected monthly change and the previous reading, with the comparison word they imply.

    `phrasing` "expected": "is expected to rise 0.6 percent, up from 0.2 percent"; "called": "is seen
    lower by 0.4 percent after falling 0.9 percent" (comparison "after").
    """

    id: str
    indicator: str
    expected: Decimal  # signed
    previous: Decimal  # signed
    comparison: str  # "up from", "down from" or "after"
    phrasing: str = "expected"


GroundFact = SessionMove | MultiSession | LevelClaim | StateClaim | Headline | EarningsReport | IndicatorForecast


# The family of a fact whose kind is written in one phrasing only.
FAMILY_OF_KIND = {"MultiSession": "run_lead", "LevelClaim": "plateau_claim", "EarningsReport": "earnings_sentence"}


@dataclass(frozen=True)
class GeneratedArticle:
    """A consistent wire-style article and everything it states, each figure at its exact span."""

    text: str
    date: dt.date
    facts: tuple[GroundFact, ...]
    figures: tuple[Figure, ...]
    words: tuple[Token, ...] = field(default=())
    families: tuple[str, ...] = field(default=())  # the phrasing families written (see `plans.FAMILIES`)

    def figure(self, key: str) -> Figure | None:
        """The figure written for one fact field, if the article states it."""
        return next((f for f in self.figures if f.key == key), None)

    def word(self, key: str) -> Token | None:
        """The recorded word (verb, weekday, comparison) for one fact field, if written."""
        return next((w for w in self.words if w.key == key), None)

    def fact(self, fact_id: str) -> GroundFact | None:
        """The ground-truth fact with this id ("m0" is always the main index's day)."""
        return next((f for f in self.facts if f.id == fact_id), None)

    def family_of(self, fact_id: str) -> str:
        """The phrasing family of the sentence that states a fact ("" for an unknown id)."""
        fact = self.fact(fact_id)
        if isinstance(fact, SessionMove):
            return fact.style
        if isinstance(fact, Headline):
            return fact.shape
        if isinstance(fact, StateClaim):
            return fact.layout or ("session_highs_suffix" if fact.claim.startswith("session_") else "wall_street_lead")
        if isinstance(fact, IndicatorForecast):
            return f"forecast_{fact.phrasing}"
        return FAMILY_OF_KIND.get(type(fact).__name__, "")
