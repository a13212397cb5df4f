"""Number formats: malformed figures are facts at their exact spans; well-formed ones never are."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import verifier
from verifier.numbers import format_decimal


def formats(text: str) -> list[tuple[str, str, str, bool]]:
    report = verifier.check(text)
    return [(f.problem, f.written, text[f.span.start:f.span.end], f.comma_grouped)
            for f in report.facts if f.kind == "number_format"]


@pytest.mark.parametrize(("text", "problem", "written"), [
    ("The index finished at 11,8587.51 on Friday.", "bad_group", "11,8587.51"),
    ("The Dow lost 31,88 points.", "bad_group", "31,88"),
    ("The Dow ended at 44.768.12, a record.", "double_point", "44.768.12"),
    ("The index closed at 15,877. 92 points.", "split", "15,877. 92"),
    ("The index was up 2.92 percent to 1, 371.35.", "split", "1, 371.35"),
    ("The ACE index declined 10.14 points to 5,404 .48.", "split", "5,404 .48"),
    ("Shares closed at RM10. .44 each.", "split", "10. .44"),
])
def test_a_malformed_figure_is_a_fact_at_its_exact_span(text: str, problem: str, written: str) -> None:
    [(found, as_written, at_span, _)] = formats(text)
    assert (found, as_written, at_span) == (problem, written, written)


def test_a_dot_grouped_level_records_whether_the_article_groups_with_commas() -> None:
    text = "The FTSE 100 rose to 8,706.66, while the DAX added 262 points to close at 15.195."
    assert formats(text) == [("dot_thousands", "15.195", "15.195", True)]
    assert formats("The DAX added 262 points to close at 15.195.") == [("dot_thousands", "15.195", "15.195", False)]


@pytest.mark.parametrize("text", [
    "The dollar index rose to 110.985 hit on Feb. 11.",
    "The yield fell to 1.714 percent.",
    "(1 euro = 117.065 dinars)",
    "Earnings came in at $42.960 billion.",
    "Ranked 1, 2 and 3 in the survey, the three banks rose.",
    "The index closed at 2,712.14. 92 companies rose.",
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
