"""pytest plugin (entry point `pytest11`): the `verifier_check` fixture and `assert_consistent`.

Everything of verifier is imported inside the fixture, so loading the plugin costs nothing and
cannot break a test session when the checker itself fails to import.

    from hypothesis import given
    from verifier.testing import assert_consistent

    @given(data=my_feed_rows())
    def test_my_generator(data):
        assert_consistent(render(data), date=data.date)
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from .consistency import assert_consistent

__all__ = ["assert_consistent", "verifier_check"]


@pytest.fixture
def verifier_check() -> Callable[..., Any]:
    """`verifier.check(text, date=None) -> DocumentReport`, skipping the test when the checker cannot load."""
    try:
        import verifier
    except ImportError as exc:  # pragma: no cover - only while the package is broken
        pytest.skip(f"verifier cannot be imported: {exc}")
    if not hasattr(verifier, "check"):
        pytest.skip("verifier.check is not available yet")
    return verifier.check
