"""Markdown for a pull-request comment: summary table, quoted sentences with the figures marked."""
from __future__ import annotations

from conftest_reports import build_report

from verifier.report import markdown


def test_summary_table_has_a_row_per_document_and_a_total() -> None:
    lines = markdown.render(build_report()).splitlines()
    assert "| Document | Errors | Warnings | Info | Input errors | Figures bound |" in lines
    assert "| `wires/tokyo close.txt` | 2 | 1 | 0 | 0 | 91% (11/12) |" in lines
    assert "| `wires/missing.txt` | 0 | 0 | 0 | 1 | — |" in lines
    assert "| **Total** | **2** | **1** | **0** | **1** | **91%** |" in lines


def test_quoted_sentence_marks_figures_bold_and_the_suspect_as_bold_code() -> None:
    out = markdown.render(build_report())
    assert ("   > TOKYO - Café owners 📈 cheered as the Nikkei rallied **1,138.46** points or **`2.40`** percent "
            "to finish at **56,912.37** after trading between 55,985.75 and 57,204.42.") in out.splitlines()
    assert "   Expected: **2.04** in place of `2.40`" in out.splitlines()


def test_the_quote_is_the_sentence_holding_the_figures() -> None:
    out = markdown.render(build_report())
    quote = next(line for line in out.splitlines() if "**`2,763.94`**" in line)
    assert quote.startswith("   > In Seoul, the KOSPI climbed")
    assert quote.endswith("between **2,731.08** and **2,758.20**.")  # the next sentence is not quoted


def test_findings_are_grouped_by_document_with_rule_severity_and_position() -> None:
    out = markdown.render(build_report())
    assert "### ❌ `wires/tokyo close.txt`" in out
    assert ("1. ❌ **error** `change-percent-mismatch` at line 4, column 72: 1,138.46 points on a prior close "
            "of 55,773.91 is 2.04 percent, not 2.40") in out.splitlines()
    assert "3. ⚠️ **warning** `stock-move-large` at line 8, column 31:" in out


def test_input_errors_are_listed_under_their_document() -> None:
    out = markdown.render(build_report())
    section = out[out.index("### ❌ `wires/missing.txt`"):]
    assert "- ❌ `input/not-found`: wires/missing.txt: no such file" in section


def test_rules_are_explained_once_in_a_folded_block() -> None:
    out = markdown.render(build_report())
    assert out.count("<details><summary>About these rules</summary>") == 1
    assert "- `close-outside-range` (error): **Close lies outside the intraday range**." in out


def test_escape_neutralises_markdown_and_html() -> None:
    assert markdown.escape("a*b_c <i>|x|</i> & [l](u)") == r"a\*b\_c &lt;i&gt;\|x\|&lt;/i&gt; & \[l\](u)"
    assert markdown.escape("S&P 500 &amp; &#38;") == r"S&P 500 &amp;amp; &amp;\#38;"


def test_a_limit_leaves_out_whole_document_sections_and_says_so() -> None:
    full = markdown.render(build_report())
    room_for_first_document = full.index("### ❌ `wires/missing.txt`") + 10
    cut = markdown.render(build_report(), limit=room_for_first_document + 2_000)  # 2,000 kept in reserve
    assert "### ❌ `wires/tokyo close.txt`" in cut
    assert "### ❌ `wires/missing.txt`" not in cut
    assert "_1 more document with findings not shown here" in cut
    assert markdown.render(build_report(), limit=markdown.COMMENT_LIMIT) == full
