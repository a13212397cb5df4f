"""The main index's paragraphs: headline, run, session summary, the day's sentence and the week's.

Writers receive facts already drawn (consistent by construction, see `draws`) and draw only
choices of wording, so a phrasing never changes what an article states.
"""
from __future__ import annotations

from hypothesis import strategies as st

from .markets import Market
from .render import Builder, Num, Slot, Word
from .templates import (
    CLOSED_WORDS, DAY_TEMPLATES, EXTREME_SUFFIXES, HEADLINE_TEMPLATES, HEADLINE_VERBS, HIGHER, LEVEL_TEMPLATE,
    MOVE_NOUNS, PRESENT_SINGULAR, RANGE_TEMPLATES, RUN_TEMPLATE, RUN_WAYS, STATE_PARAGRAPH_TAIL, STATE_TEMPLATE, STYLE_WORDS,
    UP_DOWN, WEEK_TAIL, WEEK_TEMPLATE,
)
from .truth import Headline, LevelClaim, MultiSession, SessionMove, StateClaim


def _verb(draw: st.DrawFn, m: SessionMove) -> str:
    """The word in a move's verb slot: its verb, a direction word ("ended up", "up") or a noun ("rise")."""
    if m.style in STYLE_WORDS:
        return STYLE_WORDS[m.style][m.direction]
    if m.style == "rise_of":
        return draw(st.sampled_from(MOVE_NOUNS[m.direction]))
    return m.verb


def day_clause(draw: st.DrawFn, m: SessionMove, subject: str, finish: str, weekday: str = "",
               week: SessionMove | None = None) -> tuple[str, dict[str, Slot]]:
    """One session move in its family's sentence order, with its range, "ending at session highs" and
    the week's percent when stated. `subject` starts with a capital; "On Friday, the ..." lowers it."""
    assert m.change is not None and m.percent is not None and m.level is not None
    slots: dict[str, Slot] = {
        "subject": subject, "subject_lower": subject[:1].lower() + subject[1:],
        "verb": Word(f"{m.id}.verb", _verb(draw, m)), "finish": finish,
        "closed": draw(st.sampled_from(CLOSED_WORDS)), "day": Word(f"{m.id}.day", weekday),
        "change": Num(f"{m.id}.change", m.change, 2, "points"),
        "percent": Num(f"{m.id}.percent", m.percent, m.percent_decimals, "percent"),
        "level": Num(f"{m.id}.level", m.level, 2, "points")}
    template = draw(st.sampled_from(DAY_TEMPLATES[m.style]))
    if m.low is not None and m.high is not None:
        template += RANGE_TEMPLATES[m.range_style]
        slots["low"] = Num(f"{m.id}.low", m.low, 2, "points")
        slots["high"] = Num(f"{m.id}.high", m.high, 2, "points")
    if m.extreme:
        template += EXTREME_SUFFIXES[m.extreme]
    if week is not None and week.style == "on_the_week":
        assert week.percent is not None
        template += WEEK_TAIL
        slots["way"] = Word(f"{week.id}.way", UP_DOWN[week.direction])
        slots["week_percent"] = Num(f"{week.id}.percent", week.percent, week.percent_decimals, "percent")
    return template, slots


def write_day(draw: st.DrawFn, b: Builder, m: SessionMove, subject: str, finish: str, weekday: str,
              week: SessionMove | None) -> None:
    """The day's move of the main index as one sentence."""
    template, slots = day_clause(draw, m, subject, finish, weekday, week)
    b.fill(template + ".", slots)


def write_week(b: Builder, week: SessionMove) -> None:
    """"For the week, the index added 61.25 points or 2.48 percent." """
    assert week.change is not None and week.percent is not None
    b.fill(WEEK_TEMPLATE, {"verb": Word(f"{week.id}.verb", week.verb),
                           "change": Num(f"{week.id}.change", week.change, 2, "points"),
                           "percent": Num(f"{week.id}.percent", week.percent, week.percent_decimals, "percent")})


def write_headline(draw: st.DrawFn, b: Builder, h: Headline, short: str) -> None:
    """A title line and a blank line: "KOSPI ends higher", "KOSPI ends at 2,531.25", "KOSPI rises 1.25%"."""
    slots: dict[str, Slot] = {"short": short, "ends": draw(st.sampled_from(PRESENT_SINGULAR)),
                              "way": Word(f"{h.id}.way", HIGHER[h.direction])}
    if h.shape == "headline_level":
        assert h.level is not None
        slots["level"] = Num(f"{h.id}.level", h.level, 2, "points")
    if h.shape == "headline_percent":
        assert h.percent is not None
        slots["verb"] = Word(f"{h.id}.way", draw(st.sampled_from(HEADLINE_VERBS[h.direction])))
        slots["percent"] = Num(f"{h.id}.percent", h.percent, -h.percent.as_tuple().exponent, "percent")
    b.fill(HEADLINE_TEMPLATES[h.shape], slots)
    b.write("\n\n")


def write_state(b: Builder, state: StateClaim, short: str) -> None:
    """"The KOSPI finished modestly lower on Tuesday." and, when the figures follow in a paragraph
    of their own, a sentence without figures and the paragraph break."""
    b.fill(STATE_TEMPLATE, {"subject": short, "adverb": f"{state.adverb} " if state.adverb else "",
                            "way": Word(f"{state.id}.way", HIGHER[state.direction]),
                            "day": Word(f"{state.id}.day", state.weekday)})
    b.write(STATE_PARAGRAPH_TAIL + "\n\n" if state.layout == "for_the_day" else " ")


def write_run(b: Builder, market: Market, run: MultiSession | None, verb: str, claim: LevelClaim | None) -> None:
    """The lead: a run of consecutive sessions, the mark the index is holding above, or both."""
    if run is not None:
        b.fill(RUN_TEMPLATE, {"country": market.country, "way": Word("run0.way", RUN_WAYS[run.direction]),
                              "verb": Word("run0.verb", verb),
                              "floor": Num("run0.floor", run.floor, 0, "points"),
                              "percent": Num("run0.percent", run.percent, run.percent_decimals, "percent")})
    if claim is not None:
        b.write(" " if run is not None else "")
        b.fill(LEVEL_TEMPLATE, {"name": market.name, "threshold": Num("lvl0.threshold", claim.threshold, 0, "points")})
