"""The rule expression language: what it accepts, what it refuses and where, and its helpers."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verifier.expr import BASE_NAMESPACE, BOOL, NUM, STR, ExprError, compile_expr, h_abs, h_pct_change, h_sign
from verifier.numbers import Interval, Quantity
from verifier.spans import LineIndex

NAMES = {"low": NUM, "level": NUM, "high": NUM, "change": NUM, "percent": NUM, "direction": NUM,
         "subject": STR, "subject_type": STR, "flag": BOOL}


def figure(text: str) -> Interval:
    """The interval a reported figure stands for."""
    digits = text.replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    span = LineIndex(text).span(0, len(text))
    return Quantity(value=Decimal(digits), decimals=decimals, span=span).interval()


def run(source: str, **values: object) -> object:
    return compile_expr(source, NAMES)({**BASE_NAMESPACE, **values})


def error_of(source: str, names: dict[str, str] = NAMES, aliases: frozenset[str] = frozenset()) -> str:
    with pytest.raises(ExprError) as info:
        compile_expr(source, names, aliases)
    return str(info.value)


def test_chained_comparison_holds_when_the_close_is_inside_the_range() -> None:
    assert run("low <= level <= high", low=figure("2,731.08"), level=figure("2,763.94"), high=figure("2,770.55"))


def test_chained_comparison_fails_when_the_close_is_above_the_high() -> None:
    assert not run("low <= level <= high", low=figure("2,731.08"), level=figure("2,763.94"), high=figure("2,758.20"))


def test_rounded_close_equal_to_the_high_is_possibly_inside() -> None:
    assert run("level <= high", level=figure("57,204.5"), high=figure("57,204.47"))


def test_misspelled_name_is_reported_with_its_column() -> None:
    assert error_of("low <= hihg") == "unknown name 'hihg' at column 8"


def test_unknown_helper_is_refused() -> None:
    assert error_of("sqrt(level) > 1") == "unknown helper 'sqrt' at column 1"


def test_helper_arity_is_checked() -> None:
    assert error_of("clamp(level, low)") == "clamp takes 3 arguments, got 2 at column 1"


def test_power_is_refused() -> None:
    assert error_of("level ** 2 > low") == "'**' is not allowed at column 1"


def test_attribute_access_is_refused_outside_fact_aliases() -> None:
    assert error_of("level.__class__ == 1") == "attribute access is not allowed at column 1"


@pytest.mark.parametrize("source", [
    "(lambda: 1)()", "[x for x in low]", "low[0] > 1", "__import__('os')", "open('x')",
    "level if low else", "f'{level}' == 'x'", "level is None",
])
def test_unsafe_or_broken_expressions_are_refused(source: str) -> None:
    with pytest.raises(ExprError):
        compile_expr(source, NAMES)


def test_comparing_text_with_a_number_is_a_type_error() -> None:
    assert error_of("subject > 3") == "cannot compare a text with a number at column 11"


def test_arithmetic_on_text_is_a_type_error() -> None:
    assert error_of("subject + 1 > 2").startswith("'+' needs a number, got a text")


def test_syntax_error_carries_its_column() -> None:
    assert error_of("low <= <= high") == "invalid syntax at column 8"


def test_unfinished_expression_points_past_its_end() -> None:
    assert error_of("low <= ") == "incomplete expression at column 7"


def test_alias_fields_are_the_only_attribute_access() -> None:
    names = {"state.direction": NUM, "move.direction": NUM}
    aliases = frozenset({"state", "move"})
    expr = compile_expr("state.direction != move.direction", names, aliases)
    assert expr.names == {"state.direction", "move.direction"}
    assert expr({**BASE_NAMESPACE, "state.direction": 1, "move.direction": -1}) is True
    assert error_of("state.dirn == 1", names, aliases) == "unknown name 'state.dirn' at column 1"
    assert error_of("state == 1", names, aliases).startswith("'state' is a fact alias")


def test_membership_in_a_tuple_of_constants_is_allowed() -> None:
    assert run("subject_type in ('index', 'stock')", subject_type="index") is True
    assert error_of("subject_type in (level, 'x')").startswith("'in' needs a tuple of constants")


def test_evaluation_sees_no_builtins() -> None:
    assert BASE_NAMESPACE["__builtins__"] == {}


def test_pct_change_of_the_kospi_move_is_1_52_percent() -> None:
    implied = h_pct_change(figure("41.37"), figure("2,763.94"))
    assert implied.lo < Decimal("1.5196") < implied.hi
    assert implied == figure("1.52")
    assert not implied == figure("1.50")


def test_pct_change_is_unbounded_when_the_prior_level_can_be_zero() -> None:
    implied = h_pct_change(figure("5"), figure("5"))
    assert implied.lo.is_infinite() and implied.hi.is_infinite()


def test_abs_of_a_straddling_interval_starts_at_zero() -> None:
    result = h_abs(Interval(Decimal(-2), Decimal(3)))
    assert (result.lo, result.hi) == (0, 3)


def test_sign_is_zero_unless_every_reading_agrees() -> None:
    assert h_sign(figure("0.4")) == 1
    assert h_sign(-figure("0.4")) == -1
    assert h_sign(figure("0")) == 0


def test_clamp_gives_the_nearest_consistent_close() -> None:
    value = run("clamp(level, low, high)", level=figure("2,763.94"), low=figure("2,731.08"), high=figure("2,758.20"))
    assert value.mid == Decimal("2758.20")


def test_rounds_to_excludes_the_upper_edge() -> None:
    assert run("rounds_to(level, high)", level=Interval.point(Decimal("1.24")), high=figure("1.2"))
    assert not run("rounds_to(level, high)", level=Interval.point(Decimal("1.25")), high=figure("1.2"))


def test_widen_allows_one_unit_in_the_last_place() -> None:
    widened = run("widen(percent, 2)", percent=figure("0.5"))
    assert (widened.lo, widened.hi) == (Decimal("0.4"), Decimal("0.6"))
    assert run("widen(percent, 2) == level", percent=figure("0.5"), level=Interval.point(Decimal("0.4475")))


prices = st.decimals(min_value=Decimal("1"), max_value=Decimal("100000"), places=2)
changes = st.decimals(min_value=Decimal("-500"), max_value=Decimal("500"), places=2)


@given(prior=prices, change=changes)
def test_pct_change_contains_the_true_percent_of_every_corner(prior: Decimal, change: Decimal) -> None:
    level = prior + change
    if level <= 1:
        return
    implied = h_pct_change(Interval.point(change), Interval.point(level))
    assert implied.contains(change * 100 / prior)


@given(c=st.decimals(min_value=Decimal("-50"), max_value=Decimal("50"), places=3),
       lvl=st.decimals(min_value=Decimal("60"), max_value=Decimal("5000"), places=3),
       wc=st.decimals(min_value=Decimal("0"), max_value=Decimal("0.5"), places=3),
       wl=st.decimals(min_value=Decimal("0"), max_value=Decimal("5"), places=3),
       tc=st.floats(0, 1), tl=st.floats(0, 1))
def test_pct_change_bounds_every_reading_inside_the_box(c, lvl, wc, wl, tc, tl) -> None:
    box_c, box_l = Interval(c - wc, c + wc), Interval(lvl - wl, lvl + wl)
    inner_c = c - wc + 2 * wc * Decimal(str(tc))
    inner_l = lvl - wl + 2 * wl * Decimal(str(tl))
    assert h_pct_change(box_c, box_l).contains(inner_c * 100 / (inner_l - inner_c))


def test_day_name_gives_the_lower_case_weekday_session_day_holds() -> None:
    assert compile_expr("day_name(direction)", NAMES)({**BASE_NAMESPACE, "direction": 2}) == "wednesday"


def test_last_session_skips_the_weekend_before_a_monday() -> None:
    names = {"day": "date"}
    last = compile_expr("last_session(day)", names)
    assert last({**BASE_NAMESPACE, "day": dt.date(2026, 3, 2)}) == dt.date(2026, 2, 27)
    assert last({**BASE_NAMESPACE, "day": dt.date(2026, 2, 26)}) == dt.date(2026, 2, 25)


def test_weekday_of_a_date_counts_from_monday() -> None:
    assert compile_expr("weekday_of(day)", {"day": "date"})({**BASE_NAMESPACE, "day": dt.date(2026, 2, 24)}) == 1


@pytest.mark.parametrize(("month", "article", "end"), [
    (3, dt.date(2026, 1, 15), dt.date(2026, 3, 31)),   # this March, ahead
    (3, dt.date(2026, 12, 1), dt.date(2027, 3, 31)),   # next March: far behind means the next contract
    (3, dt.date(2026, 4, 10), dt.date(2026, 3, 31)),   # a March just passed
    (12, dt.date(2026, 11, 2), dt.date(2026, 12, 31)),  # December rolls over the year's end
])
def test_delivery_end_is_the_last_day_of_the_nearest_contract_month(month: int, article: dt.date, end: dt.date) -> None:
    expr = compile_expr("delivery_end(direction, day)", {"direction": NUM, "day": "date"})
    assert expr({**BASE_NAMESPACE, "direction": month, "day": article}) == end


def test_month_name_names_a_month_number() -> None:
    assert run("month_name(direction)", direction=3) == "March"


def test_a_date_helper_refuses_a_number_at_load() -> None:
    assert error_of("last_session(level)") == "argument 1 of last_session needs a date, got a number at column 14"


def test_a_document_helper_reads_the_aggregates_the_compiler_passes_it() -> None:
    expr = compile_expr("sector_moves(subject, direction)", NAMES)
    aggregates = {"sector_moves": {("financial", 1): 3}}
    namespace = {**BASE_NAMESPACE, "__document__": aggregates, "subject": "financial"}
    assert expr({**namespace, "direction": 1}) == 3
    assert expr({**namespace, "direction": -1}) == 0


def test_rules_cannot_name_the_document_aggregates() -> None:
    assert error_of("__document__ == 0") == "unknown name '__document__' at column 1"
