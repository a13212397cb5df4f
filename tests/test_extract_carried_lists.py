"""Lists that carry one verb over several names: gapped items ("Miners rose 0.8% and banks 0.4%") and
lists told "respectively". Each name gets a move of its own, in the figures the first one used."""
import pytest

from verifier.document import parse_document
from verifier.extract import extract
from verifier.extract.gapped import CARRIED
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def moves(lexicon, text):
    return [f for f in extract(parse_document(text, "t"), lexicon).facts if f.kind == "move"]


def texts(move):
    return {k: getattr(move, k).span.text for k in ("change", "percent", "level") if getattr(move, k)}


def by_subject(found):
    return {(m.subject.name or m.subject.text): (texts(m), m.direction) for m in found}


# Gapped items: the verb is said once -------------------------------------------------------------

def test_a_lower_case_sector_after_and_takes_the_verbs_direction(lexicon):
    found = by_subject(moves(lexicon, "Chemicals slid 0.71% and shippers 0.42% by the close."))
    assert found["shippers"] == ({"percent": "0.42%"}, -1)


def test_items_in_parentheses_each_become_a_move(lexicon):
    text = "Among sector gauges, metals sank 3.10 per cent, textiles (2.65 per cent), media (2.05 per cent) and paper (1.15 per cent)."
    found = by_subject(moves(lexicon, text))
    assert found["textiles"] == ({"percent": "2.65 per cent"}, -1)
    assert found["media"] == ({"percent": "2.05 per cent"}, -1)
    assert found["paper"] == ({"percent": "1.15 per cent"}, -1)


def test_followed_by_items_with_the_article_and_by(lexicon):
    text = ("The Transport sub-index advanced the most by 1.81 percent, followed by the Energy 1.22 percent "
            "and the Retail 0.35 percent, while harbours by 0.2 percent.")
    found = by_subject(moves(lexicon, text))
    assert found["Energy"] == ({"percent": "1.22 percent"}, 1)
    assert found["Retail"] == ({"percent": "0.35 percent"}, 1)
    assert "harbours" not in found  # a "while" opens another clause, not an item of this list


def test_a_tape_list_in_sub_units_carries_change_and_level(lexicon):
    text = "Dolphin Plantations was down 31 sen to RM7.15, Kestrel Rubber 12 sen to RM3.02 and Osprey Port 6 sen to RM1.88."
    found = by_subject(moves(lexicon, text))
    assert found["Kestrel Rubber"] == ({"change": "12 sen", "level": "RM3.02"}, -1)
    assert found["Osprey Port"] == ({"change": "6 sen", "level": "RM1.88"}, -1)


def test_an_items_own_sign_or_direction_word_beats_the_carried_verb(lexicon):
    found = by_subject(moves(lexicon, "Utilities gained 0.9%, telecoms (-0.3%) and the metals index 0.12% lower."))
    assert found["telecoms"][1] == -1
    assert found["metals index"][1] == -1


def test_a_carried_direction_is_recorded_as_loose(lexicon):
    found = {m.subject.text: m for m in moves(lexicon, "Grains rallied 1.6% and softs 0.8%.")}
    assert found["softs"].loose["direction"] == CARRIED.format(verb="rallied")
    assert "direction" not in found["Grains"].loose


def test_a_clause_with_a_verb_of_its_own_is_not_an_item(lexicon):
    found = by_subject(moves(lexicon, "Quarry Mining fell 2.2 per cent and Teal Bank dived 3.4 per cent."))
    assert found["Quarry Mining"][0] == {"percent": "2.2 per cent"}
    assert all(name != "Teal Bank dived" for name in found)


def test_a_phrase_after_the_move_that_is_no_name_ends_the_list(lexicon):
    found = moves(lexicon, "Copper rose 1.1%, about 0.5% below its peak.")
    assert [texts(m) for m in found] == [{"percent": "1.1%"}]


def test_a_figure_of_another_kind_is_no_item(lexicon):
    found = moves(lexicon, "The index fell 0.6%, turnover 4.1 billion shares.")
    assert [texts(m) for m in found] == [{"percent": "0.6%"}]


# Lists told "respectively" ------------------------------------------------------------------------

def test_three_names_and_three_percents_respectively(lexicon):
    text = "Acme Steel, Bolt Bank and Crane Corp were the top gainers, as their shares rose 7.9 percent, 5.4 percent and 4 percent, respectively."
    found = by_subject(moves(lexicon, text))
    assert found["Acme Steel"] == ({"percent": "7.9 percent"}, 1)
    assert found["Bolt Bank"] == ({"percent": "5.4 percent"}, 1)
    assert found["Crane Corp"] == ({"percent": "4 percent"}, 1)


def test_percents_then_levels_respectively(lexicon):
    text = ("Other laggards were Fir Water Co. as well as Gull Trading Co., whose shares dropped by 4.3 percent and "
            "2.1 percent to stand at $66.20 and $14.10, respectively.")
    found = by_subject(moves(lexicon, text))
    assert found["Fir Water Co."] == ({"percent": "4.3 percent", "level": "$66.20"}, -1)
    assert found["Gull Trading Co."] == ({"percent": "2.1 percent", "level": "$14.10"}, -1)


def test_one_change_each_and_a_level_per_name_respectively(lexicon):
    text = "Hawk Foods, Ibis Tech and Jay Motors are down 3% each at Rs 412, Rs 96 and Rs 1,250, respectively."
    found = by_subject(moves(lexicon, text))
    assert found["Ibis Tech"] == ({"percent": "3%", "level": "Rs 96"}, -1)
    assert found["Jay Motors"] == ({"percent": "3%", "level": "Rs 1,250"}, -1)


def test_changes_and_levels_told_in_pairs_respectively(lexicon):
    text = "Lark and Mynah were the best, up 41p to £12.30 and 75p to £48.15 respectively."
    found = by_subject(moves(lexicon, text))
    assert found["Lark"][0]["level"] == "£12.30" and found["Mynah"][0]["level"] == "£48.15"


def test_a_described_name_in_the_list(lexicon):
    text = "Rail firm Nene and grocer Ouse advanced 2.2% and 0.9%, respectively."
    found = by_subject(moves(lexicon, text))
    assert found["Nene"] == ({"percent": "2.2%"}, 1) and found["Ouse"] == ({"percent": "0.9%"}, 1)


def test_a_sentence_adverb_is_not_the_first_name(lexicon):
    text = "Meanwhile, Pike Energy, Quail Foods and Rook Homes fell 1.1%, 2.5% and 0.4%, respectively."
    found = by_subject(moves(lexicon, text))
    assert "Meanwhile" not in found and found["Pike Energy"][0] == {"percent": "1.1%"}


def test_sums_of_money_or_volumes_respectively_are_no_moves(lexicon):
    text = "Swan Bank, Tern Oil and Vole Ltd were the most active, with volumes of 21.5m, 19.6m and 14.5m, respectively."
    assert all("level" not in texts(m) for m in moves(lexicon, text))


def test_extremes_told_respectively_are_no_closes(lexicon):
    text = "Wren and Yak hit their 52-week highs at $27.40 and $11.20 respectively."
    assert all("level" not in texts(m) for m in moves(lexicon, text))


def test_names_and_figures_that_do_not_count_alike_are_left_unread(lexicon):
    text = "Zeta and Theta rose 2.5%, 1.5% and 0.5%, respectively."
    assert all(texts(m).get("percent") != "0.5%" for m in moves(lexicon, text))


# Marks crossed or approached: level claims, never a move's figures ---------------------------------

def claims(lexicon, text):
    return [f for f in extract(parse_document(text, "t"), lexicon).facts if f.kind == "level_claim"]


def test_a_mark_approached_is_a_near_claim_not_a_change(lexicon):
    text = "The Hang Seng edged towards 20,000 points on Monday. The index rose 81.10 points to 19,964.20."
    (claim,) = claims(lexicon, text)
    assert claim.relation == "near" and claim.threshold.span.text == "20,000 points"
    assert all(m.change is None or m.change.span.text != "20,000 points" for m in moves(lexicon, text))


def test_a_mark_crossed_during_the_day_is_no_claim_about_the_close(lexicon):
    (claim,) = claims(lexicon, "The Kospi surpassed 3,000 points before sliding back.")
    assert claim.relation == "above" and claim.conditional


def test_a_mark_placed_by_a_verb_of_closing_is_a_claim_about_the_close(lexicon):
    (claim,) = claims(lexicon, "The Taiex ended below 17,000 points for the first time in a month.")
    assert claim.relation == "below" and not claim.conditional


def test_a_sum_of_money_below_a_mark_is_no_level(lexicon):
    assert claims(lexicon, "The token's market value dropped below $80 billion.") == []


def test_a_period_after_the_mark_is_no_level(lexicon):
    assert claims(lexicon, "The won scaled a near 16-month high against the dollar.") == []


# Moves told as a noun with "in" and "by" ---------------------------------------------------------

def test_a_noun_move_with_its_subject_after_in_and_its_size_after_by(lexicon):
    text = "Traders saw a slide in Tokyo's main gauge, the Nikkei 225, by a percentage of 0.52 percent."
    (move,) = moves(lexicon, text)
    assert move.subject.entity == "nikkei-225" and move.direction == -1 and move.percent.span.text == "0.52 percent"


def test_a_forecast_told_as_such_a_noun_is_no_move(lexicon):
    assert moves(lexicon, "Economists expect a rise in the Nikkei 225 by 3 percent next year.") == []


# A close told with no verb of moving, and the move told after it -----------------------------------

def test_a_move_borrows_the_close_told_in_words_in_the_sentence_before(lexicon):
    text = "At the close of trade the Nikkei 225 had 40,938.27 points. It was a gain of 183.40, or 0.45%."
    found = [m for m in moves(lexicon, text) if m.change is not None]
    assert found[0].level.span.text == "40,938.27 points"
    assert "level" in found[0].loose


def test_no_close_is_borrowed_from_a_sentence_with_two_figures_left(lexicon):
    text = "At the close of trade the Nikkei 225 had 40,938.27 points and 40,100 on the week. It was a gain of 183.40, or 0.45%."
    found = [m for m in moves(lexicon, text) if m.change is not None]
    assert found[0].level is None


# A chart's levels are statistics of their kind ----------------------------------------------------

def statistics(lexicon, text):
    return {f.quantity.span.text: f.measure for f in extract(parse_document(text, "t"), lexicon).facts if f.kind == "statistic"}


def test_a_chain_of_chart_levels_each_becomes_a_statistic(lexicon):
    text = "Immediate support sits at 1.2720 (low June 4), followed by 1.2680 and finally 1.2655 (100-day sma)."
    found = statistics(lexicon, text)
    assert found["1.2720"] == found["1.2680"] == found["1.2655"] == "support"


def test_targets_told_one_after_another(lexicon):
    found = statistics(lexicon, "We expect gains, with targets starting at 1.3150 then 1.3190.")
    assert found["1.3150"] == found["1.3190"] == "target"


def test_a_break_needs_its_side(lexicon):
    assert statistics(lexicon, "The pair still needs to break 2019 highs to turn the trend.").get("2019") != "technical level"
