"""Currency signs glued to figures as local wires write them. Sentences and figures are invented."""
from __future__ import annotations

from conftest import findings
from verifier.document import parse_document
from verifier.extract import extract
from verifier.lexicon import load_lexicon


def test_a_naira_sign_glued_to_a_price_or_an_amount_is_the_naira_and_an_index_code_is_no_figure():
    facts = extract(parse_document("Zenith Bank rose 1.4 per cent to N41.75, while N225 futures slipped.", "t"), load_lexicon()).facts
    (move,) = [f for f in facts if f.kind == "move"]
    assert move.level.span.text == "N41.75" and move.level.unit == "NGN"
    assert all("225" not in f.span.text for f in facts if f.kind != "move")


def test_the_market_value_told_in_prose_and_in_a_data_line_a_thousand_times_apart_is_warned():
    text = ("By the close on Friday, the stock market value stood at N31.7 trillion.\n\n"
            "Market Cap: N 31,706 trillion")
    assert [(f.rule, f.severity.value) for f in findings(text)] == [("market-value-restated-scale", "warning")]


def test_a_gulf_or_african_sign_glued_to_a_price_makes_it_a_figure_in_that_currency():
    facts = extract(parse_document(
        "Masraf Alpha rose 0.30 to QR14.25, Emirates Beta slipped to Dhs3.08 and Kumasi Gold ended at GH¢5.40.", "t"),
        load_lexicon()).facts
    levels = {f.level.span.text: f.level.unit for f in facts if f.kind == "move" and f.level is not None}
    assert levels == {"QR14.25": "QAR", "Dhs3.08": "AED", "GH¢5.40": "GHS"}


def test_letters_that_end_a_word_are_no_currency_sign():
    facts = extract(parse_document("The PRO12 index of the league rose 4 points to 212.", "t"), load_lexicon()).facts
    assert all(f.kind != "move" or f.level.unit == "" for f in facts)


def test_a_change_in_the_local_currency_is_checked_against_its_two_prices():
    assert [f.rule for f in findings("Gulf Cement was up 0.55 to QR9.40 from the previous closing at QR9.05.")] == [
        "change-prior-mismatch"]
    assert findings("Gulf Cement was up 0.35 to QR9.40 from the previous closing at QR9.05.") == []


def test_centavos_are_the_peso_s_hundredths():
    assert [f.rule for f in findings("Shares of Delta Holdings gained 15 centavos from Monday's closing of P48.20 to end at P48.55.")] == [
        "change-prior-mismatch"]
    assert findings("Shares of Delta Holdings gained 35 centavos from Monday's closing of P48.20 to end at P48.55.") == []


def test_a_bare_whole_change_beside_a_price_may_be_cents_and_is_not_read_as_the_currency():
    assert findings("Beta Mining fell 45 to $38.20 from $38.65.") == []
