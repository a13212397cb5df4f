"""Figures split by a stray space or mark, and scale words set on figures already written out, are
flagged where no reading makes them valid; a list, a date or a yen amount that looks alike is not."""
from __future__ import annotations

import pytest

import verifier


def _formats(text: str) -> list[tuple[str, str]]:
    return [(f.problem, f.written) for f in verifier.check(text).facts if f.kind == "number_format"]


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in verifier.check(text).findings]


@pytest.mark.parametrize(("text", "problem", "written"), [
    # a group of three that starts with a zero stands in no list
    ("Daily volume climbed past 40, 000 units for the first time.", "split", "40, 000"),
    ("Acme ended the day at N2, 050 per share.", "split", "2, 050"),
    # a currency sign before, with groups after the split one
    ("The board's value closed the week at K41, 205,887,310.", "split", "41, 205,887,310"),
    # a unit right after and no list around
    ("Brokers matched 3, 418 deals during the session.", "split", "3, 418"),
    # the decimal of an amount glued to its currency code, before a lone word that ends the clause
    ("Foreigners sold Acme for IDR412.3 billion and Widget for IDR87. 4 miliar.", "split", "87. 4"),
    # a space before the decimal point of a figure grouped with a point
    ("The Inter-10 index rose 0.61% and settled at 4.812 .37 points.", "split", "4.812 .37"),
    # two places after the mark, then the clause ends
    ("The kiwi bought 61.30 yen, with the trade-weighted index at 70. 45.", "split", "70. 45"),
    ("The quote compared with N387. 15, which it fetched on Monday.", "split", "387. 15"),
    # two decimal points after a currency sign
    ("The pound had firmed 0.2% to $1.1.2614.", "double_point", "1.1.2614"),
    ("The rupee ended at Rs2.81.40 against the dollar, from Rs281.55.", "double_point", "2.81.40"),
    # one end of a from/to pair whose other end reads like the joined figure
    ("Trading volume rose 12.4 percent to 412,870 shares from 367, 118.", "split", "367, 118"),
    ("The bank is expected to lift its policy rate from 6.25% to 6, 75% next week.", "split", "6, 75"),
    ("Deals rose from 3, 412 to 4,006 over the week.", "split", "3, 412"),
    ("Yields on the notes climbed by 1, 25% in a month.", "split", "1, 25"),
    # the figure a "to" or "at" leads to, where the clause ends
    ("The gauge slipped 0.4 percent to close at 7, 318.", "split", "7, 318"),
    # a currency sign or a letter inside a figure
    ("The dollar was quoted at $1.$2250 against the euro.", "stray_mark", "1.$2250"),
    ("Acme Systems rose 0.45B% in Tel Aviv.", "stray_mark", "0.45B"),
])
def test_a_figure_split_or_marked_where_no_list_can_stand_is_malformed(text: str, problem: str, written: str) -> None:
    assert _formats(text) == [(problem, written)]
    assert ("malformed-number", "error") in _rules(text)


@pytest.mark.parametrize("text", [
    "Brokers counted 305, 114 and 98 trades in the three sessions.",  # a list of counts
    "On May 30, 412,655 shares changed hands on the junior board.",  # a date, then a count
    "Prices rose from 1,204 to 7, 500 and 12 other levels were tested.",  # a list after "to"
    "The index closed at RM4. 7 rose, 3 fell and the rest were flat.",  # a new clause with a verb
    "The funds held stakes of 4, 12, 600 shares each.",  # a list that closes before the unit
    "Of those aged 18 to 24, 250 answered the survey.",  # a range's end, then a count of its own
    "Of those aged 18 to 24, 250.",
    "Sydney, May 24,2016: the benchmark fell 0.4% to 5,295.60.",  # a date with its space dropped
    "The board met on 12.05.2023 and the index closed at 345. 12 stocks rose.",  # a date; a new sentence
    "Banks led the CAC 40. 25, a record, of its members rose.",  # an index's name ends the sentence
])
def test_a_comma_and_space_that_may_part_list_items_is_no_split(text: str) -> None:
    assert _formats(text) == []


def test_a_split_in_a_title_that_only_the_header_holds_is_flagged_at_its_place() -> None:
    text = "title: Bourse index breaks through 80, 000 points\n\nThe index rose 1.2 percent to 80,412.55 points."
    report = verifier.check(text)
    [fact] = [f for f in report.facts if f.kind == "number_format"]
    assert (fact.written, fact.span.line) == ("80, 000", 1)
    assert [f.rule for f in report.findings] == ["malformed-number"]


def test_a_split_end_of_a_from_to_pair_feeds_no_other_rule() -> None:
    text = "Trading volume rose by 40.0 percent to 336,000 shares from 240, 000."
    assert [rule for rule, _ in _rules(text)] == ["malformed-number"]


@pytest.mark.parametrize(("text", "written"), [
    ("Volume rose to 412,805,331 million shares worth N6.1 billion.", "412,805,331 million"),
    ("The market's value fell to about 5,118,904,662 Billion dinars.", "5,118,904,662 Billion"),
])
def test_a_figure_written_out_with_a_scale_word_on_top_is_a_warning(text: str, written: str) -> None:
    assert _formats(text) == [("scale_doubled", written)]
    assert _rules(text) == [("scale-word-doubled", "warning")]


@pytest.mark.parametrize("text", [
    "The carmaker reported an operating profit of ¥2,725,025 million for the year.",
    "The group booked sales of 3,140,772 million won in the quarter.",
    "The lender's net profit reached Rp 41,170,332 million last year.",
    "Volume rose to 412.8 million shares worth N6.1 billion.",
])
def test_yen_won_and_rupiah_told_in_millions_and_rounded_figures_are_no_doubled_scale(text: str) -> None:
    assert _formats(text) == []


def test_the_session_before_told_in_the_next_sentence_is_compared_with_the_day() -> None:
    text = ("Investors traded 412.5 million shares worth N5.1 billion in 4,210 deals.\n\n"
            "This was against 388.2 billion shares valued at N4.9 billion in 3,980 deals on Monday.")
    report = verifier.check(text)
    [volume] = [f for f in report.facts if f.kind == "volume"]
    assert (volume.shares_prior.span.text, volume.prior.span.text, volume.deals_prior.span.text) == (
        "388.2 billion shares", "N4.9 billion", "3,980")
    assert set(volume.loose) == {"shares_prior", "prior", "deals_prior"}
    assert [(f.rule, f.severity) for f in report.findings] == [("turnover-shares-scale-slip", "warning")]


def test_the_session_before_in_the_same_scale_gives_no_finding() -> None:
    text = ("Investors traded 412.5 million shares worth N5.1 billion in 4,210 deals.\n\n"
            "This was against 388.2 million shares valued at N4.9 billion in 3,980 deals on Monday.")
    assert _rules(text) == []


def test_a_quote_to_four_places_in_comma_decimal_copy_is_the_other_convention_not_a_bad_group() -> None:
    text = ("The index rose 0,35 percent to 191.55 points. Banks gained 1,31 percent to 629.58 and miners 2,18 percent "
            "to 102.29, while the interbank rate firmed to 26.4187 per dollar; the index is down 11,45 percent this year.")
    assert "bad_group" not in {problem for problem, _ in _formats(text)}
    assert _rules(text) == []  # points for levels, commas for percents: the article's house style


def test_a_count_of_deals_with_a_fraction_has_lost_its_scale_word() -> None:
    text = "Some 18.3 billion shares changed hands in 1.12 transactions worth Rp 8.4 trillion."
    assert _formats(text) == [("count_fraction", "1.12")]
    assert _rules(text) == [("count-scale-dropped", "error")]


@pytest.mark.parametrize("text", [
    "Some 18.3 billion shares changed hands in 1.12 million transactions worth Rp 8.4 trillion.",
    "Dealers were averaging 3.5 trades a minute in the last hour.",
    "The desk closed 2.5 deals per session on average.",
])
def test_a_scaled_count_or_an_average_keeps_its_fraction(text: str) -> None:
    assert _formats(text) == []


@pytest.mark.parametrize("opening", ["This surpassed the", "This is compared to a total of", "NAN reports that this was in contrast with"])
def test_each_way_of_opening_the_session_before_gives_the_prior(opening: str) -> None:
    text = (f"Investors traded 412.5 million shares worth N5.1 billion in 4,210 deals.\n\n"
            f"{opening} 388.2 million shares valued at N4.9 billion in 3,980 deals on Monday.")
    [volume] = [f for f in verifier.check(text).facts if f.kind == "volume"]
    assert volume.shares_prior.span.text == "388.2 million shares"


def test_a_shares_scale_slip_is_caught_whatever_verb_joins_the_two_sessions() -> None:
    text = "Trading volume fell to 512.4 million shares from 633.8 billion shares on Tuesday."
    assert [r for r, _ in _rules(text)] == ["turnover-shares-scale-slip"]


def test_the_value_of_what_was_traded_is_no_market_value() -> None:
    text = ("Some 9,400,000 shares in 610 deals, corresponding to a market value of KES 208,115,400.00, were traded. "
            "The exchange's market capitalization stands at KES 1.91 trillion.")
    values = [f.value.span.text for f in verifier.check(text).facts if f.kind == "market_value"]
    assert [v.endswith("1.91 trillion") for v in values] == [True]  # the capitalisation, whatever its sign
    assert _rules(text) == []
