"""Investor flows: each amount a group bought or sold is a statistic that says which side it was and
whose, with the earlier flow it is set against (sentences invented for the project)."""
import pytest

from verifier.document import parse_document
from verifier.extract import bound, extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def flows(lexicon, text):
    facts = extract(parse_document(text, "t"), lexicon).facts
    return [(f.measure, f.quantity.span.text, f.subject.text if f.subject else None, f.prior.span.text if f.prior else None)
            for f in facts if f.kind == "statistic"]


def test_a_flow_named_as_a_noun_before_its_amount(lexicon):
    text = "Net foreign selling for the session amounted to P2.31 billion, while foreign buying came to P1.05 billion."
    assert flows(lexicon, text) == [("net selling", "P2.31 billion", None, None), ("buying", "P1.05 billion", None, None)]


def test_gross_sales_set_against_gross_purchases(lexicon):
    text = "Net foreign outflows hit P1.3 billion as foreign selling totaled P4.75 billion against foreign buying of P3.45 billion."
    assert [m for m, *_ in flows(lexicon, text)] == ["net outflows", "selling", "buying"]


def test_an_amount_worth_of_a_flow(lexicon):
    text = "Sentiment soured on some 540 million worth of net foreign selling."
    assert flows(lexicon, text) == [("net selling", "some 540 million", None, None)]


def test_a_group_with_words_between_its_verb_and_its_amount(lexicon):
    text = ("Foreign portfolio investors bought shares worth a net of Rs 512.40 crore, and domestic institutional "
            "investors were net sellers to the tune of Rs 87.05 crore.")
    assert flows(lexicon, text) == [
        ("net buying", "Rs 512.40 crore", "Foreign portfolio investors", None),
        ("net selling", "Rs 87.05 crore", "domestic institutional investors", None)]


def test_the_earlier_flow_it_is_compared_with_is_its_prior(lexicon):
    text = "Overseas funds sold a net NT$3.42 billion of local shares, compared with a net NT$1.18 billion a day earlier."
    assert flows(lexicon, text) == [("net selling", "NT$3.42 billion", "Overseas funds", "NT$1.18 billion")]


def test_a_later_verb_starts_a_flow_of_its_own_side(lexicon):
    text = "Local institutions sold a net NT$412 million yesterday, after buying a net NT$9.3 billion on Thursday."
    assert [(m, q) for m, q, *_ in flows(lexicon, text)] == [("net selling", "NT$412 million"), ("net buying", "NT$9.3 billion")]


def test_a_net_amount_takes_the_side_the_sentence_names(lexicon):
    text = "Arab investors were net sellers, with a net equity of EGP 14.2 million and EGP 3.9 million, excluding the deals."
    assert [(m, q) for m, q, *_ in flows(lexicon, text)] == [("net selling", "EGP 14.2 million"), ("net selling", "EGP 3.9 million")]


def test_a_trading_verb_without_an_investor_group_is_no_flow(lexicon):
    text = "The carmaker sold $2.4 billion of bonds on Tuesday."
    assert all(m not in ("net selling", "net buying") for m, *_ in flows(lexicon, text))


def test_every_flow_figure_is_bound(lexicon):
    text = "Foreign investors poured $215 million into the market last week, and retail traders purchased a net 96.4 billion won."
    extraction = extract(parse_document(text, "t"), lexicon)
    assert len(bound(extraction)) == len(extraction.mentions) == 2


def test_a_group_that_picked_up_a_net_amount_bought_it(lexicon):
    assert flows(lexicon, "Retail traders picked up a net 212.7 billion won.") == [("net buying", "212.7 billion won", "Retail traders", None)]
