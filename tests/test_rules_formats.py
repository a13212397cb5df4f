"""Number formats: malformed figures are facts at their exact spans; well-formed ones never are."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import verifier
from verifier.document import parse_document
from verifier.extract.context import Context
from verifier.lexicon import load_lexicon
from verifier.numbers import format_decimal


def formats(text: str) -> list[tuple[str, str, str, bool]]:
    report = verifier.check(text)
    return [(f.problem, f.written, text[f.span.start:f.span.end], f.comma_grouped)
            for f in report.facts if f.kind == "number_format"]


@pytest.mark.parametrize(("text", "problem", "written"), [
    ("The index finished at 11,8587.51 on Friday.", "bad_group", "11,8587.51"),
    ("The Dow lost 31,88 points to 44,768.12.", "other_convention", "31,88"),
    ("The Dow lost 31,88 points to 44,768.", "other_convention", "31,88"),
    ("The Dow gained 1.06% to 4.518,73, while the S&P 500 rose 0.4%.", "other_convention", "4.518,73"),
    ("The index closed at 1,234,56 points.", "bad_group", "1,234,56"),
    ("The Straits Times Index rose 0.82 points, or 0. 64 percent, to 3,177.95.", "split", "0. 64"),
    ("Turnover reached 71. 35 billion HK dollars.", "split", "71. 35"),
    ("The bond yield ended at 3 , 7%.", "split", "3 , 7"),
    ("Bitcoin changed hands at about $6, 412 on Tuesday.", "split", "6, 412"),
    ("The peso was quoted at $214 . ,6 on the parallel market.", "split", "214 . ,6"),
    ("Gold fell $3.40 cents to US$1,922.10 an ounce.", "two_units", "$3.40 cents"),
    ("Sasol added R2.15% to R241.30.", "two_units", "R2.15%"),
    ("The Dow ended at 44.768.12, a record.", "double_point", "44.768.12"),
    ("The index closed at 15,877. 92 points.", "split", "15,877. 92"),
    ("The index was up 2.61 percent to 2, 468.17.", "split", "2, 468.17"),
    ("The ACE index declined 9.36 points to 6,217 .93.", "split", "6,217 .93"),
    ("Shares closed at RM10. .44 each.", "split", "10. .44"),
])
def test_a_malformed_figure_is_a_fact_at_its_exact_span(text: str, problem: str, written: str) -> None:
    [(found, as_written, at_span, _)] = formats(text)
    assert (found, as_written, at_span) == (problem, written, written)


def test_a_dot_grouped_level_records_whether_the_article_groups_with_commas() -> None:
    text = "The FTSE 100 rose to 8,512.40, while the DAX added 318 points to close at 16.284."
    assert formats(text) == [("dot_thousands", "16.284", "16.284", True)]
    assert formats("The DAX added 318 points to close at 16.284.") == [("dot_thousands", "16.284", "16.284", False)]


def _rules(text: str) -> list[str]:
    return [f.rule for f in verifier.check(text).findings]


@pytest.mark.parametrize("text", [
    # its own change is larger than the level read as a decimal
    "The FTSE 100 rose to 8,706.66. The DAX gained 248 points, or 1.6 percent, to close at 15.742.",
    # its own change and percent put the level near the grouped reading
    "The FTSE 100 rose to 8,706.66. The DAX gained 12.6 points, or 0.08 percent, to close at 15.742.",
    # another figure of the same subject shows the magnitude
    "The FTSE 100 rose to 8,706.66. The DAX rose 0.4 percent to 15.742. On Thursday the DAX closed at 15,679.30.",
])
def test_a_dot_grouped_level_is_flagged_when_the_article_shows_thousands(text: str) -> None:
    assert _rules(text) == ["number-format-mixed"]


@pytest.mark.parametrize("text", [
    "The dollar index, which tracks the greenback against six peers, was at 104.382, while the Dow rose to 38,211.55.",
    "The dollar index fell 0.3% on Friday to 92.517, above its low of 92.406; jobless claims rose to 212,000.",
    "The Taiwan dollar firmed NT$0.012 to NT$31.824, and turnover reached NT$1,327 billion.",
])
def test_a_quote_to_three_decimals_is_no_mixed_format(text: str) -> None:
    assert _rules(text) == []


def test_a_split_figure_is_one_finding_and_feeds_no_other_rule() -> None:
    text = ("The Hang Seng Index rose 118.40 points, or 0.44 percent, to close at 26,811.27. "
            "The benchmark traded between 26,702.15 and 26, 905.88 during the day.")
    report = verifier.check(text)
    assert [(f.rule, f.spans[0].text) for f in report.findings] == [("malformed-number", "26, 905.88")]


def test_no_part_of_a_split_figure_is_read_as_a_figure() -> None:
    text = "The H-share index fell 98.12 points or 1. 07 percent, to close at 9,072.30."
    report = verifier.check(text)
    [move] = [f for f in report.facts if f.kind == "move"]
    assert move.percent is None and move.level is not None and move.level.span.text == "9,072.30"
    assert [f.rule for f in report.findings] == ["malformed-number"]


@pytest.mark.parametrize("text", [
    "The index closed at 2,712. 92 companies rose and 40 fell.",
    "Top reasons:\n1. 25 percent of traders cited rates.",
    "It ranked No. 1. 30 percent of funds hold it.",
    "The session opened at 9. 30 minutes later it dipped.",
    "Version 2. 0 of the app shipped.",
    "The index rose 12.30 points. 52 stocks advanced.",
])
def test_a_number_ending_a_sentence_or_a_list_label_is_no_split_figure(text: str) -> None:
    assert formats(text) == []


def test_a_decimal_comma_article_is_read_in_its_own_convention() -> None:
    text = "The MERVAL rose 1,25 percent to 1.234.567,89 points, and the dollar index ended at 104,38."
    report = verifier.check(text)
    assert report.findings == ()
    move = next(f for f in report.facts if f.kind == "move")
    assert (move.percent.value, move.level.value) == (Decimal("1.25"), Decimal("1234567.89"))


def test_a_space_grouped_article_reads_each_level_as_one_figure() -> None:
    text = "The all share index rose 0.55% to 60 059 points, while the top-40 gained 0.61% to 53 120 points."
    levels = [f.level.value for f in verifier.check(text).facts if f.kind == "move"]
    assert levels == [Decimal("60059"), Decimal("53120")]


def test_a_table_row_of_bare_numbers_is_not_read_as_space_grouped() -> None:
    text = "Corn settled: Dec 434 441 430 441, Mar 453 455 451 452."
    context = Context(parse_document(text, "t"), load_lexicon())
    assert [m.text for m in context.mentions][:4] == ["434", "441", "430", "441"]


@pytest.mark.parametrize("text", [
    "The dollar index rose to 108.742 hit on Mar. 14.",
    "The yield fell to 1.683 percent.",
    "(1 euro = 124.318 dinars)",
    "Earnings came in at $31.574 billion.",
    "Ranked 1, 2 and 3 in the survey, the three banks rose.",
    "The index closed at 2,684.37. 92 companies rose.",
])
def test_figures_other_conventions_allow_are_not_flagged(text: str) -> None:
    assert formats(text) == []


@given(st.integers(0, 10**12), st.sampled_from((0, 1, 2, 4)))
def test_a_well_formed_grouped_figure_is_never_a_format_fact(cents: int, decimals: int) -> None:
    figure = format_decimal(Decimal(cents).scaleb(-decimals), decimals)
    assert formats(f"The index rose 1.2 percent to {figure}, its best close.") == []


@given(st.integers(0, 10**12))
def test_three_decimals_are_at_most_ambiguous_never_malformed(cents: int) -> None:
    figure = format_decimal(Decimal(cents).scaleb(-3), 3)
    found = formats(f"The index rose 1.2 percent to {figure}, its best close.")
    assert all(problem == "dot_thousands" for problem, *_ in found)


@pytest.mark.parametrize("text, meant", [
    ("Among FTSE 10 stocks, Rio Tinto rose 4.2% as copper rallied.", "FTSE 100"),
    ("Shares of Fanuc led the Nikkei 22 as robot orders climbed.", "Nikkei 225"),
])
def test_an_index_named_with_a_digit_dropped_is_a_warning(text: str, meant: str) -> None:
    [finding] = verifier.check(text).findings
    assert (finding.rule, finding.severity.value) == ("index-name-digit", "warning") and meant in finding.message


@pytest.mark.parametrize("text", [
    "A late rally left the FTSE 10 points higher at 7,512.30.",
    "The FTSE 250 rose 0.3% and the FTSE 100 gained 0.2%.",
    "The Nikkei 225 rose 1.1% to 38,120.55.",
])
def test_a_family_member_or_a_figure_after_the_name_is_no_dropped_digit(text: str) -> None:
    assert "index-name-digit" not in _rules(text)
