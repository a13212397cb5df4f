"""Each phrasing the checker cannot read yet is pinned by a minimal sentence: a strict xfail that turns
into a failure the day extraction learns it (then delete its entry in `phrasing_gaps.GAPS`)."""
from __future__ import annotations

import pytest

from phrasing_gaps import GAPS, left_out
from verifier.testing.mutations import FAMILIES, OPERATORS
from verifier.testing.plans import FAMILIES as PLAN_FAMILIES


@pytest.mark.parametrize("name", [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=gap.reason))
                                  for name, gap in GAPS.items()])
def test_each_open_phrasing_gap_still_shows_in_its_minimal_sentence(name):
    GAPS[name].probe()


def test_every_gap_names_families_and_operators_the_generator_knows():
    known = set(PLAN_FAMILIES) | {f for families in FAMILIES.values() for f in families}
    for name, gap in GAPS.items():
        assert set(gap.families) <= known, name
        assert set(gap.operators) <= set(OPERATORS), name
        assert gap.reason.split(":")[0] in gap.families, f"{name}: a reason starts with its family"


def test_every_operator_is_still_tested_in_some_family():
    for name in OPERATORS:
        assert set(FAMILIES[name]) - left_out(name), f"every family of {name} is left out"
