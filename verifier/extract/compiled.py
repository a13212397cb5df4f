"""Module patterns read back compiled from the user cache folder instead of compiled at import.

Compiling the extract modules' patterns was most of a one-article run's start, and each run compiled
the same sources to the same code. `regex` pickles a pattern with its compiled code, so one read back
is the same `regex.Pattern` a compile gives. The standard `re` keeps no such form (its pickle is the
source, compiled again), so for `re` the cache keeps what `re.compile` itself computes, with re's own
parser and code generator, before its last call, `_sre.compile(...)`; a pattern read back is made by
that same call from the same arguments. Those are internals of CPython's `re`, so they are used only
in the versions whose `re.compile` is known to be exactly these steps, and the file is keyed on the
exact interpreter build and `_sre.MAGIC`.

The patterns a process asked for are written back at its exit when the file lacked some. A missing,
damaged or unwritable file only costs the compile. `VERIFIER_CACHE_DIR` moves the folder; set to an
empty string, it turns the cache off.
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import pickle
import re
import sys
from pathlib import Path
from typing import Any

import regex

from ..cache import cache_folder, store

# `re.compile` is these steps of CPython's `re` in the versions whose sources were read (3.11 to 3.13:
# `re._compiler.compile` parses, generates the code, and calls `_sre.compile`); elsewhere `re`
# patterns are compiled as usual.
try:
    import _sre
    from re import _compiler, _parser

    _STEPS_KNOWN = sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13)
except ImportError:  # pragma: no cover - another interpreter
    _STEPS_KNOWN = False

_Key = tuple[str, int]
_asked: dict[str, dict[_Key, Any]] = {"re": {}, "regex": {}}
_stored: dict[str, dict[_Key, Any]] | None = None
_path_checked = False


def re_pattern(source: str, flags: int = 0) -> re.Pattern:
    """`re.compile(source, flags)`, rebuilt from the code an earlier run cached when it has it."""
    flags = int(flags)
    stored = _entries()
    if stored is None or not _STEPS_KNOWN or flags & re.DEBUG:
        return re.compile(source, flags)
    key = (source, flags)
    entry = stored["re"].get(key)
    if entry is not None:
        try:
            pattern = _sre.compile(source, *entry)
            _asked["re"][key] = entry
            return pattern
        except Exception:  # noqa: BLE001 - an entry _sre will not take: compile afresh
            pass
    entry = _code(source, flags)
    _asked["re"][key] = entry
    return _sre.compile(source, *entry)


def regex_pattern(source: str, flags: int = 0) -> regex.Pattern:
    """`regex.compile(source, flags)`, read back from the cache when an earlier run kept it."""
    stored = _entries()
    if stored is None:
        return regex.compile(source, flags)
    key = (source, int(flags))
    pattern = stored["regex"].get(key)
    if pattern is None:
        pattern = regex.compile(source, flags)
    _asked["regex"][key] = pattern
    return pattern


def _code(source: str, flags: int) -> tuple:
    """The arguments after the source that `re.compile` passes to `_sre.compile`: re's own steps."""
    tree = _parser.parse(source, flags)
    code = [int(c) for c in _compiler._code(tree, flags)]
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup)


def _path() -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    build = f"{sys.version}\0{getattr(_sre, 'MAGIC', '')}\0{regex.__version__}"
    return folder / f"patterns-{hashlib.sha256(build.encode()).hexdigest()[:16]}.pickle"


def _entries() -> dict[str, dict[_Key, Any]] | None:
    """What the cache file held, read on the first call; None when the cache is off."""
    global _stored, _path_checked
    if not _path_checked:
        _path_checked = True
        if _path() is not None:
            _stored = _read()
            atexit.register(_write)
    return _stored


def _read() -> dict[str, dict[_Key, Any]]:
    path = _path()
    if path is not None:
        try:
            with path.open("rb") as stream:
                kept = pickle.load(stream)
            entries = {"re": marshal.loads(kept["re"]), "regex": kept["regex"]}
            if all(isinstance(p, regex.Pattern) and p.pattern == k[0] for k, p in entries["regex"].items()):
                return entries
        except Exception:  # noqa: BLE001 - absent, damaged or from other code: compile afresh
            pass
    return {"re": {}, "regex": {}}


def _write() -> None:
    """Keep what this process asked for, with what the file held as long as that stays within
    twice as much (other checkouts may share the folder; edited patterns should not pile up)."""
    path = _path()
    if path is None or _stored is None or all(_asked[e].keys() <= _stored[e].keys() for e in _asked):
        return
    kept = {}
    for engine, asked in _asked.items():
        merged = {**_stored[engine], **asked}
        kept[engine] = merged if len(merged) <= 2 * len(asked) else dict(asked)
    store(path, {"re": marshal.dumps(kept["re"]), "regex": kept["regex"]})
