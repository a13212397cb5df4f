"""Slips in figures: a percent that no longer fits its change and close, a range the close leaves, a
close restated with other digits, basis points written as percent, a run smaller than its day.

Each operator takes a `GeneratedArticle`, a `random.Random` and optionally the phrasing family to
plant in, and returns a `Mutation` or None when the article has nothing of that kind. Arithmetic slips
are verified with interval arithmetic on the reported precision, so a "slip" that still rounds
consistently is never returned.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable
from decimal import Decimal

from ..numbers import format_decimal, parse_decimal
from .planting import (
    HUNDRED, PERCENT_SLACK, Mutation, cents, figures_of, fmt_cents, in_family_order, level_key, on_new_close,
    percent_consistent, replace, reported,
)
from .templates import LABELLED_RANGES
from .truth import GeneratedArticle, Headline, SessionMove

SENTENCE_END = re.compile(r"\.(?=\s|$)")  # a full stop, not a decimal point


def _arith_moves(article: GeneratedArticle) -> list[tuple[str, SessionMove]]:
    """Moves stating change, percent and close (the day's, Wall Street's, a week's, a commodity's, a
    bullet's), each with its phrasing family: the ones change-percent-mismatch can check."""
    out = []
    for f in article.facts:
        if (isinstance(f, SessionMove) and f.subject_type in ("index", "commodity", "stock")
                and all(article.figure(k) is not None for k in (f"{f.id}.change", f"{f.id}.percent", level_key(f)))):
            out.append((f.style, f))
    return out


def _well_formed(text: str) -> bool:
    """No leading zero on a multi-digit whole part ("02.20") and no empty part."""
    whole = text.split(".")[0].replace(",", "")
    return bool(whole) and not (len(whole) > 1 and whole[0] == "0")


def _percent_slip(article: GeneratedArticle, rng: random.Random, family: str | None, operator: str,
                  variants: Callable[[str], list[str]], what: str, keys: tuple[str, ...] = ("percent",)) -> Mutation | None:
    """Try variants of one figure of a move until the move's arithmetic no longer holds."""
    for name, move in in_family_order(_arith_moves(article), rng, family):
        change, percent, level = figures_of(article, move)
        for key in rng.sample(keys, len(keys)):
            fig = change if key == "change" else percent
            for new in variants(fig.text):
                c, p = (new, percent.text) if key == "change" else (change.text, new)
                broken = not percent_consistent(c, p, level.text, move.direction, PERCENT_SLACK)
                # a percent that happens to be the change over the new close is that other slip's
                if new != fig.text and _well_formed(new) and broken and not on_new_close(c, p, level.text):
                    return replace(article, fig.start, fig.end, new, operator, "change-percent-mismatch",
                                   f"{move.subject}: {what} {fig.text!r} -> {new!r}", name)
    return None


def percent_digit_slip(article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None:
    """One digit of a percent mistyped: "1.52 percent" -> "1.82 percent"."""
    def variants(text: str) -> list[str]:
        out = [text[:i] + d + text[i + 1:] for i, ch in enumerate(text) if ch.isdigit() for d in "0123456789"]
        rng.shuffle(out)
        return out
    return _percent_slip(article, rng, family, "percent_digit_slip", variants, "percent digit")


def transposed_digits(article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None:
    """Two neighbouring digits swapped in a change or percent: "41.37" -> "14.37"."""
    def variants(text: str) -> list[str]:
        out = [text[:i] + text[i + 1] + text[i] + text[i + 2:] for i in range(len(text) - 1)
               if text[i].isdigit() and text[i + 1].isdigit() and text[i] != text[i + 1]]
        rng.shuffle(out)
        return out
    return _percent_slip(article, rng, family, "transposed_digits", variants, "digits swapped", ("change", "percent"))


def decimal_shift(article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None:
    """The decimal point one place right in a percent: "2.20" -> "22.0"."""
    def variants(text: str) -> list[str]:
        value, decimals = parse_decimal(text)
        return [format_decimal(value * 10, decimals - 1)] if decimals >= 1 else []
    return _percent_slip(article, rng, family, "decimal_shift", variants, "decimal shifted")


def percent_on_new_close(article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None:
    """The percent computed on the new close instead of the prior one (the common slip)."""
    for name, move in in_family_order(_arith_moves(article), rng, family):
        change, percent, level = figures_of(article, move)
        _, decimals = parse_decimal(percent.text)
        new = format_decimal(parse_decimal(change.text)[0] / parse_decimal(level.text)[0] * HUNDRED, decimals)
        if not percent_consistent(change.text, new, level.text, move.direction, PERCENT_SLACK):
            return replace(article, percent.start, percent.end, new, "percent_on_new_close",
                           "change-percent-imprecise", f"{move.subject}: percent of the new close {new}", name)
    return None


def _day_range(article: GeneratedArticle, family: str | None, styles: tuple[str, ...] | None = None):
    """The day's move and its low, high and close figures, when it states a range of the family asked."""
    move = article.fact("m0")
    low, high, level = (article.figure(f"m0.{k}") for k in ("low", "high", "level"))
    if not isinstance(move, SessionMove) or low is None or high is None or level is None:
        return None
    if (family is not None and family != move.range_style) or (styles is not None and move.range_style not in styles):
        return None
    return move, low, high, level


def close_outside_range(article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None:
    """The high written below the close (or the low above it), the range still well ordered."""
    found = _day_range(article, family)
    if found is None:
        return None
    move, low, high, level = found
    lo, hi, lv = cents(low.text), cents(high.text), cents(level.text)
    sides = [("high", high, lo + 1, lv - 2), ("low", low, lv + 2, hi - 1)]
    rng.shuffle(sides)
    for name, fig, a, b in sides:
        if a <= b:
            new = fmt_cents(rng.randint(a, b))
            outside = not (reported(new if name == "low" else low.text) <= reported(level.text)
                           <= reported(new if name == "high" else high.text))
            if outside:
                return replace(article, fig.start, fig.end, new, "close_outside_range", "close-outside-range",
                               f"{move.subject}: {name} {fig.text} -> {new}, close {level.text} outside",
                               move.range_style)
    return None


def high_below_low(article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None:
    """"a low of A and a high of B" (or "a high of B and a low of A") with B written below A: only a
    labelled pair has an order, since "between A and B" reads either way."""
    found = _day_range(article, family, LABELLED_RANGES)
    if found is None:
        return None
    move, low, high, _ = found
    lo = cents(low.text)
    new = fmt_cents(lo - rng.randint(2, max(2, lo // 100)))
    if reported(low.text) <= reported(new):
        return None
    return replace(article, high.start, high.end, new, "high_below_low", "range-high-below-low",
                   f"{move.subject}: high {high.text} -> {new}, below the low {low.text}", move.range_style)


def session_high_off(article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None:
    """"ending at session highs" while the stated high is written above the close (or the low below it)."""
    move = article.fact("m0")
    if not isinstance(move, SessionMove) or not move.extreme or family not in (None, "session_highs_suffix"):
        return None
    fig, level = article.figure(f"m0.{move.extreme}"), article.figure("m0.level")
    if fig is None or level is None:
        return None
    way = 1 if move.extreme == "high" else -1
    new = fmt_cents(cents(level.text) + way * rng.randint(2, max(2, cents(level.text) // 200)))
    if reported(new) == reported(level.text):
        return None
    return replace(article, fig.start, fig.end, new, "session_high_off", "session-extreme-mismatch",
                   f"{move.subject}: closed at session {move.extreme}s, but the {move.extreme} reads {new} "
                   f"against a close of {level.text}", "session_highs_suffix")


def _stands_in(text: str, figure: str) -> bool:
    """The figure is written somewhere in the text as a number of its own ("4.2" in "4.2%", not in "874.20")."""
    return re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)", text) is not None


def _other_close(article: GeneratedArticle, rng: random.Random, text: str) -> str | None:
    """A close a slip away from `text` (a hundred points or up to 2 percent), found nowhere else in the article."""
    value = cents(text)
    new = fmt_cents(value + rng.choice((-1, 1)) * rng.randint(100, max(100, value // 50)))
    # A restated close equal to another figure of the article (the low, say) would be two slips in one.
    return None if reported(new) == reported(text) or _stands_in(article.text, new) else new


def _restated(article: GeneratedArticle, rng: random.Random, move: SessionMove) -> Mutation | None:
    """"... The KOSPI finished at 2,736.94." inserted after the sentence stating the close."""
    level = article.figure("m0.level")
    new = _other_close(article, rng, level.text) if level is not None else None
    if new is None:
        return None
    last = max(f.end for f in article.figures if f.key.startswith("m0."))
    prefix = f" The {move.subject} finished at "
    end = SENTENCE_END.search(article.text, last)
    at = end.end() if end else len(article.text)  # after the full stop of the sentence stating the close
    inserted = f"{prefix}{new}."
    start = at + len(prefix)
    return Mutation("duplicate_conflict", article.text[:at] + inserted + article.text[at:],
                    ("duplicate-figure-conflict",), (start, start + len(new)), (at, at), inserted,
                    f"{move.subject}: close {level.text} restated as {new}", "restated_next_sentence")


def _headline_figure(article: GeneratedArticle, rng: random.Random, head: Headline) -> Mutation | None:
    """The headline's close or percent written with other digits than the body's."""
    if head.shape == "headline_level":
        fig = article.figure("hd0.level")
        new = _other_close(article, rng, fig.text) if fig is not None else None
    else:
        fig = article.figure("hd0.percent")
        if fig is None:
            return None
        value, decimals = parse_decimal(fig.text)
        step = Decimal(rng.randint(3, 9)).scaleb(-1)  # three to nine tenths of a point off
        new = format_decimal(value + step if value < step or rng.random() < 0.5 else value - step, decimals)
    if fig is None or new is None or _stands_in(article.text, new):
        return None
    rule = "restated-level-conflict" if head.shape == "headline_level" else "restated-percent-conflict"
    return replace(article, fig.start, fig.end, new, "duplicate_conflict", rule,
                   f"headline {fig.text} against the body's", head.shape)


def duplicate_conflict(article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None:
    """One close (or percent) stated twice with other digits: restated in the next sentence, or given
    by the headline over a body that says otherwise."""
    move, head = article.fact("m0"), article.fact("hd0")
    candidates: list[tuple[str, str]] = [("restated_next_sentence", "")] if isinstance(move, SessionMove) else []
    if isinstance(head, Headline) and head.shape in ("headline_level", "headline_percent"):
        candidates.append((head.shape, ""))
    for name, _ in in_family_order(candidates, rng, family):
        if name == "restated_next_sentence":
            assert isinstance(move, SessionMove)
            mutation = _restated(article, rng, move)
        else:
            assert isinstance(head, Headline)
            mutation = _headline_figure(article, rng, head)
        if mutation is not None:
            return mutation
    return None


def bp_as_percent(article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None:
    """A yield's move in basis points written as percent: "rose 4 percent to 4.25 percent"."""
    fig = article.figure("y0.change")
    unit = " basis points"
    if fig is None or article.text[fig.end:fig.end + len(unit)] != unit or family not in (None, "yield_sentence"):
        return None
    return replace(article, fig.start, fig.end + len(unit), f"{fig.text} percent", "bp_as_percent",
                   "unit-confusion", f"10-year yield: {fig.text} basis points written as percent", "yield_sentence")


def run_below_day(article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None:
    """The multi-session total stated below the day's own move."""
    floor, change = article.figure("run0.floor"), article.figure("m0.change")
    lead = "more than "
    if (floor is None or change is None or article.text[floor.start - len(lead):floor.start] != lead
            or family not in (None, "run_lead")):
        return None
    day = parse_decimal(change.text)[0]
    if day < 3:
        return None
    new = format_decimal(Decimal(rng.randint(1, int(day * Decimal("0.8")))), 0)
    if reported(change.text) <= reported(new):
        return None
    return replace(article, floor.start - len(lead), floor.end, new, "run_below_day", "multi-session-inconsistent",
                   f"run total {lead}{floor.text} -> {new}, below the day's {change.text}", "run_lead")
