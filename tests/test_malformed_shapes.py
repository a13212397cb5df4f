"""More shapes of a mangled figure, each a malformed-number at its exact span; their well-formed
neighbours stay numbers. Sentences and figures are invented."""
from __future__ import annotations

import pytest

import verifier


def malformed(text: str) -> list[tuple[str, str]]:
    report = verifier.check(text)
    return [(f.problem, text[f.span.start:f.span.end]) for f in report.facts if f.kind == "number_format"]


@pytest.mark.parametrize(("text", "problem", "written"), [
    ("The general index rose 1.06%, or 37.51 points, to close at 4817,32.50 points.", "bad_group", "4817,32.50"),
    ("Among values, Alpha Foods (+, 47%) led the gains.", "split", "+, 47"),
    ("Exports reached (71. 40 million U.S. dollars) in March.", "split", "71. 40"),
])
def test_a_mangled_figure_is_malformed_at_its_exact_span(text: str, problem: str, written: str) -> None:
    assert malformed(text) == [(problem, written)]


@pytest.mark.parametrize("text", [
    "Beta Holdings (+ 3.02%) and Gamma Mills (+0.47%) rose.",
    "The index closed at 4,817.32 points, up from 4,779.81 in 2024, 2023 and earlier.",
    "The list (1. Apple, 2. Banana) is no figure.",
])
def test_well_formed_neighbours_are_never_malformed(text: str) -> None:
    assert malformed(text) == []
