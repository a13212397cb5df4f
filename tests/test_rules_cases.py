"""Each rule of issue 3 fires on a planted slip in a corpus-style article, at the right span, and
the clean twin of that article raises nothing (cases in tests/data/rule_cases/)."""
from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest

import verifier

CASES = [case for path in sorted((Path(__file__).parent / "data" / "rule_cases").glob("*.toml"))
         for case in tomllib.loads(path.read_text("utf-8"))["case"]]


def _date(case: dict[str, Any]) -> str:
    value = case["date"]
    return value.isoformat() if isinstance(value, dt.date) else str(value)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_planted_slip_is_found_at_its_span(case: dict[str, Any]) -> None:
    report = verifier.check(case["text"], _date(case))
    found = [(f.rule, f.severity.value, f.suspect.text if f.suspect else None, [s.text for s in f.spans])
             for f in report.findings]
    expected = [(e["rule"], e["severity"], e["suspect"], e["spans"]) for e in case["expect"]]
    assert found == expected
    for finding in report.findings:
        for span in (*finding.spans, finding.suspect):
            assert span is not None and case["text"][span.start:span.end] == span.text


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_clean_twin_raises_nothing(case: dict[str, Any]) -> None:
    report = verifier.check(case["clean"], _date(case))
    assert [(f.rule, f.message) for f in report.findings] == []
