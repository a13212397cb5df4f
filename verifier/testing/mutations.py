"""Mutation operators: inject exactly one slip into a consistent generated article, at a known span,
in a known phrasing family.

Each operator takes a `GeneratedArticle`, a `random.Random` and optionally the family to plant in, and
returns a `Mutation` (the new text, the rule ids that must fire, the span in the new text that must be
flagged, the family) or None when the article has nothing of that kind to break. The operators live in
`slips_figures` and `slips_words`; this module is their registry.
"""
from __future__ import annotations

import random
from typing import Protocol

from .planting import (
    PERCENT_SLACK, Mutation, figure_after, implied_percent, level_key, on_new_close, percent_consistent, reported,
)
from .slips_figures import (
    bp_as_percent, close_outside_range, decimal_shift, duplicate_conflict, high_below_low, percent_digit_slip,
    percent_on_new_close, run_below_day, session_high_off, transposed_digits,
)
from .slips_words import comparison_inverted, direction_flip, intensity_on_tiny_move, weekday_shift
from .templates import DAY_STYLES, LABELLED_RANGES, RANGE_STYLES
from .truth import GeneratedArticle

__all__ = ["FAMILIES", "FAMILY_RULES", "NEEDS", "OPERATORS", "PERCENT_SLACK", "TARGET_RULES", "Mutation", "Operator", "figure_after",
           "implied_percent", "level_key", "on_new_close", "percent_consistent", "reported", "rule_for"]


class Operator(Protocol):
    def __call__(self, article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None: ...


OPERATORS: dict[str, Operator] = {
    "percent_digit_slip": percent_digit_slip,
    "transposed_digits": transposed_digits,
    "decimal_shift": decimal_shift,
    "percent_on_new_close": percent_on_new_close,
    "close_outside_range": close_outside_range,
    "high_below_low": high_below_low,
    "direction_flip": direction_flip,
    "intensity_on_tiny_move": intensity_on_tiny_move,
    "weekday_shift": weekday_shift,
    "duplicate_conflict": duplicate_conflict,
    "comparison_inverted": comparison_inverted,
    "bp_as_percent": bp_as_percent,
    "run_below_day": run_below_day,
    "session_high_off": session_high_off,
}

# The rule each operator targets, for tables and for skipping operators whose rule does not exist yet.
TARGET_RULES: dict[str, str] = {
    "percent_digit_slip": "change-percent-mismatch",
    "transposed_digits": "change-percent-mismatch",
    "decimal_shift": "change-percent-mismatch",
    "percent_on_new_close": "change-percent-imprecise",
    "close_outside_range": "close-outside-range",
    "high_below_low": "range-high-below-low",
    "direction_flip": "direction-conflict",
    "intensity_on_tiny_move": "intensity-mismatch",
    "weekday_shift": "weekday-date-mismatch",
    "duplicate_conflict": "duplicate-figure-conflict",
    "comparison_inverted": "comparison-word-mismatch",
    "bp_as_percent": "unit-confusion",
    "run_below_day": "multi-session-inconsistent",
    "session_high_off": "session-extreme-mismatch",
}

# Where a family's slip is another rule's to find: a title line restates the body's move, which the
# restated-* rules compare (a headline is one more statement of the session, not a summary beside it).
FAMILY_RULES: dict[tuple[str, str], str] = {
    ("direction_flip", "headline_direction"): "restated-direction-conflict",
    ("direction_flip", "headline_percent"): "restated-direction-conflict",
    ("duplicate_conflict", "headline_level"): "restated-level-conflict",
    ("duplicate_conflict", "headline_percent"): "restated-percent-conflict",
}


def rule_for(operator: str, family: str) -> str:
    """The rule that must flag `operator`'s slip planted in `family`."""
    return FAMILY_RULES.get((operator, family), TARGET_RULES[operator])


# Change, percent and close all stated: the day's families, the week's, a commodity's and a bullet's.
_ARITHMETIC = (*DAY_STYLES, "for_the_week", "commodity_to_level", "present_tense", "bullets")
# A verb a strong one can replace: the day's families that carry a verb, and the percent-only moves.
_VERBAL = ("to_finish", "weekday_inside", "weekday_lead", "actives_list", "actives_by_sector", "sector_sentence",
           "commodity_to_level")

# The phrasing families each operator can plant its slip in (see `plans.FAMILIES`; a family the plans
# do not name, like "restated_next_sentence", is written whatever the plan). A weekday in a session
# summary takes the summary's family.
FAMILIES: dict[str, tuple[str, ...]] = {
    "percent_digit_slip": _ARITHMETIC,
    "transposed_digits": _ARITHMETIC,
    "decimal_shift": _ARITHMETIC,
    "percent_on_new_close": _ARITHMETIC,
    "close_outside_range": RANGE_STYLES,
    "high_below_low": LABELLED_RANGES,
    "direction_flip": ("summary_then_move", "for_the_day", "headline_direction", "headline_percent",
                       "wall_street_lead"),
    "intensity_on_tiny_move": _VERBAL,
    "weekday_shift": ("summary_then_move", "for_the_day", "wall_street_lead", "weekday_inside", "weekday_lead"),
    "duplicate_conflict": ("restated_next_sentence", "headline_level", "headline_percent"),
    "comparison_inverted": ("forecast_expected",),
    "bp_as_percent": ("yield_sentence",),
    "run_below_day": ("run_lead",),
    "session_high_off": ("session_highs_suffix",),
}

# Families an operator needs besides the one it plants in: a strong verb needs a tiny move to contradict.
NEEDS: dict[str, tuple[str, ...]] = {"intensity_on_tiny_move": ("slight_moves",)}
