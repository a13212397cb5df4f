"""Findings and reports: the one contract every renderer reads.

A finding is a value, never an exception; input problems are `InputError` values in the report,
so no document is ever lost from a run.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from .facts import Fact
from .spans import Span

SCHEMA_VERSION = "1.0"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Finding(BaseModel):
    """One rule that did not hold for one binding of facts."""

    model_config = ConfigDict(frozen=True)

    rule: str
    severity: Severity
    title: str
    message: str  # rendered template: shows the arithmetic, reported vs expected
    spans: tuple[Span, ...]  # every figure involved, in text order
    suspect: Span | None = None  # the figure most likely wrong (its correction makes the rule hold)
    facts: tuple[str, ...] = ()
    expected: str | None = None  # the consistent value for the suspect figure, where one exists
    fingerprint: str = ""
    assumptions: tuple[str, ...] = ()  # what was read loosely: why an error was lowered to a warning


def fingerprint(rule: str, document_id: str, spans: tuple[Span, ...]) -> str:
    """Stable across runs and line moves: rule, document and the figures as written."""
    key = "\x1f".join([rule, document_id, *(s.text for s in spans)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


INTERNAL_ERROR = "internal-error"  # the code of a bug met on one document: the run goes on, and exits 4


class InputError(BaseModel):
    """A problem with an input the user can fix; the run goes on and the exit code says 2. With the
    code `internal-error`, a bug verifier met on that input (exit 4): the document is still listed."""

    model_config = ConfigDict(frozen=True)

    code: str  # "not-found", "not-utf8", "empty", "binary", "too-large", "bad-header", ...
    message: str  # one line, names the location
    line: int | None = None


class Coverage(BaseModel):
    """How much of the document was understood and checked (statcheck's lesson: say what you skipped)."""

    model_config = ConfigDict(frozen=True)

    mentions: int = 0  # numeric mentions found in the body
    bound: int = 0  # mentions bound to a fact
    checked: int = 0  # mentions in a fact that at least one rule examined
    unbound: tuple[Span, ...] = ()  # the numbers not understood

    @property
    def bound_ratio(self) -> float:
        return self.bound / self.mentions if self.mentions else 1.0


class DocumentReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str  # the path as given, "-" for stdin
    source: str | None = None
    title: str | None = None
    date: dt.date | None = None
    text: str | None = None  # the text as received, kept for renderers that quote it
    facts: tuple[Fact, ...] = ()
    findings: tuple[Finding, ...] = ()
    errors: tuple[InputError, ...] = ()
    coverage: Coverage = Field(default_factory=Coverage)

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)


class Summary(BaseModel):
    model_config = ConfigDict(frozen=True)

    documents: int
    documents_with_findings: int
    documents_with_errors: int
    findings: dict[str, int]  # by severity
    rules: dict[str, int]  # by rule id
    coverage: Coverage


class VerifierInfo(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: str


class RunReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    schema_version: str = SCHEMA_VERSION
    verifier: VerifierInfo
    documents: tuple[DocumentReport, ...]
    summary: Summary
    rules: dict[str, dict[str, str]] = {}  # id -> {"title", "severity", "explain"} for renderers


def summarize(documents: tuple[DocumentReport, ...] | list[DocumentReport]) -> Summary:
    by_severity = {s.value: 0 for s in Severity}
    by_rule: dict[str, int] = {}
    mentions = bound = checked = 0
    for doc in documents:
        for f in doc.findings:
            by_severity[f.severity.value] += 1
            by_rule[f.rule] = by_rule.get(f.rule, 0) + 1
        mentions += doc.coverage.mentions
        bound += doc.coverage.bound
        checked += doc.coverage.checked
    return Summary(
        documents=len(documents),
        documents_with_findings=sum(1 for d in documents if d.findings),
        documents_with_errors=sum(1 for d in documents if d.errors),
        findings=by_severity,
        rules=dict(sorted(by_rule.items())),
        coverage=Coverage(mentions=mentions, bound=bound, checked=checked),
    )
