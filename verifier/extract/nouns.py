"""Moves told as nouns: "a 0.63% gain in utilities", "an 8.6% surge in Shell shares", "a roughly 1.5% fall",
"Ford's 3.6% jump". The noun's polarity and intensity come from the verb lexicon ("surge", "fall").
"""
from __future__ import annotations

import re

import regex

from ..facts import Fact, Move, Subject
from ..numbers import PERCENT, POINTS
from .context import Context, Verb
from .compiled import re_pattern, regex_pattern
from .subjects import company_word

_NOUN = re_pattern(r"\s*(?:-|\s)?(?P<noun>[a-z]+)(?:\s+(?:in|for|of|by|at)\s+(?P<after>(?:the\s+)?(?:[A-Za-z0-9&.'-]+\s+){0,3}?[A-Za-z0-9&.'-]+?))?(?=[\s,.;)]|$)")
# "Ford's 3.6% jump", "the health care index's 1.14 percent fall"
_OWNER = regex_pattern(
    r"(?:(?P<owner>(?:[A-Z][A-Za-z0-9&.-]*\s+){0,3}[A-Z][A-Za-z0-9&.-]*)"
    r"|(?<=\bthe\s)(?P<owner>[a-z][a-z&-]*(?:\s+[a-z&-]+){0,3}\s+(?:index|sub-index|subindex|sector|group)))(?:'s|’s)\s+(?:[a-z]+\s+)?$"
)
_ARTICLE = re_pattern(r"\b(?:a|an|the|its|their|his|her)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_HINT = re_pattern(r"%|percent|per cent|points?\b")
# "marking a decline of 612 points, or 0.8 per cent", "a drop of 19 points or 0.2 per cent"
_NOUN_OF = re_pattern(r"\b(?:a|an|its|their)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s+of\s+(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
# "The consensus calls for a decline of 2.0 percent", "expectations of a 0.3% gain": a forecast, not a move
_EXPECTATION = re_pattern(
    r"\b(?:expect\w*|forecast\w*|consensus|calls?\s+for|called\s+for|estimates?|predict\w*|projected|projection|seen)\b[^.;:]{0,40}$",
    re.IGNORECASE,
)
# A move told as a noun with its figures after it, read as a verb of that direction: "It was a rise of 52.37,
# or 0.6%", "closed with a rise of 0.54% to 9,218.3", "posted a gain of 15 points (0.5%)", "a gain 6.41 per cent"
_NOUN_VERB = re_pattern(
    r"\b(?:(?:posted|posts|posting|recorded|records|recording|registered|registers|logged|logs|booked|books|notched|notches|"
    r"saw|sees|suffered|suffers|showed|shows|made|makes|followed\s+with|follows\s+with|with|marking|making|representing|"
    r"reflecting|registering|recording|posting|logging|notching|booking)\s+)?"
    r"(?P<article>[Aa]n?)\s+(?:(?P<adjective>[a-z]+)\s+(?!of\b))?(?P<noun>[a-z]+)\s+(?:of\s+)?"
    r"(?=(?:(?:about|around|nearly|almost|some|over|more\s+than|less\s+than|just\s+over|just\s+under)\s+)?(?:[A-Z]{0,3}\$|N\s?|Rs\.?\s?)?[0-9])"
)
# A run's total told as its noun taken to a figure: "bringing its 6-day slide to 29%", "taking its full-week
# loss to 2.8% or 57.14 points": the percent of the whole run, not a level
# "brought the Dow's decline over the past three sessions to 505 points, or 4.5 percent": the same in the past
# tense, owned by a name, over a span it names, in points too
_RUN_TOTAL = regex_pattern(
    r"\b(?:bringing|taking|pushing|extending|cutting|trimming|paring|lifting|brought|took|pushed|extended|trimmed|pared|lifted)\s+"
    r"(?P<article>its|their|the|(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['\u2019]s)\s+"
    r"(?:(?P<adjective>[\w-]+)\s+)?(?P<noun>[a-z]+)\s+(?:(?:over|in|for|during)\s+(?:the\s+)?(?:past|last)\s+[\w-]+\s+(?:sessions|trading\s+days|days)\s+)?"
    r"to\s+(?=(?:about|around|nearly|almost|over|more\s+than)?\s*[0-9.]+\s*(?:%|(?:percent|per\s+cent|pc|pct|points?)\b))")
# A sized noun with the level it reached after it: "posted a 1.37 per cent gain to reach 4,185.26", "with Rs18.4
# decline to close at Rs762.35", "a 19 per cent rise in revenue to $5.3 billion"
_SIZED_NOUN = re_pattern(
    r"(?:\b(?:posted|posts|recorded|records|registered|logged|booked|notched|saw|with|reporting|reported|announced)\s+)?"
    r"(?:\b(?:a|an)\s+)?(?P<size>(?:[A-Z]{0,3}\$|Rs\.?\s?|RM)?[0-9][0-9,.]*\s*(?:%|percent|per\s+cent|pc|points?)?)\s+(?P<noun>[a-z]+)"
    r"(?=(?:\s+(?:in|for|of)(?:\s+[\w'-]+){1,4}?)?\s+to\s+(?:(?:reach|close\s+at|end\s+at|finish\s+at|settle\s+at|stand\s+at)\s+)?"
    r"(?:[A-Z]{0,3}\$|Rs\.?\s?|RM)?[0-9])")
# Cheap scans of the lower-cased text for the sentences worth reading with the patterns above
_NOUN_VERB_HINT = re_pattern(r"\ban? (?:[a-z]+ )?[a-z]+ (?:of )?[a-z ]{0,10}[a-z$]{0,3}[0-9]|(?:its|their|the) [a-z0-9-]+ (?:[a-z]+ )?to [0-9]"
                             r"|(?:brought|took|pushed|extended|trimmed|pared|lifted) [a-z0-9'\u2019 &.-]{3,70} to [0-9]"
                             r"|[0-9%t] [a-z]+ (?:[a-z' -]{0,40} )?to (?:[a-z ]{0,9})?[a-z$]{0,3}[0-9]")
# A move told as a noun with its subject after "in" and its size after "by": "a decline in the main index, the
# Acme 50, by a percentage of 0.4 percent", "a rise in the Acme 50 by 12 points"
_NOUN_IN_BY = re_pattern(
    r"\b(?:a|an)\s+(?:(?P<adjective>[a-z]+)\s+)?(?P<noun>[a-z]+)\s+in\s+(?P<subject>[^.;:()]{2,70}?),?\s+by\s+"
    r"(?:a\s+(?:percentage|rate|margin)\s+of\s+)?(?=[0-9])")
_NOUN_IN_BY_HINT = re_pattern(r"\ban? (?:[a-z]+ )?[a-z]+ in [^.;:]{2,70}? by (?:a [a-z]+ of )?[0-9]")
_OR_PERCENT = re_pattern(r"\s*,?\s*or\s+(?=[0-9.])")
_LOSS = {"loss": (-1, 2), "losses": (-1, 2), "gain": (1, 2), "gains": (1, 2)}


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A move for each percent or point figure followed by a move noun."""
    out = list(facts)
    text, lexicon = ctx.text, ctx.lexicon
    for sentence in ctx.sentences_with(_HINT):
        for token in ctx.tokens_in(sentence.start, sentence.end):
            if token.start in ctx.claimed or token.quantity.unit not in (PERCENT, POINTS):
                continue
            before = text[max(sentence.start, token.start - 40) : token.start]
            if _EXPECTATION.search(text, max(sentence.start, token.start - 60), token.start):
                continue
            if _noun_of(ctx, token, before, sentence.start, out):
                continue
            noun = _NOUN.match(text, token.end, sentence.end)
            if noun is None:
                continue
            sense = lexicon.verb(noun["noun"])
            polarity, intensity = (sense.polarity, sense.intensity) if sense and not sense.bare else _LOSS.get(noun["noun"], (0, 0))
            if polarity == 0:
                continue
            owner = _OWNER.search(before)
            if owner is None and _ARTICLE.search(before) is None:
                continue
            subject = _subject(ctx, token.start, noun, owner, before)
            if subject is None:
                continue
            ctx.claimed.add(token.start)
            out.append(Move(id="", span=ctx.span(token.start, noun.end()), subject=subject, verb=noun["noun"],
                            direction=polarity, intensity=intensity,
                            **{"percent" if token.quantity.unit == PERCENT else "change": token.quantity}))
    _in_by(ctx, out)
    return out


def _in_by(ctx: Context, out: list[Fact]) -> None:
    """ "witnessed a decline in the main index, the Acme 50, by 0.4 percent": the noun's move of the index
    named in its "in" phrase (the last name the lexicon knows there)."""
    text = ctx.text
    for sentence in ctx.sentences_with(_NOUN_IN_BY_HINT):
        for m in _NOUN_IN_BY.finditer(text, sentence.start, sentence.end):
            sense = ctx.lexicon.verb(m["noun"])
            polarity, intensity = (sense.polarity, sense.intensity) if sense and not sense.bare else _LOSS.get(m["noun"], (0, 0))
            token = ctx.token_at(m.end())
            named = [n for n in ctx.named_in(m.start("subject"), m.end("subject")) if n.entity]
            if not polarity or token is None or token.start in ctx.claimed or token.quantity.unit not in (PERCENT, POINTS) or not named:
                continue
            if _EXPECTATION.search(text, max(sentence.start, m.start() - 60), m.start()):
                continue  # "expects a rise in exports by 3%": a forecast
            ctx.claimed.add(token.start)
            out.append(Move(id="", span=ctx.span(m.start(), token.end), subject=ctx.resolve(named[-1]), verb=m["noun"],
                            direction=polarity, intensity=intensity,
                            **{"percent" if token.quantity.unit == PERCENT else "change": token.quantity}))


def _noun_of(ctx: Context, token, before: str, floor: int, out: list[Fact]) -> bool:
    """ "a decline of 612 points, or 0.8 per cent": the noun before "of" gives the direction."""
    found = _NOUN_OF.search(before)
    sense = ctx.lexicon.verb(found["noun"]) if found else None
    polarity, intensity = (sense.polarity, sense.intensity) if sense and not sense.bare else _LOSS.get(found["noun"] if found else "", (0, 0))
    subject = ctx.subject_before(token.start) if polarity else None
    if subject is None or before[: found.start()].rstrip().lower().endswith("from"):
        return False  # "up 0.9% from a loss of 3.5 points": an earlier session's move
    fields = {"percent" if token.quantity.unit == PERCENT else "change": token.quantity}
    end = token.end
    tail = _OR_PERCENT.match(ctx.text, token.end)
    second = ctx.token_at(tail.end()) if tail else None
    if second is not None and second.start not in ctx.claimed and second.quantity.unit == PERCENT and "percent" not in fields:
        fields["percent"] = second.quantity
        ctx.claimed.add(second.start)
        end = second.end
    ctx.claimed.add(token.start)
    start = token.start - len(before) + found.start()
    out.append(Move(id="", span=ctx.span(max(start, floor), end), subject=subject, verb=found["noun"],
                    direction=polarity, intensity=intensity, **fields))
    return True


def _subject(ctx: Context, start: int, noun: regex.Match, owner: regex.Match | None, before: str) -> Subject | None:
    if owner is not None:
        s = start - len(before) + owner.start("owner")
        named = [n for n in ctx.named_in(s, start) if n.entity]
        if named:
            return ctx.resolve(named[0])
        return Subject(text=owner["owner"], type="unknown", span=ctx.span(s, s + len(owner["owner"])))
    if noun["after"]:
        s, e = noun.start("after"), noun.end("after")
        named = [n for n in ctx.named_in(s, e) if n.entity and not company_word(ctx, n)]  # "a 1.4% gain in oil giant Saudi Aramco"
        if named:
            return ctx.resolve(named[0])
        return Subject(text=noun["after"], type="unknown", span=ctx.span(s, e))
    # Else a name earlier in the sentence: the paragraph's index is too far a guess ("All 13 sectors
    # advanced, with metals leading the gains with a 3.3% jump" is no jump of the Sensex).
    sentence = ctx.sentences[ctx.sentence_at(start)]
    return ctx.subject_before(start) if ctx.named_in(sentence.start, start) else None


def noun_verb_sentences(ctx: Context) -> set[int]:
    """Where the sentences that may tell a move as a noun start: one scan of the document."""
    return {s.start for s in ctx.sentences_with(_NOUN_VERB_HINT)}


def noun_verbs(ctx: Context, start: int, end: int) -> list[Verb]:
    """The moves told as a noun before their figures in text[start:end], each as a verb of its direction."""
    found = []
    if " to " in ctx.folded[start:end]:
        for m in _RUN_TOTAL.finditer(ctx.text, start, end):
            sense = ctx.lexicon.verb(m["noun"])
            polarity, intensity = (sense.polarity, sense.intensity) if sense and not sense.bare else _LOSS.get(m["noun"], (0, 0))
            if polarity:
                found.append(Verb(m.start(), m.end(), ctx.text[m.start("article") : m.end("noun")], polarity, intensity, False, False))
    for m in _SIZED_NOUN.finditer(ctx.text, start, end):
        sense = ctx.lexicon.verb(m["noun"])
        polarity, intensity = (sense.polarity, sense.intensity) if sense and not sense.bare else _LOSS.get(m["noun"], (0, 0))
        size = ctx.token_covering(m.start("size"))
        if polarity and size is not None and size.start not in ctx.claimed and size.end <= m.end("size"):
            found.append(Verb(m.start(), m.end(), ctx.text[m.start("size") : m.end("noun")], polarity, intensity, False, False))
    for m in _NOUN_VERB.finditer(ctx.text, start, end):
        sense = ctx.lexicon.verb(m["noun"])
        polarity, intensity = (sense.polarity, sense.intensity) if sense and not sense.bare else _LOSS.get(m["noun"], (0, 0))
        if polarity == 0 or _EXPECTATION.search(ctx.text, max(start, m.start() - 60), m.start()):
            continue  # "calls for a rise of 0.3%": a forecast
        if ctx.folded[max(start, m.start() - 5) : m.start()] == "from ":
            continue  # "up 0.9% from a loss of 3.5 points": an earlier session's move, told as where this one started
        found.append(Verb(m.start(), m.end(), ctx.text[m.start("article") : m.end("noun")], polarity, intensity, False, False))
    return found


def run_total(verb: Verb) -> bool:
    """A verb read from "its 7-day decline to" or "the Dow's decline ... to": the total of a run, over a period
    its words may not name."""
    return verb.text[:4].lower() in ("its ", "thei", "the ") or "'s " in verb.text or "\u2019s " in verb.text


def sized(ctx: Context, verb: Verb):
    """The figure a noun verb carries before its noun ("a 1.37 per cent gain to reach"), if it carries one."""
    if run_total(verb) or verb.text[:1].isalpha() and not verb.text[:2] in ("Rs", "RM"):
        return None
    found = ctx.tokens_in(verb.end - len(verb.text), verb.end)
    return found[0] if found else None
