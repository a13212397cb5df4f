"""JUnit XML: one testsuite, a testcase per document, counts equal to the JSON report's."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from conftest_reports import build_report

from verifier.findings import DocumentReport, Finding, RunReport, Severity, VerifierInfo, summarize
from verifier.report import json as json_report
from verifier.report import junit


def test_one_suite_with_a_testcase_per_document_and_counts_matching_json() -> None:
    report = build_report()
    root = ET.fromstring(junit.render(report))
    suites = root.findall("testsuite")
    assert root.tag == "testsuites" and len(suites) == 1
    suite = suites[0]
    data = json.loads(json_report.render(report))
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [d["id"] for d in data["documents"]]
    assert int(suite.get("tests")) == data["summary"]["documents"] == 2
    assert int(suite.get("failures")) == sum(data["summary"]["findings"].values()) == len(suite.findall(".//failure"))
    assert int(suite.get("errors")) == sum(len(d["errors"]) for d in data["documents"]) == len(suite.findall(".//error"))


def test_each_finding_is_a_failure_typed_by_rule_with_its_message() -> None:
    root = ET.fromstring(junit.render(build_report()))
    failure = root.find(".//testcase[@name='wires/tokyo close.txt']/failure[@type='close-outside-range']")
    assert failure.get("message") == "KOSPI closed at 2,763.94, outside its intraday range 2,731.08 to 2,758.20"
    assert failure.text.splitlines()[0].startswith("wires/tokyo close.txt:6:71: error[close-outside-range]")
    assert 'expected: 2,758.20 for "2,763.94"' in failure.text


def test_input_errors_are_errors_typed_by_input_code() -> None:
    root = ET.fromstring(junit.render(build_report()))
    error = root.find(".//testcase[@name='wires/missing.txt']/error")
    assert error.get("type") == "input/not-found"


def test_characters_xml_cannot_carry_are_replaced_not_fatal() -> None:
    finding = Finding(rule="r", severity=Severity.INFO, title="t", message="bell \x07 here", spans=())
    doc = DocumentReport(id="odd\x00name.txt", findings=(finding,))
    report = RunReport(verifier=VerifierInfo(version="0"), documents=(doc,), summary=summarize((doc,)))
    root = ET.fromstring(junit.render(report))
    assert root.find(".//failure").get("message") == "bell \ufffd here"
