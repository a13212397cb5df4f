"""GitHub Actions workflow commands: one annotation per finding, within what GitHub will show.

GitHub shows at most 10 error, 10 warning and 10 notice annotations per step; we emit no more than
that of each and then one notice naming the rest, which `summary_markdown` lists in full for
`$GITHUB_STEP_SUMMARY`. Columns are UTF-16 units, as GitHub's web view counts them.
"""
from __future__ import annotations

from ..findings import DocumentReport, Finding, RunReport, Severity
from ..spans import LineIndex
from . import markdown
from .positions import anchor, line_index, ordered, quotable, utf16_region

LIMIT = 10  # annotations of each level GitHub shows per step
COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A command's message: GitHub decodes %25, %0D and %0A."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: as data, plus ':' and ',' that would end the property."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: str | int | None) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items() if v is not None)
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def render(report: RunReport) -> str:
    """Input errors first, then findings in reading order, capped per level, then the overflow notice."""
    emitted = {name: 0 for name in COMMANDS.values()}
    lines: list[str] = []
    rest: list[str] = []
    overflow_notice = 1 if _annotations(report) > _capacity(report) else 0
    for level, line, label in _candidates(report):
        cap = LIMIT - overflow_notice if level == "notice" else LIMIT
        if emitted[level] < cap:
            emitted[level] += 1
            lines.append(line)
        else:
            rest.append(label)
    if rest:
        shown = ", ".join(rest[:20]) + (f", and {len(rest) - 20} more" if len(rest) > 20 else "")
        lines.append(command(
            "notice",
            f"{len(rest)} more {'finding' if len(rest) == 1 else 'findings'} not annotated "
            f"(GitHub shows {LIMIT} per level); see the step summary: {shown}",
            title="verifier: more findings",
        ))
    return "\n".join(lines) + ("\n" if lines else "")


SUMMARY_LIMIT = 1_000_000  # characters; GitHub refuses a step summary above 1 MiB


def summary_markdown(report: RunReport) -> str:
    """The report for `$GITHUB_STEP_SUMMARY`: every finding, unless the run outgrows GitHub's 1 MiB."""
    return markdown.render(report, heading="verifier", limit=SUMMARY_LIMIT)


def _annotations(report: RunReport) -> int:
    return sum(len(d.errors) + len(d.findings) for d in report.documents)


def _capacity(report: RunReport) -> int:
    """How many annotations fit without a cap, level by level."""
    per_level = {name: 0 for name in COMMANDS.values()}
    for level, _, _ in _candidates(report):
        per_level[level] += 1
    return sum(min(n, LIMIT) for n in per_level.values())


def _candidates(report: RunReport) -> list[tuple[str, str, str]]:
    """(level, workflow command, short label) for every input error and finding, in run order."""
    out: list[tuple[str, str, str]] = []
    for doc in report.documents:
        for error in doc.errors:
            where = f"{doc.id}:{error.line}" if error.line else doc.id
            out.append(("error", command("error", f"[input/{error.code}] {error.message}", file=doc.id,
                                         line=error.line, title=f"verifier: input/{error.code}"), f"{where} input/{error.code}"))
        index = line_index(doc)
        for finding in ordered(doc.findings):
            out.append(_finding(doc, finding, index))
    return out


def _finding(doc: DocumentReport, finding: Finding, index: LineIndex | None) -> tuple[str, str, str]:
    level = COMMANDS[finding.severity]
    at = anchor(finding)
    message = finding.message
    if finding.expected is not None:
        target = f' for "{finding.suspect.text}"' if finding.suspect is not None else ""
        message = f"{message}\nexpected: {finding.expected}{target}"
    title = f"{finding.rule}: {finding.title}" if finding.title else finding.rule
    if at is None:
        return level, command(level, message, file=doc.id, title=title), f"{doc.id} {finding.rule}"
    if index is not None and quotable(index.text, (at,)):
        line, col, end_line, end_col = utf16_region(index, at)
    else:
        line, col, end_line, end_col = at.line, at.column, at.line, at.column + len(at.text)
    position: dict[str, int | None] = {"line": line, "endLine": end_line}
    if end_line == line:  # the runner rejects col/endColumn when a region spans lines
        position |= {"col": col, "endColumn": end_col}
    return level, command(level, message, file=doc.id, **position, title=title), f"{doc.id}:{at.line} {finding.rule}"
