"""Hypothesis strategies for consistent market wraps: the public entry point of the generator.

`articles()` draws a plan of phrasing families and writes a whole wrap (see `layout`); the fact
strategies (`session_moves`, `actives`, `forecasts`, ...) come from `draws`. Importable without pytest.
"""
from __future__ import annotations

from .draws import (
    BANDS, DIRECTIONS, INTENSITIES, actives, commodity_moves, currency_moves, earnings, extreme_claim, forecasts,
    level_claim, multi_sessions, percent_change, percent_moves, priced_stocks, publication_dates, quantities, rounded,
    sector_index_moves, session_dates, session_moves, sessions, state_claim, weekly_moves, yield_moves,
)
from .layout import articles
from .plans import FAMILIES, Plan, plans

__all__ = [
    "BANDS", "DIRECTIONS", "FAMILIES", "INTENSITIES", "Plan", "actives", "articles", "commodity_moves",
    "currency_moves", "earnings", "extreme_claim", "forecasts", "level_claim", "multi_sessions", "percent_change",
    "percent_moves", "plans", "priced_stocks", "publication_dates", "quantities", "rounded", "sector_index_moves",
    "session_dates", "session_moves", "sessions", "state_claim", "weekly_moves", "yield_moves",
]
