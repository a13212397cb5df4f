"""Hypothesis strategies for consistent market facts: a session, a run, a week, a stock, a quote.

Inputs are drawn and everything else is derived (a close is prior plus change, a percent is the
change over the prior close correctly rounded), never generated at random and filtered, so every
fact is consistent by construction. Importable without pytest.

Strategies whose arguments are plain values are cached: building and validating a strategy anew for
every draw took a third of the time of generating an article.
"""
from __future__ import annotations

import datetime as dt
from functools import cache
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import strategies as st

from .markets import COMMODITIES, CURRENCIES, INDICATORS, MAIN_MARKETS, SECTOR_INDEXES, Commodity, Currency, companies
from .render import session_weekday
from .templates import COMPARISONS, CURRENCY_VERBS, DAY_STYLES, MODEST_ADVERB, RANGE_STYLES, VERBS, WEEKDAYS, YIELD_VERBS
from .truth import EarningsReport, IndicatorForecast, LevelClaim, MultiSession, SessionMove, StateClaim

HUNDRED = Decimal(100)
# Percent bands per intensity, in hundredths of a percent: slight, plain, strong.
BANDS: dict[str, dict[int, tuple[int, int]]] = {
    "index": {1: (5, 25), 2: (30, 250), 3: (310, 450)},
    "stock": {1: (5, 25), 2: (30, 250), 3: (310, 800)},
    "commodity": {1: (5, 25), 2: (30, 250), 3: (310, 600)},
    "sector": {1: (5, 25), 2: (30, 250), 3: (310, 600)},
}
INTENSITIES = st.sampled_from((1, 2, 2, 2, 3))
DIRECTIONS = st.sampled_from((1, -1))


def rounded(value: Decimal, decimals: int) -> Decimal:
    """Correctly rounded at a reported precision (half away from zero, as wires round)."""
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def percent_change(change: Decimal, prior: Decimal, decimals: int) -> Decimal:
    """change / prior * 100 at the reported precision."""
    return rounded(change / prior * HUNDRED, decimals)


@cache
def quantities(decimals: int = 2, min_value: int = 0, max_value: int = 100_000) -> st.SearchStrategy[Decimal]:
    """Decimals written at exactly `decimals` places, between two whole bounds."""
    unit = 10**decimals
    return st.integers(min_value * unit, max_value * unit).map(lambda n: Decimal(n).scaleb(-decimals))


@cache
def publication_dates(start: dt.date = dt.date(2015, 1, 1),
                      end: dt.date = dt.date(2027, 12, 31)) -> st.SearchStrategy[dt.date]:
    """Weekday publication dates (a weekend day moves to Monday): a morning wrap reports the previous session."""
    return st.dates(start, end).map(lambda d: d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0))


def session_dates() -> st.SearchStrategy[tuple[dt.date, dt.date]]:
    """(publication date, the session it reports): the weekday a wrap may name for "the day"."""
    return publication_dates().map(lambda d: (d, session_weekday(d)))


@cache
@st.composite
def session_moves(draw: st.DrawFn, fact_id: str = "m0", subject: str = "Nikkei 225", subject_type: str = "index",
                  low: int = 30_000, high: int = 60_000, with_range: bool = False,
                  styles: tuple[str, ...] = ("to_finish",), extreme: bool | None = False,
                  range_styles: tuple[str, ...] = RANGE_STYLES, intensity: int | None = None,
                  direction: int | None = None) -> SessionMove:
    """One session: prior close and signed change drawn; close, percent and range derived.

    A move is written in one of `styles`; it closes at the session's high (on a rise) or low (on a
    fall) when `extreme` is True, never when False, one time in four when None (the article then
    says so: "ending at session highs"). `intensity` fixes the verb's size (1 slight, 2, 3 strong),
    `direction` the sign (+1 or -1).
    """
    direction = direction if direction is not None else draw(DIRECTIONS)
    intensity = intensity if intensity is not None else draw(INTENSITIES)
    band_lo, band_hi = BANDS[subject_type][intensity]
    pct_decimals = 2 if intensity == 1 else draw(st.sampled_from((1, 2, 2)))  # "0.1 percent" would hide a slight move
    prior_cents = draw(st.integers(low * 100, high * 100))
    # A jitter of at most half a basis point keeps the percent inside its intensity band.
    jitter = draw(st.integers(0, prior_cents // 20_000))
    change_cents = max(1, prior_cents * draw(st.integers(band_lo, band_hi)) // 10_000 + jitter)
    prior, change = Decimal(prior_cents).scaleb(-2), Decimal(change_cents).scaleb(-2)
    level = prior + direction * change
    lo = hi = None
    range_style = ""
    at_extreme = draw(st.integers(0, 3)) == 0 if extreme is None else extreme
    extreme_side = ("high" if direction > 0 else "low") if at_extreme else ""
    if with_range:
        spread = max(2, prior_cents * 80 // 10_000)
        lo = level - Decimal(0 if extreme_side == "low" else draw(st.integers(1, spread))).scaleb(-2)
        hi = level + Decimal(0 if extreme_side == "high" else draw(st.integers(1, spread))).scaleb(-2)
        range_style = draw(st.sampled_from(range_styles))
    style = draw(st.sampled_from(styles))
    verb = draw(st.sampled_from(VERBS[(direction, intensity)]))
    return SessionMove(fact_id, subject, subject_type, direction, prior, change, level,
                       percent_change(change, prior, pct_decimals), pct_decimals, lo, hi, range_style, verb,
                       intensity, style, extreme_side)


@cache
def sessions(with_range: bool = True) -> st.SearchStrategy[SessionMove]:
    """A session of one of the main indexes at a realistic level."""
    return st.sampled_from(MAIN_MARKETS).flatmap(
        lambda m: session_moves("m0", m.name, "index", m.low, m.high, with_range, DAY_STYLES, extreme=None))


@st.composite
def multi_sessions(draw: st.DrawFn, day: SessionMove, fact_id: str = "run0") -> MultiSession:
    """Back-to-back sessions ending with `day`: the earlier session's move drawn, the run derived."""
    assert day.change is not None and day.level is not None and day.prior is not None
    earlier = Decimal(int(day.prior * 100) * draw(st.integers(50, 200)) // 10_000 + 1).scaleb(-2)
    total = day.change + earlier
    start = day.level - day.direction * total
    exact = total / start * HUNDRED
    decimals = 0 if exact >= Decimal("1.5") else 1
    step = 50 if total >= 1000 else 10 if total >= 100 else 1
    floor = Decimal(int(total // step) * step)
    if floor >= total:
        floor -= step
    return MultiSession(fact_id, day.subject, 2, day.direction, total, floor, rounded(exact, decimals),
                        decimals, day.change, day.level)


def level_claim(day: SessionMove, fact_id: str = "lvl0") -> LevelClaim:
    """"holding just above the N-point mark": the round number just below the close."""
    assert day.level is not None
    step = 10 if day.level >= 10_000 else 5
    threshold = Decimal(int(day.level // step) * step)
    if threshold >= day.level:
        threshold -= step
    return LevelClaim(fact_id, day.subject, threshold, day.level)


def extreme_claim(day: SessionMove, session: dt.date, fact_id: str = "st1") -> StateClaim | None:
    """"ending at session highs" when the close is the high (or "lows" when it is the low)."""
    if not day.extreme:
        return None
    return StateClaim(fact_id, day.subject, day.direction, "", WEEKDAYS[session.weekday()], session,
                      f"session_{day.extreme}")


def state_claim(day: SessionMove, session: dt.date, fact_id: str = "st0") -> StateClaim | None:
    """"finished sharply higher on Wednesday", with the adverb the size of the move allows."""
    assert day.percent is not None
    if day.intensity == 1 or day.percent < Decimal("0.3"):
        return None
    adverb = "sharply" if day.percent >= 2 else MODEST_ADVERB if day.percent < Decimal("0.8") else ""
    return StateClaim(fact_id, day.subject, day.direction, adverb, WEEKDAYS[session.weekday()], session)


@cache
@st.composite
def percent_moves(draw: st.DrawFn, fact_id: str, subject: str, subject_type: str = "stock", style: str = "",
                  intensity: int | None = None) -> SessionMove:
    """A move stated only as a percent (an active stock, a sector index), with a verb that fits it."""
    direction = draw(DIRECTIONS)
    intensity = intensity if intensity is not None else draw(INTENSITIES)
    band_lo, band_hi = BANDS[subject_type][intensity]
    decimals = 2 if intensity == 1 or subject_type == "stock" else draw(st.sampled_from((1, 2)))
    percent = rounded(Decimal(draw(st.integers(band_lo, band_hi))).scaleb(-2), decimals)
    verb = draw(st.sampled_from(VERBS[(direction, intensity)]))
    return SessionMove(fact_id, subject, subject_type, direction, None, None, None, percent, decimals, verb=verb,
                       intensity=intensity, style=style)


@cache
@st.composite
def actives(draw: st.DrawFn, country: str = "Japan", min_size: int = 2, max_size: int = 6,
            style: str = "actives_list", intensity: int | None = None) -> list[SessionMove]:
    """Distinct companies of one country, each with a percent move and a verb that fits it."""
    names = draw(st.lists(st.sampled_from(companies()[country]), min_size=min_size, max_size=max_size, unique=True))
    return [draw(percent_moves(f"a{i}", name, style=style, intensity=intensity)) for i, name in enumerate(names)]


@cache
def sector_index_moves(fact_id: str = "s0", intensity: int | None = None) -> st.SearchStrategy[SessionMove]:
    """A sector index's percent move: "the Philadelphia Semiconductor Index sliding by 2.4 percent"."""
    return st.sampled_from([name for name, _ in SECTOR_INDEXES]).flatmap(
        lambda name: percent_moves(fact_id, name, "sector", "sector_sentence", intensity))


@cache
@st.composite
def currency_moves(draw: st.DrawFn, fact_id: str = "x0", currency: Currency | None = None) -> SessionMove:
    """A currency's move from its prior quote, with the verb its quoting convention implies.

    `direction` is the currency's strength: a yen that weakens goes from 149.80 to 150.25 per dollar.
    """
    cur = currency if currency is not None else draw(st.sampled_from(CURRENCIES))
    unit = Decimal(1).scaleb(-cur.decimals)
    prior_units = draw(st.integers(int(cur.low / unit), int(cur.high / unit)))
    step = draw(st.integers(1, max(1, prior_units // 200)))  # at most half a percent
    figure_way = draw(DIRECTIONS)
    prior, level = prior_units * unit, (prior_units + figure_way * step) * unit
    direction = -figure_way if cur.per_dollar else figure_way
    return SessionMove(fact_id, cur.name, "currency", direction, prior, None, level, None, 0,
                       verb=draw(st.sampled_from(CURRENCY_VERBS[direction])), style="currency_quotes")


@cache
def commodity_moves(fact_id: str = "c0", style: str = "commodity_to_level",
                    intensity: int | None = None) -> st.SearchStrategy[SessionMove]:
    """A futures price move in dollars a barrel or an ounce, in the phrasing `style`."""
    def move(c: Commodity) -> st.SearchStrategy[SessionMove]:
        return session_moves(fact_id, c.name, "commodity", c.low, c.high, styles=(style,), intensity=intensity)
    return st.sampled_from(COMMODITIES).flatmap(move)


@cache
@st.composite
def priced_stocks(draw: st.DrawFn, country: str, low: int, high: int, min_size: int = 2,
                  max_size: int = 5) -> list[SessionMove]:
    """Distinct companies with a full session each (change, percent, close): the bullets of a movers list."""
    names = draw(st.lists(st.sampled_from(companies()[country]), min_size=min_size, max_size=max_size, unique=True))
    return [draw(session_moves(f"b{i}", name, "stock", low, high, styles=("bullets",), intensity=2))
            for i, name in enumerate(names)]


@st.composite
def weekly_moves(draw: st.DrawFn, day: SessionMove, style: str = "for_the_week", fact_id: str = "w0") -> SessionMove:
    """The week to the day's close: the week's own prior close drawn, its change and percent derived.

    A week's direction and size are free of the day's (the earlier sessions may have moved the other
    way); the change is never the day's own, so the two cannot be read as one statement.
    """
    assert day.level is not None and day.change is not None and day.prior is not None
    direction = draw(DIRECTIONS)
    level_cents = int(day.level * 100)
    change_cents = max(1, level_cents * draw(st.integers(30, 500)) // 10_000 + draw(st.integers(0, 99)))
    change = Decimal(change_cents).scaleb(-2)
    if change == day.change:
        change += Decimal("0.11")
    prior = day.level - direction * change
    return SessionMove(fact_id, day.subject, day.subject_type, direction, prior, change, day.level,
                       percent_change(change, prior, 2), 2, verb=draw(st.sampled_from(VERBS[(direction, 2)])),
                       style=style, level_of=day.id, period="week")


@cache
@st.composite
def yield_moves(draw: st.DrawFn, fact_id: str = "y0") -> SessionMove:
    """The 10-year yield's move in basis points to its new level in percent."""
    direction = draw(DIRECTIONS)
    prior = Decimal(draw(st.integers(50, 550))).scaleb(-2)
    bp = Decimal(draw(st.integers(2, 15)))  # "1 basis point" is singular
    level = prior + direction * bp / HUNDRED
    return SessionMove(fact_id, "10-year yield", "yield", direction, prior, bp, level, None, 0,
                       verb=draw(st.sampled_from(YIELD_VERBS[direction])), style="yield_sentence")


@cache
@st.composite
def earnings(draw: st.DrawFn, company: str = "Nvidia", fact_id: str = "e0") -> EarningsReport:
    """Earnings and EPS this year and last, from a share count that drifts by at most 3 percent."""
    shares = Decimal(draw(st.integers(1_000, 30_000))).scaleb(-3)  # billions
    drift = Decimal(draw(st.integers(-300, 300))).scaleb(-4)
    eps_now = Decimal(draw(st.integers(50, 900))).scaleb(-2)
    eps_then = Decimal(draw(st.integers(50, 900))).scaleb(-2)
    return EarningsReport(fact_id, company, rounded(eps_now * shares, 3),
                          rounded(eps_then * shares * (1 + drift), 3), eps_now, eps_then)


@cache
@st.composite
def forecasts(draw: st.DrawFn, fact_id: str = "f0", phrasing: str | None = None) -> IndicatorForecast:
    """An expected monthly change and the previous one, never equal: "expected to rise 0.6 percent, up
    from 0.2 percent" or "seen lower by 0.4 percent after falling 0.9 percent" (`phrasing` "expected"
    or "called", drawn when None)."""
    indicator = draw(st.sampled_from(INDICATORS))
    if phrasing == "called" or (phrasing is None and draw(st.booleans())):
        expected = draw(st.sampled_from([e for e in range(-9, 10) if e != 0]))
        previous = draw(st.sampled_from([p for p in range(-15, 16) if p not in (0, expected)]))
        return IndicatorForecast(fact_id, indicator, Decimal(expected).scaleb(-1), Decimal(previous).scaleb(-1),
                                 "after", "called")
    previous = draw(st.integers(1, 9))
    expected = draw(st.sampled_from([e for e in range(-9, 10) if e not in (0, previous)]))
    comparison = COMPARISONS[1 if expected > previous else -1]
    return IndicatorForecast(fact_id, indicator, Decimal(expected).scaleb(-1), Decimal(previous).scaleb(-1),
                             comparison)
