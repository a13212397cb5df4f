"""The generators keep their promise: every article they build is consistent, and its ground truth is exact."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import conftest_hypothesis  # noqa: F401  - registers the "ci" and "thorough" profiles
from verifier.numbers import Interval
from verifier.testing.mutations import level_key, percent_consistent, reported
from verifier.testing.markets import CURRENCIES, SECTOR_LEADS, sectors
from verifier.testing.render import Builder, session_weekday
from verifier.testing.sections import write_actives
from verifier.testing.templates import CLAUSE_STYLES, COMPARISONS, CURRENCY_VERBS, GERUNDS, PREVIOUS_VERBS, VERBS, WEEKDAYS
from verifier.testing.plans import families_of
from verifier.testing.strategies import (
    BANDS, actives, articles, plans, currency_moves, earnings, forecasts, multi_sessions, percent_change, publication_dates,
    quantities, session_dates, sessions,
)
from verifier.testing.truth import LevelClaim, MultiSession, SessionMove, StateClaim

HALF_UNIT = {1: Decimal("0.05"), 2: Decimal("0.005")}


@given(articles())
def test_every_ground_truth_span_is_the_text_it_names(article):
    for item in (*article.figures, *article.words):
        assert article.text[item.start:item.end] == item.text
    for fig in article.figures:
        assert Decimal(fig.text.replace(",", "")) == fig.value


@given(articles())
def test_every_stated_move_is_arithmetically_consistent_at_its_reported_precision(article):
    for fact in article.facts:
        if not isinstance(fact, SessionMove) or article.figure(f"{fact.id}.change") is None:
            continue
        change, level = article.figure(f"{fact.id}.change"), article.figure(level_key(fact))
        percent = article.figure(f"{fact.id}.percent")
        if percent is not None:
            assert percent_consistent(change.text, percent.text, level.text, fact.direction)


@given(sessions())
def test_percent_is_the_change_over_the_prior_close_correctly_rounded(move):
    exact = move.change / move.prior * 100
    assert move.percent == percent_change(move.change, move.prior, move.percent_decimals)
    assert abs(move.percent - exact) <= HALF_UNIT[move.percent_decimals]
    assert -move.percent.as_tuple().exponent == move.percent_decimals


@given(sessions())
def test_close_is_the_prior_close_plus_the_signed_change_and_lies_in_the_range(move):
    assert move.level == move.prior + move.direction * move.change
    assert move.low <= move.level <= move.high
    assert (move.level == move.high) == (move.extreme == "high")
    assert (move.level == move.low) == (move.extreme == "low")
    assert move.extreme in ("", "high" if move.direction > 0 else "low")


@given(articles())
def test_session_highs_are_claimed_only_when_the_close_is_the_high(article):
    day = article.fact("m0")
    claims = [f for f in article.facts if isinstance(f, StateClaim) and f.claim.startswith("session_")]
    assert [c.claim for c in claims] == ([f"session_{day.extreme}"] if day.extreme else [])
    assert ("ending at session highs" in article.text) == (day.extreme == "high")
    high = article.figure("m0.high")
    if day.extreme == "high" and high is not None:
        assert high.text == article.figure("m0.level").text


@given(st.sampled_from(CURRENCIES), st.data())
def test_a_currency_quoted_per_dollar_weakens_as_its_figure_rises(currency, data):
    move = data.draw(currency_moves(currency=currency))
    figure_way = 1 if move.level > move.prior else -1
    assert move.level != move.prior and abs(move.level - move.prior) / move.prior <= Decimal("0.005")
    assert move.direction == (-figure_way if currency.per_dollar else figure_way)
    assert move.verb in CURRENCY_VERBS[move.direction]


@given(articles())
def test_currencies_are_written_at_their_quoting_precision(article):
    for fact in article.facts:
        if isinstance(fact, SessionMove) and fact.subject_type == "currency":
            written = article.figure(f"{fact.id}.level")
            decimals = next(c.decimals for c in CURRENCIES if c.name == fact.subject)
            assert written.decimals == decimals and written.value == fact.level
            assert article.figure(f"{fact.id}.prior").value == fact.prior


@given(forecasts())
def test_a_called_forecast_states_the_direction_of_each_reading(forecast):
    assert forecast.expected != 0 and forecast.previous != 0 and forecast.expected != forecast.previous
    if forecast.phrasing == "called":
        assert forecast.comparison == "after"


@given(articles())
def test_called_forecasts_say_higher_or_lower_as_the_expected_sign_and_the_prior_verb_follows_its_sign(article):
    forecast = article.fact("f0")
    if forecast is None or forecast.phrasing != "called":
        return
    assert article.word("f0.way").text == ("higher" if forecast.expected > 0 else "lower")
    assert article.word("f0.previous_verb").text in PREVIOUS_VERBS[1 if forecast.previous > 0 else -1]


@given(articles())
def test_sector_indexes_and_actives_move_within_the_band_of_their_verb(article):
    for fact in article.facts:
        if isinstance(fact, SessionMove) and fact.subject_type in ("sector", "stock") and fact.change is None:
            band = BANDS[fact.subject_type][fact.intensity]
            assert Decimal(band[0]).scaleb(-2) <= fact.percent <= Decimal(band[1]).scaleb(-2) + Decimal("0.05")
            word = article.word(f"{fact.id}.verb").text
            assert word in (fact.verb, GERUNDS[fact.verb])


@given(articles())
def test_a_wall_street_summary_is_written_only_when_all_three_averages_agree(article):
    lead = article.fact("ws0")
    trio = [article.fact(f"u{i}") for i in range(3)]
    if lead is not None:
        assert {m.direction for m in trio} == {lead.direction}
        assert article.word("ws0.way").text == ("higher" if lead.direction > 0 else "lower")
        assert article.word("ws0.day").text == WEEKDAYS[session_weekday(article.date).weekday()]


@given(st.sampled_from(("actives_list", "actives_by_sector")).flatmap(
    lambda style: actives("Japan", min_size=6, max_size=6, style=style)), st.data())
def test_actives_are_each_listed_once_under_the_lead_of_their_lexicon_sector(stocks, data):
    b = Builder()
    write_actives(data.draw, b, stocks)
    assert sorted(f.key for f in b.figures) == sorted(f"{s.id}.percent" for s in stocks)
    if b.text.startswith("\n\nAmong the actives, "):
        return
    leads = {s.id: SECTOR_LEADS.get(sectors()[s.subject], f"Among {sectors()[s.subject]} stocks") for s in stocks}
    for s in stocks:
        at = b.text.index(f"{s.subject} {s.verb} ")
        nearest = max(set(leads.values()), key=lambda lead: b.text.rfind(lead, 0, at))
        assert nearest == leads[s.id]
    assert all(b.text.count(lead + ", ") == 1 for lead in set(leads.values()))


@given(sessions(), st.data())
def test_a_run_of_sessions_contains_the_day_and_states_a_true_lower_bound(day, data):
    run: MultiSession = data.draw(multi_sessions(day))
    assert run.total > day.change and run.floor < run.total
    start = day.level - day.direction * run.total
    assert reported(str(run.percent)) == Interval.point(run.total / start * 100)


@given(articles())
def test_verbs_fit_the_size_and_sign_of_the_move(article):
    for fact in article.facts:
        if isinstance(fact, SessionMove) and fact.percent is not None and fact.verb:
            assert fact.verb in VERBS[(fact.direction, fact.intensity)]
            if fact.intensity == 3:
                assert fact.percent >= 3
            if fact.intensity == 1:
                assert fact.percent <= Decimal("0.3")


@given(articles())
def test_level_claims_and_summaries_agree_with_the_day(article):
    day = article.fact("m0")
    for fact in article.facts:
        if isinstance(fact, LevelClaim):
            assert fact.threshold < day.level <= fact.threshold + 10
        if isinstance(fact, StateClaim) and fact.subject == day.subject:
            assert fact.direction == day.direction
            assert fact.adverb != "sharply" or day.percent >= 2


@given(publication_dates())
def test_the_session_named_is_the_last_weekday_before_publication(date):
    session = session_weekday(date)
    assert date.weekday() < 5 and session.weekday() < 5
    assert 1 <= (date - session).days <= 3
    assert all((session + dt.timedelta(days=k)).weekday() >= 5 for k in range(1, (date - session).days))


@given(forecasts())
def test_forecast_comparison_word_follows_the_signed_readings(forecast):
    assert forecast.expected != forecast.previous
    if forecast.phrasing == "expected":
        assert forecast.comparison == COMPARISONS[1 if forecast.expected > forecast.previous else -1]


@given(earnings())
def test_earnings_and_eps_imply_a_steady_share_count(report):
    now = report.current / report.eps_current
    then = report.prior / report.eps_prior
    assert Decimal("0.96") < now / then < Decimal("1.04")


@given(actives("South Korea"))
def test_actives_name_distinct_companies_with_nonzero_moves(moves):
    assert len({m.subject for m in moves}) == len(moves)
    assert all(m.percent > 0 for m in moves)


@given(st.integers(0, 4), st.data())
def test_quantities_are_written_at_the_requested_precision(decimals, data):
    value = data.draw(quantities(decimals, 0, 1_000))
    assert -value.as_tuple().exponent == decimals and 0 <= value <= 1_000


@given(session_dates())
def test_session_dates_pair_a_publication_with_the_session_it_reports(pair):
    published, session = pair
    assert session == session_weekday(published) and session < published


@given(articles())
def test_a_week_ends_at_the_days_close_and_its_percent_is_on_the_weeks_prior_close(article):
    week, day = article.fact("w0"), article.fact("m0")
    if week is None:
        return
    assert week.level == day.level and week.period == "week" and article.date.weekday() == 0
    assert week.percent == percent_change(week.change, week.prior, 2) and week.change != day.change
    written = article.figure("w0.percent")
    tail = article.text[written.end:written.end + 30]
    assert ("on the week" in tail) == (week.style == "on_the_week")


@given(articles(plans=plans(require=("bullets",))))
def test_a_movers_list_gives_each_stock_its_sign_change_percent_and_close(article):
    stocks = [f for f in article.facts if isinstance(f, SessionMove) and f.style == "bullets"]
    assert stocks
    for s in stocks:
        line = article.text[article.text.rfind("\n", 0, article.figure(f"{s.id}.change").start) + 1:]
        line = line[:line.index("\n")]
        assert line.startswith(f"- {s.subject}, ") and line.count("+" if s.direction > 0 else "-") >= 2
        assert s.level == s.prior + s.direction * s.change


@given(articles(plans=plans(require=("between_high_first",))))
def test_a_high_first_range_names_the_high_before_the_low(article):
    high, low = article.figure("m0.high"), article.figure("m0.low")
    assert high.start < low.start and high.value >= low.value
    assert "between " + high.text + " and " + low.text in article.text


@given(articles())
def test_a_headline_states_the_days_direction_close_or_percent_as_the_body_does(article):
    head = article.fact("hd0")
    if head is None:
        return
    day = article.fact("m0")
    first_line = article.text.split("\n", 1)[0]
    assert head.direction == day.direction and "." not in first_line.replace(article.figure("hd0.level").text, "")\
        if head.shape == "headline_level" else head.direction == day.direction
    for field in ("level", "percent"):
        written = article.figure(f"hd0.{field}")
        if written is not None:
            assert written.text == article.figure(f"m0.{field}").text and written.end <= len(first_line)


@given(plans(), st.data())
def test_every_family_a_plan_asks_for_is_written_unless_the_day_cannot_carry_it(plan, data):
    article = data.draw(articles(plans=st.just(plan)))
    asked, written = set(families_of(plan)), set(article.families)
    # A close at the session's extreme brings a range with it; Wall Street's clauses have families of their own.
    assert written <= asked | {"between"} | (set(CLAUSE_STYLES) if plan.wall_street else set())
    # A summary needs a day that is not slight; everything else is always written.
    assert asked - written <= {"summary_then_move", "for_the_day"}


@given(articles())
def test_every_figure_and_word_belongs_to_a_fact_of_a_written_family(article):
    for item in (*article.figures, *article.words):
        fact_id = item.key.split(".")[0]
        assert article.fact(fact_id) is not None, item.key
        family = article.family_of(fact_id)
        assert family in article.families or family in ("wall_street_lead", "session_highs_suffix"), (item.key, family)
