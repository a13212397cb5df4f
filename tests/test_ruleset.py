"""Rule files: a malformed one stops with one line naming file, rule and position; a RuleSet is a value."""
from __future__ import annotations

from pathlib import Path

import pytest

from verifier.errors import DataFileError
from verifier.findings import Severity
from verifier.ruleset import RuleFileError, RuleSet, load_rule_file, load_ruleset

BAD_RULES = Path(__file__).parent / "data" / "bad_rules"
BAD_FILES = sorted(BAD_RULES.glob("*.toml"))

CROSS_RULES = '''
pack = "conflicts"

[[rule]]
id = "summary-verb-conflict"
title = "Two statements about one session disagree on direction"
severity = "error"
kind = ["state", "move"]
join = "state.entity == move.entity and state.period == move.period"
requires = ["move.change"]
check = "state.direction == 0 or move.direction == 0 or state.direction == move.direction"
message = "{state.subject} is said to move both ways"
suspect = "move.change"
tags = ["direction"]

[[rule]]
id = "duplicate-level-conflict"
title = "One close stated twice with different values"
severity = "warning"
kind = ["move", "move"]
join = "a.entity == b.entity and a.period == b.period"
requires = ["a.level", "b.level"]
check = "a.level == b.level"
message = "{a.subject} closed at {a.level} and at {b.level}"
aliases = ["duplicate-figure"]
'''


def expected_line(path: Path) -> str:
    first = path.read_text("utf-8").splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name} needs an '# expect: ' first line"
    return f"{path}: " + first.removeprefix("# expect: ").replace("{file}", str(path))


def test_there_is_a_malformed_file_for_each_kind_of_error() -> None:
    assert len(BAD_FILES) >= 20


@pytest.mark.parametrize("path", BAD_FILES, ids=[p.stem for p in BAD_FILES])
def test_malformed_rule_file_stops_with_one_line_naming_file_rule_and_position(path: Path) -> None:
    with pytest.raises(RuleFileError) as info:
        load_ruleset([path], include_builtin=False)
    message = str(info.value)
    assert "\n" not in message
    assert message == expected_line(path)


def test_rule_file_error_is_a_data_file_error_for_the_cli() -> None:
    assert issubclass(RuleFileError, DataFileError)


def test_missing_rule_folder_is_an_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(RuleFileError, match="nowhere: no such rule file or folder"):
        load_ruleset([missing])


def test_builtin_packs_load_with_the_moves_rules() -> None:
    ruleset = load_ruleset()
    for rule_id in ("close-outside-range", "range-high-below-low", "change-percent-mismatch"):
        rule = ruleset[rule_id]
        assert rule.pack == "moves"
        assert rule.file == "rules/moves.toml"


def test_builtin_rule_reused_in_a_user_folder_is_a_duplicate(tmp_path: Path) -> None:
    source = (Path(__file__).parents[1] / "rules" / "moves.toml").read_text("utf-8")
    (tmp_path / "mine.toml").write_text(source, "utf-8")
    with pytest.raises(RuleFileError, match="is already used in rules/moves.toml"):
        load_ruleset([tmp_path])


def test_cross_fact_rules_load_with_kind_aliases(tmp_path: Path) -> None:
    (tmp_path / "conflicts.toml").write_text(CROSS_RULES, "utf-8")
    ruleset = load_ruleset([tmp_path], include_builtin=False)
    conflict = ruleset["summary-verb-conflict"]
    assert conflict.kind == ("state", "move")
    assert conflict.bindings == (("state", "state"), ("move", "move"))
    assert "move.change" in conflict.needs
    duplicate = ruleset["duplicate-level-conflict"]
    assert duplicate.bindings == (("a", "move"), ("b", "move"))
    assert duplicate.quantities == ("a.level", "b.level")


def test_rule_is_found_by_a_former_id_in_its_aliases(tmp_path: Path) -> None:
    (tmp_path / "conflicts.toml").write_text(CROSS_RULES, "utf-8")
    ruleset = load_ruleset([tmp_path], include_builtin=False)
    assert ruleset.get("duplicate-figure") is ruleset["duplicate-level-conflict"]
    assert ruleset.get("no-such-rule") is None
    assert "duplicate-figure" in ruleset


def test_pack_defaults_to_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "house.toml"
    path.write_text(CROSS_RULES.replace('pack = "conflicts"', ""), "utf-8")
    assert {rule.pack for rule in load_rule_file(path)} == {"house"}


@pytest.fixture
def combined(tmp_path: Path) -> RuleSet:
    (tmp_path / "conflicts.toml").write_text(CROSS_RULES, "utf-8")
    return load_ruleset([tmp_path])


def ids(ruleset: RuleSet) -> set[str]:
    return {rule.id for rule in ruleset}


def test_select_by_pack_tag_id_and_glob_returns_a_new_ruleset(combined: RuleSet) -> None:
    builtin = {rule.id for rule in load_ruleset()}
    moves = {rule.id for rule in load_ruleset() if rule.pack == "moves"}
    assert {"close-outside-range", "range-high-below-low", "change-percent-mismatch"} <= moves
    assert ids(combined.select(["moves"])) == moves
    assert ids(combined.select(["conflicts"])) == {"summary-verb-conflict", "duplicate-level-conflict"}
    conflicts = {rule_id for rule_id in builtin if rule_id.endswith("-conflict")}
    assert ids(combined.select(["*-conflict"])) == {"summary-verb-conflict", "duplicate-level-conflict"} | conflicts
    assert ids(combined.select(["close-outside-range"])) == {"close-outside-range"}
    assert len(combined) == len(builtin) + 2


def test_ignore_removes_what_a_pattern_names(combined: RuleSet) -> None:
    kept = ids(combined.ignore(["conflicts", "range"]))
    assert "change-percent-mismatch" in kept
    assert not kept & {"close-outside-range", "range-high-below-low", "summary-verb-conflict"}


def test_most_specific_severity_override_wins(combined: RuleSet) -> None:
    changed = combined.with_severity({"close-outside-range": "info", "moves": "warning", "*": "error"})
    assert changed["close-outside-range"].severity is Severity.INFO
    assert changed["change-percent-mismatch"].severity is Severity.WARNING
    assert changed["duplicate-level-conflict"].severity is Severity.ERROR
    assert combined["close-outside-range"].severity is Severity.ERROR


def test_rules_are_grouped_by_the_kinds_they_read(combined: RuleSet) -> None:
    groups = combined.by_kind
    assert {r.id for r in groups["move"]} >= {r.id for r in combined.select(["moves"]).rules if r.kind == "move"}
    assert all(r.kind == "move" for r in groups["move"])
    assert [r.id for r in groups[("move", "move")]][-1] == "duplicate-level-conflict"
    assert all(r.kind == ("move", "move") for r in groups[("move", "move")])


def test_examples_keep_fail_and_pass_apart() -> None:
    rule = load_ruleset()["change-percent-mismatch"]
    assert any(e.fail for e in rule.examples) and any(e.pass_ for e in rule.examples)
