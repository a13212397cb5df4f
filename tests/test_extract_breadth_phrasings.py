"""Market breadth in the phrasings real wraps use: each count bound to its side, the whole it splits
read as the issues traded, and nothing else read as a count (sentences written for the project)."""
import pytest

from verifier.document import parse_document
from verifier.extract import bound, extract
from verifier.lexicon import load_lexicon


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def read(lexicon, text):
    return extract(parse_document(text, "t"), lexicon)


def breadths(lexicon, text):
    return [(b.advancers and b.advancers.span.text, b.decliners and b.decliners.span.text, b.unchanged and b.unchanged.span.text)
            for b in read(lexicon, text).facts if b.kind == "breadth"]


def totals(lexicon, text):
    return [s.quantity.span.text for s in read(lexicon, text).facts if s.kind == "statistic" and s.measure == "issues traded"]


def fully_bound(lexicon, text):
    extraction = read(lexicon, text)
    return len(bound(extraction)) == len(extraction.mentions)


@pytest.mark.parametrize("text, expected", [
    # the side told by a verb phrase after the count
    ("On the main board, the shares of 311 companies rose, while 204 recorded losses.", [("311", "204", None)]),
    ("Of those, 58 closed higher and 71 closed lower.", [("58", "71", None)]),
    ("Breadth was firm, with 912 stocks closing in the green compared to 640 ending in the red.", [("912", "640", None)]),
    ("Breadth turned positive with 1,402 stocks moving up, compared to 933 on the decline and 61 remaining unchanged.",
     [("1,402", "933", "61")]),
    ("Of the listed issues, 188 advanced, 97 declined while 36 did not show any price movement.", [("188", "97", "36")]),
    ("On the bourse, 46 declined, 84 advanced, while 12 kept their previous levels.", [("84", "46", "12")]),
    ("The gauge slipped, with 63 shares declining and 38 gaining.", [("38", "63 shares", None)]),
    ("Of the 540 firms that traded, 251 ended with their prices rising, 262 had losses and 27 closed unchanged.",
     [("251", "262", "27")]),
    ("Breadth was mixed, with 41 stocks on the gainers' chart and 35 others on the losers'.", [("41", "35", None)]),
    ("The index rose, as 102 of the listed stocks advanced, while 64 retreated.", [("102", "64", None)]),
    ("Dealers said 19 other stocks that appreciated trailed the leader.", [("19", None, None)]),
    ("As many as 22 Sensex stocks closed lower.", [(None, "As many as 22", None)]),
    ("Excluding warrants there were 318 rises versus 207 falls.", [("318", "207", None)]),
    ("On the second board, the gauge inched up with a rise in 71 stocks and falls in 66.", [("71", "66", None)]),
])
def test_a_count_takes_the_side_its_own_words_name(lexicon, text, expected):
    assert breadths(lexicon, text) == expected
    assert fully_bound(lexicon, text)


@pytest.mark.parametrize("text, expected", [
    ("Breadth was positive, with gainers surpassing decliners 517 by 402, with 388 counters unchanged.", [("517", "402", "388")]),
    ("On the broader market, decliners swamped advancers 611 to 290.", [("290", "611", None)]),
    ("Losers outnumbered gainers at 97 to 74, with shares of 28 listed firms unchanged.", [("74", "97", "28")]),
    ("The wider market was mixed, with decliners edging past gainers 421 to 418.", [("418", "421", None)]),
    ("Elsewhere, gainers outnumbering losers 14-to-5.", [("14", "5", None)]),
    ("Losers beat gainers by 812 to 301 in Shanghai and 1,140 to 466 in Shenzhen.", [("301", "812", None), ("466", "1,140", None)]),
])
def test_a_comparison_of_the_two_sides_in_any_verb_and_order(lexicon, text, expected):
    assert breadths(lexicon, text) == expected
    assert fully_bound(lexicon, text)


def test_a_margin_of_one_side_over_the_other_is_a_ratio_not_counts(lexicon):
    text = "Declining issues outnumbered advancers by a 5-to-3 margin, with 1,611 down, 977 up and 402 unchanged."
    extraction = read(lexicon, text)
    (ratio,) = [f for f in extraction.facts if f.kind == "statistic"]
    assert (ratio.measure, ratio.quantity.value, ratio.base.value, ratio.base.negative) == ("ratio", 5, 3, False)
    assert breadths(lexicon, text) == [("977", "1,611", "402")]


@pytest.mark.parametrize("text, counts, total", [
    ("Of 40 index stocks, 23 closed in the green.", [("23", None, None)], ["40"]),
    ("Within the benchmark, 26 of 40 stocks closed in the green.", [("26", None, None)], ["40"]),
    ("The gauge gained as 91 of the 204 listed stocks advanced, while 103 retreated.", [("91", "103", None)], ["204"]),
    ("At the exchange, out of the day's 361 securities, prices of 140 securities closed higher against 199 losing issues.",
     [("140", "199", None)], ["361"]),
    ("As many as 470 scrips were active, out of which 250 recorded gains and 190 sustained losses.", [("250", "190", None)],
     ["As many as 470"]),
    ("This was after trading in 166 listed securities; 52 declined, 96 advanced; while 18 keeping their previous levels.",
     [("96", "52", "18")], ["166"]),
])
def test_the_whole_the_counts_split_is_the_issues_traded(lexicon, text, counts, total):
    assert breadths(lexicon, text) == counts
    assert totals(lexicon, text) == total
    assert fully_bound(lexicon, text)


def test_a_whole_counted_in_part_is_no_count_of_its_own(lexicon):
    text = "Trading was thin, with 150 of the 322 traded scrips gaining in value while 151 declined and 19 remained unchanged."
    assert breadths(lexicon, text) == [("150", "151", "19")]
    assert totals(lexicon, text) == ["322"]


def test_the_issues_that_traded_stand_alone_when_no_count_is_beside_them(lexicon):
    assert totals(lexicon, "Of the 52 companies listed, shares of 47 saw trading on the day.") == ["47"]


def test_counts_of_a_second_group_in_the_same_sentence_start_their_own_reading(lexicon):
    text = "Today, out of 980 stocks, 611 rose and 322 fell; out of 30 categories, 22 rose."
    assert breadths(lexicon, text) == [("611", "322", None)]
    (sectors,) = [s for s in read(lexicon, text).facts if s.kind == "statistic" and s.measure == "categories"]
    assert (sectors.quantity.value, sectors.base.value) == (22, 30)


@pytest.mark.parametrize("text", [
    "Market breadth stayed weak, with seven of the 10 most active stocks in the red.",
    "The blue-chip top 40 rose 0.6% and the mid 250 fell 0.3%.",
    "The Nifty 50 closed higher and the Sensex ended lower.",
    "A resources-10 gauge gained and the broad index slipped.",
])
def test_a_whole_an_index_name_or_a_move_is_no_count(lexicon, text):
    assert breadths(lexicon, text) == []
