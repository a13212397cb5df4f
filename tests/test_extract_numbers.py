"""The number grammar: every way a wire writes a figure becomes a Quantity with its exact span."""
from decimal import Decimal

import pytest

from verifier.document import parse_document
from verifier.extract.context import Context
from verifier.lexicon import load_lexicon
from verifier.numbers import Qualifier, Scale


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def figures(lexicon, text):
    return [t.quantity for t in Context(parse_document(text, "t"), lexicon).tokens]


@pytest.mark.parametrize(
    "text, written, value, decimals, unit, scale",
    [
        ("at 1,138.46 now", "1,138.46", "1138.46", 2, "", Scale.ONE),
        ("by 2.20 percent", "2.20 percent", "2.20", 2, "percent", Scale.ONE),
        ("by 0.2 per cent", "0.2 per cent", "0.2", 1, "percent", Scale.ONE),
        ("down 0.87%", "0.87%", "0.87", 2, "percent", Scale.ONE),
        ("cost $0.87 more", "$0.87", "0.87", 2, "USD", Scale.ONE),
        ("at $US104.66 each", "$US104.66", "104.66", 2, "USD", Scale.ONE),
        ("at US$17.26 each", "US$17.26", "17.26", 2, "USD", Scale.ONE),
        ("to NT$1,652 a share", "NT$1,652", "1652", 0, "TWD", Scale.ONE),
        ("worth S$862.37 billion", "S$862.37 billion", "862.37", 2, "SGD", Scale.BILLION),
        ("worth 1.2 trillion won", "1.2 trillion won", "1.2", 1, "KRW", Scale.TRILLION),
        ("came in at $31.570 billion", "$31.570 billion", "31.570", 3, "USD", Scale.BILLION),
        ("rose 4 basis points", "4 basis points", "4", 0, "basis_points", Scale.ONE),
        ("fell 3 percentage points", "3 percentage points", "3", 0, "percentage_points", Scale.ONE),
        ("lost 23.58 points", "23.58 points", "23.58", 2, "points", Scale.ONE),
        ("the 61,740-point plateau", "61,740-point", "61740", 0, "points", Scale.ONE),
        ("rose a quarter of a percent", "a quarter of a percent", "0.25", 2, "percent", Scale.ONE),
        ("fell half a percentage point", "half a percentage point", "0.5", 1, "percentage_points", Scale.ONE),
        ("up nine-point-27 points", "nine-point-27 points", "9.27", 2, "points", Scale.ONE),
        ("or point-41 percent", "point-41 percent", "0.41", 2, "percent", Scale.ONE),
        ("added twenty-five points", "twenty-five points", "25", 0, "points", Scale.ONE),
        ("or seven cents", "seven cents", "7", 0, "cents", Scale.ONE),
    ],
)
def test_figures_are_read_as_reported(lexicon, text, written, value, decimals, unit, scale):
    (quantity,) = figures(lexicon, text)
    assert quantity.span.text == written
    assert quantity.value == Decimal(value) and str(quantity.value) == value
    assert quantity.decimals == decimals
    assert quantity.unit == unit
    assert quantity.scale is scale
    assert text[quantity.span.start : quantity.span.end] == written


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("about 80 points", Qualifier.ABOUT), ("around 80 points", Qualifier.ABOUT),
        ("roughly 80 points", Qualifier.ABOUT), ("some 80 points", Qualifier.ABOUT),
        ("nearly 80 points", Qualifier.NEARLY), ("almost 80 points", Qualifier.NEARLY),
        ("more than 80 points", Qualifier.MORE_THAN), ("over 80 points", Qualifier.MORE_THAN),
        ("less than 80 points", Qualifier.LESS_THAN), ("under 80 points", Qualifier.LESS_THAN),
        ("at least 80 points", Qualifier.AT_LEAST),
    ],
)
def test_qualifiers_belong_to_their_figure(lexicon, text, qualifier):
    (quantity,) = figures(lexicon, "it rose " + text + " today")
    assert quantity.qualifier is qualifier
    assert quantity.span.text == text


def test_a_decimal_keeps_its_reported_precision(lexicon):
    (quantity,) = figures(lexicon, "by 2.20 percent")
    assert str(quantity.value) == "2.20" and quantity.decimals == 2


def test_a_minus_sign_marks_the_figure_negative(lexicon):
    (quantity,) = figures(lexicon, "changed -1.5% today")
    assert quantity.negative and quantity.span.text == "-1.5%"


def test_times_dates_and_index_names_are_not_figures(lexicon):
    assert figures(lexicon, "at 05:00 PM on 08/08/2025 the S&P 500 and Nikkei 225 opened") == []


def test_spans_hold_against_the_text_with_its_header(lexicon):
    text = "source: wire\ndate: 2026-02-26\n\nThe KOSPI added 41.37 points or 1.52 percent."
    quantities = figures(lexicon, text)
    assert [q.span.text for q in quantities] == ["41.37 points", "1.52 percent"]
    for q in quantities:
        assert text[q.span.start : q.span.end] == q.span.text
        assert q.span.line == 4


def test_full_width_digits_are_not_read(lexicon):
    assert figures(lexicon, "rose \uff11\uff12 points") == []
