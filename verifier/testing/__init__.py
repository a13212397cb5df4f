"""Testing toolkit: consistent article strategies, slip injectors, and `assert_consistent`.

Import the submodules you need (`verifier.testing.strategies`, `verifier.testing.mutations`);
this package itself imports nothing heavy, so the pytest plugin stays cheap to load.
"""
from __future__ import annotations

from .consistency import assert_consistent, render_findings

__all__ = ["assert_consistent", "render_findings"]
