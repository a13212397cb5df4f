"""Moves: subject, direction, change, percent, level and prior read from wire phrasings, with spans."""
import pytest

from verifier.document import parse_document
from verifier.extract import extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def moves(lexicon, text):
    facts = extract(parse_document(text, "t"), lexicon).facts
    return [f for f in facts if f.kind == "move"]


def texts(move):
    return {k: getattr(move, k).span.text for k in ("change", "percent", "level", "prior", "low", "high") if getattr(move, k)}


def test_points_or_percent_to_finish_at_is_one_move(lexicon):
    (move,) = moves(lexicon, "SEOUL - The KOSPI climbed 41.37 points or 1.52 percent to finish at 2,763.94.")
    assert move.subject.entity == "kospi" and move.direction == 1 and move.intensity == 3
    assert texts(move) == {"change": "41.37 points", "percent": "1.52 percent", "level": "2,763.94"}


def test_ended_up_with_commas_and_at(lexicon):
    (move,) = moves(lexicon, "The Taiex ended up 31.06 points, or 0.13 percent, at 23,498.70.")
    assert move.subject.entity == "taiex" and move.direction == 1
    assert texts(move) == {"change": "31.06 points", "percent": "0.13 percent", "level": "23,498.70"}


def test_a_weekday_between_percent_and_close_is_skipped(lexicon):
    (move,) = moves(lexicon, "TSMC fell 0.85 percent Tuesday to close at NT$1,160.00.")
    assert move.subject.entity == "tsmc" and move.direction == -1
    assert texts(move) == {"percent": "0.85 percent", "level": "NT$1,160.00"}
    assert move.level.unit == "TWD"
    assert move.session_day == "tuesday"


def test_direction_word_after_the_figures_sets_a_neutral_verb(lexicon):
    (move,) = moves(lexicon, "The Sensex closed 210.18 points down at 29,044.44.")
    assert move.direction == -1 and move.verb == "closed"
    assert texts(move) == {"change": "210.18 points", "level": "29,044.44"}


def test_lost_points_or_percent_to_level(lexicon):
    (move,) = moves(lexicon, "The Shanghai Composite lost 9.12 points or 0.46 percent to 1,984.30.")
    assert move.direction == -1 and texts(move) == {"change": "9.12 points", "percent": "0.46 percent", "level": "1,984.30"}


@pytest.mark.parametrize("per", ["a barrel", "per ounce", "a tonne"])
def test_commodities_move_in_currency_to_a_price(lexicon, per):
    (move,) = moves(lexicon, f"Brent crude for June delivery slipped $0.42 or 0.6 percent to $70.12 {per}.")
    assert move.subject.entity == "brent" and move.direction == -1
    assert texts(move) == {"change": "$0.42", "percent": "0.6 percent", "level": "$70.12"}
    assert move.change.unit == "USD"


def test_a_currency_eases_to_a_level_from_a_prior(lexicon):
    (move,) = moves(lexicon, "In currency trading, the yen eased to 151.40 per dollar from 150.95.")
    assert move.subject.entity == "jpy" and move.direction == -1
    assert texts(move) == {"level": "151.40", "prior": "150.95"}


def test_a_yield_rises_in_basis_points_to_a_percent_level(lexicon):
    (move,) = moves(lexicon, "The 10-year yield rose 6 basis points to 4.31 percent.")
    assert move.subject.entity == "us-10y" and move.direction == 1
    assert texts(move) == {"change": "6 basis points", "level": "4.31 percent"}
    assert move.change.unit == "basis_points"


def test_the_index_is_bound_to_the_index_named_before(lexicon):
    text = "The Hang Seng finished firmly higher on Tuesday.\n\nFor the day, the index advanced 402.77 points or 1.63 percent to end at 25,100.10."
    (move,) = moves(lexicon, text)
    assert move.subject.text == "the index" and move.subject.entity == "hang-seng"


def test_the_index_binds_to_an_exchange_the_lexicon_lacks_not_to_a_market_named_before(lexicon):
    text = ("Asian markets were mixed and U.S. stocks were higher. The PSX finished firmly higher on Friday. "
            "For the day, the index gained 512.40 points or 1.12 percent to finish at 46,210.08 after trading between 45,650.20 and 46,255.90.")
    (move,) = moves(lexicon, text)
    assert move.subject.entity is None and move.subject.name == "PSX"
    from verifier import check
    assert not check(text).findings  # the Dow's "were up" is another market: no direction or extreme to compare


def test_a_market_phrase_binds_to_the_main_index(lexicon):
    (move,) = moves(lexicon, "The South Korea stock market jumped 58.20 points or 2.1 percent on Monday.")
    assert move.subject.entity == "kospi" and move.subject.type == "market"


def test_each_company_in_a_list_of_actives_gets_its_own_move(lexicon):
    text = ("Among the actives, Sony Group slid 0.81 percent, while Toyota Motor gained 1.12 percent, "
            "Honda Motor was down 0.55 percent and Hitachi soared 3.05 percent.")
    found = moves(lexicon, text)
    assert [(m.subject.entity, m.direction, m.percent.span.text) for m in found] == [
        ("sony-group", -1, "0.81 percent"), ("toyota-motor", 1, "1.12 percent"),
        ("honda-motor", -1, "0.55 percent"), ("hitachi", 1, "3.05 percent"),
    ]


def test_an_unknown_company_is_kept_by_its_capitalised_name(lexicon):
    (move,) = moves(lexicon, "Among the actives, Kioxia Holdings plunged 6.20 percent.")
    assert move.subject.text == "Kioxia Holdings" and move.subject.entity is None and move.direction == -1


def test_a_neutral_verb_alone_leaves_direction_zero(lexicon):
    (move,) = moves(lexicon, "The KOSPI ended at 2,684.37.")
    assert move.direction == 0 and texts(move) == {"level": "2,684.37"}


def test_a_continuation_after_a_comma_joins_the_same_move(lexicon):
    text = "The Nifty closed at 9,412.30 points, down 47.85 points or 0.51 percent from the previous close at 9,460.15 points."
    (move,) = moves(lexicon, text)
    assert move.direction == -1
    assert texts(move) == {"level": "9,412.30 points", "change": "47.85 points", "percent": "0.51 percent", "prior": "9,460.15 points"}


def test_broadcast_style_figures_are_read(lexicon):
    (move,) = moves(lexicon, "The Dow gained nine-point-27 points, or point-41 percent.")
    assert texts(move) == {"change": "nine-point-27 points", "percent": "point-41 percent"}


def test_multi_session_moves_carry_the_period_and_sessions(lexicon):
    text = "Tokyo shares have now risen in back-to-back sessions, climbing more than 1,400 points or 2.5 percent over the stretch."
    (move,) = moves(lexicon, text)
    assert move.period == "multi_session" and move.sessions == 2 and move.direction == 1
    assert move.change.qualifier == "more_than"


def test_a_three_day_winning_streak_counts_three_sessions(lexicon):
    (move,) = moves(lexicon, "The Topix has climbed 58.62 points or 2.2 percent over a three-day winning streak.")
    assert move.period == "multi_session" and move.sessions == 3


def test_a_weekly_move_has_the_week_period(lexicon):
    (move,) = moves(lexicon, "For the week, the Nasdaq Composite rose 2.4 percent.")
    assert move.period == "week" and move.subject.entity == "nasdaq"


def test_a_forecast_is_not_a_move(lexicon):
    assert moves(lexicon, "The leading index is expected to rise 0.5 percent on month.") == []


def test_move_spans_cover_subject_to_last_figure_and_index_the_text(lexicon):
    text = "source: wire\n\nThe Dow climbed 126.40 points or 0.26 percent to finish at 48,010.25, while gold fell."
    (move,) = moves(lexicon, text)
    assert move.span.text == "The Dow climbed 126.40 points or 0.26 percent to finish at 48,010.25"
    for q in (move.change, move.percent, move.level):
        assert text[q.span.start : q.span.end] == q.span.text


# --- properties: any rendering of a consistent move reads back exactly --------------------------
from decimal import Decimal  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from verifier.numbers import format_decimal  # noqa: E402

_SUBJECTS = [("The Nikkei 225", "nikkei-225"), ("The KOSPI", "kospi"), ("The Hang Seng", "hang-seng"),
             ("The Taiex", "taiex"), ("The S&P/ASX 200", "asx-200"), ("The Dow", "dow"), ("The DAX", "dax")]
_UP = ["rallied", "climbed", "jumped", "gained", "advanced", "added", "rose", "soared", "surged", "edged up"]
_DOWN = ["slumped", "tumbled", "plunged", "retreated", "dropped", "shed", "slipped", "fell", "lost", "declined"]
_ENDS = ["to finish at", "to close at", "to end at", "to settle at", "at", "to"]


@st.composite
def rendered_moves(draw):
    subject, entity = draw(st.sampled_from(_SUBJECTS))
    up = draw(st.booleans())
    verb = draw(st.sampled_from(_UP if up else _DOWN))
    level = Decimal(draw(st.integers(100_000, 6_000_000))) / 100
    change = Decimal(draw(st.integers(1, int(level * 10)))) / 100  # at most a tenth of the level
    percent = change / (level - change if up else level + change) * 100
    change_text, level_text = format_decimal(change, 2), format_decimal(level, 2)
    percent_text = format_decimal(percent, 2, grouping=False)
    joiner = draw(st.sampled_from([" points or ", " points, or "]))
    tail = "," if joiner.endswith(", or ") else ""
    end = draw(st.sampled_from(_ENDS))
    text = f"{subject} {verb} {change_text}{joiner}{percent_text} percent{tail} {end} {level_text}."
    return text, entity, 1 if up else -1, f"{change_text} points", f"{percent_text} percent", level_text


@settings(max_examples=150, deadline=None)
@given(rendered_moves())
def test_any_consistent_rendered_move_reads_back_exactly(lexicon, case):
    text, entity, direction, change, percent, level = case
    (move,) = moves(lexicon, text)
    assert move.subject.entity == entity and move.direction == direction
    assert texts(move) == {"change": change, "percent": percent, "level": level}
    for q in (move.change, move.percent, move.level):
        assert text[q.span.start : q.span.end] == q.span.text


def test_a_move_since_the_first_session_of_the_year_is_year_to_date(lexicon):
    text = "The KOSPI closed at 2,410.02. The figure rose by 9.1 percent, or 201.20 points, from the first trading session of the year."
    _, move = moves(lexicon, text)
    assert move.subject.entity == "kospi" and move.period == "ytd"
    assert (move.percent.span.text, move.change.span.text) == ("9.1 percent", "201.20 points")


def test_finished_at_a_close_then_up_or_down_is_each_index_move_not_breadth(lexicon):
    text = ("The Dow finished at 41,090.55, up 190.12 points or 0.46 percent, while the S&P 500 "
            "finished at 5,988.20, down 12.33 points or 0.21 percent.")
    facts = [f for f in extract(parse_document(text, "t"), lexicon).facts if f.kind != "statement"]
    assert [f.kind for f in facts] == ["move", "move"]
    dow, spx = facts
    assert (dow.subject.entity, dow.direction, spx.subject.entity, spx.direction) == ("dow", 1, "sp-500", -1)
    assert texts(dow) == {"change": "190.12 points", "percent": "0.46 percent", "level": "41,090.55"}
    assert texts(spx) == {"change": "12.33 points", "percent": "0.21 percent", "level": "5,988.20"}


def test_which_after_a_company_and_its_ticker_moves_the_company_not_the_index(lexicon):
    text = "Top gainers on the Jakarta Composite were Bank Sinar Mas Tbk (JK:BSIM), which rose 24.10% or 21 points to 109."
    (move,) = moves(lexicon, text)
    assert (move.subject.text, move.subject.type, move.direction) == ("Bank Sinar Mas Tbk", "unknown", 1)
    assert texts(move) == {"change": "21 points", "percent": "24.10%", "level": "109"}


def test_which_after_a_known_index_keeps_the_index(lexicon):
    (move,) = moves(lexicon, "Gains were led by the KOSPI, which rose 1.2 percent.")
    assert move.subject.entity == "kospi" and texts(move) == {"percent": "1.2 percent"}


def test_a_capitalised_plural_inside_a_sentence_is_part_of_a_name_not_the_market(lexicon):
    text = "At the final bell, the PSEi gained 0.47 percent to 6,874.12 while the broader All Shares index firmed 0.22 percent to 3,651.49."
    first, second = moves(lexicon, text)
    assert first.subject.entity == "psei" and second.subject.entity is None


def test_it_is_the_subject_of_its_own_sentence_or_the_one_before_not_the_last_index(lexicon):
    text = ("The Nikkei 225 rose 120.15 points or 0.31 percent to 38,950.40. Toyota Motor said it jumped "
            "2.4 percent after results. The yen firmed to 151.20 per dollar. It later weakened 0.3 percent.")
    subjects = [m.subject.name for m in moves(lexicon, text)]
    assert subjects == ["Nikkei 225", "Toyota Motor", "yen", "yen"]


def test_two_quotes_of_a_currency_are_no_duplicate_close():
    from verifier import check
    text = "The yen strengthened to 132.64 to the dollar on Monday. It was last at 132.81."
    assert [f.rule for f in check(text).findings] == []


def test_up_to_after_a_verb_of_moving_is_its_direction_and_target_not_a_cap(lexicon):
    (move,) = moves(lexicon, "Brent crude edged up to $77.35 a barrel, while analysts saw gains of up to 4% by spring.")
    assert move.direction == 1 and texts(move) == {"level": "$77.35"}
    assert move.level.unit == "USD" and move.level.qualifier.value == "exact"


@pytest.mark.parametrize("sentence, level", [
    ("The Hang Seng closed at a record high of 31,204.60 on Tuesday.", "31,204.60"),
    ("The KOSPI ended at a fresh six-month low of 2,318.45.", "2,318.45"),
    ("The rupee settled to a new all-time low of 84.27 against the dollar.", "84.27"),
])
def test_a_close_that_sets_an_extreme_is_the_close(lexicon, sentence, level):
    (move,) = moves(lexicon, sentence)
    assert texts(move) == {"level": level}


def test_an_extreme_touched_before_the_close_stays_the_extreme(lexicon):
    (move,) = [m for m in moves(lexicon, "The Sensex hit a record high of 80,412.70 before closing at 80,104.30.") if m.level]
    assert texts(move)["level"] == "80,104.30"
