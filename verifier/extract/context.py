"""One document read once for every extractor: sentences, figures, subjects and verbs with offsets.

Built per document from patterns compiled at import and a lexicon compiled at load, so extractors
only walk lists. Offsets are absolute: they index `document.text`, header included.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, NamedTuple

from ..document import Document
from ..facts import Subject
from ..spans import LineIndex, Span
from .compiled import re_pattern
from .convention import read_convention
from .cues import cues, finditer as cue_finditer, positions as cue_positions
from .language import detect as detect_language
from .malformed import READABLE, Malformed, scan as scan_malformed
from .patterns import (
    FOLDED_WORD_MENTION,
    NOT_FIGURE,
    NOT_PROSE,
    NOT_PROSE_NO_ADDRESS,
    FULL_LINE,
    LONG_LINE,
    PARAGRAPH_END,
    SENTENCE_END,
    WRAPPED_PARAGRAPH_END,
    WORD_MENTION,
    figure_patterns,
)
from .naming import (
    is_figure,
    NAME_GOES_ON,
    NAME_SUFFIXES,
    PLACES,
    UNKNOWN_MARKET,
    LIST_HEADING,
    PLACE_BEFORE,
    MOVE_AFTER,
    city_markets,
    adjacent,
    one_name,
    identity,
    one_spaced,
    disjoint,
    outside,
    overlaps,
)
from .quantities import Token, read_quantities

if TYPE_CHECKING:
    from ..lexicon import Lexicon

MAIN_TYPES = ("index", "market")


# Typography a web feed brings, read as its plain form so every pattern sees one spelling: no-break
# and thin spaces ("2.20\u00a0percent"), curly quotes ("Monday\u2019s"), no-break hyphens. One character for one, so
# offsets into the document stay exact and spans still quote the text as it arrived.
_SAME_WIDTH = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2019": "'",
                             "\u2018": "'", "\u201c": '"', "\u201d": '"',
                             "\u201a": ",",  # the low quote some CMSs print for a comma: "47\u201a555 points"
                             "\u2011": "-"})  # the no-break hyphen of spelled decimals: "zero\u2011point\u201149 percent"


_CR = re_pattern("\r")


class Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int


class Named(NamedTuple):
    """A subject named in the text: an entity alias or an anaphor ("the index")."""

    start: int
    end: int
    text: str
    entity: str | None  # lexicon id; None for an anaphor
    type: str  # entity type, or for an anaphor the type it binds to
    market: bool = False
    unknown: bool = False  # a name the lexicon lacks ("The TSE finished"): a subject, not an anaphor


class Verb(NamedTuple):
    start: int
    end: int
    text: str
    polarity: int
    intensity: int
    bare: bool
    neutral: bool  # the verb itself carries no direction ("closed", "ended"); a word or figure gives it


def _hard_wrapped(text: str, start: int, end: int) -> bool:
    """Wrapped at a fixed width: no line past 90 characters, and at least four lines filled near it."""
    if LONG_LINE.search(text, start, end):
        return False
    full = 0
    for _ in FULL_LINE.finditer(text, start, end):
        full += 1
        if full >= 4:
            return True
    return False


def _split(text: str, start: int, end: int, unbroken: list[Malformed] = ()) -> list[Sentence]:
    """Sentences by paragraph; none ends inside an `unbroken` figure ("fell 1. 62 percent" is one sentence)."""
    sentences: list[Sentence] = []
    paragraph = 0
    para_start = start
    ends = WRAPPED_PARAGRAPH_END if _hard_wrapped(text, start, end) else PARAGRAPH_END
    para_ends = [m.end() for m in ends.finditer(text, start, end)] + [end]
    for para_end in para_ends:
        pos = para_start
        for m in SENTENCE_END.finditer(text, para_start, para_end):
            if unbroken and any(f.start < m.start() < f.end for f in unbroken):
                continue
            if m.end() > pos and text[pos:m.start()].strip():
                sentences.append(Sentence(pos, m.start() + (1 if text[m.start()] in ".!?" else 0), paragraph))
            pos = m.end()
        if text[pos:para_end].strip():
            sentences.append(Sentence(pos, para_end, paragraph))
        para_start = para_end
        paragraph += 1
    return sentences


# A bare plural ("stocks", "shares") stands for the market, unless a word narrows it to a group:
# "technology stocks", "heavyweight bank shares", "Prima shares" are a group or a company, not the index.
_BARE_PLURALS = frozenset({"stocks", "shares", "equities"})
_WORD_BEFORE = re_pattern(r"([A-Za-z][A-Za-z-]*)\s+$")
_NOT_QUALIFIERS = frozenset({
    "the", "and", "but", "or", "while", "as", "of", "in", "on", "with", "that", "when", "where", "said",
    "most", "all", "local", "domestic", "broader", "overall", "its", "their", "his", "her", "our",
    "some", "many", "few", "global", "world", "regional", "other", "both", "after", "before", "though",
    "although", "because", "since", "so", "then", "still", "also", "even", "why", "how", "yet",
})


_MEASURE_OF = re_pattern(r"\b(?:value|volume|number|amount|turnover|total|quantity|count)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _qualified_plural(text: str, start: int) -> bool:
    """True for "technology stocks": the plural anaphor at `start` follows a narrowing word."""
    end = text.find(" ", start)
    word = text[start:end if end != -1 else len(text)].strip(".,;:").lower()
    if word not in _BARE_PLURALS:
        return False
    if text[start].isupper():
        lead = text[max(0, start - 4):start].rstrip(" \t")
        if lead and lead[-1] not in ".!?\n\"'*-(\u201c\u2022:":
            return True  # "the broader All Shares index": a capital inside a sentence is part of a name
    if _MEASURE_OF.search(text, max(0, start - 30), start):
        return True  # "the value of shares traded", "the number of stocks": a count or a sum, not the market
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() not in _NOT_QUALIFIERS


class Context:
    """The read document; `claimed` records figures already bound, so no figure serves two facts."""

    def __init__(self, document: Document, lexicon: "Lexicon") -> None:
        self.document = document
        self.lexicon = lexicon
        text = document.text.translate(_SAME_WIDTH)
        if "\r" in text:  # Windows and old Mac line ends: "\r\n" is a space and a newline, a lone "\r" a newline
            text = _CR.sub(lambda m: " " if m.end() < len(text) and text[m.end()] == "\n" else "\n", text)
        self.text = text
        self.lines: LineIndex = document.lines
        folded = text.lower()
        self.folded = folded if len(folded) == len(text) else text  # offsets must not move
        # The lexicon's lower-case patterns read the folded text, unless folding moved an offset or
        # left a letter that case-blind matching would still equate with an ASCII one ("ı", "ſ").
        self._foldable = self.folded is folded and "ı" not in folded and "ſ" not in folded
        start, end = document.body_start, len(text)
        self.language = detect_language(text, start, end)
        if self.language is not None:
            end = start  # not English: nothing of the body is read (see language.py)
        self.convention = read_convention(text, start, end)
        self.malformed = scan_malformed(text, start, end, self.convention)
        self.sentences = _split(text, start, end, self.malformed)
        self._sentence_starts = [s.start for s in self.sentences]
        named = self._entities(start, end)
        not_prose = NOT_PROSE if "@" in text else NOT_PROSE_NO_ADDRESS
        masked = sorted([(n.start, n.end) for n in named if n.entity] + [m.span() for m in not_prose.finditer(text, start, end)]
                        + [m.span() for m in NOT_FIGURE.finditer(text, start, end)])
        masked = disjoint(masked)
        mention, grammar = figure_patterns(self.convention.digits, self.convention.dash_fractions)
        found = [m.span() for m in mention.finditer(text, start, end)]
        if self._foldable:
            words = [m.span() for m in FOLDED_WORD_MENTION.finditer(folded, start, end)]
        else:
            words = [m.span() for m in WORD_MENTION.finditer(text, start, end)]
        if words:
            found = sorted(found + words)
        if masked:
            found = outside(found, masked)
        found = [(s, e) for s, e in found if is_figure(text, s, e, lexicon)]
        self.tokens = read_quantities(text, found, self.lines, grammar, self.convention.decimal_mark)
        unreadable = [(f.start, f.end) for f in self.malformed if f.problem not in READABLE]
        if unreadable:  # no part of "31, 847.26" or "1. 47 percent" is a figure; its NumberFormat fact binds it
            self.tokens = [t for t in self.tokens if not overlaps(t.start, t.end, unreadable)]
        if self.tokens:  # "4.20 yuan" is a price, not the currency as a subject
            figures = [(t.start, t.end) for t in self.tokens]
            kept = set(outside([(n.start, n.end) for n in named], figures))
            named = [n for n in named if (n.start, n.end) in kept]
        self._token_starts = [t.start for t in self.tokens]
        self.mentions: tuple[Span, ...] = tuple(self.lines.span(s, e) for s, e in found)
        self.named = named
        self._named_starts = [n.start for n in named]
        taken = sorted([(n.start, n.end) for n in named if n.entity] + [(t.start, t.end) for t in self.tokens])
        taken_starts = [s for s, _ in taken]
        self.verbs = [v for v in self._verbs(start, end) if not overlaps(v.start, v.end, taken, taken_starts)]  # "318.6 billion won"
        self.claimed: set[int] = set()
        self._resolved: dict[Named, Subject] = {}

    # reading -------------------------------------------------------------------------------
    def _entities(self, start: int, end: int) -> list[Named]:
        lexicon, text = self.lexicon, self.text
        found: list[Named] = []
        for s, e in lexicon.find_names(text, start, end):
            alias = lexicon.aliases.get(" ".join(text[s:e].split()))
            if alias is None:
                continue
            kind = "market" if alias.market else alias.entity.type
            if kind == "sector" and LIST_HEADING.search(text, max(0, s - 12), s) and text.startswith(",", e):
                continue  # "Among automakers, Geely Auto tumbled": the company moved, not the sector
            longer = NAME_GOES_ON.match(text, e) if kind == "stock" else None
            if longer is not None and longer["word"] not in NAME_SUFFIXES:
                # "Hyundai Mobis tumbled", "Alibaba Health rose": another company of the same family
                e = longer.end()
                found.append(Named(s, e, text[s:e], None, "stock", False, True))
                continue
            named = Named(s, e, text[s:e], alias.entity.id, kind, alias.market)
            if found and adjacent(text, found[-1].end, named.start):
                named = one_name(text, found.pop(), named)
            found.append(named)
        taken = [(n.start, n.end) for n in found]
        taken_starts = [n.start for n in found]
        anaphora = lexicon.anaphora
        if self._foldable:
            matches = lexicon.folded_anaphor_pattern.finditer(self.folded, start, end)
        else:
            matches = lexicon.anaphor_pattern.finditer(text, start, end)
        for m in matches:
            s, e = m.span()
            if not overlaps(s, e, taken, taken_starts) and not _qualified_plural(text, s):
                found.append(Named(s, e, text[s:e], None, anaphora[one_spaced(m.group(0))]))
        cities, pattern = city_markets(lexicon)
        for m in cue_finditer(pattern, text, start, end, most=64) if pattern is not None else ():  # 40-odd city names
            s, e = m.span("city")
            if PLACE_BEFORE.search(text, max(0, s - 12), s) or not MOVE_AFTER.match(text, m.end("next")):
                continue  # "rallies in Hong Kong added to the unease": a place, not its market
            if lexicon.verb(m["next"]) is not None and not lexicon.verb(m["next"]).bare and not overlaps(s, e, taken, taken_starts):
                entity = cities[" ".join(m["city"].split())]  # "Doha lost 1 percent", "Karachi closed higher": the city's market
                found.append(Named(s, e, m["city"], entity.id, "market", True))
        for m in cue_finditer(UNKNOWN_MARKET, text, start, end):
            s, e = m.span("name")
            sense = lexicon.verb(m["next"])
            if sense is not None and m["name"] not in PLACES and not overlaps(s, e, taken, taken_starts):
                found.append(Named(s, e, m["name"], None, "market", True, True))
        found.sort()
        return found

    def _verbs(self, start: int, end: int) -> list[Verb]:
        lexicon, text = self.lexicon, self.text
        if self._foldable:
            matches = lexicon.folded_verb_pattern.finditer(self.folded, start, end)
        else:
            matches = lexicon.verb_pattern.finditer(text, start, end)
        out = []
        for m in matches:
            sense = lexicon.verb(m["verb"] or m["bare"])
            if sense is None:
                continue
            polarity, intensity, neutral = sense.polarity, sense.intensity, sense.polarity == 0
            if m["dir"]:
                direction, flat = lexicon.directions[one_spaced(m["dir"])]
                if polarity == 0 or direction == polarity:
                    polarity = direction
                    intensity = flat if flat is not None else max(intensity, 2) if neutral else intensity
                neutral = False
            if m["mod"]:
                intensity = lexicon.modifiers[one_spaced(m["mod"])]
            out.append(Verb(m.start(), m.end(), text[m.start() : m.end()], polarity, intensity, sense.bare, neutral))
        return out

    # queries ---------------------------------------------------------------------------------
    def span(self, start: int, end: int) -> Span:
        return self.lines.span(start, end)

    def sentence_at(self, offset: int) -> int:
        return max(bisect_right(self._sentence_starts, offset) - 1, 0)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        return self.tokens[bisect_left(self._token_starts, start) : bisect_left(self._token_starts, end)]

    def named_in(self, start: int, end: int) -> list[Named]:
        return self.named[bisect_left(self._named_starts, start) : bisect_left(self._named_starts, end)]

    def resolve(self, named: Named) -> Subject | None:
        """An entity as it stands; an anaphor bound to the last subject of its type named nearby.

        Made once per name: extractors ask again for the same name (12 times an article), and the
        answer depends only on the names and sentences, fixed when the document is read.
        """
        subject = self._resolved.get(named)
        if subject is None:
            subject = self._resolved[named] = self._resolve(named)
        return subject

    def _resolve(self, named: Named) -> Subject:
        span = self.span(named.start, named.end)
        if named.entity:
            entity = self.lexicon.entities[named.entity]
            return Subject(text=named.text, entity=entity.id, name=entity.name, type=named.type, sector=entity.sector, country=entity.country, span=span)
        if named.unknown:
            return Subject(text=named.text, name=named.text, type=named.type, span=span)
        sentence = self.sentence_at(named.start)
        paragraph = self.sentences[sentence].paragraph
        wanted = MAIN_TYPES if named.type in MAIN_TYPES else (named.type,)
        before = self.named[: bisect_left(self._named_starts, named.start)]
        if named.text.lower() == "it" and before:
            # "The firm said it would grow", "The yen firmed ... It stayed below its peak":
            # "it" is a subject named earlier in its sentence, else the first one of the sentence before
            # (its grammatical subject), whatever its kind.
            same = [n for n in before if self.sentence_at(n.start) == sentence]
            previous = [n for n in before if self.sentence_at(n.start) == sentence - 1]
            antecedent = same[-1] if same else previous[0] if previous else None
            if antecedent is not None:
                found = self.resolve(antecedent)
                rivals = {identity(n) for n in (same or previous) if n.entity or n.unknown}
                guess = f"'{named.text}' read as {found.name or found.text}" if len(rivals) > 1 or found.inferred else None
                return found.model_copy(update={"text": named.text, "span": span, "inferred": guess})
        if named.text.lower() in _BARE_PLURALS and (company := self._company_before(named, sentence, before)) is not None:
            return company.model_copy(update={"text": named.text, "span": span})  # "Wetherspoon's sales rose. Shares dipped 6%"
        candidates = []
        for earlier in reversed(before):
            if self.sentences[self.sentence_at(earlier.start)].paragraph < paragraph - 1:
                break
            if (earlier.unknown or earlier.entity) and earlier.type in wanted:
                candidates.append(earlier)
        if not candidates:
            return Subject(text=named.text, type=named.type, span=span)  # "the composite index", no antecedent
        earlier = candidates[0]
        # The anaphor is a reading, not a guess, when one subject of its kind is named in the paragraph
        # so far and it stands in this sentence or the one before ("The Hang Seng rose ... The index").
        near = self.sentence_at(earlier.start) >= sentence - 1
        alone = len({identity(n) for n in candidates}) == 1
        name = earlier.text if earlier.unknown else self.lexicon.entities[earlier.entity].name
        guess = None if near and alone else f"'{named.text}' read as {name}"
        if earlier.unknown:  # "The TSE finished higher ... the index": not an index named before it
            return Subject(text=named.text, name=earlier.text, type=earlier.type, span=span, inferred=guess)
        entity = self.lexicon.entities[earlier.entity]
        return Subject(text=named.text, entity=entity.id, name=entity.name, type=entity.type, sector=entity.sector,
                       country=entity.country, span=span, inferred=guess)

    def _company_before(self, named: Named, sentence: int, before: list[Named]) -> Subject | None:
        """The company a bare "Shares" speaks of: the nearest subject of its sentence or the one before,
        when that is a company (a stock in the lexicon, or "the company" told of) and no index or market."""
        for earlier in reversed(before):
            if self.sentence_at(earlier.start) < sentence - 1:
                return None
            if earlier.type in MAIN_TYPES:
                return None
            if earlier.type == "stock":
                if earlier.entity:
                    return self.resolve(earlier)
                return Subject(text=earlier.text, name=earlier.text if earlier.unknown else None, type="stock",
                               inferred=f"'{named.text}' read as the company told of before ({earlier.text})")
        return None

    def subject_before(self, offset: int, main_only: bool = False) -> Subject | None:
        """The subject a phrase at `offset` speaks of: the last one named earlier in its sentence,
        else the last index or market named in the paragraph or the one before."""
        sentence = self.sentences[self.sentence_at(offset)]
        if not main_only:
            for named in reversed(self.named_in(sentence.start, offset)):
                resolved = self.resolve(named)
                if resolved is not None:
                    return resolved
        for named in reversed(self.named[: bisect_left(self._named_starts, offset)]):
            if self.sentences[self.sentence_at(named.start)].paragraph < sentence.paragraph - 1:
                break
            if named.unknown:
                return self.resolve(named).model_copy(update={"inferred": f"{named.text}, named earlier in the paragraph"})
            if named.entity and named.type in MAIN_TYPES:
                entity = self.lexicon.entities[named.entity]
                return Subject(text=named.text, entity=entity.id, name=entity.name, type=entity.type, sector=entity.sector, country=entity.country, span=self.span(named.start, named.end),
                               inferred=f"{entity.name}, named earlier in the paragraph")
        return None

    def sentences_with(self, hint: "re.Pattern[str]") -> list[Sentence]:
        """Sentences a cheap keyword scan says may hold a phrase, so costly patterns run only there.

        The hint runs over the lower-cased text (a case-blind `re` alternation cost ~0.16 ms a scan),
        and jumps to the next sentence after each hit, so a hint word repeated in a sentence
        costs nothing (the set of sentence indexes per hit was the top self-time of extraction).
        Where the hint has literal cues (see cues.py) it is tried only where they stand.
        """
        sentences, search, folded = self.sentences, hint.search, self.folded
        found: list[Sentence] = []
        position = self.document.body_start
        anchors = cues(hint)
        if anchors is not None:  # try the hint only where one of its cues stands
            match, starts = hint.match, self._sentence_starts
            for at in cue_positions(folded, anchors, position) if sentences else ():
                if at < position or match(folded, at) is None:
                    continue
                index = self.sentence_at(at)
                found.append(sentences[index])
                position = starts[index + 1] if index + 1 < len(starts) else len(folded)
            return found
        while True:
            m = search(folded, position)
            if m is None:
                return found
            index = self.sentence_at(m.start())
            sentence = sentences[index] if sentences else None
            if sentence is None:
                return found
            if not found or found[-1] is not sentence:
                found.append(sentence)
            following = sentences[index + 1].start if index + 1 < len(sentences) else len(folded)
            position = max(following, m.start() + 1)

    def claim(self, start: int, end: int) -> None:
        """Mark every figure inside [start, end) as bound."""
        for token in self.tokens_in(start, end):
            self.claimed.add(token.start)

    def token_covering(self, offset: int):
        """The figure whose span holds `offset` ("540" in "About 540"), if any."""
        i = bisect_right(self._token_starts, offset) - 1
        return self.tokens[i] if i >= 0 and self.tokens[i].end > offset else None

    def token_at(self, start: int):
        """The figure that begins at `start`, if any."""
        i = bisect_left(self._token_starts, start)
        return self.tokens[i] if i < len(self.tokens) and self.tokens[i].start == start else None
