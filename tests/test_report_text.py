"""Linter-style text: location header, quoted line with carets under the figures, summary line."""
from __future__ import annotations

import re

from conftest_reports import build_report, span_of

from verifier.findings import Coverage, DocumentReport, Finding, RunReport, Severity, VerifierInfo, summarize
from verifier.report import text
from verifier.spans import LineIndex

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def one_line_report(article: str, figures: list[str], suspect: str) -> RunReport:
    index = LineIndex(article)
    spans = tuple(span_of(index, f) for f in figures)
    finding = Finding(rule="change-percent-mismatch", severity=Severity.ERROR, title="t", message="m",
                      spans=spans, suspect=span_of(index, suspect), expected="2.04")
    doc = DocumentReport(id="short.txt", text=article, findings=(finding,), coverage=Coverage(mentions=2, bound=2))
    return RunReport(verifier=VerifierInfo(version="0"), documents=(doc,), summary=summarize((doc,)))


def test_each_finding_starts_with_path_line_column_severity_and_rule() -> None:
    out = text.render(build_report())
    assert ("wires/tokyo close.txt:4:72: error[change-percent-mismatch] "
            "1,138.46 points on a prior close of 55,773.91 is 2.04 percent, not 2.40") in out.splitlines()
    assert "wires/tokyo close.txt:8:31: warning[stock-move-large] " in out


def test_findings_come_in_reading_order() -> None:
    out = text.render(build_report())
    assert out.index(":4:72:") < out.index(":6:71:") < out.index(":8:31:")


def test_carets_sit_under_each_figure_and_tilde_under_the_suspect_after_wide_characters() -> None:
    article = "Café 📈 rallied 1,138.46 points or 2.40 percent\n"
    out = text.render(one_line_report(article, ["1,138.46", "2.40"], suspect="2.40")).splitlines()
    assert out[1:4] == [
        "  |",
        "1 | Café 📈 rallied 1,138.46 points or 2.40 percent",
        "  | " + " " * 16 + "^" * 8 + " " * 11 + "~" * 4,  # "Café 📈 rallied ": the emoji takes two columns
    ]
    assert out[4] == '  = expected: 2.04 (for "2.40")'


def test_long_lines_are_clipped_around_the_figures() -> None:
    out = text.render(build_report()).splitlines()
    quoted = next(line for line in out if line.startswith("6 | "))
    marks = out[out.index(quoted) + 1]
    assert quoted.startswith("6 | … ") and quoted.endswith(" …")
    assert len(quoted) < 120
    column = marks.index("~")
    assert quoted[column:column + len("2,763.94")] == "2,763.94"


def test_input_errors_read_as_path_then_input_code() -> None:
    out = text.render(build_report())
    assert "wires/missing.txt: error[input/not-found] wires/missing.txt: no such file" in out.splitlines()


def test_summary_line_counts_documents_findings_input_errors_and_coverage() -> None:
    out = text.render(build_report()).splitlines()
    assert out[-1] == "2 documents, 2 errors, 1 warning, 1 input error; 91% of figures bound (11 of 12)"


def test_a_clean_run_says_no_findings() -> None:
    doc = DocumentReport(id="a.txt", text="Quiet day.\n", coverage=Coverage())
    report = RunReport(verifier=VerifierInfo(version="0"), documents=(doc,), summary=summarize((doc,)))
    assert text.render(report) == "1 document, no findings; no figures found\n"


def test_colour_only_when_asked_and_it_adds_nothing_but_escapes() -> None:
    plain = text.render(build_report())
    coloured = text.render(build_report(), color=True)
    assert "\x1b[" not in plain
    assert "\x1b[1;31merror[change-percent-mismatch]\x1b[0m" in coloured
    assert ANSI.sub("", coloured) == plain
