"""Phrasing families the checker does not read yet: each gap with a minimal sentence that shows it.

The generator writes every family real wraps use; while a gap is open, the property tests leave its
families out (of every article when the clean text is misread, of one operator's tests when only
that slip goes unseen), and `test_phrasing_gaps.py` runs its probe as a strict xfail. When extraction
learns the phrasing, the probe passes, the xfail turns into a failure, and the entry is deleted here:
from then on the property tests hold the checker to that family too.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import verifier

MONDAY = "2026-03-02"  # a Monday wrap: it sums up Friday's session
ARITHMETIC = ("percent_digit_slip", "transposed_digits", "decimal_shift", "percent_on_new_close")


@dataclass(frozen=True)
class Gap:
    """One phrasing the checker misreads: why, the families it touches, and a probe of the promise."""

    reason: str  # "<family>: <gap>"
    families: tuple[str, ...]
    operators: tuple[str, ...]  # empty: the clean text itself is misread, every test is touched
    probe: Callable[[], None]  # asserts what the checker should do; raises while the gap is open


def _marks(text: str, rule: str, figure: str) -> None:
    """Some finding of `rule` marks the (first) occurrence of `figure` in the text."""
    at = text.index(figure)
    report = verifier.check(text, MONDAY)
    found = [f for f in report.findings if f.rule == rule]
    assert any(s.start < at + len(figure) and at < s.end
               for f in found for s in (*f.spans, *((f.suspect,) if f.suspect else ()))), \
        [(f.rule, f.message) for f in report.findings]


def _clean(text: str) -> None:
    report = verifier.check(text, MONDAY)
    assert not report.findings, [(f.rule, f.message) for f in report.findings]


def _bullet_named_of() -> None:
    # +0.12 on a prior of 5.01 is 2.40 percent, not 2.9.
    _marks("Biggest movers on the Hang Seng:\n- Bank of China, +HK$0.12 (+2.9%) to HK$5.13\n",
           "change-percent-mismatch", "2.9%")


def _week() -> None:
    # 61.25 points to 2,531.25 is 2.48 percent over the week, not 2.84.
    _marks("SEOUL - The KOSPI gained 31.25 points or 1.25 percent to finish at 2,531.25. For the week, the "
           "index added 61.25 points or 2.84 percent.", "change-percent-mismatch", "2.84 percent")


def _for_the_day() -> None:
    _marks("SEOUL - The KOSPI finished lower on Friday. Traders weighed the news from abroad.\n\nFor the day, "
           "the index gained 31.25 points or 1.25 percent to finish at 2,531.25.", "direction-conflict", "gained")


def _headline_direction() -> None:
    _marks("KOSPI ends lower\n\nSEOUL - The KOSPI gained 31.25 points or 1.25 percent to finish at 2,531.25.",
           "restated-direction-conflict", "lower")


def _headline_level() -> None:
    _marks("KOSPI ends at 2,513.25\n\nSEOUL - The KOSPI gained 31.25 points or 1.25 percent to finish at 2,531.25.",
           "restated-level-conflict", "2,513.25")




def _headline_over_the_index() -> None:
    _marks("KOSPI falls 1.25%\n\nSEOUL - The KOSPI finished higher on Friday. On Friday, the index gained 31.25 points "
           "or 1.25 percent to finish at 2,531.25.", "restated-direction-conflict", "1.25%")


def _headline_percent_over_the_index() -> None:
    _marks("KOSPI rises 1.85%\n\nSEOUL - The KOSPI finished higher on Friday. On Friday, the index gained 31.25 points "
           "or 1.25 percent to finish at 2,531.25.", "restated-percent-conflict", "1.85%")


def _wall_street_lead() -> None:
    _marks("Wall Street closed lower on Friday. The Dow rose 117.04 points or 0.35 percent to finish at 34,501.04, "
           "while the NASDAQ ended up 24.85 points, or 0.18 percent, at 13,556.35.", "direction-conflict", "lower")


GAPS: dict[str, Gap] = {
    "a bullet naming 'X of Y'": Gap(
        "bullets: a bullet whose company is named 'X of Y' ('Bank of China, +HK$N (+P%) to HK$L') is not read",
        ("bullets",), (), _bullet_named_of),
    "the week's change": Gap(
        "for_the_week: 'For the week, the index added N points or P percent' is not checked against the close",
        ("for_the_week",), ARITHMETIC, _week),
    "for the day, a paragraph later": Gap(
        "for_the_day: a summary and the 'For the day, the index gained ...' paragraph after it are never compared",
        ("for_the_day",), ("direction_flip",), _for_the_day),
    "headline direction": Gap(
        "headline_direction: a title line with no figure ('KOSPI ends lower') is not compared with the body's move",
        ("headline_direction",), ("direction_flip",), _headline_direction),
    "headline close": Gap(
        "headline_level: a title line's close with no percent ('KOSPI ends at L') is not compared with the body's",
        ("headline_level",),
        ("duplicate_conflict",), _headline_level),
    "headline verb over 'the index'": Gap(
        "headline_percent: a body that tells its figures of 'the index' (an anaphor) gives no statement, so a "
        "title line's verb is never compared with them", ("headline_percent",), ("direction_flip",), _headline_over_the_index),
    "headline percent over 'the index'": Gap(
        "headline_percent: a body that tells its figures of 'the index' gives no statement, so a title line's "
        "percent is never compared with them", ("headline_percent",), ("duplicate_conflict",), _headline_percent_over_the_index),
    "Wall Street's summary": Gap(
        "wall_street_lead: the conflict with 'Wall Street closed lower' is raised on an average's sentence and "
        "never marks the summary it contradicts", ("wall_street_lead",), ("direction_flip",), _wall_street_lead),
}


def left_out(operator: str | None = None) -> frozenset[str]:
    """The families to leave out of generated articles: those misread as clean text, and those whose
    slip `operator` cannot see yet."""
    return frozenset(f for gap in GAPS.values() if not gap.operators or operator in gap.operators
                     for f in gap.families)
