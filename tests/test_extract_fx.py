"""Exchange rates a move left unread are statistics of the currency, with the earlier rate they are
compared with (sentences invented for the project)."""
import pytest

from verifier.document import parse_document
from verifier.extract import extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def rates(lexicon, text):
    facts = extract(parse_document(text, "t"), lexicon).facts
    return [(f.measure, f.quantity.span.text, f.prior.span.text if f.prior else None) for f in facts if f.kind == "statistic"]


def test_a_rate_against_a_named_currency_after_a_list_of_changes(lexicon):
    text = "The ringgit eased 0.12% against the pound sterling to 5.7310 and 0.05% against the Singapore dollar to 3.3185."
    found = rates(lexicon, text)
    assert ("change against the Singapore dollar", "0.05%", None) in found
    assert ("exchange rate against the Singapore dollar", "3.3185", None) in found


def test_a_rate_with_the_rate_it_is_lower_than(lexicon):
    text = "Late in New York the dollar bought 131.45 Japanese yen, lower than 132.02 Japanese yen of the session before."
    assert rates(lexicon, text) == [("exchange rate", "131.45", "132.02")]


def test_a_rate_from_an_earlier_rate(lexicon):
    text = "The greenback was up to 1.3390 Canadian dollars from 1.3341 Canadian dollars."
    [(measure, _, prior)] = rates(lexicon, text)
    assert (measure, prior) == ("exchange rate", "1.3341 Canadian dollars")


def test_a_share_price_in_yen_is_no_exchange_rate(lexicon):
    text = "Sony shares closed at 12,840 yen on Tuesday."
    assert all(m != "exchange rate" for m, *_ in rates(lexicon, text))


def test_a_coin_forecast_is_no_exchange_rate(lexicon):
    text = "Analysts see bitcoin predictions ranging from $50,000 by spring to $90,000 next year."
    assert all(not m.startswith("exchange rate") for m, *_ in rates(lexicon, text))
