"""Statements that must agree across an article: breadth against its total, one figure told twice,
a headline or lede against the body, rankings against their own figures, units a thousand times
off. Every sentence is written for the project; names and figures are invented."""
from __future__ import annotations

import pytest

from conftest import findings
from verifier.document import parse_document
from verifier.extract import extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def facts(lexicon, text, kind):
    return [f for f in extract(parse_document(text, "t"), lexicon).facts if f.kind == kind]


def rules(text, date=None):
    return [(f.rule, f.severity.value) for f in findings(text, date)]


# breadth against the issues traded --------------------------------------------------------------

def test_counts_of_a_breadth_line_that_exceed_the_issues_traded_are_an_error():
    text = "On the floor, 150 listed securities have been traded in which 41 declined, 117 advanced, while 13 kept their previous levels."
    assert rules(text) == [("breadth-count-over-total", "error")]


def test_counts_that_fit_inside_the_issues_traded_raise_nothing():
    text = "On the floor, 150 listed securities have been traded in which 41 declined, 96 advanced, while 13 kept their previous levels."
    assert rules(text) == []


def test_out_of_the_issues_traded_and_a_count_that_remained_the_same(lexicon):
    text = "Out of 288 issues traded, 140 closed higher, 101 ended lower and 47 remained the same."
    (breadth,) = facts(lexicon, text, "breadth")
    (total,) = facts(lexicon, text, "statistic")
    assert (breadth.advancers.value, breadth.decliners.value, breadth.unchanged.value) == (140, 101, 47)
    assert (total.measure, total.quantity.value) == ("issues traded", 288)
    assert rules(text) == []


def test_shares_traded_are_a_volume_not_a_count_of_issues(lexicon):
    text = "The stock closed unchanged at 410 dinars as 1,250 shares traded."
    assert [s for s in facts(lexicon, text, "statistic") if s.measure == "issues traded"] == []


# one subject's session told twice: headline, lede and body --------------------------------------

def test_a_headline_that_closes_lower_over_a_body_that_rose_is_flagged():
    text = ("title: Roundup: HK stocks close 0.27 pct lower\ndate: 2024-03-12\n\n"
            "Hong Kong stocks rose 85.10 points, or 0.51 percent, to close on Tuesday at 16,842.30 points.")
    assert rules(text) == [("restated-direction-conflict", "warning")]


def test_a_headline_that_agrees_with_the_body_raises_nothing():
    text = ("title: Roundup: HK stocks close 0.51 pct higher\ndate: 2024-03-12\n\n"
            "Hong Kong stocks rose 85.10 points, or 0.51 percent, to close on Tuesday at 16,842.30 points.")
    assert rules(text) == []


def test_a_lede_that_names_the_market_by_its_city_against_the_body():
    text = ("Gulf bourses slid, and in Qatar's capital Doha stocks lost over 2 percent today.\n\n"
            "The Qatar Stock Exchange index in Doha eased 0.35 percent to 10,214.60 points.")
    assert rules(text) == [("restated-percent-conflict", "warning")]


def test_nearly_one_percent_and_point_nine_six_agree():
    text = ("In Qatar's capital Doha stocks lost nearly 1 percent today.\n\n"
            "The Qatar Stock Exchange index in Doha eased 0.96 percent to 10,214.60 points.")
    assert rules(text) == []


def test_a_company_given_a_gain_and_a_loss_in_two_paragraphs():
    text = ("Among the gainers, Kestrel Mining rose 7.40 per cent to close at N6.10.\n\n"
            "Elsewhere on the board, Kestrel Mining shed 1.90 per cent to close at N2.07.")
    assert rules(text) == [("restated-direction-conflict", "warning")]


def test_the_same_close_told_with_a_slipped_digit():
    text = ("The Nikkei 225 rose 0.67% to 38,664.70 points on Monday.\n\n"
            "In Tokyo, the Nikkei 225 gained 0.67% to 36,664.70 points on Monday.")
    assert rules(text) == [("restated-level-conflict", "error")]


def test_a_close_told_twice_without_a_day_is_a_warning_that_says_so():
    text = ("The Nikkei 225 rose 0.67% to 38,664.70 points.\n\n"
            "In Tokyo, the Nikkei 225 gained 0.67% to 36,664.70 points.")
    (finding,) = findings(text, "2024-03-11")
    assert (finding.rule, finding.severity.value) == ("restated-level-conflict", "warning")
    assert "assumed" in finding.message


def test_a_yield_told_twice_one_unit_apart_is_a_warning_naming_truncation():
    text = ("The yield on the 10-year Treasury note, which moves against its price, edged up to 4.21% on Tuesday.\n\n"
            "Bond desks said the 10-year Treasury yield rose 2 basis points to 4.22% on Tuesday.")
    (finding,) = findings(text)
    assert (finding.rule, finding.severity.value) == ("restated-level-imprecise", "warning")
    assert "truncated" in finding.message


def test_a_yield_told_twice_several_units_apart_is_an_error():
    text = ("The 10-year Treasury yield edged up to 4.21% on Tuesday.\n\n"
            "Bond desks said the 10-year Treasury yield rose 2 basis points to 4.27% on Tuesday.")
    assert rules(text) == [("restated-level-conflict", "error")]


def test_a_bond_tenor_is_no_other_period_and_a_distant_low_is():
    tenor = ("The 10-year Treasury yield edged up to 4.21% on Tuesday.\n\n"
             "The 10-year Treasury yield rose 2 basis points to 4.21% on Tuesday.")
    assert rules(tenor) == []
    statement = [f for f in facts(load_lexicon(), tenor, "statement")]
    assert len(statement) == 2
    distant = "The Nikkei 225 is up 9.10% from its 52-week low."
    assert facts(load_lexicon(), distant, "statement") == []


def test_a_sector_told_in_the_index_paragraph_is_no_second_statement_of_the_index():
    text = ("The Philippine Stock Exchange index (PSEi) shed 22.10 points or 0.31 percent to close at 7,101.40. "
            "Losses were led by the property counter, which fell by 1.42 percent.")
    assert rules(text) == []


def test_the_previous_session_told_again_is_no_second_close():
    text = ("The NSE Nifty rose 140.20 points, or 1.21 per cent, to end at 11,720.10.\n\n"
            "In the previous session, the NSE Nifty rose 98.40 points or 0.85 per cent to end at 11,579.90.")
    assert rules(text) == []


def test_a_day_named_in_the_sentence_before_carries_to_the_next():
    text = ("The NSE Nifty sank 250 points, or 1.1 per cent, to end at 22,410.50.\n\n"
            "Brent crude went up by 0.2 per cent. On Monday, the Sensex declined 224.10 points or 0.31 per cent. "
            "The NSE Nifty dropped 60.85 points or 0.27 per cent to 22,660.50.")
    assert rules(text) == []


def test_moves_under_a_heading_for_the_week_are_not_the_day():
    text = ("On Thursday:\n\nThe Nasdaq composite slid 30.10 points, or 0.6 per cent, to 5,012.40.\n\n"
            "For the week:\n\nThe Nasdaq is up 120.30 points, or 2.4 per cent.")
    assert rules(text) == []


def test_a_bank_named_after_an_index_is_the_bank(lexicon):
    text = "Its Hong Kong arm Hang Seng Bank ended down 1.4 percent at 101.50 HK dollars."
    (move,) = facts(lexicon, text, "move")
    assert move.subject.entity == "hang-seng-bank"


# rankings against their own figures -------------------------------------------------------------

def test_falling_the_most_is_contradicted_by_a_peer_that_fell_further():
    text = ("All four sub-indices ended lower, with the Utilities falling the most by 0.62 percent, "
            "followed by the Finance 0.91 percent and the Properties 0.20 percent.")
    assert rules(text) == [("ranking-contradicted", "error")]


def test_rising_the_most_ahead_of_smaller_peers_holds_and_a_later_clause_is_no_peer():
    text = ("Two sub-indices ended higher, with the Utilities rising the most by 0.62 percent, "
            "followed by the Finance 0.41 percent, while Properties dropped 0.95 percent.")
    assert rules(text) == []


def test_an_unchanged_stock_named_first_among_the_best_performers():
    text = ("The best performers of the session were Orvell Mining, which was unchanged 0.00% to trade at 410.00 at the close. "
            "Meanwhile, Pantera Foods added 38.00% to end at 138.00 and Quillon Bank was up 21.00% to 242.00 in late trade.")
    assert rules(text) == [("performer-list-contradicted", "warning")]


def test_a_ranked_list_of_best_performers_in_order_raises_nothing():
    text = ("The best performers of the session were Orvell Mining, which rose 6.10% to trade at 410.00 at the close. "
            "Meanwhile, Pantera Foods added 5.20% to end at 138.00 and Quillon Bank was up 2.90% to 242.00 in late trade.")
    assert rules(text) == []


def test_a_member_among_the_top_performers_ranks_nothing():
    text = ("Orvell Mining was among the top performers, gaining 3.2 per cent to $4.10. "
            "Pantera Foods rose 9.5 per cent to $2.20.")
    assert rules(text) == []


def test_falls_ranked_by_their_size_are_read_charitably():
    text = "Banks were the top performers, falling 1.61%, followed by insurers (down 0.42%)."
    assert rules(text) == []


def test_a_currency_close_told_twice_with_a_slipped_digit_is_an_error():
    text = ("The rupee weakened 0.2% to 83.47 per dollar on Monday.\n\n"
            "Traders said the rupee fell 0.2% to 86.47 per dollar on Monday.")
    assert rules(text) == [("restated-level-conflict", "error")]


def test_a_headline_sums_up_the_session_the_lede_names_even_in_a_later_dated_edition():
    body = "\n\nHONG KONG - On Friday, the Hang Seng rose 230.10 points or 1.40 percent to 16,720.40."
    (finding,) = findings("title: Hang Seng falls 1.40%\ndate: 2024-03-11" + body)
    assert (finding.rule, finding.severity.value) == ("restated-direction-conflict", "warning")
    assert "the day the lede names" in finding.message
    assert rules("title: Hang Seng rises 1.40%\ndate: 2024-03-11" + body) == []


def test_a_move_measured_from_a_distant_low_is_no_statement_of_the_session():
    text = "* Up 12.40% from its 2024 closing low of 15,020.10 hit Friday, Jan. 19, 2024"
    assert facts(load_lexicon(), "The Hang Seng rose 1.40% on Monday.\n\n" + text, "statement")[1:] == []
