"""`regex` patterns read back compiled from the user cache folder instead of compiled at import.

For the patterns that need `regex` (Unicode properties, a group name used in two branches, a
lookbehind of varying width). `regex` pickles a pattern with its compiled code, so reading one back
costs a small fraction of compiling it; the object is the same `regex.Pattern` a compile gives. (The
standard `re` pickles only the source and compiles again, so its patterns gain nothing here.) The
file is keyed on the versions of `regex` and Python; the patterns a process asked for are written
back at its exit when the file lacked some. A missing, damaged or unwritable file only costs the
compile. `VERIFIER_CACHE_DIR` moves the folder; empty, it turns the cache off.
"""
from __future__ import annotations

import atexit
import pickle
import sys
from pathlib import Path

import regex

from ..cache import cache_folder, store

_asked: dict[tuple[str, int], regex.Pattern] = {}
_stored: dict[tuple[str, int], regex.Pattern] | None = None


def compiled(source: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(source, flags)`, read back from the cache when an earlier run kept it."""
    global _stored
    if _stored is None:
        _stored = _read()
        atexit.register(_write)
    key = (source, flags)
    pattern = _stored.get(key)
    if pattern is None:
        pattern = regex.compile(source, flags)
    _asked[key] = pattern
    return pattern


def _path() -> Path | None:
    folder = cache_folder()
    version = "-".join(map(str, sys.version_info[:3]))
    return folder / f"regex-{regex.__version__}-py{version}.pickle" if folder is not None else None


def _read() -> dict[tuple[str, int], regex.Pattern]:
    path = _path()
    if path is None:
        return {}
    try:
        with path.open("rb") as stream:
            stored = pickle.load(stream)
        if all(isinstance(p, regex.Pattern) and p.pattern == k[0] for k, p in stored.items()):
            return stored
    except Exception:  # noqa: BLE001 - absent, damaged or from other code: compile afresh
        pass
    return {}


def _write() -> None:
    """Keep what this process asked for, with what the file held as long as that stays within
    twice as much (other checkouts may share the folder; edited patterns should not pile up)."""
    path = _path()
    if path is None or not _asked or _stored is None or _asked.keys() <= _stored.keys():
        return
    kept = {**_stored, **_asked}
    if len(kept) > 2 * len(_asked):
        kept = dict(_asked)
    store(path, kept)
