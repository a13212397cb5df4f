"""Bind facts to rules and produce Findings: pure, no I/O, no report formatting.

Each fact's names are bound once (quantities as Intervals, the subject as its display name) and
shared by every rule over its kind; a rule whose inputs are missing does not apply.
"""
from __future__ import annotations

import datetime as dt
import types
import typing
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from .expr import ANY, BASE_NAMESPACE, BOOL, DATE, DOCUMENT, NUM, STR, Expr
from .facts import FACT_MODELS, FactBase, Subject
from .findings import Finding, Severity, fingerprint
from .merging import one_per_slip
from .numbers import SCALE_FACTORS, Interval, Quantity, format_decimal
from .spans import Span

if TYPE_CHECKING:
    from .ruleset import Rule, RuleSet, Template

# What makes a rule not apply to one binding instead of failing the run: arithmetic on an
# unbounded reading, or a value of an unexpected type from a hand-built fact.
EVALUATION_ERRORS = (ArithmeticError, TypeError, ValueError)
DEFAULT_DECIMALS = 2
# Names every rule may read, bound per document (DateRef has its own `document_date` field).
DOCUMENT_NAMES = {"article_date": DATE}
SKIPPED_FIELDS = frozenset({"id", "kind", "span"})


# ---------------------------------------------------------------------------------------------
# the names a rule over one fact kind may read

class FieldInfo(NamedTuple):
    """One readable name of a fact kind: its type tag, whether it may be None, and where it lives."""

    type: str
    optional: bool
    quantity: bool
    attribute: str  # the model attribute it is read from
    part: str | None = None  # "display", "entity", "type" of the subject; "unit" of a quantity


def _field_type(annotation: Any) -> tuple[str, bool]:
    args = typing.get_args(annotation)
    optional = type(None) in args and (typing.get_origin(annotation) in (typing.Union, types.UnionType))
    if optional:
        rest = [a for a in args if a is not type(None)]
        annotation = rest[0] if len(rest) == 1 else Any
    if typing.get_origin(annotation) is typing.Literal:
        return STR, optional
    tags = {Quantity: NUM, int: NUM, float: NUM, str: STR, bool: BOOL, dt.date: DATE}
    return tags.get(annotation, ANY), optional


def kind_fields(kind: str) -> dict[str, FieldInfo]:
    """The names a rule over `kind` reads, from the pydantic annotations of its model.

    A Subject gives `subject` (display name), `entity` and `subject_type`; each quantity `x`
    also gives `x_unit` ("points", "percent", "USD", ...); every fact gives the `line` it starts on, and its `paragraph` and `sentence` in the body.
    """
    # Where the fact was stated: statements about one session sit in one paragraph or the next, a
    # few sentences apart (a feed that lost its paragraph breaks keeps its sentences).
    fields: dict[str, FieldInfo] = {"line": FieldInfo(NUM, False, False, "span", "line"),
                                    "paragraph": FieldInfo(NUM, False, False, "span", "paragraph"),
                                    "sentence": FieldInfo(NUM, False, False, "span", "sentence")}
    for name, info in FACT_MODELS[kind].model_fields.items():
        if name in SKIPPED_FIELDS:
            continue
        annotation = info.annotation
        if annotation is Subject:
            fields["subject"] = FieldInfo(STR, False, False, name, "display")
            fields["entity"] = FieldInfo(STR, True, False, name, "entity")
            fields["subject_type"] = FieldInfo(STR, False, False, name, "type")
            fields["sector"] = FieldInfo(STR, True, False, name, "sector")
            continue
        tag, optional = _field_type(annotation)
        # A tuple of figures ("other" counts of a breadth) is no one quantity: it has no `_unit`.
        is_quantity = annotation is Quantity or (Quantity in typing.get_args(annotation) and typing.get_origin(annotation) is not tuple)
        fields[name] = FieldInfo(tag, optional, is_quantity, name)
        if is_quantity:
            fields[f"{name}_unit"] = FieldInfo(STR, True, False, name, "unit")
    return fields


KIND_FIELDS: Mapping[str, dict[str, FieldInfo]] = {kind: kind_fields(kind) for kind in FACT_MODELS}


class Evaluation(NamedTuple):
    """The findings of one document, in text order, and the figure spans some rule examined."""

    findings: list[Finding]
    checked: set[tuple[int, int]]


class Binding(NamedTuple):
    """The names of one fact (or pair of facts) as rules read them, and the figures behind them."""

    facts: tuple[FactBase, ...]
    namespace: dict[str, Any]
    quantities: dict[str, Quantity]
    reversed: bool = False  # a pair of one kind in the order opposite to the text's


def bind_fact(fact: FactBase, alias: str = "", place: tuple[int, int] | None = None,
              wanted: frozenset[str] | None = None) -> tuple[dict[str, Any], dict[str, Quantity]]:
    """A fact's readable names (prefixed `alias.` for cross-fact rules) and its quantities.

    `place` is the fact's (paragraph, sentence); a fact built by hand stands in its line for both.
    `wanted`: bind only these names (the ones some rule reads); every quantity is still given, since
    errorlocate weighs a correction against all the figures of the binding.
    """
    names: dict[str, Any] = {}
    quantities: dict[str, Quantity] = {}
    figures, plan = _plan(fact.kind, alias, wanted)  # type: ignore[attr-defined]
    for key, attribute in figures:
        value = getattr(fact, attribute)
        if isinstance(value, Quantity):
            quantities[key] = value
    for key, attribute, part in plan:
        value = getattr(fact, attribute)
        if part is None:
            names[key] = value.interval() if isinstance(value, Quantity) else value
        elif part == "unit":
            names[key] = value.unit if value is not None else None
        elif part == "display":
            names[key] = value.name or value.text
        elif part in ("paragraph", "sentence"):
            names[key] = fact.span.line if place is None else place[part == "sentence"]
        else:
            names[key] = getattr(value, part)
    return names, quantities


@lru_cache(maxsize=None)
def _plan(kind: str, alias: str, wanted: frozenset[str] | None
          ) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str, str | None], ...]]:
    """What binding a fact of `kind` reads, made once: (key, attribute) of each field holding one
    figure (every binding gives them as quantities), and (key, attribute, part) of each name to bind."""
    prefix = f"{alias}." if alias else ""
    fields = KIND_FIELDS[kind]
    figures = tuple((prefix + name, name) for name, info in fields.items() if info.quantity and info.part is None)
    plan = tuple((prefix + name, info.attribute, info.part) for name, info in fields.items() if wanted is None or name in wanted)
    return figures, plan


@lru_cache(maxsize=8)
def wanted_names(ruleset: RuleSet) -> dict[tuple[str, str], frozenset[str]]:
    """For each (alias, kind) the rules bind, the field names some rule over it reads: in an
    expression, its message or hints, its needs, or the equal names of its join."""
    wanted: dict[tuple[str, str], set[str]] = {}
    for rule in ruleset:
        exprs = [rule.join, rule.when, rule.check, rule.expected, *(e for _, e in rule.lets), *(e for _, e in rule.solves),
                 *rule.sides.values(), *(h.when for h in rule.hints)]
        names = set(rule.needs) | set(rule.blank) | set(rule.requires) | set(rule.reads) | set(rule.quantities)
        names |= set(rule.message.names) | {n for pair in rule.equal_on for n in pair}
        names |= {n for e in exprs if e is not None for n in e.names}
        names |= {n for h in rule.hints for n in (h.message.names | h.needs)}
        for alias, kind in rule.bindings:
            prefix = f"{alias}." if alias else ""
            fields = KIND_FIELDS[kind]
            own = {n[len(prefix):] for n in names if n.startswith(prefix) and (alias or "." not in n)}
            wanted.setdefault((alias, kind), set()).update(n for n in own if n in fields)
    return {key: frozenset(names) for key, names in wanted.items()}


Cache = dict[tuple[int, str], tuple[dict[str, Any], dict[str, Quantity]]]


def _bindings(facts: Sequence[FactBase], rules: Sequence[Rule], cache: Cache, base: Mapping[str, Any],
              places: Mapping[str, tuple[int, int]] | None = None,
              wanted: Mapping[tuple[str, str], frozenset[str]] | None = None) -> Iterator[tuple[Binding, Sequence[Rule]]]:
    """Every fact of one kind, or every pair of facts of two (each unordered pair once for one kind,
    both ways round where a rule is `ordered`), with the rules of the group that may apply to it.

    A pair is built only for the rules whose required names both facts have, whose one-fact conditions
    (`Rule.sides`) each fact meets, and whose join's equal text names (`Rule.equal_on`) agree: most
    pairs of an article are dropped before a namespace is made for them.
    """

    def bound(fact: FactBase, alias: str) -> tuple[dict[str, Any], dict[str, Quantity]]:
        key = (id(fact), alias)
        if key not in cache:
            cache[key] = bind_fact(fact, alias, places.get(fact.id) if places else None,
                                   wanted.get((alias, fact.kind), frozenset()) if wanted is not None else None)  # type: ignore[attr-defined]
        return cache[key]

    aliases = rules[0].bindings
    if len(aliases) == 1:
        for fact in (f for f in facts if f.kind == aliases[0][1]):  # type: ignore[attr-defined]
            names, quantities = bound(fact, "")
            yield Binding((fact,), {**base, **names}, quantities), rules
        return
    (alias_a, kind_a), (alias_b, kind_b) = aliases
    side_a = [f for f in facts if f.kind == kind_a]  # type: ignore[attr-defined]
    side_b = side_a if kind_a == kind_b else [f for f in facts if f.kind == kind_b]  # type: ignore[attr-defined]
    sides: dict[tuple[int, str], dict[str, Any]] = {}

    def alone(fact: FactBase, alias: str) -> dict[str, Any]:
        """One fact's names over the base, for the one-fact conditions of the group's rules."""
        key = (id(fact), alias)
        if key not in sides:
            sides[key] = {**base, **bound(fact, alias)[0]}
        return sides[key]

    given: dict[tuple[int, str], frozenset[str]] = {}

    def present(fact: FactBase, alias: str) -> frozenset[str]:
        """The names one fact binds to a value (not None)."""
        key = (id(fact), alias)
        if key not in given:
            given[key] = frozenset(name for name, value in bound(fact, alias)[0].items() if value is not None)
        return given[key]

    has_a = [present(f, alias_a) for f in side_a]
    has_b = has_a if (alias_a, kind_a) == (alias_b, kind_b) else [present(f, alias_b) for f in side_b]
    takes = [(_accepted(rule, alias_a, side_a, has_a, alone), _accepted(rule, alias_b, side_b, has_b, alone)) for rule in rules]
    first = [f for f in side_a if any(id(f) in a for a, _ in takes)]
    second = [f for f in side_b if any(id(f) in b for _, b in takes)]
    ordered = any(rule.ordered for rule in rules)
    for fact_a, fact_b, flipped in _nearby_pairs(first, second, kind_a == kind_b, ordered):
        names_a, quantities_a = bound(fact_a, alias_a)
        names_b, quantities_b = bound(fact_b, alias_b)
        applying = [rule for rule, (a, b) in zip(rules, takes)
                    if id(fact_a) in a and id(fact_b) in b and (rule.ordered or not flipped)
                    and all(_side(names_a, names_b, x) == _side(names_a, names_b, y) for x, y in rule.equal_on)]
        if applying:
            yield Binding((fact_a, fact_b), {**base, **names_a, **names_b}, {**quantities_a, **quantities_b}, flipped), applying


def _accepted(rule: Rule, alias: str, facts: list[FactBase], given: list[frozenset[str]], alone) -> set[int]:
    """The facts of one side of a pair rule that have its required names (`given`: the names each
    fact binds to a value) and meet its one-fact conditions."""
    prefix = f"{alias}."
    needed = frozenset(n for n in rule.needs if n.startswith(prefix))
    condition = rule.sides.get(alias)
    blank = [n for n in rule.blank if n.startswith(prefix)]
    out = set()
    for fact, names in zip(facts, given):
        if not needed <= names:
            continue
        if condition is not None:
            namespace = alone(fact, alias)
            if blank and any(namespace.get(n) is None for n in blank):
                namespace = {**namespace, **{n: "" for n in blank if namespace.get(n) is None}}
            if not _holds(condition, namespace):
                continue
        out.add(id(fact))
    return out


def _side(names_a: Mapping[str, Any], names_b: Mapping[str, Any], name: str) -> Any:
    """A dotted name's value from whichever side of a pair holds it."""
    return names_a[name] if name in names_a else names_b.get(name)


# Facts further apart than this are not paired. A wrap is a few thousand characters, so within one
# article every pair is read; a megabyte of text no longer costs the square of its facts.
PAIR_WINDOW = 10_000


def _nearby_pairs(first: list[FactBase], second: list[FactBase], same_kind: bool, ordered: bool
                  ) -> Iterator[tuple[FactBase, FactBase, bool]]:
    """Pairs (a, b, reversed) of facts within PAIR_WINDOW characters of each other.

    For one kind each unordered pair comes once (a before b in the text), or both ways round when a
    rule is `ordered` (`reversed` True for the second way). Both lists are in text order.
    """
    starts = [f.span.start for f in second]
    for a in first:
        lo = bisect_left(starts, a.span.start - PAIR_WINDOW)
        hi = bisect_right(starts, a.span.start + PAIR_WINDOW)
        for b in second[lo:hi]:
            if not same_kind:
                yield a, b, False
            elif b is not a:
                later = (b.span.start, b.span.end, b.id) > (a.span.start, a.span.end, a.id)
                if later or ordered:
                    yield a, b, not later


def _holds(expr: Expr, namespace: dict[str, Any]) -> bool | None:
    """The truth of a condition, or None when it cannot be evaluated for this binding."""
    try:
        return bool(expr(namespace))
    except EVALUATION_ERRORS:
        return None


def _present(names: Iterable[str], namespace: Mapping[str, Any]) -> bool:
    return all(namespace.get(name) is not None for name in names)


def judge(rule: Rule, binding: Binding) -> tuple[bool | None, Binding]:
    """Whether one rule holds for one binding (None: it does not apply), and the binding it read."""
    if binding.reversed and not rule.ordered:
        return None, binding
    blanks = [name for name in rule.blank if binding.namespace.get(name) is None] if rule.blank else ()
    if blanks:
        binding = binding._replace(namespace={**binding.namespace, **{name: "" for name in blanks}})
    ns = binding.namespace
    if not _present(rule.needs, ns):
        return None, binding
    if rule.join is not None and not _holds(rule.join, ns):
        return None, binding
    try:
        for name, expr in rule.lets:
            ns[name] = expr(ns)
        if rule.when is not None and not rule.when(ns):
            return None, binding
        return bool(rule.check(ns)), binding
    except EVALUATION_ERRORS:
        return None, binding


def _apply(rule: Rule, binding: Binding, document_id: str, checked: set[tuple[int, int]]) -> Finding | None:
    """Run one rule on one binding; mark its figures checked when it applies."""
    ok, binding = judge(rule, binding)
    if ok is None:
        return None
    figures = [binding.quantities[n] for n in rule.quantities if n in binding.quantities]
    for q in figures:
        checked.add((q.span.start, q.span.end))
    if ok:
        return None
    return _finding(rule, binding, figures, document_id)


def as_written(rule: Rule, binding: Binding) -> dict[str, Any]:
    """The namespace with every figure at its value as written, lets recomputed: the arithmetic shown."""
    ns = dict(binding.namespace)
    for name, q in binding.quantities.items():
        ns[name] = Interval.point(q.magnitude)
    try:
        for name, expr in rule.lets:
            ns[name] = expr(ns)
    except EVALUATION_ERRORS:
        return binding.namespace
    return ns


# The names through which a rule rests on a fact's subject or session, beside its figures.
_PART_NAMES = {"subject": ("subject", "entity", "subject_type", "sector"), "session": ("period", "session_day", "sessions")}


def looseness(fact: FactBase) -> dict[str, str]:
    """The parts of a fact read loosely, and why: its own record, and a subject found through an anaphor."""
    subject = getattr(fact, "subject", None)
    if subject is None or not subject.inferred or "subject" in fact.loose:
        return fact.loose
    return {**fact.loose, "subject": f"the subject was not named in its clause ({subject.inferred})"}


def assumptions(rule: Rule, binding: Binding) -> tuple[str, ...]:
    """Why a finding of `rule` on `binding` is not certain: the loose parts of its facts that the rule reads."""
    reasons: list[str] = []
    for (alias, _), fact in zip(rule.bindings, binding.facts):
        prefix = f"{alias}." if alias else ""
        for part, why in looseness(fact).items():
            if any(prefix + name in rule.reads for name in _PART_NAMES.get(part, (part,))) and why not in reasons:
                reasons.append(why)
    return tuple(reasons)


def _finding(rule: Rule, binding: Binding, figures: list[Quantity], document_id: str) -> Finding:
    ns = binding.namespace
    shown = as_written(rule, binding)
    decimals = max((q.decimals for q in figures), default=DEFAULT_DECIMALS)
    message = render(rule.message, shown, binding.quantities, decimals)
    for hint in rule.hints:
        if _present(hint.needs, ns) and _holds(hint.when, ns):
            message = f"{message.rstrip()} {render(hint.message, shown, binding.quantities, decimals)}"
    suspect = binding.quantities.get(rule.suspect) if rule.suspect else None
    expected = None
    if rule.expected is not None:
        try:
            expected = _format_expected(rule.expected(shown), suspect, decimals)
        except EVALUATION_ERRORS:
            expected = None
    spans: dict[tuple[int, int], Span] = {}
    for q in figures:
        spans.setdefault((q.span.start, q.span.end), q.span)
    suspect_span = suspect.span if suspect is not None else None
    if rule.suspect_fact is not None:
        suspect_span = binding.facts[rule.suspect_fact].span
        spans.setdefault((suspect_span.start, suspect_span.end), suspect_span)
    ordered = tuple(span for _, span in sorted(spans.items()))
    severity, assumed = rule.severity, assumptions(rule, binding)
    if assumed and severity == Severity.ERROR:
        severity = Severity.WARNING
        message = f"{message.rstrip()} A warning, not an error: {'; '.join(assumed)}."
    return Finding(
        rule=rule.id,
        severity=severity,
        title=rule.title,
        message=message,
        assumptions=assumed,
        spans=ordered,
        suspect=suspect_span,
        facts=tuple(f.id for f in binding.facts),
        expected=expected,
        fingerprint=fingerprint(rule.id, document_id, ordered),
    )


def _format_expected(value: Any, suspect: Quantity | None, decimals: int) -> str | None:
    """The consistent value at the suspect's reported precision and scale, grouped as wires write."""
    figure = number(value)
    if figure is None:
        return None
    if suspect is None:
        return format_decimal(figure, decimals)
    return format_decimal(figure / SCALE_FACTORS[suspect.scale], suspect.decimals)


def number(value: Any) -> Decimal | None:
    if isinstance(value, Interval):
        mid = value.mid
        return None if mid.is_infinite() else mid
    if isinstance(value, (Decimal, int, float)) and not isinstance(value, bool):
        return Decimal(str(value))
    return None


def render(template: Template, namespace: Mapping[str, Any], quantities: Mapping[str, Quantity],
           decimals: int) -> str:
    """A message with figures as written, computed values at the rule's precision or the given one."""
    out = []
    for literal, name, spec in template.parts:
        out.append(literal)
        if name is None:
            continue
        places = int(spec[1:-1]) if spec else None
        quantity = quantities.get(name)
        if quantity is not None:
            signed = -quantity.value if quantity.negative else quantity.value
            out.append(format_decimal(signed, places) if places is not None else quantity.span.text)
            continue
        value = namespace.get(name)
        figure = number(value)
        if figure is not None:
            out.append(format_decimal(figure, places if places is not None else decimals))
        else:
            out.append("?" if value is None or isinstance(value, Interval) else str(value))
    return "".join(out)


def aggregates(facts: Sequence[FactBase]) -> dict[str, Any]:
    """What rules may count across a document: companies' session moves by (sector, direction)."""
    sector_moves: Counter[tuple[str, int]] = Counter()
    for fact in facts:
        subject = getattr(fact, "subject", None)
        if (fact.kind == "move" and subject is not None and subject.sector  # type: ignore[attr-defined]
                and subject.type == "stock" and fact.period == "session" and fact.direction):  # type: ignore[attr-defined]
            sector_moves[(subject.sector, fact.direction)] += 1  # type: ignore[attr-defined]
    return {"sector_moves": sector_moves}


def evaluate(facts: Sequence[FactBase], ruleset: RuleSet, *, document_id: str,
             document_date: dt.date | None = None, places: Mapping[str, tuple[int, int]] | None = None) -> Evaluation:
    """Every rule over every fact (or joined pair) it reads: findings in text order, spans checked."""
    from .locate import locate, locate_across  # it reads rules the way this module does

    base = {**BASE_NAMESPACE, "article_date": document_date, DOCUMENT: aggregates(facts)}
    wanted = wanted_names(ruleset)
    cache: Cache = {}
    findings: list[Finding] = []
    checked: set[tuple[int, int]] = set()
    across: list[tuple[Binding, list[tuple[Rule, Finding]]]] = []
    for group in ruleset.by_kind.values():
        # The kinds fix the aliases, so a group shares one namespace per fact (or pair).
        one_fact = len(group[0].bindings) == 1
        for binding, rules in _bindings(facts, group, cache, base, places, wanted):
            fired = []
            for rule in rules:
                finding = _apply(rule, binding, document_id, checked)
                if finding is not None:
                    fired.append((rule, finding))
            if one_fact and fired:
                try:
                    locate(group, binding, fired)
                except EVALUATION_ERRORS:
                    pass  # no figure blamed beyond what each rule declares
            if fired and not one_fact:
                across.append((binding, fired))  # blamed once every fact's own rules are known
            else:
                findings += [finding for _, finding in fired]

    def alone(fact: FactBase) -> tuple[Sequence[Rule], Binding]:
        """The rules over one fact, and the fact bound alone as they read it."""
        names, quantities = cache.get((id(fact), "")) or bind_fact(fact, "", places.get(fact.id) if places else None,
                                                                   wanted.get(("", fact.kind), frozenset()))  # type: ignore[attr-defined]
        return ruleset.by_kind.get(fact.kind, ()), Binding((fact,), {**base, **names}, quantities)  # type: ignore[attr-defined]

    for binding, fired in across:
        try:
            locate_across(binding, fired, alone)
        except EVALUATION_ERRORS:
            pass
        findings += [finding for _, finding in fired]
    findings = one_per_slip(findings, document_id)
    findings.sort(key=_position)
    return Evaluation(findings, checked)


def _position(finding: Finding) -> tuple[int, int, str]:
    first = finding.spans[0].start if finding.spans else -1
    return first, finding.suspect.start if finding.suspect else -1, finding.rule
