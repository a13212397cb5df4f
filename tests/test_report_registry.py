"""One registry of renderers, looked up by name; every renderer is a deterministic function of the report."""
from __future__ import annotations

import pytest
from conftest_reports import build_report

from verifier.report import RENDERERS, render


def test_every_format_is_registered() -> None:
    assert set(RENDERERS) == {"text", "json", "markdown", "html", "sarif", "junit", "github"}


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_each_renderer_returns_the_same_text_for_the_same_report(name: str) -> None:
    first = render(name, build_report(), color=True)  # colour is offered to all, taken only by text
    assert isinstance(first, str) and first.endswith("\n")
    assert first == RENDERERS[name](build_report(), **({"color": True} if name == "text" else {}))
    assert ("\x1b[" in first) == (name == "text")


def test_an_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="known: text, json"):
        render("pdf", build_report())
