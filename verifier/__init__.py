"""verifier: a consistency checker for financial market news.

Public API: `check` (one article's text -> DocumentReport), `check_many` (inputs -> reports,
optionally in parallel), `load_ruleset`, `load_lexicon`, and the report models. Names are
imported on first use, so `import verifier` (and the pytest plugin) stays cheap.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

_EXPORTS = {
    "check": "checking",
    "check_document": "checking",
    "check_many": "checking",
    "run_report": "checking",
    "Document": "document",
    "parse_document": "document",
    "DocumentReport": "findings",
    "Finding": "findings",
    "RunReport": "findings",
    "Severity": "findings",
    "load_ruleset": "ruleset",
    "load_lexicon": "lexicon",
}

if TYPE_CHECKING:
    from .checking import check, check_document, check_many, run_report
    from .document import Document, parse_document
    from .findings import DocumentReport, Finding, RunReport, Severity
    from .lexicon import load_lexicon
    from .ruleset import load_ruleset


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'verifier' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


__all__ = [*_EXPORTS, "__version__"]
