"""Intraday ranges join the move of their subject, in the same sentence or the next."""
import pytest

from verifier.document import parse_document
from verifier.extract import extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def moves(lexicon, text):
    return [f for f in extract(parse_document(text, "t"), lexicon).facts if f.kind == "move"]


def test_after_trading_between_gives_low_and_high(lexicon):
    text = "The KOSPI climbed 41.37 points or 1.52 percent to finish at 2,763.94 after trading between 2,731.08 and 2,770.55."
    (move,) = moves(lexicon, text)
    assert (move.low.span.text, move.high.span.text) == ("2,731.08", "2,770.55")
    assert move.level.span.text == "2,763.94"
    assert move.span.end == text.index("2,770.55") + len("2,770.55")


def test_moving_between_after_a_close(lexicon):
    (move,) = moves(lexicon, "The Taiex ended up 12.00 points, or 0.05 percent, at 24,100.50 after moving between 24,010.10 and 24,150.00.")
    assert (move.low.span.text, move.high.span.text) == ("24,010.10", "24,150.00")


def test_between_a_low_and_a_high(lexicon):
    (move,) = moves(lexicon, "The PSEi rose 0.4 percent to 6,310.22, between a low of 6,250.13 and a high of 6,322.90.")
    assert (move.low.span.text, move.high.span.text) == ("6,250.13", "6,322.90")


def test_a_high_and_a_low_in_the_next_sentence(lexicon):
    text = ("The Sensex closed at 31,246.18 points, down 168.34 points or 0.54 percent. "
            "The Sensex hit a high of 31,702.55 points and a low of 31,188.26 points during the session.")
    (move,) = moves(lexicon, text)
    assert (move.high.span.text, move.low.span.text) == ("31,702.55 points", "31,188.26 points")


def test_off_an_earlier_high_sets_only_the_high(lexicon):
    (move,) = moves(lexicon, "TSMC slipped 0.38 percent Monday to close at NT$1,312.00, off an earlier high of 1,325.00.")
    assert move.high.span.text == "1,325.00" and move.low is None


def test_hit_an_intraday_high(lexicon):
    text = "The Nikkei rose 1.1 percent to 38,200.10. It hit an intraday high of 38,450.55."
    (move,) = moves(lexicon, text)
    assert move.high.span.text == "38,450.55"


def test_a_range_joins_its_own_subject_not_the_last_move(lexicon):
    text = ("The Hang Seng fell 0.8 percent to 25,010.44, while the CSI 300 added 0.3 percent to 3,912.04. "
            "The Hang Seng traded between 24,900.12 and 25,330.67.")
    hang_seng, csi = moves(lexicon, text)
    assert hang_seng.subject.entity == "hang-seng" and hang_seng.low.span.text == "24,900.12"
    assert csi.low is None


def test_as_low_as_is_the_sessions_low(lexicon):
    (move,) = moves(lexicon, "The JCI closed at 8,010.22, up 0.5 percent, after trading as low as 7,962.84.")
    assert move.low.span.text == "as low as 7,962.84" and move.low.qualifier == "exact"
    assert move.level.span.text == "8,010.22" and move.direction == 1
