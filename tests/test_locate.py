"""Which figure is wrong: the one whose single correction makes every relation of its fact hold."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, strategies as st

from conftest import findings
from verifier.numbers import format_decimal


def by_rule(text: str) -> dict:
    return {f.rule: f for f in findings(text)}


def broken(finding) -> set[str]:
    """The rules one finding reports: its own, and those the same slip breaks (one slip, one finding)."""
    named = finding.message.partition("The same slip breaks ")[2].rstrip(".")
    return {finding.rule, *(name for name in named.split(", ") if name)}


def test_a_close_outside_its_range_that_also_breaks_the_percent_is_the_close():
    (finding,) = findings("The Sensex rallied 1,138.46 points or 2.04 percent to finish at 57,912.37 "
                          "after trading between 55,985.75 and 57,204.42.")
    assert broken(finding) == {"change-percent-mismatch", "close-outside-range"}
    assert finding.suspect.text == "57,912.37"
    # the close the change and percent imply, not the range's end the close was clamped to
    assert 56_808 <= Decimal(finding.expected.replace(",", "")) <= 57_083
    assert "Correcting 57,912.37 to" in finding.message


def test_a_change_that_breaks_both_the_percent_and_the_prior_is_the_change():
    (finding,) = findings("The Straits Times Index rose 14.39 points or 0.39 percent to 3,862.64 from 3,847.71.")
    assert broken(finding) == {"change-percent-mismatch", "change-prior-mismatch"}
    assert (finding.suspect.text, finding.expected) == ("14.39 points", "14.93")


def test_a_level_that_breaks_the_percent_and_the_prior_is_the_level():
    found = by_rule("The Straits Times Index rose 15.59 points or 0.41 percent to 3,683.30 from 3,847.71.")
    assert broken(found["change-prior-mismatch"]) == {"change-prior-mismatch", "change-percent-imprecise"}
    assert (found["change-prior-mismatch"].suspect.text, found["change-prior-mismatch"].expected) == ("3,683.30", "3,863.30")
    assert found["direction-level-mismatch"].suspect is None  # a verb rule: no figure repairs it


def test_one_broken_relation_keeps_its_declared_suspect():
    (finding,) = findings("The Sensex rallied 1,138.46 points or 2.09 percent to finish at 56,912.37.")
    assert (finding.suspect.text, finding.expected) == ("2.09 percent", "2.04")
    assert "Correcting" not in finding.message


@st.composite
def ranged_moves(draw):
    """A consistent session move with its range, as (figures, text template)."""
    prior = Decimal(draw(st.integers(100_000, 6_000_000))) / 100
    change = (prior * Decimal(draw(st.integers(30, 400))) / 10_000).quantize(Decimal("0.01"))
    direction = draw(st.sampled_from([1, -1]))
    level = prior + direction * change
    percent = (change / prior * 100).quantize(Decimal("0.01"))
    margin = level * Decimal("0.03")
    low = (min(prior, level) - margin * draw(st.integers(1, 3))).quantize(Decimal("0.01"))
    high = (max(prior, level) + margin * draw(st.integers(1, 3))).quantize(Decimal("0.01"))
    verb = "gained" if direction > 0 else "lost"
    return change, percent, level, low, high, verb


@given(ranged_moves(), st.sampled_from([Decimal("0.25"), Decimal("0.4"), Decimal("-0.3")]))
def test_a_slipped_close_is_located_whatever_the_figures(move, shift):
    change, percent, level, low, high, verb = move
    slipped = (level * (1 + shift)).quantize(Decimal("0.01"))
    written = format_decimal(slipped, 2)
    text = (f"The Kospi {verb} {format_decimal(change, 2)} points or {percent} percent to finish at {written} "
            f"after trading between {format_decimal(low, 2)} and {format_decimal(high, 2)}.")
    (finding,) = [f for f in findings(text) if f.suspect.text == written]
    assert "close-outside-range" in broken(finding)
    assert broken(finding) & {"change-percent-mismatch", "change-percent-imprecise"}
    assert not findings(text.replace(written, finding.expected))  # the one correction makes every relation hold


def test_a_range_end_below_a_close_the_percent_pins_is_the_range_end_at_a_computed_value():
    (finding,) = findings("The broader Topix index added 21.64 points or 0.59 percent to end at 3,689.10 "
                          "after trading between 3,664.02 and 3,681.37.")
    assert finding.rule == "close-outside-range"
    # not "6,381.37 (two digits swapped)": above the close, but so is any larger number
    assert (finding.suspect.text, finding.expected) == ("3,681.37", "3,689.10")


def test_a_decimal_slip_in_the_percent_is_undone_exactly():
    (finding,) = findings("The S&P 500 fell 19.60 points or 2.8 percent to end at 7,004.35.")
    assert (finding.suspect.text, finding.expected) == ("2.8 percent", "0.28")
    assert "(decimal point moved)" in finding.message


def test_a_huge_figure_is_located_without_error():
    (finding,) = findings("The Nikkei rose 9 points or 9 percent to finish at 999999999999999999999999999999999999.")
    assert finding.rule == "change-percent-mismatch"


# --- rules over two facts -----------------------------------------------------------------------

def test_a_restatement_against_a_close_its_move_confirms_is_the_restatement():
    found = by_rule("The KOSPI climbed 41.37 points or 1.52 percent to finish at 2,763.94. The KOSPI finished at 2,736.94.")
    assert (found["duplicate-figure-conflict"].suspect.text, found["duplicate-figure-conflict"].expected) == ("2,736.94", "2,763.94")


def test_a_close_that_breaks_its_own_percent_too_is_the_close_not_its_restatement():
    found = by_rule("The KOSPI climbed 41.37 points or 1.52 percent to finish at 2,736.94. The KOSPI finished at 2,763.94.")
    assert {f.suspect.text for f in found.values()} == {"2,736.94"}
    assert {f.expected for f in found.values()} == {"2,763.94"}


def test_session_highs_against_a_close_the_percent_confirms_blames_the_high():
    (finding,) = findings("The Nikkei 225 finished higher, ending at session highs. The index rose 204.56 points or "
                          "0.36 percent to close at 56,912.37 after trading between 56,585.75 and 57,004.42.")
    assert finding.rule == "session-extreme-mismatch"
    assert (finding.suspect.text, finding.expected) == ("57,004.42", "56,912.37")


def test_a_result_with_two_digits_swapped_is_the_result_not_its_percent():
    found = by_rule("Its net profit was up 19% to S$52.0 million for the quarter, from S$34.8 million a year earlier.")
    finding = found["earnings-percent-mismatch"]
    assert (finding.suspect.text, finding.expected) == ("S$34.8 million", "43.8")
    assert "(two digits swapped)" in finding.message


def test_no_correction_is_offered_that_would_break_another_rule_of_the_fact():
    # a consistent move of 22 percent: implausible for an index, but "2.2" would break its own percent
    (finding,) = findings("The Nikkei 225 rallied 6,536.10 points or 22.0 percent to finish at 36,245.60.")
    assert finding.rule == "implausible-move"
    assert finding.expected is None
