"""Families of wire phrasing that coverage found unread: each figure is bound to the fact it states."""
from decimal import Decimal

import pytest

from verifier.document import parse_document
from verifier.extract import bound, extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def read(lexicon, text):
    return extract(parse_document(text, "t"), lexicon)


def of_kind(lexicon, text, kind):
    return [f for f in read(lexicon, text).facts if f.kind == kind]


def unbound(lexicon, text):
    extraction = read(lexicon, text)
    hits = {(s.start, s.end) for s in bound(extraction)}
    return [m.text for m in extraction.mentions if (m.start, m.end) not in hits]


def test_a_year_ago_comparison_is_not_the_prior_level_of_the_move(lexicon):
    (move,) = of_kind(lexicon, "Output of crude oil rose by three to 112, compared with 134 a year ago.", "move")
    assert (move.direction, move.level.span.text, move.prior) == (1, "112", None)


def test_may_the_contract_month_is_not_a_modal_verb(lexicon):
    (move,) = of_kind(lexicon, "Crude for May delivery fell 2 cents to 50.10 dollars.", "move")
    assert (move.direction, move.change.span.text, move.level.span.text) == (-1, "2 cents", "50.10 dollars")


def test_a_reuters_instrument_code_after_the_subject_is_skipped(lexicon):
    moves = of_kind(lexicon, "The S&P energy index .SPNY was up 0.8 percent while utilities .SPLRCU was up 0.3 percent.", "move")
    assert [(m.subject.text, m.percent.span.text) for m in moves] == [("S&P energy index", "0.8 percent"), ("utilities", "0.3 percent")]


def test_respectively_pairs_the_second_figure_with_the_second_name(lexicon):
    moves = of_kind(lexicon, "Vodafone and Tesco fell 2.4% and 1.1%, respectively, after results.", "move")
    assert [(m.subject.text, m.percent.span.text, m.direction) for m in moves] == [("Vodafone", "2.4%", -1), ("Tesco", "1.1%", -1)]


def test_a_decline_of_points_or_percent_is_a_move_of_the_index(lexicon):
    moves = of_kind(lexicon, "The Sensex closed at 75,100, marking a decline of 310 points, or 0.4 per cent.", "move")
    noun = moves[-1]
    assert (noun.subject.text, noun.direction, noun.change.span.text, noun.percent.span.text) == ("Sensex", -1, "310 points", "0.4 per cent")


def test_a_linked_ticker_between_name_and_figure_keeps_the_name(lexicon):
    text = 'Top gainers: Acme Mining ([ACM](https://example.com/symbol/ACM "Acme Mining Inc.")) +12.4%, Borealis ([BRL](https://example.com/symbol/BRL "Borealis Corp.")) -3.5%.'
    moves = of_kind(lexicon, text, "move")
    assert [(m.subject.text, m.percent.span.text, m.direction) for m in moves] == [("Acme Mining", "12.4%", 1), ("Borealis", "-3.5%", -1)]


def test_declining_ones_on_an_exchange_still_count_breadth_and_the_ratio(lexicon):
    text = "Declining issues beat advancing ones on the NYSE by 1,764 to 1,086, for a 1.62-to-1 ratio on the downside."
    (breadth,) = of_kind(lexicon, text, "breadth")
    (ratio,) = of_kind(lexicon, text, "statistic")
    assert (breadth.decliners.span.text, breadth.advancers.span.text) == ("1,764", "1,086")
    assert (ratio.measure, ratio.quantity.value, ratio.base.value, ratio.span.text) == ("ratio", Decimal("1.62"), 1, "1.62-to-1 ratio")


def test_a_measure_before_of_names_the_figure(lexicon):
    stats = of_kind(lexicon, "The Nikkei is 3.10% off its 52-week high of 41,900.25 after gas hit a monthly record of 16.2 bcfd.", "statistic")
    assert [(s.measure, s.quantity.span.text) for s in stats] == [("52-week high", "41,900.25"), ("monthly record", "16.2")]


def test_a_percent_tariff_without_article_is_a_statistic(lexicon):
    (stat,) = of_kind(lexicon, "The White House said it would impose 15% tariffs on imported lumber.", "statistic")
    assert (stat.measure, stat.quantity.span.text) == ("tariffs", "15%")


def test_an_amount_in_a_second_currency_in_parentheses_is_a_conversion(lexicon):
    (stat,) = of_kind(lexicon, "The fund raised 3.2 billion yuan ($441.5 million) from investors.", "statistic")
    assert (stat.measure, stat.quantity.span.text, stat.base.span.text) == ("conversion", "$441.5 million", "3.2 billion yuan")


def test_a_spelled_span_of_time_is_a_duration(lexicon):
    stats = of_kind(lexicon, "Traders braced for volatility over the next three weeks of talks.", "statistic")
    assert [(s.measure, s.quantity.value, s.quantity.unit, s.quantity.span.text) for s in stats] == [("duration", 3, "weeks", "three")]


def test_every_figure_of_a_wire_paragraph_of_these_families_is_bound(lexicon):
    text = (
        "The Sensex ended at 75,100, a drop of 310 points or 0.4 per cent, its worst day in two weeks. "
        "Advancing issues outnumbered declining ones on the Nasdaq by a 1.42-to-1 ratio. "
        "The company paid 1.1 billion yuan ($152 million) for the stake."
    )
    assert unbound(lexicon, text) == []


def test_a_dashed_percentage_range_is_one_statistic_with_both_ends(lexicon):
    (stat,) = of_kind(lexicon, "Lenders and insurers fell between 3-5 percent in thin trade.", "statistic")
    assert (stat.measure, stat.quantity.span.text, stat.base.value, stat.base.negative, stat.base.unit) == ("range", "3", 5, False, "percent")


def test_between_two_amounts_is_a_range(lexicon):
    (stat,) = of_kind(lexicon, "The miner expects a loss of between $4 million and $6 million for the half.", "statistic")
    assert (stat.measure, stat.quantity.span.text, stat.base.span.text) == ("range", "$4 million", "$6 million")


def test_support_and_resistance_levels_are_statistics_of_the_index(lexicon):
    stats = of_kind(lexicon, "The Nifty faces stiff resistance at 24,150, while support lies at 23,880.", "statistic")
    assert [(s.measure, s.quantity.span.text, s.subject.text) for s in stats] == [("resistance", "24,150", "Nifty"), ("support", "23,880", "Nifty")]


def test_times_of_day_and_a_newswire_footer_are_dates_not_figures(lexicon):
    text = "Trading resumes at 9 a.m. and the data is due at 2pm ET. (END) Dow Jones Newswires  03-11-25 0912ET"
    dates = of_kind(lexicon, text, "date_ref")
    assert [(d.span.text, d.role) for d in dates] == [("9 a.m.", "time"), ("2pm ET", "time"), ("03-11-25", "calendar"), ("0912ET", "time")]
    assert unbound(lexicon, text) == []


def test_a_year_named_before_its_noun_or_a_split_season_is_a_date(lexicon):
    dates = of_kind(lexicon, "Traders recalled Russia's 2022 invasion as the 2024/25 crop came in and Acme cut its 2025 profit forecast.", "date_ref")
    assert [(d.span.text, d.year) for d in dates] == [("2022", 2022), ("2024/25", 2024), ("2025", 2025)]


def test_a_day_range_in_a_date_is_one_date(lexicon):
    (date,) = of_kind(lexicon, "Policymakers meet on March 18-19 to set rates.", "date_ref")
    assert (date.span.text, date.day, date.month) == ("March 18-19", 18, 3)


def test_a_briefs_bullets_label_their_figures(lexicon):
    text = "Acme Corp results.\n\n* Q3 net income USD 412 million\n* Q3 revenue USD 2,310 million vs. IBES estimate USD 2,250 million\n"
    stats = of_kind(lexicon, text, "statistic")
    assert [(s.measure, s.quantity.span.text) for s in stats] == [
        ("Q3 net income", "USD 412 million"), ("Q3 revenue", "USD 2,310 million"), ("IBES estimate", "USD 2,250 million")]


def test_an_ordinal_session_is_a_streak_not_a_change(lexicon):
    text = "The Kospi slipped 0.3 percent, marking a decline for the 4th session."
    (move,) = of_kind(lexicon, text, "move")
    (streak,) = [s for s in of_kind(lexicon, text, "state") if s.claim == "streak"]
    assert (move.percent.span.text, move.change) == ("0.3 percent", None)
    assert (streak.quantity.value, streak.quantity.unit, streak.quantity.span.text, streak.period) == (4, "sessions", "4", "multi_session")


def test_a_fiscal_quarter_label_is_a_date_reference(lexicon):
    (date,) = of_kind(lexicon, "Analysts expect margins to improve in 3Q as costs ease.", "date_ref")
    assert (date.span.text, date.role) == ("3Q", "fiscal_period")


def test_market_data_bullets_are_runs_of_the_articles_index(lexicon):
    text = ("The S&P Merval Index rose 1.2% to 2,100,000.00.\n\n--Up for three consecutive trading days\n\n"
            "--Up 52,000.10 points or 2.54% over the last three trading days\n\n--Off 4.10% from its record close of 2,190,000.00\n")
    runs = [m for m in of_kind(lexicon, text, "move") if m.period == "multi_session"]
    assert [(m.subject.name, m.direction, m.change.span.text if m.change else None, m.percent.span.text) for m in runs] == [
        ("S&P Merval", 1, "52,000.10 points", "2.54%"), ("S&P Merval", -1, None, "4.10%")]
    assert unbound(lexicon, text) == []


def test_a_figure_inside_an_index_name_is_no_mention(lexicon):
    text = "The FBMT 100 Index gained 41.2 points, the FBM 70 rose 0.4 percent and the Nifty Smallcap 100 slipped 0.2 percent."
    extraction = read(lexicon, text)
    assert [m.text for m in extraction.mentions] == ["41.2", "0.4", "0.2"]
    assert [f.subject.name for f in extraction.facts if f.kind == "move"] == ["FBMT 100 Index", "FBM 70 Index", "Nifty Smallcap 100"]


def test_a_count_of_sectors_is_a_statistic_and_not_a_state_of_the_index(lexicon):
    text = "Nine of the 11 S&P 500 sectors traded higher, and 24 of 33 TSE sectors closed up."
    stats = of_kind(lexicon, text, "statistic")
    assert [(s.measure, s.quantity.span.text, s.base.span.text if s.base else None) for s in stats] == [
        ("S&P 500 sectors", "11", None), ("TSE sectors", "24", "33")]
    assert [s.subject.text for s in of_kind(lexicon, text, "state")] == []


def test_a_figure_split_by_a_stray_space_is_not_read_as_a_small_level(lexicon):
    (move,) = of_kind(lexicon, "The Kospi rose 21.40 points, or 1.6 percent, to 1, 352.18.", "move")
    assert (move.change.span.text, move.percent.span.text, move.level) == ("21.40 points", "1.6 percent", None)


def test_a_linked_ticker_between_subject_and_verb_keeps_the_subject(lexicon):
    (move,) = of_kind(lexicon, 'Japan ([NKY](https://example.com/symbol/NKY)) rose 0.4% to close at 38,120 on Friday.', "move")
    assert (move.subject.text, move.percent.span.text, move.level.span.text) == ("Japan", "0.4%", "38,120")


def test_an_amount_after_worth_is_a_statistic(lexicon):
    (stat,) = of_kind(lexicon, "The state insurer sold shares worth Rs 3,120 crore on Tuesday.", "statistic")
    assert (stat.measure, stat.quantity.span.text, stat.quantity.unit) == ("worth", "Rs 3,120 crore", "INR")


def test_a_bond_that_yielded_a_rate_lower_than_the_day_before_has_level_and_prior(lexicon):
    (move,) = of_kind(lexicon, "The three-year Korean treasury bond yielded 2.615 per cent, lower than the previous day's 2.64 per cent.", "move")
    assert (move.subject.entity, move.direction, move.level.span.text, move.prior.span.text, move.percent) == ("kr-3y", -1, "2.615 per cent", "2.64 per cent", None)
    assert of_kind(lexicon, "The three-year Korean treasury bond yielded 2.615 per cent.", "statistic") == []


@pytest.mark.parametrize("period", ["this week", "over the past week"])
def test_a_week_named_after_the_figures_makes_a_weekly_move(lexicon, period):
    text = f"The IPC index is up 1427.36 points or 2.81% {period} to 52219.48."
    [move] = of_kind(lexicon, text, "move")
    assert move.period == "week" and move.change.span.text == "1427.36 points"


def test_a_narrowed_plural_is_a_group_of_stocks_not_the_market(lexicon):
    text = "The Nasdaq fell 1.2 percent. Heavyweight technology stocks fell sharply on Friday."
    states = of_kind(lexicon, text, "state")
    assert not any(s.subject.entity == "nasdaq" for s in states)


def test_bare_stocks_still_point_back_to_the_market(lexicon):
    text = "The Nikkei 225 rose 1.2 percent to 56,912.37. Stocks finished sharply higher."
    [state] = [s for s in of_kind(lexicon, text, "state") if s.claim == "direction"]
    assert state.subject.name == "Nikkei 225"


def test_a_company_name_before_shares_is_that_company_not_the_market(lexicon):
    text = "The S&P/ASX 200 rose 0.5 percent to 4,812.30. Helix shares were up three cents, or 25.0 per cent, at 15 cents."
    moves = of_kind(lexicon, text, "move")
    assert [m.subject.entity for m in moves if m.percent and m.percent.span.text.startswith("25.0")] != ["sp-asx-200"]
