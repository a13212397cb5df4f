"""Draw a fixed number of examples from a strategy outside a test, reproducibly (for benchmarks)."""
from __future__ import annotations

from typing import TypeVar

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

T = TypeVar("T")


def sample(strategy: st.SearchStrategy[T], n: int, random_seed: int = 0) -> list[T]:
    """`n` examples of `strategy`, the same ones for the same seed; hypothesis' `.example()` is for the REPL only."""
    out: list[T] = []

    @settings(max_examples=n, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @seed(random_seed)
    @given(strategy)
    def collect(value: T) -> None:
        out.append(value)

    collect()
    return out
