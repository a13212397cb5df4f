"""A document's facts against the rules: fire every rule, then name the figure to blame, then keep
one finding per slip. Pure: no I/O, no report formatting."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from .binding import Binding, Cache, bind_fact, wanted_names
from .expr import BASE_NAMESPACE, DOCUMENT
from .facts import FactBase
from .findings import Finding
from .firing import aggregates, fire
from .locate import blame
from .merging import one_per_slip

if TYPE_CHECKING:
    from .ruleset import Rule, RuleSet


class Evaluation(NamedTuple):
    """The findings of one document, in text order, and the figure spans some rule examined."""

    findings: list[Finding]
    checked: set[tuple[int, int]]


def evaluate(facts: Sequence[FactBase], ruleset: RuleSet, *, document_id: str,
             document_date: dt.date | None = None, places: Mapping[str, tuple[int, int]] | None = None) -> Evaluation:
    """Every rule over every fact (or joined pair) it reads: findings in text order, spans checked."""
    base = {**BASE_NAMESPACE, "article_date": document_date, DOCUMENT: aggregates(facts)}
    wanted = wanted_names(ruleset)
    cache: Cache = {}
    firing = fire(facts, ruleset, document_id=document_id, base=base, cache=cache, places=places, wanted=wanted)

    def alone(fact: FactBase) -> tuple[Sequence[Rule], Binding]:
        """The rules over one fact, and the fact bound alone as they read it."""
        names, quantities = cache.get((id(fact), "")) or bind_fact(fact, "", places.get(fact.id) if places else None,
                                                                   wanted.get(("", fact.kind), frozenset()))  # type: ignore[attr-defined]
        return ruleset.by_kind.get(fact.kind, ()), Binding((fact,), {**base, **names}, quantities)  # type: ignore[attr-defined]

    blame(firing, alone)
    findings = [found for fired in (*firing.single, *firing.across) for _, found in fired.fired]
    findings = one_per_slip(findings, document_id)
    findings.sort(key=_position)
    return Evaluation(findings, firing.checked)


def _position(finding: Finding) -> tuple[int, int, str]:
    first = finding.spans[0].start if finding.spans else -1
    return first, finding.suspect.start if finding.suspect else -1, finding.rule
