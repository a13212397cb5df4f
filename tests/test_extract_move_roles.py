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
    (move,) = moves(lexicon, "SET Index closed at 1,402.18 points, up 12.85 points.")
    assert texts(move) == {"level": "1,402.18 points", "change": "12.85 points"}


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
    (move,) = moves(lexicon, "At 10.34am, the FBM KLCI was down 3.15 points at 1,498.20.")
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
    (move,) = moves(lexicon, "Brent crude for March delivery was trading at $86.70 a barrel, down $2.10, or 2.36 percent.")
    assert move.subject.entity == "brent"
    assert texts(move) == {"level": "$86.70", "change": "$2.10", "percent": "2.36 percent"}


# Moves told as nouns, and levels borrowed from the sentence that ties them ----------------------

def test_a_copula_and_a_noun_of_moving_read_as_a_move(lexicon):
    (move,) = moves(lexicon, "The Kospi ended a volatile week. It was a fall of 18.40, or 0.7%.")
    assert move.direction == -1 and texts(move) == {"change": "18.40", "percent": "0.7%"}


def test_closed_with_a_rise_of_reads_the_level_after_it(lexicon):
    (move,) = moves(lexicon, "The IBEX 35 closed with a rise of 0.52% to 9,412.3 points.")
    assert move.direction == 1 and texts(move) == {"percent": "0.52%", "level": "9,412.3 points"}


def test_posted_a_gain_of_names_its_subject_before_posted(lexicon):
    (move,) = moves(lexicon, "The Straits Times Index posted a gain of 14.2 points (0.4%) to close at 3,318.6.")
    assert move.subject.entity == "sti"
    assert texts(move) == {"change": "14.2 points", "percent": "0.4%", "level": "3,318.6"}


def test_a_forecast_rise_is_no_move(lexicon):
    assert moves(lexicon, "Economists polled expect a rise of 0.3% in retail sales.") == []


def test_the_sentence_before_gives_a_loose_level(lexicon):
    close, rise = moves(lexicon, "The FTSE 100 closed at 7,210.50.\n\nIt was a rise of 41.36, or 0.6%.")
    assert texts(rise)["level"] == "7,210.50" and "level" in rise.loose
    assert close.loose == {}


def test_a_level_two_sentences_back_is_not_borrowed(lexicon):
    text = "The FTSE 100 closed at 7,210.50. Miners led the way. It was a rise of 41.36, or 0.6%."
    assert "level" not in texts(moves(lexicon, text)[-1])


def test_a_week_ends_at_fridays_close_loosely(lexicon):
    text = ("The PSEi slipped 12.40 points or 0.18 percent to close at 6,905.20 on Friday. "
            "For the week, the PSEi added 31.10 points or 0.45 percent.")
    day, week = moves(lexicon, text)
    assert week.period == "week" and texts(week)["level"] == "6,905.20" and "level" in week.loose


def test_a_week_told_in_a_wrap_of_another_day_borrows_nothing(lexicon):
    text = ("The PSEi slipped 12.40 points or 0.18 percent to close at 6,905.20 on Wednesday. "
            "For the week, the PSEi has added 31.10 points or 0.45 percent.")
    assert "level" not in texts(moves(lexicon, text)[-1])


def test_during_the_week_from_last_fridays_close_is_a_week(lexicon):
    (move,) = moves(lexicon, "During the week, the VN-Index won 21.30 points or 2.1 percent from last Friday's close.")
    assert move.period == "week"


def test_an_opening_borrows_the_prior_close_told_before_it(lexicon):
    text = ("At 5 pm, the FBM KLCI gained 2.10 points to 1,512.40, compared to yesterday's close of 1,510.30.\n\n"
            "The benchmark index opened 0.85 points lower at 1,509.45 and moved between 1,508.90 and 1,513.00.")
    opening = moves(lexicon, text)[-1]
    assert texts(opening)["open"] == "1,509.45" and texts(opening)["prior"] == "1,510.30" and "prior" in opening.loose


def test_an_opening_and_the_close_after_it_are_two_moves(lexicon):
    first, second = moves(lexicon, "The Nikkei opened at 38,210.50 and ended 120.40 points up at 38,330.90.")
    assert texts(first) == {"open": "38,210.50"} and texts(second) == {"change": "120.40 points", "level": "38,330.90"}


def test_the_opening_level_at_is_the_open(lexicon):
    (move,) = moves(lexicon, "The pair traded at 1.0936, compared to the opening level at 1.0874.")
    assert texts(move) == {"level": "1.0936", "open": "1.0874"}


# Subjects of the clauses around them ------------------------------------------------------------

def test_an_infinitive_chain_keeps_its_subject_past_an_adverb(lexicon):
    text = "Profit-taking set in, leading the index to give up its morning gains and finally settle at 5,210.40 with a loss of 9.85 points."
    (move,) = moves(lexicon, "The Nifty opened firm.\n" + text)
    assert move.direction == -1 and texts(move) == {"level": "5,210.40", "change": "9.85 points"}


def test_a_relative_clause_after_an_unknown_index_names_it(lexicon):
    (move,) = moves(lexicon, "The XYZ, which closed the day at 12,740.77 points, specifically increased by 207.77 points.")
    assert move.subject.text == "XYZ" and texts(move) == {"level": "12,740.77 points", "change": "207.77 points"}


def test_its_share_price_is_the_sentence_openers(lexicon):
    (move,) = moves(lexicon, "Tamra Foods led the gains on the parallel market, with its share price jumping 7.45 percent.")
    assert move.subject.text == "Tamra Foods" and move.subject.type == "stock"


# Percent, level and prior in one clause; one name given two pairs ------------------------------

def test_recorded_a_percent_to_close_from_a_prior_is_one_move(lexicon):
    text = "The All-Share Index recorded 0.21 per cent to close at 52,410.60 points from the 52,300.75 recorded on Monday."
    (move,) = moves(lexicon, text)
    assert texts(move) == {"percent": "0.21 per cent", "level": "52,410.60 points", "prior": "52,300.75"}


def test_a_second_pair_after_and_is_the_same_names_second_move(lexicon):
    first, second = moves(lexicon, "Gold added 0.31% to $1,912.40/oz and 1.27% to $947.35.")
    assert first.subject.entity == second.subject.entity == "gold"
    assert texts(second) == {"percent": "1.27%", "level": "$947.35"}


def test_a_second_pair_with_more_words_after_it_is_left_alone(lexicon):
    (move,) = moves(lexicon, "Gold added 0.31% to $1,912.40/oz and 1.42% to $1,925.00 since the Fed met.")
    assert texts(move) == {"percent": "0.31%", "level": "$1,912.40"}


def test_a_contrast_clause_names_its_own_subject(lexicon):
    found = moves(lexicon, "Orica was up 3 per cent, while Fisher & Paykel Healthcare went against the tide and slipped 1.2 per cent.")
    assert [m.subject.text for m in found] == ["Orica", "Fisher & Paykel Healthcare"]


def test_a_contrast_clause_without_a_name_borrows_no_subject(lexicon):
    text = "The won was quoted at 1,391.6 per dollar, while in forward trading its one-month contract stood at 1,389.5."
    found = moves(lexicon, text)
    assert found[0].subject.entity == "krw" and found[-1].subject.entity is None
    assert found[-1].subject.text == "one-month contract"


def test_an_index_name_with_digits_is_a_name_not_a_code(lexicon):
    text = "EGX30 fell by 1.4% to 12,318.46 points, while the gauge of smaller firms EGX70 fell by 2.7% to 2,716.52 points."
    first, second = moves(lexicon, text)
    assert first.subject.entity == "egx-30" and second.subject.text == "EGX70"


def test_each_clause_keeps_its_own_weekday(lexicon):
    first, second = moves(lexicon, "The index rose 1.1% to 2,310.20 on Monday and fell 0.4% to 2,301.00 on Tuesday.")
    assert (first.session_day, second.session_day) == ("monday", "tuesday")


def test_a_runs_total_taken_to_a_percent_is_no_level(lexicon):
    day, run = moves(lexicon, "The KLCI slid 5.2 points to close at 1,482.30, taking its full-week drop to 2.1% or 31.75 points.")
    assert run.subject.entity == day.subject.entity == "fbm-klci" and run.direction == -1
    assert texts(run) == {"percent": "2.1%", "change": "31.75 points"} and run.period != "session"


def test_a_day_named_after_the_figures_is_no_subject(lexicon):
    first, second = moves(lexicon, "Ether fell another 11% on Friday, bringing its 5-day decline to 24%.")
    assert second.subject.entity == first.subject.entity or second.subject.text == first.subject.text
    assert second.period == "multi_session" and second.sessions == 5


def test_a_day_between_a_name_and_its_verb_is_no_subject(lexicon):
    (move,) = moves(lexicon, "The Borsa Index of the Exchange Ltd, on Thursday rose by 91.31 points or 1.21 per cent.")
    assert move.subject.text != "Thursday" and texts(move) == {"change": "91.31 points", "percent": "1.21 per cent"}


def test_a_range_joins_the_days_move_not_an_old_days_close(lexicon):
    text = ("Brent settled at $92.40 a barrel, up $1.10, the highest close since March 3, when prices ended at $93.15. "
            "It traded between $90.80 and $92.90.")
    day, then = moves(lexicon, text)
    assert then.period == "unknown" and then.low is None
    assert texts(day)["low"] == "$90.80" and texts(day)["high"] == "$92.90"


def test_a_sized_noun_reads_the_level_it_reached(lexicon):
    (move,) = moves(lexicon, "The Straits Times Index posted a 0.84 per cent gain to reach 3,412.30 points.")
    assert move.subject.entity == "sti" and texts(move) == {"percent": "0.84 per cent", "level": "3,412.30 points"}


def test_a_price_sized_decline_to_close_at(lexicon):
    (move,) = moves(lexicon, "Orient Mills slipped, with Rs12.4 decline to close at Rs410.60.")
    assert move.direction == -1 and texts(move) == {"change": "Rs12.4", "level": "Rs410.60"}


def test_a_move_before_at_one_point_is_still_a_verb(lexicon):
    (move,) = moves(lexicon, "Shares of Coral Mining fell, at one point losing nearly 12% of their value.")
    assert texts(move) == {"percent": "nearly 12%"}


def test_to_end_trading_at_gives_the_level(lexicon):
    (move,) = moves(lexicon, "March Brent crude settled lower by 38 cents, or 0.5%, to end trading at $71.40 a barrel.")
    assert texts(move) == {"change": "38 cents", "percent": "0.5%", "level": "$71.40"}


def test_to_close_an_all_time_high_of_is_the_level(lexicon):
    text = "The KSE-100 index gained 410.20 points, or 0.41 percent to close an all-time high of 101,250.60 points, from the previous day's closing of 100,840.40 points."
    (move,) = moves(lexicon, text)
    assert texts(move) == {"change": "410.20 points", "percent": "0.41 percent", "level": "101,250.60 points", "prior": "100,840.40 points"}


def test_a_price_unit_before_a_participle_keeps_the_subject(lexicon):
    (move,) = moves(lexicon, "Kohat Textiles declined by Rs14.25 per share closing at Rs512.")
    assert move.subject.text == "Kohat Textiles" and texts(move) == {"change": "Rs14.25", "level": "Rs512"}


def test_from_a_low_of_is_the_sessions_low_not_the_prior(lexicon):
    (move,) = moves(lexicon, "The euro rallied from a low of 1.0842 to trade at 1.0890.")
    assert texts(move) == {"low": "1.0842", "level": "1.0890"}


def test_an_extreme_of_another_span_is_neither_prior_nor_low(lexicon):
    (move,) = moves(lexicon, "The dollar index was last up 0.1 percent at 101.40, up from an earlier three-month low of 100.85.")
    assert texts(move) == {"percent": "0.1 percent", "level": "101.40"}


def test_a_city_after_in_is_a_place_not_its_market(lexicon):
    found = moves(lexicon, "Protests in Karachi added to worries, and the rupee fell 0.3 percent to 281.40 per dollar.")
    assert all(m.subject.entity != "kse-100" for m in found)


def test_a_continuation_of_another_period_shares_the_level_just_told(lexicon):
    text = "The index was closed at 861.205 yesterday, declining 2.110 from 863.315 seen last week."
    (first, second) = moves(lexicon, "The Jakarta Composite Index ended mixed.\n" + text)
    assert texts(second) == {"change": "2.110", "prior": "863.315", "level": "861.205"}


def test_two_relative_clauses_with_their_own_verbs_are_no_clause_twin(lexicon):
    from verifier.checking import check_document
    text = ("Losers included Alpha Corp (XX:ALP) which was down 0.6% to 41.20 in late trade "
            "and Beta Ltd (XX:BET) which was down 0.2% to 23.60 at the close.")
    assert [f.rule for f in check_document(parse_document(text, "t"), lexicon=lexicon).findings] == []


def test_a_clause_twin_with_another_level_is_flagged(lexicon):
    from verifier.checking import check_document
    report = check_document(parse_document("Silver rose 0.4% to $23.10 an ounce and 1.1% to $912.30.", "t"), lexicon=lexicon)
    assert [f.rule for f in report.findings] == ["one-clause-two-levels"]


def test_a_present_tense_move_is_a_reading_during_the_session(lexicon):
    (move,) = moves(lexicon, "The benchmark Nikkei 225 is down 210.40 points or 0.55 percent at 38,120.60.")
    assert move.period == "intraday"


def test_a_currency_named_by_its_unit_is_a_currency(lexicon):
    (move,) = moves(lexicon, "The Kenyan shilling weakened to 129.40 from 129.10 against the dollar.")
    assert move.subject.type == "currency"


def test_the_nt_dollar_is_the_taiwan_dollar(lexicon):
    (move,) = moves(lexicon, "The NT dollar closed at NT$31.205, down NT$0.015 from the previous close of NT$31.190.")
    assert move.subject.entity == "twd" and move.subject.type == "currency"


# A move noun after "from" names an earlier session's move; "to <day>'s" names the prior close ------

def test_an_earlier_sessions_gain_after_from_is_no_prior(lexicon):
    text = "The gauge closed at 3,104.50, down 12.40 points (0.40%) from the previous session's gain of 21.75 points."
    (move,) = moves(lexicon, text)
    assert texts(move) == {"level": "3,104.50", "change": "12.40 points", "percent": "0.40%"}


def test_an_earlier_loss_after_from_is_no_move_of_this_session(lexicon):
    text = "The gauge closed at 2,210.00 points, adding 0.45% from a loss of 6.20 points on Monday."
    found = moves(lexicon, text)
    assert [texts(m) for m in found] == [{"level": "2,210.00 points", "percent": "0.45%"}]


def test_a_percent_added_to_a_named_days_close_has_that_close_as_prior(lexicon):
    (move,) = moves(lexicon, "The gauge closed at 2,210.00 points, adding 0.45% to Tuesday's 2,200.10 points.")
    assert texts(move) == {"level": "2,210.00 points", "percent": "0.45%", "prior": "2,200.10 points"}
