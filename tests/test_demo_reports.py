"""The reports in reports/ are the demo's current output; regenerate them with `verifier demo`."""
from pathlib import Path

import pytest

from verifier.demo import REPORT_FILES, demo_report
from verifier.report import render

REPORTS = Path(__file__).resolve().parents[1] / "reports"


@pytest.fixture(scope="module")
def report():
    return demo_report()


@pytest.mark.parametrize("name", sorted(REPORT_FILES))
def test_committed_demo_report_is_current(report, name):
    path = REPORTS / REPORT_FILES[name]
    fresh = render(name, report, color=False)
    stored = path.read_text("utf-8") if path.exists() else None
    assert stored == fresh, f"{path} is out of date: run `verifier demo` from the repo root and commit reports/"


def test_the_clean_sample_has_no_finding_and_the_other_has_each_planted_slip(report):
    by_id = {d.id: d for d in report.documents}
    assert by_id["samples/seoul-close.txt"].findings == ()
    slips = {(f.rule, f.suspect.text) for f in by_id["samples/tokyo-close-with-slips.txt"].findings}
    assert ("change-percent-imprecise", "1.55 percent") in slips  # on the new close: a warning
    # the Topix close 3,678.10 written 3,778.10: outside the range and off the percent, one slip, one finding
    assert ("close-outside-range", "3,778.10") in slips
    assert not any(suspect == "3,778.10" for rule, suspect in slips if rule != "close-outside-range")
    assert ("change-percent-mismatch", "2.8 percent") in slips  # decimal shift of 0.28
