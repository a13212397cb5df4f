"""Sector states: a sector summed up in words, resolved to the sectors of the company lexicon."""
import pytest

from verifier.document import parse_document
from verifier.extract import extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def sector_facts(lexicon, text):
    facts = extract(parse_document(text, "t"), lexicon).facts
    return [(f.kind, f.span.text, f.subject.sector, f.direction) for f in facts
            if getattr(f, "subject", None) is not None and f.subject.type == "sector"]


def test_a_copula_sums_up_a_sector_even_when_a_company_figure_follows_in_the_next_clause(lexicon):
    text = "Seoul shares ended flat on Friday, and the financial sector was soft, while Mizuho Financial rose 1.1 percent."
    assert sector_facts(lexicon, text) == [("state", "was soft", "financial", -1)]


def test_sector_nouns_and_plural_company_groups_are_sector_subjects(lexicon):
    text = "Financial shares fell in early deals. Later, banks were weak and carmakers were firm."
    assert sector_facts(lexicon, text) == [
        ("state", "fell", "financial", -1),
        ("state", "were weak", "financial", -1),
        ("state", "were firm", "automobile", 1),
    ]


def test_gains_from_a_list_of_sectors_give_each_sector_its_direction(lexicon):
    text = "The Kospi finished higher on Tuesday after gains from the technology and automobile companies."
    phrase = "gains from the technology and automobile companies"
    assert sector_facts(lexicon, text) == [("state", phrase, "technology", 1), ("state", phrase, "automobile", 1)]
    losses = sector_facts(lexicon, "Losses in real estate, energy and retail stocks weighed on the market.")
    assert [(s, d) for _, _, s, d in losses] == [("real estate", -1), ("energy", -1), ("retail", -1)]


def test_a_sector_heading_a_list_of_companies_does_not_take_their_moves(lexicon):
    facts = extract(parse_document("Among automakers, Hyundai Motor slid 2.4 percent.", "t"), lexicon).facts
    (move,) = [f for f in facts if f.kind == "move"]
    assert move.subject.type != "sector" and move.span.text == "Hyundai Motor slid 2.4 percent"


def test_strength_of_a_sector_in_a_forecast_is_not_a_session_summary(lexicon):
    text = "The outlook for Asian markets is upbeat, riding on the strength of technology companies."
    assert sector_facts(lexicon, text) == []
