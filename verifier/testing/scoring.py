"""Scoring a checker's report against ground truth: was the slip flagged where it was planted, were figures read.

Shared by the property tests and `benchmarks/mutation_score.py`, so both count the same way.
"""
from __future__ import annotations

from typing import Any

from ..numbers import Quantity
from .mutations import Mutation
from .truth import Figure, GeneratedArticle


def quantities(node: object) -> list[Quantity]:
    """Every Quantity anywhere in a tree of fact models (or lists of them)."""
    if isinstance(node, Quantity):
        return [node]
    if isinstance(node, (list, tuple)):
        return [q for item in node for q in quantities(item)]
    fields = getattr(type(node), "model_fields", None)
    return [q for name in fields for q in quantities(getattr(node, name))] if fields else []


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


def missed_figures(article: GeneratedArticle, report: Any) -> list[Figure]:
    """Ground-truth figures no extracted quantity covers with the same value as written."""
    found = quantities(list(report.facts))
    return [fig for fig in article.figures
            if not any(q.span.start <= fig.start and fig.end <= q.span.end and q.value == fig.value for q in found)]
