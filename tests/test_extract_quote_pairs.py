"""Two-way quotes with a shortened offer ("3.8410/8460"): both halves are figures, the offer read as
the nearest price at or above the bid its digits allow, and an offer whose digits fall below the
bid with no nearby roll-over is a slip."""
from decimal import Decimal

import pytest

from conftest import findings
from verifier.document import parse_document
from verifier.extract import bound, extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def pairs(lexicon, text):
    return [f for f in extract(parse_document(text, "t"), lexicon).facts if f.kind == "quote_pair"]


def test_the_offer_is_the_bid_with_its_last_digits_replaced(lexicon):
    (pair,) = pairs(lexicon, "The local unit eased to 3.8410/8460 against the greenback.")
    assert (pair.bid.value, pair.offer.value, pair.rolled) == (Decimal("3.8410"), Decimal("3.8460"), False)
    assert (pair.bid.span.text, pair.offer.span.text) == ("3.8410", "8460")


def test_offer_digits_below_the_bids_roll_over_to_the_next_figure(lexicon):
    (pair,) = pairs(lexicon, "It firmed against the euro to 3.9982/0012.")
    assert (pair.offer.value, pair.rolled) == (Decimal("4.0012"), True)


def test_both_halves_of_every_quote_are_bound(lexicon):
    extraction = extract(parse_document("It traded at 1.0840/60 from 1.0815/35 on Monday.", "t"), lexicon)
    assert len(bound(extraction)) == len(extraction.mentions) == 4


def test_an_offer_a_whole_figure_above_the_bid_is_an_error():
    (finding,) = [f for f in findings("The local unit was quoted at 3.8410/7460 against the greenback.") if f.rule == "quote-offer-below-bid"]
    assert finding.severity == "error" and finding.suspect.text == "7460"


def test_a_roll_over_by_a_few_pips_is_no_finding():
    assert not [f for f in findings("It firmed against the euro to 3.9982/0012.") if f.rule == "quote-offer-below-bid"]
