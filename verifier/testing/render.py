"""Wire-style prose for generated facts, recording the span of every figure and meaningful word.

Templates are data: `{field}` slots in a sentence. A slot filled with a `Num` or a `Word` is
recorded in the ground truth at the offset where it lands, so spans are exact by construction.
"""
from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass
from decimal import Decimal

from ..numbers import format_decimal
from .truth import Figure, Token

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

# Verbs by polarity and intensity (1 slight, 2 plain, 3 strong), all from the issues' lexicon.
VERBS: dict[tuple[int, int], tuple[str, ...]] = {
    (1, 1): ("edged up", "inched higher"),
    (1, 2): ("rose", "gained", "climbed", "advanced", "added"),
    (1, 3): ("soared", "surged", "spiked"),
    (-1, 1): ("edged down", "inched lower", "slipped"),
    (-1, 2): ("fell", "lost", "declined", "dropped", "shed", "retreated"),
    (-1, 3): ("plunged", "tumbled", "plummeted", "tanked", "slumped"),
}
# The most extreme verbs, for planting an intensity slip that no threshold can excuse.
EXTREME_VERBS: dict[int, tuple[str, ...]] = {1: ("soared", "surged", "spiked"), -1: ("plunged", "plummeted", "tanked")}
# Yields move in basis points; only the plainest verbs are idiomatic there.
YIELD_VERBS: dict[int, tuple[str, ...]] = {1: ("rose", "climbed"), -1: ("fell", "declined")}
RUN_VERBS: dict[int, tuple[str, ...]] = {1: ("advancing", "gaining"), -1: ("shedding", "losing")}
FINISH_WORDS = ("finish", "close", "end", "settle")
HIGHER = {1: "higher", -1: "lower"}
# Adverbs of a session summary by intensity of the day's move; "" is the plain "finished higher".
STATE_ADVERBS: dict[int, tuple[str, ...]] = {2: ("",), 3: ("sharply",)}
MODEST_ADVERB = "modestly"
COMPARISONS = {1: "up from", -1: "down from"}

# Sentence orders of a session move; the verb slot of "ended" and "finished_at" holds a direction word.
MOVE_TEMPLATES: dict[str, str] = {
    "to_finish": "{subject} {verb} {change} points or {percent} percent to {finish} at {level}",
    "ended": "{subject} {verb} {change} points, or {percent} percent, at {level}",
    "finished_at": "{subject} finished at {level}, {verb} {change} points or {percent} percent",
}
MOVE_STYLES = tuple(MOVE_TEMPLATES)
STYLE_WORDS: dict[str, dict[int, str]] = {"ended": {1: "ended up", -1: "ended down"},
                                          "finished_at": {1: "up", -1: "down"}}
FLIPPED_WORDS = {"ended up": "ended down", "ended down": "ended up", "up": "down", "down": "up"}
RANGE_TEMPLATES = (
    " after trading between {low} and {high}",
    " after trading between a low of {low} and a high of {high}",
    " after moving between {low} and {high}",
)
RANGE_STYLES = ("between", "low_high", "moving")
EXTREME_SUFFIXES = {"high": ", ending at session highs", "low": ", ending at session lows"}
ACTIVE_TEMPLATE = "{company} {verb} {percent} percent"
COMMODITY_TEMPLATE = "{name} for {month} delivery {verb} ${change} or {percent} percent to ${level} {per}."
YIELD_TEMPLATE = "The 10-year yield {verb} {change} basis points to {level} percent."
RUN_TEMPLATE = ("The {country} stock market has moved {way} in back-to-back sessions, {verb} more than "
                "{floor} points or {percent} percent along the way.")
LEVEL_TEMPLATE = "The {name} now sits just above the {threshold}-point plateau."
STATE_TEMPLATE = "The {subject} finished {adverb}{way} on {day}."
EARNINGS_TEMPLATES = (
    "Investors were also weighing quarterly results from {company}.",
    "The company's earnings came in at ${current} billion, or ${eps_current} per share compared to "
    "${prior} billion, or ${eps_prior} per share, last year.",
)
FORECAST_TEMPLATES = (
    "{country} will see {month} data for its {indicator} later today.",
    "The {short} is expected to {verb} {expected} percent on month, {comparison} {previous} percent in "
    "{previous_month}.",
)
FORECAST_VERBS = {1: "rise", -1: "fall"}
FORECAST_CALLED = ("The {short} is called {way} by {expected} percent on month after {previous_verb} {previous} "
                   "percent a month earlier.")
PREVIOUS_VERBS: dict[int, tuple[str, ...]] = {1: ("rising", "gaining"), -1: ("slipping", "falling")}
WALL_STREET_LEADS = ("Wall Street closed {way} on {day}.", "The major averages finished {way} on {day}.")
# Currencies: a quote per dollar rises as the currency weakens; a quote in dollars rises as it firms.
CURRENCY_TEMPLATES = {True: "{name} {verb} to {level} per dollar from {prior}",
                      False: "{name} {verb} to ${level} from ${prior}"}
CURRENCY_VERBS: dict[int, tuple[str, ...]] = {1: ("firmed", "strengthened"), -1: ("eased", "weakened")}
SECTOR_TEMPLATES = (
    "The {name} {verb} {percent} percent.",
    "{group} were in focus, with the {name} {gerund} {percent} percent.",
    "{group} were in focus, with the {name} {gerund} by {percent} percent.",
)
GERUNDS: dict[str, str] = {
    "edged up": "edging up", "inched higher": "inching higher", "rose": "rising", "gained": "gaining",
    "climbed": "climbing", "advanced": "advancing", "added": "adding", "soared": "soaring", "surged": "surging",
    "spiked": "spiking", "edged down": "edging down", "inched lower": "inching lower", "slipped": "slipping",
    "fell": "falling", "lost": "losing", "declined": "declining", "dropped": "dropping", "shed": "shedding",
    "retreated": "retreating", "plunged": "plunging", "tumbled": "tumbling", "plummeted": "plummeting",
    "tanked": "tanking", "slumped": "slumping",
}

_FORMATTER = string.Formatter()


@dataclass(frozen=True)
class Num:
    """A figure to write at a precision; recorded in the ground truth under `key`."""

    key: str
    value: Decimal
    decimals: int
    unit: str

    @property
    def text(self) -> str:
        return format_decimal(abs(self.value), self.decimals)


@dataclass(frozen=True)
class Word:
    """A word or phrase that a rule reads; recorded under `key`."""

    key: str
    text: str


Slot = str | Num | Word


class Builder:
    """Accumulates text and the spans of every recorded slot as sentences are written."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pos = 0
        self.figures: list[Figure] = []
        self.words: list[Token] = []

    def write(self, text: str) -> None:
        """Append literal text that carries nothing a rule reads."""
        self._parts.append(text)
        self._pos += len(text)

    def fill(self, template: str, slots: dict[str, Slot]) -> None:
        """Write a template, recording each Num and Word slot where it lands."""
        for literal, name, _spec, _conv in _FORMATTER.parse(template):
            self.write(literal)
            if name is None:
                continue
            slot = slots[name]
            start = self._pos
            if isinstance(slot, Num):
                text = slot.text
                self.figures.append(Figure(slot.key, start, start + len(text), text,
                                           Decimal(text.replace(",", "")), slot.decimals, slot.unit))
            elif isinstance(slot, Word):
                text = slot.text
                self.words.append(Token(slot.key, start, start + len(text), text))
            else:
                text = slot
            self.write(text)

    @property
    def text(self) -> str:
        """Everything written so far."""
        return "".join(self._parts)


def join_clauses(builder: Builder, clauses: list[tuple[str, dict[str, Slot]]], first: str, last: str) -> None:
    """Write clauses as a wire list: "A, while B, C and D"."""
    for i, (template, slots) in enumerate(clauses):
        if i == 1:
            builder.write(first)
        elif i > 1:
            builder.write(last if i == len(clauses) - 1 else ", ")
        builder.fill(template, slots)


def session_weekday(date: dt.date) -> dt.date:
    """The last weekday before a publication date: the session a morning wrap reports."""
    day = date - dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def month_name(date: dt.date, offset: int) -> str:
    """The month `offset` months from the date's month, by name."""
    return MONTHS[(date.month - 1 + offset) % 12]
