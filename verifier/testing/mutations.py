"""Mutation operators: inject exactly one slip into a consistent generated article, at a known span.

Each operator takes a `GeneratedArticle` and a `random.Random` and returns a `Mutation` (the new
text, the rule ids that must fire, the span in the new text that must be flagged) or None when the
article has nothing it can break. Arithmetic slips are derived and then verified with interval
arithmetic on the reported precision, so a "slip" that still rounds consistently is never returned.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from ..numbers import Interval, format_decimal, parse_decimal
from .render import EXTREME_VERBS, FLIPPED_WORDS, GERUNDS, VERBS, WEEKDAYS
from .truth import Figure, GeneratedArticle, SessionMove

HUNDRED = Decimal(100)
# Wires round twice or truncate, so change-percent-mismatch allows one unit in the percent's last
# place; a planted slip must miss by more than that, or it is no slip the rule promises to find.
PERCENT_SLACK = 1
SENTENCE_END = re.compile(r"\.(?=\s|$)")  # a full stop, not a decimal point
OPPOSITE_COMPARISON = {"up from": "down from", "down from": "up from"}


@dataclass(frozen=True)
class Mutation:
    """One injected slip: `text` is the original with `replaced` swapped for `replacement`.

    `span` (in the mutated text, inside the replacement) is the figure or word a rule must flag.
    """

    operator: str
    text: str
    rules: tuple[str, ...]  # every one of these must fire on the span
    span: tuple[int, int]
    replaced: tuple[int, int]  # in the original text
    replacement: str
    description: str

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


def _replace(article: GeneratedArticle, start: int, end: int, new: str, operator: str, rule: str,
             description: str) -> Mutation:
    text = article.text[:start] + new + article.text[end:]
    return Mutation(operator, text, (rule,), (start, start + len(new)), (start, end), new, description)


def _arith_moves(article: GeneratedArticle) -> list[SessionMove]:
    """Moves stating change, percent and level: the ones change-percent-mismatch can check."""
    return [f for f in article.facts if isinstance(f, SessionMove) and f.subject_type in ("index", "commodity")
            and article.figure(f"{f.id}.percent") is not None]


def _figures(article: GeneratedArticle, move: SessionMove) -> tuple[Figure, Figure, Figure]:
    change, percent, level = (article.figure(f"{move.id}.{k}") for k in ("change", "percent", "level"))
    assert change is not None and percent is not None and level is not None
    return change, percent, level


def _well_formed(text: str) -> bool:
    """No leading zero on a multi-digit whole part ("02.20") and no empty part."""
    whole = text.split(".")[0].replace(",", "")
    return bool(whole) and not (len(whole) > 1 and whole[0] == "0")


def _percent_slip(article: GeneratedArticle, rng: random.Random, operator: str, variants: Callable[[str], list[str]],
                  what: str, keys: tuple[str, ...] = ("percent",)) -> Mutation | None:
    """Try variants of one figure of a move until the move's arithmetic no longer holds."""
    moves = _arith_moves(article)
    rng.shuffle(moves)
    for move in moves:
        change, percent, level = _figures(article, move)
        for key in rng.sample(keys, len(keys)):
            fig = change if key == "change" else percent
            for new in variants(fig.text):
                c, p = (new, percent.text) if key == "change" else (change.text, new)
                broken = not percent_consistent(c, p, level.text, move.direction, PERCENT_SLACK)
                if new != fig.text and _well_formed(new) and broken:
                    return _replace(article, fig.start, fig.end, new, operator, "change-percent-mismatch",
                                    f"{move.subject}: {what} {fig.text!r} -> {new!r}")
    return None


def percent_digit_slip(article: GeneratedArticle, rng: random.Random) -> Mutation | None:
    """One digit of a percent mistyped: "1.52 percent" -> "1.82 percent"."""
    def variants(text: str) -> list[str]:
        out = [text[:i] + d + text[i + 1:] for i, ch in enumerate(text) if ch.isdigit() for d in "0123456789"]
        rng.shuffle(out)
        return out
    return _percent_slip(article, rng, "percent_digit_slip", variants, "percent digit")


def transposed_digits(article: GeneratedArticle, rng: random.Random) -> Mutation | None:
    """Two neighbouring digits swapped in a change or percent: "41.37" -> "14.37"."""
    def variants(text: str) -> list[str]:
        out = [text[:i] + text[i + 1] + text[i] + text[i + 2:] for i in range(len(text) - 1)
               if text[i].isdigit() and text[i + 1].isdigit() and text[i] != text[i + 1]]
        rng.shuffle(out)
        return out
    return _percent_slip(article, rng, "transposed_digits", variants, "digits swapped", ("change", "percent"))


def decimal_shift(article: GeneratedArticle, rng: random.Random) -> Mutation | None:
    """The decimal point one place right in a percent: "2.20" -> "22.0"."""
    def variants(text: str) -> list[str]:
        value, decimals = parse_decimal(text)
        return [format_decimal(value * 10, decimals - 1)] if decimals >= 1 else []
    return _percent_slip(article, rng, "decimal_shift", variants, "decimal shifted")


def percent_on_new_close(article: GeneratedArticle, rng: random.Random) -> Mutation | None:
    """The percent computed on the new close instead of the prior one (the common slip)."""
    moves = _arith_moves(article)
    for move in rng.sample(moves, len(moves)):
        change, percent, level = _figures(article, move)
        _, decimals = parse_decimal(percent.text)
        new = format_decimal(parse_decimal(change.text)[0] / parse_decimal(level.text)[0] * HUNDRED, decimals)
        if not percent_consistent(change.text, new, level.text, move.direction, PERCENT_SLACK):
            return _replace(article, percent.start, percent.end, new, "percent_on_new_close",
                            "change-percent-imprecise", f"{move.subject}: percent of the new close {new}")
    return None


def _cents(text: str) -> int:
    return int(parse_decimal(text)[0] * 100)


def _fmt_cents(cents: int) -> str:
    return format_decimal(Decimal(cents).scaleb(-2), 2)


def close_outside_range(article: GeneratedArticle, rng: random.Random) -> Mutation | None:
    """The high written below the close (or the low above it), the range still well ordered."""
    move = article.fact("m0")
    low, high, level = (article.figure(f"m0.{k}") for k in ("low", "high", "level"))
    if not isinstance(move, SessionMove) or low is None or high is None or level is None:
        return None
    lo, hi, lv = _cents(low.text), _cents(high.text), _cents(level.text)
    sides = [("high", high, lo + 1, lv - 2), ("low", low, lv + 2, hi - 1)]
    rng.shuffle(sides)
    for name, fig, a, b in sides:
        if a <= b:
            new = _fmt_cents(rng.randint(a, b))
            outside = not (reported(new if name == "low" else low.text) <= reported(level.text)
                           <= reported(new if name == "high" else high.text))
            if outside:
                return _replace(article, fig.start, fig.end, new, "close_outside_range", "close-outside-range",
                                f"{move.subject}: {name} {fig.text} -> {new}, close {level.text} outside")
    return None


def high_below_low(article: GeneratedArticle, rng: random.Random) -> Mutation | None:
    """"a low of A and a high of B" with B written below A."""
    move = article.fact("m0")
    low, high = article.figure("m0.low"), article.figure("m0.high")
    if not isinstance(move, SessionMove) or move.range_style != "low_high" or low is None or high is None:
        return None
    lo = _cents(low.text)
    new = _fmt_cents(lo - rng.randint(2, max(2, lo // 100)))
    if reported(low.text) <= reported(new):
        return None
    return _replace(article, high.start, high.end, new, "high_below_low", "range-high-below-low",
                    f"{move.subject}: high {high.text} -> {new}, below the low {low.text}")


def session_high_off(article: GeneratedArticle, rng: random.Random) -> Mutation | None:
    """"ending at session highs" while the stated high is written above the close (or the low below it)."""
    move = article.fact("m0")
    if not isinstance(move, SessionMove) or not move.extreme:
        return None
    fig, level = article.figure(f"m0.{move.extreme}"), article.figure("m0.level")
    if fig is None or level is None:
        return None
    way = 1 if move.extreme == "high" else -1
    new = _fmt_cents(_cents(level.text) + way * rng.randint(2, max(2, _cents(level.text) // 200)))
    if reported(new) == reported(level.text):
        return None
    return _replace(article, fig.start, fig.end, new, "session_high_off", "session-extreme-mismatch",
                    f"{move.subject}: closed at session {move.extreme}s, but the {move.extreme} reads {new} "
                    f"against a close of {level.text}")


def _swap_word(article: GeneratedArticle, key: str, new: str, operator: str, rule: str) -> Mutation | None:
    word = article.word(key)
    if word is None or new == word.text:
        return None
    return _replace(article, word.start, word.end, new, operator, rule, f"{key}: {word.text!r} -> {new!r}")


def direction_flip(article: GeneratedArticle, rng: random.Random) -> Mutation | None:
    """The day's verb turned against the session summary: "finished higher ... the index fell"."""
    move, word = article.fact("m0"), article.word("m0.verb")
    if article.word("st0.way") is None or not isinstance(move, SessionMove) or word is None:
        return None
    # "ended up" and "finished at ..., up" flip their direction word; a plain verb gives way to its opposite.
    verb = FLIPPED_WORDS.get(word.text) or rng.choice(VERBS[(-move.direction, move.intensity)])
    return _swap_word(article, "m0.verb", verb, "direction_flip", "direction-conflict")


def intensity_on_tiny_move(article: GeneratedArticle, rng: random.Random) -> Mutation | None:
    """A strong verb on a move of a quarter of a percent or less: "soared 0.12 percent"."""
    tiny = [f for f in article.facts if isinstance(f, SessionMove) and f.percent is not None
            and f.percent <= Decimal("0.25") and _verb_form(article, f.id) is not None]
    if not tiny:
        return None
    move = rng.choice(tiny)
    extreme = rng.choice(EXTREME_VERBS[move.direction])
    new = GERUNDS[extreme] if _verb_form(article, move.id) == "gerund" else extreme
    return _swap_word(article, f"{move.id}.verb", new, "intensity_on_tiny_move", "intensity-mismatch")


def _verb_form(article: GeneratedArticle, fact_id: str) -> str | None:
    """"past" for "rose", "gerund" for "rising", None when the move's verb slot holds no verb ("ended up")."""
    word = article.word(f"{fact_id}.verb")
    if word is None:
        return None
    if word.text in GERUNDS.values():
        return "gerund"
    return "past" if any(word.text in verbs for verbs in VERBS.values()) else None


def weekday_shift(article: GeneratedArticle, rng: random.Random) -> Mutation | None:
    """The session's weekday moved to a weekend day or to the day before the session."""
    days = [w for w in article.words if w.key.endswith(".day")]
    if not days:
        return None
    word = rng.choice(days)
    before = WEEKDAYS[(WEEKDAYS.index(word.text) - 1) % 7]
    return _swap_word(article, word.key, rng.choice(("Saturday", "Sunday", before)), "weekday_shift",
                      "weekday-date-mismatch")


def duplicate_conflict(article: GeneratedArticle, rng: random.Random) -> Mutation | None:
    """The close restated in a second sentence with other digits: "... The KOSPI finished at 2,736.94."."""
    move, level = article.fact("m0"), article.figure("m0.level")
    if not isinstance(move, SessionMove) or level is None:
        return None
    last = max(f.end for f in article.figures if f.key.startswith("m0."))
    cents = _cents(level.text)
    new = _fmt_cents(cents + rng.choice((-1, 1)) * rng.randint(100, max(100, cents // 50)))
    # A restated close equal to another figure of the article (the low, say) would be two slips in one.
    if reported(new) == reported(level.text) or new in article.text:
        return None
    prefix = f" The {move.subject} finished at "
    end = SENTENCE_END.search(article.text, last)
    at = end.end() if end else len(article.text)  # after the full stop of the sentence stating the close
    inserted = f"{prefix}{new}."
    start = at + len(prefix)
    return Mutation("duplicate_conflict", article.text[:at] + inserted + article.text[at:],
                    ("duplicate-figure-conflict",), (start, start + len(new)), (at, at), inserted,
                    f"{move.subject}: close {level.text} restated as {new}")


def comparison_inverted(article: GeneratedArticle, rng: random.Random) -> Mutation | None:
    """"up from" where the forecast is below the previous reading, or "down from" above it."""
    word = article.word("f0.comparison")
    if word is None:
        return None
    return _swap_word(article, "f0.comparison", OPPOSITE_COMPARISON[word.text], "comparison_inverted",
                      "comparison-word-mismatch")


def bp_as_percent(article: GeneratedArticle, rng: random.Random) -> Mutation | None:
    """A yield's move in basis points written as percent: "rose 4 percent to 4.25 percent"."""
    fig = article.figure("y0.change")
    unit = " basis points"
    if fig is None or article.text[fig.end:fig.end + len(unit)] != unit:
        return None
    return _replace(article, fig.start, fig.end + len(unit), f"{fig.text} percent", "bp_as_percent",
                    "unit-confusion", f"10-year yield: {fig.text} basis points written as percent")


def run_below_day(article: GeneratedArticle, rng: random.Random) -> Mutation | None:
    """The multi-session total stated below the day's own move."""
    floor, change = article.figure("run0.floor"), article.figure("m0.change")
    lead = "more than "
    if floor is None or change is None or article.text[floor.start - len(lead):floor.start] != lead:
        return None
    day = parse_decimal(change.text)[0]
    if day < 3:
        return None
    new = format_decimal(Decimal(rng.randint(1, int(day * Decimal("0.8")))), 0)
    if reported(change.text) <= reported(new):
        return None
    return _replace(article, floor.start - len(lead), floor.end, new, "run_below_day", "multi-session-inconsistent",
                    f"run total {lead}{floor.text} -> {new}, below the day's {change.text}")


Operator = Callable[[GeneratedArticle, random.Random], Mutation | None]

OPERATORS: dict[str, Operator] = {
    "percent_digit_slip": percent_digit_slip,
    "transposed_digits": transposed_digits,
    "decimal_shift": decimal_shift,
    "percent_on_new_close": percent_on_new_close,
    "close_outside_range": close_outside_range,
    "high_below_low": high_below_low,
    "direction_flip": direction_flip,
    "intensity_on_tiny_move": intensity_on_tiny_move,
    "weekday_shift": weekday_shift,
    "duplicate_conflict": duplicate_conflict,
    "comparison_inverted": comparison_inverted,
    "bp_as_percent": bp_as_percent,
    "run_below_day": run_below_day,
    "session_high_off": session_high_off,
}

# The rule each operator targets, for tables and for skipping operators whose rule does not exist yet.
TARGET_RULES: dict[str, str] = {
    "percent_digit_slip": "change-percent-mismatch",
    "transposed_digits": "change-percent-mismatch",
    "decimal_shift": "change-percent-mismatch",
    "percent_on_new_close": "change-percent-imprecise",
    "close_outside_range": "close-outside-range",
    "high_below_low": "range-high-below-low",
    "direction_flip": "direction-conflict",
    "intensity_on_tiny_move": "intensity-mismatch",
    "weekday_shift": "weekday-date-mismatch",
    "duplicate_conflict": "duplicate-figure-conflict",
    "comparison_inverted": "comparison-word-mismatch",
    "bp_as_percent": "unit-confusion",
    "run_below_day": "multi-session-inconsistent",
    "session_high_off": "session-extreme-mismatch",
}
