"""Hand-built run reports for the renderer tests: real spans computed from the article text.

The article is written for these tests; its first story line carries an accented word and an
emoji before the figures, so UTF-16 columns differ from code-point columns.
"""
from __future__ import annotations

from verifier.findings import (
    Coverage,
    DocumentReport,
    Finding,
    InputError,
    RunReport,
    Severity,
    VerifierInfo,
    fingerprint,
    summarize,
)
from verifier.spans import LineIndex, Span

ARTICLE_ID = "wires/tokyo close.txt"
MISSING_ID = "wires/missing.txt"

ARTICLE = (
    "source: Test Wire\n"
    "date: 2026-02-26\n"
    "\n"
    "TOKYO - Café owners 📈 cheered as the Nikkei rallied 1,138.46 points or 2.40 percent to finish at "
    "56,912.37 after trading between 55,985.75 and 57,204.42.\n"
    "\n"
    "In Seoul, the KOSPI climbed 41.37 points or 1.52 percent to finish at 2,763.94 after trading "
    "between 2,731.08 and 2,758.20. Traders said <b>demand</b> & supply were \"balanced\".\n"
    "\n"
    "Shares of Example Corp soared 24.5 percent.\n"
)

RULES = {
    "change-percent-mismatch": {
        "title": "Change and percent disagree",
        "severity": "error",
        "explain": "The point change over the prior close must give the stated percent, within rounding.",
    },
    "close-outside-range": {
        "title": "Close lies outside the intraday range",
        "severity": "error",
        "explain": "A close is one of the session's prices, so it lies between the low and the high.",
    },
    "stock-move-large": {
        "title": "Unusually large single-day move",
        "severity": "warning",
        "explain": "A move above 20 percent in a session is rare; check the figure against the source.",
    },
}


def span_of(index: LineIndex, needle: str, occurrence: int = 1) -> Span:
    """The span of the n-th occurrence of `needle` in the indexed text."""
    start = -1
    for _ in range(occurrence):
        start = index.text.index(needle, start + 1)
    return index.span(start, start + len(needle))


def finding(
    doc_id: str,
    index: LineIndex,
    rule: str,
    severity: Severity,
    message: str,
    figures: list[str],
    suspect: str | None = None,
    expected: str | None = None,
) -> Finding:
    spans = tuple(sorted((span_of(index, f) for f in figures), key=lambda s: s.start))
    return Finding(
        rule=rule,
        severity=severity,
        title=RULES.get(rule, {}).get("title", rule),
        message=message,
        spans=spans,
        suspect=span_of(index, suspect) if suspect else None,
        facts=("f1",),
        expected=expected,
        fingerprint=fingerprint(rule, doc_id, spans),
    )


def article_findings(doc_id: str = ARTICLE_ID, text: str = ARTICLE) -> tuple[Finding, ...]:
    index = LineIndex(text)
    return (
        finding(
            doc_id, index, "close-outside-range", Severity.ERROR,
            "KOSPI closed at 2,763.94, outside its intraday range 2,731.08 to 2,758.20",
            ["2,763.94", "2,731.08", "2,758.20"], suspect="2,763.94", expected="2,758.20",
        ),
        finding(
            doc_id, index, "change-percent-mismatch", Severity.ERROR,
            "1,138.46 points on a prior close of 55,773.91 is 2.04 percent, not 2.40",
            ["1,138.46", "2.40", "56,912.37"], suspect="2.40", expected="2.04",
        ),
        finding(
            doc_id, index, "stock-move-large", Severity.WARNING,
            "Example Corp moved 24.5 percent in one session; more than 20 percent is rare",
            ["24.5"],
        ),
    )


def build_report(extra_findings: tuple[Finding, ...] = ()) -> RunReport:
    """Two documents: the article with three findings (plus any extra), and a missing file."""
    article = DocumentReport(
        id=ARTICLE_ID,
        source="Test Wire",
        date="2026-02-26",
        text=ARTICLE,
        findings=article_findings() + extra_findings,
        coverage=Coverage(mentions=12, bound=11, checked=10),
    )
    missing = DocumentReport(
        id=MISSING_ID,
        errors=(InputError(code="not-found", message=f"{MISSING_ID}: no such file"),),
    )
    documents = (article, missing)
    return RunReport(verifier=VerifierInfo(version="0.1.0"), documents=documents, summary=summarize(documents), rules=RULES)


def many_findings_report(errors: int, warnings: int, infos: int = 0) -> RunReport:
    """One article with the given number of findings of each severity, for the GitHub caps."""
    index = LineIndex(ARTICLE)
    made = []
    for severity, n in ((Severity.ERROR, errors), (Severity.WARNING, warnings), (Severity.INFO, infos)):
        for i in range(n):
            made.append(
                finding(ARTICLE_ID, index, f"rule-{severity.value}-{i}", severity, f"{severity.value} number {i}", ["1,138.46"])
            )
    doc = DocumentReport(id=ARTICLE_ID, text=ARTICLE, findings=tuple(made), coverage=Coverage(mentions=1, bound=1))
    return RunReport(verifier=VerifierInfo(version="0.1.0"), documents=(doc,), summary=summarize((doc,)))
