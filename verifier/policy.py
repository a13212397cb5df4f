"""What the newsroom has accepted: baselines of fingerprints and acknowledgements in headers.

Applied to a finished RunReport, after the rules. An acknowledgement needs a rule id and a
reason (`verifier-ignore: close-outside-range -- the exchange corrected the low`); one that
matches nothing is reported as info, a malformed one as an error: never a blanket ignore.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .config import Settings
from .document import HeaderError, parse_document
from .errors import DataFileError
from .findings import DocumentReport, Finding, RunReport, Severity, fingerprint, summarize
from .spans import LineIndex

ACK_KEY = "verifier-ignore"
_ACK = re.compile(r"^(?P<key>verifier-ignore)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*\r?$", re.M | re.I)
_ACK_VALUE = re.compile(r"(?P<rules>[a-z0-9*?\[\]-]+(?:[ \t]*,[ \t]*[a-z0-9*?\[\]-]+)*)[ \t]+--[ \t]+(?P<reason>\S.*)")

META_RULES = {
    "acknowledgement-malformed": {
        "title": "An acknowledgement in the header cannot be read",
        "severity": "error",
        "explain": "Write `verifier-ignore: <rule-id>[, <rule-id>] -- <reason>`. A reason is required so that "
        "every accepted finding says why it was accepted; a malformed line ignores nothing.",
    },
    "acknowledgement-unused": {
        "title": "An acknowledgement matched no finding",
        "severity": "info",
        "explain": "The rule it names did not fire on this article (any more): remove the line so that it "
        "cannot hide a future slip.",
    },
}


class BaselineError(DataFileError):
    """A baseline file that cannot be read."""


def read_baseline(path: Path) -> frozenset[str]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: baseline is not JSON: {exc}") from None
    prints = data.get("fingerprints") if isinstance(data, dict) else None
    if not isinstance(prints, list) or not all(isinstance(p, str) for p in prints):
        raise BaselineError(f'{path}: baseline needs {{"fingerprints": ["...", ...]}}')
    return frozenset(prints)


def write_baseline(report: RunReport, path: Path) -> int:
    """Write the fingerprints of every finding in the report; returns how many."""
    prints = sorted({f.fingerprint for d in report.documents for f in d.findings})
    body = {"verifier": report.verifier.version, "fingerprints": prints}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")
    return len(prints)


def _acknowledge(document: DocumentReport) -> DocumentReport:
    """Drop findings acknowledged in the header; report unused and malformed acknowledgements."""
    text = document.text or ""
    try:
        header = text[: parse_document(text, document.id).body_start]
    except HeaderError:
        return document
    acks = list(_ACK.finditer(header))
    if not acks:
        return document
    from fnmatch import fnmatchcase

    lines = LineIndex(text)
    kept = list(document.findings)
    extra: list[Finding] = []
    for match in acks:
        span = lines.span(match.start("value"), match.end("value")) if match["value"] else lines.span(match.start(), match.end())
        parsed = _ACK_VALUE.fullmatch(match["value"])
        if parsed is None:
            extra.append(_meta("acknowledgement-malformed", document.id, span,
                               f"cannot read acknowledgement {match['value']!r}: write "
                               "'verifier-ignore: <rule-id> -- <reason>'"))
            continue
        patterns = [p.strip() for p in parsed["rules"].split(",")]
        before = len(kept)
        kept = [f for f in kept if not any(fnmatchcase(f.rule, p) for p in patterns)]
        if len(kept) == before:
            extra.append(_meta("acknowledgement-unused", document.id, span,
                               f"acknowledgement of {', '.join(patterns)} matched no finding"))
    findings = tuple(sorted(kept + extra, key=lambda f: (f.spans[0].start if f.spans else 0, f.rule)))
    return document.model_copy(update={"findings": findings})


def _meta(rule: str, document_id: str, span, message: str) -> Finding:
    info = META_RULES[rule]
    return Finding(
        rule=rule,
        severity=Severity(info["severity"]),
        title=info["title"],
        message=message,
        spans=(span,),
        suspect=span,
        fingerprint=fingerprint(rule, document_id, (span,)),
    )


def apply_policy(report: RunReport, settings: Settings) -> RunReport:
    """Acknowledgements first (they are part of the article), then the baseline."""
    accepted = read_baseline(Path(settings.baseline)) if settings.baseline else frozenset()
    documents = []
    for document in report.documents:
        document = _acknowledge(document)
        if accepted:
            fresh = tuple(f for f in document.findings if f.fingerprint not in accepted)
            if len(fresh) != len(document.findings):
                document = document.model_copy(update={"findings": fresh})
        documents.append(document)
    documents = tuple(documents)
    rules = dict(report.rules)
    for document in documents:
        for finding in document.findings:
            if finding.rule in META_RULES:
                rules.setdefault(finding.rule, META_RULES[finding.rule])
    return report.model_copy(update={"documents": documents, "summary": summarize(documents), "rules": rules})
