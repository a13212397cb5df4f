"""Whether one rule holds for one binding: the conditions, lets and check, evaluated safely.

Evaluation runs every rule through `judge`; errorlocate runs it again on bindings with one figure
corrected, so it lives below both.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .binding import Binding
from .expr import Expr
from .numbers import Interval

if TYPE_CHECKING:
    from .ruleset import Rule

# What makes a rule not apply to one binding instead of failing the run: arithmetic on an
# unbounded reading, or a value of an unexpected type from a hand-built fact.
EVALUATION_ERRORS = (ArithmeticError, TypeError, ValueError)


def holds(expr: Expr, namespace: dict[str, Any]) -> bool | None:
    """The truth of a condition, or None when it cannot be evaluated for this binding."""
    try:
        return bool(expr(namespace))
    except EVALUATION_ERRORS:
        return None


def present(names: Iterable[str], namespace: Mapping[str, Any]) -> bool:
    return all(namespace.get(name) is not None for name in names)


def judge(rule: Rule, binding: Binding) -> tuple[bool | None, Binding]:
    """Whether one rule holds for one binding (None: it does not apply), and the binding it read."""
    if binding.reversed and not rule.ordered:
        return None, binding
    blanks = [name for name in rule.blank if binding.namespace.get(name) is None] if rule.blank else ()
    if blanks:
        binding = binding._replace(namespace={**binding.namespace, **{name: "" for name in blanks}})
    ns = binding.namespace
    if not present(rule.needs, ns):
        return None, binding
    if rule.join is not None and not holds(rule.join, ns):
        return None, binding
    try:
        for name, expr in rule.lets:
            ns[name] = expr(ns)
        if rule.when is not None and not rule.when(ns):
            return None, binding
        return bool(rule.check(ns)), binding
    except EVALUATION_ERRORS:
        return None, binding


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


def number(value: Any) -> Decimal | None:
    """A computed value as one decimal: an Interval's midpoint, a plain number; else None."""
    if isinstance(value, Interval):
        mid = value.mid
        return None if mid.is_infinite() else mid
    if isinstance(value, (Decimal, int, float)) and not isinstance(value, bool):
        return Decimal(str(value))
    return None
