"""Each mutation operator plants exactly the slip it names, and the slip is truly inconsistent."""
from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

import conftest_hypothesis  # noqa: F401  - registers the "ci" and "thorough" profiles
from verifier.testing.mutations import (
    OPERATORS, PERCENT_SLACK, TARGET_RULES, Mutation, figure_after, percent_consistent, reported,
)
from verifier.testing.render import EXTREME_SUFFIXES, EXTREME_VERBS, FLIPPED_WORDS, GERUNDS, VERBS, WEEKDAYS, session_weekday
from verifier.testing.sampling import sample
from verifier.testing.strategies import articles
from verifier.testing.truth import GeneratedArticle, IndicatorForecast, SessionMove

ARITHMETIC = [name for name, rule in TARGET_RULES.items() if rule == "change-percent-mismatch"]


def _polarity(verb: str) -> int:
    if verb in FLIPPED_WORDS:
        return 1 if verb.endswith("up") else -1
    return next(direction for (direction, _), verbs in VERBS.items() if verb in verbs)


def _moves_consistent(article: GeneratedArticle, mutation: Mutation, slack: int) -> list[bool]:
    out = []
    for fact in article.facts:
        if isinstance(fact, SessionMove) and article.figure(f"{fact.id}.percent") and article.figure(f"{fact.id}.change"):
            texts = [figure_after(article, mutation, f"{fact.id}.{k}") for k in ("change", "percent", "level")]
            out.append(percent_consistent(texts[0], texts[1], texts[2], fact.direction, slack))
    return out


@pytest.mark.parametrize("name", sorted(OPERATORS))
@given(article=articles(), rng=st.randoms(use_true_random=False))
def test_a_mutation_changes_only_the_span_it_reports(name, article, rng):
    mutation = OPERATORS[name](article, rng)
    if mutation is None:
        return
    (r0, r1), (s0, s1) = mutation.replaced, mutation.span
    assert r0 <= s0 < s1 <= r0 + len(mutation.replacement)
    assert mutation.text == article.text[:r0] + mutation.replacement + article.text[r1:]
    assert mutation.replacement != article.text[r0:r1]
    assert mutation.rules == (TARGET_RULES[name],)


def test_every_operator_applies_to_some_generated_articles():
    batch = sample(articles(), 200, random_seed=7)
    for name, operator in OPERATORS.items():
        applied = sum(operator(a, random.Random(i)) is not None for i, a in enumerate(batch))
        assert applied >= len(batch) // 40, f"{name} applied to only {applied} of {len(batch)} articles"


@pytest.mark.parametrize("name", ARITHMETIC)
@given(article=articles(), rng=st.randoms(use_true_random=False))
def test_an_arithmetic_slip_breaks_exactly_one_move_beyond_rounding(name, article, rng):
    mutation = OPERATORS[name](article, rng)
    if mutation is None:
        return
    assert _moves_consistent(article, mutation, 0).count(False) == 1
    assert _moves_consistent(article, mutation, PERCENT_SLACK).count(False) == 1


@given(article=articles(), rng=st.randoms(use_true_random=False))
def test_a_close_moved_outside_the_range_cannot_be_read_inside_it(article, rng):
    mutation = OPERATORS["close_outside_range"](article, rng)
    if mutation is None:
        return
    low, high, level = (reported(figure_after(article, mutation, f"m0.{k}")) for k in ("low", "high", "level"))
    assert not (low <= level <= high)
    assert low <= high


@given(article=articles(), rng=st.randoms(use_true_random=False))
def test_a_high_written_below_the_low_is_below_it_beyond_rounding(article, rng):
    mutation = OPERATORS["high_below_low"](article, rng)
    if mutation is None:
        return
    assert not reported(figure_after(article, mutation, "m0.low")) <= reported(mutation.span_text)


@given(article=articles(), rng=st.randoms(use_true_random=False))
def test_a_run_total_below_the_days_move_is_below_it_beyond_rounding(article, rng):
    mutation = OPERATORS["run_below_day"](article, rng)
    if mutation is None:
        return
    assert not reported(article.figure("m0.change").text) <= reported(mutation.span_text)
    assert "more than" not in mutation.span_text


@given(article=articles(), rng=st.randoms(use_true_random=False))
def test_word_slips_contradict_the_facts_they_touch(article, rng):
    day = article.fact("m0")
    flipped = OPERATORS["direction_flip"](article, rng)
    if flipped is not None:
        assert _polarity(flipped.span_text) == -day.direction
    tiny = OPERATORS["intensity_on_tiny_move"](article, rng)
    if tiny is not None:
        extremes = EXTREME_VERBS[1] + EXTREME_VERBS[-1]
        assert tiny.span_text in (*extremes, *(GERUNDS[v] for v in extremes))
    shifted = OPERATORS["weekday_shift"](article, rng)
    if shifted is not None:
        assert WEEKDAYS.index(shifted.span_text) != session_weekday(article.date).weekday()
    inverted = OPERATORS["comparison_inverted"](article, rng)
    if inverted is not None:
        forecast = article.fact("f0")
        assert isinstance(forecast, IndicatorForecast)
        assert (inverted.span_text == "up from") == (forecast.expected < forecast.previous)


@given(article=articles(), rng=st.randoms(use_true_random=False))
def test_a_restated_close_differs_beyond_rounding_and_bp_become_percent(article, rng):
    duplicate = OPERATORS["duplicate_conflict"](article, rng)
    if duplicate is not None:
        assert not reported(duplicate.span_text) == reported(article.figure("m0.level").text)
        assert duplicate.text.count(duplicate.span_text) == 1
    unit = OPERATORS["bp_as_percent"](article, rng)
    if unit is not None:
        assert unit.span_text.endswith(" percent") and "basis points" not in unit.span_text


@given(article=articles(), rng=st.randoms(use_true_random=False))
def test_a_close_at_session_highs_gets_a_high_above_it_beyond_rounding(article, rng):
    mutation = OPERATORS["session_high_off"](article, rng)
    if mutation is None:
        return
    day = article.fact("m0")
    level = reported(figure_after(article, mutation, "m0.level"))
    extreme = reported(mutation.span_text)
    assert not (extreme <= level) if day.extreme == "high" else not (level <= extreme)
    assert EXTREME_SUFFIXES[day.extreme] in mutation.text
    low, high = (reported(figure_after(article, mutation, f"m0.{k}")) for k in ("low", "high"))
    assert low <= level <= high
