"""Breadth, turnover and earnings phrasings of issue 3: article text in, facts out, each figure bound
to the fact it belongs to (sentences written for the project in the style of the wires)."""
import decimal
from decimal import Decimal

import pytest

import verifier
from verifier.document import parse_document
from verifier.extract import bound, extract, figure_spans
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def facts(lexicon, text, kind):
    return [f for f in extract(parse_document(text, "t"), lexicon).facts if f.kind == kind]


def fully_bound(lexicon, text):
    extraction = extract(parse_document(text, "t"), lexicon)
    return len(bound(extraction)) == len(extraction.mentions)


# breadth -------------------------------------------------------------------------------------

def test_rising_stocks_outnumbered_declining_ones_on_a_named_exchange(lexicon):
    text = "Rising stocks outnumbered declining ones on the Manila Stock Exchange by 121 to 97 and 52 ended unchanged."
    (breadth,) = facts(lexicon, text, "breadth")
    assert (breadth.advancers.value, breadth.decliners.value, breadth.unchanged.value) == (121, 97, 52)
    assert fully_bound(lexicon, text)


def test_an_adverb_before_the_verb_of_breadth(lexicon):
    (breadth,) = facts(lexicon, "On the Big Board, advances narrowly led declines 802 to 779.", "breadth")
    assert (breadth.advancers.value, breadth.decliners.value) == (802, 779)


def test_the_number_of_advancing_shares_and_the_traded_issues(lexicon):
    text = "Of the total traded issues of 912, the number of advancing shares was 401."
    (breadth,) = facts(lexicon, text, "breadth")
    assert breadth.advancers.value == 401
    (total,) = facts(lexicon, text, "statistic")
    assert (total.measure, total.quantity.value) == ("issues traded", 912)


def test_stocks_not_traded_are_counted_apart(lexicon):
    text = "Meanwhile, 402 counters were unchanged, 1,011 were not traded and 31 counters were suspended."
    (breadth,) = facts(lexicon, text, "breadth")
    assert breadth.unchanged.value == 402
    assert [q.value for q in breadth.other] == [1011, 31]


def test_shares_of_stocks_rising_falling_and_flat_are_breadth_not_moves(lexicon):
    text = "Of more than 1,600 stocks on the prime market, 41% rose, 55% fell and 4% traded flat."
    (breadth,) = facts(lexicon, text, "breadth")
    assert [q.span.text for q in (breadth.advancers, breadth.decliners, breadth.unchanged)] == ["41%", "55%", "4%"]
    assert facts(lexicon, text, "move") == []


def test_a_gain_of_ten_percent_is_no_count_of_gainers(lexicon):
    assert facts(lexicon, "Gainers of 10 percent or more included two chipmakers.", "breadth") == []


# turnover ------------------------------------------------------------------------------------

def test_turnover_against_the_previous_session(lexicon):
    (volume,) = facts(lexicon, "The Hang Seng fell 1.1 percent. Turnover was 712.4 mln H.K. Dlrs against Friday's 655 mln.", "volume")
    assert (volume.value.span.text, volume.prior.span.text, volume.direction) == ("712.4 mln H.K. Dlrs", "655 mln", 0)
    assert volume.value.unit == "HKD"


def test_total_turnover_declined_with_conversions_and_prior(lexicon):
    text = "Total turnover on the bourse declined to 7.2 million dinars ($63,540/ 61,220 euro) from 11.9 million dinars on Monday."
    (volume,) = facts(lexicon, text, "volume")
    assert volume.value.value == Decimal("7.2") and volume.prior.value == Decimal("11.9")
    assert volume.converted.span.text == "$63,540"
    assert [q.span.text for q in volume.conversions] == ["61,220 euro"]
    assert volume.direction == -1
    assert facts(lexicon, text, "move") == []
    assert fully_bound(lexicon, text)


def test_a_part_of_the_turnover_names_its_segment(lexicon):
    text = "Trading in government securities contributed some 2.6 million dinars of the total on Tuesday, compared to 4.1 million dinars on Monday."
    (volume,) = facts(lexicon, text, "volume")
    assert (volume.segment, volume.value.value, volume.prior.value) == ("government securities", Decimal("2.6"), Decimal("4.1"))


def test_transactions_totalled_is_turnover(lexicon):
    (volume,) = facts(lexicon, "The SET index closed at 1,402.11. Transactions totalled 48 billion baht.", "volume")
    assert (volume.value.unit, volume.value.value) == ("THB", 48)


def test_shares_of_one_company_changing_hands_are_its_volume(lexicon):
    (volume,) = facts(lexicon, "More than 3.1 mln BHP shares changed hands.", "volume")
    assert volume.shares.value == Decimal("3.1") and volume.subject.text == "BHP"


def test_turnover_said_to_fall_to_a_larger_value_is_an_error():
    report = verifier.check("Total turnover on the bourse fell to 9.8 million dinars from 7.5 million dinars on Friday.")
    assert [f.rule for f in report.findings] == ["turnover-direction-mismatch"]


# earnings ------------------------------------------------------------------------------------

def test_per_share_result_up_from_a_year_earlier(lexicon):
    text = "Northgate Realty reported Q4 funds from operations Wednesday of $0.41 per diluted share, up from $0.37 a year earlier."
    (result,) = facts(lexicon, text, "earnings")
    assert (result.metric, result.eps_current.span.text, result.eps_prior.span.text, result.direction) == (
        "funds from operations", "$0.41", "$0.37", 1)
    assert result.current is None


def test_a_result_in_a_named_currency_with_its_dollar_conversion(lexicon):
    text = "Quanta Circuit reported Q4 earnings Friday of 3.12 New Taiwan dollars ($0.10) per diluted share, down from NT$3.40 a year earlier."
    (result,) = facts(lexicon, text, "earnings")
    assert (result.eps_current.value, result.eps_prior.span.text, result.direction) == (Decimal("3.12"), "NT$3.40", -1)


def test_consensus_standing_alone_is_an_expectation(lexicon):
    text = ("Quanta Circuit reported Q4 earnings Friday of 3.12 New Taiwan dollars ($0.10) per diluted share.\n\n"
            "Analysts polled by FactSet expected NT$3.05.\n\n"
            "Revenue for the quarter was NT$88.14 billion, compared with NT$80.02 billion a year earlier.\n\n"
            "Analysts surveyed by FactSet expected NT$86.90 billion.")
    results = facts(lexicon, text, "earnings")
    expectations = [(r.metric, r.eps_expected.span.text if r.eps_expected else r.expected.span.text)
                    for r in results if r.current is None and r.eps_current is None]
    assert expectations == [("earnings", "NT$3.05"), ("revenue", "NT$86.90 billion")]


def test_a_range_of_guidance_is_no_result(lexicon):
    text = "The trust said it expects 2026 core FFO of $1.12 to $1.18. Analysts surveyed by FactSet expect $1.10 per share."
    results = facts(lexicon, text, "earnings")
    assert [(r.eps_expected.span.text, r.metric) for r in results] == [("$1.10", "earnings")]


def test_profit_up_a_percent_for_a_period_from_a_prior(lexicon):
    text = "Its profit attributable to shareholders was up 12% to S$61.3 million for the fiscal first quarter ended Dec. 31, 2025, from S$54.7 million a year earlier."
    (result,) = facts(lexicon, text, "earnings")
    assert (result.current.span.text, result.prior.span.text, result.percent.span.text, result.direction) == (
        "S$61.3 million", "S$54.7 million", "12%", 1)


def test_a_loss_narrowing_from_a_larger_one_moves_down(lexicon):
    text = "The insurer posted a net loss attributable to shareholders of 8.2 billion won in the fourth quarter of 2025, narrowing from 96.1 billion won a year earlier."
    (result,) = facts(lexicon, text, "earnings")
    assert (result.metric, result.current.value, result.prior.value, result.direction) == ("net loss", Decimal("8.2"), Decimal("96.1"), -1)
    assert verifier.check(text).findings == ()


def test_guidance_cut_from_a_higher_figure(lexicon):
    text = "The steelmaker cut fiscal 2026 Ebitda guidance to 2.1 billion euros from 2.3 billion euros."
    (result,) = facts(lexicon, text, "earnings")
    assert (result.metric, result.current.span.text, result.prior.span.text, result.direction) == (
        "ebitda guidance", "2.1 billion euros", "2.3 billion euros", -1)
    assert result.subject.text == "the company"


def test_ebitda_came_to_against_expectations(lexicon):
    text = "The group's second-quarter Ebitda came to 410 million euros, missing analysts' expectations of 432 million euros."
    (result,) = facts(lexicon, text, "earnings")
    assert (result.current.span.text, result.expected.span.text) == ("410 million euros", "432 million euros")


def test_a_headline_eps_with_a_currency_code(lexicon):
    (result,) = facts(lexicon, "Jan 29 (Reuters) - Harbour Logistics Q4 adjusted EPS USD 2.3.", "earnings")
    assert result.eps_current.value == Decimal("2.3")


def test_a_guidance_raise_to_a_lower_figure_is_an_error():
    report = verifier.check("The retailer raised its full-year revenue guidance to 4.1 billion euros from 4.3 billion euros.")
    assert [f.rule for f in report.findings] == ["earnings-direction-mismatch"]


# levels and records --------------------------------------------------------------------------

def test_a_threshold_placed_by_a_verb_without_a_noun(lexicon):
    (claim,) = facts(lexicon, "The PSEi returned above 6,900 on Wednesday as banks advanced.", "level_claim")
    assert (claim.subject.name, claim.relation, claim.threshold.span.text, claim.conditional) == ("PSEi", "above", "6,900", False)


def test_a_threshold_after_record_highs(lexicon):
    (claim,) = facts(lexicon, "The FTSE 100 traded at record highs above 9,140 on Tuesday.", "level_claim")
    assert (claim.relation, claim.threshold.span.text) == ("above", "9,140")


def test_over_before_a_threshold_is_its_relation_not_a_qualifier(lexicon):
    (claim,) = facts(lexicon, "Gold briefly climbed to new intraday highs over $3,100 an ounce.", "level_claim")
    assert (claim.relation, claim.threshold.span.text, claim.threshold.qualifier.value) == ("above", "$3,100", "exact")


def test_over_after_a_verb_of_moving_is_a_change_not_a_level(lexicon):
    text = "The Dow Jones Industrial Average surged over 400 points, or 0.9%, and Acme shares fell over 4%."
    assert facts(lexicon, text, "level_claim") == []


def test_a_forecast_level_is_conditional(lexicon):
    text = "Analysts said lower rates could push the PSEi above 7,200 this year."
    (claim,) = facts(lexicon, text, "level_claim")
    assert (claim.subject.name, claim.conditional) == ("PSEi", True)


def test_a_conditional_level_is_no_claim_about_the_close():
    text = ("MANILA - The PSEi rose 41.20 points or 0.63 percent to close at 6,612.40. "
            "Analysts said lower rates could push the PSEi above 7,200 this year.")
    assert verifier.check(text).findings == ()


def test_a_rate_level_belongs_to_the_currency_not_the_dollar(lexicon):
    text = "The yuan was 0.1% weaker at 7.2810 to the dollar, after breaching the psychologically important 7.25 per dollar level."
    (claim,) = facts(lexicon, text, "level_claim")
    assert (claim.subject.text, claim.threshold.span.text) == ("The yuan", "7.25")


def test_a_record_high_of_a_figure(lexicon):
    (claim,) = facts(lexicon, "The STOXX 600 hit a record high of 561.20 in early trade.", "level_claim")
    assert (claim.relation, claim.mark, claim.threshold.span.text) == ("at", "record high", "561.20")


def test_to_a_record_after_a_move_is_the_moves_level_for_an_index_the_lexicon_does_not_name(lexicon):
    text = "The all ordinaries index rose 0.8 pct, while the gold index had risen 61.2 points or 1.9 pct to a record 3,301.4."
    assert facts(lexicon, text, "level_claim") == []
    gold = [m for m in facts(lexicon, text, "move") if m.level is not None]
    assert [(m.subject.entity, m.level.span.text) for m in gold] == [(None, "3,301.4")]


def test_a_record_high_after_a_move_verb_is_left_to_the_move(lexicon):
    text = "The STOXX 600 index rose 0.42% to close at a record high of 561.20 on Tuesday."
    assert facts(lexicon, text, "level_claim") == []
    (move,) = facts(lexicon, text, "move")
    assert "561.20" in [s.text for s in figure_spans(move)]


# statistics and forecasts ----------------------------------------------------------------------

def test_investor_groups_and_their_net_flows_respectively(lexicon):
    text = ("Foreigners and institutions bought 212.40 billion won and 98.15 billion won worth of shares, respectively, "
            "while retail investors sold 301.22 billion won.")
    stats = facts(lexicon, text, "statistic")
    assert [(s.subject.text, s.measure, s.quantity.span.text) for s in stats] == [
        ("Foreigners", "net buying", "212.40 billion won"), ("institutions", "net buying", "98.15 billion won"),
        ("retail investors", "net selling", "301.22 billion won")]


def test_foreign_investors_pulling_out_crore(lexicon):
    (stat,) = facts(lexicon, "Foreign investors have pulled out Rs 8,410 crore from Indian equities this month.", "statistic")
    assert (stat.measure, stat.quantity.value) == ("net selling", 8410)


def test_a_chance_with_the_earlier_chance_it_moved_from(lexicon):
    text = "Traders see a 47% chance that the central bank will cut rates by a further 25 basis points in April, down from 55% before the data."
    stats = facts(lexicon, text, "statistic")
    chance = next(s for s in stats if s.measure == "chance")
    assert (chance.quantity.span.text, chance.prior.span.text, chance.comparison_direction) == ("47%", "55%", -1)
    cut = next(s for s in stats if s.measure == "rate cut")
    assert cut.quantity.span.text == "25 basis points"


def test_a_chance_up_from_a_larger_one_is_an_error():
    report = verifier.check("Traders now see a 38% chance of a rate cut in June, up from 47% a week ago.")
    assert [f.rule for f in report.findings] == ["statistic-comparison-mismatch"]


def test_the_policy_rate_as_a_level(lexicon):
    (stat,) = facts(lexicon, "The central bank held rates at 3.25 per cent on Wednesday.", "statistic")
    assert (stat.measure, stat.quantity.span.text) == ("interest rate", "3.25 per cent")


def test_an_offer_a_price_target_and_a_poll_lead(lexicon):
    text = ("A consortium offered $12 billion to buy the carrier. Citi has a buy rating and A$4.15 target on the stock. "
            "A Survation poll put the lead at 6 points.")
    stats = facts(lexicon, text, "statistic")
    assert [(s.measure, s.quantity.span.text) for s in stats] == [("offer", "$12 billion"), ("price target", "A$4.15"), ("lead", "6 points")]


def test_a_figure_against_its_estimate(lexicon):
    stats = facts(lexicon, "* February CPI at 2.8% YoY vs 2.6% estimate", "statistic")
    assert ("estimate", "2.6%") in [(s.measure, s.quantity.span.text) for s in stats]


def test_a_plain_future_against_last_years_figure_is_a_forecast(lexicon):
    text = "The agency now expects Norwegian crude output will average 1.9 million barrels a day this year versus 1.8 million b/d in 2025."
    (forecast,) = facts(lexicon, text, "forecast")
    assert (forecast.subject.text, forecast.expected.value, forecast.previous.value, forecast.horizon) == (
        "Norwegian crude output", Decimal("1.9"), Decimal("1.8"), "this year")


def test_a_call_for_a_price_to_rise_to_a_target(lexicon):
    (forecast,) = facts(lexicon, "Gold rose 0.6%. Analysts are calling for gold to extend its rally to $3,400 an ounce.", "forecast")
    assert (forecast.subject.text, forecast.level.span.text, forecast.direction) == ("gold", "$3,400", 1)


def test_an_expected_change_with_the_level_it_reaches(lexicon):
    text = "India's sugar output is expected to increase 6.5% to 31.2 million metric tons, a trade body said."
    (forecast,) = facts(lexicon, text, "forecast")
    assert (forecast.expected.span.text, forecast.level.value) == ("6.5%", Decimal("31.2"))


def test_a_result_the_company_forecasts_is_named_a_forecast(lexicon):
    text = "The company forecast a core net profit of 52.1 billion yen, a basic EPS of 131.40 yen, and revenue of 410.0 billion yen."
    assert {r.metric for r in facts(lexicon, text, "earnings")} == {"net profit forecast", "earnings forecast", "revenue forecast"}


def test_a_loss_in_percent_is_a_move_not_earnings(lexicon):
    assert facts(lexicon, "The Nasdaq ended the week with a loss of 1.2%.", "earnings") == []


def test_economists_expecting_growth_report_no_companys_result(lexicon):
    text = "Acme Steel said revenue rose to 191.2 million ringgit. Economists polled by Reuters expected 4.2 percent growth."
    assert [r.metric for r in facts(lexicon, text, "earnings")] == ["revenue"]


def test_a_prior_in_shares_is_no_prior_of_a_value(lexicon):
    text = "The FBM KLCI rose 0.4 percent. Turnover fell to 2.31 billion shares worth 2.46 billion ringgit from 2.85 billion shares worth 2.91 billion ringgit."
    (volume,) = facts(lexicon, text, "volume")
    assert (volume.shares.span.text, volume.value.span.text) == ("2.31 billion shares", "2.46 billion ringgit")
    # each prior in its own measure: the shares' prior is never the value's
    assert (volume.shares_prior.span.text, volume.prior.span.text) == ("2.85 billion shares", "2.91 billion ringgit")
    assert (volume.shares_direction, volume.direction) == (-1, 0)  # "fell to" governs the shares it leads to


def test_a_break_above_a_level_is_conditional(lexicon):
    text = "The FBM KLCI rose 0.4 percent to 1,602.31, settling above 1,600. A break above 1,610 could open the way higher, analysts said."
    claims = facts(lexicon, text, "level_claim")
    assert [(c.threshold.span.text, c.conditional) for c in claims] == [("1,600", False), ("1,610", True)]


def test_a_forecast_in_the_next_clause_leaves_the_claim_stated(lexicon):
    text = "The Nikkei 225 now rests just above the 39,250-point plateau and it may extend its run on Friday."
    (claim,) = facts(lexicon, text, "level_claim")
    assert (claim.proximity, claim.conditional) == ("just", False)


# properties: consistent sentences raise nothing, each flipped word or figure is found -------------

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_AMOUNTS = st.integers(min_value=100, max_value=99_999).map(lambda n: (Decimal(n) / 10).quantize(Decimal("0.1")))  # 10.0 .. 9999.9


def _pair():
    return st.tuples(_AMOUNTS, _AMOUNTS).filter(lambda p: abs(p[0] - p[1]) / min(p) > Decimal("0.05"))


def _rules(text):
    return [f.rule for f in verifier.check(text).findings]


@given(_pair())
def test_turnover_verb_agrees_with_its_two_values_or_is_flagged(pair):
    value, prior = pair
    right, wrong = ("rose", "declined") if value > prior else ("declined", "rose")
    sentence = "Total turnover on the bourse {} to {} million dinars from {} million dinars on Friday."
    assert _rules(sentence.format(right, value, prior)) == []
    assert _rules(sentence.format(wrong, value, prior)) == ["turnover-direction-mismatch"]


@given(_pair())
def test_earnings_words_and_percent_agree_with_the_figures_or_are_flagged(pair):
    current, prior = pair
    change = (current - prior) / prior * 100
    percent = abs(change).quantize(Decimal("1"), rounding=decimal.ROUND_HALF_UP)
    right, wrong = ("up", "down") if current > prior else ("down", "up")
    sentence = "Its net profit was {} {}% to S${} million for the quarter, from S${} million a year earlier."
    assert _rules(sentence.format(right, percent, current, prior)) == []
    assert "earnings-direction-mismatch" in _rules(sentence.format(wrong, percent, current, prior))
    slipped = percent + max(7, percent // 2)  # beyond what the roundings of the three figures allow
    assert _rules(sentence.format(right, slipped, current, prior)) == ["earnings-percent-mismatch"]


@given(st.integers(min_value=1, max_value=97), st.integers(min_value=1, max_value=97))
def test_a_chance_up_or_down_from_an_earlier_one_agrees_or_is_flagged(now, before):
    if now == before:
        return
    right, wrong = ("up", "down") if now > before else ("down", "up")
    sentence = "Traders now see a {}% chance of a rate cut in June, {} from {}% a week ago."
    assert _rules(sentence.format(now, right, before)) == []
    assert _rules(sentence.format(now, wrong, before)) == ["statistic-comparison-mismatch"]


@given(st.integers(min_value=0, max_value=100), st.integers(min_value=0, max_value=100), st.integers(min_value=0, max_value=20))
def test_breadth_shares_over_100_percent_are_flagged(up, down, flat):
    text = f"On the prime market, {up}% of shares rose and {down}% fell, with {flat}% trading flat."
    expected = ["breadth-share-over-total"] if up + down + flat > 101 else []  # 101: three roundings of half a point
    if up + down + flat in (101,):
        return
    assert _rules(text) == expected


def test_counts_of_groups_with_their_modifiers(lexicon):
    text = "All 11 major sectoral indices ended lower. Top 10 gainers included two refiners. Among the top 20 trading partners, most face duties."
    stats = facts(lexicon, text, "statistic")
    assert [(s.measure, s.quantity.value) for s in stats] == [("major sectoral indices", 11), ("gainers", 10), ("trading partners", 20)]


def test_technical_levels_on_either_side(lexicon):
    text = "The Nifty 50 formed a doji, defending 24,100 on the upside and 23,650 on the downside."
    stats = facts(lexicon, text, "statistic")
    assert [(s.measure, s.quantity.span.text) for s in stats] == [("level on the upside", "24,100"), ("level on the downside", "23,650")]


def test_a_raised_bid_and_a_share_of_a_whole(lexicon):
    text = ("The miner said it was raising its bid for the collier to $4.2 billion. "
            "The index includes around 85% of the market capitalization of the region.")
    stats = facts(lexicon, text, "statistic")
    assert [(s.measure, s.quantity.span.text) for s in stats] == [("offer", "$4.2 billion"), ("of the market capitalization", "around 85%")]


def test_minutes_are_a_duration(lexicon):
    (stat,) = facts(lexicon, "The index fell 212.40 points only 17 minutes after the open.", "statistic")
    assert (stat.measure, stat.quantity.unit) == ("duration", "minutes")
