"""Shared fixtures: the built-in rules loaded once, and a one-line harness for findings."""
from __future__ import annotations

from pathlib import Path

import pytest

import conftest_hypothesis  # noqa: F401  (registers the "ci" and "thorough" hypothesis profiles)

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "dev"


def findings(text: str, date: str | None = None):
    """The findings for one article text (pyflakes' one-line harness)."""
    from verifier import check

    return list(check(text, date).findings)


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus/dev is absent (a user's clone)")
    return CORPUS
