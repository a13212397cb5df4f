"""Article files: an optional header is read but never removed, so spans match the file."""
import datetime as dt

import pytest

from verifier.document import HeaderError, parse_document


def test_a_key_value_header_ends_at_the_blank_line():
    text = "source: wire\ntitle: Stocks rise\ndate: 2026-02-26\n\nTOKYO - The Nikkei rose."
    doc = parse_document(text, "a.txt")
    assert (doc.source, doc.title, doc.date) == ("wire", "Stocks rise", dt.date(2026, 2, 26))
    assert doc.body == "TOKYO - The Nikkei rose."
    assert doc.text == text


def test_front_matter_between_dashes_is_a_header():
    doc = parse_document("---\ndate: 2024-01-02\nid: x\n---\nBody text", "b.md")
    assert doc.date == dt.date(2024, 1, 2) and doc.body == "Body text" and doc.id == "b.md"


def test_text_without_a_header_is_all_body():
    doc = parse_document("Note: shares fell.\nMore text", "c.txt")
    assert doc.body_start == 0 and doc.date is None


def test_the_date_option_overrides_the_header():
    doc = parse_document("date: 2026-02-26\n\nBody", "d.txt", dt.date(2025, 1, 1))
    assert doc.date == dt.date(2025, 1, 1)


def test_a_year_alone_or_an_empty_date_is_an_unknown_day():
    assert parse_document("date: 2016\n\nBody", "e.txt").date is None
    assert parse_document("date: \n\nBody", "e.txt").date is None


def test_a_malformed_header_date_names_its_line():
    with pytest.raises(HeaderError) as caught:
        parse_document("title: x\ndate: 26/02/2026\n\nBody", "f.txt")
    assert caught.value.line == 2 and "26/02/2026" in str(caught.value)
