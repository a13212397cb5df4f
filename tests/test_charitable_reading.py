"""Read as a copy editor does: an error stands only when no plausible reading makes the figures agree."""
from conftest import findings


def rules_of(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.severity.value) for f in findings(text, "2026-03-04")]


# --- ranges -------------------------------------------------------------------------------------

def test_a_range_written_high_first_is_read_in_either_order():
    text = "The Nifty closed at 21,817.45 after moving between 21,903.10 and 21,760.85 during the day."
    assert rules_of(text) == []


def test_a_close_outside_a_range_written_high_first_is_still_an_error():
    text = "The Nifty closed at 21,987.45 after moving between 21,903.10 and 21,760.85 during the day."
    assert rules_of(text) == [("close-outside-range", "error")]


def test_a_labelled_high_below_the_low_is_one_finding_not_two():
    text = ("The Hang Seng closed at 17,212.40 after touching a high of 17,105.30 and a low of 17,290.65 "
            "during the session.")
    assert rules_of(text) == [("range-high-below-low", "error")]


def test_a_currency_quoted_per_dollar_may_give_its_high_as_the_smaller_number():
    text = ("The local currency ended at 83.41 against the dollar. During the day it saw a high of 83.36 "
            "and a low of 83.52.")
    assert rules_of(text) == []


# --- the percent of a move ------------------------------------------------------------------------

def test_a_truncated_percent_is_no_finding():
    # 41.80 on a prior of 5,508.20 is 0.7589 percent: rounded 0.76, truncated 0.75
    assert rules_of("The index gained 41.80 points or 0.75 percent to 5,550.00.") == []


def test_a_two_decimal_percent_one_unit_off_is_a_warning_with_the_arithmetic():
    # 0.7589 percent neither rounds nor truncates to 0.77
    (finding,) = findings("The index gained 41.80 points or 0.77 percent to 5,550.00.")
    assert (finding.rule, finding.severity.value) == ("change-percent-imprecise", "warning")
    assert "is 0.76 percent, which neither rounds nor truncates to 0.77 percent" in finding.message


def test_a_one_decimal_percent_rounded_twice_is_no_finding():
    # 27.30 on 6,100.00 is 0.4475 percent: 0.45 to two decimals, then 0.5 to one
    assert rules_of("The index gained 27.30 points or 0.5 percent to 6,127.30.") == []


def test_a_percent_of_the_new_close_is_a_warning_not_an_error():
    (finding,) = findings("The index gained 120.00 points or 1.96 percent to 6,120.00.")
    assert (finding.rule, finding.severity.value) == ("change-percent-imprecise", "warning")
    assert "divided by the new close 6,120.00" in finding.message


def test_a_percent_no_reading_explains_is_an_error_that_says_what_it_ruled_out():
    (finding,) = findings("The index gained 120.00 points or 2.4 percent to 6,120.00.")
    assert (finding.rule, finding.severity.value) == ("change-percent-mismatch", "error")
    assert "even allowing a unit in its last place or the new close as base" in finding.message


# --- one slip, one finding ------------------------------------------------------------------------

def test_a_close_that_breaks_its_range_and_its_percent_is_reported_once():
    text = ("The index gained 120.00 points or 2.00 percent to 6,210.00 after trading between "
            "6,010.50 and 6,131.20.")
    (finding,) = findings(text)
    assert finding.suspect.text == "6,210.00" and finding.expected == "6,120.00"
    assert "The same slip breaks" in finding.message


# --- size words -----------------------------------------------------------------------------------

def test_a_mild_verb_is_no_promise_of_a_tiny_move():
    assert rules_of("The index dipped 96.40 points or 1.60 percent to 5,928.60.") == []


def test_a_verb_that_names_smallness_still_has_a_ceiling():
    assert rules_of("The index edged down 96.40 points or 1.60 percent to 5,928.60.") == [("intensity-mismatch", "warning")]
