"""Each figure of a move in its right role: a prior close told with a possessive, an old record or a year
that is no level, a week's change beside the day's, and the phrasings that put the level first or the
verb in the present. Invented wraps in, moves out."""
import pytest

from verifier.document import parse_document
from verifier.extract import extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def moves(lexicon, text):
    return [f for f in extract(parse_document(text, "t"), lexicon).facts if f.kind == "move"]


def texts(move):
    fields = ("change", "percent", "level", "prior", "open", "low", "high")
    return {k: getattr(move, k).span.text for k in fields if getattr(move, k)}


# A possessive before a session word makes it a noun --------------------------------------------

def test_yesterdays_closing_is_the_prior_not_a_second_close(lexicon):
    (move,) = moves(lexicon, "The composite index slipped 2.35 points to 1,611.20 from yesterday's closing of 1,613.55.")
    assert texts(move) == {"change": "2.35 points", "level": "1,611.20", "prior": "1,613.55"}


def test_a_weekdays_close_is_the_prior(lexicon):
    (move,) = moves(lexicon, "The KOSPI added 12.40 points to 2,530.15, above Friday's close of 2,517.75.")
    assert texts(move)["prior"] == "2,517.75"


def test_a_company_named_with_an_apostrophe_s_still_moves(lexicon):
    found = moves(lexicon, "Hardware chain Lowe's was up 3.1 percent to $81.40, while Macy's dropped $0.92, or 2.6 percent, to $34.50.")
    assert [m.subject.text for m in found] == ["Lowe's", "Macy's"]
    assert texts(found[1]) == {"change": "$0.92", "percent": "2.6 percent", "level": "$34.50"}


def test_its_is_a_contraction_not_a_possessive(lexicon):
    (move,) = moves(lexicon, "The Nikkei is volatile today and it's up 1.3% at 31,450.20.")
    assert texts(move) == {"percent": "1.3%", "level": "31,450.20"}


# An old record or a year is no level of this session ------------------------------------------

def test_a_previous_record_is_not_a_second_close(lexicon):
    text = ("The TSX composite was up 88.12 points to 15,234.50, just off its session high of 15,240.10, "
            "which was above the previous record of 15,236.00.")
    found = moves(lexicon, text)
    assert all("15,236.00" not in texts(m).values() for m in found)


def test_a_year_after_end_is_not_a_prior_level(lexicon):
    (move,) = moves(lexicon, "The PX index ended March at 1,402.18, up 3.4 percent compared to the end 2019.")
    assert texts(move) == {"level": "1,402.18", "percent": "3.4 percent"}


def test_a_hyphenated_year_is_not_a_prior_level(lexicon):
    (move,) = moves(lexicon, "The PX index closed at 1,402.18 points, up 3.4 pct from end-2019.")
    assert "prior" not in texts(move)


def test_an_index_called_set_is_not_the_word_set(lexicon):
    (move,) = moves(lexicon, "SET Index closed at 1,402.18 points, up 12.75 points.")
    assert texts(move) == {"level": "1,402.18 points", "change": "12.75 points"}


# A week's change beside the day's ---------------------------------------------------------------

def test_a_weekly_percent_after_the_days_move_is_a_move_of_the_week(lexicon):
    day, week = moves(lexicon, "U.S. crude futures fell 31 cents to $52.18, down 2.4 per cent on the week.")
    assert texts(day) == {"change": "31 cents", "level": "$52.18"} and day.period == "session"
    assert texts(week) == {"percent": "2.4 per cent"} and week.period == "week" and week.direction == -1


def test_a_participle_with_a_week_is_the_weeks_move(lexicon):
    day, week = moves(lexicon, "Brent futures settled up 5 cents at $55.20, rising 1.1 per cent for the week.")
    assert day.period == "session" and week.period == "week" and texts(week) == {"percent": "1.1 per cent"}


def test_a_continuation_of_the_same_day_still_merges(lexicon):
    (move,) = moves(lexicon, "The Hang Seng closed at 17,212.40, up 152.30 points or 0.89 percent.")
    assert texts(move) == {"level": "17,212.40", "change": "152.30 points", "percent": "0.89 percent"}


# Present tense and futures ----------------------------------------------------------------------

def test_futures_settle_in_the_present_and_are_the_commodity(lexicon):
    (move,) = moves(lexicon, "Brent crude futures settle at $71.20, up $0.85 or 1.2%.")
    assert move.subject.type == "commodity"
    assert texts(move) == {"level": "$71.20", "change": "$0.85", "percent": "1.2%"}


# Whose move, and of which part of the day ------------------------------------------------------

def test_bare_shares_after_company_news_are_the_companys(lexicon):
    text = ("Bakery chain Crumbworth said profit doubled in the half year.\n"
            "The firm said sales had been up 8.2% over the period.\n"
            "Shares had dipped 4% by the end of the day.")
    move = moves(lexicon, text)[-1]
    assert move.subject.type == "stock" and texts(move) == {"percent": "4%"}


def test_bare_shares_after_an_index_are_the_market(lexicon):
    text = "The FTSE 100 rose 0.4% to 7,612.30.\nShares had dipped 0.3% in early deals."
    assert moves(lexicon, text)[-1].subject.entity == "ftse-100"


def test_a_city_followed_by_a_move_verb_is_its_market(lexicon):
    (move,) = moves(lexicon, "Karachi closed down 0.8 percent at 43,210.50 points on profit taking.")
    assert move.subject.entity == "kse-100" and move.subject.type == "market"


def test_a_city_inside_a_company_name_is_no_market(lexicon):
    (move,) = moves(lexicon, "Dubai Camel Holdings gained 2.1 percent to 3.40 dirhams.")
    assert move.subject.entity is None


def test_the_value_of_shares_is_not_the_market(lexicon):
    from verifier.extract.context import Context
    ctx = Context(parse_document("The value of shares traded rose to 410 million riyals.", "t"), lexicon)
    assert not any(n.text.lower() == "shares" for n in ctx.named)


def test_a_clock_time_before_the_verb_makes_the_move_intraday(lexicon):
    (move,) = moves(lexicon, "At 10.42am, the FBM KLCI was down 3.15 points at 1,498.20.")
    assert move.period == "intraday"


def test_midday_makes_the_move_intraday_but_a_close_stays_the_close(lexicon):
    first, second = moves(lexicon, "At midday, the STI was up 0.3% at 3,210.55.\n\nBy 5pm the STI closed up 0.5% at 3,216.80.")
    assert first.period == "intraday" and second.period == "session"


def test_when_after_a_past_date_tells_that_day(lexicon):
    text = "The DSEX rose 0.4 per cent to 5,811, its highest since 8 March 2021, when the DSEX was at 5,840."
    first, second = moves(lexicon, text)
    assert first.period == "session" and second.period == "unknown" and texts(second) == {"level": "5,840"}


def test_a_lowest_point_told_with_was_is_the_low(lexicon):
    (move,) = moves(lexicon, "The market's lowest point today was 39,120 as sellers returned.")
    assert texts(move) == {"low": "39,120"}


def test_a_price_unit_between_the_level_and_a_direction_word_is_no_subject(lexicon):
    (move,) = moves(lexicon, "Brent crude for March delivery was trading at $88.40 a barrel, down $2.10, or 2.32 percent.")
    assert move.subject.entity == "brent"
    assert texts(move) == {"level": "$88.40", "change": "$2.10", "percent": "2.32 percent"}
