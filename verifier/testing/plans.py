"""What a generated wrap contains and in which phrasing families it says it: drawn before any figure.

A `Plan` names, for each part of a wrap, whether it is written and how ("level_first" for the day,
"between_high_first" for the range, "bullets" for the movers). Each non-default choice is a phrasing
family, so a test or a benchmark can require one family ("plant this slip in a bullet") or leave out
families the checker is known not to read yet.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import cache
from typing import Any

from hypothesis import strategies as st

from .templates import DAY_STYLES, PERCENT_WORDS, RANGE_STYLES


@dataclass(frozen=True)
class Plan:
    """The parts of one wrap and the phrasing of each; "" or False leaves a part out."""

    day_style: str = "to_finish"  # the day's sentence, a family of `templates.DAY_TEMPLATES`
    state: str = ""  # a session summary: "summary_then_move" (one paragraph) or "for_the_day" (two)
    headline: str = ""  # a title line: "headline_direction", "headline_level", "headline_percent"
    range: str = ""  # the day's intraday range, a family of `templates.RANGE_TEMPLATES`
    extreme: bool = False  # the close is the session's high or low, and the wrap says so (with a range)
    run: bool = False  # a lead on a run of consecutive sessions
    level_claim: bool = False  # "is holding just above the N-point mark"
    actives: str = ""  # "actives_list", "actives_by_sector" or "bullets"
    wall_street: str = ""  # "wall_street_trio", or "wall_street_lead" (all three one way, summed up first)
    sector: bool = False
    currencies: bool = False
    commodity: str = ""  # "commodity_to_level" or "present_tense"
    bond: bool = False
    earnings: bool = False
    forecast: str = ""  # "forecast_expected" or "forecast_called"
    weekly: str = ""  # "for_the_week" (a sentence of its own) or "on_the_week" (a tail of the day's)
    percent_word: str = " percent"
    slight: bool = False  # every move drawn with a slight verb (an intensity slip needs a tiny move)


# Each field's choices, weighted by repetition; the first is the default of `Plan`.
CHOICES: dict[str, tuple[Any, ...]] = {
    "day_style": DAY_STYLES,
    "state": ("", "", "summary_then_move", "for_the_day"),
    "headline": ("", "", "", "headline_direction", "headline_level", "headline_percent"),
    "range": ("",) * len(RANGE_STYLES) + RANGE_STYLES,
    "extreme": (False, False, False, True),
    "run": (False, True),
    "level_claim": (False, True),
    "actives": ("", "", "", "actives_list", "actives_by_sector", "bullets"),
    "wall_street": ("", "", "wall_street_trio", "wall_street_lead"),
    "sector": (False, True),
    "currencies": (False, True),
    "commodity": ("", "", "commodity_to_level", "present_tense"),
    "bond": (False, True),
    "earnings": (False, True),
    "forecast": ("", "", "forecast_expected", "forecast_called"),
    "weekly": ("", "", "", "", "for_the_week", "on_the_week"),
    "percent_word": PERCENT_WORDS,
    "slight": (False,),
}

# The family a flag of its own names, and the family of each way of writing a percent.
FLAG_FAMILIES = {"extreme": "session_highs_suffix", "run": "run_lead", "level_claim": "plateau_claim",
                 "sector": "sector_sentence", "currencies": "currency_quotes",
                 "bond": "yield_sentence", "earnings": "earnings_sentence", "slight": "slight_moves"}
WORD_FAMILIES = {" percent": "word_percent", " per cent": "word_per_cent", "%": "percent_sign", " pct": "word_pct"}


def _families() -> dict[str, tuple[str, Any]]:
    out: dict[str, tuple[str, Any]] = {}
    for name, choices in CHOICES.items():
        for value in dict.fromkeys(choices):
            if value is True:
                out[FLAG_FAMILIES[name]] = (name, True)
            elif name == "percent_word":
                out[WORD_FAMILIES[value]] = (name, value)
            elif isinstance(value, str) and value:
                out[value] = (name, value)
    return out


# Every phrasing family: its name and the plan field and value that write it.
FAMILIES: dict[str, tuple[str, Any]] = _families()


def families_of(plan: Plan) -> tuple[str, ...]:
    """The families a plan asks for (what is written may be fewer: a slight day has no summary)."""
    return tuple(name for name, (field, value) in FAMILIES.items() if getattr(plan, field) == value)


@cache
def plans(require: tuple[str, ...] = (), exclude: frozenset[str] = frozenset()) -> st.SearchStrategy[Plan]:
    """Plans with every family of `require` and none of `exclude` (excluded choices are not drawn)."""
    fixed = dict(FAMILIES[name] for name in require)
    banned = {FAMILIES[name] for name in exclude if name not in require}
    parts: dict[str, st.SearchStrategy[Any]] = {}
    for f in fields(Plan):
        if f.name in fixed:
            parts[f.name] = st.just(fixed[f.name])
            continue
        allowed = [v for v in CHOICES[f.name] if (f.name, v) not in banned]
        if not allowed:  # every choice of a flag banned: leave the part out
            allowed = [v for v in CHOICES[f.name] if v in ("", False)]
        parts[f.name] = st.sampled_from(allowed)
    return st.fixed_dictionaries(parts).map(lambda d: replace(Plan(), **d))
