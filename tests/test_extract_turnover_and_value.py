"""Turnover and the market's value in the phrasings real wraps use: each figure bound to its measure and
session (shares, value, deals; today's or the previous session's), and the market's value read apart
from any index's move. Sentences and figures are written for the project."""
import pytest

from conftest import findings
from verifier.document import parse_document
from verifier.extract import bound, extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def read(lexicon, text):
    return extract(parse_document(text, "t"), lexicon)


def volumes(lexicon, text):
    out = []
    for fact in read(lexicon, text).facts:
        if fact.kind == "volume":
            out.append({name: value.span.text if hasattr(value, "span") else value for name, value in fact
                        if name not in ("id", "span", "kind", "subject", "loose", "segment", "conversions") and value not in (None, 0)})
    return out


def values(lexicon, text):
    return [{name: value.span.text if hasattr(value, "span") else value for name, value in fact
             if name in ("value", "prior", "change", "percent", "converted", "direction") and value not in (None, 0)}
            for fact in read(lexicon, text).facts if fact.kind == "market_value"]


def fully_bound(lexicon, text):
    extraction = read(lexicon, text)
    return len(bound(extraction)) == len(extraction.mentions)


# turnover -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a currency the figure grammar leaves unread, its conversion in parentheses, the prior after "from"
    ("Turnover dropped to 58.12 billion HK dollars (about 7.44 billion U. S. dollars) from Tuesday's 64.90 billion HK dollars.",
     [{"value": "58.12 billion", "converted": "about 7.44 billion", "prior": "64.90 billion", "direction": -1}]),
    # a bare prior takes the measure it is compared with
    ("Volume on the first section came to 1,512.40 million shares, up from Friday's 1,388.06 million.",
     [{"shares": "1,512.40 million shares", "shares_prior": "1,388.06 million", "shares_direction": 1}]),
    ("Exchange volume totaled 811.35 million shares vs. 902.17 million Thursday.",
     [{"shares": "811.35 million shares", "shares_prior": "902.17 million"}]),
    # each session's shares, value and deals on its own side of the comparison
    ("Turnover climbed to QR412.8m with a volume of 8,120,455 shares from 4,907 deals compared to a volume of 6,940,102 shares "
     "from 4,311 deals on Sunday.",
     [{"shares": "8,120,455 shares", "value": "QR412.8m", "direction": 1, "shares_prior": "6,940,102 shares", "deals": "4,907",
       "deals_prior": "4,311"}]),
    # a change in shares, the shares reached and their prior, and the deals
    ("In all, there were 8,215 deals, with the volume of shares traded rising by 96 million shares to 471.30 million, "
     "up from 375.12 million in the previous session.",
     [{"deals": "8,215", "shares_change": "96 million shares", "shares": "471.30 million", "shares_prior": "375.12 million",
       "shares_direction": 1}]),
    # a currency written before the amount, and a percent change against the previous session
    ("Turnover rose to Tk 812 crore, up 6.4 per cent from the previous session's Tk 763 crore.",
     [{"value": "Tk 812 crore", "prior": "Tk 763 crore", "percent": "6.4 per cent", "direction": 1}]),
    # the changes in volume and in value, each with the verb before them
    ("Trade volume totaled 402 million shares worth VND9.8 trillion, down 9.5% in volume and 7% in value against the previous session.",
     [{"shares": "402 million shares", "value": "VND9.8 trillion", "shares_percent": "9.5%", "percent": "7%",
       "shares_direction": -1, "direction": -1}]),
    # a futures market's lots, and its open interest left to its own reading
    ("Volume slipped to 31,204 lots from 44,918 lots on Monday.", [{"shares": "31,204", "shares_prior": "44,918", "shares_direction": -1}]),
    # a count of trades, then the shares they moved
    ("A total number of 201,644 trades were executed with a trading volume of 388.12 million shares.",
     [{"deals": "201,644", "shares": "388.12 million shares"}]),
    # shares, then the value they fetched, told apart
    ("Advancers had the edge across the wider market, on a turnover of 1.64 billion with total value of S$1.89 billion.",
     [{"shares": "1.64 billion", "value": "S$1.89 billion"}]),
])
def test_each_turnover_figure_takes_its_measure_and_its_session(lexicon, text, expected):
    assert volumes(lexicon, text) == expected
    assert fully_bound(lexicon, text)


def test_a_list_of_volumes_is_one_reading_per_figure(lexicon):
    text = "Acme, Bolt and Crane were the most active, with volumes of 18.2m, 15.7m and 11.9m, respectively."
    assert volumes(lexicon, text) == [{"shares": "18.2m"}, {"shares": "15.7m"}, {"shares": "11.9m"}]


def test_a_comparison_ends_with_its_clause(lexicon):
    text = ("Value traded rose to S$1.3 billion from S$0.9 billion, but there was no follow-through on Tuesday, with turnover "
            "falling to 1.2 billion units worth S$701 million.")
    assert volumes(lexicon, text) == [{"value": "S$1.3 billion", "prior": "S$0.9 billion", "direction": 1},
                                      {"shares": "1.2 billion", "value": "S$701 million", "shares_direction": -1}]


def test_companies_named_with_their_own_values_are_no_conversions(lexicon):
    text = "Acme topped the turnover chart with shares worth Tk 1.10 billion, followed by Bolt (Tk 320 million) and Crane (Tk 301 million)."
    assert [v["value"] for v in volumes(lexicon, text)] == ["Tk 1.10 billion", "Tk 320 million", "Tk 301 million"]


def test_what_investors_bought_or_sold_is_no_turnover(lexicon):
    text = "Foreign investors were net sellers, with a net equity of EGP 14.2 million, while trading volume reached 211.4 million securities."
    assert volumes(lexicon, text) == []


@pytest.mark.parametrize("text, silent", [
    ("During the week, trading volume reached about 1.6 billion securities, compared to 913.4 billion.", False),
    ("During the week, trading volume reached about 1.6 billion securities, compared to 913.4 million.", True),
])
def test_a_weekly_volume_a_thousand_times_its_prior_is_flagged(text, silent):
    assert ("turnover-shares-scale-slip" in {f.rule for f in findings(text)}) is not silent


# the market's value -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Market capitalisation ended at 388.412 billion pounds on Thursday, compared to 371.903 billion pounds a week earlier.",
     [{"value": "388.412 billion pounds", "prior": "371.903 billion pounds"}]),
    ("The market capitalisation of listed firms eroded by Rs 3.12 lakh crore to Rs 402.50 lakh crore ($4.71 trillion).",
     [{"change": "Rs 3.12 lakh crore", "value": "Rs 402.50 lakh crore", "converted": "$4.71 trillion", "direction": -1}]),
    ("The market cap of the exchange shrank by NT$1.12 trillion (US$36.2 billion) to NT$25.3 trillion, a 4.2 percent drop.",
     [{"change": "NT$1.12 trillion", "converted": "US$36.2 billion", "value": "NT$25.3 trillion", "percent": "4.2 percent", "direction": -1}]),
    ("The market capital lost about EGP 6.1 billion to hit EGP 512.4 billion.",
     [{"change": "about EGP 6.1 billion", "value": "EGP 512.4 billion", "direction": -1}]),
    ("Investors earned about Rs 3 lakh crore as the overall market capitalisation of listed firms rose to Rs 391 lakh crore "
     "from Rs 388 lakh crore.",
     [{"change": "about Rs 3 lakh crore", "value": "Rs 391 lakh crore", "prior": "Rs 388 lakh crore", "direction": 1}]),
])
def test_the_market_value_its_change_and_its_prior(lexicon, text, expected):
    assert values(lexicon, text) == expected
    assert [f.kind for f in read(lexicon, text).facts if f.kind == "move"] == []
    assert fully_bound(lexicon, text)


def test_a_ranking_by_market_value_is_no_market_value(lexicon):
    text = "The largest lender by market value, Acme Bank, gained 1.2 percent to $41.10."
    assert values(lexicon, text) == []


def test_an_index_that_tracks_market_values_keeps_its_move(lexicon):
    text = "The S&P 500, which tracks the market capitalizations of 500 large companies, rose 0.8 percent to 4,512.30."
    assert values(lexicon, text) == []


def test_a_rise_told_from_a_larger_to_a_smaller_value_once_scales_apply_is_flagged():
    text = "Investors gained as the market capitalisation of listed firms rose to Rs 401 crore from Rs 397 lakh crore."
    assert [f.rule for f in findings(text)] == ["market-value-direction-mismatch"]


def test_a_lakh_crore_is_a_million_million(lexicon):
    (value,) = [f for f in read(lexicon, "Market capitalisation stood at Rs 412.6 lakh crore on Friday.").facts if f.kind == "market_value"]
    assert value.value.magnitude == 412_600_000_000_000
