"""Where a finding points: its anchor span, reading order, UTF-16 positions and quoted excerpts.

Shared by every renderer so that all formats agree on which figure a finding is "at".
"""
from __future__ import annotations

import unicodedata
from typing import NamedTuple

import regex

from ..findings import DocumentReport, Finding
from ..spans import LineIndex, Span

# A sentence ends at . ! or ? (optionally closed by a quote or bracket) before whitespace and a
# capital, digit or quote; "2.20" and "U.S. markets" do not end one. Paragraph breaks always do.
_SENTENCE_END = regex.compile(r"(?<=[.!?][\"'”’)\]]?)\s+(?=[\"'“‘(\[]?[\p{Lu}0-9])|\n[ \t]*\n")


def anchor(finding: Finding) -> Span | None:
    """The figure a finding is reported at: the suspect if there is one, else the first span."""
    if finding.suspect is not None:
        return finding.suspect
    return finding.spans[0] if finding.spans else None


def marked_spans(finding: Finding) -> list[Span]:
    """Every span a finding involves, the suspect included once, in text order."""
    spans = {(s.start, s.end): s for s in finding.spans}
    if finding.suspect is not None:
        spans.setdefault((finding.suspect.start, finding.suspect.end), finding.suspect)
    return [spans[key] for key in sorted(spans)]


def is_suspect(finding: Finding, span: Span) -> bool:
    s = finding.suspect
    return s is not None and (s.start, s.end) == (span.start, span.end)


def ordered(findings: tuple[Finding, ...] | list[Finding]) -> list[Finding]:
    """Findings in reading order (by anchor), ties broken by rule id, so every format agrees."""

    def key(f: Finding) -> tuple[int, int, str, str]:
        a = anchor(f)
        return (a.start if a else -1, a.end if a else -1, f.rule, f.message)

    return sorted(findings, key=key)


class Utf16Region(NamedTuple):
    """1-based start/end line and column, columns in UTF-16 code units, end column exclusive."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int


def utf16_length(text: str) -> int:
    """Code units a string takes in UTF-16: astral characters (emoji) count twice."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def utf16_region(index: LineIndex, span: Span) -> Utf16Region:
    """The span's region as GitHub and SARIF count it, from code-point offsets into the text."""
    text = index.text
    start_line, start_col = index.position(span.start)
    end_line, end_col = index.position(span.end)
    start_prefix = text[span.start - start_col + 1 : span.start]
    end_prefix = text[span.end - end_col + 1 : span.end]
    return Utf16Region(start_line, utf16_length(start_prefix) + 1, end_line, utf16_length(end_prefix) + 1)


def line_index(doc: DocumentReport) -> LineIndex | None:
    return LineIndex(doc.text) if doc.text is not None else None


def quotable(text: str | None, spans: list[Span] | tuple[Span, ...]) -> bool:
    """True when every span slices its own figure out of the text, so quoting it cannot mislead."""
    return text is not None and all(text[s.start : s.end] == s.text for s in spans)


def display_width(text: str) -> int:
    """Terminal columns a string takes: wide (CJK, emoji) count two, combining marks none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


class Excerpt(NamedTuple):
    """A slice of the text around some spans: `text[start:end]`, with ellipses where clipped."""

    start: int
    end: int
    clipped_left: bool
    clipped_right: bool


def sentence_excerpt(text: str, spans: list[Span], limit: int = 400) -> Excerpt:
    """The sentence(s) holding the spans, clipped to about `limit` characters around them."""
    first = min(s.start for s in spans)
    last = max(s.end for s in spans)
    start, end = 0, len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= first:
            start = m.end()
        elif m.start() >= last:
            end = m.start()
            break
    clipped_left = clipped_right = False
    if end - start > limit:
        room = max(limit - (last - first), 40) // 2
        if first - start > room:
            start, clipped_left = _word_start(text, first - room), True
        if end - last > room:
            end, clipped_right = _word_end(text, last + room), True
    return Excerpt(start, end, clipped_left, clipped_right)


def _word_start(text: str, pos: int) -> int:
    space = text.rfind(" ", 0, pos)
    return space + 1 if space != -1 else pos


def _word_end(text: str, pos: int) -> int:
    space = text.find(" ", pos)
    return space if space != -1 else pos
