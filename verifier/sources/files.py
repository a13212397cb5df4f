"""Read article files, folders, stdin and JSON Lines into Documents or Rejected inputs."""
from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from ..document import Document, HeaderError, parse_document
from ..findings import InputError

ARTICLE_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
MAX_BYTES = 1024 * 1024  # a market wrap is a few KB; a megabyte is a wrong file, not an article



class Rejected(NamedTuple):
    """An input that could not be read as an article; reported, never dropped."""

    id: str
    error: InputError


Loaded = Document | Rejected


def read_inputs(paths: list[str], *, date: dt.date | None = None, stdin: BinaryIO | None = None) -> Iterator[Loaded]:
    """Yield one Document or Rejected per article, in the order given (folders sorted)."""
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _from_bytes("-", stream.read(MAX_BYTES + 1), date)
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES + JSONL_SUFFIXES
            )
            if not found:
                yield Rejected(raw, InputError(code="no-articles", message=f"{raw}: no *.txt, *.md or *.jsonl files in this directory"))
            for p in found:
                yield from _from_path(str(p), p, date)
        elif path.exists():
            yield from _from_path(raw, path, date)
        else:
            yield Rejected(raw, InputError(code="not-found", message=f"{raw}: no such file or directory"))


def _from_path(id: str, path: Path, date: dt.date | None) -> Iterator[Loaded]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield Rejected(id, InputError(code="too-large", message=f"{id}: {size:,} bytes is over the {MAX_BYTES:,}-byte limit for one input"))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejected(id, InputError(code="unreadable", message=f"{id}: {exc.strerror or exc}"))
        return
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _from_jsonl(id, data, date)
    else:
        yield from _from_bytes(id, data, date)


def decode(id: str, data: bytes) -> str | Rejected:
    """UTF-8 (a BOM is dropped) or a Rejected naming the line and column of the first bad byte."""
    if len(data) > MAX_BYTES:
        return Rejected(id, InputError(code="too-large", message=f"{id}: over the {MAX_BYTES:,}-byte limit for one input"))
    if b"\x00" in data[:8192]:
        return Rejected(id, InputError(code="binary", message=f"{id}: binary file (NUL bytes), not an article"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return Rejected(id, InputError(
            code="not-utf8",
            message=f"{id}:{line}:{column}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            line=line,
        ))
    return text[1:] if text.startswith("\ufeff") else text


def _from_bytes(id: str, data: bytes, date: dt.date | None) -> Iterator[Loaded]:
    decoded = decode(id, data)
    if isinstance(decoded, Rejected):
        yield decoded
        return
    yield _from_text(id, decoded, date)


def _from_text(id: str, text: str, date: dt.date | None) -> Loaded:
    if not text.strip():
        return Rejected(id, InputError(code="empty", message=f"{id}: empty article"))
    try:
        document = parse_document(text, id, date)
    except HeaderError as exc:
        return Rejected(id, InputError(code="bad-header", message=f"{id}:{exc.line}: {exc}", line=exc.line))
    if not document.body.strip():
        return Rejected(id, InputError(code="empty", message=f"{id}: header but no article text"))
    return document


def _from_jsonl(id: str, data: bytes, date: dt.date | None) -> Iterator[Loaded]:
    """One article per line: {"text": ..., "id"?, "date"?, "source"?, "title"?, "url"?}."""
    decoded = decode(id, data)
    if isinstance(decoded, Rejected):
        yield decoded
        return
    for number, line in enumerate(decoded.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{id}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(where, InputError(code="bad-json", message=f"{where}:{exc.colno}: {exc.msg}", line=number))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Rejected(where, InputError(code="bad-json", message=f"{where}: expected an object with a string \"text\"", line=number))
            continue
        doc_id = str(record.get("id") or where)
        loaded = _from_text(doc_id, record["text"], date)
        if isinstance(loaded, Document):
            loaded = _with_record_fields(loaded, record, where)
        yield loaded


def _with_record_fields(document: Document, record: dict, where: str) -> Loaded:
    updates = {k: record[k] for k in ("source", "title", "url") if isinstance(record.get(k), str)}
    if document.date is None and isinstance(record.get("date"), str):
        try:
            updates["date"] = dt.date.fromisoformat(record["date"])
        except ValueError:
            return Rejected(document.id, InputError(code="bad-header", message=f"{where}: date {record['date']!r} is not YYYY-MM-DD"))
    return document.model_copy(update=updates) if updates else document
