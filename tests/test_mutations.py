"""Each mutation operator plants exactly the slip it names, in the phrasing family it names, and the
slip is truly inconsistent."""
from __future__ import annotations

import random
import re

from hypothesis import assume, given
from hypothesis import strategies as st

import conftest_hypothesis  # noqa: F401  - registers the "ci" and "thorough" profiles
from verifier.testing.mutations import (
    FAMILIES, OPERATORS, PERCENT_SLACK, TARGET_RULES, Mutation, figure_after, level_key, percent_consistent, reported,
    rule_for,
)
from verifier.testing.render import session_weekday
from verifier.testing.sampling import sample
from verifier.testing.strategies import articles
from verifier.testing.targeting import articles_for
from verifier.testing.templates import (
    EXTREME_SUFFIXES, EXTREME_VERBS, FLIPPED_WORDS, GERUNDS, HIGHER, VERBS, WEEKDAYS,
)
from verifier.testing.truth import GeneratedArticle, IndicatorForecast, SessionMove

ARITHMETIC = [name for name, rule in TARGET_RULES.items() if rule.startswith("change-percent-")]


@st.composite
def planted(draw: st.DrawFn, name: str) -> tuple[GeneratedArticle, Mutation]:
    """An article built for one family of the operator, and the operator's slip in that family
    (hypothesis draws again when the family cannot carry the slip)."""
    family = draw(st.sampled_from(FAMILIES[name]), label="family")
    article = draw(articles_for(name, family), label="article")
    mutation = OPERATORS[name](article, draw(st.randoms(use_true_random=False)), family)
    assume(mutation is not None)
    assert mutation is not None and mutation.family == family
    return article, mutation


def _polarity(word: str) -> int:
    if word in FLIPPED_WORDS or word in HIGHER.values():
        up = ("up", "rise", "gain", "higher", "rises", "gains", "climbs")
        return 1 if word.split()[-1] in up else -1
    return next(direction for (direction, _), verbs in VERBS.items() if word in verbs)


def _moves_consistent(article: GeneratedArticle, mutation: Mutation, slack: int) -> list[bool]:
    out = []
    for fact in article.facts:
        if isinstance(fact, SessionMove) and article.figure(f"{fact.id}.percent") and article.figure(f"{fact.id}.change"):
            texts = [figure_after(article, mutation, k) for k in (f"{fact.id}.change", f"{fact.id}.percent", level_key(fact))]
            out.append(percent_consistent(texts[0], texts[1], texts[2], fact.direction, slack))
    return out


@given(data=st.data())
def test_a_mutation_changes_only_the_span_it_reports(data):
    name = data.draw(st.sampled_from(sorted(OPERATORS)), label="operator")
    article, mutation = data.draw(planted(name))
    (r0, r1), (s0, s1) = mutation.replaced, mutation.span
    assert r0 <= s0 < r0 + len(mutation.replacement) and s0 < s1 <= len(mutation.text)
    assert s1 <= r0 + len(mutation.replacement) or mutation.family == "headline_percent"
    assert mutation.text == article.text[:r0] + mutation.replacement + article.text[r1:]
    assert mutation.replacement != article.text[r0:r1]
    assert mutation.rules == (rule_for(name, mutation.family),)


def test_every_operator_applies_to_some_generated_articles():
    batch = sample(articles(), 200, random_seed=7)
    for name, operator in OPERATORS.items():
        applied = sum(operator(a, random.Random(i)) is not None for i, a in enumerate(batch))
        assert applied >= len(batch) // 40, f"{name} applied to only {applied} of {len(batch)} articles"


def test_every_family_of_every_operator_can_carry_its_slip():
    for name, families in FAMILIES.items():
        for family in families:
            batch = sample(articles_for(name, family), 8, random_seed=5)
            planted_here = [OPERATORS[name](a, random.Random(i), family) for i, a in enumerate(batch)]
            assert any(m is not None and m.family == family for m in planted_here), f"{name} never plants in {family}"


@given(data=st.data())
def test_an_arithmetic_slip_breaks_exactly_one_move_beyond_rounding(data):
    article, mutation = data.draw(planted(data.draw(st.sampled_from(ARITHMETIC), label="operator")))
    assert _moves_consistent(article, mutation, 0).count(False) == 1
    assert _moves_consistent(article, mutation, PERCENT_SLACK).count(False) == 1


@given(data=st.data())
def test_a_close_moved_outside_the_range_cannot_be_read_inside_it(data):
    article, mutation = data.draw(planted("close_outside_range"))
    low, high, level = (reported(figure_after(article, mutation, f"m0.{k}")) for k in ("low", "high", "level"))
    assert not (low <= level <= high)
    assert low <= high


@given(data=st.data())
def test_a_high_written_below_the_low_is_below_it_beyond_rounding(data):
    article, mutation = data.draw(planted("high_below_low"))
    assert not reported(figure_after(article, mutation, "m0.low")) <= reported(mutation.span_text)


@given(data=st.data())
def test_a_run_total_below_the_days_move_is_below_it_beyond_rounding(data):
    article, mutation = data.draw(planted("run_below_day"))
    assert not reported(article.figure("m0.change").text) <= reported(mutation.span_text)
    assert "more than" not in mutation.span_text


@given(data=st.data())
def test_a_flipped_direction_word_says_the_opposite_of_the_day(data):
    article, mutation = data.draw(planted("direction_flip"))
    day = article.fact("ws0" if mutation.family == "wall_street_lead" else "m0")
    assert _polarity(mutation.replacement) == -day.direction


@given(data=st.data())
def test_a_strong_verb_lands_on_a_tiny_move(data):
    article, mutation = data.draw(planted("intensity_on_tiny_move"))
    extremes = EXTREME_VERBS[1] + EXTREME_VERBS[-1]
    assert mutation.span_text in (*extremes, *(GERUNDS[v] for v in extremes))


@given(data=st.data())
def test_a_shifted_weekday_cannot_be_the_session(data):
    article, mutation = data.draw(planted("weekday_shift"))
    assert WEEKDAYS.index(mutation.span_text) != session_weekday(article.date).weekday()


@given(data=st.data())
def test_an_inverted_comparison_contradicts_the_readings(data):
    article, mutation = data.draw(planted("comparison_inverted"))
    forecast = article.fact("f0")
    assert isinstance(forecast, IndicatorForecast)
    assert (mutation.span_text == "up from") == (forecast.expected < forecast.previous)


@given(data=st.data())
def test_a_restated_close_or_percent_differs_beyond_rounding(data):
    article, mutation = data.draw(planted("duplicate_conflict"))
    key = {"headline_percent": "m0.percent"}.get(mutation.family, "m0.level")
    assert not reported(mutation.span_text) == reported(article.figure(key).text)
    standalone = re.compile(rf"(?<![\d.,]){re.escape(mutation.span_text)}(?![\d]|[.,]\d)")
    assert len(standalone.findall(mutation.text)) == 1, "the new figure stands for no other figure of the article"


@given(data=st.data())
def test_basis_points_become_percent(data):
    _, mutation = data.draw(planted("bp_as_percent"))
    assert mutation.span_text.endswith(" percent") and "basis points" not in mutation.span_text


@given(data=st.data())
def test_a_close_at_session_highs_gets_a_high_above_it_beyond_rounding(data):
    article, mutation = data.draw(planted("session_high_off"))
    day = article.fact("m0")
    level = reported(figure_after(article, mutation, "m0.level"))
    extreme = reported(mutation.span_text)
    assert not (extreme <= level) if day.extreme == "high" else not (level <= extreme)
    assert EXTREME_SUFFIXES[day.extreme] in mutation.text
    low, high = (reported(figure_after(article, mutation, f"m0.{k}")) for k in ("low", "high"))
    assert low <= level <= high
