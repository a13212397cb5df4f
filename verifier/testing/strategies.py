"""Hypothesis strategies that build consistent market facts and render them as wire-style articles.

Inputs are drawn and everything else is derived (a close is prior plus change, a percent is the
change over the prior close correctly rounded), never generated at random and filtered, so every
example is consistent by construction. Importable without pytest.
"""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from hypothesis import strategies as st

from .markets import COMMODITIES, INDICATORS, MAIN_MARKETS, US_MARKETS, Commodity, Market, companies
from .render import (
    ACTIVE_TEMPLATE, COMMODITY_TEMPLATE, COMPARISONS, EARNINGS_TEMPLATES, FINISH_WORDS, FORECAST_TEMPLATES,
    FORECAST_VERBS, HIGHER, LEVEL_TEMPLATE, MODEST_ADVERB, MOVE_TEMPLATE, RANGE_STYLES, RANGE_TEMPLATES,
    RUN_TEMPLATE, RUN_VERBS, STATE_TEMPLATE, VERBS, WEEKDAYS, YIELD_TEMPLATE, YIELD_VERBS, Builder, Num, Word,
    join_clauses, month_name, session_weekday,
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
                  low: int = 30_000, high: int = 60_000, with_range: bool = False) -> SessionMove:
    """One session: prior close and signed change drawn; close, percent and range derived."""
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
    style = ""
    if with_range:
        spread = max(2, prior_cents * 80 // 10_000)
        lo = level - Decimal(draw(st.integers(1, spread))).scaleb(-2)
        hi = level + Decimal(draw(st.integers(1, spread))).scaleb(-2)
        style = draw(st.sampled_from(RANGE_STYLES))
    verb = draw(st.sampled_from(VERBS[(direction, intensity)]))
    return SessionMove(fact_id, subject, subject_type, direction, prior, change, level,
                       percent_change(change, prior, pct_decimals), pct_decimals, lo, hi, style, verb, intensity)


def sessions(with_range: bool = True) -> st.SearchStrategy[SessionMove]:
    """A session of one of the main indexes at a realistic level."""
    return st.sampled_from(MAIN_MARKETS).flatmap(
        lambda m: session_moves("m0", m.name, "index", m.low, m.high, with_range))


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


def state_claim(day: SessionMove, session: dt.date, fact_id: str = "st0") -> StateClaim | None:
    """"finished sharply higher on Wednesday", with the adverb the size of the move allows."""
    assert day.percent is not None
    if day.intensity == 1 or day.percent < Decimal("0.3"):
        return None
    adverb = "sharply" if day.percent >= 2 else MODEST_ADVERB if day.percent < Decimal("0.8") else ""
    return StateClaim(fact_id, day.subject, day.direction, adverb, WEEKDAYS[session.weekday()], session)


@st.composite
def actives(draw: st.DrawFn, country: str = "Japan", min_size: int = 2, max_size: int = 6) -> list[SessionMove]:
    """Distinct companies of one country, each with a percent move and a verb that fits it."""
    names = draw(st.lists(st.sampled_from(companies()[country]), min_size=min_size, max_size=max_size, unique=True))
    moves = []
    for i, name in enumerate(names):
        direction, intensity = draw(DIRECTIONS), draw(INTENSITIES)
        band_lo, band_hi = BANDS["stock"][intensity]
        percent = Decimal(draw(st.integers(band_lo, band_hi))).scaleb(-2)
        verb = draw(st.sampled_from(VERBS[(direction, intensity)]))
        moves.append(SessionMove(f"a{i}", name, "stock", direction, None, None, None, percent, 2, verb=verb,
                                 intensity=intensity))
    return moves


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
    bp = Decimal(draw(st.integers(1, 15)))
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
    """An expected monthly change and the previous one, never equal, with "up from" or "down from"."""
    previous = draw(st.integers(1, 9))
    expected = draw(st.sampled_from([e for e in range(-9, 10) if e not in (0, previous)]))
    comparison = COMPARISONS[1 if expected > previous else -1]
    return IndicatorForecast(fact_id, draw(st.sampled_from(INDICATORS)), Decimal(expected).scaleb(-1),
                             Decimal(previous).scaleb(-1), comparison)


def _move_slots(m: SessionMove, subject: str, finish: str) -> dict[str, object]:
    assert m.change is not None and m.percent is not None and m.level is not None
    return {"subject": subject, "verb": Word(f"{m.id}.verb", m.verb), "finish": finish,
            "change": Num(f"{m.id}.change", m.change, 2, "points"),
            "percent": Num(f"{m.id}.percent", m.percent, m.percent_decimals, "percent"),
            "level": Num(f"{m.id}.level", m.level, 2, "points")}


def _write_move(b: Builder, m: SessionMove, subject: str, finish: str) -> None:
    template, slots = MOVE_TEMPLATE, _move_slots(m, subject, finish)
    if m.low is not None and m.high is not None:
        template += RANGE_TEMPLATES[RANGE_STYLES.index(m.range_style)]
        slots["low"] = Num(f"{m.id}.low", m.low, 2, "points")
        slots["high"] = Num(f"{m.id}.high", m.high, 2, "points")
    b.fill(template + ".", slots)  # type: ignore[arg-type]


def _write_run(draw: st.DrawFn, b: Builder, market: Market, day: SessionMove) -> list:
    """The lead: a back-to-back run, and sometimes the plateau the index now sits above."""
    run = draw(multi_sessions(day))
    b.fill(RUN_TEMPLATE, {"country": market.country, "way": Word("run0.way", HIGHER[run.direction]),
                          "verb": Word("run0.verb", draw(st.sampled_from(RUN_VERBS[run.direction]))),
                          "floor": Num("run0.floor", run.floor, 0, "points"),
                          "percent": Num("run0.percent", run.percent, run.percent_decimals, "percent")})
    if not draw(st.booleans()):
        return [run]
    claim = level_claim(day)
    b.write(" ")
    b.fill(LEVEL_TEMPLATE, {"name": market.name,
                            "threshold": Num("lvl0.threshold", claim.threshold, 0, "points")})
    return [run, claim]


def _write_actives(draw: st.DrawFn, b: Builder, market: Market) -> list:
    stocks = draw(actives(market.country))
    b.write("\n\nAmong the actives, ")
    join_clauses(b, [(ACTIVE_TEMPLATE, {"company": s.subject, "verb": Word(f"{s.id}.verb", s.verb),
                                        "percent": Num(f"{s.id}.percent", s.percent, 2, "percent")})
                     for s in stocks], ", while ", " and ")
    b.write(".")
    return stocks


def _write_wall_street(draw: st.DrawFn, b: Builder) -> list:
    trio = [draw(session_moves(f"u{i}", m.name, "index", m.low, m.high)) for i, (m, _) in enumerate(US_MARKETS)]
    b.write("\n\n")
    join_clauses(b, [(MOVE_TEMPLATE, _move_slots(m, ("The " if i == 0 else "the ") + m.subject, finish))
                     for i, (m, (_, finish)) in enumerate(zip(trio, US_MARKETS))], ", while ", " and ")
    b.write(".")
    return trio


def _write_commodity(draw: st.DrawFn, b: Builder, date: dt.date) -> list:
    c = draw(commodity_moves())
    assert c.change is not None and c.level is not None and c.percent is not None
    b.write("\n\n")
    b.fill(COMMODITY_TEMPLATE, {"name": c.subject, "month": month_name(date, draw(st.integers(1, 2))),
                                "verb": Word("c0.verb", c.verb),
                                "per": next(x.per for x in COMMODITIES if x.name == c.subject),
                                "change": Num("c0.change", c.change, 2, "USD"),
                                "percent": Num("c0.percent", c.percent, c.percent_decimals, "percent"),
                                "level": Num("c0.level", c.level, 2, "USD")})
    return [c]


def _write_yield(draw: st.DrawFn, b: Builder) -> list:
    y = draw(yield_moves())
    assert y.change is not None and y.level is not None
    b.write("\n\n")
    b.fill(YIELD_TEMPLATE, {"verb": Word("y0.verb", y.verb),
                            "change": Num("y0.change", y.change, 0, "basis_points"),
                            "level": Num("y0.level", y.level, 2, "percent")})
    return [y]


def _write_earnings(draw: st.DrawFn, b: Builder) -> list:
    e = draw(earnings(draw(st.sampled_from(companies()["U.S."]))))
    b.write("\n\n")
    b.fill(EARNINGS_TEMPLATES[0], {"company": e.company})
    b.write(" ")
    b.fill(EARNINGS_TEMPLATES[1], {"current": Num("e0.current", e.current, 3, "USD"),
                                   "eps_current": Num("e0.eps_current", e.eps_current, 2, "USD"),
                                   "prior": Num("e0.prior", e.prior, 3, "USD"),
                                   "eps_prior": Num("e0.eps_prior", e.eps_prior, 2, "USD")})
    return [e]


def _write_forecast(draw: st.DrawFn, b: Builder, market: Market, date: dt.date) -> list:
    f = draw(forecasts())
    b.write("\n\n")
    b.fill(FORECAST_TEMPLATES[0], {"country": market.country, "month": month_name(date, -1), "indicator": f.indicator})
    b.write(" ")
    b.fill(FORECAST_TEMPLATES[1], {"short": f.indicator, "verb": FORECAST_VERBS[1 if f.expected > 0 else -1],
                                   "expected": Num("f0.expected", f.expected, 1, "percent"),
                                   "comparison": Word("f0.comparison", f.comparison),
                                   "previous": Num("f0.previous", f.previous, 1, "percent"),
                                   "previous_month": month_name(date, -2)})
    return [f]


@st.composite
def articles(draw: st.DrawFn, dates: st.SearchStrategy[dt.date] | None = None) -> GeneratedArticle:
    """A consistent market wrap: the main index's day, then any of actives, Wall Street, commodities,
    the 10-year yield, earnings and the calendar; with every fact and the span of every figure."""
    date = draw(dates if dates is not None else publication_dates())
    market: Market = draw(st.sampled_from(MAIN_MARKETS))
    day = draw(session_moves("m0", market.name, "index", market.low, market.high, with_range=draw(st.booleans())))
    facts: list = [day]
    b = Builder()
    b.write(f"{market.city} - ")
    if draw(st.booleans()):
        facts += _write_run(draw, b, market, day)
        b.write("\n\n")
    state = state_claim(day, session_weekday(date)) if draw(st.booleans()) else None
    if state is not None:
        facts.append(state)
        b.fill(STATE_TEMPLATE, {"subject": market.short, "adverb": f"{state.adverb} " if state.adverb else "",
                                "way": Word("st0.way", HIGHER[state.direction]), "day": Word("st0.day", state.weekday)})
        b.write(" ")
    # "the index" only right after a sentence naming it, so the subject is never ambiguous.
    _write_move(b, day, "For the day, the index" if state is not None else f"The {market.name}",
                draw(st.sampled_from(FINISH_WORDS)))
    if draw(st.booleans()):
        facts += _write_actives(draw, b, market)
    if draw(st.booleans()):
        facts += _write_wall_street(draw, b)
    if draw(st.booleans()):
        facts += _write_commodity(draw, b, date)
    if draw(st.booleans()):
        facts += _write_yield(draw, b)
    if draw(st.booleans()):
        facts += _write_earnings(draw, b)
    if draw(st.booleans()):
        facts += _write_forecast(draw, b, market, date)
    b.write("\n")
    return GeneratedArticle(b.text, date, tuple(facts), tuple(b.figures), tuple(b.words))
