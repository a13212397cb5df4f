"""SARIF 2.1.0: valid against the OASIS schema, UTF-16 columns, rules with help, stable fingerprints."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest_reports import ARTICLE, RULES, build_report

from verifier.report import sarif

SARIF_SCHEMA = Path(__file__).parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def run() -> dict:
    return json.loads(sarif.render(build_report()))["runs"][0]


def result(rule: str) -> dict:
    return next(r for r in run()["results"] if r["ruleId"] == rule)


def utf16_slice(line: str, start_column: int, end_column: int) -> str:
    units = line.encode("utf-16-le")
    return units[2 * (start_column - 1) : 2 * (end_column - 1)].decode("utf-16-le")


def test_log_validates_against_the_sarif_2_1_0_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"{SARIF_SCHEMA} not present")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(json.loads(sarif.render(build_report())))


def test_columns_count_utf16_units_so_a_figure_after_an_emoji_moves_one_column() -> None:
    region = result("change-percent-mismatch")["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (4, 73, 4, 77)
    line = ARTICLE.splitlines()[3]
    assert utf16_slice(line, region["startColumn"], region["endColumn"]) == "2.40" == region["snippet"]["text"]


def test_every_region_slices_its_figure_out_of_the_utf16_line() -> None:
    lines = ARTICLE.splitlines()
    for res in run()["results"]:
        locations = res["locations"] + res.get("relatedLocations", [])
        for loc in locations:
            region = loc["physicalLocation"]["region"]
            text = utf16_slice(lines[region["startLine"] - 1], region["startColumn"], region["endColumn"])
            assert text == region["snippet"]["text"]


def test_result_points_at_the_suspect_and_relates_the_other_figures() -> None:
    res = result("close-outside-range")
    assert res["level"] == "error"
    assert res["message"]["text"].endswith('(expected 2,758.20 for "2,763.94")')
    assert res["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "2,763.94"
    assert [r["physicalLocation"]["region"]["snippet"]["text"] for r in res["relatedLocations"]] == ["2,731.08", "2,758.20"]
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "wires/tokyo%20close.txt"


def test_partial_fingerprints_carry_the_finding_fingerprint() -> None:
    report = build_report()
    finding = next(f for f in report.documents[0].findings if f.rule == "stock-move-large")
    assert result("stock-move-large")["partialFingerprints"] == {"verifierFinding/v1": finding.fingerprint}
    assert result("stock-move-large")["level"] == "warning"


def test_driver_rules_carry_title_explain_and_default_level() -> None:
    driver = run()["tool"]["driver"]
    assert driver["name"] == "verifier" and driver["version"] == "0.1.0"
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == set(RULES)
    rule = rules["change-percent-mismatch"]
    assert rule["shortDescription"]["text"] == RULES["change-percent-mismatch"]["title"]
    assert rule["fullDescription"]["text"] == rule["help"]["text"] == RULES["change-percent-mismatch"]["explain"]
    assert rules["stock-move-large"]["defaultConfiguration"]["level"] == "warning"
    for res in run()["results"]:
        assert driver["rules"][res["ruleIndex"]]["id"] == res["ruleId"]


def test_input_errors_become_failed_execution_notifications() -> None:
    invocation = run()["invocations"][0]
    assert invocation["executionSuccessful"] is False
    note = invocation["toolExecutionNotifications"][0]
    assert note["descriptor"]["id"] == "input/not-found"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "wires/missing.txt"


@pytest.mark.parametrize(
    ("document_id", "uri"),
    [("a b/c.txt", "a%20b/c.txt"), ("/tmp/x.txt", "file:///tmp/x.txt"), ("C:\\news\\x.txt", "file:///C:/news/x.txt"),
     ("-", "-")],
)
def test_document_ids_become_uri_references(document_id: str, uri: str) -> None:
    assert sarif.artifact_uri(document_id) == uri
