"""Scoring reports against an answer key of real slips: which findings sit on a slip, which do not.

An answer key is a JSON list of slips found by hand in published text, one object each:
`{"file": "a.txt", "texts": ["exact substrings that carry the slip"], "what": "the arithmetic"}`.
A finding whose figures (or suspect) overlap any occurrence of any of a slip's texts in its file
flags that slip; every other error or warning is a false alarm. Knows reports, not rules.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from .findings import DocumentReport, Finding, Severity


class Slip(BaseModel):
    """One real slip of one article, as the substrings that carry it."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    file: str
    texts: tuple[str, ...]
    what: str = ""


class AnswerKeyError(ValueError):
    """An answer key that cannot be used; its str is one line naming the file."""


def load_answer_key(path: Path | str) -> tuple[Slip, ...]:
    path = Path(path)
    try:
        data = json.loads(path.read_text("utf-8"))
        return tuple(TypeAdapter(list[Slip]).validate_python(data))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AnswerKeyError(f"{path}: cannot read the answer key: {exc}") from None
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        raise AnswerKeyError(f"{path}: entry {where}: {error['msg']}") from None


class Score(BaseModel):
    """The tallies of one scored run; `missing` names key texts not found in their file."""

    model_config = ConfigDict(frozen=True)

    articles: int
    mentions: int
    bound: int
    findings: tuple[tuple[str, Finding, int | None], ...]  # (document, finding, slip index or None)
    slips: tuple[Slip, ...]
    scored: tuple[int, ...]  # indexes of the slips whose file was in the run
    flagged: tuple[int, ...]  # indexes of the slips some error or warning flags
    missing: tuple[str, ...] = ()

    def count(self, severity: Severity, true: bool) -> int:
        return sum(1 for _, f, slip in self.findings if f.severity == severity and (slip is not None) == true)

    def per_100(self, severity: Severity) -> float:
        return 100 * self.count(severity, False) / self.articles if self.articles else 0.0

    @property
    def bound_share(self) -> float:
        return self.bound / self.mentions if self.mentions else 1.0

    def by_rule(self) -> dict[str, Counter[str]]:
        """rule -> counts of 'true error', 'false error', 'true warning', 'false warning'."""
        table: dict[str, Counter[str]] = {}
        for _, finding, slip in self.findings:
            label = f"{'true' if slip is not None else 'false'} {finding.severity.value}"
            table.setdefault(finding.rule, Counter())[label] += 1
        return dict(sorted(table.items()))


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    found, start = [], text.find(needle)
    while start != -1:
        found.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return found


def _marks(finding: Finding) -> tuple[tuple[int, int], ...]:
    """The figures a finding marks; a whole phrase marked beside figures inside it (a verb's clause
    named as suspect) stands for those figures, so a slip elsewhere in the phrase is not claimed."""
    spans = {(s.start, s.end) for s in (*finding.spans, *((finding.suspect,) if finding.suspect else ()))}
    return tuple(sorted(a for a in spans if not any(b != a and a[0] <= b[0] and b[1] <= a[1] for b in spans)))


def score(reports: Iterable[DocumentReport], slips: Sequence[Slip], name_of=lambda report: Path(report.id).name) -> Score:
    """Match each error and warning of the reports to the slips of its file (info findings are not alarms)."""
    by_file: dict[str, list[int]] = {}
    for index, slip in enumerate(slips):
        by_file.setdefault(slip.file, []).append(index)
    judged: list[tuple[str, Finding, int | None]] = []
    flagged: set[int] = set()
    scored: list[int] = []
    missing: list[str] = []
    articles = mentions = bound = 0
    for report in reports:
        articles += 1
        mentions += report.coverage.mentions
        bound += report.coverage.bound
        name = name_of(report)
        text = report.text or ""
        places = {}
        for index in by_file.get(name, ()):
            scored.append(index)
            places[index] = [o for t in slips[index].texts for o in _occurrences(text, t)]
            missing += [f"{name}: {t!r}" for t in slips[index].texts if not _occurrences(text, t)]
        for finding in report.findings:
            if finding.severity == Severity.INFO:
                continue
            marks = _marks(finding)
            hit = next((i for i, spans in places.items()
                        if any(s < e2 and s2 < e for s, e in marks for s2, e2 in spans)), None)
            if hit is not None:
                flagged.add(hit)
            judged.append((name, finding, hit))
    return Score(articles=articles, mentions=mentions, bound=bound, findings=tuple(judged), slips=tuple(slips),
                 scored=tuple(sorted(scored)), flagged=tuple(sorted(flagged)), missing=tuple(missing))
