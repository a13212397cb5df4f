"""The HTML report in a real browser: figures found by their text, findings opened by click and key.

Runs Debian's chromium through Playwright; skips cleanly when either is missing.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest_reports import build_report

from verifier.report import html

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run"]
FIGURES = ["1,138.46", "2.40", "56,912.37", "2,763.94", "2,731.08", "2,758.20", "24.5"]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, tmp_path: Path):
    report_file = tmp_path / "audit.html"
    report_file.write_text(html.render(build_report()), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    problems: list[str] = []
    opened.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    opened.on("pageerror", lambda error: problems.append(str(error)))
    opened.on("request", lambda request: None if request.url.startswith(("file:", "data:")) else problems.append(request.url))
    opened.goto(report_file.as_uri())
    yield opened, problems
    context.close()


def highlight(page, figure: str):
    return page.locator("button.hl").filter(has_text=figure).first


def test_each_flagged_figure_is_found_by_its_text(page) -> None:
    opened, problems = page
    for figure in FIGURES:
        button = highlight(opened, figure)
        assert button.is_visible()
        assert button.evaluate("b => b.firstChild.textContent") == figure
    assert problems == []


def test_clicking_a_figure_opens_its_finding_with_message_and_expected_value(page, tmp_path: Path) -> None:
    opened, problems = page
    button = highlight(opened, "2.40")
    callout = opened.locator("#" + button.get_attribute("aria-controls"))
    assert callout.is_hidden()
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert callout.is_visible()
    assert "is 2.04 percent, not 2.40" in callout.locator(".msg").inner_text()
    assert "Expected 2.04 in place of 2.40" in callout.locator(".expected").inner_text()
    opened.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert (tmp_path / "report.png").stat().st_size > 10_000
    assert problems == []


def test_keyboard_alone_opens_and_closes_a_finding(page) -> None:
    opened, problems = page
    opened.keyboard.press("j")
    opened.keyboard.press("j")
    opened.keyboard.press("j")
    opened.keyboard.press("j")
    focused = opened.evaluate("document.activeElement.firstChild.textContent")
    assert focused == "2,763.94"
    opened.keyboard.press("Enter")
    button = highlight(opened, "2,763.94")
    callout = opened.locator("#" + button.get_attribute("aria-controls"))
    assert "outside its intraday range" in callout.inner_text()
    opened.keyboard.press("Escape")
    assert callout.is_hidden() and button.get_attribute("aria-expanded") == "false"
    opened.keyboard.press("Tab")  # figures are reachable with Tab too
    assert opened.evaluate("document.activeElement.className").startswith("hl ")
    assert problems == []


def test_show_in_text_opens_the_finding_at_its_figure(page) -> None:
    opened, problems = page
    opened.locator(".panel a.show").nth(2).click()
    focused = opened.evaluate("document.activeElement.firstChild.textContent")
    assert focused == "24.5"
    assert highlight(opened, "24.5").get_attribute("aria-expanded") == "true"
    assert problems == []


def test_the_page_works_on_a_phone_width(browser, tmp_path: Path) -> None:
    report_file = tmp_path / "audit.html"
    report_file.write_text(html.render(build_report()), encoding="utf-8")
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    opened = context.new_page()
    opened.goto(report_file.as_uri())
    assert opened.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    highlight(opened, "2.40").tap()
    assert opened.locator(".callout:not([hidden]) .msg").first.is_visible()
    opened.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    context.close()
