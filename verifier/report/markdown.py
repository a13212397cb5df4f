"""Markdown for a pull-request comment: a summary table, then each document's findings in context.

Figures a finding involves are bold in the quoted sentence; the suspect is bold code. Article
text is escaped, so a stray `*` or `<b>` in copy never changes the comment's layout.
"""
from __future__ import annotations

import regex

from ..findings import DocumentReport, Finding, RunReport, Severity
from .positions import is_suspect, marked_spans, ordered, quotable, sentence_excerpt
from .summary import coverage_percent, plural, document_counts, run_counts, summary_sentence

ICONS = {Severity.ERROR: "❌", Severity.WARNING: "⚠️", Severity.INFO: "ℹ️"}
_SPECIAL = regex.compile(r"[\\`*_\[\]<>|~#]|&(?=#?[0-9A-Za-z]+;)")  # "S&P" stays; "&amp;" would decode
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape(text: str) -> str:
    """Article or message text safe for inline Markdown (GitHub-flavoured), on one line."""
    text = _SPECIAL.sub(lambda m: _ESCAPES.get(m[0], "\\" + m[0]), text)
    return " ".join(text.split())


def code(text: str) -> str:
    """An inline code span that survives backticks in its content."""
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{text}{pad}{fence}"


# GitHub's limit for a pull-request comment body; callers pass it as `limit` when posting one.
COMMENT_LIMIT = 65_536


def render(report: RunReport, *, heading: str = "verifier report", limit: int | None = None) -> str:
    """Summary sentence and table, then a section per document with findings or input errors.

    With `limit` (characters), document sections that would not fit are left out and counted in a
    closing line, so a large run still yields a comment GitHub accepts.
    """
    out = [f"## {heading}", "", escape(summary_sentence(report)), ""]
    out += _table(report)
    size = sum(len(line) + 1 for line in out)
    left_out = 0
    for doc in report.documents:
        if not (doc.findings or doc.errors):
            continue
        section = ["", *_document(doc)]
        section_size = sum(len(line) + 1 for line in section)
        if limit is not None and (left_out or size + section_size > limit - 2_000):
            left_out += 1
            continue
        out += section
        size += section_size
    if left_out:
        out += ["", f"_{plural(left_out, 'more document')} with findings not shown here: the report exceeds "
                    f"{limit:,} characters; see the full report._"]
    explained = sorted({f.rule for d in report.documents for f in d.findings} & set(report.rules))
    if explained:
        out += ["", "<details><summary>About these rules</summary>", ""]
        for rule in explained:
            info = report.rules[rule]
            out.append(f"- {code(rule)} ({info.get('severity', '')}): **{escape(info.get('title', ''))}**. "
                       f"{escape(info.get('explain', ''))}".rstrip())
        out += ["", "</details>"]
    return "\n".join(out) + "\n"


def _table(report: RunReport) -> list[str]:
    rows = ["| Document | Errors | Warnings | Info | Input errors | Figures bound |",
            "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for doc in report.documents:
        c = document_counts(doc)
        rows.append(f"| {_doc_link(doc)} | {c.error} | {c.warning} | {c.info} | {c.input_errors} | {_bound(doc)} |")
    if len(report.documents) > 1:
        t = run_counts(report)
        percent = coverage_percent(report.summary.coverage)
        bound = "—" if percent is None else f"{percent}%"
        rows.append(f"| **Total** | **{t.error}** | **{t.warning}** | **{t.info}** | **{t.input_errors}** | **{bound}** |")
    return rows


def _doc_link(doc: DocumentReport) -> str:
    return code(doc.id).replace("|", "\\|")


def _bound(doc: DocumentReport) -> str:
    percent = coverage_percent(doc.coverage)
    if percent is None:
        return "—"
    return f"{percent}% ({doc.coverage.bound}/{doc.coverage.mentions})"


def _document(doc: DocumentReport) -> list[str]:
    worst = doc.worst()
    icon = ICONS[worst] + " " if worst else ("❌ " if doc.errors else "")
    out = [f"### {icon}{code(doc.id)}"]
    meta = [escape(x) for x in (doc.title, doc.source, doc.date.isoformat() if doc.date else None) if x]
    if meta:
        out += ["", " · ".join(meta)]
    if doc.errors:
        out += ["", "**Input errors**", ""]
        for error in doc.errors:
            where = f" (line {error.line})" if error.line else ""
            out.append(f"- ❌ {code('input/' + error.code)}{where}: {escape(error.message)}")
    for number, finding in enumerate(ordered(doc.findings), 1):
        out += ["", *_finding(number, finding, doc.text)]
    return out


def _finding(number: int, finding: Finding, text: str | None) -> list[str]:
    spans = marked_spans(finding)
    where = f" at line {spans[0].line}, column {spans[0].column}" if spans else ""
    if finding.suspect is not None:
        where = f" at line {finding.suspect.line}, column {finding.suspect.column}"
    head = (f"{number}. {ICONS[finding.severity]} **{finding.severity.value}** {code(finding.rule)}{where}: "
            f"{escape(finding.message)}")
    out = [head]
    if text is not None and spans and quotable(text, spans):
        out += ["", f"   > {_quoted(finding, text)}"]
    if finding.expected is not None:
        target = f" in place of {code(finding.suspect.text)}" if finding.suspect is not None else ""
        out += ["", f"   Expected: **{escape(finding.expected)}**{target}"]
    return out


def _quoted(finding: Finding, text: str) -> str:
    """The sentence holding the figures, with each figure bold and the suspect bold code."""
    spans = marked_spans(finding)
    excerpt = sentence_excerpt(text, spans)
    parts = ["… " if excerpt.clipped_left else ""]
    cursor = excerpt.start
    for span in spans:
        if span.start < cursor:
            continue
        parts.append(escape_keep_edges(text[cursor : span.start]))
        figure = " ".join(span.text.split())
        parts.append(f"**{code(figure)}**" if is_suspect(finding, span) else f"**{escape(figure)}**")
        cursor = span.end
    parts.append(escape_keep_edges(text[cursor : excerpt.end]))
    if excerpt.clipped_right:
        parts.append(" …")
    return "".join(parts).strip()


def escape_keep_edges(text: str) -> str:
    """Escape a run of text between figures, keeping one space at each edge where there was space."""
    body = escape(text)
    left = " " if text[:1].isspace() else ""
    right = " " if text[-1:].isspace() and body else ""
    return f"{left}{body}{right}"

