"""The fast paths read what the plain ones read: folded scans, sentence hints, merged names, long figures."""
import re
from decimal import Decimal

import pytest

from verifier import check
from verifier.document import parse_document
from verifier.extract import extract
from verifier.extract.context import Context
from verifier.lexicon import load_lexicon
from verifier.numbers import format_decimal


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


ARTICLE = (
    "TOKYO - The Nikkei ROSE 41.37 points or 1.52 percent to finish at 2,763.94, and the index "
    "Slipped back later. Investors sold about twenty-five percent of holdings.\n\n"
    "The broader Topix edged up three quarters of a percent to 1,960.50."
)


def readings(context: Context, limit: int) -> tuple:
    return (
        [(v.start, v.end, v.text, v.polarity, v.intensity) for v in context.verbs if v.end <= limit],
        [(n.start, n.end, n.text, n.entity) for n in context.named if n.end <= limit],
        [(s.start, s.end, s.text) for s in context.mentions if s.end <= limit],
    )


def test_a_text_that_cannot_be_folded_reads_the_same_verbs_names_and_figures(lexicon):
    folded = Context(parse_document(ARTICLE, "a"), lexicon)
    case_blind = Context(parse_document(ARTICLE + " Kırıkkale", "b"), lexicon)  # dotless i: no folding
    assert folded._foldable and not case_blind._foldable
    assert readings(folded, len(ARTICLE)) == readings(case_blind, len(ARTICLE))
    verbs, named, mentions = readings(folded, len(ARTICLE))
    assert verbs == [(19, 23, "ROSE", 1, 2), (56, 65, "finish at", 0, 2), (90, 97, "Slipped", -1, 2), (183, 191, "edged up", 1, 1)]
    assert [n[2] for n in named] == ["Nikkei", "the index", "broader Topix"]
    assert [m[2] for m in mentions] == ["41.37", "1.52", "2,763.94", "twenty-five", "three", "1,960.50"]


def test_a_hint_repeated_in_a_sentence_gives_that_sentence_once(lexicon):
    text = "Stocks hit a high and a high again. Bonds were flat. Oil rose to a high."
    context = Context(parse_document(text, "t"), lexicon)
    found = context.sentences_with(re.compile(r"high"))
    assert [text[s.start : s.end] for s in found] == ["Stocks hit a high and a high again.", "Oil rose to a high."]


def test_two_aliases_side_by_side_are_one_name_of_the_more_specific_entity(lexicon):
    text = "At midday the FTSE Bursa Malaysia (FBM KLCI) lost 1.5 points to 1,612.00."
    (move,) = [f for f in extract(parse_document(text, "t"), lexicon).facts if f.kind == "move"]
    assert move.subject.entity == "fbm-klci"
    assert (move.subject.text, move.subject.span.start, move.subject.span.end) == ("FTSE Bursa Malaysia", 14, 33)


def test_a_figure_longer_than_the_decimal_context_is_formatted_in_full():
    assert format_decimal(Decimal("123456789012345678901234567890.55"), 1) == "123,456,789,012,345,678,901,234,567,890.6"
    assert format_decimal(Decimal("-Infinity"), 2) == "-Infinity"


def test_a_thirty_digit_level_is_checked_without_error():
    report = check("The Nikkei rose 5.5 points to 123456789012345678901234567890.5 from 1,000.00.")
    (finding,) = report.findings
    assert finding.rule == "change-prior-mismatch"
    assert [s.text for s in finding.spans] == ["5.5 points", "123456789012345678901234567890.5", "1,000.00"]


NAME_TEXTS = [
    "The Nikkei 225 and the Hang Seng\nIndex rose; xNikkei and Nikkei-linked shares did not.",
    "KOSPI's gain, the S&P 500's loss, S&P/ASX 200, U.S. crude oil and the Japan stock market.",
    "Shares in Japan rose while the FTSE Bursa Malaysia KLCI fell and Dow Jones U.S. Software Index",
]


@pytest.mark.parametrize("text", NAME_TEXTS)
def test_the_alias_trie_finds_the_names_the_alias_regex_finds(lexicon, text):
    from verifier.lexicon import _walk_names

    for start, end in ((0, len(text)), (4, len(text)), (0, 40), (13, 61)):
        expected = [m.span() for m in lexicon.entity_pattern.finditer(text, start, end)]
        assert _walk_names(*lexicon._names, text, start, end) == expected
    assert [text[s:e] for s, e in lexicon.find_names(text, 0, len(text))] == [text[m.start() : m.end()] for m in lexicon.entity_pattern.finditer(text)]


HINT_TEXT = (
    "Gold neared a record as the dollar slipped below its support. Oil broke above resistance, "
    "then sent futures lower; the index was seen flat.\n\nNothing here moves. Copper stayed near "
    "a three-week low - a break would send it toward 9,000. Traders will rise early?"
)
HINTS = [
    r"toward|\bnear(?:s|ed|ing)?\b|approach|shy of",  # a word with optional endings
    r"surpass|\bbr[eo]k| below | above ",  # a small class spelled out, cues led by a space
    r"drag|push|sen[dt]|lift",
    r" will (?:rise|fall|be) ",  # one shared lead
    r"\b(?:expected|seen|called)\b",
    r"(?<![0-9,.])(?:19|20)[0-9]{2}(?![0-9])",  # led by a digit: no cue, the plain scan
    r"[0-9a-z%] (?:each )?to (?:[a-z]{0,3}\$|[0-9$])",  # may begin with any letter: no cue
]


def _plain_scan(context: Context, hint: re.Pattern) -> list:
    """sentences_with as a plain scan: the sentence of the first match at or after each sentence's start."""
    found, position = [], context.document.body_start
    while (m := hint.search(context.folded, position)) is not None:
        index = context.sentence_at(m.start())
        found.append(context.sentences[index])
        position = context.sentences[index + 1].start if index + 1 < len(context.sentences) else len(context.folded)
    return found


@pytest.mark.parametrize("hint", HINTS)
def test_a_hint_tried_only_at_its_cues_finds_the_sentences_a_plain_scan_finds(lexicon, hint):
    context = Context(parse_document(HINT_TEXT, "t"), lexicon)
    pattern = re.compile(hint)
    assert context.sentences_with(pattern) == _plain_scan(context, pattern)


def test_a_hint_has_cues_only_where_every_match_begins_with_one():
    from verifier.extract.cues import cues

    def strings(pattern):
        found = cues(re.compile(pattern))
        return None if found is None else {(skip, s) for skip, s in found}

    assert strings(r"drag|push|sen[dt]|lift") == {(0, "drag"), (0, "lift"), (0, "push"), (0, "send"), (0, "sent")}
    assert strings(r"toward|\bnear(?:s|ed|ing)?\b|approach") == {(0, "near"), (0, "toward"), (0, "approach")}
    assert strings(r" will (?:rise|fall|be) ") == {(0, " will ")}
    assert strings(r"\bwith [+-]?[0-9]") == {(0, "with ")}
    assert strings(r"(?<![0-9])(?:19|20)[0-9]{2}") == {(0, "19"), (0, "20")}
    assert strings(r"[0-9](?:st|nd) |[0-9]{2}/[0-9]") == {(1, "st "), (1, "nd "), (2, "/")}  # a leading digit is skipped
    assert strings(r"\ban? [a-z]+") == {(0, "a "), (0, "an ")}
    assert strings(r"[a-z]+ to [0-9]") is None  # it may begin with any letter
    assert strings(r"high|low") is not None and cues(re.compile(r"high|low", re.IGNORECASE)) is None  # case-blind


@pytest.mark.parametrize("text", [
    "Markets were shut for the Lunar New Year holiday.",
    "MARKETS REOPENED AFTER THE LONG WEEKEND",
    "Trading resumed on Tuesday.",  # no case-blind match
    "A three-day weeKend ahead: the \u212aelvin sign folds to k",
    "Trading was thin before the Chri\u017ftmas break",  # long s: matched case-blind, not lower-cased
    "Shares fell \u0130stanbul-wide before the HOLIDAY",  # dotted capital I lengthens when lower-cased
])
def test_a_case_blind_pattern_searched_in_lower_case_answers_as_the_case_blind_search(text):
    from verifier.extract.cues import found_blind

    pattern = re.compile(r"\bholidays?\b|\blong\s+weekend|\bthree-day\s+weekend|\breopen\w*\s+after\b|\bchristmas", re.IGNORECASE)
    for start in (0, 5, 20):
        assert found_blind(pattern, text, start) == (pattern.search(text, start) is not None)


def test_a_pattern_tried_only_at_its_cues_finds_the_matches_finditer_finds():
    from verifier.extract.cues import finditer

    text = ("The ASX fell while Doha lost 1 percent and the KSE rose; in Doha the markets shut. The TSE "
            "finished higher, Karachi also closed lower and The FTSE gained.")
    city = re.compile(r"(?<![\w&.'-])(?P<city>Doha|Karachi|Kuala\s+Lumpur)\s+(?:(?:also|then)\s+)?(?P<next>[a-z]+)\b")
    market = re.compile(r"(?<![A-Za-z])[Tt]he (?P<name>[A-Z]{2,6}[a-z]?)(?![A-Za-z&'-]) (?P<next>[a-z]+)\b")
    for pattern in (city, market):
        for start, end in ((0, len(text)), (5, len(text)), (0, 60), (30, 120)):
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text, start, end)]
            assert [(m.span(), m.groupdict()) for m in finditer(pattern, text, start, end, most=64)] == expected
    assert [m["city"] for m in finditer(city, text, 0, len(text), most=64)] == ["Doha", "Doha", "Karachi"]
    assert [m["name"] for m in finditer(market, text, 0, len(text))] == ["ASX", "KSE", "TSE", "FTSE"]
