"""A fact's names as rules read them: bound once per fact (quantities as Intervals, the subject as
its display name) and shared by every rule over its kind."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from .facts import FactBase
from .fields import KIND_FIELDS
from .numbers import Quantity

if TYPE_CHECKING:
    from .ruleset import RuleSet


class Binding(NamedTuple):
    """The names of one fact (or pair of facts) as rules read them, and the figures behind them."""

    facts: tuple[FactBase, ...]
    namespace: dict[str, Any]
    quantities: dict[str, Quantity]
    reversed: bool = False  # a pair of one kind in the order opposite to the text's


# Each fact's names and quantities, bound once per (fact, alias) for a document.
Cache = dict[tuple[int, str], tuple[dict[str, Any], dict[str, Quantity]]]


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
