"""A share's price told beside its move, an amount per share and the shares a company traded at a price
are statistics of that company (sentences invented for the project)."""
import pytest

from verifier.document import parse_document
from verifier.extract import extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def prices(lexicon, text):
    facts = extract(parse_document(text, "t"), lexicon).facts
    return [(f.measure, f.quantity.span.text) for f in facts if f.kind == "statistic"]


def test_a_closing_price_per_share_after_a_percent(lexicon):
    text = "Acme Gas led the gainers by 10 per cent, to close at N7.35 per share."
    assert ("closing price", "N7.35") in prices(lexicon, text)


def test_the_shares_a_company_traded_and_their_price(lexicon):
    text = "Delta Power remained the most active stock with 112.20 million shares at Rs7.85 per share."
    assert prices(lexicon, text) == [("shares traded", "112.20 million shares"), ("price per share", "Rs7.85")]


def test_a_dividend_per_share_is_an_amount_not_a_price(lexicon):
    text = "The board also approved a cash dividend of 20 percent of capital, or SR 2.5 a share, for the half."
    assert ("amount per share", "SR 2.5") in prices(lexicon, text)


def test_an_index_closing_level_is_no_share_price(lexicon):
    text = "London's blue-chip index touched 7,921.3 at one point, but then fell back to close at 7,898.08."
    assert all(m not in ("closing price", "price per share") for m, _ in prices(lexicon, text))
