"""One slip, one finding: findings that blame the same figure with the same correction are merged.

errorlocate names, for each failing rule, the figure whose one correction mends it; when several
rules blame one figure and one corrected value, they describe one slip, and an editor should see it
once, at the most severe of their severities, with the other rules named.
"""
from __future__ import annotations

from collections.abc import Iterable

from .findings import Finding, fingerprint


def _key(finding: Finding) -> tuple[int, int, str] | None:
    if finding.suspect is None or finding.expected is None:
        return None
    return finding.suspect.start, finding.suspect.end, finding.expected


def _all_spans(findings: Iterable[Finding]) -> tuple:
    """The figures of several findings, each once, in text order."""
    return tuple(span for _, span in sorted({(s.start, s.end): s for f in findings for s in f.spans}.items()))


def _told_twice(findings: list[Finding], document_id: str) -> list[Finding]:
    """One rule saying the same thing of the same suspect twice (two summaries of one session against its
    move) is one finding, with the spans and facts of both."""
    first: dict[tuple, int] = {}
    out: list[Finding] = []
    for finding in findings:
        if finding.suspect is None:
            out.append(finding)
            continue
        key = (finding.rule, finding.message, finding.suspect.start, finding.suspect.end)
        if key not in first:
            first[key] = len(out)
            out.append(finding)
            continue
        kept = out[first[key]]
        spans = _all_spans((kept, finding))
        out[first[key]] = kept.model_copy(update={
            "spans": spans, "facts": tuple(dict.fromkeys((*kept.facts, *finding.facts))),
            "severity": max(kept.severity, finding.severity, key=lambda s: s.rank),
            "fingerprint": fingerprint(kept.rule, document_id, spans)})
    return out


def one_per_slip(findings: Iterable[Finding], document_id: str) -> list[Finding]:
    """The findings with each group blaming one figure and one corrected value merged into its first
    most severe member; the spans and facts of the others join it, and its message names them."""
    findings = _told_twice(list(findings), document_id)
    groups: dict[tuple[int, int, str], list[int]] = {}
    for index, finding in enumerate(findings):
        key = _key(finding)
        if key is not None:
            groups.setdefault(key, []).append(index)
    dropped: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        keep = max(members, key=lambda i: (findings[i].severity.rank, -i))
        kept = findings[keep]
        others = [findings[i] for i in members if i != keep]
        ordered = _all_spans((kept, *others))
        facts = tuple(dict.fromkeys(fact for f in (kept, *others) for fact in f.facts))
        names = ", ".join(f.rule for f in others)
        message = f"{kept.message.rstrip()} The same slip breaks {names}."
        findings[keep] = kept.model_copy(update={
            "spans": ordered, "facts": facts, "message": message,
            "fingerprint": fingerprint(kept.rule, document_id, ordered)})
        dropped.update(i for i in members if i != keep)
    return [f for i, f in enumerate(findings) if i not in dropped]
