"""A failed rule's Finding: its message with the figures as written, the value that would make the
figures agree, and the loose readings that lower an error to a warning."""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .binding import Binding
from .facts import FactBase
from .findings import Finding, Severity, fingerprint
from .judging import EVALUATION_ERRORS, as_written, holds, number, present
from .numbers import SCALE_FACTORS, Interval, Quantity, format_decimal
from .spans import Span

if TYPE_CHECKING:
    from .ruleset import Rule, Template

DEFAULT_DECIMALS = 2
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


def finding(rule: Rule, binding: Binding, figures: list[Quantity], document_id: str) -> Finding:
    """The finding of `rule` failing on `binding`; `figures` are the quantities the rule examined."""
    ns = binding.namespace
    shown = as_written(rule, binding)
    decimals = max((q.decimals for q in figures), default=DEFAULT_DECIMALS)
    message = render(rule.message, shown, binding.quantities, decimals)
    for hint in rule.hints:
        if present(hint.needs, ns) and holds(hint.when, ns):
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
