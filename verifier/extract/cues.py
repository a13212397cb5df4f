"""The literal cues of a hint pattern: strings one of which every match of the pattern begins with.

`Context.sentences_with` scans the folded text for a hint once per extractor; a `re` alternation
tries every position of the text (a tenth of a millisecond an article per hint). The same hint's
matches can only begin where one of its cues stands, and `str.find` finds those at memory speed,
so the pattern is then tried only at those positions. The cues are read from the pattern's own
parse tree, so they cannot drift from it; a pattern with no usable cue (one that may begin with
any letter, or is case-blind) keeps the plain scan.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from re import _constants as C, _parser as P  # the stdlib's own parse of a pattern

_MAX_CUES = 48  # past this many strings, stop extending them
_MAX_FINDS = 16  # a hint with more cues than this keeps the plain scan: each cue is one pass over the text
_MAX_CLASS = 12  # a character class of at most this many characters is spelled out ("sen[dt]")
_ZERO_WIDTH = frozenset({C.AT, C.ASSERT, C.ASSERT_NOT})
_CASE_FLAGS = C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE

# (string, complete): `complete` when the items matched exactly this string, so what follows may
# extend it; otherwise the string only begins every match of the items.
_Prefixes = list[tuple[str, bool]]
_OPEN: _Prefixes = [("", False)]


@lru_cache(maxsize=None)
def cues(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The cue strings of a `re` pattern (none a prefix of another), or None when it has none worth
    finding: a case-blind pattern, or one a match of which may begin with a single character."""
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str) or pattern.flags & _CASE_FLAGS:
        return None
    try:
        found = _sequence(list(P.parse(pattern.pattern, pattern.flags)))
    except Exception:  # a construct this reading does not know: keep the plain scan
        return None
    kept = _fewest([s for s, _ in found])
    if kept is None or not all(_selective(s) for s in kept):
        return None
    return kept


def _fewest(strings: list[str]) -> tuple[str, ...] | None:
    """Few cues for many strings: their shared lead when they have one (" will rise ", " will fall "
    -> " will "), else each cut as short as needed to be at most `_MAX_FINDS` ("with +0" ... "with 9"
    -> "with "). A prefix of a string finds every place the string stands."""
    common = os.path.commonprefix(strings)
    if len(strings) > 1 and len(common.lstrip(" ")) >= 2:
        return (common,)
    for length in range(max(map(len, strings), default=0), 1, -1):
        kept = _minimal({s[:length] for s in strings})
        if len(kept) <= _MAX_FINDS:
            return kept
    return None


def _minimal(strings: set[str]) -> tuple[str, ...]:
    """The strings none of which begins with another ("decline" finds every "decliner")."""
    kept: list[str] = []
    for s in sorted(strings, key=len):
        if not any(s.startswith(k) for k in kept):
            kept.append(s)
    return tuple(kept)


def _selective(cue: str) -> bool:
    """A cue rare enough to find: two characters past any leading space, or one that is no letter,
    digit or space ("\u2014"); none that begins with a digit (every figure has them)."""
    core = cue.lstrip(" ")
    if not core or core[0].isdigit():
        return False
    return len(core) >= 2 or not core.isalnum()


def _sequence(items: list) -> _Prefixes:
    """The prefixes of items matched one after another."""
    out: _Prefixes = [("", True)]
    for op, av in items:
        part = _item(op, av)
        grown = [(s + t, c) for s, complete in out if complete for t, c in part]
        grown += [(s, False) for s, complete in out if not complete]
        if len(grown) > _MAX_CUES:
            return [(s, False) for s, _ in out]
        out = grown
        if not any(complete for _, complete in out):
            break
    return out


def _item(op, av) -> _Prefixes:
    if op is C.LITERAL:
        return [(chr(av), True)]
    if op in _ZERO_WIDTH:  # "\b", a lookbehind: they consume nothing
        return [("", True)]
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, items = av
        return _OPEN if add_flags & _CASE_FLAGS else _sequence(list(items))
    if op is C.BRANCH:
        return [p for branch in av[1] for p in _sequence(list(branch))]
    if op is C.IN:
        chars = _class(av)
        return [(ch, True) for ch in chars] if chars is not None else _OPEN
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, high, items = av
        once = _sequence(list(items))
        if high != 1:
            once = [(s, False) for s, _ in once]
        return once + [("", True)] if low == 0 else once  # "(?:s|ped)?": the item, or nothing
    return _OPEN  # any character, a category ("\s", "\w"), a back reference


def _class(items) -> list[str] | None:
    """The characters of a small class of literals and ranges; None for anything else."""
    chars: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            chars.append(chr(av))
        elif op is C.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars += [chr(c) for c in range(av[0], av[1] + 1)]
        else:
            return None
        if len(chars) > _MAX_CLASS:
            return None
    return chars


def positions(text: str, strings: tuple[str, ...], start: int) -> list[int]:
    """Every offset at or after `start` where one of the strings begins, in order."""
    found: list[int] = []
    find, starts = text.find, text.startswith
    for s in strings:
        core = s.lstrip(" ")
        lead = len(s) - len(core)  # " below ": find "below " (spaces are everywhere), then look back
        i = find(core, start + lead)
        while i != -1:
            if not lead or starts(s, i - lead):
                found.append(i - lead)
            i = find(core, i + 1)
    found.sort()
    return found
