"""A currency's change against its two quotes, in the ways forex desks tell it. Sentences and figures are invented."""
from __future__ import annotations

import pytest

from conftest import findings


@pytest.mark.parametrize("text", [
    # the change after the close, with its comparative and the prior it is measured from
    "The rupee closed at Rs279.84 against the dollar on Thursday, 9 paisa weaker than its previous close of Rs279.70.",
    "The rupee ended at Rs279.84, 9 paisa lower than Wednesday's close of Rs279.70.",
    # the prior after a quote unit and a comparison
    "The rupee lost 9 paisa to close at Rs279.84 against the dollar, compared with its previous close of Rs279.70.",
    # the prior set against the level
    "The euro was traded at Rs301.25 against Rs300.90, up 0.45.",
    # the change told as a noun before the currency it moved, the level in a relative clause
    "An increase of 45 paisa was witnessed in the exchange rate of the euro, which traded at Rs301.25 as compared to "
    "the last closing of Rs300.90.",
])
def test_a_currency_change_that_is_not_the_gap_between_its_two_quotes_is_an_error(text):
    assert [(f.rule, f.severity.value) for f in findings(text)] == [("change-prior-mismatch", "error")]


@pytest.mark.parametrize("text", [
    "The rupee closed at Rs279.84 against the dollar on Thursday, 14 paisa weaker than its previous close of Rs279.70.",
    "The euro was traded at Rs301.25 against Rs300.90, up 0.35.",
    "An increase of 35 paisa was witnessed in the exchange rate of the euro, which traded at Rs301.25 as compared to "
    "the last closing of Rs300.90.",
])
def test_the_same_sentences_with_the_right_change_pass(text):
    assert findings(text) == []


def test_a_distance_from_another_day_told_after_the_close_is_no_change_of_the_session():
    assert findings("The index closed at 4,212.55, up 0.3%, 700 points higher than its March low.") == []


def test_an_opening_price_per_kilogram_and_its_fall_from_the_previous_close_are_checked_together():
    text = "Silver opened at Rs 68,300 per kg on the MCX, a fall of Rs 350 from the previous close of Rs 68,628."
    assert [(f.rule, f.severity.value) for f in findings(text)] == [("open-gap-mismatch", "error")]
    assert findings(text.replace("Rs 350", "Rs 328")) == []
