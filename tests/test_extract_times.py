"""Times of day: the local clock as minutes after midnight, the part of the day around them, and the a.m./p.m. slip."""
import pytest

from verifier import check
from verifier.document import parse_document
from verifier.extract import extract
from verifier.extract.times import minutes
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def times(lexicon, text):
    return [(f.span.text, f.minutes, f.daypart) for f in time_refs(lexicon, text)]


def time_refs(lexicon, text):
    return [f for f in extract(parse_document(text, "t"), lexicon).facts if f.kind == "date_ref" and f.role == "time"]


@pytest.mark.parametrize("written, expected", [
    ("12:06 a.m.", 6), ("12:06 p.m.", 726), ("2.30pm", 870), ("9 a.m.", 540), ("12 a.m.", 0),
    ("05:00 PM", 1020), ("15:05", 905), ("1430 local time", 870),
])
def test_a_local_clock_reads_as_minutes_after_midnight(written, expected):
    assert minutes(written) == expected


@pytest.mark.parametrize("written", ["0822 GMT", "3:30 p.m. GMT", "1200 AEDT", "0912ET", "10:34"])
def test_a_universal_clock_a_wire_stamp_or_an_unclear_half_of_the_day_has_no_minutes(written):
    assert minutes(written) is None


def test_the_part_of_the_day_is_read_in_the_sentence_or_the_lead_just_before(lexicon):
    assert times(lexicon, "The Sensex was up 0.4 percent in afternoon deals at 2:15 p.m.") == [("2:15 p.m.", 855, "afternoon")]
    text = "Stocks wobbled in midday trading on Monday. Investors weighed bond yields.\n\nThe S&P 500 was flat as of 12:20 p.m."
    assert times(lexicon, text) == [("12:20 p.m.", 740, "noon")]


def test_a_part_of_the_day_far_before_the_time_is_not_its_part(lexicon):
    text = "Stocks wobbled in midday trading. Bonds firmed. The yen eased. Oil slid. The index closed at 4 p.m."
    assert times(lexicon, text) == [("4 p.m.", 960, None)]


def findings(text):
    return [f for f in check(text).findings if f.rule == "time-daypart-mismatch"]


def test_a_part_of_the_day_outside_the_times_clause_is_read_loosely(lexicon):
    (same,) = time_refs(lexicon, "The Kospi was up 0.2 percent in afternoon deals at 2:15 p.m.")
    (other,) = time_refs(lexicon, "The Kospi rose in afternoon deals, while futures were flat at 9 p.m.")
    (before,) = time_refs(lexicon, "The Kospi rose in afternoon deals. Futures were flat at 9 p.m.")
    assert same.loose == {}
    assert "another clause" in other.loose["daypart"] and "1 sentence before" in before.loose["daypart"]


def test_noon_trading_stamped_just_after_midnight_is_an_am_pm_slip():
    (finding,) = findings("The Nasdaq was down 0.6 percent in noon trading as of 12:15 a.m. Eastern time.")
    assert finding.suspect.text == "12:15 a.m." and finding.severity.value == "error"
    (loose,) = findings("Wall Street fell in noon trading. The Nasdaq was down 0.6 percent as of 12:15 a.m. Eastern time.")
    assert loose.severity.value == "warning" and "named 1 sentence before" in loose.message


def test_a_later_time_than_the_part_of_the_day_named_is_no_slip():
    assert findings("The Kospi rose in morning trade before slipping to a 0.3 percent loss by 2:40 p.m.") == []


def test_a_time_in_gmt_is_not_set_against_the_local_part_of_the_day():
    assert findings("Tokyo stocks rose in afternoon trade, with the Nikkei up 0.5 percent at 0540 GMT.") == []


def test_a_time_converted_to_another_clock_in_parentheses_is_not_set_against_the_local_part_of_the_day():
    assert findings("Tokyo shares rose in morning trade, up 0.9% at 9.20 a.m. local time (8.20 p.m. ET).") == []


@pytest.mark.parametrize("text", [
    "The won opened firmer this morning. At 9am it was quoted at 1,391.20 against 1,394.80 at 6pm yesterday.",
    "The won opened firmer this morning, at 1,391.20 per dollar from 1,394.80 at 6pm.",
    "Stocks rose in morning trade after the central bank spoke at 7 p.m. Monday.",
])
def test_a_time_of_another_day_or_of_the_prior_quote_is_not_in_todays_part_of_the_day(text):
    assert findings(text) == []
