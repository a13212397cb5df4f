"""The other sections of a wrap: actives or a movers list, Wall Street, a sector index, currencies,
a commodity, the 10-year yield, earnings and the calendar.

Writers receive facts already drawn and draw only choices of wording, as in `paragraphs`.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from .markets import (
    BULLET_CURRENCIES, COMMODITIES, CURRENCIES, SECTOR_INDEXES, SECTOR_LEADS, US_MARKETS, Market, sectors,
)
from .paragraphs import day_clause
from .render import Builder, Num, Slot, Word, join_clauses, month_name
from .templates import (
    ACTIVE_TEMPLATE, BULLET_LEADS, BULLET_TEMPLATE, COMMODITY_TEMPLATES, CURRENCY_TEMPLATES, EARNINGS_TEMPLATES,
    FORECAST_CALLED, FORECAST_TEMPLATES, FORECAST_VERBS, GERUNDS, HIGHER, PRESENT_PLURAL, PREVIOUS_VERBS,
    SECTOR_TEMPLATES, SIGNS, UP_DOWN, WALL_STREET_LEADS, YIELD_TEMPLATE,
)
from .truth import EarningsReport, IndicatorForecast, SessionMove, StateClaim


def _active(s: SessionMove) -> tuple[str, dict[str, Slot]]:
    assert s.percent is not None
    return ACTIVE_TEMPLATE, {"company": s.subject, "verb": Word(f"{s.id}.verb", s.verb),
                             "percent": Num(f"{s.id}.percent", s.percent, s.percent_decimals, "percent")}


def write_actives(draw: st.DrawFn, b: Builder, stocks: list[SessionMove]) -> None:
    """"Among the actives, A slumped 1.22 percent, while B ..." or, when the stocks' style asks for it and
    the lexicon groups some of them, one sentence per sector."""
    b.write("\n\n")
    by_sector: dict[str, list[SessionMove]] = {}
    for s in stocks:
        by_sector.setdefault(sectors().get(s.subject, ""), []).append(s)
    if "" in by_sector or len(by_sector) == len(stocks) or stocks[0].style != "actives_by_sector":
        b.write("Among the actives, ")
        join_clauses(b, [_active(s) for s in stocks], ", while ", " and ")
        b.write(".")
        return
    for i, (sector, group) in enumerate(by_sector.items()):
        b.write((" " if i else "") + SECTOR_LEADS.get(sector, f"Among {sector} stocks") + ", ")
        join_clauses(b, [_active(s) for s in group], ", while ", " and ")
        b.write(".")


def write_bullets(draw: st.DrawFn, b: Builder, stocks: list[SessionMove], short: str, country: str) -> None:
    """A movers list, one bullet per stock: "- Name, +$1.10 (+1.6%) to $78.40"."""
    b.write("\n\n")
    b.fill(draw(st.sampled_from(BULLET_LEADS)), {"short": short})
    cur = BULLET_CURRENCIES.get(country, "")
    for s in stocks:
        assert s.change is not None and s.level is not None and s.percent is not None
        b.write("\n")
        b.fill(BULLET_TEMPLATE, {"company": s.subject, "sign": SIGNS[s.direction], "cur": cur,
                                 "change": Num(f"{s.id}.change", s.change, 2, "points"),
                                 "percent": Num(f"{s.id}.percent", s.percent, s.percent_decimals, "percent"),
                                 "level": Num(f"{s.id}.level", s.level, 2, "points")})


def write_wall_street(draw: st.DrawFn, b: Builder, trio: list[SessionMove], lead: StateClaim | None) -> None:
    """The Wall Street trio in one sentence, after "Wall Street closed higher on Wednesday." when all agree."""
    b.write("\n\n")
    if lead is not None:
        b.fill(draw(st.sampled_from(WALL_STREET_LEADS)),
               {"way": Word("ws0.way", HIGHER[lead.direction]), "day": Word("ws0.day", lead.weekday)})
        b.write(" ")
    join_clauses(b, [day_clause(draw, m, ("The " if i == 0 else "the ") + m.subject, finish)
                     for i, (m, (_, finish)) in enumerate(zip(trio, US_MARKETS))], ", while ", " and ")
    b.write(".")


def write_sector_index(draw: st.DrawFn, b: Builder, s: SessionMove) -> None:
    """"Chip stocks were in focus, with the Philadelphia Semiconductor Index sliding by 2.4 percent." """
    assert s.percent is not None
    template = draw(st.sampled_from(SECTOR_TEMPLATES))
    group = next(g for name, g in SECTOR_INDEXES if name == s.subject)
    verb = GERUNDS[s.verb] if "{gerund}" in template else s.verb
    b.write("\n\n")
    b.fill(template, {"name": s.subject, "group": group, "verb": Word(f"{s.id}.verb", verb),
                      "gerund": Word(f"{s.id}.verb", verb),
                      "percent": Num(f"{s.id}.percent", s.percent, s.percent_decimals, "percent")})


def write_currencies(b: Builder, moves: list[SessionMove]) -> None:
    """"In currency markets, the yen eased to 150.25 per dollar from 149.80, while the euro rose to ..." """
    clauses: list[tuple[str, dict[str, Slot]]] = []
    for m in moves:
        assert m.level is not None and m.prior is not None
        cur = next(c for c in CURRENCIES if c.name == m.subject)
        unit = "JPY" if cur.per_dollar else "USD"
        clauses.append((CURRENCY_TEMPLATES[cur.per_dollar], {
            "name": m.subject, "verb": Word(f"{m.id}.verb", m.verb),
            "level": Num(f"{m.id}.level", m.level, cur.decimals, unit),
            "prior": Num(f"{m.id}.prior", m.prior, cur.decimals, unit)}))
    b.write("\n\nIn currency markets, ")
    join_clauses(b, clauses, ", while ", " and ")
    b.write(".")


def write_commodity(draw: st.DrawFn, b: Builder, c: SessionMove, date: dt.date) -> None:
    """A futures contract for a coming month, in dollars a barrel or an ounce; in the present tense the
    price comes first ("settle at $78.40 a barrel, up $1.10 or 1.4%")."""
    assert c.change is not None and c.level is not None and c.percent is not None
    present = c.style == "present_tense"
    b.write("\n\n")
    b.fill(COMMODITY_TEMPLATES[c.style], {"name": c.subject, "month": month_name(date, draw(st.integers(1, 2))),
                                "verb": Word(f"{c.id}.verb", UP_DOWN[c.direction] if present else c.verb),
                                "settle": draw(st.sampled_from(PRESENT_PLURAL)),
                                "per": next(x.per for x in COMMODITIES if x.name == c.subject),
                                "change": Num(f"{c.id}.change", c.change, 2, "USD"),
                                "percent": Num(f"{c.id}.percent", c.percent, c.percent_decimals, "percent"),
                                "level": Num(f"{c.id}.level", c.level, 2, "USD")})


def write_yield(b: Builder, y: SessionMove) -> None:
    """The 10-year yield's move in basis points."""
    assert y.change is not None and y.level is not None
    b.write("\n\n")
    b.fill(YIELD_TEMPLATE, {"verb": Word(f"{y.id}.verb", y.verb),
                            "change": Num(f"{y.id}.change", y.change, 0, "basis_points"),
                            "level": Num(f"{y.id}.level", y.level, 2, "percent")})


def write_earnings(b: Builder, e: EarningsReport) -> None:
    """Quarterly earnings and per-share figures against last year's."""
    b.write("\n\n")
    b.fill(EARNINGS_TEMPLATES[0], {"company": e.company})
    b.write(" ")
    b.fill(EARNINGS_TEMPLATES[1], {"current": Num(f"{e.id}.current", e.current, 3, "USD"),
                                   "eps_current": Num(f"{e.id}.eps_current", e.eps_current, 2, "USD"),
                                   "prior": Num(f"{e.id}.prior", e.prior, 3, "USD"),
                                   "eps_prior": Num(f"{e.id}.eps_prior", e.eps_prior, 2, "USD")})


def write_forecast(draw: st.DrawFn, b: Builder, f: IndicatorForecast, market: Market, date: dt.date) -> None:
    """The calendar: an indicator due later today, in the "expected to" or the "seen lower by" phrasing."""
    b.write("\n\n")
    b.fill(FORECAST_TEMPLATES[0], {"country": market.country, "month": month_name(date, -1), "indicator": f.indicator})
    b.write(" ")
    way = 1 if f.expected > 0 else -1
    expected = Num(f"{f.id}.expected", f.expected, 1, "percent")
    previous = Num(f"{f.id}.previous", f.previous, 1, "percent")
    if f.phrasing == "called":
        b.fill(FORECAST_CALLED, {
            "short": f.indicator, "way": Word(f"{f.id}.way", HIGHER[way]), "expected": expected,
            "previous_verb": Word(f"{f.id}.previous_verb",
                                  draw(st.sampled_from(PREVIOUS_VERBS[1 if f.previous > 0 else -1]))),
            "previous": previous})
        return
    b.fill(FORECAST_TEMPLATES[1], {"short": f.indicator, "verb": FORECAST_VERBS[way], "expected": expected,
                                   "comparison": Word(f"{f.id}.comparison", f.comparison), "previous": previous,
                                   "previous_month": month_name(date, -2)})
