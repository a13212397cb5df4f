"""A level an index is said to have reached, touched or crossed, told without a move, is a statistic of
that index, never a close; exchange codes and numeric tickers are names (sentences invented)."""
import pytest

from verifier.document import parse_document
from verifier.extract import bound, extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def read(lexicon, text):
    return extract(parse_document(text, "t"), lexicon)


def marks(lexicon, text):
    return [(f.subject.name if f.subject else None, f.measure, f.quantity.span.text)
            for f in read(lexicon, text).facts if f.kind == "statistic"]


def test_levels_an_index_reached_on_two_days(lexicon):
    text = "On Monday the KOSPI reached 2,612.40 points, after it reached 2,580.15 points on Friday."
    assert [(s, m) for s, m, _ in marks(lexicon, text)] == [("KOSPI", "level reached"), ("KOSPI", "level reached")]


def test_an_intraday_touch_and_a_low_named_after_the_figure(lexicon):
    text = "The Nikkei touched 38,104.52 in early trade, and it ended 51,300.12 points at its lowest point of the week."
    found = marks(lexicon, text)
    assert ("Nikkei 225", "level reached", "38,104.52") in found


def test_a_mark_crossed_is_no_level_reached(lexicon):
    text = "The Sensex remained above 80,000 points for a third day."
    assert marks(lexicon, text) == [("Sensex", "mark crossed", "80,000 points")]


def test_a_share_price_reached_is_no_index_level(lexicon):
    assert marks(lexicon, "Toyota shares reached 3,120 yen on Tuesday.") == []


def test_exchange_codes_name_their_index_and_tickers_are_no_figures(lexicon):
    text = ".DFMGI rose 0.8% to 4,210\n\nSaudi Arabia's index .TASI added 0.3%, helped by Acme Foods (2281.SE)."
    extraction = read(lexicon, text)
    moves = [f for f in extraction.facts if f.kind == "move"]
    assert [m.subject.name for m in moves] == ["DFM General Index", "Tadawul All Share Index"]
    assert [m.text for m in extraction.mentions] == ["0.8", "4,210", "0.3"]
    assert len(bound(extraction)) == 3
