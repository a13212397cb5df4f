"""The report as JSON, in the shape `verifier/schemas/report.schema.json` publishes.

Decimals stay strings ("2.20" is not 2.2). The document text is left out unless asked for:
spans carry the figures as written, and a report of a thousand articles should not carry them all.
"""
from __future__ import annotations

import json
from typing import Any

from ..findings import RunReport


def as_data(report: RunReport, *, include_text: bool = False) -> dict[str, Any]:
    """The JSON-ready value of a report: model field order, rules sorted by id."""
    exclude = None if include_text else {"documents": {"__all__": {"text"}}}
    data = report.model_dump(mode="json", exclude=exclude)
    data["rules"] = {rule: data["rules"][rule] for rule in sorted(data["rules"])}
    if include_text:
        for doc in data["documents"]:
            if doc.get("text") is None:
                doc.pop("text", None)
    return data


def render(report: RunReport, *, include_text: bool = False) -> str:
    """Indented, UTF-8 as is (no \\u escapes), one trailing newline; byte-identical for equal reports."""
    return json.dumps(as_data(report, include_text=include_text), indent=2, ensure_ascii=False) + "\n"
