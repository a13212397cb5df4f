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
    # 41.70 on a prior of 5,508.30 is 0.7570 percent: rounded 0.76, truncated 0.75
    assert rules_of("The index gained 41.70 points or 0.75 percent to 5,550.00.") == []


def test_a_two_decimal_percent_one_unit_off_is_a_warning_with_the_arithmetic():
    # 0.7589 percent neither rounds nor truncates to 0.77
    (finding,) = findings("The index gained 41.70 points or 0.77 percent to 5,550.00.")
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


# --- periods and dated figures ---------------------------------------------------------------------

def test_an_ordinal_streak_counts_the_run_the_days_figures_extend():
    text = ("The won gained 6.10 won to close at 1,302.40 per dollar on Tuesday, marking its fourth straight "
            "session of gains. Over the four sessions, the won has gained 21.30 won.")
    assert rules_of(text) == []


def test_a_year_end_close_and_the_years_highest_close_are_no_second_close_of_the_day():
    text = ("At the end of the year 2019 the Bahrain All Share Index closed at a level of 1,610.20 points "
            "compared to 1,337.26 points for the previous year. Its highest close level during "
            "the year was 1,624.06 points on 22nd of December.")
    assert rules_of(text) == []


def test_a_change_over_the_same_period_a_year_before_is_no_session_move():
    text = ("At the end of the first quarter the index closed at 5,412.80 points, decreased by 2,140.25 points "
            "(28.33%) over the same period of the previous year.")
    assert rules_of(text) == []


def test_a_figure_of_a_dated_day_is_no_prior_close():
    text = "The dollar index fell 0.3 percent to 91.240 today, well above the 90.870 it hit on Feb. 9."
    assert rules_of(text) == []
    text = "The dollar index fell 0.3 percent to 91.240 today, up from 90.870 on Feb. 9."
    assert rules_of(text) == []


def test_a_currency_rate_quoted_in_its_own_unit_falls_as_the_currency_gains():
    text = "The peso's weighted average rate depreciated to P56.410 from P56.370 on Thursday."
    assert rules_of(text) == []


def test_a_recovery_of_some_losses_is_no_direction_for_the_session():
    text = ("The Kospi closed at 2,611.20, down 58.40 points or 2.19 percent. It opened at 2,644.10, down "
            "0.98 percent, and pared some losses late in the session.")
    assert rules_of(text) == []


def test_a_person_who_added_a_remark_is_no_market_move():
    from verifier import check
    facts = check('He added, "The rate touched 1,400 won, rising more than 40 won."', "2026-03-04").facts
    assert not any(f.kind == "move" and f.subject.text == "He" for f in facts)


def test_a_country_adjective_names_its_main_index():
    text = ("The Spanish index closed with a rise of 0.52% to 9,412.6 points.\n\n"
            "Specifically the Spanish index rose 0.52% to 7,412.6 points on the day.")
    assert ("restated-level-conflict", "warning") in rules_of(text)


def test_futures_named_with_an_instrument_code_are_not_the_index():
    text = ("Nikkei (.N225) futures in Chicago traded at 38,210 while Osaka futures were at 38,190. "
            "The Japanese benchmark index finished the session at 38,196.40.")
    assert rules_of(text) == []


def test_a_close_told_before_the_move_that_made_it_is_one_move():
    from verifier import check
    text = "The FTSE 100 closed at 7,812.40 after gaining 31.20 points. It recorded a day high value of 7,825.10 and a day low value of 7,779.55."
    (move,) = [f for f in check(text, "2026-03-04").facts if f.kind == "move"]
    assert (move.change.span.text, move.level.span.text, move.low.span.text, move.high.span.text) == (
        "31.20 points", "7,812.40", "7,779.55", "7,825.10")


def test_a_relative_clause_without_figures_is_no_move_of_its_own():
    from verifier import check
    text = ("Later in the day, the yield on the benchmark ten-year note which moves opposite its price, edged up by "
            "almost a basis point to 4.12%.")
    (move,) = [f for f in check(text, "2026-03-04").facts if f.kind == "move"]
    assert move.subject.entity == "us-10y" and move.level.span.text == "4.12%"


def test_a_house_style_that_writes_percents_with_a_decimal_comma_is_no_slip_per_figure():
    text = ("The index gained 2,64 percent to close at 28,417.36 points. Turnover fell 37,40 percent to $54,18 million, "
            "while Delta rose 2,90 percent to $148.25 and Econet slipped 1,35 percent to $91.60.")
    assert [r for r, _ in rules_of(text) if r == "number-convention-mixed"] == []


def test_one_figure_in_the_other_convention_is_still_a_slip():
    text = "The CAC 40 closed 0.85% higher at 5.124,37 points, while the FTSE 100 rose 0.62% to 7,402.18."
    assert ("number-convention-mixed", "error") in rules_of(text)


def test_a_weekday_in_a_story_of_the_past_days_is_no_session_summed_up():
    text = ("The past several days were volatile for the Nikkei. It jumped 1.2 percent on Thursday, before "
            "falling back.")
    assert findings(text, "2023-02-22") == []
    assert [f.rule for f in findings(text.replace("Thursday", "Sunday"), "2023-02-22")] == ["weekday-date-mismatch"]


def test_a_share_price_and_its_change_are_exact_quotes_so_truncating_their_rounding_edge_is_no_excuse():
    # $2.20 on $30.10 is 7.309%: written 7.2 it neither rounds nor truncates, though $2.195 over $30.11
    # would truncate to 7.2; a price is quoted to its tick, never rounded
    (finding,) = findings("Macquarie Group gained $2.20 or 7.2% to $32.30.")
    assert (finding.rule, finding.severity.value) == ("change-percent-imprecise", "warning")
    assert "7.31 percent" in finding.message


def test_index_points_are_rounded_so_the_edge_of_their_rounding_still_excuses_a_truncated_percent():
    # the same figures in points may be rounded readings of 2.195 and 32.305: 7.290%, truncated to 7.2
    assert rules_of("The Kestrel index gained 2.20 points or 7.2% to 32.30.") == []
