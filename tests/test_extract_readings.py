"""Readings of economic and contract measures are statistics named by their noun, with the earlier value
after "from" as prior and the verb's direction as the comparison a rule checks (sentences invented)."""
import pytest

import verifier
from verifier.document import parse_document
from verifier.extract import extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def readings(lexicon, text):
    facts = extract(parse_document(text, "t"), lexicon).facts
    return [(f.measure, f.quantity.span.text, f.prior.span.text if f.prior else None, f.comparison_direction)
            for f in facts if f.kind == "statistic"]


def test_a_measure_that_slowed_to_a_figure_from_another(lexicon):
    text = "Chile's factory output growth slowed down to 2.4 per cent in May from 5.1 per cent a year earlier."
    assert readings(lexicon, text) == [("factory output growth", "2.4 per cent", "5.1 per cent", -1)]


def test_open_interest_against_the_previous_count(lexicon):
    text = "Open interest rose to 211,870 contracts against the 207,402 contracts previously."
    assert readings(lexicon, text) == [("open interest", "211,870", "207,402", 1)]


def test_a_policy_rate_cut_to_a_level_from_another(lexicon):
    text = "The central bank cut its deposit rate to 0.75% from 1%."
    assert readings(lexicon, text) == [("deposit rate", "0.75%", "1%", -1)]


def test_a_reading_that_came_in_with_its_expectation(lexicon):
    text = "The jobless rate in Spain came in at a seasonally adjusted 3.1 percent in March, above expectations for 3.0 percent."
    assert [(m, q) for m, q, *_ in readings(lexicon, text)] == [("jobless rate", "3.1 percent"), ("expected jobless rate", "3.0 percent")]


def test_a_reading_said_to_narrow_while_its_figures_grew_is_flagged():
    report = verifier.check("Open interest narrowed to 188,340 contracts from 181,905 contracts on Monday.")
    assert [f.rule for f in report.findings] == ["statistic-comparison-mismatch"]


def test_a_market_that_fell_to_a_level_is_no_reading(lexicon):
    text = "The KOSPI fell to 2,412.30 from 2,450.10 on Friday."
    assert readings(lexicon, text) == []
