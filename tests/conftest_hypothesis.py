"""Hypothesis profiles: "ci" (fast, the default) and "thorough" (`--hypothesis-profile=thorough`).

Imported by tests/conftest.py. A profile chosen on the command line or in HYPOTHESIS_PROFILE wins.
"""
from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# deadline=None: shared CI machines stall at random, and a slow example is not a wrong one.
# print_blob: a failure prints the @reproduce_failure line, so a rare draw can be replayed exactly.
settings.register_profile("ci", max_examples=50, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("thorough", max_examples=1_000, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
if settings.get_current_profile_name() == "default":
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
