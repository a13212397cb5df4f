"""Reported figures stand for the interval their precision allows; checks compare intervals."""
from decimal import Decimal as D

from hypothesis import given
from hypothesis import strategies as st

from verifier.numbers import Interval, Qualifier, Quantity, Scale, format_decimal, parse_decimal
from verifier.spans import LineIndex


def quantity(text: str, **fields) -> Quantity:
    value, decimals = parse_decimal(text)
    return Quantity(value=value, decimals=decimals, span=LineIndex(text).span(0, len(text)), **fields)


def test_two_decimals_stand_for_a_half_hundredth_either_side():
    interval = quantity("2.20").interval()
    assert (interval.lo, interval.hi) == (D("2.195"), D("2.205"))


def test_a_whole_percent_stands_for_half_a_point_either_side():
    interval = quantity("3").interval()
    assert (interval.lo, interval.hi) == (D("2.5"), D("3.5"))


def test_more_than_is_open_above_the_figure():
    interval = quantity("1,600", qualifier=Qualifier.MORE_THAN).interval()
    assert interval.lo == D(1600) and interval.lo_open and interval.hi.is_infinite()
    assert not interval.contains(D(1600)) and interval.contains(D("1600.01"))


def test_scale_multiplies_the_interval():
    interval = quantity("31.570", scale=Scale.BILLION).interval()
    assert interval.contains(D("31570000000")) and not interval.contains(D("31571000000"))


def test_grouping_commas_are_dropped_and_decimals_kept():
    assert parse_decimal("56,912.37") == (D("56912.37"), 2)
    assert parse_decimal("2.20") == (D("2.20"), 2)
    assert parse_decimal("1,600") == (D(1600), 0)


def test_possibly_comparisons_hold_when_some_readings_satisfy_them():
    close = Interval(D("57204.415"), D("57204.425"))
    high = Interval(D("57204.415"), D("57204.425"))
    assert close <= high and high <= close and close == high
    assert not (Interval(D(3), D(4)) <= Interval(D(1), D(2)))


def test_division_by_an_interval_containing_zero_is_unbounded():
    result = Interval(D(1), D(2)) / Interval(D(-1), D(1))
    assert result.lo.is_infinite() and result.hi.is_infinite()


@given(st.decimals(min_value=D("-1e9"), max_value=D("1e9"), allow_nan=False, allow_infinity=False, places=2))
def test_numbers_round_trip_through_format_and_parse(value):
    text = format_decimal(value, 2)
    parsed, decimals = parse_decimal(text.lstrip("-"))
    assert decimals == 2
    assert (-parsed if text.startswith("-") else parsed) == value


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=4))
def test_the_interval_contains_the_reported_value(units, decimals):
    value = D(units).scaleb(-decimals)
    text = format_decimal(value, decimals)
    assert quantity(text).interval().contains(value)


@given(
    st.decimals(min_value=D(-1000), max_value=D(1000), allow_nan=False, allow_infinity=False, places=3),
    st.decimals(min_value=D(-1000), max_value=D(1000), allow_nan=False, allow_infinity=False, places=3),
    st.decimals(min_value=D("0.001"), max_value=D(5), places=3),
    st.decimals(min_value=D("0.001"), max_value=D(5), places=3),
)
def test_interval_arithmetic_contains_every_result_of_its_members(a, b, wa, wb):
    x, y = Interval(a, a + wa), Interval(b, b + wb)
    for op in (lambda p, q: p + q, lambda p, q: p - q, lambda p, q: p * q):
        result = op(x, y)
        for p in (x.lo, x.mid, x.hi):
            for q in (y.lo, y.mid, y.hi):
                assert result.contains(op(p, q))
