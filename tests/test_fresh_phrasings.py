"""Phrasings found by writing fresh wraps the extractors had never seen: each misreading once made a
company, a forecast or another clause speak for an index, which a rule could then contradict."""
from __future__ import annotations

import pytest

from conftest import findings
from verifier.document import parse_document
from verifier.extract import extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def facts(lexicon, text, kind):
    return [f for f in extract(parse_document(text, "t"), lexicon).facts if f.kind == kind]


def test_a_member_of_an_index_is_not_the_index(lexicon):
    moves = facts(lexicon, "The Sensex finished 0.4 per cent higher. From the Sensex firms, Zomato tanked 5 per cent.", "move")
    assert [m.percent.span.text for m in moves if m.subject.entity == "sensex"] == ["0.4 per cent"]


@pytest.mark.parametrize("sentence", [
    "The consensus calls for a decline of 2.0 percent on month.",
    "Economists had expected the index to rise to 49.6 in March.",
])
def test_an_expected_figure_is_no_move_of_the_index(lexicon, sentence):
    text = f"The S&P 500 rose 0.8 percent to 5,460.20. Factory orders are due on Friday. {sentence}"
    moves = facts(lexicon, text, "move")
    assert [m.percent.span.text for m in moves if m.subject.entity == "sp-500" and m.percent] == ["0.8 percent"]
    assert not any(m.level is not None and m.level.span.text == "49.6" for m in moves)


def test_a_move_during_the_day_is_intraday_not_the_close():
    text = ("The Sensex finished lower on Thursday. During the day, it jumped 600.06 points to 78,584.44 before "
            "sliding. The index fell 203.22 points or 0.26 percent to finish at 77,786.16.")
    assert findings(text, "2026-02-26") == []


def test_a_new_clause_has_its_own_subject(lexicon):
    text = "The Dow fell 1.1 percent to 38,120.50. The weakness on Wall Street came as treasury yields climbed."
    states = facts(lexicon, text, "state")
    assert not any(s.subject.entity == "dow" and s.direction == 1 for s in states)


def test_an_expected_change_is_no_prior_level():
    text = ("Distillate stockpiles rose by 4.2 million barrels to 107.1 million barrels, versus expectations "
            "for a 200,000-barrel rise.")
    assert findings(text) == []


def test_a_noun_move_without_a_name_in_its_sentence_is_not_the_paragraphs_index(lexicon):
    text = "The Sensex rose 1.2 per cent to 76,400.10. All 13 major sectors advanced, with metals leading the gains with a 3.3% jump."
    assert [m.percent.span.text for m in facts(lexicon, text, "move") if m.subject.entity == "sensex"] == ["1.2 per cent"]


def test_the_index_components_are_not_the_index(lexicon):
    text = "The STI rose 0.4 per cent. Sembcorp Industries was the top decliner among the index components, falling 2.1 per cent to S$7.42."
    assert [m.percent.span.text for m in facts(lexicon, text, "move") if m.subject.entity == "sti"] == ["0.4 per cent"]


def test_a_company_name_that_goes_on_past_a_known_alias_is_another_company(lexicon):
    text = "Hyundai Motor rose 1.2 percent, while Hyundai Mobis tumbled 1.60 percent and Sony Group added 0.5 percent."
    names = [(m.subject.text, m.subject.entity is not None) for m in facts(lexicon, text, "move")]
    assert names == [("Hyundai Motor", True), ("Hyundai Mobis", False), ("Sony Group", True)]


def test_the_currency_a_rate_is_quoted_against_is_not_the_next_clauses_subject(lexicon):
    text = "The Swiss franc weakened 0.3% versus the greenback to 0.8082 per dollar, and the Australian dollar fell 0.6% to $0.6507."
    assert [m.subject.entity for m in facts(lexicon, text, "move")][-1] == "aud"


@pytest.mark.parametrize("text", [
    "In the currency market, the real weakened 0.76% to 5.7858 per dollar, from 5.7421 on Friday.",
    "The rand firmed 0.6% to 18.4550 per dollar on Thursday from 18.5660.",
])
def test_a_currency_the_lexicon_lacks_quoted_per_dollar_weakens_as_its_number_rises(text):
    assert findings(text) == []


def test_kyodo_from_a_day_at_a_figure_is_the_close_not_the_prior(lexicon):
    (move,) = facts(lexicon, "The Nikkei Stock Average ended up 364.70 points, or 0.90 percent, from Tuesday at 40,762.73.", "move")
    assert move.level.span.text == "40,762.73" and move.prior is None


def test_a_contract_on_an_exchange_is_not_the_exchanges_index(lexicon):
    text = ("The FBM KLCI rose 0.3 percent to 1,612.45. The benchmark palm oil contract for July delivery on the Bursa "
            "Malaysia Derivatives Exchange fell 52 ringgit, or 1.14%, to 4,512 ringgit a tonne.")
    assert [m.percent.span.text for m in facts(lexicon, text, "move") if m.subject.entity == "fbm-klci"] == ["0.3 percent"]


@pytest.mark.parametrize(("text", "period"), [
    ("The STI dropped 0.5% to 3,187.62, snapping a three-session winning streak.", "session"),
    ("The Nifty had lost 0.8% last week, its second consecutive weekly decline.", "week"),
    ("Investors await the Fed's two-day meeting, and the Nasdaq rose 0.4%.", "session"),
])
def test_the_period_of_a_move_that_ends_a_run_or_spans_a_week(lexicon, text, period):
    (move,) = facts(lexicon, text, "move")
    assert move.period == period


@pytest.mark.parametrize("text", [
    "Shares rose, led by a 1.4% gain in oil giant Saudi Aramco.",
    "Bitcoin miner Marathon Digital lost 13%.",
    "S&P 500 E-minis were up 52.25 points, or 0.96%.",
    "U.S. futures tracking the blue-chip Dow rose 0.3%.",
])
def test_a_company_or_a_contract_named_after_a_good_or_an_index_is_neither(lexicon, text):
    assert all(m.subject.entity is None for m in facts(lexicon, text, "move"))
