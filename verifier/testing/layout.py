"""A whole generated wrap: a plan drawn, its facts drawn, each part written in its planned phrasing.

`articles()` is the strategy tests and benchmarks use (re-exported by `strategies`); the families
actually written are recorded on the article, since a plan may ask for a part the facts cannot carry
(a slight day has no "finished sharply higher" summary).
"""
from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from . import paragraphs, sections
from .draws import (
    DIRECTIONS, actives, commodity_moves, currency_moves, earnings, extreme_claim, forecasts, level_claim, multi_sessions,
    priced_stocks, publication_dates, sector_index_moves, session_moves, state_claim, weekly_moves, yield_moves,
)
from .markets import CURRENCIES, DEFAULT_STOCK_PRICES, MAIN_MARKETS, STOCK_PRICES, US_MARKETS, Market, companies
from .plans import FLAG_FAMILIES, WORD_FAMILIES, Plan, plans as all_plans
from .render import Builder, session_weekday
from .templates import CLAUSE_STYLES, FINISH_WORDS, HIGHER, RUN_VERBS, WEEKDAYS
from .truth import GeneratedArticle, Headline, SessionMove, StateClaim


def next_monday(date: dt.date) -> dt.date:
    """The Monday on or after a date: a wrap that sums up the week reports a Friday session."""
    return date + dt.timedelta(days=(7 - date.weekday()) % 7)


@st.composite
def articles(draw: st.DrawFn, dates: st.SearchStrategy[dt.date] | None = None,
             plans: st.SearchStrategy[Plan] | None = None) -> GeneratedArticle:
    """A consistent market wrap: the main index's day, then any of actives or a movers list, Wall Street,
    a sector index, currencies, a commodity, the 10-year yield, earnings and the calendar; each part in a
    phrasing family of its plan, with every fact and the span of every figure."""
    plan = draw(plans if plans is not None else all_plans())
    date = draw(dates if dates is not None else publication_dates())
    if plan.weekly:
        date = next_monday(date)
    session = session_weekday(date)
    weekday = WEEKDAYS[session.weekday()]
    market: Market = draw(st.sampled_from(MAIN_MARKETS))
    slight = 1 if plan.slight else None
    # "ending at session highs" is checked against a stated high, so an extreme comes with a range.
    range_style = plan.range or ("between" if plan.extreme else "")
    day = draw(session_moves("m0", market.name, "index", market.low, market.high, with_range=bool(range_style),
                             styles=(plan.day_style,), extreme=plan.extreme, range_styles=(range_style or "between",),
                             intensity=slight))
    facts: list = [day]
    written = [plan.day_style, WORD_FAMILIES[plan.percent_word]] + (["slight_moves"] if plan.slight else [])
    written += [range_style] if range_style else []
    written = list(dict.fromkeys(written))
    b = Builder(plan.percent_word)
    if plan.headline:
        head = Headline("hd0", market.short, day.direction, plan.headline, day.level, day.percent)
        paragraphs.write_headline(draw, b, head, market.short)
        facts.append(head)
        written.append(plan.headline)
    b.write(f"{market.city} - ")
    run = draw(multi_sessions(day)) if plan.run else None
    claim = level_claim(day) if plan.level_claim else None
    if run is not None or claim is not None:
        paragraphs.write_run(b, market, run, draw(st.sampled_from(RUN_VERBS[day.direction])), claim)
        facts += [f for f in (run, claim) if f is not None]
        written += ["run_lead"] * (run is not None) + ["plateau_claim"] * (claim is not None)
        b.write("\n\n")
    state = state_claim(day, session) if plan.state else None
    if state is not None:
        state = StateClaim(state.id, state.subject, state.direction, state.adverb, state.weekday, state.session,
                           layout=plan.state)
        facts.append(state)
        written.append(plan.state)
        paragraphs.write_state(b, state, market.short)
    week = draw(weekly_moves(day, plan.weekly)) if plan.weekly else None
    paragraphs.write_day(draw, b, day, _day_subject(draw, plan, market, state), draw(st.sampled_from(FINISH_WORDS)),
                         weekday, week)
    if week is not None:
        facts.append(week)
        written.append(week.style)
        if week.style == "for_the_week":
            b.write(" ")
            paragraphs.write_week(b, week)
    extreme = extreme_claim(day, session)
    facts += [extreme] if extreme is not None else []
    written += ["session_highs_suffix"] if extreme is not None else []
    facts += _sections(draw, b, plan, market, date, session, written)
    b.write("\n")
    return GeneratedArticle(b.text, date, tuple(facts), tuple(b.figures), tuple(b.words),
                            tuple(dict.fromkeys(written)))


def _day_subject(draw: st.DrawFn, plan: Plan, market: Market, state: StateClaim | None) -> str:
    """"The Nikkei 225"; "The index" or "For the day, the index" after a summary naming it (so the subject
    is never ambiguous); never "For the day" before "On Friday, ..."."""
    if state is None:
        return f"The {market.name}"
    if plan.day_style == "weekday_lead":
        return "The index"
    if state.layout == "for_the_day":
        return "For the day, the index"
    return draw(st.sampled_from(("The index", "For the day, the index")))


def _sections(draw: st.DrawFn, b: Builder, plan: Plan, market: Market, date: dt.date, session: dt.date,
              written: list[str]) -> list:
    """The parts after the main index's day, in the order wires print them."""
    slight = 1 if plan.slight else None
    facts: list = []
    if plan.actives == "bullets":
        low, high = STOCK_PRICES.get(market.country, DEFAULT_STOCK_PRICES)
        stocks = draw(priced_stocks(market.country, low, high))
        sections.write_bullets(draw, b, stocks, market.short, market.country)
    elif plan.actives:
        stocks = draw(actives(market.country, style=plan.actives, intensity=slight))
        sections.write_actives(draw, b, stocks)
    if plan.actives:
        facts += stocks
        written.append(plan.actives)
    if plan.wall_street:
        trio = _wall_street(draw, b, session, slight, plan.wall_street == "wall_street_lead")
        facts += trio
        written += [plan.wall_street, *(m.style for m in trio if isinstance(m, SessionMove))]
    if plan.sector:
        sector = draw(sector_index_moves(intensity=slight))
        sections.write_sector_index(draw, b, sector)
        facts.append(sector)
        written.append(FLAG_FAMILIES["sector"])
    if plan.currencies:
        picked = draw(st.lists(st.sampled_from(CURRENCIES), min_size=1, max_size=2, unique=True))
        moves = [draw(currency_moves(f"x{i}", cur)) for i, cur in enumerate(picked)]
        sections.write_currencies(b, moves)
        facts += moves
        written.append(FLAG_FAMILIES["currencies"])
    if plan.commodity:
        commodity = draw(commodity_moves(style=plan.commodity, intensity=slight))
        sections.write_commodity(draw, b, commodity, date)
        facts.append(commodity)
        written.append(plan.commodity)
    if plan.bond:
        bond = draw(yield_moves())
        sections.write_yield(b, bond)
        facts.append(bond)
        written.append(FLAG_FAMILIES["bond"])
    if plan.earnings:
        report = draw(earnings(draw(st.sampled_from(companies()["U.S."]))))
        sections.write_earnings(b, report)
        facts.append(report)
        written.append(FLAG_FAMILIES["earnings"])
    if plan.forecast:
        forecast = draw(forecasts(phrasing=plan.forecast.removeprefix("forecast_")))
        sections.write_forecast(draw, b, forecast, market, date)
        facts.append(forecast)
        written.append(plan.forecast)
    return facts


def _wall_street(draw: st.DrawFn, b: Builder, session: dt.date, intensity: int | None, summed_up: bool) -> list:
    """The trio's day; when `summed_up`, all three moved one way and "Wall Street closed higher on
    Wednesday" comes first."""
    way = draw(DIRECTIONS) if summed_up else None
    trio: list[SessionMove] = [draw(session_moves(f"u{i}", m.name, "index", m.low, m.high, styles=CLAUSE_STYLES,
                                                  intensity=intensity, direction=way))
                               for i, (m, _) in enumerate(US_MARKETS)]
    lead = None
    if way is not None:
        lead = StateClaim("ws0", "Dow", way, "", WEEKDAYS[session.weekday()], session)
    sections.write_wall_street(draw, b, trio, lead)
    return [*trio, lead] if lead is not None else trio
