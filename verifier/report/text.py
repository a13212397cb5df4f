"""Linter-style text: `path:line:col: error[rule] message`, the quoted line, carets under the figures.

`^` marks every figure a finding involves and `~` the suspect (the figure whose correction would
make the rule hold). Long article lines are clipped around the figures so a block stays readable.
"""
from __future__ import annotations

from ..findings import DocumentReport, Finding, InputError, RunReport, Severity
from ..spans import LineIndex, Span
from .positions import anchor, display_width, is_suspect, line_index, marked_spans, ordered, quotable
from .summary import summary_sentence

WIDTH = 100  # characters of an article line shown around the figures
_CONTEXT = 24  # characters kept either side of the outermost figure when a line is clipped
_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


class _Style:
    """ANSI styling that collapses to plain text when colour is off."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, *codes: str) -> str:
        if not self.color or not codes or not text:
            return text
        return f"\x1b[{';'.join(codes)}m{text}\x1b[0m"


def render(report: RunReport, *, color: bool = False) -> str:
    """One block per input error and finding, documents in run order, then the summary line."""
    style = _Style(color)
    blocks: list[str] = []
    for doc in report.documents:
        blocks.extend(_input_error(doc, error, style) for error in doc.errors)
        index = line_index(doc)
        blocks.extend(_finding(doc, finding, index, style) for finding in ordered(doc.findings))
    worst = next((s for s in (Severity.ERROR, Severity.WARNING) if report.summary.findings.get(s.value)), None)
    summary = style(summary_sentence(report), "1", _COLORS[worst]) if worst else style(summary_sentence(report), "1")
    return "\n\n".join([*blocks, summary]) + "\n"


def _input_error(doc: DocumentReport, error: InputError, style: _Style) -> str:
    where = f"{doc.id}:{error.line}" if error.line else doc.id
    label = style(f"error[input/{error.code}]", "1", _COLORS[Severity.ERROR])
    return f"{style(where, '1')}: {label} {error.message}"


def _finding(doc: DocumentReport, finding: Finding, index: LineIndex | None, style: _Style) -> str:
    at = anchor(finding)
    where = f"{doc.id}:{at.line}:{at.column}" if at else doc.id
    label = style(f"{finding.severity.value}[{finding.rule}]", "1", _COLORS[finding.severity])
    lines = [f"{style(where, '1')}: {label} {finding.message}"]
    spans = marked_spans(finding)
    if index is not None and spans and quotable(index.text, spans):
        lines.extend(_quote(finding, spans, index, style))
    if finding.expected is not None:
        target = f' (for "{finding.suspect.text}")' if finding.suspect is not None else ""
        lines.append(f"{_gutter_blank(spans)} = {style('expected', '1')}: {finding.expected}{target}")
    return "\n".join(lines)


def _gutter_blank(spans: list[Span]) -> str:
    width = len(str(max((s.line for s in spans), default=1)))
    return " " * width


def _quote(finding: Finding, spans: list[Span], index: LineIndex, style: _Style) -> list[str]:
    """The source lines holding the figures, each followed by its marker line."""
    width = len(str(max(s.line for s in spans)))
    blank = " " * width
    out = [f"{blank} |"]
    by_line: dict[int, list[Span]] = {}
    for span in spans:
        by_line.setdefault(span.line, []).append(span)
    for number in sorted(by_line):
        quoted, marks = _marked_line(finding, index.line_text(number), by_line[number], style)
        out.append(f"{number:>{width}} | {quoted}")
        out.append(f"{blank} | {marks}".rstrip())
    return out


def _marked_line(finding: Finding, source: str, spans: list[Span], style: _Style) -> tuple[str, str]:
    """A line clipped around its figures, and the caret line under it (wide characters counted)."""
    source = source.replace("\t", " ")
    first = spans[0].column - 1
    last = min(max(s.column - 1 + len(s.text) for s in spans), len(source))
    start, end = 0, len(source)
    if end > WIDTH:
        room = max(WIDTH - (last - first), 2 * _CONTEXT) // 2
        start = max(0, first - room)
        end = min(len(source), max(last + room, start + WIDTH))
        if start > 0:
            space = source.find(" ", start, first)
            start = space + 1 if space != -1 else start
        if end < len(source):
            space = source.rfind(" ", last, end)
            end = space if space != -1 else end
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(source) else ""
    quoted_parts = [prefix]
    marks = [" " * display_width(prefix)]
    cursor = start
    for span in spans:
        s = span.column - 1
        e = min(s + len(span.text), end)
        if s < cursor:  # overlapping figures: the first mark wins
            continue
        gap = source[cursor:s]
        quoted_parts += [gap, style(source[s:e], "1")]
        mark = "~" if is_suspect(finding, span) else "^"
        marks += [" " * display_width(gap), style(mark * max(display_width(source[s:e]), 1), "1", _COLORS[finding.severity])]
        cursor = e
    quoted_parts += [source[cursor:end], suffix]
    return "".join(quoted_parts), "".join(marks)
