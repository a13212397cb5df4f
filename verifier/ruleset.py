"""Rule files (TOML) loaded into a RuleSet: validated strictly and compiled once, then immutable.

A RuleSet is a value returned by `load_ruleset`, never a registry; select, ignore and severity
overrides return new RuleSets. A malformed file stops with one line: file, rule id, what and where.
"""
from __future__ import annotations

import ast
import datetime as dt
import re
import string
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .cache import built
from .errors import DataFileError
from .expr import ANY, BOOL, HELPERS, NUM, STR, Expr, ExprError, compile_expr
from .facts import FACT_MODELS
from .fields import DOCUMENT_NAMES, KIND_FIELDS, FieldInfo
from .findings import Severity

KEBAB = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")
FORMAT_SPEC = re.compile(r"\.\d{1,2}f")
PAIR_ALIASES = ("a", "b")  # the aliases of a rule over two facts of one kind


class RuleFileError(DataFileError):
    """A rule file that cannot be used; its str is one line naming file, rule and position."""


# ---------------------------------------------------------------------------------------------
# the file format, validated strictly

class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Example(_Strict):
    """An article sentence on which the rule must fire (`fail`) or stay silent (`pass`)."""

    fail: str | None = None
    pass_: str | None = Field(None, alias="pass")
    date: dt.date | None = None

    @model_validator(mode="after")
    def _one_of(self) -> "Example":
        if (self.fail is None) == (self.pass_ is None):
            raise ValueError("an example has exactly one of 'fail' or 'pass'")
        return self


class HintSpec(_Strict):
    when: str
    message: str


class RuleSpec(_Strict):
    id: str
    title: str
    severity: Severity
    kind: str | list[str]
    join: str | None = None
    when: str | None = None
    requires: list[str] = []
    optional: list[str] = []
    ordered: bool = False
    let: dict[str, str] = {}
    check: str
    message: str
    expected: str | None = None
    suspect: str | None = None
    solve: dict[str, str] = {}  # figure -> its value that makes the rule hold with the others as written
    hint: list[HintSpec] = []
    explain: str = ""
    tags: list[str] = []
    aliases: list[str] = []
    example: list[Example] = []


class FileSpec(_Strict):
    pack: str | None = None
    rule: list[dict[str, Any]] = []


# ---------------------------------------------------------------------------------------------
# compiled rules

@dataclass(frozen=True)
class Template:
    """A message template: literal text and `{name}` / `{name:.2f}` fields, checked at load."""

    source: str
    parts: tuple[tuple[str, str | None, str], ...]  # (literal, name or None, format spec)

    @property
    def names(self) -> frozenset[str]:
        return frozenset(name for _, name, _ in self.parts if name)


@dataclass(frozen=True)
class Hint:
    """An extra sentence appended to a finding's message when `when` holds."""

    when: Expr
    message: Template
    needs: frozenset[str]


@dataclass(frozen=True, eq=False)
class Rule:
    """One compiled rule; `bindings` pairs each alias with its fact kind ("" alias for one fact)."""

    id: str
    title: str
    severity: Severity
    kind: str | tuple[str, str]
    bindings: tuple[tuple[str, str], ...]
    join: Expr | None
    when: Expr | None  # a precondition after the lets: the rule applies only where it holds
    requires: tuple[str, ...]
    blank: tuple[str, ...]  # text names that may be absent: read as "" rather than skipping the rule (an optional figure is None: `given(x)`)
    ordered: bool  # a pair of one kind is bound both ways round (a run and the day it contains)
    lets: tuple[tuple[str, Expr], ...]
    check: Expr
    message: Template
    expected: Expr | None
    suspect: str | None
    suspect_fact: int | None  # the bound fact whose phrase is suspect, when no one figure is
    solves: tuple[tuple[str, Expr], ...]  # each figure one correction could repair, and its value; suspect first
    hints: tuple[Hint, ...]
    explain: str
    tags: tuple[str, ...]
    aliases: tuple[str, ...]
    examples: tuple[Example, ...]
    pack: str
    file: str
    needs: frozenset[str]  # names that must be present (not None) for the rule to apply
    quantities: tuple[str, ...]  # quantity names the rule examines: its spans and `checked`
    fields: Mapping[str, FieldInfo]  # every readable fact name (dotted for cross-fact rules)
    reads: frozenset[str] = frozenset()  # the fact names whose values decide whether it holds
    # Text names the join requires equal ("a.entity == b.entity and ..."): pairs that differ on them are
    # never read, so the evaluator pairs facts within buckets of those values only
    equal_on: tuple[tuple[str, str], ...] = ()
    # For a rule over two facts, the conditions of its join and `when` that read one fact alone
    # ("a.period == 'multi_session'"): a fact that fails its side's is never paired for this rule
    sides: Mapping[str, Expr] = field(default_factory=dict)

    def matches(self, pattern: str) -> int:
        """How specifically `pattern` names this rule: 3 id, 2 pack or tag, 1 glob, 0 not at all."""
        keys = (self.id, *self.aliases)
        groups = (self.pack, *self.tags)
        if pattern in keys:
            return 3
        if pattern in groups:
            return 2
        return 1 if any(fnmatchcase(k, pattern) for k in (*keys, *groups)) else 0


def _names_of(bindings: tuple[tuple[str, str], ...]) -> dict[str, FieldInfo]:
    names: dict[str, FieldInfo] = {}
    for alias, kind in bindings:
        for name, info in KIND_FIELDS[kind].items():
            names[f"{alias}.{name}" if alias else name] = info
    return names


def _template(source: str, names: Mapping[str, str]) -> Template:
    try:
        parsed = list(string.Formatter().parse(source))
    except ValueError as exc:
        raise ExprError(f"bad template: {exc}") from None
    parts = []
    for literal, name, spec, conversion in parsed:
        if name is not None:
            if conversion or "[" in name:
                raise ExprError(f"'{{{name}}}' is not allowed in a template; write {{name}} or {{name:.2f}}")
            if spec and not FORMAT_SPEC.fullmatch(spec):
                raise ExprError(f"format '{spec}' of '{name}' is not allowed; use .Nf")
            if name not in names:
                raise ExprError(f"unknown name '{name}' in template")
        parts.append((literal, name, spec or ""))
    return Template(source, tuple(parts))


def _bindings(kind: str | list[str]) -> tuple[tuple[tuple[str, str], ...], str | tuple[str, str]]:
    kinds = [kind] if isinstance(kind, str) else list(kind)
    for k in kinds:
        if k not in FACT_MODELS:
            raise ExprError(f"unknown fact kind '{k}' (known: {', '.join(FACT_MODELS)})")
    if len(kinds) == 1:
        return (("", kinds[0]),), kinds[0]
    if len(kinds) != 2:
        raise ExprError("a rule reads one fact kind or a pair of two")
    aliases = PAIR_ALIASES if kinds[0] == kinds[1] else kinds
    return tuple(zip(aliases, kinds)), (kinds[0], kinds[1])


def _compile_rule(spec: RuleSpec, pack: str, file: str) -> Rule:
    """Check every name, helper and template of one rule against its kinds; compile its expressions."""
    where = "id"
    try:
        if not KEBAB.fullmatch(spec.id):
            raise ExprError("id must be kebab-case")
        where = "kind"
        bindings, kind = _bindings(spec.kind)
        aliases = frozenset(alias for alias, _ in bindings if alias)
        fields = _names_of(bindings)
        types_ = {name: info.type for name, info in fields.items()} | dict(DOCUMENT_NAMES)
        where = "join"
        if spec.join is not None and not aliases:
            raise ExprError("join needs a pair of kinds")
        join = _condition(spec.join, types_, aliases) if spec.join is not None else None
        where = "requires"
        for name in spec.requires:
            if name not in fields:
                raise ExprError(f"'{name}' is not a field of {kind}")
        where = "optional"
        for name in spec.optional:
            if name not in fields or not (fields[name].type == STR or fields[name].quantity):
                raise ExprError(f"'{name}' is not a text field or figure of {kind}")
        where = "ordered"
        if spec.ordered and not (len(bindings) == 2 and bindings[0][1] == bindings[1][1]):
            raise ExprError("only a pair of one kind can be ordered")
        lets = []
        for name, source in spec.let.items():
            where = f"let.{name}"
            if not IDENTIFIER.fullmatch(name) or name in types_ or name in HELPERS:
                raise ExprError(f"let name '{name}' must be a new lower-case identifier")
            expr = compile_expr(source, types_, aliases)
            lets.append((name, expr))
            types_[name] = expr.type
        where = "when"
        when = _condition(spec.when, types_, aliases) if spec.when is not None else None
        where = "check"
        check = _condition(spec.check, types_, aliases)
        where = "expected"
        expected = compile_expr(spec.expected, types_, aliases) if spec.expected is not None else None
        where = "message"
        message = _template(spec.message, types_)
        where = "suspect"
        suspect_fact = _suspect_fact(spec.suspect, bindings)
        if spec.suspect is not None and suspect_fact is None and not (
                spec.suspect in fields and fields[spec.suspect].quantity):
            raise ExprError(f"'{spec.suspect}' is not a figure of {kind}")
        solves = [(spec.suspect, expected)] if expected is not None and spec.suspect in fields else []
        for name, source in spec.solve.items():
            where = f"solve.{name}"
            if name not in fields or not fields[name].quantity:
                raise ExprError(f"'{name}' is not a figure of {kind}")
            solved = compile_expr(source, types_, aliases)
            if solved.type not in (NUM, ANY):
                raise ExprError(f"must give a number, not {solved.type}")
            solves.append((name, solved))
        hints = []
        for i, hint in enumerate(spec.hint):
            where = f"hint[{i}].when"
            condition = _condition(hint.when, types_, aliases)
            where = f"hint[{i}].message"
            text = _template(hint.message, types_)
            hints.append(Hint(condition, text, _optional(fields, condition.names | text.names) - set(spec.requires)))
    except ExprError as exc:
        raise RuleFileError(f"{file}: rule '{spec.id}': {where}: {exc}") from None
    read = set(check.names).union(*(e.names for _, e in lets), spec.requires)
    decides = read | (when.names if when is not None else set()) | (join.names if join is not None else set())
    # Every optional name a rule reads (hints aside) must be present for it to apply: a join on
    # two unknown entities must not pair them, and a check must never see None.
    core = read | message.names
    for extra in (expected, when, join):
        core |= extra.names if extra is not None else set()
    quantities = sorted(name for name in read if name in fields and fields[name].quantity)
    return Rule(
        id=spec.id, title=spec.title, severity=spec.severity, kind=kind, bindings=bindings, join=join, when=when,
        requires=tuple(spec.requires), blank=tuple(n for n in spec.optional if fields[n].type == STR), ordered=spec.ordered, lets=tuple(lets), check=check, message=message,
        expected=expected, suspect=spec.suspect if suspect_fact is None else None, suspect_fact=suspect_fact,
        solves=tuple(solves),
        hints=tuple(hints), explain=spec.explain,
        tags=tuple(spec.tags), aliases=tuple(spec.aliases), examples=tuple(spec.example),
        pack=pack, file=file, needs=(frozenset(spec.requires) | _optional(fields, core)) - set(spec.optional),
        quantities=tuple(quantities), fields=fields, reads=frozenset(n for n in decides if n in fields),
        equal_on=_equal_on(spec.join, fields) if spec.join is not None else (),
        sides=_sides([spec.join, spec.when], bindings, types_, aliases, {name for name, _ in lets}),
    )


def _conjuncts(source: str | None) -> list[ast.expr]:
    if source is None:
        return []
    tree = ast.parse(" ".join(source.split()), mode="eval").body
    return list(tree.values) if isinstance(tree, ast.BoolOp) and isinstance(tree.op, ast.And) else [tree]


def _sides(sources: list[str | None], bindings: tuple[tuple[str, str], ...], types_: Mapping[str, str],
           aliases: frozenset[str], lets: set[str]) -> dict[str, Expr]:
    """Per alias of a pair, the conjunction of the join's and `when`'s top-level conditions that read
    that alias's names only (no lets): each fact can be tested alone before any pair is built."""
    if len(bindings) != 2:
        return {}
    parts: dict[str, list[str]] = {}
    for node in (n for source in sources for n in _conjuncts(source)):
        read = {f"{n.value.id}" for n in ast.walk(node) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)}
        bare = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)} - read
        if len(read) == 1 and not (bare & lets):
            parts.setdefault(read.pop(), []).append(ast.unparse(node))
    return {alias: compile_expr(" and ".join(f"({p})" for p in conditions), types_, aliases) for alias, conditions in parts.items()}


def _equal_on(source: str, fields: Mapping[str, FieldInfo]) -> tuple[tuple[str, str], ...]:
    """The pairs of text names a join's top-level conjunction requires equal: "a.entity == b.entity"."""
    tree = ast.parse(" ".join(source.split()), mode="eval").body
    parts = tree.values if isinstance(tree, ast.BoolOp) and isinstance(tree.op, ast.And) else [tree]
    found = []
    for part in parts:
        if not (isinstance(part, ast.Compare) and len(part.ops) == 1 and isinstance(part.ops[0], ast.Eq)):
            continue
        sides = [part.left, part.comparators[0]]
        names = [f"{x.value.id}.{x.attr}" for x in sides if isinstance(x, ast.Attribute) and isinstance(x.value, ast.Name)]
        if len(names) == 2 and names[0].split(".")[0] != names[1].split(".")[0] and all(fields[n].type == STR for n in names):
            found.append((names[0], names[1]))
    return tuple(found)


def _suspect_fact(suspect: str | None, bindings: tuple[tuple[str, str], ...]) -> int | None:
    """The index of the fact a `suspect` names: a pair's alias, or the kind of a one-fact rule.

    A word rather than a figure may be the slip ("fell" against "finished higher", a weekday):
    the fact's whole phrase is then marked.
    """
    for i, (alias, kind) in enumerate(bindings):
        if suspect is not None and suspect == (alias or kind):
            return i
    return None


def _condition(source: str, names: Mapping[str, str], aliases: frozenset[str]) -> Expr:
    """An expression that must be a truth value (check, join, hint conditions)."""
    expr = compile_expr(source, names, aliases)
    if expr.type not in (BOOL, ANY):
        raise ExprError(f"a condition is needed, not a {expr.type}", 1)
    return expr


def _optional(fields: Mapping[str, FieldInfo], names: Iterable[str]) -> frozenset[str]:
    """The names among `names` that may be None: a rule reading them needs them present."""
    return frozenset(n for n in names if (n in fields and fields[n].optional) or n in DOCUMENT_NAMES)


def _pydantic_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    loc = ".".join(str(p) for p in error["loc"])
    if error["type"] == "extra_forbidden":
        return f"unknown key '{loc}'"
    if error["type"] == "missing":
        return f"missing key '{loc}'"
    return f"{loc}: {error['msg']}"


def parse_rule_file(text: str, file: str, default_pack: str) -> tuple[Rule, ...]:
    """Validate and compile the rules of one file's text; `file` is how errors name it."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{file}: invalid TOML: {exc}") from None
    try:
        spec = FileSpec.model_validate(data)
    except ValidationError as exc:
        raise RuleFileError(f"{file}: {_pydantic_error(exc)}") from None
    pack = spec.pack or default_pack
    rules = []
    for i, raw in enumerate(spec.rule):
        label = f"rule '{raw['id']}'" if isinstance(raw.get("id"), str) else f"rule #{i + 1}"
        try:
            rule_spec = RuleSpec.model_validate(raw)
        except ValidationError as exc:
            raise RuleFileError(f"{file}: {label}: {_pydantic_error(exc)}") from None
        rules.append(_compile_rule(rule_spec, pack, file))
    return tuple(rules)


def load_rule_file(path: Path | str, label: str | None = None) -> tuple[Rule, ...]:
    """The rules of one file; errors name it as `label` (default: the path as given)."""
    path = Path(path)
    file = label if label is not None else str(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"{file}: cannot read rule file: {exc}") from None
    return parse_rule_file(text, file, path.stem)


# ---------------------------------------------------------------------------------------------
# the RuleSet value

@dataclass(frozen=True)
class RuleSet:
    """The rules of a run, in load order; every filter returns a new RuleSet."""

    rules: tuple[Rule, ...]

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    @cached_property
    def _by_id(self) -> dict[str, Rule]:
        return {key: rule for rule in self.rules for key in (*rule.aliases, rule.id)}

    def get(self, rule_id: str) -> Rule | None:
        """A rule by id or by a former id kept in its `aliases`."""
        return self._by_id.get(rule_id)

    def __getitem__(self, rule_id: str) -> Rule:
        rule = self.get(rule_id)
        if rule is None:
            raise KeyError(rule_id)
        return rule

    def __contains__(self, rule_id: object) -> bool:
        return isinstance(rule_id, str) and rule_id in self._by_id

    def select(self, patterns: Iterable[str]) -> "RuleSet":
        """Only the rules an id, pack or tag pattern (globs allowed) names."""
        patterns = tuple(patterns)
        return RuleSet(tuple(r for r in self.rules if any(r.matches(p) for p in patterns)))

    def ignore(self, patterns: Iterable[str]) -> "RuleSet":
        """All rules but those an id, pack or tag pattern names."""
        patterns = tuple(patterns)
        return RuleSet(tuple(r for r in self.rules if not any(r.matches(p) for p in patterns)))

    def with_severity(self, overrides: Mapping[str, Severity | str]) -> "RuleSet":
        """Severities changed by pattern; the most specific pattern wins (id over pack/tag over glob)."""
        changed = []
        for rule in self.rules:
            best, severity = 0, rule.severity
            for pattern, value in overrides.items():
                score = rule.matches(pattern)
                if score and score >= best:
                    best, severity = score, Severity(value)
            changed.append(replace(rule, severity=severity) if severity != rule.severity else rule)
        return RuleSet(tuple(changed))

    @cached_property
    def by_kind(self) -> dict[str | tuple[str, str], tuple[Rule, ...]]:
        """Rules grouped by the kind (or pair of kinds) they read, for the evaluator."""
        groups: dict[str | tuple[str, str], list[Rule]] = {}
        for rule in self.rules:
            groups.setdefault(rule.kind, []).append(rule)
        return {kind: tuple(rules) for kind, rules in groups.items()}


def _builtin_files() -> list[tuple[str, str, str]]:
    """(label, text, stem) of each built-in pack: from the installed package, else the repo."""
    try:
        root = resources.files("verifier.rules")
        entries = [(e.name, e) for e in root.iterdir() if e.name.endswith(".toml")]
        return [(f"rules/{name}", e.read_text("utf-8"), name[:-5]) for name, e in sorted(entries)]
    except ModuleNotFoundError:
        folder = Path(__file__).resolve().parent.parent / "rules"
        return [(f"rules/{p.name}", p.read_text("utf-8"), p.stem) for p in sorted(folder.glob("*.toml"))]


def _builtin_rules() -> list[tuple[Rule, ...]]:
    """The built-in packs compiled, from the user cache when an earlier run compiled the same files
    with the same code (a tenth of a one-article run's start)."""
    files = _builtin_files()
    return built("rules", ((label, text) for label, text, _ in files),
                 lambda: [parse_rule_file(text, label, stem) for label, text, stem in files])


def load_ruleset(extra_dirs: Iterable[str | Path] = (), *, include_builtin: bool = True) -> RuleSet:
    """The built-in packs plus every *.toml in `extra_dirs` (folders or files), ids unique."""
    loaded: list[tuple[Rule, ...]] = []
    if include_builtin:
        loaded.extend(_builtin_rules())
    for entry in extra_dirs:
        path = Path(entry)
        if path.is_file():
            loaded.append(load_rule_file(path))
        elif path.is_dir():
            loaded.extend(load_rule_file(p) for p in sorted(path.glob("*.toml")))
        else:
            raise RuleFileError(f"{path}: no such rule file or folder")
    seen: dict[str, Rule] = {}
    for rule in (r for rules in loaded for r in rules):
        for key in (rule.id, *rule.aliases):
            if key in seen:
                raise RuleFileError(f"{rule.file}: rule '{rule.id}': id '{key}' is already used in {seen[key].file}")
            seen[key] = rule
    return RuleSet(tuple(r for rules in loaded for r in rules))
