"""Compiled rules kept between runs read every example as freshly compiled ones, and the cache never
serves rules built from other files, nor fails a run where it cannot be written."""
from __future__ import annotations

from pathlib import Path

import pytest

from verifier import cache
from verifier.ruleset import load_ruleset


def _verdicts(ruleset) -> list[tuple]:
    """What each rule is, as far as a run can tell: its fields and each expression's source."""
    rows = []
    for rule in ruleset:
        exprs = [rule.join, rule.when, rule.check, rule.expected, *(e for _, e in rule.lets), *(e for _, e in rule.solves),
                 *rule.sides.values(), *(h.when for h in rule.hints)]
        rows.append((rule.id, rule.severity, rule.kind, rule.bindings, rule.needs, rule.quantities, rule.reads,
                     rule.equal_on, rule.message, tuple(e.source if e is not None else None for e in exprs), rule.examples))
    return rows


def test_rules_read_back_from_the_cache_are_the_rules_compiled_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERIFIER_CACHE_DIR", str(tmp_path))
    first = load_ruleset()
    assert len(list(tmp_path.glob("rules-*.pickle"))) == 1
    again = load_ruleset()
    assert _verdicts(again) == _verdicts(first)
    # the compiled code itself came back: each check gives the same answer on the same names
    rule = again["change-percent-mismatch"]
    assert rule.check.code.co_code == first["change-percent-mismatch"].check.code.co_code
    monkeypatch.setenv("VERIFIER_CACHE_DIR", "")
    assert _verdicts(load_ruleset()) == _verdicts(first)


def test_an_entry_is_keyed_on_the_files_it_was_built_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERIFIER_CACHE_DIR", str(tmp_path))
    made = []

    def build(text: str):
        return lambda: made.append(text) or text.upper()

    assert cache.built("probe", [("a.toml", "one")], build("one")) == "ONE"
    assert cache.built("probe", [("a.toml", "one")], build("one")) == "ONE"
    assert cache.built("probe", [("a.toml", "two")], build("two")) == "TWO"
    assert made == ["one", "two"]  # built once per distinct text, read back otherwise


def test_an_unwritable_or_damaged_cache_only_costs_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    monkeypatch.setenv("VERIFIER_CACHE_DIR", str(blocked / "cache"))
    assert cache.built("probe", [("a", "b")], lambda: 42) == 42
    monkeypatch.setenv("VERIFIER_CACHE_DIR", str(tmp_path / "cache"))
    assert cache.built("probe", [("a", "b")], lambda: 7) == 7
    (entry,) = (tmp_path / "cache").glob("probe-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert cache.built("probe", [("a", "b")], lambda: 8) == 8


def test_a_regex_pattern_read_back_from_the_cache_reads_text_as_the_compiled_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import regex

    from verifier.extract import regexcache

    monkeypatch.setenv("VERIFIER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regexcache, "_stored", {})
    monkeypatch.setattr(regexcache, "_asked", {})
    # a group name in two branches and a Unicode property: a pattern only `regex` compiles
    source = r"(?<!\p{L})(?:(?P<n>\d+)\s+pts|(?P<n>\d+)\s+points)"
    first = regexcache.compiled(source, regex.IGNORECASE)
    regexcache._write()
    again = regexcache._read()[(source, regex.IGNORECASE)]
    assert again is not first and (again.pattern, again.flags) == (first.pattern, first.flags)
    text = "The gauge rose 12 Points, then gave back 7 pts; x9 points is no figure."
    assert [m.span("n") for m in again.finditer(text)] == [m.span("n") for m in first.finditer(text)] == [(15, 17), (41, 42)]
    (entry,) = tmp_path.glob("regex-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert regexcache._read() == {}
