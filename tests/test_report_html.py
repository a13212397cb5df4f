"""The HTML report: one self-contained page, every flagged figure a button tied to its finding."""
from __future__ import annotations

from html.parser import HTMLParser

from conftest_reports import ARTICLE, ARTICLE_ID, build_report, finding

from verifier.findings import Coverage, DocumentReport, RunReport, Severity, VerifierInfo, summarize
from verifier.report import html
from verifier.spans import LineIndex


class Page(HTMLParser):
    """Collects buttons (with their text), ids, and any attribute that could reach the network."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.buttons: list[dict[str, str]] = []
        self.links: list[str] = []
        self._button: dict[str, str] | None = None
        self._hidden_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("src", "href", "action"):
            if key in a:
                self.links.append(a[key])
        if tag == "button" and "hl" in a.get("class", "").split():
            self._button = {**a, "text": ""}
            self.buttons.append(self._button)
        elif self._button is not None and tag == "span":
            self._hidden_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "button":
            self._button = None
            self._hidden_depth = 0

    def handle_data(self, data: str) -> None:
        if self._button is not None and self._hidden_depth == 0:
            self._button["text"] += data


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    return parser


def test_every_flagged_figure_is_a_button_controlling_existing_findings() -> None:
    page = parse(html.render(build_report()))
    assert [b["text"] for b in page.buttons] == ["1,138.46", "2.40", "56,912.37", "2,763.94", "2,731.08", "2,758.20", "24.5"]
    for button in page.buttons:
        assert button["type"] == "button" and button["aria-expanded"] == "false"
        assert set(button["aria-controls"].split()) <= page.ids


def test_severity_is_shown_by_class_icon_and_label_not_colour_alone() -> None:
    page = html.render(build_report())
    buttons = parse(page).buttons
    suspect = next(b for b in buttons if b["text"] == "2.40")
    assert suspect["class"].split() == ["hl", "sev-error", "suspect"]
    assert next(b for b in buttons if b["text"] == "24.5")["class"].split() == ["hl", "sev-warning"]
    assert '<span class="tag" aria-hidden="true">▲3</span><span class="vh"> (warning: finding 3)</span>' in page
    assert "text-decoration-style: dashed" in page


def test_page_is_self_contained_and_the_article_is_escaped() -> None:
    page = html.render(build_report())
    assert all(link.startswith(("#", "data:")) for link in parse(page).links)
    assert "default-src 'none'" in page
    assert "Traders said &lt;b&gt;demand&lt;/b&gt; &amp; supply" in page
    assert "<b>demand" not in page


def test_findings_show_message_expected_value_and_rule_explain() -> None:
    page = html.render(build_report())
    assert '<p class="msg">1,138.46 points on a prior close of 55,773.91 is 2.04 percent, not 2.40</p>' in page
    assert "Expected <strong>2.04</strong> in place of <strong>2.40</strong>" in page
    assert "The point change over the prior close must give the stated percent, within rounding." in page


def test_multi_document_runs_get_an_index_and_the_input_error() -> None:
    page = html.render(build_report())
    assert '<nav class="index" aria-label="Documents">' in page
    assert '<a href="#doc-1">wires/missing.txt</a>' in page
    assert "<code>input/not-found</code>: wires/missing.txt: no such file" in page


def test_a_single_document_has_no_index() -> None:
    report = build_report()
    doc = report.documents[0]
    single = RunReport(verifier=report.verifier, documents=(doc,), summary=summarize((doc,)), rules=report.rules)
    assert '<nav class="index"' not in html.render(single)


def test_figures_shared_by_two_findings_become_one_button_for_both() -> None:
    index = LineIndex(ARTICLE)
    extra = finding(ARTICLE_ID, index, "close-outside-range", Severity.INFO, "second look", ["56,912.37"])
    page = parse(html.render(build_report(extra_findings=(extra,))))
    shared = [b for b in page.buttons if b["text"] == "56,912.37"]
    assert len(shared) == 1
    assert shared[0]["data-findings"] == "1 2"
    assert len(shared[0]["aria-controls"].split()) == 2
    assert "sev-error" in shared[0]["class"]  # the worse severity shows


def test_header_lines_are_shown_muted_and_the_text_is_kept_whole() -> None:
    page = html.render(build_report())
    assert '<p class="header">source: Test Wire\ndate: 2026-02-26</p>' in page
    assert "TOKYO - Café owners 📈 cheered" in page


def test_rendering_is_deterministic() -> None:
    assert html.render(build_report()) == html.render(build_report())


def test_a_document_without_text_says_so() -> None:
    doc = DocumentReport(id="gone.txt", coverage=Coverage())
    report = RunReport(verifier=VerifierInfo(version="0"), documents=(doc,), summary=summarize((doc,)))
    assert "The text of this document is not available." in html.render(report)


def one_finding_page(article: str, figure: str) -> str:
    index = LineIndex(article)
    doc = DocumentReport(id="a.txt", text=article, coverage=Coverage(mentions=1, bound=1),
                         findings=(finding("a.txt", index, "stock-move-large", Severity.WARNING, "big", [figure]),))
    return html.render(RunReport(verifier=VerifierInfo(version="0"), documents=(doc,), summary=summarize((doc,))))


def test_a_finding_opens_below_its_own_line_when_paragraphs_are_single_lines() -> None:
    article = "SINGAPORE - Shares rose.\nExample Corp soared 24.5 percent.\nBanks were mixed.\n"
    page = one_finding_page(article, "24.5")
    after_figure = page[page.index(">24.5<"):]
    assert after_figure.index('class="callout"') < after_figure.index("Banks were mixed.")


def test_hard_wrapped_prose_stays_one_paragraph() -> None:
    article = "Example Corp soared 24.5 percent on\nThursday after results, while banks\nwere mixed.\n"
    page = one_finding_page(article, "24.5")
    assert "on\nThursday after results, while banks\nwere mixed." in page


def test_a_header_block_stays_whole_even_when_its_lines_end_in_punctuation() -> None:
    article = "source: Wire (preview)\ndate: 2026-02-26\n\nExample Corp soared 24.5 percent.\n"
    assert '<p class="header">source: Wire (preview)\ndate: 2026-02-26</p>' in one_finding_page(article, "24.5")
