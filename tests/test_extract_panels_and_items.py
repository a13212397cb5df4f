"""Data panels and list items: a figure printed after a label, or a name and its move on a line of
its own, is bound to the role its label or its sign gives it."""
from decimal import Decimal

import pytest

from verifier.document import parse_document
from verifier.extract import extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def facts(lexicon, text, kind=None):
    found = extract(parse_document(text, "t"), lexicon).facts
    return [f for f in found if kind is None or f.kind == kind]


def test_a_quote_panel_is_one_move_of_the_index_named_above_it(lexicon):
    text = ("Markets\n\nHang Seng\n\nindex value 19,402.10 index change: 151.30 index change percentage: up 0.79%\n"
            "Open\n19,310.55\nPrevious close\n19,250.80\n52 week high\n20,115.00\n")
    (move,) = facts(lexicon, text, "move")
    assert move.subject.entity == "hang-seng" and move.direction == 1
    assert (move.level.span.text, move.change.span.text, move.percent.span.text, move.open.span.text) == (
        "19,402.10", "151.30", "0.79%", "19,310.55")
    assert move.prior is None  # a panel's "previous close" may already be today's on a closed market
    stats = {f.measure: f.quantity.span.text for f in facts(lexicon, text, "statistic")}
    assert {"previous close": "19,250.80", "52 week high": "20,115.00"}.items() <= stats.items()


def test_label_value_lines_go_to_volume_and_statistics(lexicon):
    text = ("Market summary\n- KSE Composite: 7,812.40 points\n- Previous KSE: 7,790.15 points\n"
            "- Market Cap (KD): 41.2 billion\n- Volume: 218.6 million\n- Value (KD): 48.3 million\n- Deals: 11,204\n")
    (move,) = facts(lexicon, text, "move")
    assert (move.subject.text, move.level.span.text) == ("KSE Composite", "7,812.40 points")
    (volume_shares, volume_value) = facts(lexicon, text, "volume")
    assert volume_shares.shares.span.text == "218.6 million" and volume_value.value.span.text == "48.3 million"
    measures = {f.measure for f in facts(lexicon, text, "statistic")}
    assert {"previous kse", "market cap (kd)", "deals"} <= measures


def test_a_lone_label_line_without_a_colon_is_left_to_prose(lexicon):
    assert not [f for f in facts(lexicon, "Last 12 months of trade were quiet.\n") if f.kind == "move"]


def test_bullets_with_a_comma_after_the_name_are_the_days_moves(lexicon):
    text = "Closing levels:\n  \u2022 Germany's DAX, -0.8%\n  \u2022 S&P index, +118%\n"
    dax, spx = facts(lexicon, text, "move")
    assert (dax.subject.entity, dax.direction, dax.period) == ("dax", -1, "session")
    assert (spx.subject.entity, spx.subject.type, spx.direction, spx.percent.value) == ("sp-500", "index", 1, Decimal("118"))


def test_a_heading_for_the_year_makes_its_items_year_to_date(lexicon):
    text = "For the year:\n  \u2022 France's CAC, +5.2%\n  \u2022 Italy's FTSE MIB, +7.9%\n"
    assert [m.period for m in facts(lexicon, text, "move")] == ["ytd", "ytd"]


def test_gainers_lines_with_a_spaced_sign_and_a_close(lexicon):
    text = "Top gainers\n- ACMECO up + 8.20% to close at N 4.75\n- ZEDBANK down \u2013 3.10 % to close at N 12.40\n"
    acme, zed = facts(lexicon, text, "move")
    assert (acme.subject.text, acme.direction, acme.percent.value, acme.level.span.text) == ("ACMECO", 1, Decimal("8.20"), "4.75")
    assert (zed.direction, zed.percent.value) == (-1, Decimal("3.10"))


def test_a_change_with_its_percent_in_parentheses_and_the_level(lexicon):
    text = "Movers:\n* Widget Corp, +$1.25 (+2.3%) to $55.60\n* Gadget Inc, -$0.40 (-1.1%) to $36.10\n"
    widget, gadget = facts(lexicon, text, "move")
    assert (widget.change.span.text, widget.percent.span.text, widget.level.span.text) == ("$1.25", "2.3%", "$55.60")
    assert gadget.direction == -1


def test_a_ranked_list_by_volume_gives_each_name_its_shares(lexicon):
    text = "Top 3 by Volume\n- ACMECO \u2013 12,504,300\n- ZEDBANK\u2013 9,870,112\n"
    rows = facts(lexicon, text, "volume")
    assert [(v.subject.text, v.shares.span.text) for v in rows] == [("ACMECO", "12,504,300"), ("ZEDBANK", "9,870,112")]
    assert not facts(lexicon, text, "move")


def test_a_sentence_on_its_own_line_is_no_list_item(lexicon):
    text = "The benchmark index closed up 1.4% at 3,120.55\n"
    (move,) = facts(lexicon, text, "move")
    assert move.verb is not None  # read by the prose reader, with its verb


def test_a_quote_line_is_one_move_with_its_level_percent_and_points(lexicon):
    text = "The Kospi is trading at 2,611.40  with a loss of  -0.86% percent or  -22.60  point. The Taiex is trading at 17,220.10 up with +0.31% percent or +53.20 point."
    kospi, taiex = facts(lexicon, text, "move")
    assert (kospi.subject.entity, kospi.direction, kospi.level.span.text, kospi.percent.span.text, kospi.change.span.text) == (
        "kospi", -1, "2,611.40", "-0.86%", "-22.60")
    assert (taiex.direction, taiex.change.value) == (1, Decimal("53.20"))


def test_a_box_headed_previous_day_speaks_of_the_session_before_the_articles():
    from verifier.document import parse_document as parse
    text = ("date: 2024-03-12\n\nPREVIOUS DAY ACTIVITY\n\n"
            "For the day Kospi is trading at 2,660.10  with a loss of -0.40% percent or -10.70 point.\n")
    (move,) = [f for f in extract(parse(text, "t"), load_lexicon()).facts if f.kind == "move"]
    assert move.session_day == "monday"


def test_a_previous_day_box_in_an_undated_article_reads_its_session_loosely(lexicon):
    text = "PREVIOUS DAY ACTIVITY\n\nFor the day Kospi is trading at 2,660.10  with a loss of -0.40% percent or -10.70 point.\n"
    (move,) = facts(lexicon, text, "move")
    assert "session" in move.loose and move.session_day is None


def test_a_name_a_generated_box_wrote_in_lower_case_is_still_its_subject(lexicon):
    text = "For the day the kospi closed at 2,660.10 with a loss of -0.40% percent or -10.70 point."
    (move,) = facts(lexicon, text, "move")
    assert move.subject.entity == "kospi"


def test_a_ranking_in_prose_gives_each_name_its_percent_and_the_rankings_direction(lexicon):
    text = ("The shares with the greatest downward variation were those of the retailer Comercial Norte (CNOR B), "
            "with 6.12%; of the miner Minera Sur (MSUR), with 4.05%, and of Banco Río (BRIO O), with -3.30%.")
    moves = facts(lexicon, text, "move")
    assert [(m.subject.text, m.direction, m.percent.value) for m in moves] == [
        ("Comercial Norte", -1, Decimal("6.12")), ("Minera Sur", -1, Decimal("4.05")), ("Banco Río", -1, Decimal("3.30"))]


def test_names_with_accented_letters_keep_their_listed_percent(lexicon):
    moves = facts(lexicon, "Leaders were Aceros Peñón (+4.4%) and Grupo Cañada (+3.9%).", "move")
    assert [m.subject.text for m in moves] == ["Aceros Peñón", "Grupo Cañada"]
