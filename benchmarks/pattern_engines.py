"""Whether the patterns compiled with the standard `re` read a corpus exactly as `regex` would.

A proof to run after moving patterns from `regex` to `re` (which compiles them about three times
faster): every pattern a verifier module compiles with `re.compile` is twinned with
`regex.compile(pattern, flags)` for this run only, each call the checker makes (search, match,
fullmatch, finditer, findall, split, sub) runs on both engines, and the spans and groups of every
match are compared. The checker goes on with the `re` result. Prints the calls compared and every
pattern (file:line) whose two readings differ, with its first difference.

The engines are known to differ on characters rare in wire copy: `\\w` takes superscripts and
vulgar fractions ("²", "¼") in `re` and not in `regex`; `\\s` takes the control characters
\\x1c-\\x1f in `re`; under IGNORECASE, `[a-z]` takes the Turkish dotless and dotted i in `re`.
Usage: python benchmarks/pattern_engines.py DIR [DIR ...]
"""
from __future__ import annotations

import os
import re
import sys
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
_COMPILE = re.compile
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub", "subn")
calls: Counter[str] = Counter()
differences: Counter[str] = Counter()
first: dict[str, str] = {}


def _same(a, b) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, (re.Match, regex.Match)) and isinstance(b, (re.Match, regex.Match)):
        groups = range(a.re.groups + 1)
        return [a.span(i) for i in groups] == [b.span(i) for i in groups] and a.groupdict() == b.groupdict()
    return a == b


class _Twin:
    """One `re` pattern and its `regex` twin, for this proof only: each call runs on both."""

    def __init__(self, pattern: re.Pattern, twin: regex.Pattern, site: str) -> None:
        self._pattern, self._twin, self._site = pattern, twin, site

    def __getattr__(self, name: str):
        attribute = getattr(self._pattern, name)
        if name not in _METHODS:
            return attribute

        def both(*args, **kwargs):
            if name in ("sub", "subn") and callable(args[0]):  # compare the matches, call the function once
                self._both("finditer", args[1:2], {})
                return attribute(*args, **kwargs)
            return self._both(name, args, kwargs)

        return both

    def __repr__(self) -> str:
        return repr(self._pattern)

    def _both(self, name: str, args: tuple, kwargs: dict):
        mine = getattr(self._pattern, name)(*args, **kwargs)
        mine = list(mine) if name == "finditer" else mine
        try:
            twin = getattr(self._twin, name)(*args, **kwargs)
            twin = list(twin) if name == "finditer" else twin
            same = _same(mine, twin)
        except Exception as exc:  # a call `regex` refuses is a difference too
            twin, same = repr(exc), False
        calls[self._site] += 1
        if not same:
            differences[self._site] += 1
            first.setdefault(self._site, f"{name}{tuple(str(a)[:80] for a in args)}: re {mine!r:.200} / regex {twin!r:.200}")
        return iter(mine) if name == "finditer" else mine


def _compile(pattern, flags=0):
    compiled = _COMPILE(pattern, flags)
    frame = sys._getframe(1)
    if frame.f_code.co_filename.endswith("/extract/compiled.py"):  # name the module that asked for it
        frame = frame.f_back
    caller = frame.f_code.co_filename
    if isinstance(pattern, str) and "/verifier/" in caller and "/testing/" not in caller:
        site = f"{caller.split('/verifier/', 1)[1]}:{frame.f_lineno}"
        return _Twin(compiled, regex.compile(pattern, flags), site)
    return compiled


def main() -> int:
    folders = sys.argv[1:]
    if not folders:
        print(__doc__.splitlines()[-1])
        return 2
    os.environ["VERIFIER_CACHE_DIR"] = ""  # every pattern compiled here, none read back from a cache
    re.compile = _compile  # before verifier is imported: its module patterns are twinned too
    from verifier.checking import build, check_document
    from verifier.sources import read_inputs

    ruleset, lexicon = build()
    articles = 0
    for folder in folders:
        for document in read_inputs([folder]):
            if hasattr(document, "text"):
                check_document(document, ruleset, lexicon)
                articles += 1
    print(f"{articles} articles: {len(calls)} patterns compiled with re, {sum(calls.values()):,} calls on both engines, "
          f"{sum(differences.values())} read differently")
    for site, count in differences.most_common():
        print(f"  {site}: {count} calls differ; first: {first[site]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
