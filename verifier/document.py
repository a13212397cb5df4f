"""Documents: an article's text as received, with its header read but never removed.

Spans index `text` (header included), so a figure's offsets hold against the file as stored.
"""
from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel, ConfigDict, PrivateAttr

from .spans import LineIndex

HEADER_KEYS = ("source", "title", "date", "id", "url", "verifier-ignore")
_HEADER_LINE = re.compile(r"(?P<key>[A-Za-z][A-Za-z-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*\r?$")


class HeaderError(ValueError):
    """A header value the user wrote that cannot be read, with its 1-based line."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


class Document(BaseModel):
    """One article: the whole decoded text plus what its header says."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    body_start: int = 0
    date: dt.date | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    meta: dict[str, list[tuple[int, str]]] = {}  # header key -> [(line, value)], for acknowledgements

    _index: LineIndex | None = PrivateAttr(default=None)

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @property
    def lines(self) -> LineIndex:
        if self._index is None:
            self._index = LineIndex(self.text)
        return self._index


_PARTIAL_DATE = re.compile(r"[0-9]{4}(-[0-9]{2})?")


def parse_date(value: str, line: int = 0) -> dt.date | None:
    """YYYY-MM-DD -> date; empty, YYYY or YYYY-MM (a known year, unknown day) -> None."""
    value = value.strip()
    if not value or _PARTIAL_DATE.fullmatch(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HeaderError(f"date {value!r} is not YYYY-MM-DD", line) from None


def parse_document(text: str, id: str, date: dt.date | None = None) -> Document:
    """Read an optional header ('---' front matter or leading 'key: value' lines) off `text`.

    `date` overrides the header's date (the CLI's --date). Raises HeaderError for a bad header date.
    """
    meta: dict[str, list[tuple[int, str]]] = {}
    body_start = 0
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for number, line in enumerate(lines[1:], start=2):
            if line.strip() == "---":
                body_start = sum(len(l) + 1 for l in lines[: number])
                break
            match = _HEADER_LINE.fullmatch(line)
            if match:
                meta.setdefault(match["key"].lower(), []).append((number, match["value"]))
        else:
            meta, body_start = {}, 0  # an unclosed fence is body text, not a header
    else:
        offset = 0
        for number, line in enumerate(lines, start=1):
            match = _HEADER_LINE.fullmatch(line)
            if match and match["key"].lower() in HEADER_KEYS:
                meta.setdefault(match["key"].lower(), []).append((number, match["value"]))
                offset += len(line) + 1
                continue
            if line.strip() == "" and meta:
                body_start = offset + len(line) + 1
            else:
                meta = {}
            break
        else:
            body_start = len(text) if meta else 0

    def first(key: str) -> str | None:
        values = meta.get(key)
        return values[0][1] if values else None

    header_date = None
    if date is None and first("date"):
        line, value = meta["date"][0]
        header_date = parse_date(value, line)
    return Document(
        id=id,
        text=text,
        body_start=min(body_start, len(text)),
        date=date or header_date,
        source=first("source"),
        title=first("title"),
        url=first("url"),
        meta=meta,
    )
