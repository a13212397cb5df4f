"""Every rule over every fact (or joined pair) it reads: the findings of the rules that fail, per
binding, and the figures some rule examined. Which figure is to blame is left to errorlocate."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from .binding import Binding, Cache
from .facts import FactBase
from .findings import Finding
from .judging import judge
from .pairing import bindings
from .wording import finding

if TYPE_CHECKING:
    from .ruleset import Rule, RuleSet


class Fired(NamedTuple):
    """The failing rules of one binding and their findings, with the group of rules it was read by."""

    rules: Sequence[Rule]
    binding: Binding
    fired: list[tuple[Rule, Finding]]


class Firing(NamedTuple):
    """A document's failing rules: those over one fact and those over pairs, in the order run."""

    single: list[Fired]
    across: list[Fired]
    checked: set[tuple[int, int]]


def aggregates(facts: Sequence[FactBase]) -> dict[str, Any]:
    """What rules may count across a document: companies' session moves by (sector, direction)."""
    sector_moves: Counter[tuple[str, int]] = Counter()
    for fact in facts:
        subject = getattr(fact, "subject", None)
        if (fact.kind == "move" and subject is not None and subject.sector  # type: ignore[attr-defined]
                and subject.type == "stock" and fact.period == "session" and fact.direction):  # type: ignore[attr-defined]
            sector_moves[(subject.sector, fact.direction)] += 1  # type: ignore[attr-defined]
    return {"sector_moves": sector_moves}


def fire(facts: Sequence[FactBase], ruleset: RuleSet, *, document_id: str, base: Mapping[str, Any], cache: Cache,
         places: Mapping[str, tuple[int, int]] | None, wanted: Mapping[tuple[str, str], frozenset[str]]) -> Firing:
    """Run each group of rules (one per kind or pair of kinds) on the bindings built for it."""
    single: list[Fired] = []
    across: list[Fired] = []
    checked: set[tuple[int, int]] = set()
    for group in ruleset.by_kind.values():
        # The kinds fix the aliases, so a group shares one namespace per fact (or pair).
        out = single if len(group[0].bindings) == 1 else across
        for binding, rules in bindings(facts, group, cache, base, places, wanted):
            fired = []
            for rule in rules:
                found = _apply(rule, binding, document_id, checked)
                if found is not None:
                    fired.append((rule, found))
            if fired:
                out.append(Fired(group, binding, fired))
    return Firing(single, across, checked)


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
    return finding(rule, binding, figures, document_id)
