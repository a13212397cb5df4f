"""Slips in words: a verb or headline against the session's direction, a strong verb on a tiny move,
a weekday that cannot be the session, a comparison word against the readings it compares.

Same contract as `slips_figures`: (article, rng, family=None) -> Mutation | None.
"""
from __future__ import annotations

import dataclasses
import random
from decimal import Decimal

from .planting import Mutation, in_family_order, replace
from .templates import EXTREME_VERBS, FLIPPED_WORDS, GERUNDS, VERBS, WEEKDAYS
from .truth import GeneratedArticle, SessionMove, StateClaim, Token

OPPOSITE_COMPARISON = {"up from": "down from", "down from": "up from"}
TINY = Decimal("0.25")  # a quarter of a percent: no threshold of a strong verb can excuse it


def _swap(article: GeneratedArticle, word: Token, new: str, operator: str, rule: str, family: str) -> Mutation | None:
    if new == word.text:
        return None
    return replace(article, word.start, word.end, new, operator, rule, f"{word.key}: {word.text!r} -> {new!r}", family)


def _opposite(word: str, move: SessionMove, rng: random.Random) -> str:
    """"ended up" -> "ended down", "rise" -> "fall"; a plain verb gives way to one of the other polarity."""
    return FLIPPED_WORDS.get(word) or rng.choice(VERBS[(-move.direction, move.intensity)])


def direction_flip(article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None:
    """The day told one way by its summary or headline and the other way by its figures' sentence:
    the day's verb flipped under a summary ("finished higher ... For the day, the index fell"), the
    headline's word flipped over the body ("KOSPI ends lower" over a rise), or Wall Street's lead
    flipped over its three averages."""
    move, verb = article.fact("m0"), article.word("m0.verb")
    state, head_word = article.fact("st0"), article.word("hd0.way")
    candidates: list[tuple[str, Token]] = []
    if isinstance(move, SessionMove) and verb is not None and isinstance(state, StateClaim):
        candidates.append((state.layout, verb))
    head = article.fact("hd0")
    if head_word is not None and head is not None and getattr(head, "shape", "") != "headline_level":
        candidates.append((article.family_of("hd0"), head_word))
    street = article.word("ws0.way")  # "Wall Street closed higher" over three averages that fell
    if street is not None:
        candidates.append(("wall_street_lead", street))
    for name, word in in_family_order(candidates, rng, family):
        new = FLIPPED_WORDS[word.text] if word.key != "m0.verb" else _opposite(word.text, move, rng)
        rule = "restated-direction-conflict" if word.key.startswith("hd0") else "direction-conflict"
        mutation = _swap(article, word, new, "direction_flip", rule, name)
        if mutation is not None:
            return _with_figure(article, mutation, "hd0.percent") if name == "headline_percent" else mutation
    return None


def _with_figure(article: GeneratedArticle, mutation: Mutation, key: str) -> Mutation:
    """The slip's span stretched to the figure its word governs ("falls 0.05 percent"): a restatement
    conflict marks the statement by its figure."""
    fig = article.figure(key)
    if fig is None or fig.start < mutation.replaced[1]:
        return mutation
    shift = len(mutation.text) - len(article.text)
    return dataclasses.replace(mutation, span=(mutation.span[0], fig.end + shift))


def _verb_form(article: GeneratedArticle, fact_id: str) -> str | None:
    """"past" for "rose", "gerund" for "rising", None when the move's verb slot holds no verb ("ended up")."""
    word = article.word(f"{fact_id}.verb")
    if word is None:
        return None
    if word.text in GERUNDS.values():
        return "gerund"
    return "past" if any(word.text in verbs for verbs in VERBS.values()) else None


def intensity_on_tiny_move(article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None:
    """A strong verb on a move of a quarter of a percent or less: "soared 0.12 percent"."""
    tiny = [(f.style, f) for f in article.facts if isinstance(f, SessionMove) and f.percent is not None
            and f.percent <= TINY and _verb_form(article, f.id) is not None]
    for name, move in in_family_order(tiny, rng, family)[:1]:
        extreme = rng.choice(EXTREME_VERBS[move.direction])
        new = GERUNDS[extreme] if _verb_form(article, move.id) == "gerund" else extreme
        word = article.word(f"{move.id}.verb")
        assert word is not None
        return _swap(article, word, new, "intensity_on_tiny_move", "intensity-mismatch", name)
    return None


def weekday_shift(article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None:
    """The session's weekday moved to a weekend day or to two days before the session, wherever it stands. One day
    before is a late page as often as a slip (weekday-date-late warns of it), and for Wall Street's session an
    Asian wrap may rightly name it, so it is not planted here."""
    # The family of the sentence holding it: a summary's layout, Wall Street's lead, or the day's own clause.
    days = [(article.family_of(w.key.split(".")[0]), w) for w in article.words if w.key.endswith(".day")]
    for name, word in in_family_order(days, rng, family)[:1]:
        before = WEEKDAYS[(WEEKDAYS.index(word.text) - 2) % 7]
        # A day told after another day of the same story may narrate an earlier session ("finished higher on
        # Wednesday ... on Tuesday, the index rose"): only a weekend is a slip there
        later = any(other.start < word.start and other.key.split(".")[0] != word.key.split(".")[0]
                    and other.key.startswith("ws") == word.key.startswith("ws") for _, other in days)
        return _swap(article, word, rng.choice(("Saturday", "Sunday") if later else ("Saturday", "Sunday", before)),
                     "weekday_shift", "weekday-date-mismatch", name)
    return None


def comparison_inverted(article: GeneratedArticle, rng: random.Random, family: str | None = None) -> Mutation | None:
    """"up from" where the forecast is below the previous reading, or "down from" above it."""
    word = article.word("f0.comparison")
    if word is None or family not in (None, "forecast_expected"):
        return None
    return _swap(article, word, OPPOSITE_COMPARISON[word.text], "comparison_inverted", "comparison-word-mismatch",
                 "forecast_expected")
