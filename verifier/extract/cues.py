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
from collections.abc import Iterator
from functools import lru_cache

from re import _constants as C, _parser as P  # the stdlib's own parse of a pattern

_MAX_CUES = 48  # past this many strings, stop extending them
_MAX_FINDS = 16  # a hint with more cues than this keeps the plain scan: each cue is one pass over the text
_MAX_CLASS = 4  # a class of at most this many characters is spelled out ("sen[dt]"), not a digit ("19[0-9]")
_ZERO_WIDTH = frozenset({C.AT, C.ASSERT, C.ASSERT_NOT})
_CASE_FLAGS = C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_LOCALE

# (skip, string, complete): every match of the items begins with `skip` characters of no one kind
# (a digit, a letter) and then `string`; `complete` when the items matched exactly that, so what
# follows may extend it.
_Prefix = tuple[int, str, bool]
_OPEN: list[_Prefix] = [(0, "", False)]
Cue = tuple[int, str]  # (skip, string): a match may begin `skip` characters before the string


@lru_cache(maxsize=None)
def cues(pattern: re.Pattern[str], most: int = _MAX_FINDS) -> tuple[Cue, ...] | None:
    """The cues of a `re` pattern (at most `most` of them), or None when it has none worth finding:
    a case-blind pattern, or one a match of which may begin with any letter or word."""
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str) or pattern.flags & _CASE_FLAGS:
        return None
    try:
        found = _sequence(list(P.parse(pattern.pattern, pattern.flags)))
    except Exception:  # a construct this reading does not know: keep the plain scan
        return None
    kept = _fewest([(skip, s) for skip, s, _ in found], most)
    if kept is None or not all(_selective(s) for _, s in kept):
        return None
    return kept


def _fewest(strings: list[Cue], most: int) -> tuple[Cue, ...] | None:
    """Few cues for many strings: their shared lead when they have one (" will rise ", " will fall "
    -> " will "), else each cut as short as needed to be at most `_MAX_FINDS` ("with +0" ... "with 9"
    -> "with "). A prefix of a string finds every place the string stands."""
    common = os.path.commonprefix([s for _, s in strings])
    if len(strings) > 1 and len({skip for skip, _ in strings}) == 1 and len(common.lstrip(" ")) >= 2:
        return ((strings[0][0], common),)
    for length in range(max((len(s) for _, s in strings), default=0), 0, -1):
        kept = _minimal({(skip, s[:length]) for skip, s in strings})
        if len(kept) <= most:
            return kept
    return None


def _minimal(strings: set[Cue]) -> tuple[Cue, ...]:
    """The cues none of which begins with another at the same skip ("decline" finds every "decliner")."""
    kept: list[Cue] = []
    for skip, s in sorted(strings, key=lambda c: (len(c[1]), c)):
        if not any(k == skip and s.startswith(p) for k, p in kept):
            kept.append((skip, s))
    return tuple(kept)


def _selective(cue: str) -> bool:
    """A cue rare enough to find: two characters past any leading space ("19" of a year, "th "
    after a day's digit), or one that is no letter, digit or space ("\u2014", "/")."""
    core = cue.lstrip(" ")
    return len(core) >= 2 or (len(core) == 1 and not core.isalnum())


def _sequence(items: list) -> list[_Prefix]:
    """The prefixes of items matched one after another."""
    out: list[_Prefix] = [(0, "", True)]
    for op, av in items:
        width = _width(op, av)
        part = _item(op, av)
        grown: list[_Prefix] = []
        for skip, s, complete in out:
            if not complete:
                grown.append((skip, s, False))
            elif not s and width:  # "[0-9](?:st|nd)": a leading class is skipped, the cue is what follows
                grown.append((skip + width, "", True))
            else:
                grown += [(skip + more, t, c) if not s else (skip, s + t, c) if not more else (skip, s, False)
                          for more, t, c in part]
        if len(grown) > _MAX_CUES:
            return [(skip, s, False) for skip, s, _ in out]
        out = grown
        if not any(complete for _, _, complete in out):
            break
    return out


def _width(op, av) -> int:
    """How many characters a single-character item, or a fixed count of one, consumes; 0 otherwise."""
    if op in (C.IN, C.ANY, C.NOT_LITERAL, C.CATEGORY):
        return 1
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == av[1] and len(av[2]) == 1:
        (inner_op, inner_av), = av[2]
        return av[0] * _width(inner_op, inner_av) if inner_op is not C.LITERAL else 0
    return 0


def _item(op, av) -> list[_Prefix]:
    if op is C.LITERAL:
        return [(0, chr(av), True)]
    if op in _ZERO_WIDTH:  # "\b", a lookbehind: they consume nothing
        return [(0, "", True)]
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, items = av
        return _OPEN if add_flags & _CASE_FLAGS else _sequence(list(items))
    if op is C.BRANCH:
        return [p for branch in av[1] for p in _sequence(list(branch))]
    if op is C.IN:
        chars = _class(av)
        return [(0, ch, True) for ch in chars] if chars is not None else _OPEN
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, high, items = av
        once = _sequence(list(items))
        if high != 1:
            once = [(skip, s, False) for skip, s, _ in once]
        return once + [(0, "", True)] if low == 0 else once  # "(?:s|ped)?": the item, or nothing
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


def positions(text: str, found: tuple[Cue, ...], start: int) -> list[int]:
    """Every offset at or after `start` where a match may begin by one of the cues, in order."""
    out: list[int] = []
    find, starts = text.find, text.startswith
    for skip, s in found:
        core = s.lstrip(" ")
        lead = len(s) - len(core)  # " below ": find "below " (spaces are everywhere), then look back
        i = find(core, start + skip + lead)
        while i != -1:
            if not lead or starts(s, i - lead):
                out.append(i - lead - skip)
            i = find(core, i + 1)
    out.sort()
    return out


def finditer(pattern: re.Pattern[str], text: str, start: int, end: int, most: int = _MAX_FINDS) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, start, end)`, the pattern tried only where its cues stand. Every match
    begins with a cue, so none is empty, and the next is the first one at or after the last's end."""
    found = cues(pattern, most)
    if found is None:
        yield from pattern.finditer(text, start, end)
        return
    position, match = start, pattern.match
    for at in positions(text, found, start):
        if at < position:
            continue
        if at >= end:
            return
        m = match(text, at, end)
        if m is not None:
            yield m
            position = m.end()


# Letters that case-blind matching equates with an ASCII one but `str.lower` leaves as they are
# (dotless i, long s): a text holding one is matched case-blind, not lower-cased.
_UNFOLDED = ("\u0131", "\u017f")


@lru_cache(maxsize=None)
def _case_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-blind pattern written in lower case, compiled without IGNORECASE (for lower-cased text)."""
    if not pattern.flags & re.IGNORECASE or pattern.pattern != pattern.pattern.lower():
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def found_blind(pattern: re.Pattern[str], text: str, start: int = 0) -> bool:
    """Whether a case-blind pattern matches `text` from `start` on, searched case-sensitively in the
    lower-cased text (twice as fast) when lower-casing keeps every offset and letter it could equate."""
    twin = _case_twin(pattern)
    if twin is not None:
        folded = text.lower()
        if len(folded) == len(text) and not any(c in folded for c in _UNFOLDED):
            return twin.search(folded, start) is not None
    return pattern.search(text, start) is not None
