"""Wire paragraphs for drawn facts: each writer picks a phrasing and records every figure and word it writes.

Writers receive facts already drawn (consistent by construction, see `strategies`) and draw only
choices of wording, so a phrasing never changes what an article states.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from .markets import COMMODITIES, CURRENCIES, SECTOR_INDEXES, SECTOR_LEADS, US_MARKETS, Market, sectors
from .render import (
    ACTIVE_TEMPLATE, COMMODITY_TEMPLATE, CURRENCY_TEMPLATES, EARNINGS_TEMPLATES, EXTREME_SUFFIXES, FORECAST_CALLED,
    FORECAST_TEMPLATES, FORECAST_VERBS, GERUNDS, HIGHER, LEVEL_TEMPLATE, MOVE_TEMPLATES, PREVIOUS_VERBS,
    RANGE_STYLES, RANGE_TEMPLATES, RUN_TEMPLATE, SECTOR_TEMPLATES, STATE_TEMPLATE, STYLE_WORDS,
    WALL_STREET_LEADS, YIELD_TEMPLATE, Builder, Num, Slot, Word, join_clauses, month_name,
)
from .truth import (
    EarningsReport, IndicatorForecast, LevelClaim, MultiSession, SessionMove, StateClaim,
)


def move_clause(m: SessionMove, subject: str, finish: str) -> tuple[str, dict[str, Slot]]:
    """One session move in its sentence order, with its range and "ending at session highs" if stated."""
    assert m.change is not None and m.percent is not None and m.level is not None
    verb = STYLE_WORDS[m.style][m.direction] if m.style in STYLE_WORDS else m.verb
    slots: dict[str, Slot] = {
        "subject": subject, "verb": Word(f"{m.id}.verb", verb), "finish": finish,
        "change": Num(f"{m.id}.change", m.change, 2, "points"),
        "percent": Num(f"{m.id}.percent", m.percent, m.percent_decimals, "percent"),
        "level": Num(f"{m.id}.level", m.level, 2, "points")}
    template = MOVE_TEMPLATES[m.style]
    if m.low is not None and m.high is not None:
        template += RANGE_TEMPLATES[RANGE_STYLES.index(m.range_style)]
        slots["low"] = Num(f"{m.id}.low", m.low, 2, "points")
        slots["high"] = Num(f"{m.id}.high", m.high, 2, "points")
    if m.extreme:
        template += EXTREME_SUFFIXES[m.extreme]
    return template, slots


def write_move(b: Builder, m: SessionMove, subject: str, finish: str) -> None:
    """The day's move of the main index as one sentence."""
    template, slots = move_clause(m, subject, finish)
    b.fill(template + ".", slots)


def write_state(b: Builder, state: StateClaim, short: str) -> None:
    """"The Nikkei finished sharply higher on Wednesday." """
    b.fill(STATE_TEMPLATE, {"subject": short, "adverb": f"{state.adverb} " if state.adverb else "",
                            "way": Word("st0.way", HIGHER[state.direction]), "day": Word("st0.day", state.weekday)})


def write_run(b: Builder, market: Market, run: MultiSession, verb: str, claim: LevelClaim | None) -> None:
    """The lead: a back-to-back run, and sometimes the plateau the index now sits above."""
    b.fill(RUN_TEMPLATE, {"country": market.country, "way": Word("run0.way", HIGHER[run.direction]),
                          "verb": Word("run0.verb", verb),
                          "floor": Num("run0.floor", run.floor, 0, "points"),
                          "percent": Num("run0.percent", run.percent, run.percent_decimals, "percent")})
    if claim is not None:
        b.write(" ")
        b.fill(LEVEL_TEMPLATE, {"name": market.name, "threshold": Num("lvl0.threshold", claim.threshold, 0, "points")})


def _active(s: SessionMove) -> tuple[str, dict[str, Slot]]:
    assert s.percent is not None
    return ACTIVE_TEMPLATE, {"company": s.subject, "verb": Word(f"{s.id}.verb", s.verb),
                             "percent": Num(f"{s.id}.percent", s.percent, s.percent_decimals, "percent")}


def write_actives(draw: st.DrawFn, b: Builder, stocks: list[SessionMove]) -> None:
    """"Among the actives, A slumped 1.22 percent, while B ..." or one sentence per sector of the lexicon."""
    b.write("\n\n")
    by_sector: dict[str, list[SessionMove]] = {}
    for s in stocks:
        by_sector.setdefault(sectors().get(s.subject, ""), []).append(s)
    if "" in by_sector or len(by_sector) == len(stocks) or not draw(st.booleans()):
        b.write("Among the actives, ")
        join_clauses(b, [_active(s) for s in stocks], ", while ", " and ")
        b.write(".")
        return
    for i, (sector, group) in enumerate(by_sector.items()):
        b.write((" " if i else "") + SECTOR_LEADS.get(sector, f"Among {sector} stocks") + ", ")
        join_clauses(b, [_active(s) for s in group], ", while ", " and ")
        b.write(".")


def write_wall_street(draw: st.DrawFn, b: Builder, trio: list[SessionMove], lead: StateClaim | None) -> None:
    """The Wall Street trio in one sentence, after "Wall Street closed higher on Wednesday." when all agree."""
    b.write("\n\n")
    if lead is not None:
        b.fill(draw(st.sampled_from(WALL_STREET_LEADS)),
               {"way": Word("ws0.way", HIGHER[lead.direction]), "day": Word("ws0.day", lead.weekday)})
        b.write(" ")
    join_clauses(b, [move_clause(m, ("The " if i == 0 else "the ") + m.subject, finish)
                     for i, (m, (_, finish)) in enumerate(zip(trio, US_MARKETS))], ", while ", " and ")
    b.write(".")


def write_sector_index(draw: st.DrawFn, b: Builder, s: SessionMove) -> None:
    """"Software stocks were in focus, with the Dow Jones U.S. Software Index spiking by 3.1 percent." """
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
    """A futures contract for a coming month, in dollars a barrel or an ounce."""
    assert c.change is not None and c.level is not None and c.percent is not None
    b.write("\n\n")
    b.fill(COMMODITY_TEMPLATE, {"name": c.subject, "month": month_name(date, draw(st.integers(1, 2))),
                                "verb": Word(f"{c.id}.verb", c.verb),
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
    """The calendar: an indicator due later today, in the "expected to" or the "called lower by" phrasing."""
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
