"""Changes measured from something other than the last close are statistics naming their reference,
never a session's move (sentences invented for the project)."""
import pytest

from verifier.document import parse_document
from verifier.extract import extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def stats(lexicon, text):
    facts = extract(parse_document(text, "t"), lexicon).facts
    return {f.quantity.span.text: f.measure for f in facts if f.kind == "statistic"}


def test_a_distance_from_a_reference_high_or_low(lexicon):
    text = "--Off 11.25% from its 52-week high of $1,830.40\n\n--Yield is up 0.731 percentage point from its 2021 closing low of 1.902%"
    found = stats(lexicon, text)
    assert found["11.25%"] == "distance from its 52-week high"
    assert found["0.731 percentage point"] == "distance from its 2021 closing low"


def test_a_distance_from_a_year_ago(lexicon):
    assert stats(lexicon, "--Down 3.08% from 52 weeks ago")["3.08%"] == "distance from 52 weeks ago"


def test_a_change_over_a_trailing_span_is_no_session_move(lexicon):
    text = "The miner index added 1.4% on Monday and 6.15% over the previous 30 days."
    extraction = extract(parse_document(text, "t"), lexicon)
    assert stats(lexicon, text)["6.15%"] == "change over the previous 30 days"
    assert all("6.15%" not in (f.percent.span.text if f.percent else "") for f in extraction.facts if f.kind == "move")


def test_period_to_date_returns_carry_on_through_a_list(lexicon):
    text = "Week-to-date and year-to-date returns climbed to 2.41 per cent and 17.30 per cent, respectively."
    found = stats(lexicon, text)
    assert found["2.41 per cent"] == found["17.30 per cent"] == "week-to-date and year-to-date returns"


def test_a_return_so_far_this_year(lexicon):
    assert stats(lexicon, "The gauge has built a return so far this year of 6.2%.")["6.2%"] == "so far this year return"


def test_points_away_from_a_record_close(lexicon):
    text = "The average rose 12.10 points, after coming just 3.75 points away from its best-ever close of 9,812.40."
    assert stats(lexicon, text)["3.75 points"] == "distance from its best-ever close"
