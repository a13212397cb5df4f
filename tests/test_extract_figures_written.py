"""Figures as written: a tape fraction is one figure, a number in a name is none, a year or a clock
time is a date, and a malformed figure is bound to the fact that reports it."""
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verifier import check
from verifier.document import parse_document
from verifier.extract import bound, extract
from verifier.extract.context import Context
from verifier.extract.patterns import CURRENCY_WORDS, SCALE_WORDS, UNIT_WORDS
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def mentions(lexicon, text):
    return [m.text for m in Context(parse_document(text, "t"), lexicon).mentions]


def figures(lexicon, text):
    return [(t.quantity.span.text, t.quantity.value, t.quantity.unit) for t in Context(parse_document(text, "t"), lexicon).tokens]


def facts(lexicon, text, kind=None):
    return [f for f in extract(parse_document(text, "t"), lexicon).facts if kind is None or f.kind == kind]


def unbound(lexicon, text):
    extraction = extract(parse_document(text, "t"), lexicon)
    hits = {(s.start, s.end) for s in bound(extraction)}
    return [m.text for m in extraction.mentions if (m.start, m.end) not in hits]


# tape fractions ---------------------------------------------------------------------------------

def test_a_tape_fraction_is_one_mention_and_one_figure(lexicon):
    text = "Inco slipped 3/8 to 24-5/8 while Alcan firmed 1-1/4 to 61-3/4."
    assert mentions(lexicon, text) == ["3/8", "24-5/8", "1-1/4", "61-3/4"]
    assert [(w, v) for w, v, _ in figures(lexicon, text)] == [
        ("3/8", Decimal("0.375")), ("24-5/8", Decimal("24.625")), ("1-1/4", Decimal("1.25")), ("61-3/4", Decimal("61.75"))]


def test_a_tape_move_binds_its_fractions(lexicon):
    (move,) = facts(lexicon, "Northern Telecom rose 1/8 to 42-7/8.", "move")
    assert (move.change.span.text, move.level.span.text) == ("1/8", "42-7/8")
    assert move.level.value == Decimal("42.875")


@pytest.mark.parametrize("written", ["12/16", "2/4", "3/5", "5/4"])
def test_only_a_fraction_in_lowest_terms_below_one_is_a_tape_fraction(lexicon, written):
    assert written not in mentions(lexicon, f"The ratio stood at {written} on the day.")


def test_a_date_with_slashes_is_not_a_fraction(lexicon):
    assert "1/2" not in mentions(lexicon, "The notice was dated 1/2/2025 and filed late.")


# numbers in names -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name_number", [
    ("Refiner Phillips 66 gained 3.1% after the activist stake.", "66"),
    ("Output in the Lower 48 states slipped to 105.2 bcfd.", "48"),
    ("The Lower 48 states saw colder weather.", "48"),
    ("| SPI 200 Fut | 8390 | -22 |", "200"),
    ("The exchange moved to SGX Centre 2 near Raffles Place.", "2"),
    ("On the ASX 24, the June share price futures contract fell 12 points.", "24"),
    ("The regulator reviewed the PRL 7 licence on Monday.", "7"),
    ("Analysts expect volatility under Trump 2.0 with tariffs in play.", "2.0"),
    ("| SP-15 (W-SP15-IDX) | 21.40 | 19.85 |", "15"),
    ("The Section 232 tariffs hit steelmakers, which fell 2.4%.", "232"),
])
def test_a_number_that_is_part_of_a_name_is_no_figure(lexicon, text, name_number):
    assert name_number not in mentions(lexicon, text)


def test_index_names_with_numbers_are_lexicon_aliases(lexicon):
    text = "The NSE Nifty 50 fell 97.6 points, or 0.4%, while the STOXX 50 rose 0.3%."
    assert mentions(lexicon, text) == ["97.6", "0.4", "0.3"]
    subjects = [m.subject.name for m in facts(lexicon, text, "move")]
    assert subjects == ["Nifty 50", "Euro Stoxx 50"]


@pytest.mark.parametrize("text, figure", [
    ("Swire Pacific 40 to 22.10 and Hk Bank 20 to 9.45.", "20"),     # a tape move after a name
    ("Westpac 8 cents higher at 4.90.", "8"),                          # a unit follows
    ("ANZ rose 12, Westpac 8, NAB 10 and CBA 6.", "8"),                # an elliptic list
    ("It was last traded on Dec. 31 at a discount.", "31"),            # a date, read by the dates extractor
    ("Nikkei Adds 150 As Exporters Rally", "150"),                     # a title-case headline verb
    ("Shares of Tata Motors 5 percent higher lifted the index.", "5"),  # a unit follows
    ("BHP 32 up at 18.40, while Rio 15 down.", "32"),                  # a direction follows
    ("Among banks, ANZ 10 firmer at 27.15.", "10"),                    # a tape move, verbless
    ("Fortescue 15c higher at 21.30", "15"),                           # a unit glued to it
    ("Advancers 412 Decliners 288 Unchanged 95", "412"),              # a data box label
    ("High 345 Low 338 Close 340", "338"),                             # a data box label
    ("Roughly 200 companies reported results.", "200"),                # a sentence-initial adverb
])
def test_a_figure_after_a_capitalised_word_is_still_a_figure(lexicon, text, figure):
    assert figure in mentions(lexicon, text)


# ordinals ---------------------------------------------------------------------------------------

def test_an_ordinal_that_ranks_is_no_figure(lexicon):
    assert mentions(lexicon, "The index set its 14th record close of the year, up 0.6%.") == ["0.6"]


def test_an_ordinal_that_counts_a_run_stays_a_figure(lexicon):
    text = "The Kospi fell 0.8% for the 4th straight session."
    assert mentions(lexicon, text) == ["0.8", "4"]
    assert unbound(lexicon, text) == []


# years and clock times --------------------------------------------------------------------------

@pytest.mark.parametrize("text, year", [
    ("Miners had a rough start to 2024 as iron ore slid.", 2024),
    ("The group expects 2026 operating profit of $1.2 billion.", 2026),
    ("Investors are cautious heading into 2025, brokers said.", 2025),
])
def test_a_year_is_a_date_reference(lexicon, text, year):
    dates = [f for f in facts(lexicon, text, "date_ref") if f.year == year]
    assert dates and dates[0].span.text == str(year)


def test_an_index_can_rise_to_a_level_that_looks_like_a_year(lexicon):
    (move,) = facts(lexicon, "The Kospi rose 12.5 points to 2025 on Tuesday.", "move")
    assert move.level.span.text == "2025"


@pytest.mark.parametrize("stamp", ["1130 AEDT", "0915 local time", "1545 SGT", "2210 UTC"])
def test_a_clock_time_is_no_figure(lexicon, stamp):
    text = f"The ASX 200 was up 0.4% at {stamp} on Thursday."
    (time,) = [f for f in facts(lexicon, text, "date_ref") if f.role == "time"]
    assert time.span.text == stamp
    assert unbound(lexicon, text) == []


def test_a_stray_point_between_month_and_day_keeps_the_date(lexicon):
    text = "The forecast for the year ending March. 31 was raised to 48 yen per share."
    (date,) = [f for f in facts(lexicon, text, "date_ref") if f.role == "calendar"]
    assert (date.month, date.day) == (3, 31)


# currencies as written --------------------------------------------------------------------------

def test_francs_and_hyphenated_currencies(lexicon):
    assert figures(lexicon, "a deal worth 2.5 billion Swiss francs and a 1 billion-euro buyback") == [
        ("2.5 billion Swiss francs", Decimal("2.5"), "CHF"), ("1 billion-euro", Decimal("1"), "EUR")]


# malformed figures ------------------------------------------------------------------------------

def test_a_split_figure_is_bound_to_its_format_fact_and_reported():
    report = check("The Topix was up 21.40 points, or 1.58 percent, to 1, 376.12.\n", date="2016-03-04")
    assert [f.rule for f in report.findings] == ["malformed-number"]
    assert report.findings[0].spans[0].text == "1, 376.12"


def test_a_split_figure_counts_as_bound(lexicon):
    assert unbound(lexicon, "The FBM ACE Index declined 11.65 points to 5,417 .63.") == []


def test_a_currency_code_glued_to_the_figure(lexicon):
    assert figures(lexicon, "It booked a THB620 million charge and cut its target to THB2.10.") == [
        ("THB620 million", Decimal("620"), "THB"), ("THB2.10", Decimal("2.10"), "THB")]
    assert figures(lexicon, "a buyback of more than EUR1.5 billion") == [("more than EUR1.5 billion", Decimal("1.5"), "EUR")]


@pytest.mark.parametrize("text, written, unit", [
    ("Jollibee fell 1.2 percent to P236.40.", "P236.40", "PHP"),
    ("Value turnover reached P6.1 billion.", "P6.1 billion", "PHP"),
    ("Transactions totalled Bt64 billion.", "Bt64 billion", "THB"),
])
def test_peso_and_baht_as_manila_and_bangkok_write_them(lexicon, text, written, unit):
    assert [(w, u) for w, _, u in figures(lexicon, text)][-1] == (written, unit)


def test_a_lone_p_is_no_peso(lexicon):
    assert figures(lexicon, "The S&P500 rose and tag L4N3P31B2 was filed.") == []


def test_a_ticker_with_digits_is_no_currency(lexicon):
    assert mentions(lexicon, "The CSI300 index rose 1.1%.") == ["1.1"]


def test_a_hyphenated_scale_keeps_the_magnitude(lexicon):
    (token,) = Context(parse_document("a $2.4-billion takeover", "t"), lexicon).tokens
    assert (token.quantity.span.text, token.quantity.unit, token.quantity.magnitude) == ("$2.4-billion", "USD", Decimal("2.4E9"))


@pytest.mark.parametrize("text, written, unit", [
    ("The central bank delivered a 25-basis-point cut.", "25-basis-point", "basis_points"),
    ("Turnover was 812.4 mln H.K. Dlrs.", "812.4 mln H.K. Dlrs", "HKD"),
    ("It earned 3.15 New Taiwan dollars a share.", "3.15 New Taiwan dollars", "TWD"),
])
def test_units_and_currencies_written_out(lexicon, text, written, unit):
    assert [(w, u) for w, _, u in figures(lexicon, text)] == [(written, unit)]


def test_a_quarter_and_its_year(lexicon):
    (date,) = facts(lexicon, "Q4 2024 revenue beat forecasts.", "date_ref")
    assert (date.span.text, date.year) == ("2024", 2024)


# properties -------------------------------------------------------------------------------------

_LEXICON = load_lexicon()
_REDUCED = [Fraction(n, d) for d in (2, 4, 8, 16, 32, 64) for n in range(1, d, 2)]


@given(whole=st.integers(min_value=0, max_value=999), part=st.sampled_from(_REDUCED))
def test_any_tape_price_is_one_figure_worth_its_fraction(whole, part):
    written = f"{whole}-{part.numerator}/{part.denominator}" if whole else f"{part.numerator}/{part.denominator}"
    text = f"Inco firmed 1/8 to {written} in active trade."
    assert mentions(_LEXICON, text) == ["1/8", written]
    token = Context(parse_document(text, "t"), _LEXICON).tokens[-1]
    assert Fraction(token.quantity.value) == whole + part


@given(name=st.sampled_from(["Westpac", "Hk Bank", "BHP", "Swire Pacific", "Section", "Phillips"]),
       number=st.integers(min_value=1, max_value=999),
       after=st.sampled_from(sorted({*UNIT_WORDS, *SCALE_WORDS, *CURRENCY_WORDS} - {"%"})
                             + ["to 8.30", "at 4.10", "higher", "lower", "up", "down", "each", "and 12"]))
def test_a_number_after_a_name_and_before_a_unit_or_a_move_is_a_figure(name, number, after):
    assert str(number) in mentions(_LEXICON, f"In late trade {name} {number} {after}, dealers said.")


@pytest.mark.parametrize("text, written, unit, scale", [
    ("Jobless claims fell 6k to 217k last week.", "217k", "", "thousand"),
    ("The FTSE 250 rose 1.3pc.", "1.3pc", "percent", "one"),
    ("The jobless rate rose 0.2pp.", "0.2pp", "percentage_points", "one"),
])
def test_british_and_data_wire_suffixes(lexicon, text, written, unit, scale):
    (token,) = [t for t in Context(parse_document(text, "t"), lexicon).tokens if t.quantity.span.text == written]
    assert (token.quantity.unit, token.quantity.scale.value) == (unit, scale)


def test_crore_and_lakh_scale_the_figure():
    from verifier.document import parse_document
    from verifier.extract import extract
    from verifier.lexicon import load_lexicon
    from verifier.numbers import Scale

    text = "Foreign investors have pulled out Rs 13,718 crore from Indian stocks so far this month."
    quantities = [q for f in extract(parse_document(text, "t"), load_lexicon()).facts
                  for q in (getattr(f, "quantity", None), getattr(f, "value", None)) if q is not None]
    (crore,) = [q for q in quantities if "13,718" in q.span.text]
    assert crore.scale is Scale.TEN_MILLION and crore.magnitude == 137_180_000_000


# fractions and groupings as tapes and other conventions print them --------------------------------

@pytest.mark.parametrize("written, value", [("412¼", "412.25"), ("97½", "97.5"), ("1,203¾", "1203.75"), ("½", "0.5")])
def test_a_vulgar_fraction_is_one_figure_worth_its_fraction(lexicon, written, value):
    text = f"Soybean oil for March settled at {written} cents a pound."
    assert [(w, v) for w, v, _ in figures(lexicon, text)] == [(f"{written} cents", Decimal(value))]


def test_dash_fractions_after_prices_are_eighths_in_a_tape(lexicon):
    text = "Settle OATS (cents per bushel) Dec 356 1-4 Mar 361 3-4 May 358 Jul 349 1-2 Sep 342 5-8"
    assert [(w, v) for w, v, _ in figures(lexicon, text)] == [
        ("356 1-4", Decimal("356.25")), ("361 3-4", Decimal("361.75")), ("358", Decimal("358")),
        ("349 1-2", Decimal("349.5")), ("342 5-8", Decimal("342.625"))]


def test_a_lone_dash_pair_in_prose_stays_two_figures(lexicon):
    assert mentions(lexicon, "Analysts expect 2 1-2 percent growth next year.") == ["2", "1", "2"]


def test_indian_lakh_grouping_is_one_figure(lexicon):
    text = "Market value rose by Rs 3,12,450.75 crore to Rs 4,08,17,306.12 crore."
    assert [v for _, v, _ in figures(lexicon, text)] == [Decimal("312450.75"), Decimal("40817306.12")]


def test_a_low_quote_printed_for_a_comma_groups_thousands(lexicon):
    assert [v for _, v, _ in figures(lexicon, "The futures index was 0.8% firmer at 48\u201a215 points.")] == [
        Decimal("0.8"), Decimal("48215")]


# futures tapes ------------------------------------------------------------------------------------

def test_a_futures_tape_is_one_table_row_per_contract_month(lexicon):
    text = ("Futures on the board of trade:\nOpen High Low Settle Chg.\nSOYMEAL 100 tons; dollars per ton "
            "Jan 402½ 405 399¼ 401¾ —1¼ Mar 396 398½ 393 395½ +2 May 391¼ 392 388¾ 390 —¾")
    rows = facts(lexicon, text, "table_row")
    assert [(r.label, r.headers) for r in rows] == [("SOYMEAL Jan", ("Open", "High", "Low", "Settle", "Chg"))] + [
        (f"SOYMEAL {m}", ("Open", "High", "Low", "Settle", "Chg")) for m in ("Mar", "May")]
    assert [c.value for c in rows[0].cells] == [Decimal("402.5"), Decimal("405"), Decimal("399.25"), Decimal("401.75"), Decimal("1.25")]
    assert rows[0].cells[-1].negative and not rows[1].cells[-1].negative
    assert unbound(lexicon, text) == []


def test_month_day_dates_in_prose_are_no_tape(lexicon):
    text = "The index peaked on Jan 12 and again on Mar 3, slid until May 20 and recovered by Jul 8 to 3,412.10."
    assert facts(lexicon, text, "table_row") == []


def test_paise_are_the_rupee_s_hundredths(lexicon):
    text = "The rupee closed weaker by 7 paise at 83.19 against the dollar, from its previous close of 83.12."
    report = check(text, date="2024-03-05")
    assert report.findings == ()
    assert [(w, u) for w, _, u in figures(lexicon, text)][0] == ("7 paise", "cents")
