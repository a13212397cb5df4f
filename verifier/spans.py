"""Spans: where a figure stands in the document text exactly as received.

Used by extraction, findings and every renderer, so it knows nothing of any of them.
"""
from __future__ import annotations

from bisect import bisect_right

from pydantic import BaseModel, ConfigDict


class Span(BaseModel):
    """A slice of the document text; `text == document.text[start:end]` always holds."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    line: int
    column: int
    text: str


class LineIndex:
    """Line starts computed once per document, so offset -> line/column is a bisect."""

    __slots__ = ("text", "_starts", "_spans")

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._starts = starts
        self._spans: dict[tuple[int, int], Span] = {}

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset."""
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its newline."""
        start = self._starts[line - 1]
        end = self._starts[line] - 1 if line < len(self._starts) else len(self.text)
        return self.text[start:end].rstrip("\r")

    def span(self, start: int, end: int) -> Span:
        """The Span of [start, end), made once: a figure's span is asked for by its mention, its
        token and every fact that binds it, and a Span is immutable."""
        key = (start, end)
        span = self._spans.get(key)
        if span is None:
            line, column = self.position(start)
            span = self._spans[key] = Span(start=start, end=end, line=line, column=column, text=self.text[start:end])
        return span
