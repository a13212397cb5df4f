"""Number formats: one NumberFormat fact per malformed figure `Context` found (malformed.py), and for
a level grouped with a dot ("16.284") what in the article shows a level a thousand times larger.

Runs after the other extractors, since that evidence is their facts: the level's own move, whose
change of 318 points no level of 16.284 allows, or another figure of the same subject ("DAX at
16,310"). A quote published to three decimals (a dollar index at 98.614) has none, and stays a
number read as written.
"""
from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..facts import Fact, Move, NumberFormat
from ..numbers import HUNDRED, Quantity
from .compiled import re_pattern
from .context import Context
from .convention import COMMA_GROUPED, example_figure
from .malformed import Malformed, scan
from .patterns import NAME_NUMBER_AFTER

if TYPE_CHECKING:
    from ..lexicon import Lexicon

_HOUSE_STYLE = 3
_NEAR = Decimal("0.2")  # another figure of the subject within a fifth of the grouped reading confirms it
_FIGURE_FIELDS = ("level", "prior", "open", "high", "low")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """One NumberFormat fact per malformed or dot-grouped figure of the body, at its exact span, and
    one per index name with a dropped digit."""
    out = list(facts) + _index_digits(ctx)
    malformed = ctx.malformed + _in_title(ctx)
    if not malformed:
        return out
    text, start = ctx.text, ctx.document.body_start
    comma_grouped = COMMA_GROUPED.search(text, start) is not None
    example = example_figure(text, start, len(text), ctx.convention) if any(
        f.problem == "other_convention" for f in malformed) else ""
    # Three or more figures in the other convention are the article's own house style (percents with a
    # decimal comma beside levels with a point): one way of writing, no slip per figure. They stay unread.
    house_style = sum(f.problem == "other_convention" for f in ctx.malformed) >= _HOUSE_STYLE
    for found in malformed:
        if house_style and found.problem == "other_convention":
            continue
        written = text[found.start : found.end]
        shown_by = _thousands_shown_by(facts, found.start, found.end, written) if found.problem == "dot_thousands" else ""
        if shown_by and comma_grouped:
            _unread(out, found.start, found.end)  # one slip, one finding: the misgrouped level feeds no other rule
        out.append(NumberFormat(id="", span=ctx.span(found.start, found.end), written=written, problem=found.problem,
                                comma_grouped=comma_grouped, thousands_shown_by=shown_by, convention_example=example))
    return out


# Problems a title shows by itself; a mixed convention or a dot-grouped level is weighed against the body
_TITLE_PROBLEMS = frozenset({"bad_group", "double_point", "split", "stray_mark", "scale_doubled", "two_units"})


def _in_title(ctx: Context) -> list[Malformed]:
    """The malformed figures of a title that stands only in the header (a body that repeats it was scanned)."""
    document, text = ctx.document, ctx.text
    found = document.meta.get("title")
    if ctx.language is not None or not found or not any(c.isdigit() for c in found[0][1]):
        return []
    number = found[0][0]  # read from the context's text, whose typography is normalised
    line_start = 0
    for _ in range(number - 1):
        line_start = text.index("\n", line_start) + 1
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    colon = line.find(":") + 1
    title = line[colon:].strip()
    if not title or not any(c in title for c in ".,"):
        return []
    body = document.body_start
    if text.find(title, body, body + 400 + len(title)) >= 0:
        return []
    at = line_start + line.index(title, colon)
    return [f for f in scan(text, at, at + len(title), ctx.convention) if f.problem in _TITLE_PROBLEMS]


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


# "FTSE 100", "Nikkei 225": an index alias that is a family name and a member number
_MEMBER = re_pattern(r"(?P<family>.+?) (?P<number>[0-9]{2,4})")
_NUMBER_AFTER = re_pattern(r" (?P<number>[0-9]{2,4})\b")


_FAMILIES: dict[int, tuple["Lexicon", dict[str, tuple[str, ...]]]] = {}  # per lexicon (not hashable), read once


def _families(lexicon: "Lexicon") -> dict[str, tuple[str, ...]]:
    """Family name -> the member numbers the lexicon knows ("FTSE" -> 100, 250), for families whose
    name alone is also an index alias (so "FTSE" is read as a name before the number)."""
    cached = _FAMILIES.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = _FAMILIES[id(lexicon)] = (lexicon, _read_families(lexicon))
    return cached[1]


def _read_families(lexicon: "Lexicon") -> dict[str, tuple[str, ...]]:
    names = {alias for entity in lexicon.entities.values() if entity.type == "index" for alias in entity.aliases}
    families: dict[str, set[str]] = {}
    for alias in names:
        m = _MEMBER.fullmatch(alias)
        if m and m["family"] in names:
            families.setdefault(m["family"], set()).add(m["number"])
    return {family: tuple(sorted(numbers)) for family, numbers in families.items()}


def _index_digits(ctx: Context) -> list[Fact]:
    """"the FTSE 10", "the Nikkei 22": a family name, then a number no member has but one digit off a
    member's (never one that reads as a figure: "left the FTSE 10 points higher")."""
    families = _families(ctx.lexicon)
    out: list[Fact] = []
    for named in ctx.named:
        members = families.get(named.text) if named.entity else None
        m = _NUMBER_AFTER.match(ctx.text, named.end) if members else None
        if m is None or m["number"] in members or NAME_NUMBER_AFTER.match(ctx.text, m.end()) is None:
            continue
        meant = [member for member in members if _one_digit_dropped(member, m["number"])]
        if meant:
            out.append(NumberFormat(id="", span=ctx.span(named.start, m.end()), written=ctx.text[named.start : m.end()],
                                    problem="index_digit", convention_example=f"{named.text} {meant[0]}"))
    return out


def _one_digit_dropped(member: str, written: str) -> bool:
    return len(written) == len(member) - 1 and any(member[:i] + member[i + 1 :] == written for i in range(len(member)))


def _unread(facts: list[Fact], start: int, end: int) -> None:
    """Drop the figure at [start, end) from the move that holds it."""
    for index, fact in enumerate(facts):
        if isinstance(fact, Move):
            names = [name for name in _FIGURE_FIELDS if _at(getattr(fact, name), start, end)]
            if names:
                facts[index] = fact.model_copy(update={name: None for name in names})


def _at(quantity: Quantity | None, start: int, end: int) -> bool:
    return quantity is not None and quantity.span.start <= start and end <= quantity.span.end
