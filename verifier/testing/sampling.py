"""Draw a fixed number of distinct examples from a strategy outside a test, reproducibly (for benchmarks)."""
from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

T = TypeVar("T", bound=Hashable)

MAX_ROUNDS = 20


def sample(strategy: st.SearchStrategy[T], n: int, random_seed: int = 0) -> list[T]:
    """`n` distinct examples of `strategy`, the same ones for the same seed.

    Hypothesis favours simple and repeated examples (its first draw is the simplest one), which
    would weigh a benchmark; duplicates are dropped and further rounds drawn, each seeded in turn.
    hypothesis' `.example()` is for the REPL only.
    """
    out: list[T] = []
    seen: set[T] = set()

    def collect(value: T) -> None:
        if value not in seen and len(out) < n:
            seen.add(value)
            out.append(value)

    for round_ in range(MAX_ROUNDS):
        missing = n - len(out)
        if missing <= 0:
            break
        run = settings(max_examples=missing + missing // 8 + 1, database=None, deadline=None,
                       phases=[Phase.generate], suppress_health_check=list(HealthCheck))(
            seed(random_seed * MAX_ROUNDS + round_)(given(strategy)(collect)))
        run()
    return out
