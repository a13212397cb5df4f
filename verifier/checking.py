"""The pipeline: Document -> extraction -> rules -> DocumentReport, a pure function per document.

Each document is checked alone, so a run can be split across processes in any order.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from .document import Document, HeaderError, parse_document
from .findings import INTERNAL_ERROR, Coverage, DocumentReport, InputError, RunReport, VerifierInfo, summarize

if TYPE_CHECKING:
    from .extract import Extraction
    from .config import Settings
    from .lexicon import Lexicon
    from .ruleset import RuleSet
    from .sources import Loaded


@lru_cache(maxsize=1)
def default_ruleset() -> "RuleSet":
    """The built-in packs, loaded and compiled once per process."""
    from .ruleset import load_ruleset

    return load_ruleset()


@lru_cache(maxsize=1)
def default_lexicon() -> "Lexicon":
    from .lexicon import load_lexicon

    return load_lexicon()


def coverage_of(extraction: "Extraction", checked: set[tuple[int, int]]) -> Coverage:
    """Mentions found, bound to a fact, and examined by a rule; the unbound ones listed."""
    from .extract import bound

    bound_mentions = bound(extraction)
    bound_set = {(m.start, m.end) for m in bound_mentions}
    checked_spans = sorted(checked)
    starts = [s for s, _ in checked_spans]
    checked_count = 0
    for mention in bound_mentions:
        i = bisect_right(starts, mention.start) - 1
        while i >= 0:
            if checked_spans[i][1] >= mention.end:
                checked_count += 1
                break
            i -= 1
    return Coverage(
        mentions=len(extraction.mentions),
        bound=len(bound_mentions),
        checked=checked_count,
        unbound=tuple(m for m in extraction.mentions if (m.start, m.end) not in bound_set),
    )


def check_document(document: Document, ruleset: "RuleSet | None" = None, lexicon: "Lexicon | None" = None) -> DocumentReport:
    """Extract facts, run the rules, and measure coverage for one document."""
    from .evaluate import evaluate
    from .extract import extract

    ruleset = ruleset if ruleset is not None else default_ruleset()
    lexicon = lexicon if lexicon is not None else default_lexicon()
    extraction = extract(document, lexicon)
    evaluation = evaluate(extraction.facts, ruleset, document_id=document.id, document_date=document.date,
                          places=extraction.places)
    return DocumentReport(
        id=document.id,
        source=document.source,
        title=document.title,
        date=document.date,
        text=document.text,
        facts=extraction.facts,
        findings=tuple(evaluation.findings),
        coverage=coverage_of(extraction, evaluation.checked),
    )


def rejected_report(id: str, error: InputError, text: str | None = None) -> DocumentReport:
    return DocumentReport(id=id, text=text, errors=(error,))


def check(
    text: str,
    date: dt.date | str | None = None,
    *,
    id: str = "-",
    ruleset: "RuleSet | None" = None,
    lexicon: "Lexicon | None" = None,
) -> DocumentReport:
    """Check one article given as text (an optional header is read, as in files)."""
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    try:
        document = parse_document(text, id, date)
    except HeaderError as exc:
        return rejected_report(id, InputError(code="bad-header", message=f"{id}:{exc.line}: {exc}", line=exc.line), text)
    return checked_apart(document, ruleset, lexicon)


def build(settings: "Settings | None" = None) -> tuple["RuleSet", "Lexicon"]:
    """The RuleSet and Lexicon that settings ask for (built-ins plus user folders, filtered).

    Built once per distinct settings in a process: the CLI asks before the run (to list the rules
    in the report) and the run asks again, and user rule files should be read and compiled once.
    """
    if settings is None:
        return default_ruleset(), default_lexicon()
    return _build(settings.model_dump_json())


@lru_cache(maxsize=8)
def _build(settings_json: str) -> tuple["RuleSet", "Lexicon"]:
    from .config import Settings
    from .lexicon import load_lexicon
    from .ruleset import load_ruleset

    settings = Settings.model_validate_json(settings_json)
    ruleset = load_ruleset(settings.rules) if settings.rules else default_ruleset()
    if settings.select:
        ruleset = ruleset.select(settings.select)
    if settings.ignore:
        ruleset = ruleset.ignore(settings.ignore)
    if settings.severity:
        ruleset = ruleset.with_severity(settings.severity)
    lexicon = load_lexicon(settings.lexicon) if settings.lexicon else default_lexicon()
    return ruleset, lexicon


def check_loaded(item: "Loaded", ruleset: "RuleSet | None" = None, lexicon: "Lexicon | None" = None) -> DocumentReport:
    """A Document is checked; a rejected input becomes a report that carries its error."""
    if isinstance(item, Document):
        return checked_apart(item, ruleset, lexicon)
    return rejected_report(item.id, item.error)


def checked_apart(document: Document, ruleset: "RuleSet | None" = None, lexicon: "Lexicon | None" = None) -> DocumentReport:
    """One document checked in isolation: a bug met on it becomes an `internal-error` entry of its report
    (the traceback on stderr under VERIFIER_DEBUG=1), and the other documents of the run are still checked."""
    try:
        return check_document(document, ruleset, lexicon)
    except Exception as exc:  # noqa: BLE001 - any bug, reported per document, never a lost run
        if os.environ.get("VERIFIER_DEBUG"):
            traceback.print_exc(file=sys.stderr)
        message = (f"{document.id}: internal error while checking ({type(exc).__name__}: {exc}); "
                   "a bug in verifier, please report it (VERIFIER_DEBUG=1 prints the traceback)")
        return DocumentReport(id=document.id, source=document.source, title=document.title, date=document.date,
                              text=document.text, errors=(InputError(code=INTERNAL_ERROR, message=" ".join(message.split())),))


_worker: tuple["RuleSet", "Lexicon"] | None = None


def _init_worker(settings: "Settings | None") -> None:
    # Compiled rules hold code objects, which do not pickle: each worker builds its own once.
    global _worker
    _worker = build(settings)


def _check_chunk(items: list["Loaded"]) -> list[DocumentReport]:
    assert _worker is not None
    return [check_loaded(item, *_worker) for item in items]


def check_many(
    items: Iterable["Loaded"],
    settings: "Settings | None" = None,
    *,
    jobs: int = 1,
    chunk_size: int = 32,
) -> Iterator[DocumentReport]:
    """Check documents (and report rejected inputs) in input order, optionally across processes."""
    if jobs <= 1:
        ruleset, lexicon = build(settings)
        for item in items:
            yield check_loaded(item, ruleset, lexicon)
        return
    from concurrent.futures import ProcessPoolExecutor  # only a parallel run pays its import

    iterator = iter(items)
    chunks = iter(lambda: list(islice(iterator, chunk_size)), [])
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        for reports in pool.map(_check_chunk, chunks):
            yield from reports


def run_report(documents: Iterable[DocumentReport], ruleset: "RuleSet | None" = None) -> RunReport:
    """Gather document reports into the run report renderers read, with the rules they cite."""
    from . import __version__

    documents = tuple(documents)
    ruleset = ruleset if ruleset is not None else default_ruleset()
    rules = {
        rule.id: {"title": rule.title, "severity": str(rule.severity), "explain": rule.explain.strip()}
        for rule in ruleset.rules
    }
    return RunReport(
        verifier=VerifierInfo(version=__version__),
        documents=documents,
        summary=summarize(documents),
        rules=rules,
    )
