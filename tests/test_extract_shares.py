"""A percent said to be a part of a whole is a share, and a list of sectors after it carries the cue on
(sentences invented for the project)."""
import pytest

from verifier.document import parse_document
from verifier.extract import bound, extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def shares(lexicon, text):
    facts = extract(parse_document(text, "t"), lexicon).facts
    return [(f.quantity.span.text, f.measure) for f in facts if f.kind == "statistic" and f.measure.startswith("share")]


def test_a_sector_list_after_accounting_for(lexicon):
    text = "Turnover reached Rs 2.1 billion, with the cement sector accounting for 18.6 percent, the textile sector 12.2 percent and the power sector (7.9 percent)."
    assert [q for q, _ in shares(lexicon, text)] == ["18.6 percent", "12.2 percent", "7.9 percent"]


def test_a_parenthesised_member_is_no_sector_move(lexicon):
    text = "Banks led the value traded, accounting for 42.5 percent of the total, followed by the telecom sector (17.3 percent)."
    extraction = extract(parse_document(text, "t"), lexicon)
    assert [f for f in extraction.facts if f.kind == "move"] == []
    assert shares(lexicon, text) == [("42.5 percent", "share of the total"), ("17.3 percent", "share of the total")]


def test_two_shares_respectively_of_a_whole(lexicon):
    text = "Foreign and local funds commanded 12% and 30% respectively of the total market."
    assert [q for q, _ in shares(lexicon, text)] == ["12%", "30%"]


def test_a_share_of_market_value(lexicon):
    text = "The gauge, which represents about 85 percent of all listed companies, rose 0.6 percent."
    extraction = extract(parse_document(text, "t"), lexicon)
    assert shares(lexicon, text) == [("about 85 percent", "share of all listed companies")]
    assert len(bound(extraction)) == 2
