"""Values built from data files, kept between runs in the user's cache folder (the compiled rules).

A run of `verifier check one.txt` would otherwise spend a sizeable share of its start compiling the
same rule files as the run before. An entry is keyed on everything it is built from: the files'
text, the package version, the interpreter, and the code that builds it (the size and modification
time of every module of the package), so an edit to any of them builds afresh. A cache folder that
is missing, unreadable or unwritable, or an entry that cannot be read back, only costs the build.
`VERIFIER_CACHE_DIR` names another folder; set to an empty string, it turns the cache off.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_PACKAGE = Path(__file__).resolve().parent
_KEPT = 8  # entries of one kind kept: a few checkouts or versions may share the folder


def cache_folder() -> Path | None:
    """Where entries are kept: $VERIFIER_CACHE_DIR, else the platform's user cache folder."""
    chosen = os.environ.get("VERIFIER_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "verifier"


def built(kind: str, sources: Iterable[tuple[str, str]], build: Callable[[], T]) -> T:
    """The value `build()` makes from `sources` ((label, text) of each file), from the cache when an
    earlier run with the same sources, version and code kept it; else built and kept."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"{kind}-{_key(kind, sources)}.pickle"
    try:
        with path.open("rb") as stream:
            return pickle.load(stream)
    except Exception:  # noqa: BLE001 - absent, unreadable or from other code: build it afresh
        pass
    value = build()
    _keep(path, value)
    return value


def _key(kind: str, sources: Iterable[tuple[str, str]]) -> str:
    from . import __version__

    digest = hashlib.sha256(f"{kind}\0{__version__}\0{sys.version}\0{pickle.HIGHEST_PROTOCOL}".encode())
    for module in sorted(_PACKAGE.rglob("*.py")):
        stat = module.stat()
        digest.update(f"\0{module.relative_to(_PACKAGE)}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    for label, text in sources:
        digest.update(f"\0{label}\0".encode() + text.encode("utf-8"))
    return digest.hexdigest()[:32]


def _keep(path: Path, value: object) -> None:
    """Write the entry, and keep only the few latest entries of its kind (several checkouts or
    versions may share the folder)."""
    if not store(path, value):
        return
    kind = path.name.rsplit("-", 1)[0]
    try:
        entries = sorted(path.parent.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for stale in entries[_KEPT:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass


def store(path: Path, value: object) -> bool:
    """Pickle `value` to `path` whole or not at all (a parallel run may write the same file); False
    when it could not be written, which only costs the next run the build."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        finally:
            Path(temporary).unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a read-only or full disk, or a value that will not pickle
        return False
    return True
