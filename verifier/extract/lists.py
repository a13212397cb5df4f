"""Figures listed after names: "Geely Auto (-4.7%), BYD (-3.9%)", "Indexes down: Dow 1.12%,
S&P 500 0.64%", "S&P 500 +0.08%, Nasdaq -0.29%", and the verbless tape lists "ANZ gained 25 to 6.40,
National Australia 15 to 6.15 and Westpac six to 5.35". One move per name; the sign, the list's
"up:"/"down:" header, or the verb the list hangs on gives the direction.
"""
from __future__ import annotations

import re

import regex

from ..facts import Fact, Move, Subject
from ..numbers import PERCENT, POINTS, Quantity
from . import gapped, respective
from .context import Context
from .patterns import SPELLED
from .quantities import spelled_value
from .compiled import re_pattern, regex_pattern

# "Lenovo (-5.5%)", "Celltrion (1.6%)", "Dow 0.99%", "Nasdaq -0.36%", "Mining (up 2.5%)"
_AFTER_NAME = re_pattern(r"\s*(?P<open>\()?\s*(?P<word>up|down)?\s*(?P<sign>[+\u2212-])?(?=[0-9])")
# "Swire "A"": a share class in quotes is part of the name
# "iSoftStone (+6.1%)": a name may start with one lower-case letter before a capital
# "Industrias Peñoles", "Grupo México": a name's letters may carry accents
_NAME = regex_pattern(r"(?:^|(?<=[\s,(;:*]))((?:[a-z]?\p{Lu}[\p{L}0-9&.'-]*\s+){0,4}[a-z]?\p{Lu}[\p{L}0-9&.'-]*(?:\s+\"[A-Z]\")?)\s*$")
# "Energy (-2.1%) and retail (-0.8%) stocks": a list goes on with a lower-case item after a closed one
_NEXT_ITEM = re_pattern(r"\)\s*(?:,\s*(?:and\s+)?|and\s+)(?P<word>[a-z][a-z&-]{2,})\s*$")
_HEADER = re_pattern(r"\b(up|down|higher|lower|gainers|losers|advancers|decliners)\s*:", re.IGNORECASE)
_HINT = re_pattern(r"\([+\u2212-]?[0-9]|[A-Za-z0-9)] [+\u2212-]?[0-9.]+%|: ")
# "Acme ([ACME](https://x.com/symbol/ACME "Acme Corp.")) +21.6%": a linked ticker between name and figure
_LINKED_TICKER = re_pattern(r"\s*\(\[[A-Z0-9.:-]{1,12}\]\([^()\s]*(?:\s+\"[^\"]*\")?\)\)\s*$")
_ELLIPSIS_HINT = re_pattern(r"[0-9a-z%] (?:each )?to (?:[a-z]{0,3}\$|[0-9$])")
# "Kidston Gold", "Pacific Copper": a company whose name ends in a commodity's, not the commodity
_GOODS = frozenset(("commodity", "currency"))
_CAPITAL_BEFORE = re_pattern(r"(?<![.!?]\s)(?<!^)\b[A-Z][A-Za-z&'-]*\s+$")
_DASH = re_pattern(r"\s+(?:_|--|\u2014|\u2013)\s+|\u2014")
_DASH_HINT = re_pattern(r" _ | -- |\u2014| \u2013 ")
_ITEM = r"(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s+(?:to|at)\s+(?=(?:[A-Z]{0,3}\$)?[0-9])"
_DASH_ITEM = re_pattern(_ITEM)
_NEXT_DASH_ITEM = re_pattern(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _ITEM)
_DAY_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday".split())
_THE_ITEM = re_pattern(r"(?:,|\band)\s+the\s+(?P<name>[a-z][a-z&-]*(?:\s+[a-z&-]+){0,2})\s+$")
_EACH = re_pattern(r"\beach\b")
_AND_LEVEL = re_pattern(r"\s*,?\s+and\s+(?=(?:[A-Z]{0,3}\$)?[0-9.])")
_NAME_AND = re_pattern(r"(?<![\w&.'-])(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s+and\s+$")
# "Westpac seven to 4.90", "National four to 5.46": a change in words before the level
_SPELLED_CHANGE = re_pattern(rf"(?<=\s)(?P<word>{SPELLED})\s+(?:each\s+)?to\s+(?:[A-Z]{{0,3}}\$)?$", re.IGNORECASE)
_TO = re_pattern(r"\s+(?:each\s+)?to\s+(?:[A-Z]{0,3}\$)?")
# Market-data bullets: "--Down 314.27 points or 0.71% over the past four trading days", "--Off 7.46% from
# its 52-week high of 61473.85": a run of the index the bullets speak of; the reference level is a statistic
_DATA_BULLET = re_pattern(r"(?:^|(?<=\s))--(?P<word>Up|Down|Off|Rose|Fell|Gained|Lost)\s+(?=[0-9])")
_DATA_HINT = re_pattern(r"--(?:up|down|off|rose|fell|gained|lost) [0-9]")
_DATA_WORDS = {"up": 1, "rose": 1, "gained": 1, "down": -1, "off": -1, "fell": -1, "lost": -1}
_OR = re_pattern(r"\s+or\s+")
# A ranking in prose: "... Alfa (ALFAA), with 5.82%", "Grupo Simec (SIMECB), with -9.14%": each name with its
# percent; the sign, else the ranking's words ("greatest upward variation", "the largest drops"), give the direction
_WITH_ITEM = re_pattern(r"(?P<ticker>\s*\([A-Z0-9][A-Z0-9 .&-]{0,13}\))?\s*,?\s+with\s+(?P<sign>[+\u2212-])?(?=[0-9])")
_WITH_HINT = re_pattern(r"\bwith [+\u2212-]?[0-9][0-9.]*\s?%")
_RANKING_UP = re_pattern(r"\b(?:upward|gains?|gainers|ris(?:es|ers)|advances|advancers|best\s+performers)\b", re.IGNORECASE)
_RANKING_DOWN = re_pattern(r"\b(?:downward|loss(?:es)?|losers|drops|falls|declines|decliners|worst\s+performers)\b", re.IGNORECASE)
_SIGNS = {"+": 1, "-": -1, "\u2212": -1}
_HEADERS = {"up": 1, "higher": 1, "gainers": 1, "advancers": 1, "down": -1, "lower": -1, "losers": -1, "decliners": -1}


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A move for each name directly followed by a percent or point figure not yet bound."""
    out = list(facts)
    respective.extract(ctx, out)  # "A, B and C rose 3%, 2% and 1%, respectively": a name for each figure
    gapped.extract(ctx, out)  # "Miners climbed 0.8% and banks 0.4%": the verb's items, before a name's bare figure
    text = ctx.text
    for sentence in ctx.sentences_with(_HINT):
        header = None
        for token in ctx.tokens_in(sentence.start, sentence.end):
            if token.start in ctx.claimed or token.quantity.unit not in (PERCENT, POINTS):
                continue
            lead = text[max(sentence.start, token.start - 60) : token.start]
            cut = token.start - len(_tail(lead))
            after = _AFTER_NAME.match(text, cut)
            if text[cut - 1 : cut] == ")":
                linked = _LINKED_TICKER.search(text, max(sentence.start, cut - 240), cut)
                cut = linked.start() if linked else cut
            floor = sentence.start
            if not text[floor:cut].strip(" (") and ctx.sentence_at(floor) > 0:
                floor = ctx.sentences[ctx.sentence_at(floor) - 1].start  # "Tencent Hlds. (6.8%)": split after the abbreviation
            subject = _subject_before(ctx, cut, floor)
            if subject is None and after is not None and after["open"] and (item := _NEXT_ITEM.search(text, floor, cut)):
                subject = Subject(text=item["word"], type="unknown", span=ctx.span(item.start("word"), item.end("word")))
            if subject is None or after is None:
                continue
            if header is None:
                found = _HEADER.search(text, sentence.start, token.start)
                header = _HEADERS[found.group(1).lower()] if found else 0
            direction = _SIGNS.get(after["sign"] or "", 0) or (1 if after["word"] == "up" else -1 if after["word"] == "down" else 0)
            direction = direction or (-1 if token.quantity.negative else 0) or header
            ctx.claimed.add(token.start)
            field = "percent" if token.quantity.unit == PERCENT else "change"
            start = subject.span.start if subject.span else token.start
            out.append(Move(id="", span=ctx.span(start, token.end), subject=subject, direction=direction,
                            intensity=2, **{field: token.quantity}))
    _ellipses(ctx, out)
    _dash_items(ctx, out)
    _data_bullets(ctx, out)
    _with_items(ctx, out)
    return out


def _with_items(ctx: Context, out: list[Fact]) -> None:
    """ "were those of the brewer Acme (ACM), with 3.34%; of Widget (WDG B), with 3.07%": each name's percent."""
    text = ctx.text
    for sentence in ctx.sentences_with(_WITH_HINT):
        for m in _WITH_ITEM.finditer(text, sentence.start, sentence.end):
            token = ctx.token_at(m.end()) or ctx.token_covering(m.end())
            if token is None or token.start in ctx.claimed or token.quantity.unit != PERCENT:
                continue
            subject = _subject_before(ctx, m.start(), sentence.start)
            if subject is None or subject.span is None:
                continue
            lead = text[sentence.start : subject.span.start]
            ranking = (1 if _RANKING_UP.search(lead) else 0) - (1 if _RANKING_DOWN.search(lead) else 0)
            direction = _SIGNS.get(m["sign"] or "", 0) or (-1 if token.quantity.negative else 0) or ranking
            ctx.claimed.add(token.start)
            out.append(Move(id="", span=ctx.span(subject.span.start, token.end), subject=subject, direction=direction,
                            intensity=2, percent=token.quantity))


def _dash_items(ctx: Context, out: list[Fact]) -> None:
    """ "both lost 0.3 percent _ CCB to 6.12 yuan, and ABC to 3.7 yuan": each name after the dash moved as
    the move before it said, to its own level."""
    text = ctx.text
    for sentence in ctx.sentences_with(_DASH_HINT):
        for dash in _DASH.finditer(text, sentence.start, sentence.end):
            move = next((f for f in reversed(out) if isinstance(f, Move) and sentence.start <= f.span.start
                         and dash.start() - 2 <= f.span.end <= dash.start() and f.level is None and (f.percent or f.change)), None)
            if move is None:
                continue
            position, item = dash.end(), _DASH_ITEM
            while (found := item.match(text, position, sentence.end)) is not None:
                token = ctx.token_at(found.end())
                if token is None or token.start in ctx.claimed:
                    break
                start, end = found.span("name")
                named = [n for n in ctx.named_in(start, end) if n.entity and (n.start, n.end) == (start, end)]
                subject = ctx.resolve(named[0]) if named else Subject(text=found["name"], type="unknown", span=ctx.span(start, end))
                ctx.claimed.add(token.start)
                out.append(move.model_copy(update={"subject": subject, "level": token.quantity, "span": ctx.span(start, token.end)}))
                position, item = token.end, _NEXT_DASH_ITEM


def _data_bullets(ctx: Context, out: list[Fact]) -> None:
    """ "--Up 1318.64 points or 2.57% over the past two trading days": a move of the main index."""
    text = ctx.text
    for sentence in ctx.sentences_with(_DATA_HINT):
        for m in _DATA_BULLET.finditer(text, sentence.start, sentence.end):
            first = ctx.token_at(m.end())
            if first is None or first.start in ctx.claimed or first.quantity.unit not in (PERCENT, POINTS):
                continue
            fields = {"percent" if first.quantity.unit == PERCENT else "change": first.quantity}
            end = first.end
            joined = _OR.match(text, first.end)
            second = ctx.token_at(joined.end()) if joined else None
            if second is not None and second.start not in ctx.claimed and second.quantity.unit == PERCENT and "percent" not in fields:
                fields["percent"] = second.quantity
                end = second.end
            subject = _index_named_before(ctx, m.start())
            if subject is None:
                continue
            ctx.claimed.update(q.span.start for q in fields.values())
            out.append(Move(id="", span=ctx.span(m.start(), end), subject=subject, verb=m["word"],
                            direction=_DATA_WORDS[m["word"].lower()], intensity=2, period="multi_session", **fields))


def _ellipses(ctx: Context, out: list[Fact]) -> None:
    """ "..., National Australia 15 to 6.15 and Westpac six to 5.35": the verb is the list's."""
    text = ctx.text
    for sentence in ctx.sentences_with(_ELLIPSIS_HINT):
        tokens = ctx.tokens_in(sentence.start, sentence.end)
        for change, level in zip(tokens, tokens[1:]):
            if change.start in ctx.claimed or level.start in ctx.claimed or not _TO.fullmatch(text, change.end, level.start):
                continue
            subject = _subject_before(ctx, change.start, sentence.start)
            if subject is None and (change.quantity.unit or change.quantity.decimals):
                subject = _lower_item(ctx, change.start, sentence.start)  # "and the all resources 4.0 points to 1162.4"
            verbs = [v for v in ctx.verbs if sentence.start <= v.start < change.start and v.polarity]
            if subject is None or not verbs:
                continue
            ctx.claimed.update((change.start, level.start))
            field = "percent" if change.quantity.unit == PERCENT else "change"  # "OCBC 0.8 per cent to S$17.10"
            move = Move(id="", span=ctx.span(subject.span.start if subject.span else change.start, level.end),
                        subject=subject, direction=verbs[-1].polarity, intensity=verbs[-1].intensity,
                        level=level.quantity, **{field: change.quantity})
            out.extend(_each(ctx, move, change, level, sentence.start))
        for level in tokens:
            spelled = None if level.start in ctx.claimed else _SPELLED_CHANGE.search(text, max(sentence.start, level.start - 24), level.start)
            if spelled is None:
                continue
            subject = _subject_before(ctx, spelled.start(), sentence.start)
            verbs = [v for v in ctx.verbs if sentence.start <= v.start < spelled.start() and v.polarity]
            if subject is None or not verbs or subject.span is None or text[subject.span.end : spelled.start()].strip():
                continue
            change = Quantity(value=spelled_value(spelled["word"]), span=ctx.span(spelled.start("word"), spelled.end("word")))
            ctx.claimed.add(level.start)
            out.append(Move(id="", span=ctx.span(subject.span.start, level.end), subject=subject, direction=verbs[-1].polarity,
                            intensity=verbs[-1].intensity, change=change, level=level.quantity))


def _each(ctx: Context, move: Move, change, level, floor: int) -> list[Move]:
    """ "Pacific Tin and Jervois Creek 35 each to 7.45 and 12.45": one move per name, each to its level."""
    text = ctx.text
    tail = _AND_LEVEL.match(text, level.end) if _EACH.search(text, change.end, level.start) else None
    second = ctx.token_at(tail.end()) if tail else None
    pair = _NAME_AND.search(text, max(floor, move.subject.span.start - 60), move.subject.span.start) if move.subject.span else None
    if second is None or second.start in ctx.claimed or pair is None or (level.quantity.unit and second.quantity.unit != level.quantity.unit):
        return [move]
    ctx.claimed.add(second.start)
    first = Subject(text=pair["name"], type="unknown", span=ctx.span(pair.start("name"), pair.end("name")))
    return [move.model_copy(update={"subject": first, "span": ctx.span(pair.start("name"), level.end)}),
            move.model_copy(update={"level": second.quantity, "span": ctx.span(move.span.start, second.end)})]


def _lower_item(ctx: Context, end: int, floor: int) -> Subject | None:
    """ "..., and the all resources 4.0 points to 1162.4": a lower-case name after "and the" in a list."""
    item = _THE_ITEM.search(ctx.text, max(floor, end - 50), end)
    if item is None:
        return None
    return Subject(text=item["name"], type="unknown", span=ctx.span(item.start("name"), item.end("name")))


def _index_named_before(ctx: Context, offset: int) -> Subject | None:
    """The last index named anywhere before `offset`: a bullet list speaks of its article's index."""
    for named in reversed(ctx.named_in(ctx.document.body_start, offset)):
        if named.entity and named.type in ("index", "market"):
            return ctx.resolve(named)
    return None


def _tail(lead: str) -> str:
    """The part of `lead` after the name: " (", " (up ", " +", " ", "" ."""
    match = regex.search(r"\s*\(?\s*(?:up|down)?\s*[+\u2212-]?$", lead)
    return match.group(0) if match else ""


def _subject_before(ctx: Context, end: int, floor: int) -> Subject | None:
    for named in reversed(ctx.named_in(max(floor, end - 60), end)):
        if not ctx.text[named.end : end].strip() and not (named.type in _GOODS and _CAPITAL_BEFORE.search(ctx.text, floor, named.start)):
            return ctx.resolve(named)
        break
    name = _NAME.search(ctx.text, max(floor, end - 60), end)
    if name is None or name.group(1).split()[0] in ("The", "At", "In", "On", "For", "Of", "And"):
        return None
    if regex.sub(r"['\u2019]s$", "", name.group(1)) in _DAY_WORDS:
        return None  # "from Tuesday's 2.41%": a day's figure, not a member of a list
    return Subject(text=name.group(1), type="unknown", span=ctx.span(name.start(1), name.end(1)))
