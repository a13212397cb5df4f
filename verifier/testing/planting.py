"""What every slip injector shares: the `Mutation` it returns, rounding-aware arithmetic, and the
choice of a phrasing family to plant in.

A slip is planted in one phrasing family ("bullets", "level_first", "weekday_lead"...), drawn
uniformly among those the article writes, so each family is tested as often as any other and a
detection rate can be reported per family.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from ..numbers import Interval, format_decimal, parse_decimal
from .truth import Figure, GeneratedArticle, SessionMove

T = TypeVar("T")
HUNDRED = Decimal(100)
# Wires round twice or truncate, so change-percent-mismatch allows one unit in the percent's last
# place; a planted slip must miss by more than that, or it is no slip the rule promises to find.
PERCENT_SLACK = 1


@dataclass(frozen=True)
class Mutation:
    """One injected slip: `text` is the original with `replaced` swapped for `replacement`.

    `span` (in the mutated text, starting inside the replacement) is the figure or word a rule must
    flag, stretched to the figure a flipped word governs where the rule marks statements by figures;
    `family` is the phrasing family of the sentence the slip was planted in.
    """

    operator: str
    text: str
    rules: tuple[str, ...]  # every one of these must fire on the span
    span: tuple[int, int]
    replaced: tuple[int, int]  # in the original text
    replacement: str
    description: str
    family: str = ""

    @property
    def span_text(self) -> str:
        return self.text[self.span[0]:self.span[1]]


def reported(text: str, slack: int = 0) -> Interval:
    """Every true value a figure written as `text` can stand for, widened by `slack` units of its last place."""
    value, decimals = parse_decimal(text)
    half = Decimal(5 + 10 * slack).scaleb(-(decimals + 1))
    return Interval(value - half, value + half)


def implied_percent(change: str, level: str, direction: int) -> Interval:
    """change / (level - signed change) * 100, over the rounding of both figures."""
    c, lv = reported(change), reported(level)
    return c / (lv - c if direction > 0 else lv + c) * HUNDRED


def percent_consistent(change: str, percent: str, level: str, direction: int, slack: int = 0) -> bool:
    """True when some reading of the three rounded figures agrees, the percent `slack` units wider."""
    return reported(percent, slack) == implied_percent(change, level, direction)


def on_new_close(change: str, percent: str, level: str) -> bool:
    """True when the percent is (some reading of) the change over the new close: a warning's slip."""
    return reported(percent) == reported(change) / reported(level) * HUNDRED


def figure_after(article: GeneratedArticle, mutation: Mutation, key: str) -> str | None:
    """The text of one ground-truth figure in the mutated article (the slip itself if it was hit)."""
    fig = article.figure(key)
    if fig is None:
        return None
    r0, r1 = mutation.replaced
    if fig.end <= r0:
        return mutation.text[fig.start:fig.end]
    if fig.start >= r1:
        shift = len(mutation.text) - len(article.text)
        return mutation.text[fig.start + shift:fig.end + shift]
    return mutation.span_text if r0 <= fig.start and fig.end <= r1 else None


def level_key(move: SessionMove) -> str:
    """The figure key of a move's close: its own, or the day's for a week that ends at it."""
    return f"{move.level_of or move.id}.level"


def replace(article: GeneratedArticle, start: int, end: int, new: str, operator: str, rule: str,
            description: str, family: str) -> Mutation:
    """The article with text[start:end] replaced by `new`, the whole replacement being the span to flag."""
    text = article.text[:start] + new + article.text[end:]
    return Mutation(operator, text, (rule,), (start, start + len(new)), (start, end), new, description, family)


def in_family_order(candidates: list[tuple[str, T]], rng: random.Random, family: str | None) -> list[tuple[str, T]]:
    """Candidates in the order to try them: one family drawn uniformly first (only `family` when given),
    each family's candidates shuffled, so no family is favoured by how many candidates it has."""
    groups: dict[str, list[T]] = {}
    for name, item in candidates:
        groups.setdefault(name, []).append(item)
    names = sorted(groups) if family is None else [family] if family in groups else []
    rng.shuffle(names)
    ordered: list[tuple[str, T]] = []
    for name in names:
        items = groups[name]
        ordered += [(name, item) for item in rng.sample(items, len(items))]
    return ordered


def figures_of(article: GeneratedArticle, move: SessionMove) -> tuple[Figure, Figure, Figure]:
    """The change, percent and close figures of a move that states all three."""
    change, percent, level = (article.figure(f"{move.id}.change"), article.figure(f"{move.id}.percent"),
                              article.figure(level_key(move)))
    assert change is not None and percent is not None and level is not None
    return change, percent, level


def cents(text: str) -> int:
    return int(parse_decimal(text)[0] * 100)


def fmt_cents(value: int) -> str:
    return format_decimal(Decimal(value).scaleb(-2), 2)
