"""A count of an index's members, or a number that is part of an index's name, is no figure to check
(sentences invented for the project)."""
import pytest

from verifier.document import parse_document
from verifier.extract import bound, extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def read(lexicon, text):
    return extract(parse_document(text, "t"), lexicon)


def members(lexicon, text):
    return [(f.measure, f.quantity.span.text) for f in read(lexicon, text).facts if f.kind == "statistic"]


def test_a_count_of_members_made_a_modifier(lexicon):
    assert members(lexicon, "The broader 100-stock gauge ended flat.") == [("members", "100")]


def test_a_count_before_an_index_name_and_its_members(lexicon):
    assert ("members", "30") in members(lexicon, "Among the 30 Sensex firms, Infosys led the gains.")


def test_an_index_of_leading_shares(lexicon):
    assert ("members", "25") in members(lexicon, "The local index of 25 leading shares rose 1.1 percent.")


def test_the_top_ranks_of_a_list(lexicon):
    assert members(lexicon, "Most of the top 10 cryptocurrencies traded lower.") == [("top ranks", "10")]


def test_a_count_with_a_unit_is_no_member_count(lexicon):
    assert ("members", "40") not in members(lexicon, "Of the $40 leading estimate, nothing remained.")


def test_an_index_named_with_its_members_is_no_figure(lexicon):
    extraction = read(lexicon, "The blue-chip Top 40 index rose 0.61% to 71,420.15 points, and the Nikkei-225 slipped 0.2%.")
    assert [m.text for m in extraction.mentions] == ["0.61", "71,420.15", "0.2"]
    assert len(bound(extraction)) == 3
