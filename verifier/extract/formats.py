"""Number formats: one NumberFormat fact per malformed figure `Context` found (malformed.py), and for
a level grouped with a dot ("15.195") what in the article shows a level a thousand times larger.

Runs after the other extractors, since that evidence is their facts: the level's own move, whose
change of 262 points no level of 15.195 allows, or another figure of the same subject ("DAX at
15,230"). A quote published to three decimals (a dollar index at 102.437) has none, and stays a
number read as written.
"""
from __future__ import annotations

from decimal import Decimal

from ..facts import Fact, Move, NumberFormat
from ..numbers import HUNDRED, Quantity
from .context import Context
from .convention import COMMA_GROUPED, example_figure

_NEAR = Decimal("0.2")  # another figure of the subject within a fifth of the grouped reading confirms it
_FIGURE_FIELDS = ("level", "prior", "open", "high", "low")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """One NumberFormat fact per malformed or dot-grouped figure of the body, at its exact span."""
    if not ctx.malformed:
        return facts
    out = list(facts)
    text, start = ctx.text, ctx.document.body_start
    comma_grouped = COMMA_GROUPED.search(text, start) is not None
    example = example_figure(text, start, len(text), ctx.convention) if any(
        f.problem == "other_convention" for f in ctx.malformed) else ""
    for found in ctx.malformed:
        written = text[found.start : found.end]
        shown_by = _thousands_shown_by(facts, found.start, found.end, written) if found.problem == "dot_thousands" else ""
        if shown_by and comma_grouped:
            _unread(out, found.start, found.end)  # one slip, one finding: the misgrouped level feeds no other rule
        out.append(NumberFormat(id="", span=ctx.span(found.start, found.end), written=written, problem=found.problem,
                                comma_grouped=comma_grouped, thousands_shown_by=shown_by, convention_example=example))
    return out


def _thousands_shown_by(facts: list[Fact], start: int, end: int, written: str) -> str:
    """What shows that the dot of `written` groups thousands: the move it ends, or its subject's other figures."""
    grouped = Decimal(written.replace(".", ""))
    as_decimal = Decimal(written)
    own = next((f for f in facts if isinstance(f, Move) and any(
        _at(getattr(f, name), start, end) for name in _FIGURE_FIELDS)), None)
    if own is None:
        return ""
    change, percent = own.change, own.percent
    if change is not None and change.unit in ("points", "") and change.value > as_decimal:
        return f"its own change of {change.span.text}"
    if change is not None and percent is not None and percent.value > 0:
        prior = change.value * HUNDRED / percent.value
        for implied in (prior + change.value, prior - change.value):
            if abs(implied - grouped) <= grouped * Decimal("0.05"):
                return f"its own change and percent ({change.span.text}, {percent.span.text})"
    entity = own.subject.entity
    if entity is None:
        return ""
    for fact in facts:
        subject = getattr(fact, "subject", None)
        if subject is None or subject.entity != entity:
            continue
        for value in dict(fact).values():
            if (isinstance(value, Quantity) and value.unit in ("", "points") and not _at(value, start, end)
                    and abs(value.value - grouped) <= grouped * _NEAR):
                return f"the figure {value.span.text} of {own.subject.name or own.subject.text} elsewhere"
    return ""


def _unread(facts: list[Fact], start: int, end: int) -> None:
    """Drop the figure at [start, end) from the move that holds it."""
    for index, fact in enumerate(facts):
        if isinstance(fact, Move):
            names = [name for name in _FIGURE_FIELDS if _at(getattr(fact, name), start, end)]
            if names:
                facts[index] = fact.model_copy(update={name: None for name in names})


def _at(quantity: Quantity | None, start: int, end: int) -> bool:
    return quantity is not None and quantity.span.start <= start and end <= quantity.span.end
