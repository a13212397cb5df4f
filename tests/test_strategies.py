"""The generators keep their promise: every article they build is consistent, and its ground truth is exact."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

import conftest_hypothesis  # noqa: F401  - registers the "ci" and "thorough" profiles
from verifier.numbers import Interval
from verifier.testing.mutations import percent_consistent, reported
from verifier.testing.render import COMPARISONS, VERBS, session_weekday
from verifier.testing.strategies import (
    actives, articles, earnings, forecasts, multi_sessions, percent_change, publication_dates, quantities,
    session_dates, sessions,
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
        change, level = article.figure(f"{fact.id}.change"), article.figure(f"{fact.id}.level")
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
    assert move.low < move.level < move.high


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
        if isinstance(fact, StateClaim):
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
