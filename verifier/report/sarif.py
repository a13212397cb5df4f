"""SARIF 2.1.0, written by hand, for code scanning (GitHub) and other static-analysis viewers.

Columns are UTF-16 code units (SARIF's default `columnKind`, what GitHub expects), computed from
the document text, so a figure after an emoji is placed where the viewer draws it.
"""
from __future__ import annotations

import json
from pathlib import PureWindowsPath
from typing import Any
from urllib.parse import quote

from ..findings import DocumentReport, Finding, RunReport, Severity, fingerprint
from ..spans import LineIndex, Span
from .positions import anchor, line_index, ordered, quotable, utf16_region

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "verifierFinding/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(document_id: str) -> str:
    """A path as given -> a URI reference: relative paths stay relative (GitHub resolves them)."""
    if PureWindowsPath(document_id).drive:
        return "file:///" + quote(document_id.replace("\\", "/"), safe="/:")
    path = document_id.replace("\\", "/")
    if path.startswith("/"):
        return "file://" + quote(path, safe="/")
    return quote(path, safe="/")


def render(report: RunReport) -> str:
    return json.dumps(as_data(report), indent=2, ensure_ascii=False) + "\n"


def as_data(report: RunReport) -> dict[str, Any]:
    """The SARIF log: one run, its rules, its results and the input errors as notifications."""
    rule_ids = sorted(set(report.rules) | {f.rule for d in report.documents for f in d.findings})
    rule_index = {rule: i for i, rule in enumerate(rule_ids)}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for doc in report.documents:
        index = line_index(doc)
        results.extend(_result(doc, f, index, rule_index[f.rule]) for f in ordered(doc.findings))
        notifications.extend(_notification(doc, e.code, e.message, e.line) for e in doc.errors)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "verifier",
                        "version": report.verifier.version,
                        "semanticVersion": report.verifier.version,
                        "rules": [_rule(rule, report) for rule in rule_ids],
                    }
                },
                "invocations": [
                    {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
                ],
                "columnKind": "utf16CodeUnits",
                "results": results,
                "properties": {"reportSchemaVersion": report.schema_version},
            }
        ],
    }


def _rule(rule: str, report: RunReport) -> dict[str, Any]:
    info = report.rules.get(rule, {})
    title = info.get("title") or rule
    explain = " ".join((info.get("explain") or title).split())
    descriptor: dict[str, Any] = {
        "id": rule,
        "shortDescription": {"text": title},
        "fullDescription": {"text": explain},
        "help": {"text": explain, "markdown": f"**{title}**\n\n{explain}"},
    }
    severity = info.get("severity")
    if severity in LEVELS:
        descriptor["defaultConfiguration"] = {"level": LEVELS[Severity(severity)]}
    return descriptor


def _region(span: Span, index: LineIndex | None) -> dict[str, Any]:
    if index is None or not quotable(index.text, (span,)):
        start_line, start_col = span.line, span.column
        end_line, end_col = span.line, span.column + len(span.text)
    else:
        start_line, start_col, end_line, end_col = utf16_region(index, span)
    return {
        "startLine": start_line,
        "startColumn": start_col,
        "endLine": end_line,
        "endColumn": end_col,
        "snippet": {"text": span.text},
    }


def _location(doc: DocumentReport, span: Span | None, index: LineIndex | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(doc.id)}}
    if span is not None:
        physical["region"] = _region(span, index)
    return {"physicalLocation": physical}


def _result(doc: DocumentReport, finding: Finding, index: LineIndex | None, rule_index: int) -> dict[str, Any]:
    at = anchor(finding)
    text = finding.message
    if finding.expected is not None:
        target = f' for "{finding.suspect.text}"' if finding.suspect is not None else ""
        text = f"{text} (expected {finding.expected}{target})"
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [_location(doc, at, index)],
        "partialFingerprints": {
            FINGERPRINT_KEY: finding.fingerprint or fingerprint(finding.rule, doc.id, finding.spans)
        },
    }
    related = [s for s in finding.spans if at is None or (s.start, s.end) != (at.start, at.end)]
    if related:
        result["relatedLocations"] = [
            {**_location(doc, span, index), "id": i, "message": {"text": f"figure involved: {span.text}"}}
            for i, span in enumerate(related, 1)
        ]
    properties: dict[str, Any] = {"title": finding.title}
    if finding.expected is not None:
        properties["expected"] = finding.expected
    result["properties"] = properties
    return result


def _notification(doc: DocumentReport, code: str, message: str, line: int | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(doc.id)}}
    if line:
        physical["region"] = {"startLine": line}
    return {
        "level": "error",
        "message": {"text": message},
        "descriptor": {"id": f"input/{code}"},
        "locations": [{"physicalLocation": physical}],
    }
