"""Which facts, and which pairs of facts, each group of rules reads: built before any rule runs.

A pair rule names what its two sides need (`Rule.needs`, one-fact conditions `Rule.sides`, equal
text names `Rule.equal_on`), so most pairs of an article are dropped before a namespace is made.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .binding import Binding, Cache, bind_fact
from .facts import FactBase
from .judging import holds
from .numbers import Quantity

if TYPE_CHECKING:
    from .ruleset import Rule

# Facts further apart than this are not paired. A wrap is a few thousand characters, so within one
# article every pair is read; a megabyte of text no longer costs the square of its facts.
PAIR_WINDOW = 10_000


def bindings(facts: Sequence[FactBase], rules: Sequence[Rule], cache: Cache, base: Mapping[str, Any],
             places: Mapping[str, tuple[int, int]] | None = None,
             wanted: Mapping[tuple[str, str], frozenset[str]] | None = None) -> Iterator[tuple[Binding, Sequence[Rule]]]:
    """Every fact of one kind, or every pair of facts of two (each unordered pair once for one kind,
    both ways round where a rule is `ordered`), with the rules of the group that may apply to it.

    A pair is built only for the rules whose required names both facts have, whose one-fact conditions
    (`Rule.sides`) each fact meets, and whose join's equal text names (`Rule.equal_on`) agree.
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
            if not holds(condition, namespace):
                continue
        out.add(id(fact))
    return out


def _side(names_a: Mapping[str, Any], names_b: Mapping[str, Any], name: str) -> Any:
    """A dotted name's value from whichever side of a pair holds it."""
    return names_a[name] if name in names_a else names_b.get(name)


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
