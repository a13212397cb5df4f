"""One self-contained HTML file: the article with each flagged figure a button that opens its finding.

This module turns the report into a view (paragraphs cut into plain text and highlights, findings
numbered per document); the markup lives in `templates/report.html.j2`, rendered by Jinja2 with
autoescape on. Jinja2 is imported on first use so the CLI's cold start does not pay for it.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib.resources import files
from typing import TYPE_CHECKING

import regex

from ..findings import DocumentReport, Finding, RunReport, Severity
from ..spans import Span
from .positions import anchor, is_suspect, marked_spans, ordered, quotable
from .summary import SEVERITIES, Counts, coverage_percent, document_counts, run_counts, summary_sentence

if TYPE_CHECKING:
    from jinja2 import Template

_PARAGRAPH_BREAK = regex.compile(r"\n[ \t]*\n")
_MID_SENTENCE = regex.compile(r"[\p{L}0-9,;]$")  # a line that ends like this continues on the next
_HEADER_LINE = regex.compile(r"[A-Za-z][A-Za-z-]*[ \t]*:.*")
ICONS = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.INFO: "ℹ"}
LABELS = {Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Info"}


@dataclass
class Highlight:
    """A run of text covered by one or more findings' figures: one button in the article."""

    id: str
    start: int
    end: int
    text: str
    severity: Severity
    suspect: bool
    numbers: list[int] = field(default_factory=list)


@dataclass
class Piece:
    text: str
    highlight: Highlight | None = None


@dataclass
class Paragraph:
    pieces: list[Piece]
    highlights: list[Highlight]
    header: bool = False
    callouts: list["FindingView"] = field(default_factory=list)  # findings anchored here, shown below it


@dataclass
class FindingView:
    number: int
    id: str
    finding: Finding
    explain: str
    figures: list[tuple[Span, bool]]
    highlight_id: str | None


@dataclass
class DocumentView:
    index: int
    id: str
    report: DocumentReport
    counts: Counts
    coverage: int | None
    paragraphs: list[Paragraph]
    findings: list[FindingView]


@functools.cache
def _template() -> "Template":
    from jinja2 import Environment, StrictUndefined

    source = (files("verifier.report") / "templates" / "report.html.j2").read_text(encoding="utf-8")
    env = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return env.from_string(source)


def render(report: RunReport, *, title: str = "verifier audit report") -> str:
    """The whole report as one HTML page; no network, no timestamps, identical for equal reports."""
    documents = [_document_view(i, doc, report) for i, doc in enumerate(report.documents)]
    return _template().render(
        title=title,
        report=report,
        documents=documents,
        totals=run_counts(report),
        coverage=coverage_percent(report.summary.coverage),
        summary=summary_sentence(report),
        severities=SEVERITIES,
        icons=ICONS,
        labels=LABELS,
    ).rstrip() + "\n"


def _document_view(i: int, doc: DocumentReport, report: RunReport) -> DocumentView:
    findings = ordered(doc.findings)
    highlights = _highlights(i, [f for f in findings if quotable(doc.text, marked_spans(f))], findings)
    views = []
    for number, finding in enumerate(findings, 1):
        at = anchor(finding)
        home = next((h for h in highlights if at is not None and h.start <= at.start < h.end), None)
        explain = report.rules.get(finding.rule, {}).get("explain", "")
        figures = [(span, is_suspect(finding, span)) for span in marked_spans(finding)]
        views.append(FindingView(number, f"f{i}-{number}", finding, " ".join(explain.split()), figures,
                                 home.id if home else None))
    paragraphs = _paragraphs(doc.text, highlights) if doc.text is not None else []
    home_of = {h.id: p for p in paragraphs for h in p.highlights}
    for view in views:
        if view.highlight_id in home_of:
            home_of[view.highlight_id].callouts.append(view)
    return DocumentView(i, f"doc-{i}", doc, document_counts(doc), coverage_percent(doc.coverage), paragraphs, views)


def _highlights(doc_index: int, shown: list[Finding], findings: list[Finding]) -> list[Highlight]:
    """Every figure of the shown findings, overlapping figures merged, each knowing its findings' numbers."""
    marks: list[tuple[int, int, str, Severity, bool, int]] = []
    for finding in shown:
        number = findings.index(finding) + 1
        for span in marked_spans(finding):
            marks.append((span.start, span.end, span.text, finding.severity, is_suspect(finding, span), number))
    marks.sort(key=lambda m: (m[0], m[1]))
    merged: list[Highlight] = []
    for start, end, text, severity, suspect, number in marks:
        last = merged[-1] if merged else None
        if last is not None and start < last.end:
            if end > last.end:
                last.text += text[last.end - start :]
                last.end = end
            if severity.rank > last.severity.rank:
                last.severity = severity
            last.suspect = last.suspect or suspect
            if number not in last.numbers:
                last.numbers.append(number)
            continue
        merged.append(Highlight(f"h{doc_index}-{len(merged) + 1}", start, end, text, severity, suspect, [number]))
    for h in merged:
        h.numbers.sort()
    return merged


def _paragraphs(text: str, highlights: list[Highlight]) -> list[Paragraph]:
    """The text cut at blank lines, each paragraph cut into plain runs and highlight buttons."""
    bounds = [0]
    for m in _PARAGRAPH_BREAK.finditer(text):
        bounds += [m.start(), m.end()]
    bounds.append(len(text))
    bounds = _split_lines(text, bounds)
    out: list[Paragraph] = []
    pending = list(highlights)
    for start, end in zip(bounds[::2], bounds[1::2]):
        chunk = text[start:end]
        if not chunk.strip():
            continue
        pieces: list[Piece] = []
        inside: list[Highlight] = []
        cursor = start
        while pending and pending[0].start < end:
            h = pending.pop(0)
            if h.start > cursor:
                pieces.append(Piece(text[cursor : h.start]))
            pieces.append(Piece(h.text, h))
            inside.append(h)
            cursor = max(cursor, h.end)
        if cursor < end:
            pieces.append(Piece(text[cursor:end]))
        header = not out and len(bounds) > 2 and not inside and _is_header(chunk)
        out.append(Paragraph(pieces, inside, header))
    return out


def _split_lines(text: str, bounds: list[int]) -> list[int]:
    """Cut a block at single newlines unless it is hard-wrapped prose, so that a finding opens just
    below its figure even in articles that put each paragraph on one line without blank lines."""
    out: list[int] = []
    for start, end in zip(bounds[::2], bounds[1::2]):
        lines = text[start:end].split("\n")
        if len(lines) > 1 and not _hard_wrapped(lines) and not _is_header(text[start:end]):
            cursor = start
            for line in lines:
                out += [cursor, cursor + len(line)]
                cursor += len(line) + 1
        else:
            out += [start, end]
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    """Most lines stop mid-sentence (on a word or comma): the newlines are wraps, not breaks."""
    inner = [line.rstrip() for line in lines[:-1] if line.strip()]
    mid_sentence = sum(1 for line in inner if _MID_SENTENCE.search(line))
    return bool(inner) and mid_sentence * 2 > len(inner)


def _is_header(chunk: str) -> bool:
    """A first paragraph made only of `key: value` lines is the article's header, shown muted."""
    return all(_HEADER_LINE.fullmatch(line.strip()) for line in chunk.strip().splitlines())
