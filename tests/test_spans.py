"""Spans index the text exactly as received; line and column are 1-based."""
from hypothesis import given
from hypothesis import strategies as st

from verifier.spans import LineIndex


def test_offsets_map_to_one_based_lines_and_columns():
    text = "source: x\n\nThe Nikkei rallied 1,138.46 points."
    index = LineIndex(text)
    start = text.index("1,138.46")
    span = index.span(start, start + 8)
    assert (span.line, span.column, span.text) == (3, 20, "1,138.46")


def test_line_text_drops_the_newline_and_carriage_return():
    index = LineIndex("first\r\nsecond\nthird")
    assert [index.line_text(n) for n in (1, 2, 3)] == ["first", "second", "third"]


@given(st.text(), st.data())
def test_every_span_slices_the_text_it_names(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = LineIndex(text).span(start, end)
    assert span.text == text[start:end]
    assert span.line == text.count("\n", 0, start) + 1
    assert span.column == start - (text.rfind("\n", 0, start) + 1) + 1
