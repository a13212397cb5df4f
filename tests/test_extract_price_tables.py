"""Price tables: every figure under a header of named columns is bound to its column, and a row's
figures are checked against each other only when each stands under its own heading."""
from decimal import Decimal

import pytest

from conftest import findings
from verifier.document import parse_document
from verifier.extract import bound, extract
from verifier.extract.columns import HEADER, header_roles
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def rows(lexicon, text):
    return [f for f in extract(parse_document(text, "t"), lexicon).facts if f.kind == "price_row"]


def coverage(lexicon, text):
    extraction = extract(parse_document(text, "t"), lexicon)
    return len(bound(extraction)), len(extraction.mentions)


# A wire table run together on one line: glued header, eighths as glyphs, an em dash for minus.
RUN_ON = ("Grain futures on the board Thu: OpenHighLowSettleChg. BARLEY 5,000 bu minimum; cents per bushel "
          "Mar 402\u00bd 410 399\u00bc 407\u00be +5\u00bc May 415 421\u00bd 411 419 \u20143 Jul 430\u00bc +2 "
          "Sep 441 443 440 442 Est. sales 12,406. Wed.'s sales 10,977 Wed.'s open int 98,115, up 1,237")


def test_a_glued_header_names_each_column():
    header = HEADER.search("Prices: OpenHighLowLastChg. RYE").group(0)
    assert header_roles(header) == ("open", "high", "low", "settle", "change")


def test_a_run_on_table_binds_each_figure_to_its_column(lexicon):
    march, may, july, september = rows(lexicon, RUN_ON)
    assert (march.label, march.subject.text) == ("BARLEY Mar", "BARLEY")
    assert (march.open.value, march.high.value, march.low.value, march.settle.value) == (
        Decimal("402.5"), 410, Decimal("399.25"), Decimal("407.75"))
    assert march.change.value == Decimal("5.25") and not march.change.negative
    assert may.change.negative and may.change.value == 3 and may.loose == {}


def test_short_rows_are_aligned_by_the_wires_habit_and_read_loosely(lexicon):
    *_, july, september = rows(lexicon, RUN_ON)
    assert (july.settle.value, july.change.value, july.open) == (Decimal("430.25"), 2, None)
    assert (september.open.value, september.settle.value, september.change) == (441, 442, None)
    assert set(july.loose) == {"settle", "change"} and set(september.loose) == {"open", "high", "low", "settle"}


def test_every_figure_of_a_futures_table_is_bound(lexicon):
    found, mentions = coverage(lexicon, RUN_ON)
    assert found == mentions


def test_a_day_and_a_month_across_two_rows_are_no_date(lexicon):
    facts = extract(parse_document(RUN_ON, "t"), lexicon).facts
    assert not [f for f in facts if f.kind == "date_ref" and f.span.text.startswith("3")]


def test_fractions_written_with_a_slash_or_a_hyphen_join_their_whole_price(lexicon):
    text = ("Open High Low Settle Chg\nRICE\nJan 1520 1/2 1533 1/4 1511 3/4 1530 +9 1/2\n"
            "Mar 1544 1-2 1556 1-4 1537 1553 3-4 +8 1-4\n")
    january, march = rows(lexicon, text)
    assert (january.open.value, january.low.value, january.change.value) == (Decimal("1520.5"), Decimal("1511.75"), Decimal("9.5"))
    assert (march.open.value, march.settle.value) == (Decimal("1544.5"), Decimal("1553.75"))


def test_a_table_on_lines_takes_its_sections_and_tallies(lexicon):
    text = ("Futures on the exchange Tue:\nOpen High Low Settle Chg.\nPLATINUM\n50 troy oz.; dollars per troy oz.\n"
            "Jan 1012.40 1019.90 1004.10 1011.30 -3.20\nApr 1018.00 1024.50 1010.20 1016.80 -3.10\n"
            "Est. sales 21,330. Mon.'s sales 19,870\nMon.'s open int 77,412\nPALLADIUM\n100 troy oz.; dollars per troy oz.\n"
            "Mar 1204.00 1221.50 1199.00 1215.60 +9.40\n")
    facts = extract(parse_document(text, "t"), lexicon).facts
    table = [f for f in facts if f.kind == "price_row"]
    assert [r.subject.text for r in table] == ["PLATINUM", "PLATINUM", "PALLADIUM"]
    tallies = {(f.subject.text, f.measure, f.quantity.span.text) for f in facts if f.kind == "statistic"}
    assert ("PLATINUM", "est. sales", "21,330") in tallies and ("PLATINUM", "mon.'s open int", "77,412") in tallies
    assert ("PALLADIUM", "contract size", "100") in tallies


def test_a_pipe_table_under_price_headings_is_read_by_column(lexicon):
    text = ("| Contract | Last | Chg | High | Low |\n| --- | --- | --- | --- | --- |\n"
            "| Brent | 64.20 | +0.35 | 64.80 | 63.70 |\n")
    (row,) = rows(lexicon, text)
    assert (row.subject.entity, row.settle.span.text, row.high.span.text, row.low.span.text) == ("brent", "64.20", "64.80", "63.70")


def test_a_settle_above_the_rows_high_is_an_error(lexicon):
    text = ("Open High Low Settle Chg\nLUMBER\nMar 551.0 556.5 547.0 559.5 +4.5\nMay 560.0 566.0 556.5 562.0 +3.0\n")
    (finding,) = [f for f in findings(text) if f.rule == "table-settle-outside-range"]
    assert finding.severity == "error" and finding.suspect.text == "559.5"


def test_a_short_row_gives_at_most_a_warning_that_says_why():
    # Four figures under five headings: the habit says the change was left blank, so the row is read
    # as open, high, low and settle; that placement is a guess, so its finding is only a warning.
    text = "Open High Low Settle Chg\nCANOLA\nNov 640.10 628.00 645.30 641.20\nJan 650.00 655.10 646.20 652.40 +1.10\n"
    found = [f for f in findings(text) if f.rule.startswith("table-")]
    assert found and all(f.severity == "warning" for f in found)
    assert "its change taken as left blank" in found[0].message


def test_a_settle_less_its_change_must_be_the_previous_settle():
    text = "Month Last Chg Prev\nFeb '27 3.412 -0.046 3.448\nMar '27 3.390 -0.052 3.442\n"
    rules = [f.rule for f in findings(text)]
    assert rules == ["table-change-prior-mismatch"]


def test_prose_with_months_after_no_header_is_no_table(lexicon):
    text = "Exports in May 2024 rose to 1,240 tonnes, and Jun 12 shipments were 310 tonnes."
    assert rows(lexicon, text) == []
