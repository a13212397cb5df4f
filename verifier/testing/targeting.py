"""Articles built to carry one operator's slip in one phrasing family, for tests that must check
that family every time rather than when a random article happens to write it.
"""
from __future__ import annotations

from functools import cache

from hypothesis import strategies as st

from .layout import articles
from .mutations import FAMILIES as OPERATOR_FAMILIES, NEEDS
from .plans import FAMILIES as PLAN_FAMILIES, plans
from .truth import GeneratedArticle


def plan_families(operator: str, family: str) -> tuple[str, ...]:
    """The plan families an article needs for `operator` to plant in `family` (none for a family every
    article writes, like a restated close)."""
    return tuple(f for f in (family, *NEEDS.get(operator, ())) if f in PLAN_FAMILIES)


@cache
def articles_for(operator: str, family: str, exclude: frozenset[str] = frozenset()) -> st.SearchStrategy[GeneratedArticle]:
    """Articles that write `family` (and what `operator` needs there), and none of `exclude`."""
    if family not in OPERATOR_FAMILIES[operator]:
        raise ValueError(f"{operator} plants in {OPERATOR_FAMILIES[operator]}, not {family!r}")
    return articles(plans=plans(require=plan_families(operator, family), exclude=exclude))
