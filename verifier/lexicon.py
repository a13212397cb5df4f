"""The lexicon: wire verbs with polarity and intensity, entities and their aliases, anaphora.

Vocabulary is data (`rules/lexicon/*.toml`), so a new newsroom phrasing needs a line, not code.
Built once into an immutable value; its patterns are compiled at load or on first use, never per document.
"""
from __future__ import annotations

import marshal
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Iterator, Literal, Mapping, NamedTuple

import re

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .cache import built
from .extract.compiled import re_pattern
from .extract.patterns import QUALIFIER

_REPO_LEXICON = Path(__file__).resolve().parents[1] / "rules" / "lexicon"
SubjectKind = Literal["index", "stock", "sector", "commodity", "currency", "yield", "indicator", "market"]


class LexiconError(ValueError):
    """A lexicon file that cannot be used; its str is one line naming the file and the entry."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class VerbEntry(_Strict):
    """A wire verb in all its inflections: "rallied" +1 at 3, "eased" -1 at 1, "closed" 0."""

    forms: tuple[str, ...] = Field(min_length=1)
    polarity: Literal[-1, 0, 1]
    intensity: int = Field(ge=0, le=4)
    bare: bool = False  # a direction word that acts as a verb only before a figure: "down 96.30 points"


class DirectionEntry(_Strict):
    words: tuple[str, ...] = Field(min_length=1)
    polarity: Literal[-1, 0, 1]
    intensity: int | None = Field(default=None, ge=0, le=4)


class ModifierEntry(_Strict):
    words: tuple[str, ...] = Field(min_length=1)
    intensity: int = Field(ge=0, le=4)


class Entity(_Strict):
    """A thing wires report moves of: an index, a company, a commodity, a currency, a yield."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    type: SubjectKind
    aliases: tuple[str, ...] = Field(min_length=1)
    country: str | None = None
    main: bool = False  # the country's main index: answers to "the Japan stock market"
    demonym: str | None = None
    cities: tuple[str, ...] = ()
    sector: str | None = None
    unit: str | None = None


class AnaphorEntry(_Strict):
    words: tuple[str, ...] = Field(min_length=1)
    binds: SubjectKind


_SECTIONS: dict[str, type[_Strict]] = {
    "verb": VerbEntry,
    "direction": DirectionEntry,
    "modifier": ModifierEntry,
    "entity": Entity,
    "anaphor": AnaphorEntry,
}


class Sense(NamedTuple):
    """How one verb form moves its subject."""

    polarity: int
    intensity: int
    bare: bool


@dataclass(frozen=True, slots=True)
class Alias:
    """What an alias names: the entity, and whether it names the market rather than the index."""

    entity: Entity
    market: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything extraction looks words up in, with its patterns compiled once."""

    verbs: Mapping[str, Sense]
    directions: Mapping[str, tuple[int, int | None]]
    modifiers: Mapping[str, int]
    entities: Mapping[str, Entity]
    aliases: Mapping[str, Alias]
    anaphora: Mapping[str, str]
    folded_verb_pattern: re.Pattern  # case-sensitive, for lower-cased text: 2.7x faster than IGNORECASE
    folded_anaphor_pattern: re.Pattern
    _sources: tuple[str, str] = ("", "")  # the verb and anaphor patterns, for the case-blind variants
    _names: tuple[dict, "re.Pattern | None"] = ({}, None)  # the aliases as a character trie; its start scan
    _lazy: dict = field(default_factory=dict, repr=False, compare=False)  # patterns compiled on first use

    def verb(self, form: str) -> Sense | None:
        return self.verbs.get(form.lower())

    def __reduce__(self) -> tuple:
        """Pickled as plain data (marshalled) and its entities, for the user cache: rebuilt in a third
        of the time a build from the files takes; patterns compiled on first use are not kept."""
        plain = ({form: tuple(sense) for form, sense in self.verbs.items()}, dict(self.directions), dict(self.modifiers),
                 {alias: (a.entity.id, a.market) for alias, a in self.aliases.items()}, dict(self.anaphora),
                 self.folded_verb_pattern.pattern, self.folded_anaphor_pattern.pattern, self._sources, self._names[0])
        return _restored, (marshal.dumps(plain), dict(self.entities))

    @property
    def entity_pattern(self) -> re.Pattern:
        """Every alias, longest first, as one regex; compiled on first use (0.1 s for ~3,000 aliases)."""
        return self._compiled("aliases")

    def find_names(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of the aliases in text[start:end], longest alias at each place, as `entity_pattern` finds them.

        NOTE: walking the alias trie costs 0.28 ms an article and no compile; the alias regex reads
        an article in 0.09 ms but costs 0.1 s to compile, a third of a one-article run's start.
        `entity_pattern` stays as the plain statement of what is matched (tests compare the two).
        """
        return _walk_names(*self._names, text, start, end)

    @property
    def verb_pattern(self) -> re.Pattern:
        """The verb pattern for text as written (any case); compiled on first use."""
        return self._compiled("verbs")

    @property
    def anaphor_pattern(self) -> re.Pattern:
        """The anaphor pattern for text as written (any case); compiled on first use."""
        return self._compiled("anaphora")

    def _compiled(self, name: str) -> re.Pattern:
        if name not in self._lazy:
            if name == "aliases":  # names are case-sensitive
                source = rf"{_BEFORE_NAME}(?:{_alternation(self.aliases)})(?![A-Za-z0-9-])"
                self._lazy[name] = re.compile(source)
            else:
                source = self._sources[0] if name == "verbs" else self._sources[1]
                self._lazy[name] = re.compile(source, re.IGNORECASE)
        return self._lazy[name]


def _restored(plain: bytes, entities: dict[str, Entity]) -> Lexicon:
    verbs, directions, modifiers, aliases, anaphora, folded_verbs, folded_anaphora, sources, trie = marshal.loads(plain)
    return Lexicon(
        verbs=MappingProxyType({form: Sense(*sense) for form, sense in verbs.items()}),
        directions=MappingProxyType(directions),
        modifiers=MappingProxyType(modifiers),
        entities=MappingProxyType(entities),
        aliases=MappingProxyType({alias: Alias(entities[id_], market) for alias, (id_, market) in aliases.items()}),
        anaphora=MappingProxyType(anaphora),
        folded_verb_pattern=re_pattern(folded_verbs),
        folded_anaphor_pattern=re_pattern(folded_anaphora),
        _sources=sources,
        _names=(trie, _starts(trie)),
    )


_BEFORE_NAME = r"(?<![A-Za-z0-9&/-])"  # a name starts a word: not "Hang Seng" inside "xHang Seng"
_AFTER_NAME = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")  # nor ends inside one


def _name_trie(aliases: Iterable[str]) -> tuple[dict, "re.Pattern | None"]:
    """Aliases as nested dicts of characters (the key None marks where an alias ends), and a scan for
    the word starts an alias can begin at, led by its first characters so `re` skips the rest."""
    root: dict = {}
    for alias in aliases:
        node = root
        for char in alias:
            node = node.setdefault(char, {})
        node[None] = alias
    return root, _starts(root)


def _starts(trie: dict) -> "re.Pattern | None":
    """The scan for the places an alias of the trie can start: its first characters at a word start."""
    firsts = "".join(sorted(c for c in trie if c is not None))
    return re_pattern(rf"(?=[{re.escape(firsts)}]){_BEFORE_NAME}") if firsts else None


def _walk_names(trie: dict, starts: "re.Pattern | None", text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The longest alias at each word start, left to right; a space in an alias matches any run of
    whitespace, as in the regex."""
    found: list[tuple[int, int]] = []
    position = start
    while starts is not None:
        m = starts.search(text, position, end)
        if m is None:
            break
        begin = i = m.start()
        node, last = trie, None
        while True:
            if None in node and i > begin and (i >= end or text[i] not in _AFTER_NAME):
                last = i
            if i >= end:
                break
            char = text[i]
            if char.isspace():
                node = node.get(" ")
                while node is not None and i < end and text[i].isspace():
                    i += 1
            else:
                node = node.get(char)
                i += 1
            if node is None:
                break
        if last is None:
            position = begin + 1
        else:
            found.append((begin, last))
            position = last
    return found


def _alternation(words: Iterable[str]) -> str:
    """A trie-shaped regex of the words, longest match first; a space matches any run of spaces.

    NOTE: a flat alternation of ~3,000 aliases cost 44 ms per 2 KB article with `regex`; the trie
    2.2 ms with `regex` and 0.08 ms with the stdlib `re`, which is why the lexicon patterns use `re`.
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:
    ends = "" in node
    branches = [(r"\s+" if c == " " else re.escape(c)) + _emit(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def _market_aliases(entity: Entity) -> list[str]:
    """"The Japan stock market", "Japanese stocks", "Tokyo shares", "Shares in Japan", "the Spanish index"."""
    names = [n for n in (entity.country, entity.demonym) if n] + list(entity.cities)
    out: list[str] = []
    for name in names:
        out += [f"{name} {noun}" for noun in ("stock market", "stock markets", "market", "shares", "stocks", "equities", "bourse", "stock exchange", "bourses",
                                               "index", "benchmark", "benchmark index", "main index", "key index", "blue-chip index")]
    if entity.country:
        out += [f"{entity.country}'s stock market", f"shares in {entity.country}", f"stocks in {entity.country}"]
    return out


def _capitalised(alias: str) -> str:
    return alias[:1].upper() + alias[1:]


def _read(path: Path, label: str) -> dict[str, list[_Strict]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{label}: cannot read lexicon file: {exc}") from None
    out: dict[str, list[_Strict]] = {}
    for section, entries in data.items():
        model = _SECTIONS.get(section)
        if model is None:
            raise LexiconError(f"{label}: unknown section [[{section}]] (expected one of {', '.join(_SECTIONS)})")
        if not isinstance(entries, list):
            raise LexiconError(f"{label}: [[{section}]] must be an array of tables")
        for number, entry in enumerate(entries, start=1):
            try:
                out.setdefault(section, []).append(model.model_validate(entry))
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first["loc"]) or "entry"
                name = entry.get("id") or (entry.get("forms") or entry.get("words") or ["?"])[0] if isinstance(entry, dict) else "?"
                raise LexiconError(f"{label}: {section} #{number} ({name}): {where}: {first['msg']}") from None
    return out


def _files(extra_dirs: Iterable[str | Path]) -> list[tuple[Path, str]]:
    try:
        root = resources.files("verifier.rules.lexicon")
        builtin = sorted((Path(str(p)) for p in root.iterdir() if p.name.endswith(".toml")), key=lambda p: p.name)
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        builtin = sorted(_REPO_LEXICON.glob("*.toml"))
    files = [(p, f"rules/lexicon/{p.name}") for p in builtin]
    for folder in extra_dirs:
        folder = Path(folder)
        if not folder.is_dir():
            raise LexiconError(f"{folder}: lexicon folder not found")
        files += [(p, str(p)) for p in sorted(folder.glob("*.toml"))]
    return files


def load_lexicon(extra_dirs: Iterable[str | Path] = ()) -> Lexicon:
    """Built-in lexicon plus user folders (later entries override earlier ones by form or id).

    Cached per list of folders: building it costs ~0.3 s (the patterns), and it is immutable.
    """
    return _load(tuple(str(Path(d)) for d in extra_dirs))


@lru_cache(maxsize=8)
def _load(extra_dirs: tuple[str, ...]) -> Lexicon:
    """The lexicon of these files, from the user cache when an earlier run built it from the same
    files with the same code (reading it back costs a third of building it)."""
    files = _files(extra_dirs)
    return built("lexicon", _texts(files), lambda: _build(files))


def _texts(files: list[tuple[Path, str]]) -> Iterator[tuple[str, str]]:
    """(label, text) of each file, for the cache key; a file that cannot be read is left to the build."""
    for path, label in files:
        try:
            yield label, path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            yield label, "\0unreadable"


def _build(files: list[tuple[Path, str]]) -> Lexicon:
    verbs: dict[str, Sense] = {}
    bare: set[str] = set()
    directions: dict[str, tuple[int, int | None]] = {}
    modifiers: dict[str, int] = {}
    entities: dict[str, Entity] = {}
    anaphora: dict[str, str] = {}
    for path, label in files:
        sections = _read(path, label)
        for v in sections.get("verb", []):
            for form in v.forms:
                verbs[form.lower()] = Sense(v.polarity, v.intensity, v.bare)
                (bare.add if v.bare else bare.discard)(form.lower())
        for d in sections.get("direction", []):
            directions.update({w.lower(): (d.polarity, d.intensity) for w in d.words})
        for m in sections.get("modifier", []):
            modifiers.update({w.lower(): m.intensity for w in m.words})
        for e in sections.get("entity", []):
            entities[e.id] = e
        for a in sections.get("anaphor", []):
            anaphora.update({w.lower(): a.binds for w in a.words})

    aliases: dict[str, Alias] = {}
    for entity in entities.values():
        if entity.main:
            for phrase in _market_aliases(entity):
                for form in (phrase, _capitalised(phrase), "the " + phrase, "The " + phrase):
                    aliases.setdefault(form, Alias(entity, market=True))
    for entity in entities.values():  # names beat generated market phrases
        for alias in entity.aliases:
            aliases[alias] = Alias(entity)
            aliases.setdefault(_capitalised(alias), Alias(entity))

    words = [w for w in verbs if w not in bare]
    verbs_source = (
        rf"(?<![A-Za-z-])(?:(?P<verb>{_alternation(words)})"
        rf"(?:\s+(?P<mod>{_alternation(modifiers)}))?"
        rf"(?:\s+(?P<dir>{_alternation(directions)}))?"
        rf"|(?P<bare>{_alternation(bare)})(?=\s+(?:by\s+)?(?:{QUALIFIER}\s+)?(?:[0-9]|[A-Z$]{{0,3}}\$[0-9])))"
        r"(?![A-Za-z-])"
    )
    anaphora_source = rf"(?<![A-Za-z-])(?:{_alternation(anaphora)})(?![A-Za-z-])"
    return Lexicon(
        verbs=MappingProxyType(verbs),
        directions=MappingProxyType(directions),
        modifiers=MappingProxyType(modifiers),
        entities=MappingProxyType(entities),
        aliases=MappingProxyType(aliases),
        anaphora=MappingProxyType(anaphora),
        # Every word of these patterns is lower case, so on lower-cased text only the one capital
        # class needs folding; the case-blind variants are compiled only if a text needs them.
        folded_verb_pattern=re_pattern(verbs_source.replace("[A-Z$]", "[a-z$]")),
        folded_anaphor_pattern=re_pattern(anaphora_source),
        _sources=(verbs_source, anaphora_source),
        _names=_name_trie(aliases),
    )
