"""`verifier extract`: the facts read from each document, as a table or as JSON.

Shows what was understood and what was not (unbound numbers), so a gap in extraction is visible.
"""
from __future__ import annotations

import json

from .findings import DocumentReport
from .numbers import Quantity

_SKIP = {"id", "kind", "span", "subject"}


def _figures(fact) -> str:
    parts = []
    for name in type(fact).model_fields:
        if name in _SKIP:
            continue
        value = getattr(fact, name)
        if isinstance(value, Quantity):
            parts.append(f"{name}={value.span.text}")
        elif name in ("verb", "claim", "relation", "metric", "comparison") and value:
            parts.append(f"{name}={value}")
        elif name == "direction" and value:
            parts.append("up" if value > 0 else "down")
        elif name in ("period", "role") and value not in (None, "session"):
            parts.append(f"{name}={value}")
        elif name in ("resolved", "sessions") and value is not None:
            parts.append(f"{name}={value}")
    return " ".join(parts)


def _subject(fact) -> str:
    subject = getattr(fact, "subject", None)
    if subject is None:
        return ""
    return subject.name or subject.text


def render_table(documents: list[DocumentReport]) -> str:
    lines: list[str] = []
    for document in documents:
        lines.append(f"== {document.id}")
        for error in document.errors:
            lines.append(f"   error: {error.message}")
        for fact in document.facts:
            where = f"{fact.span.line}:{fact.span.column}"
            lines.append(f"{fact.id:>5} {where:>7}  {fact.kind:<11} {_subject(fact):<28} {_figures(fact)}")
        c = document.coverage
        if not document.errors:
            lines.append(f"   {c.bound} of {c.mentions} numbers bound to facts, {c.checked} checked by a rule")
            if c.unbound:
                lines.append("   not understood: " + ", ".join(f"{s.text!r} ({s.line}:{s.column})" for s in c.unbound))
        lines.append("")
    return "\n".join(lines)


def render_json(documents: list[DocumentReport]) -> str:
    body = {
        "documents": [
            {
                "id": d.id,
                "date": d.date.isoformat() if d.date else None,
                "facts": [f.model_dump(mode="json") for f in d.facts],
                "coverage": d.coverage.model_dump(mode="json"),
                "errors": [e.model_dump(mode="json") for e in d.errors],
            }
            for d in documents
        ]
    }
    return json.dumps(body, indent=2, ensure_ascii=False)


def render_facts(documents: list[DocumentReport], fmt: str) -> str:
    return render_json(documents) if fmt == "json" else render_table(documents)
