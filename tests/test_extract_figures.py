"""Breadth, turnover, tables, listed figures and noun moves: the figures around the headline moves."""
from decimal import Decimal

import pytest

from verifier.document import parse_document
from verifier.extract import bound, extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def facts(lexicon, text, kind):
    return [f for f in extract(parse_document(text, "t"), lexicon).facts if f.kind == kind]


def test_advancers_outnumbered_decliners_gives_both_counts(lexicon):
    (breadth,) = facts(lexicon, "Across the market, advancers outnumbered decliners 512 to 298.", "breadth")
    assert (breadth.advancers.span.text, breadth.decliners.span.text) == ("512", "298")


def test_losers_first_are_still_decliners(lexicon):
    (breadth,) = facts(lexicon, "In the broader market, losers outnumbered gainers 401 to 220.", "breadth")
    assert (breadth.advancers.value, breadth.decliners.value) == (220, 401)


def test_there_were_gainers_decliners_and_unchanged(lexicon):
    (breadth,) = facts(lexicon, "There were 310 gainers and 275 decliners, while 402 counters were unchanged.", "breadth")
    assert (breadth.advancers.value, breadth.decliners.value, breadth.unchanged.value) == (310, 275, 402)


def test_turnover_in_shares_and_value(lexicon):
    (volume,) = facts(lexicon, "Volume was 1.7 billion shares worth S$1.2 billion.", "volume")
    assert volume.shares.span.text == "1.7 billion shares"
    assert (volume.value.span.text, volume.value.unit) == ("S$1.2 billion", "SGD")


def test_turnover_with_a_converted_value(lexicon):
    (volume,) = facts(lexicon, "Turnover totaled NT$388.10 billion (US$12.95 billion).", "volume")
    assert (volume.value.unit, volume.converted.span.text) == ("TWD", "US$12.95 billion")


def test_each_table_row_is_a_fact_with_its_headers(lexicon):
    text = "Prices:\n\n| Hub | Current | Prior |\n| --- | --- | --- |\n| Henry Hub | 3.61 | 3.48 |\n| Waha | -0.42 | 1.10 |\n"
    first, second = facts(lexicon, text, "table_row")
    assert first.headers == ("Hub", "Current", "Prior")
    assert (first.label, [c.span.text for c in first.cells]) == ("Henry Hub", ["3.61", "3.48"])
    assert second.cells[0].negative and second.cells[0].value == Decimal("0.42")


def test_a_list_of_names_with_signed_percentages(lexicon):
    moves = facts(lexicon, "Laggards included Xiaomi (-4.1%), Lenovo (-2.2%) and Meituan (+1.5%).", "move")
    assert [(m.subject.text, m.direction, m.percent.value) for m in moves] == [
        ("Xiaomi", -1, Decimal("4.1")), ("Lenovo", -1, Decimal("2.2")), ("Meituan", 1, Decimal("1.5"))]


def test_a_list_under_a_direction_header(lexicon):
    moves = facts(lexicon, "Indexes up: Dow 0.41%, S&P 500 0.62%, Nasdaq 1.05%", "move")
    assert [(m.subject.entity, m.direction) for m in moves] == [("dow", 1), ("sp-500", 1), ("nasdaq", 1)]


def test_a_move_told_as_a_noun(lexicon):
    (move,) = facts(lexicon, "The index rose, helped by a 6.1% surge in BHP.", "move")
    assert (move.subject.entity, move.direction, move.intensity, move.percent.span.text) == ("bhp", 1, 4, "6.1%")


def test_respectively_gives_each_name_its_figure(lexicon):
    moves = facts(lexicon, "Nvidia and Broadcom gained 3.4% and 2.6%, respectively.", "move")
    assert [(m.subject.entity, m.percent.span.text) for m in moves] == [("nvidia", "3.4%"), ("broadcom", "2.6%")]


def test_a_previous_close_is_the_prior(lexicon):
    (move,) = facts(lexicon, "The FBM KLCI lost 2.10 points to 1,602.33 from yesterday's close of 1,604.43.", "move")
    assert (move.level.span.text, move.prior.span.text) == ("1,602.33", "1,604.43")


def test_tape_fractions_are_read_exactly(lexicon):
    (move,) = facts(lexicon, "Inco Ltd gained 7/8 to 27-1/4.", "move")
    assert (move.change.value, move.level.value) == (Decimal("0.875"), Decimal("27.25"))


def test_a_ticker_does_not_hide_the_company(lexicon):
    (move,) = facts(lexicon, "Adaro Energy Tbk (JK:ADRO) was down 2.44% or 40 points to 1,600.", "move")
    assert move.subject.text == "Adaro Energy Tbk" and move.direction == -1
    assert (move.percent.span.text, move.change.span.text, move.level.span.text) == ("2.44%", "40 points", "1,600")


def test_a_wrap_of_breadth_and_turnover_binds_every_figure(lexicon):
    text = ("The STI rose 0.4 per cent to 4,210.55. Across the broader market, gainers outnumbered losers 290 to 244, "
            "after 1.2 billion securities worth S$1.4 billion changed hands.")
    extraction = extract(parse_document(text, "t"), lexicon)
    assert len(bound(extraction)) == len(extraction.mentions) == 6


# --- robustness: any text extracts without error, and every span indexes the text ----------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from([
    "The Nikkei", " rose ", " fell ", "1,138.46", " points", " or ", "2.20 percent", " to ", "$", "NT$", "(", ")",
    "-", "%", ".", ", ", "\n", "\n\n", "between ", " and ", "a high of ", "7/8", "ten", " Wednesday", "| 3.4 |",
    "advancers outnumbered decliners ", "517 to 263", "é", "\u3000", "\uff11", "the index", "about ", "US$", " billion",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_text_extracts_and_every_span_indexes_it(lexicon, text):
    extraction = extract(parse_document(text, "t"), lexicon)
    for span in extraction.mentions:
        assert text[span.start : span.end] == span.text
    for fact in extraction.facts:
        assert text[fact.span.start : fact.span.end] == fact.span.text
        for name in type(fact).model_fields:
            value = getattr(fact, name)
            values = value if isinstance(value, tuple) else (value,)
            for item in values:
                span = getattr(item, "span", None)
                if span is not None:
                    assert text[span.start : span.end] == span.text


def test_a_verbless_tape_list_takes_the_verb_it_hangs_on(lexicon):
    moves = facts(lexicon, "Westpac gained 30 to 5.70, Telstra 20 to 4.50 and Santos seven cents to 6.90.", "move")
    assert [(m.subject.entity, m.direction, m.change.span.text, m.level.span.text) for m in moves] == [
        ("westpac", 1, "30", "5.70"), ("telstra", 1, "20", "4.50"), ("santos", 1, "seven cents", "6.90")]


def test_breadth_counts_are_never_read_as_a_change(lexicon):
    text = "Some 610 shares advanced, 2,794 shares declined and 118 were unchanged."
    extraction = extract(parse_document(text, "t"), lexicon)
    assert [f.kind for f in extraction.facts] == ["breadth"]
    (breadth,) = extraction.facts
    assert (breadth.advancers.value, breadth.decliners.value, breadth.unchanged.value) == (610, 2794, 118)


def test_digits_in_links_and_addresses_are_not_mentions(lexicon):
    text = "The [Sensex](https://example.com/indices/sensex-4.html \"Sensex 4\") fell 0.2%. Mail desk42@wire.com."
    extraction = extract(parse_document(text, "t"), lexicon)
    assert [s.text for s in extraction.mentions] == ["0.2"]


@pytest.mark.parametrize(
    "text, measure, figure",
    [
        ("Washington imposed a 25% tariff on steel.", "tariff", "25%"),
        ("The bank said it would sell its 10.1% stake in the broker.", "stake", "10.1%"),
        ("Mexico accounted for almost 30% of US aluminium imports last year.", "of US aluminium imports", "almost 30%"),
        ("The Nasdaq posted 41 new highs on the day.", "new highs", "41"),
    ],
)
def test_a_figure_about_something_else_is_a_statistic_with_its_measure(lexicon, text, measure, figure):
    (statistic,) = facts(lexicon, text, "statistic")
    assert (statistic.measure, statistic.quantity.span.text) == (measure, figure)


def test_an_exchange_rate_note_is_a_statistic_with_its_base(lexicon):
    (statistic,) = facts(lexicon, "The won ended weaker. ($1 = 1,362.4800 won)", "statistic")
    assert (statistic.quantity.span.text, statistic.base.span.text, statistic.quantity.unit) == ("1,362.4800 won", "$1", "KRW")
