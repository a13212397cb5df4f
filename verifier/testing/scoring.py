"""Scoring a checker's report against ground truth: was the slip flagged where it was planted, were figures read.

Shared by the property tests and `benchmarks/mutation_score.py`, so both count the same way.
"""
from __future__ import annotations

from typing import Any

from ..numbers import Quantity
from .planting import Mutation
from .truth import Figure, GeneratedArticle


# The fact field a ground-truth field is read into, where the names differ ("more than 350 points").
FIELD_READ_AS = {"floor": "change"}


def roles(node: object, field: str = "") -> list[tuple[str, Quantity]]:
    """Every Quantity in a tree of fact models, with the name of the field that holds it."""
    if isinstance(node, Quantity):
        return [(field, node)]
    if isinstance(node, (list, tuple)):
        return [pair for item in node for pair in roles(item, field)]
    fields = getattr(type(node), "model_fields", None)
    return [pair for name in fields for pair in roles(getattr(node, name), name)] if fields else []


def flags(report: Any, mutation: Mutation, rule: str) -> bool:
    """Some finding of `rule` marks a figure (or its suspect) overlapping the planted span."""
    start, end = mutation.span
    for finding in report.findings:
        if finding.rule != rule:
            continue
        marked = (*finding.spans, *((finding.suspect,) if finding.suspect else ()))
        if any(s.start < end and start < s.end for s in marked):
            return True
    return False


def locates(report: Any, mutation: Mutation, rule: str) -> bool:
    """Some finding of `rule` names the planted span as its suspect: the slip is blamed, not just seen."""
    start, end = mutation.span
    return any(f.rule == rule and f.suspect is not None and f.suspect.start < end and start < f.suspect.end
               for f in report.findings)


def missed_figures(article: GeneratedArticle, report: Any) -> list[Figure]:
    """Ground-truth figures not read into their own field (a close read as breadth is missed)
    with their exact span and value."""
    found = roles(list(report.facts))
    missed = []
    for fig in article.figures:
        field = fig.key.split(".", 1)[1]
        want = FIELD_READ_AS.get(field, field)
        if not any(name == want and q.span.start <= fig.start and fig.end <= q.span.end and q.value == fig.value
                   for name, q in found):
            missed.append(fig)
    return missed
