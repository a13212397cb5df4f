"""Article text in, findings out: the promises of issue 2, end to end."""
from __future__ import annotations

import pytest

from conftest import findings

CLEAN = (
    "SEOUL - The KOSPI climbed 41.37 points or 1.52 percent to finish at 2,763.94 after trading "
    "between 2,731.08 and 2,770.55. West Texas Intermediate crude for March delivery added $0.87 or "
    "1.2 percent to $75.91 a barrel."
)


def only(text: str):
    result = findings(text)
    assert len(result) == 1, [f"{f.rule}: {f.message}" for f in result]
    return result[0]


def test_a_consistent_wrap_has_no_finding():
    assert findings(CLEAN) == []


def test_a_percent_digit_slip_is_flagged_on_the_percent():
    finding = only(CLEAN.replace("1.52 percent", "1.25 percent"))
    assert finding.rule == "change-percent-mismatch" and finding.severity == "error"
    assert finding.suspect.text == "1.25 percent"
    assert "2,722.57" in finding.message and "1.52" in finding.message
    assert finding.expected == "1.52"


def test_a_percent_on_the_new_close_is_a_warning_named_as_such():
    finding = only(CLEAN.replace("1.52 percent", "1.50 percent"))
    assert finding.rule == "change-percent-imprecise" and finding.suspect.text == "1.50 percent"
    assert finding.severity == "warning"
    assert "new close" in finding.message


def test_a_close_above_the_intraday_high_is_an_error():
    finding = only(CLEAN.replace("2,770.55", "2,758.20"))
    assert finding.rule == "close-outside-range"
    assert {s.text for s in finding.spans} >= {"2,763.94", "2,731.08", "2,758.20"}
    # the change and the percent agree with the close, so the high is the figure to correct
    assert (finding.suspect.text, finding.expected) == ("2,758.20", "2,763.94")


def test_a_decimal_slip_in_a_crude_move_is_flagged():
    finding = only(CLEAN.replace("1.2 percent", "12 percent"))
    assert finding.rule == "change-percent-mismatch" and finding.suspect.text == "12 percent"


def test_a_high_below_the_low_is_an_error():
    result = findings("The Nikkei 225 rose 100.00 points or 0.20 percent to close at 50,100.00 after trading between a low of 50,200.00 and a high of 49,950.00.")
    assert "range-high-below-low" in {f.rule for f in result}


@pytest.mark.parametrize(
    "sentence",
    [
        # 1,138.46 / 55,773.91 = 2.0412 percent, reported as 2.04
        "The Nikkei 225 rallied 1,138.46 points or 2.04 percent to finish at 56,912.37.",
        # 0.17 / 71.59 = 0.2375 percent, reported as 0.2
        "Brent crude for June delivery eased $0.17 or 0.2 percent to $71.42 a barrel.",
    ],
)
def test_rounding_never_fires(sentence):
    assert findings(sentence) == []


def test_spans_index_the_text_as_received_header_included():
    text = "source: wire\ndate: 2026-03-04\n\n" + CLEAN.replace("1.52 percent", "1.25 percent")
    [finding] = findings(text)
    for span in finding.spans:
        assert text[span.start:span.end] == span.text
    assert finding.suspect.line == 4


def test_a_feed_that_lost_its_paragraph_breaks_pairs_statements_only_a_few_sentences_apart():
    # One line, as RSS descriptions and JSON Lines bodies often arrive: a summary meets the move a
    # sentence or two after it, not one eight sentences on (by then the story is elsewhere).
    lead = "The KOSPI finished sharply lower on Thursday, dragged down by chipmakers. "
    move = "For the day, the index jumped 32.96 points or 1.24 percent to finish at 2,684.37. "
    filler = "Among the actives, Samsung Electronics fell 1.45 percent and SK Hynix lost 2.07 percent. " * 6
    assert [f.rule for f in findings(lead + move + filler)] == ["direction-conflict"]
    assert findings(lead + filler + move) == []


def test_the_open_is_not_the_close_but_still_names_the_session_day():
    text = ("Cues from Wall Street are upbeat: the major averages opened lower on Thursday but soon "
            "turned higher. The Dow jumped 352.18 points or 0.91 percent to finish at 39,214.63.")
    assert findings(text, "2026-02-27") == []
    (finding,) = findings("The Nifty opened higher on Thursday, tracking Asian peers.", "2026-02-24")
    assert finding.rule == "weekday-date-mismatch"


@pytest.mark.parametrize("phrase", ["ending near session highs", "ending off its session lows", "after rising to the day's high early on"])
def test_only_at_the_extreme_claims_the_close_is_the_extreme(phrase):
    text = (f"The Nikkei 225 finished higher, {phrase}. The index rose 204.56 points or 0.36 percent to close at "
            "56,912.37 after trading between 56,585.75 and 57,004.42.")
    assert findings(text) == []


def test_web_typography_reads_as_plain_text_and_spans_quote_it_as_received():
    plain = ("India's stock market finished higher on Thursday. The index rose 120.15 points or 0.52 percent to "
             "23,150.40, its best close since Monday's session.")
    typeset = plain.replace(" percent", "\u00a0percent").replace("'", "\u2019")
    assert [f.rule for f in findings(plain, "2026-02-24")] == ["weekday-date-mismatch"]
    (finding,) = findings(typeset, "2026-02-24")
    assert finding.rule == "weekday-date-mismatch"
    from verifier import check
    report = check(typeset)
    figures = [q.span.text for f in report.facts for q in (getattr(f, "percent", None),) if q is not None]
    assert "0.52\u00a0percent" in figures  # the span quotes the figure as it arrived


def test_windows_line_ends_read_like_unix_ones():
    from verifier import check

    text = ("The Nikkei 225 rose 204.56 points or 0.36 percent to close at 56,912.37.\n\n"
            "| Hub | Current | Prior |\n| --- | --- | --- |\n| Henry Hub | 3.61 | 3.48 |\n| Waha | -0.42 | 1.10 |\n")
    unix, windows = check(text), check(text.replace("\n", "\r\n"))
    assert windows.coverage.bound == unix.coverage.bound == unix.coverage.mentions == 7
    assert [f.kind for f in windows.facts] == [f.kind for f in unix.facts]
