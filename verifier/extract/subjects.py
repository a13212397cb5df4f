"""Subjects of moves: who a clause speaks of, read from the words before its verb.

A lexicon name or an anaphor first; then a currency pair, a capitalised name or a short phrase; else
the subject of the clause before (a continuation) or of the bullet's index. Moves read the figures;
this module only says whose they are ("Messer, the only gainer, rose", "Shares in Qantas closed",
"Germany's 10-year yield", "Hemlo Gold gained", "against the dollar").
"""
from __future__ import annotations

import re
from typing import NamedTuple

import regex

from ..facts import Subject
from .compiled import re_pattern, regex_pattern
from .context import Context, Verb
from .patterns import PER_UNITS

# "firmed against the dollar to 127.38": the currency it is quoted against is no new subject
COUNTERPART = re_pattern(r"\b(?:against|versus|vs\.?|per)\s+(?:the\s+)?$", re.IGNORECASE)
CAUSE_BEFORE = re_pattern(r"\b(?:drag|drags|dragged|dragging|push|pushes|pushed|pushing|send|sends|sent|sending|lift|lifts|lifted|lifting|"
                              r"pull|pulls|pulled|pulling|knock|knocks|knocked|knocking)\s+(?:the\s+)?$", re.IGNORECASE)
# "futures tracking the blue-chip Dow rose 0.3%", "options on the Nikkei": a contract on the index, not the index
_DERIVATIVE_BEFORE = re_pattern(r"\b(?:futures|options|e-minis?|contracts?)\s+(?:tracking|on|for|linked\s+to|tied\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_VENUE_BEFORE = re_pattern(r"\b(?:on|at)\s+(?:the\s+)?$", re.IGNORECASE)
_COUNTER_GAP = re_pattern(r"\s*(?:per|against|versus|vs\.?)\s+(?:the\s+)?", re.IGNORECASE)
_POSSESSIVE_BEFORE = re_pattern(r"\b(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:'s|’s)\s+(?:benchmark\s+|key\s+)?$")
_SAME_COUNTRY = {"United States": ("America", "Washington", "Wall"), "United Kingdom": ("Britain", "London"), "Japan": ("Tokyo",)}
_SHARES_OF = re_pattern(r"\s+(?:in|of)\s+(?:[A-Z][\w&.'-]*\s*){1,4}(?:\([^()]{1,12}\)\s*)?$")
_DIGIT = re_pattern(r"\b[A-Z]{1,4}c[0-9]+\b|=")  # "ESc1", "TYc1", "XAU=": an instrument code, not a name ("EGX70" is one)
_PREPOSITION_BEFORE = re_pattern(r"\b(?:on|at|in|of|for|from|by|to|against)\s+(?:the\s+)?$", re.IGNORECASE)
# "Honda Motor rose": a capitalised name right before the verb, when the lexicon does not know it.
# ("Imperial Oil class A", "Swire \"A\"": a share class is part of the name)
# (a number inside a name is part of it: "NSE 20 Share Index" and "NSE 25 Share Index" are two indexes)
_NAME_BEFORE = regex_pattern(r"(?:^|(?<=[\s,(]))((?:[A-Z][A-Za-z0-9&.'-]*\s+(?:[0-9]{1,3}\s+(?=[A-Z]))?){0,3}[A-Z][A-Za-z0-9&.'-]*(?:\s+class\s+[A-Z]|\s+\"[A-Z]\")?)(?:'s\s+shares|\s+shares)?\s*\(?\s*$")
# "Hemlo Gold gained", "Imperial Oil class A surged", "Gold miner Galactic Resources improved": a commodity's
# name inside a company's name, or describing one, is not the commodity
# (not a contract month, a venue or "spot" before it, nor an instrument code after it: "December Gold", "Gold XAU=")
_CAPITAL_WORD_BEFORE = re_pattern(
    r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Spot|Comex|COMEX|Nymex|NYMEX|"
    r"LME|ICE|CBOT|MCX|The|And|But|While|In|On|At)\b)[A-Z][A-Za-z&'-]*[ \t]+$"
)
_CAPITAL_WORD_AFTER = re_pattern(r"[ \t]+[A-Z][a-z]{2,}(?![A-Za-z0-9=])")
_DESCRIBES = re_pattern(r"\s+(?:miners?|producers?|explorers?|company|companies|firms?|group|giant|majors?|refiners?|drillers?)\b", re.IGNORECASE)
# "average crude output in the North Sea fields rose": the words right before the verb, back to
# a clause break, when no name is known.
_PHRASE_BEFORE = re_pattern(
    r"(?<![A-Za-z0-9&'.%/-])(?P<phrase>(?:(?!(?:said|says|that|and|while|but|when|where|which|after|before|as|also|then|however|meanwhile|still|now|though)\b)"
    r"[A-Za-z0-9][A-Za-z0-9&'.%/-]*\s+){0,6}?(?!(?:said|says|that|and|while|but|when|where|which|after|before|as|also|then|however|meanwhile|still|now|though)\b)"
    r"[A-Za-z0-9][A-Za-z0-9&'.-]*)[\s,]*$",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    "The For Among In On At After Before While And But Meanwhile Elsewhere Also Shares Stocks It "
    "This That Its Their Of Overall However Yesterday Today Still Then Thus There Here They We "
    "Investors Traders Analysts Volume Turnover He She I You".split()
)
# "Sinar Mas Agro Tbk (JK:SMAR) was up": the ticker is not part of the name
# "The S&P energy index .SPNY was up", "silver XAG= jumped", "Australia ([AS51](https://...)) rose":
# an instrument code or a linked ticker between subject and verb belongs to neither
_TICKER = re_pattern(r"\s*\((?:[A-Z]{1,6}:)?[A-Z0-9.=^]{1,12}\)\s*$|\s*\[[A-Z]{1,6}:[A-Z0-9.]{1,12}\]\s*$|\s*\(\[[A-Z0-9.:-]{1,12}\]\([^()\s]*(?:\s+\"[^\"]*\")?\)\)\s*$|\s+(?:\.[A-Z][A-Z0-9]{1,11}|[A-Z0-9]{2,10}=[A-Z]{0,6})\s*$")
# "Bank Mega Tbk PT (JK:MEGA), which rose": the relative clause's subject is the name before it
# "Zitopek [BEL:ZTPK] which closed": the same with an exchange code in square brackets and no comma
# "X, which", and a relative clause closed before the verb: "Telekom, which had led the early risers, slipped"
_RELATIVE = re_pattern(r"(?:\s*(?:\((?:[A-Z]{1,6}:)?[A-Z0-9.=^]{1,12}\)|\[[A-Z]{1,6}:[A-Z0-9.]{1,12}\]))?\s*,?\s*which\s+(?:[^,;:()]{1,80},\s*)?$")
# A part of an index named by the index: "the sub-index of the Hang Seng", "a gauge of energy shares in the Nikkei"
_PART_OF_BEFORE = re_pattern(r"(?P<part>\b(?:sub-?ind(?:ex|ices)|component|constituent|segment|gauge)s?)\s+(?:of|in|on)\s+(?:the\s+)?$", re.IGNORECASE)
# A measure of the market as the clause's head, before an apposition that names the market
_MEASURE_HEAD = re_pattern(r"\b(?:turnover|volume|value|capitali[sz]ation|liquidity|market\s+cap)\s*$", re.IGNORECASE)
# "Holcim, the sole blue-chip riser on Monday, rose": the name before the apposition is the subject
_APPOSITION = re_pattern(r",\s+(?:the|a|an)\s+[^,;:()]{3,80},\s*$")
# "X stood out, rising 1.7%": a participle after a comma speaks of the clause's subject, unless a
# name stands between ("The worst performer was Seatrium, falling") or "with" opens a clause of its own
_PAIR_BEFORE = re_pattern(r"(?<![A-Za-z/])(?P<pair>[A-Z]{3}/[A-Z]{3})(?:=[A-Z]*)?\s*$")
_LEAD_NAME = re_pattern(
    r"\s*(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+)?(?:(?:[A-Z][\w&.'-]*\s+){0,3}[A-Z][\w&.'-]*\s+and\s+)?"
    r"(?P<name>(?:[A-Z][\w&.'-]*\s+){0,3}[A-Z][\w&.'-]*)\s+[a-z][^,;]*,\s*$"
)
# The unit a price was quoted in, left between its figure and a bare direction word: " a barrel, ", " per ounce, "
_UNIT_GAP = regex_pattern(
    rf"\s*(?:(?:a|an|per)\s+(?:U\.S\.\s+)?(?:{PER_UNITS}|unit)|/oz|/bbl|/t)?(?:\s+on\s+the\s+[A-Z]{{2,6}})?\s*[,;(]?\s*", regex.IGNORECASE)  # "per kg on the MCX, a fall of"
# "with its share price jumping", "their shares fell": the shares of the name that opens the sentence
_OWNED_SHARES = re_pattern(r"\b(?:its|their)\s+(?:share\s+price|shares|stock|stock\s+price)\s*$", re.IGNORECASE)
_SENTENCE_NAME = re_pattern(r"\s*(?P<name>(?:[A-Z][\w&.'-]*\s+){0,4}[A-Z][\w&.'-]*)(?=[\s,])")
# A contrast that opens a clause with words of its own before the verb: the clause before lends no subject
_CONTRAST_GAP = re_pattern(r"\b(?:while|whereas|but)\s+(?!(?:also|still|then|now|later|eventually|it)\b)[A-Za-z]", re.IGNORECASE)
_CONTRAST_NAME = re_pattern(r"\b(?:while|whereas|but)\s+(?P<name>(?:[A-Z][\w.'-]*\s+(?:&\s+)?){0,3}[A-Z][\w.'-]*)\s+[a-z]")
_TIME_BEFORE = re_pattern(
    r"[\s,]*\b(?:(?:on|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)[\s,]*$", re.IGNORECASE)
_NAME_END = re_pattern(r"[A-Z][\w&.'-]*\)?$")
_PARTICIPLE = re_pattern(r"[a-z]+ing\b", re.IGNORECASE)
_PARTICIPLE_GAP = re_pattern(r"(?:\s*(?:the|a|an|[a-z])(?:(?!\bwith\b)[^;:])*)?,\s*")
# "Dunav also closed flat": an adverb between the subject and its verb belongs to neither
_ADVERBS = frozenset(
    "also then later eventually finally initially briefly subsequently likewise similarly again last still now currently has have had both".split()
)
# "Nikkei (.N225) futures": an instrument code between the name and the word may be skipped
NOT_THE_INDEX = re_pattern(
    r"(?:\s*\([.=A-Z0-9^:]{2,12}\))?\s*(?:sectors?|sector\s+indexes|sector\s+indices|heavyweights|components|constituents|members|futures|options|e-minis?|minis?)\b", re.IGNORECASE
)
_FUTURES = re_pattern(r"\s*(?:crude\s+)?futures\b", re.IGNORECASE)
# "From the Sensex firms, Zomato tanked 5 per cent": an index's members, not the index ("DBS shares" are DBS's)
_MEMBERS = re_pattern(r"\s*(?:firms|companies|counters|scrips|pack|stocks|shares)\b(?!\s+ind(?:ex|ices|exes)\b)", re.IGNORECASE)
_NOT_THE_GOOD = re_pattern(r"\s*(?:index|indices|indexes|shares|stocks|equities|miners|producers|companies|sector)\b", re.IGNORECASE)
_LEADING = frozenset("the a an its their his her our this that these those or and nor".split())
_PREPOSITIONS = frozenset("in on at for by with from over into after before during since to of along across through".split())


# A name the lexicon does not know that calls itself an index: "the KSE index", "The Acme All Share Index"
_INDEX_NAME_END = re_pattern(r"\b(?:index|indices|composite|average)$", re.IGNORECASE)


class Clause(NamedTuple):
    """A verb with the subject it speaks of and where its figures end."""

    verb: Verb
    subject: Subject | None
    own_subject: bool
    end: int


def _relative_subject(ctx: Context, window: int, end: int) -> Subject | None:
    """The name closing the clause before ", which": a known one, else capitalised words."""
    named = [n for n in ctx.named_in(window, end) if n.end == end]
    if named:
        resolved = ctx.resolve(named[-1])
        return _own_country(ctx, named[-1], resolved) if resolved is not None else None
    name = _NAME_BEFORE.search(ctx.text, window, end)
    if name is not None and name.group(1).startswith("The ") and len(name.group(1).split()) > 1:
        start = name.start(1) + 4  # "The ASI, which closed": the name after its article
        return Subject(text=ctx.text[start : name.end(1)], type="unknown", span=ctx.span(start, name.end(1)))
    if name is None or name.group(1).split()[0] in _NOT_NAMES:
        return None
    if " " not in name.group(1) and name.group(1).endswith("ly") and len(name.group(1)) > 4:
        return None  # "Subsequently, the yield ..., inched up": a sentence adverb, no name with an apposition
    return Subject(text=name.group(1), type="unknown", span=ctx.span(name.start(1), name.end(1)))


def _before_adverb(text: str, window: int, end: int) -> int:
    """Where the words before a verb end, an adverb or auxiliary left out: "Dunav also closed" -> after "Dunav"."""
    head = text[max(window, end - 16) : end]
    trimmed = head.rstrip()
    word = trimmed.rsplit(None, 1)[-1] if trimmed else ""
    rest = trimmed[: len(trimmed) - len(word)]
    adverb = word.lower() in _ADVERBS or (word.islower() and word.endswith("ly") and len(word) > 4)  # "and ultimately settled"
    if adverb and len(trimmed) < len(head) and rest[-1:].isspace():
        return end - len(head) + len(rest.rstrip())
    return end


def _own_country(ctx: Context, named, subject: Subject) -> Subject:
    """ "Germany's 10-year yield": a generic alias the lexicon gives one country, owned by another, is that
    other country's own, unknown to the lexicon (not the U.S. 10-year yield)."""
    head = ctx.text[max(0, named.start - 24) : named.start]
    owner = _POSSESSIVE_BEFORE.search(head) if subject.country and ("'s" in head or "’s" in head) else None
    if owner is None or owner["country"] in subject.country or owner["country"] in _SAME_COUNTRY.get(subject.country, ()):
        return subject
    start = named.start - len(head) + owner.start("country")
    return Subject(text=ctx.text[start:named.end], type=subject.type, span=ctx.span(start, named.end))


def company_word(ctx: Context, named) -> bool:
    """True for "Gold" of "Hemlo Gold", "oil giant Saudi Aramco", "bitcoin miner Marathon Digital": a
    commodity's name that is part of a company's name or describes one."""
    if named.type not in ("commodity", "currency"):
        return False
    text = ctx.text
    if _DESCRIBES.match(text, named.end):
        return True
    return named.type == "commodity" and named.text[:1].isupper() and bool(
        _CAPITAL_WORD_BEFORE.search(text, max(0, named.start - 30), named.start) or _CAPITAL_WORD_AFTER.match(text, named.end))


def subject_of(
    ctx: Context, window: int, verb: Verb, limit: int, previous: Clause | None, sentence
) -> tuple[Subject | None, bool]:
    relative = _RELATIVE.search(ctx.text, window, verb.start)
    if relative is not None and (found := _relative_subject(ctx, window, relative.start())) is not None:
        return found, True
    before = _before_adverb(ctx.text, window, verb.start)
    when = _TIME_BEFORE.search(ctx.text, max(window, before - 30), before) if "day" in ctx.folded[max(window, before - 30) : before] else None
    alone = when is not None and when.start() <= window and previous is not None and previous.subject is not None
    if when is not None and (alone or _NAME_END.search(ctx.text, max(window, when.start() - 20), when.start())):
        before = max(window, when.start())  # "the Ghana Stock Exchange, on Monday rose": the day is no subject, the name before it is
    apposition = _APPOSITION.search(ctx.text, max(window, before - 90), before) if "," in ctx.text[before - 2 : before] else None
    if apposition is not None and (found := _relative_subject(ctx, window, apposition.start())) is not None:
        return found, True
    if apposition is not None and _MEASURE_HEAD.search(ctx.text, max(window, apposition.start() - 40), apposition.start()):
        return None, False  # "Turnover, a gauge of the market's mood, stood at": the market named inside is not the subject
    # "Dendreon (NASDAQ:DNDN) closed": the exchange of a ticker tag names no subject
    named = [n for n in ctx.named_in(window, verb.start) if not (ctx.text[n.start - 1 : n.start] == "(" and ctx.text[n.end : n.end + 1] == ":")]
    for n in named:
        part = _PART_OF_BEFORE.search(ctx.text, max(window, n.start - 24), n.start) if n.type in ("index", "market") else None
        if part is not None:  # "the sub-index of the Hang Seng tracking energy shares rose": a part, not the index
            return Subject(text=ctx.text[part.start("part") : n.end], type="unknown", span=ctx.span(part.start("part"), n.end)), True
        group = NOT_THE_INDEX.match(ctx.text, n.end, verb.start)
        if group is not None and n.type == "commodity" and _FUTURES.match(ctx.text, n.end, verb.start):
            group = None  # "Brent futures settle at $78.40": a good is traded as its futures
        if group is None and n.type in ("index", "market") and not n.market:
            group = _MEMBERS.match(ctx.text, n.end, verb.start)
        if group is None and n.type == "commodity":
            group = _NOT_THE_GOOD.match(ctx.text, n.end, verb.start)  # "the gold index", "oil shares"
        if group is not None and (n.entity or n.type in ("index", "market")):  # "S&P 500 futures rose 0.3%", "the index components": not the index
            return Subject(text=ctx.text[n.start : group.end()], type="unknown", span=ctx.span(n.start, group.end())), True
    counterparts = [n for n in named if n.entity and COUNTERPART.search(ctx.text, max(window, n.start - 16), n.start)]  # "versus the " is 11 characters
    if counterparts and previous is not None and previous.subject is not None and _COUNTER_GAP.fullmatch(ctx.text, window, counterparts[0].start) \
            and not ctx.text[counterparts[-1].end : verb.start].strip(" ,"):
        return previous.subject, False  # "the won traded at 1,284.15 per US dollar, up 0.31 per cent": the won's
    # "crude palm oil for July on the Bursa Malaysia Derivatives Exchange fell": the venue, not the subject
    named = [n for n in named if not (n.type in ("index", "market") and (_VENUE_BEFORE.search(ctx.text, max(window, n.start - 8), n.start)
                                                                     or _DERIVATIVE_BEFORE.search(ctx.text, max(window, n.start - 40), n.start)))]
    named = [n for n in named if not company_word(ctx, n) and n not in counterparts
             and not (n.entity is None and _SHARES_OF.match(ctx.text, n.end, verb.start))]  # "Shares in Qantas closed"
    if len([n for n in named if n.entity]) > 1:  # "Wall Street's volatility gauge, the Cboe Volatility Index, rose": the owner is not the subject
        named = [n for n in named if not (n.entity and ctx.text.startswith(("'s ", "’s "), n.end))] or named
    if named:
        entities = [n for n in named if n.entity]
        caused = [n for n in entities if CAUSE_BEFORE.search(ctx.text, max(window, n.start - 16), n.start)]
        chosen = caused[-1] if caused else entities[0] if entities else named[0]  # "Toyota dragged the Nikkei down 0.6%"
        tail = ctx.text[max(named[-1].end, before - 60) : before]
        if not entities and not tail.islower():  # "after the company said ..., while Lowe's was up": the name nearer the verb
            nearer = _NAME_BEFORE.search(ctx.text, max(named[-1].end, before - 60), before)
            if nearer and nearer.group(1).split()[0] not in _NOT_NAMES and not _DIGIT.search(nearer.group(1)) \
                    and not _PREPOSITION_BEFORE.search(ctx.text, max(0, nearer.start(1) - 16), nearer.start(1)):
                return Subject(text=nearer.group(1), type="unknown", span=ctx.span(nearer.start(1), nearer.end(1))), True
        if (not chosen.entity and previous is not None and previous.subject is not None and previous.own_subject
                and previous.subject.entity is None and previous.subject.type in ("index", "market", "unknown")
                and _INDEX_NAME_END.search(previous.subject.text) and ctx.lexicon.anaphora.get(chosen.text.lower())):
            return previous.subject, False  # "The KSE index dropped 45 points, and the index stands at 1,264": that index
        resolved = ctx.resolve(chosen)
        if resolved is not None:
            return _own_country(ctx, chosen, resolved), True
    gap = _TICKER.sub("", ctx.text[window:before])
    if previous is not None and previous.subject is not None and (verb.bare or _PARTICIPLE.match(verb.text) or verb.text.lower().startswith(("a ", "an "))) \
            and _UNIT_GAP.fullmatch(gap):
        return previous.subject, False  # "trading at $83.47 a barrel, down $2.61": the price's unit, then its change
    if previous is not None and previous.subject is not None and not named and _PARTICIPLE.match(verb.text) and _PARTICIPLE_GAP.fullmatch(gap):
        return previous.subject, False  # "Elnos was the sole other stock to trade, ending flat at 1,493 dinars"
    if previous is None and not named and _PARTICIPLE.match(verb.text) and gap.rstrip().endswith(",") and (lead := _LEAD_NAME.match(gap)):
        start = window + lead.start("name")  # "However, Rio and Qantas saw losses, sliding 2.7% and 6.3%"
        return Subject(text=lead["name"], type="unknown", span=ctx.span(start, window + lead.end("name"))), True
    owned = None if named or ("its " not in gap and "their " not in gap and "Its " not in gap) else _OWNED_SHARES.search(gap)
    if owned is not None and (lead := _SENTENCE_NAME.match(ctx.text, sentence.start, window + owned.start())):
        start = lead.start("name")  # "X led the advance, with its share price jumping 7.46%": X's shares
        return Subject(text=lead["name"], type="stock", span=ctx.span(start, lead.end("name"))), True
    pair = None if named or "/" not in gap else _PAIR_BEFORE.search(gap)
    if pair is not None:  # "USD/IDR was up 0.37% to 15284.0": a currency pair, quoted in its second currency
        start = window + pair.start("pair")
        return Subject(text=pair["pair"], type="currency", span=ctx.span(start, window + pair.end("pair"))), True
    name = _NAME_BEFORE.search(gap)
    if name and name.group(1).split()[0] not in _NOT_NAMES and not named:
        start = window + name.start(1)
        return Subject(text=name.group(1), type="unknown", span=ctx.span(start, start + len(name.group(1)))), True
    phrase = _PHRASE_BEFORE.search(gap)
    if phrase and not named:
        words = phrase["phrase"].split()
        if words[0].lower() in _PREPOSITIONS:  # "in forward trading its three-month contract": the words after the last
            cut = max(i for i, w in enumerate(words) if w.lower() in _PREPOSITIONS or w.lower() in _LEADING)
            words = words[cut + 1 :]
        while words and words[0].lower() in _LEADING:
            words.pop(0)
        if words and words[0] not in _NOT_NAMES:
            start = window + gap.rindex(words[0], 0, phrase.end("phrase"))
            end = window + phrase.end("phrase")
            return Subject(text=ctx.text[start:end], type="unknown", span=ctx.span(start, end)), True
    if previous is not None and previous.subject is not None:
        if ("while" in gap or "but" in gap or "whereas" in gap) and _CONTRAST_GAP.search(gap):  # "..., while Fisher & Paykel bucked the trend and dropped": another name
            lead = _CONTRAST_NAME.search(gap)
            if lead is None:
                return None, False
            start = window + lead.start("name")
            return Subject(text=lead["name"], type="unknown", span=ctx.span(start, window + lead.end("name"))), True
        return previous.subject, False
    after = [n for n in ctx.named_in(verb.end, limit) if n.entity]
    if after and window == sentence.start:
        return ctx.resolve(after[0]), True
    if window == sentence.start and not gap.strip(" *-\u2022\t\n"):
        return ctx.subject_before(verb.start, main_only=True), False  # a bullet: "* Up 1.2% from ..."
    return None, False
