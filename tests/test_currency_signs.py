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
