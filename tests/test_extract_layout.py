"""Layout: hard-wrapped wire text read as prose, and numbers inside names and codes not counted as figures."""
import pytest

from verifier.document import parse_document
from verifier.extract import extract
from verifier.extract.context import Context
from verifier.lexicon import load_lexicon

WRAPPED = (
    "SYDNEY, March 3 - Share prices ended firmer in moderate\n"
    "trading, dealers said, with gains spread across the board.\n"
    "    The All Ordinaries index rose 12.40 points to close at\n"
    "1,654.30 after touching 1,660.10 in the afternoon session.\n"
    "Turnover was 95.2 mln shares worth 210.4 mln dlrs, brokers said.\n"
)


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_a_hard_wrapped_paragraph_is_split_at_indents_and_full_stops_not_at_line_breaks(lexicon):
    ctx = Context(parse_document(WRAPPED, "t"), lexicon)
    spans = [(WRAPPED[s.start : s.end], s.paragraph) for s in ctx.sentences]
    assert spans == [
        ("SYDNEY, March 3 - Share prices ended firmer in moderate\ntrading, dealers said, with gains spread across the board.", 0),
        ("    The All Ordinaries index rose 12.40 points to close at\n1,654.30 after touching 1,660.10 in the afternoon session.", 1),
        ("Turnover was 95.2 mln shares worth 210.4 mln dlrs, brokers said.", 1),
    ]


def test_a_move_wrapped_across_lines_keeps_its_level(lexicon):
    facts = extract(parse_document(WRAPPED, "t"), lexicon).facts
    (move,) = [f for f in facts if f.kind == "move"]
    assert move.subject.entity == "all-ordinaries"
    assert (move.change.span.text, move.level.span.text) == ("12.40 points", "1,654.30")


def test_one_paragraph_a_line_still_ends_a_paragraph_at_each_line(lexicon):
    text = "The Kospi rose 1.2 percent.\nSamsung Electronics gained 2.1 percent.\n"
    ctx = Context(parse_document(text, "t"), lexicon)
    assert [(text[s.start : s.end], s.paragraph) for s in ctx.sentences] == [
        ("The Kospi rose 1.2 percent.", 0), ("Samsung Electronics gained 2.1 percent.", 1)]


def test_numbers_in_bylines_slugs_names_and_codes_are_not_mentions(lexicon):
    text = ("1st LD-Writethru: Asian stocks slip\n\n2 Min Read\n\nHSBC (0005.HK) fell 3.1 percent as Covid-19 cases rose, "
            "and fed funds futures <0#FF:> priced cuts. The No. 2 lender lost 1.4 percent. [5D] JP 10 YR Bond")
    document = parse_document(text, "t")
    mentions = [m.text for m in extract(document, lexicon).mentions]
    assert mentions == ["3.1", "1.4"]
