"""Hypothesis strategies that build consistent market facts and render them as wire-style articles.

Inputs are drawn and everything else is derived (a close is prior plus change, a percent is the
change over the prior close correctly rounded), never generated at random and filtered, so every
example is consistent by construction. Importable without pytest.
"""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import strategies as st

from . import paragraphs
from .markets import (
    COMMODITIES, CURRENCIES, INDICATORS, MAIN_MARKETS, SECTOR_INDEXES, US_MARKETS, Commodity, Currency, Market,
    companies,
)
from .render import (
    COMPARISONS, CURRENCY_VERBS, FINISH_WORDS, MODEST_ADVERB, MOVE_STYLES, RANGE_STYLES, RUN_VERBS, VERBS, WEEKDAYS,
    YIELD_VERBS, Builder, session_weekday,
)
from .truth import (
    EarningsReport, GeneratedArticle, IndicatorForecast, LevelClaim, MultiSession, SessionMove, StateClaim,
)

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


def quantities(decimals: int = 2, min_value: int = 0, max_value: int = 100_000) -> st.SearchStrategy[Decimal]:
    """Decimals written at exactly `decimals` places, between two whole bounds."""
    unit = 10**decimals
    return st.integers(min_value * unit, max_value * unit).map(lambda n: Decimal(n).scaleb(-decimals))


def publication_dates(start: dt.date = dt.date(2015, 1, 1),
                      end: dt.date = dt.date(2027, 12, 31)) -> st.SearchStrategy[dt.date]:
    """Weekday publication dates (a weekend day moves to Monday): a morning wrap reports the previous session."""
    return st.dates(start, end).map(lambda d: d + dt.timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0))


def session_dates() -> st.SearchStrategy[tuple[dt.date, dt.date]]:
    """(publication date, the session it reports): the weekday a wrap may name for "the day"."""
    return publication_dates().map(lambda d: (d, session_weekday(d)))


@st.composite
def session_moves(draw: st.DrawFn, fact_id: str = "m0", subject: str = "Nikkei 225", subject_type: str = "index",
                  low: int = 30_000, high: int = 60_000, with_range: bool = False,
                  styles: tuple[str, ...] = ("to_finish",), extremes: bool = False) -> SessionMove:
    """One session: prior close and signed change drawn; close, percent and range derived.

    A plain move may be written in any of `styles`; sometimes it closes at the session's high (on a
    rise) or low (on a fall), which the article then says ("ending at session highs").
    """
    direction, intensity = draw(DIRECTIONS), draw(INTENSITIES)
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
    extreme = ("high" if direction > 0 else "low") if extremes and draw(st.integers(0, 3)) == 0 else ""
    if with_range:
        spread = max(2, prior_cents * 80 // 10_000)
        lo = level - Decimal(0 if extreme == "low" else draw(st.integers(1, spread))).scaleb(-2)
        hi = level + Decimal(0 if extreme == "high" else draw(st.integers(1, spread))).scaleb(-2)
        range_style = draw(st.sampled_from(RANGE_STYLES))
    style = draw(st.sampled_from(styles)) if intensity == 2 else "to_finish"  # "ended up" is a plain verb
    verb = draw(st.sampled_from(VERBS[(direction, intensity)]))
    return SessionMove(fact_id, subject, subject_type, direction, prior, change, level,
                       percent_change(change, prior, pct_decimals), pct_decimals, lo, hi, range_style, verb,
                       intensity, style, extreme)


def sessions(with_range: bool = True) -> st.SearchStrategy[SessionMove]:
    """A session of one of the main indexes at a realistic level."""
    return st.sampled_from(MAIN_MARKETS).flatmap(
        lambda m: session_moves("m0", m.name, "index", m.low, m.high, with_range, MOVE_STYLES, extremes=True))


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
    """"just above the N-point plateau": the round number just below the close."""
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


@st.composite
def percent_moves(draw: st.DrawFn, fact_id: str, subject: str, subject_type: str = "stock") -> SessionMove:
    """A move stated only as a percent (an active stock, a sector index), with a verb that fits it."""
    direction, intensity = draw(DIRECTIONS), draw(INTENSITIES)
    band_lo, band_hi = BANDS[subject_type][intensity]
    decimals = 2 if intensity == 1 or subject_type == "stock" else draw(st.sampled_from((1, 2)))
    percent = rounded(Decimal(draw(st.integers(band_lo, band_hi))).scaleb(-2), decimals)
    verb = draw(st.sampled_from(VERBS[(direction, intensity)]))
    return SessionMove(fact_id, subject, subject_type, direction, None, None, None, percent, decimals, verb=verb,
                       intensity=intensity)


@st.composite
def actives(draw: st.DrawFn, country: str = "Japan", min_size: int = 2, max_size: int = 6) -> list[SessionMove]:
    """Distinct companies of one country, each with a percent move and a verb that fits it."""
    names = draw(st.lists(st.sampled_from(companies()[country]), min_size=min_size, max_size=max_size, unique=True))
    return [draw(percent_moves(f"a{i}", name)) for i, name in enumerate(names)]


def sector_index_moves(fact_id: str = "s0") -> st.SearchStrategy[SessionMove]:
    """A sector index's percent move: "the Dow Jones U.S. Software Index spiking by 3.1 percent"."""
    return st.sampled_from([name for name, _ in SECTOR_INDEXES]).flatmap(
        lambda name: percent_moves(fact_id, name, "sector"))


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
                       verb=draw(st.sampled_from(CURRENCY_VERBS[direction])))


def commodity_moves(fact_id: str = "c0") -> st.SearchStrategy[SessionMove]:
    """A futures price move in dollars a barrel or an ounce."""
    def move(c: Commodity) -> st.SearchStrategy[SessionMove]:
        return session_moves(fact_id, c.name, "commodity", c.low, c.high)
    return st.sampled_from(COMMODITIES).flatmap(move)


@st.composite
def yield_moves(draw: st.DrawFn, fact_id: str = "y0") -> SessionMove:
    """The 10-year yield's move in basis points to its new level in percent."""
    direction = draw(DIRECTIONS)
    prior = Decimal(draw(st.integers(50, 550))).scaleb(-2)
    bp = Decimal(draw(st.integers(2, 15)))  # "1 basis point" is singular
    level = prior + direction * bp / HUNDRED
    return SessionMove(fact_id, "10-year yield", "yield", direction, prior, bp, level, None, 0,
                       verb=draw(st.sampled_from(YIELD_VERBS[direction])))


@st.composite
def earnings(draw: st.DrawFn, company: str = "Nvidia", fact_id: str = "e0") -> EarningsReport:
    """Earnings and EPS this year and last, from a share count that drifts by at most 3 percent."""
    shares = Decimal(draw(st.integers(1_000, 30_000))).scaleb(-3)  # billions
    drift = Decimal(draw(st.integers(-300, 300))).scaleb(-4)
    eps_now = Decimal(draw(st.integers(50, 900))).scaleb(-2)
    eps_then = Decimal(draw(st.integers(50, 900))).scaleb(-2)
    return EarningsReport(fact_id, company, rounded(eps_now * shares, 3),
                          rounded(eps_then * shares * (1 + drift), 3), eps_now, eps_then)


@st.composite
def forecasts(draw: st.DrawFn, fact_id: str = "f0") -> IndicatorForecast:
    """An expected monthly change and the previous one, never equal: "expected to rise 0.3 percent, up
    from 0.1 percent" or "called lower by 0.4 percent after slipping 1.0 percent"."""
    indicator = draw(st.sampled_from(INDICATORS))
    if draw(st.booleans()):
        expected = draw(st.sampled_from([e for e in range(-9, 10) if e != 0]))
        previous = draw(st.sampled_from([p for p in range(-15, 16) if p not in (0, expected)]))
        return IndicatorForecast(fact_id, indicator, Decimal(expected).scaleb(-1), Decimal(previous).scaleb(-1),
                                 "after", "called")
    previous = draw(st.integers(1, 9))
    expected = draw(st.sampled_from([e for e in range(-9, 10) if e not in (0, previous)]))
    comparison = COMPARISONS[1 if expected > previous else -1]
    return IndicatorForecast(fact_id, indicator, Decimal(expected).scaleb(-1), Decimal(previous).scaleb(-1),
                             comparison)




@st.composite
def articles(draw: st.DrawFn, dates: st.SearchStrategy[dt.date] | None = None) -> GeneratedArticle:
    """A consistent market wrap: the main index's day, then any of actives, Wall Street, a sector index,
    currencies, commodities, the 10-year yield, earnings and the calendar; with every fact and the span
    of every figure."""
    date = draw(dates if dates is not None else publication_dates())
    session = session_weekday(date)
    market: Market = draw(st.sampled_from(MAIN_MARKETS))
    day = draw(session_moves("m0", market.name, "index", market.low, market.high, with_range=draw(st.booleans()),
                             styles=MOVE_STYLES, extremes=True))
    facts: list = [day]
    b = Builder()
    b.write(f"{market.city} - ")
    if draw(st.booleans()):
        run = draw(multi_sessions(day))
        claim = level_claim(day) if draw(st.booleans()) else None
        paragraphs.write_run(b, market, run, draw(st.sampled_from(RUN_VERBS[run.direction])), claim)
        facts += [run, claim] if claim is not None else [run]
        b.write("\n\n")
    state = state_claim(day, session) if draw(st.booleans()) else None
    if state is not None:
        facts.append(state)
        paragraphs.write_state(b, state, market.short)
        b.write(" ")
    # "the index" only right after a sentence naming it, so the subject is never ambiguous.
    paragraphs.write_move(b, day, "For the day, the index" if state is not None else f"The {market.name}",
                          draw(st.sampled_from(FINISH_WORDS)))
    extreme = extreme_claim(day, session)
    facts += [extreme] if extreme is not None else []
    if draw(st.booleans()):
        stocks = draw(actives(market.country))
        paragraphs.write_actives(draw, b, stocks)
        facts += stocks
    if draw(st.booleans()):
        facts += _wall_street(draw, b, session)
    if draw(st.booleans()):
        sector = draw(sector_index_moves())
        paragraphs.write_sector_index(draw, b, sector)
        facts.append(sector)
    if draw(st.booleans()):
        picked = draw(st.lists(st.sampled_from(CURRENCIES), min_size=1, max_size=2, unique=True))
        moves = [draw(currency_moves(f"x{i}", cur)) for i, cur in enumerate(picked)]
        paragraphs.write_currencies(b, moves)
        facts += moves
    if draw(st.booleans()):
        commodity = draw(commodity_moves())
        paragraphs.write_commodity(draw, b, commodity, date)
        facts.append(commodity)
    if draw(st.booleans()):
        bond = draw(yield_moves())
        paragraphs.write_yield(b, bond)
        facts.append(bond)
    if draw(st.booleans()):
        report = draw(earnings(draw(st.sampled_from(companies()["U.S."]))))
        paragraphs.write_earnings(b, report)
        facts.append(report)
    if draw(st.booleans()):
        forecast = draw(forecasts())
        paragraphs.write_forecast(draw, b, forecast, market, date)
        facts.append(forecast)
    b.write("\n")
    return GeneratedArticle(b.text, date, tuple(facts), tuple(b.figures), tuple(b.words))


def _wall_street(draw: st.DrawFn, b: Builder, session: dt.date) -> list:
    """The trio's day; "Wall Street closed higher on Wednesday" first when all three moved one way."""
    trio = [draw(session_moves(f"u{i}", m.name, "index", m.low, m.high, styles=MOVE_STYLES))
            for i, (m, _) in enumerate(US_MARKETS)]
    ways = {m.direction for m in trio}
    lead = None
    if len(ways) == 1 and draw(st.booleans()):
        lead = StateClaim("ws0", "Dow", ways.pop(), "", WEEKDAYS[session.weekday()], session)
    paragraphs.write_wall_street(draw, b, trio, lead)
    return [*trio, lead] if lead is not None else trio
