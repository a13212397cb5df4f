"""Draw a fixed number of distinct examples from a strategy outside a test, reproducibly (for benchmarks)."""
from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

T = TypeVar("T", bound=Hashable)

# Examples per hypothesis run. Late in a long run hypothesis mostly splices earlier examples (in
# one run of 200 articles, stated ranges fell from 1 in 8 to 1 in 100 after the 120th, depending on
# what the process had imported), so many short runs, each seeded in turn, keep draws independent.
RUN = 40


def sample(strategy: st.SearchStrategy[T], n: int, random_seed: int = 0) -> list[T]:
    """`n` distinct examples of `strategy`, the same ones for the same seed.

    Each run's first example is the simplest one; duplicates are dropped so it counts once.
    hypothesis' `.example()` is for the REPL only.
    """
    out: list[T] = []
    seen: set[T] = set()

    def collect(value: T) -> None:
        if value not in seen and len(out) < n:
            seen.add(value)
            out.append(value)

    run = 0
    while len(out) < n and run < 10 * (n // RUN + 1):
        draw = settings(max_examples=min(RUN, n - len(out)), database=None, deadline=None, phases=[Phase.generate],
                        suppress_health_check=list(HealthCheck))(
            seed(random_seed * 1_000_003 + run)(given(strategy)(collect)))
        draw()
        run += 1
    return out
