"""JUnit XML for CI dashboards: one testsuite, one testcase per document.

Each finding is a `<failure>` (type = rule id) and each input error an `<error>`, so the suite's
`failures` and `errors` equal the JSON report's finding and input-error counts.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

import regex

from ..findings import DocumentReport, Finding, RunReport
from .positions import anchor, ordered
from .summary import run_counts

# Characters XML 1.0 cannot carry, even escaped; article text is untrusted.
_NOT_XML = regex.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def render(report: RunReport) -> str:
    counts = run_counts(report)
    suites = ET.Element(
        "testsuites",
        name="verifier",
        tests=str(len(report.documents)),
        failures=str(counts.findings),
        errors=str(counts.input_errors),
        time="0",
    )
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="verifier",
        tests=str(len(report.documents)),
        failures=str(counts.findings),
        errors=str(counts.input_errors),
        skipped="0",
        time="0",
    )
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", name="verifier.version", value=report.verifier.version)
    ET.SubElement(properties, "property", name="schema_version", value=report.schema_version)
    for doc in report.documents:
        _testcase(suite, doc)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _testcase(suite: ET.Element, doc: DocumentReport) -> None:
    case = ET.SubElement(suite, "testcase", name=_clean(doc.id), classname="verifier.check", file=_clean(doc.id), time="0")
    for error in doc.errors:
        element = ET.SubElement(case, "error", type=f"input/{error.code}", message=_clean(error.message))
        element.text = _clean(error.message)
    for finding in ordered(doc.findings):
        element = ET.SubElement(case, "failure", type=finding.rule, message=_clean(finding.message))
        element.text = _clean(_details(doc, finding))


def _details(doc: DocumentReport, finding: Finding) -> str:
    at = anchor(finding)
    where = f"{doc.id}:{at.line}:{at.column}" if at else doc.id
    lines = [f"{where}: {finding.severity.value}[{finding.rule}] {finding.message}"]
    if finding.spans:
        lines.append("figures: " + ", ".join(f'"{s.text}" (line {s.line}, column {s.column})' for s in finding.spans))
    if finding.expected is not None:
        target = f' for "{finding.suspect.text}"' if finding.suspect is not None else ""
        lines.append(f"expected: {finding.expected}{target}")
    return "\n".join(lines)
