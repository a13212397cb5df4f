"""The run's totals in words and numbers, worded once so every format says the same thing."""
from __future__ import annotations

from typing import NamedTuple

from ..findings import Coverage, DocumentReport, RunReport, Severity

SEVERITIES: tuple[Severity, ...] = (Severity.ERROR, Severity.WARNING, Severity.INFO)

# "info" is a mass noun in prose: "3 errors, 1 warning, 2 info".
_NOUNS = {Severity.ERROR: ("error", "errors"), Severity.WARNING: ("warning", "warnings"), Severity.INFO: ("info", "info")}


class Counts(NamedTuple):
    """Findings by severity and input errors, for a document or the whole run."""

    error: int
    warning: int
    info: int
    input_errors: int

    @property
    def findings(self) -> int:
        return self.error + self.warning + self.info

    def of(self, severity: Severity) -> int:
        return getattr(self, severity.value)


def plural(n: int, singular: str, many: str | None = None) -> str:
    return f"{n} {singular if n == 1 else (many or singular + 's')}"


def severity_noun(severity: Severity, n: int) -> str:
    one, many = _NOUNS[severity]
    return plural(n, one, many)


def document_counts(doc: DocumentReport) -> Counts:
    by = {s: 0 for s in SEVERITIES}
    for f in doc.findings:
        by[f.severity] += 1
    return Counts(by[Severity.ERROR], by[Severity.WARNING], by[Severity.INFO], len(doc.errors))


def run_counts(report: RunReport) -> Counts:
    """Totals from the summary, so every format's counts match the JSON report."""
    f = report.summary.findings
    return Counts(
        f.get("error", 0), f.get("warning", 0), f.get("info", 0), sum(len(d.errors) for d in report.documents)
    )


def coverage_percent(coverage: Coverage) -> int | None:
    """Whole percent of numeric mentions bound to a fact, rounded down; None when there were none."""
    if not coverage.mentions:
        return None
    return coverage.bound * 100 // coverage.mentions


def coverage_phrase(coverage: Coverage) -> str:
    percent = coverage_percent(coverage)
    if percent is None:
        return "no figures found"
    return f"{percent}% of figures bound ({coverage.bound} of {coverage.mentions})"


def summary_sentence(report: RunReport) -> str:
    """"2 documents, 3 errors, 1 warning, 1 input error; 94% of figures bound (47 of 50)"."""
    counts = run_counts(report)
    parts = [plural(report.summary.documents, "document")]
    parts += [severity_noun(s, counts.of(s)) for s in SEVERITIES if counts.of(s)]
    if not counts.findings:
        parts.append("no findings")
    if counts.input_errors:
        parts.append(plural(counts.input_errors, "input error"))
    return ", ".join(parts) + "; " + coverage_phrase(report.summary.coverage)
