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


def test_patterns_read_back_from_the_cache_are_the_patterns_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    import regex

    from verifier.extract import compiled

    monkeypatch.setenv("VERIFIER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(compiled, "_stored", {"re": {}, "regex": {}})
    monkeypatch.setattr(compiled, "_path_checked", True)
    monkeypatch.setattr(compiled, "_asked", {"re": {}, "regex": {}})
    # a group name in two branches and a Unicode property: a pattern only `regex` compiles
    only_regex = r"(?<!\p{L})(?:(?P<n>\d+)\s+pts|(?P<n>\d+)\s+points)"
    plain = r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s+(?P<unit>pts|points)\b"
    first = compiled.regex_pattern(only_regex, regex.IGNORECASE), compiled.re_pattern(plain, re.IGNORECASE)
    compiled._write()
    monkeypatch.setattr(compiled, "_stored", compiled._read())
    again = compiled.regex_pattern(only_regex, regex.IGNORECASE), compiled.re_pattern(plain, re.IGNORECASE)
    text = "The gauge rose 12 Points, then gave back 7.5 pts; x9 points is no figure."
    for before, after, spans in zip(first, again, ([(15, 17), (43, 44)], [(15, 17), (41, 44)])):
        assert after is not before and type(after) is type(before)
        assert (after.pattern, after.flags, after.groups, dict(after.groupindex)) == (
            before.pattern, before.flags, before.groups, dict(before.groupindex))
        assert [m.span("n") for m in after.finditer(text)] == [m.span("n") for m in before.finditer(text)] == spans
    (entry,) = tmp_path.glob("patterns-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert compiled._read() == {"re": {}, "regex": {}}


def test_every_module_pattern_is_the_pattern_re_compiles_from_its_source() -> None:
    """Whether read back from the cache or compiled, each `re` pattern of the extract modules has the
    flags, groups and matches `re.compile` gives its source."""
    import importlib
    import pkgutil
    import re

    import verifier.extract

    text = (Path(__file__).resolve().parents[1] / "verifier" / "samples" / "seoul-close.txt").read_text(encoding="utf-8")
    count = 0
    for info in pkgutil.iter_modules(verifier.extract.__path__):
        for value in vars(importlib.import_module(f"verifier.extract.{info.name}")).values():
            if isinstance(value, re.Pattern):
                fresh = re.compile(value.pattern, value.flags)
                assert (value.flags, value.groups, dict(value.groupindex)) == (fresh.flags, fresh.groups, dict(fresh.groupindex))
                assert [m.regs for m in value.finditer(text)] == [m.regs for m in fresh.finditer(text)]
                count += 1
    assert count > 300


def test_the_lexicon_read_back_from_the_cache_is_the_lexicon_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from verifier import lexicon

    def everything(lex) -> tuple:
        return (dict(lex.verbs), dict(lex.directions), dict(lex.modifiers), dict(lex.entities), dict(lex.aliases),
                dict(lex.anaphora), lex.folded_verb_pattern.pattern, lex.folded_anaphor_pattern.pattern, lex._sources,
                lex._names[0], lex._names[1].pattern)

    monkeypatch.setenv("VERIFIER_CACHE_DIR", str(tmp_path))
    lexicon._load.cache_clear()
    first = lexicon.load_lexicon()
    assert len(list(tmp_path.glob("lexicon-*.pickle"))) == 1
    lexicon._load.cache_clear()
    again = lexicon.load_lexicon()
    lexicon._load.cache_clear()
    assert again is not first and everything(again) == everything(first)
    text = "The Nikkei 225 edged up 0.2 percent while the broader Topix slipped, and it later recovered."
    assert again.find_names(text, 0, len(text)) == first.find_names(text, 0, len(text)) != []
    assert [m.span() for m in again.verb_pattern.finditer(text)] == [m.span() for m in first.verb_pattern.finditer(text)] != []
