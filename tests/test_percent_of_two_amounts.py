"""A percent told with the two amounts it compares (turnover, volume, the market's value) must be the
change over the earlier amount, read charitably. Sentences and figures are invented."""
from __future__ import annotations

from conftest import findings


def rules(text):
    return [(f.rule, f.severity.value) for f in findings(text)]


def test_a_turnover_percent_that_no_reading_of_its_values_gives_is_an_error():
    text = "Turnover on the bourse climbed 31.0 percent to 5.12 billion riyals from 4.53 billion riyals on Sunday."
    assert rules(text) == [("turnover-percent-mismatch", "error")]


def test_the_percent_of_the_new_value_as_base_is_a_reading_that_holds():
    # 0.59 over 5.12 is 11.5%: a wrong base, left to no error
    text = "Turnover on the bourse climbed 11.5 percent to 5.12 billion riyals from 4.53 billion riyals on Sunday."
    assert rules(text) == []


def test_volumes_rounded_to_millions_allow_the_percent_their_edges_give():
    # 58 and 55 million may be 57.5 and 55.5: a rise of 3.6% is within reach
    text = "Trading volume increased by 3.60 percent to 58 million shares as against 55 million shares a week earlier."
    assert rules(text) == []


def test_a_volume_percent_far_from_its_two_counts_is_an_error():
    text = "Trading volume increased by 13.60 percent to 58.22 million shares as against 55.10 million shares a week earlier."
    assert rules(text) == [("volume-percent-mismatch", "error")]


def test_the_market_value_percent_is_checked_against_its_two_values():
    wrong = "Market capitalisation slipped 4.4% to 318.6 billion dirhams from 322.9 billion dirhams."
    right = "Market capitalisation slipped 1.3% to 318.6 billion dirhams from 322.9 billion dirhams."
    assert rules(wrong) == [("market-value-percent-mismatch", "error")]
    assert rules(right) == []
