"""More wire phrasings of moves: tape lists that carry the verb over, a price's session extreme, quotes
against a previous close, appositions and adverbs between a name and its verb. Article text in, moves out."""
import pytest

from verifier.document import parse_document
from verifier.extract import extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def moves(lexicon, text):
    return [f for f in extract(parse_document(text, "t"), lexicon).facts if f.kind == "move"]


def texts(move):
    return {k: getattr(move, k).span.text for k in ("change", "percent", "level", "prior", "low", "high") if getattr(move, k)}


def by_subject(found):
    return {m.subject.text: texts(m) for m in found}


# Quotes against a previous close -----------------------------------------------------------------

def test_a_currency_quote_then_its_percent_against_the_previous_close(lexicon):
    text = "The won was quoted at 1,461.3 per dollar on the onshore settlement platform, 0.25% lower than its previous close at 1,457.6."
    (move,) = moves(lexicon, text)
    assert move.subject.entity == "krw" and move.direction == -1
    assert texts(move) == {"level": "1,461.3", "percent": "0.25%", "prior": "1,457.6"}


def test_the_quote_unit_does_not_count_against_the_gap(lexicon):
    text = "Spot gold was quoted at $2,911.40 per ounce in late Asian trade, 0.4% higher than its previous close at $2,899.80."
    (move,) = moves(lexicon, text)
    assert move.direction == 1 and texts(move)["prior"] == "$2,899.80"


# Subjects: apposition, adverbs, exchange codes, participles --------------------------------------

def test_the_name_before_an_apposition_is_the_subject(lexicon):
    (move,) = moves(lexicon, "Galenika, the sole blue-chip riser on Wednesday, rose by 3.10%, closing at 2,170 dinars.")
    assert move.subject.text == "Galenika" and move.direction == 1
    assert texts(move) == {"percent": "3.10%", "level": "2,170"}


def test_an_index_named_before_its_description_and_an_adverb(lexicon):
    text = "The broader BELEXline, a free-float weighted gauge, also fell by 0.21% to 2,398.40 points at close."
    (move,) = moves(lexicon, text)
    assert move.subject.text == "BELEXline" and move.direction == -1
    assert texts(move) == {"percent": "0.21%", "level": "2,398.40 points"}


def test_an_adverb_between_name_and_verb(lexicon):
    (move,) = moves(lexicon, "Holding firms also added 0.75 percent on the day.")
    assert move.subject.text == "Holding firms" and texts(move) == {"percent": "0.75 percent"}


def test_a_relative_clause_after_an_exchange_code_in_brackets(lexicon):
    (move,) = moves(lexicon, "Trading was led by builder Mostogradnja [BEL:MSTG] which closed unchanged at 12,400 dinars.")
    assert move.subject.text == "Mostogradnja" and move.direction == 0 and texts(move) == {"level": "12,400"}


def test_a_participle_after_a_copula_speaks_of_the_subject(lexicon):
    text = "Insurer Sava Re [BEL:SAVA] was the sole other blue-chip stock to trade, ending flat at 2,480 dinars."
    (move,) = moves(lexicon, text)
    assert move.subject.text.endswith("Sava Re") and texts(move) == {"level": "2,480"}


def test_a_participle_after_a_named_complement_speaks_of_the_name(lexicon):
    (move,) = moves(lexicon, "The worst performer among index members was Keppel , falling 2.3 per cent to S$6.71.")
    assert move.subject.text == "Keppel" and move.direction == -1


def test_a_name_between_with_and_the_participle_is_its_subject(lexicon):
    (move,) = moves(lexicon, "Most sectors gained, with Mining rising 2.2%.")
    assert move.subject.text == "Mining"


# Tape lists that carry the verb and the change over ----------------------------------------------

def test_each_to_two_levels_gives_one_move_per_name(lexicon):
    found = moves(lexicon, "Newcrest and Poseidon gained 20 cents each to 9.40 and 4.15, Devex added 30 to 11.00.")
    assert by_subject(found) == {
        "Newcrest": {"change": "20 cents", "level": "9.40"},
        "Poseidon": {"change": "20 cents", "level": "4.15"},
        "Devex": {"change": "30", "level": "11.00"},
    }
    assert all(m.direction == 1 for m in found)


def test_each_to_two_levels_without_a_verb_of_its_own(lexicon):
    found = moves(lexicon, "Golden Cross rose 12 to 3.30, Pancontinental and Kidston Gold 15 each to 4.20 and 7.65.")
    assert by_subject(found)["Pancontinental"] == {"change": "15", "level": "4.20"}
    assert by_subject(found)["Kidston Gold"] == {"change": "15", "level": "7.65"}


def test_two_names_unchanged_at_two_levels(lexicon):
    found = moves(lexicon, "Swire Pacific and Hang Lung ended unchanged at 34.25 and 11.45 dlrs in thin trade.")
    assert by_subject(found) == {"Swire Pacific": {"level": "34.25"}, "Hang Lung": {"level": "11.45 dlrs"}}


def test_a_spelled_change_in_a_tape_list(lexicon):
    found = moves(lexicon, "Among the banks Elders IXL fell 15 to 6.20, Coles Myer eight to 5.84 and Boral three to 4.02.")
    assert by_subject(found)["Coles Myer"] == {"change": "eight", "level": "5.84"}
    assert by_subject(found)["Boral"] == {"change": "three", "level": "4.02"}
    coles = next(m for m in found if m.subject.text == "Coles Myer")
    assert coles.direction == -1 and coles.change.value == 8


def test_a_share_class_in_quotes_is_part_of_the_name(lexicon):
    found = moves(lexicon, "Wheelock Marden shed 20 cents to 9.10 dlrs, Cathay \"B\" 15 to 6.35 and Hk Land five to 7.20.")
    assert by_subject(found)["Cathay \"B\""] == {"change": "15", "level": "6.35"}


# A price's session extreme ------------------------------------------------------------------------

def test_after_reaching_above_the_close_is_the_high(lexicon):
    (move,) = moves(lexicon, "Among the heavyweights, Comalco closed 15 up at 4.60 after reaching 4.72.")
    assert texts(move) == {"change": "15", "level": "4.60", "high": "4.72"}


def test_after_touching_below_the_close_is_the_low(lexicon):
    (move,) = moves(lexicon, "March soybeans settled down 4 cents at $10.12 a bushel after touching $10.05.")
    assert texts(move)["low"] == "$10.05" and move.high is None


def test_hit_earlier_in_the_session_in_the_next_sentence(lexicon):
    text = "Brent crude futures were down 30 cents at $74.80 a barrel by 0400 GMT. They hit $74.52 earlier in the session."
    (move,) = moves(lexicon, text)
    assert move.subject.entity == "brent" and texts(move)["low"] == "$74.52"


def test_a_price_reached_on_another_day_is_no_session_extreme(lexicon):
    (move,) = moves(lexicon, "The dollar also recovered to 151.20 yen after hitting 149.90 on Tuesday.")
    assert move.low is None and move.high is None


# Lists after a dash, limits, parenthesised figures, currency pairs ---------------------------------

def test_names_after_a_dash_share_the_move_each_to_its_level(lexicon):
    text = "PetroChina Co. and China Petroleum & Chemical Corp. both fell 0.5 percent _ PetroChina to 7.42 yuan, and Sinopec to 5.61 yuan."
    found = moves(lexicon, text)
    items = {m.subject.text: texts(m) for m in found if m.level is not None}
    assert items == {"PetroChina": {"percent": "0.5 percent", "level": "7.42 yuan"},
                     "Sinopec": {"percent": "0.5 percent", "level": "5.61 yuan"}}
    assert all(m.direction == -1 for m in found)


def test_the_daily_limit_of_a_percent_is_the_move_not_a_level(lexicon):
    (move,) = moves(lexicon, "Anhui Conch Cement Co. surged by the daily limit of 10 percent to 24.64 yuan.")
    assert texts(move) == {"percent": "10 percent", "level": "24.64 yuan"}


def test_a_name_starting_lower_case_in_a_parenthesised_list(lexicon):
    found = moves(lexicon, "Leaders included Zhongji Innolight (+7.2%), iFlytek (+5.4%) and Dawning Tech (+3%).")
    assert by_subject(found)["iFlytek"] == {"percent": "5.4%"}


def test_an_abbreviated_name_before_its_parenthesised_figure(lexicon):
    found = moves(lexicon, "Top movers were Sunny Optical Tech. (5.9%), Geely Auto (4.4%) and BYD (3.1%).")
    assert by_subject(found)["Sunny Optical Tech."] == {"percent": "5.9%"}


def test_a_lower_case_item_continues_a_parenthesised_list(lexicon):
    found = moves(lexicon, "Energy (-0.9%) and utilities (-0.6%) shares lagged the market.")
    assert by_subject(found)["utilities"] == {"percent": "-0.6%"}
    assert all(m.direction == -1 for m in found)


def test_a_currency_pair_is_a_subject(lexicon):
    found = moves(lexicon, "EUR/IDR was down 0.3% to 16,985.2, while SGD/IDR rose 0.1% to 12,110.45.")
    assert by_subject(found) == {"EUR/IDR": {"percent": "0.3%", "level": "16,985.2"},
                                 "SGD/IDR": {"percent": "0.1%", "level": "12,110.45"}}
    assert {m.subject.type for m in found} == {"currency"} and [m.direction for m in found] == [-1, 1]


# Records and sector indexes named after a commodity -----------------------------------------------

def test_to_a_record_figure_is_the_level_and_the_gold_index_is_not_gold(lexicon):
    (move,) = moves(lexicon, "The gold index had risen 41.2 points or 1.4 pct to a record 2,986.3.")
    assert move.subject.text == "gold index" and move.subject.entity is None
    assert texts(move) == {"change": "41.2 points", "percent": "1.4 pct", "level": "2,986.3"}


def test_a_record_closing_high_is_the_level(lexicon):
    (move,) = moves(lexicon, "The Taiex rose 0.8% to a record closing high of 23,807.41.")
    assert texts(move) == {"percent": "0.8%", "level": "23,807.41"}


def test_climbing_to_a_record_high_is_no_close(lexicon):
    found = moves(lexicon, "Gold climbed to a record high of $2,954.10 an ounce early in the session before retreating.")
    assert all(m.level is None for m in found)


# Names that look like other words -----------------------------------------------------------------

def test_a_name_ending_in_a_modal_is_no_forecast(lexicon):
    (move,) = moves(lexicon, "Pacific Metals rallied. Alcan added 1/4 to reach 51-3/8.")
    assert move.subject.text == "Alcan" and texts(move) == {"change": "1/4", "level": "51-3/8"}


def test_a_commodity_word_inside_a_company_name_is_not_the_commodity(lexicon):
    found = moves(lexicon, "Gold miner Kirkland Resources improved 3/8 to 12-1/8. Elsewhere, Dome Gold gained 1/2 to 9-3/4.")
    assert [m.subject.text for m in found] == ["Kirkland Resources", "Dome Gold"]
    assert all(m.subject.entity != "gold" for m in found)


def test_the_commodity_with_its_instrument_code_is_still_the_commodity(lexicon):
    (move,) = moves(lexicon, "Gold XAU= rose 0.4 percent to $2,941.20 an ounce.")
    assert move.subject.entity == "gold"


def test_a_capitalised_direction_word_inside_a_name_is_no_move(lexicon):
    found = moves(lexicon, "Forecasters said weather in the Lower 48 states would stay colder than normal.")
    assert not any(m.change is not None and m.change.span.text == "48" for m in found)


# Currencies against another, drawdowns, owners, implicit pairs -------------------------------------

def test_the_currency_quoted_against_is_no_new_subject(lexicon):
    (move,) = moves(lexicon, "The yen JPY= firmed against the dollar to 149.20 after the data.")
    assert move.subject.entity == "jpy" and texts(move) == {"level": "149.20"}


def test_was_last_down_against_the_yen_at_a_level(lexicon):
    (move,) = moves(lexicon, "The dollar was last down 0.2 percent against the yen at 151.02 yen JPY=.")
    assert move.subject.entity == "usd" and move.direction == -1
    assert texts(move) == {"percent": "0.2 percent", "level": "151.02 yen"}


def test_extended_its_decline_to_a_level(lexicon):
    (move,) = moves(lexicon, "The Indian rupee extended its decline to 86.95 against the dollar.")
    assert move.subject.entity == "inr" and move.direction == -1 and texts(move) == {"level": "86.95"}


def test_a_decline_to_a_percent_from_a_peak_is_no_level(lexicon):
    found = moves(lexicon, "The smallcap index extended its decline to 15 per cent from its record high.")
    assert all(m.level is None for m in found)


def test_a_sector_index_owns_its_move_noun(lexicon):
    (move,) = moves(lexicon, "Most sectors fell, with the utilities index's 0.85 percent fall leading the decliners.")
    assert move.subject.text == "utilities index" and move.direction == -1 and texts(move) == {"percent": "0.85 percent"}


def test_two_lower_case_names_and_two_percents_pair_in_order(lexicon):
    found = moves(lexicon, "Mining added 0.4 percent, while energy and materials slumped 1.12 percent and 0.45 percent.")
    assert by_subject(found)["energy"] == {"percent": "1.12 percent"}
    assert by_subject(found)["materials"] == {"percent": "0.45 percent"}


def test_a_group_named_with_a_commodity_word_is_not_the_commodity(lexicon):
    found = moves(lexicon, "Property gained, followed by banks and mining & oil, up 0.11 percent and 0.35 percent, respectively.")
    (group,) = [m for m in found if m.percent and m.percent.span.text == "0.35 percent"]
    assert group.subject.text == "mining & oil" and group.subject.entity is None


def test_two_names_before_a_noun_clause_then_a_participle(lexicon):
    found = moves(lexicon, "However, Wesfarmers and Qantas faced declines, falling 2.2% and 4.1%, respectively.")
    assert by_subject(found) == {"Wesfarmers": {"percent": "2.2%"}, "Qantas": {"percent": "4.1%"}}


def test_trading_at_a_quote_is_its_level(lexicon):
    (move,) = moves(lexicon, "The rupee slid to a record low against the dollar, trading at 87.12.")
    assert move.subject.entity == "inr" and texts(move) == {"level": "87.12"}


def test_a_market_moved_by_something_else_by_a_percent(lexicon):
    (move,) = moves(lexicon, "Weak export orders helped drag the Nikkei 0.61 percent lower.")
    assert move.subject.entity == "nikkei-225" and move.direction == -1 and texts(move) == {"percent": "0.61 percent"}


def test_points_a_stock_cost_an_index_are_no_move_of_the_index(lexicon):
    found = moves(lexicon, "Weak results from a chipmaker helped drag the Nikkei 120 points lower.")
    assert not any(m.subject.entity == "nikkei-225" for m in found)


def test_points_a_named_stock_dragged_an_index_down_are_no_move_at_all(lexicon):
    assert moves(lexicon, "Fast Retailing dragged the Nikkei down 95 points.") == []


def test_the_index_a_stock_dragged_down_by_a_percent_is_the_subject(lexicon):
    (move,) = moves(lexicon, "Toyota dragged the Nikkei down 0.6 percent.")
    assert move.subject.entity == "nikkei-225" and move.direction == -1


def test_a_figure_after_the_quote_against_a_currency_continues_its_move(lexicon):
    (move,) = moves(lexicon, "In offshore trade, the won was quoted at 1,441.20 per US dollar, up 0.18 per cent from the previous day.")
    assert move.subject.entity == "krw" and texts(move) == {"level": "1,441.20", "percent": "0.18 per cent"}


def test_against_a_currency_at_the_head_of_the_sentence(lexicon):
    (move,) = moves(lexicon, "Against the yen, sterling rose 0.6 percent to 191.32, not far from last week's 2-1/2 year low of 188.10.")
    assert move.subject.entity == "gbp" and texts(move) == {"percent": "0.6 percent", "level": "191.32"}


def test_another_countrys_generic_yield_is_not_the_lexicons(lexicon):
    (move,) = moves(lexicon, "Italy's 10-year yield, a gauge of euro zone risk, was last up 5 basis points (bps) at 3.612%.")
    assert move.subject.text == "Italy's 10-year yield" and move.subject.entity is None and move.subject.type == "yield"
    assert texts(move) == {"change": "5 basis points", "level": "3.612%"}


def test_a_lower_case_index_after_and_the_in_a_tape_list(lexicon):
    found = moves(lexicon, "The all ordinaries index had gained 9.1 points to 1680.2 and the all mining 2.4 points to 951.3.")
    assert by_subject(found)["all mining"] == {"change": "2.4 points", "level": "951.3"}


def test_a_tape_list_of_percents_to_prices(lexicon):
    found = moves(lexicon, "Among gainers, Keppel rose 1.4 per cent to S$6.92, Sembcorp 0.9 per cent to S$5.61 and Wilmar 0.3 per cent to S$3.12.")
    assert by_subject(found)["Sembcorp"] == {"percent": "0.9 per cent", "level": "S$5.61"}
    assert by_subject(found)["Wilmar"] == {"percent": "0.3 per cent", "level": "S$3.12"}


@pytest.mark.parametrize("text", ["Astra and Telkom rose 1.2% each.", "Astra and Telkom both rose 1.2%."])
def test_one_move_told_for_two_names(lexicon, text):
    found = moves(lexicon, text)
    assert by_subject(found) == {"Astra": {"percent": "1.2%"}, "Telkom": {"percent": "1.2%"}}


@pytest.mark.parametrize("text", ["Shares in Qantas closed 3.2 per cent lower at A$9.87.", "Shares of Qantas (QAN.AX) closed 3.2 per cent lower at A$9.87."])
def test_shares_in_a_company_are_the_company_not_the_market(lexicon, text):
    (move,) = moves(lexicon, text)
    assert move.subject.text == "Qantas" and move.subject.type != "market"


def test_a_multi_year_low_is_no_level(lexicon):
    found = moves(lexicon, "Shares in Sinar Putra fell to 3-years lows; down 7.30% or 11 to 140.")
    assert all(m.level is None or m.level.span.text == "140" for m in found)


def test_the_name_nearer_the_verb_wins_over_an_anaphor(lexicon):
    found = moves(lexicon, "Kohl's fell 2 percent to $9.10 after the company cut its forecast, while Best Buy was up 1.4 percent to $88.15.")
    assert by_subject(found)["Best Buy"] == {"percent": "1.4 percent", "level": "$88.15"}


def test_advancing_stocks_outnumbering_falling_ones_is_no_move(lexicon):
    found = moves(lexicon, "On the NYSE, advancing stocks outnumbered falling ones by a 2.3-to-one ratio.")
    assert found == []


def test_a_figure_right_before_the_next_verb_belongs_to_it(lexicon):
    found = moves(lexicon, "Of the stocks on the main board, 41% rose, 52% fell and 7% were unchanged.")
    assert not any(m.percent is not None and m.percent.span.text == "52%" and m.direction == 1 for m in found)


def test_a_possessive_market_is_not_the_subject_of_its_gauge(lexicon):
    (move,) = moves(lexicon, "Wall Street's fear gauge, the Cboe Volatility Index, climbed 5.1% to 17.9.")
    assert move.subject.entity == "vix"


def test_a_bare_plural_priced_in_a_currency_is_a_stock_not_the_index(lexicon):
    found = moves(lexicon, "The Nasdaq rose 1%. Shares rise 12% to $41.20 as the company beats estimates.")
    shares = next(m for m in found if m.subject.text == "Shares")
    assert shares.subject.entity is None and shares.subject.type == "unknown"


def test_a_range_told_before_the_close_joins_it(lexicon):
    (move,) = moves(lexicon, "The Kospi moved in a range of 2,501.30 to 2,544.87 before closing at 2,530.15.")
    assert texts(move) == {"level": "2,530.15", "low": "2,501.30", "high": "2,544.87"}


def test_touched_its_highest_before_ending_is_the_high(lexicon):
    (move,) = moves(lexicon, "The Taiex touched 23,912.40, its highest since December, before ending 0.4% up at 23,850.02.")
    assert texts(move) == {"percent": "0.4%", "level": "23,850.02", "high": "23,912.40"}


@pytest.mark.parametrize("text", ["The Nikkei climbed above 39,000 for the first time.", "Gold settled above $2,900 an ounce for the first time.",
                                  "The yuan weakened past 7.30 per dollar."])
def test_a_threshold_crossed_is_no_change(lexicon, text):
    assert all(m.change is None for m in moves(lexicon, text))


def test_touching_a_price_at_one_point_is_the_extreme_not_the_level(lexicon):
    (move,) = moves(lexicon, "Gold rose 0.6% to $2,950.10, hitting $2,961.40 at one point.")
    assert texts(move) == {"percent": "0.6%", "level": "$2,950.10", "high": "$2,961.40"}


def test_a_forecast_trading_range_is_no_session_range(lexicon):
    found = moves(lexicon, "The Kospi is likely to trade between 2,480 and 2,560 next week, strategists said.")
    assert all(m.low is None and m.high is None for m in found)


def test_each_to_two_prices_respectively_are_two_levels(lexicon):
    found = moves(lexicon, "Among the heavyweights, Maybank and Public Bank rose 2 sen each to RM10.12 and RM4.48, respectively.")
    assert by_subject(found)["Public Bank"]["level"] == "RM4.48"
    assert by_subject(found)["Public Bank"] == {"change": "2 sen", "level": "RM4.48"}
