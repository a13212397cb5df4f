"""The language of a body, told cheaply, so that a wrap not written in English is reported as not
checked instead of being misread (a Thai wrap's figures sit among words no pattern knows).

Two tests, both on a sample of the body: the script of its letters (most of them Thai, Hangul, CJK,
Cyrillic ...), then, for Latin script, which language's common function words it uses. Hand code
rather than a detection library: the question is only "English or not", a page of words answers it
in microseconds, and a table of figures (few words of any language) stays English and checked. An
English wrap quoting a foreign phrase stays English, since the share is over the whole sample.
"""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from ..facts import Fact, Language
from .compiled import re_pattern

if TYPE_CHECKING:
    from .context import Context

_SAMPLE = 4000  # characters of the body read; a wrap's language shows in its first paragraphs
_HEAD = 800
_MIN_WORDS = 20  # fewer words than this tell nothing: the body is checked as English
_WORD = re_pattern(r"[^\W\d_]+")
_NOT_ASCII = re_pattern(r"[^\x00-\x7f]")
_ASCII_LETTERS = re_pattern(r"[A-Za-z]")

# Function words common in each language's prose and rare in English copy (no word shared with
# English: "a", "in", "no", "as", "is" are left out).
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "English": frozenset("the of and to in is was for on with by from as that it its were are be has have this which or an at".split()),
    "Spanish": frozenset("el la los las del que en y por para con una es se su al lo como más pero sus este fue entre sobre".split()),
    "Portuguese": frozenset("os do da dos das que em para com uma um não na se por mais ao foi pelo pela é".split()),
    "French": frozenset("le la les des du de et en une est que qui dans pour sur au aux par avec pas ce cette sont ont à".split()),
    "German": frozenset("der die das und den dem des ist im mit von zu auf für sich nicht ein eine einer auch wurde bei nach um aus".split()),
    "Italian": frozenset("il la le gli di del della che e è per con una non sono al alla nel nella dei delle da".split()),
    "Dutch": frozenset("de het een van en op te dat die met voor zijn niet aan ook bij naar wordt".split()),
    "Indonesian or Malay": frozenset("yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga adalah atau sebesar ada".split()),
    "Turkish": frozenset("ve bir bu da de ile için olarak çok daha gibi olan".split()),
    "Vietnamese": frozenset("và của là các có được trong cho với những đã không này một người".split()),
}
# What a body mostly written in another script is written in, by the first word of its letters' Unicode names
SCRIPTS = {
    "THAI": "Thai", "HANGUL": "Korean", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "CJK": "Chinese",
    "CYRILLIC": "Cyrillic script", "ARABIC": "Arabic script", "DEVANAGARI": "Devanagari script", "GREEK": "Greek",
    "HEBREW": "Hebrew", "BENGALI": "Bengali", "TAMIL": "Tamil", "KHMER": "Khmer", "LAO": "Lao", "MYANMAR": "Burmese",
    "GEORGIAN": "Georgian", "ARMENIAN": "Armenian", "GUJARATI": "Gujarati", "TELUGU": "Telugu", "SINHALA": "Sinhala",
}
_ENGLISH_ENOUGH = 0.08  # English copy runs at 11-30% function words; tables of figures lower, but no other language higher
_OTHER_ENOUGH = 0.10


def detect(text: str, start: int, end: int) -> str | None:
    """The language of text[start:end] when it is surely not English, else None."""
    sample = text[start : min(end, start + _SAMPLE)]
    if not sample.isascii():
        script = _script(sample)
        if script is not None:
            return script
    # English shows in its first lines; only a body that does not is read further
    head = _WORD.findall(sample[:_HEAD].lower())
    if len(head) >= _MIN_WORDS and _share(head, FUNCTION_WORDS["English"]) >= _ENGLISH_ENOUGH:
        return None
    words = _WORD.findall(sample.lower())
    if len(words) < _MIN_WORDS:
        return None
    english = _share(words, FUNCTION_WORDS["English"])
    if english >= _ENGLISH_ENOUGH:
        return None
    share, language = max((_share(words, vocabulary), name) for name, vocabulary in FUNCTION_WORDS.items() if name != "English")
    return language if share >= _OTHER_ENOUGH and share > 2 * english else None


def _share(words: list[str], vocabulary: frozenset[str]) -> float:
    return sum(1 for w in words if w in vocabulary) / len(words)


def _script(sample: str) -> str | None:
    """The script most letters of the sample are written in, when it is not the Latin one."""
    others = _NOT_ASCII.findall(sample)
    latin = len(_ASCII_LETTERS.findall(sample))
    if len(others) <= latin:
        return None  # curly quotes and accents in English copy: settled without naming a character
    counts: dict[str, int] = {}
    for char in others:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "").split(" ", 1)[0]
        if name == "LATIN":
            latin += 1
        else:
            counts[name] = counts.get(name, 0) + 1
    if not counts or sum(counts.values()) <= latin:
        return None
    if "HIRAGANA" in counts or "KATAKANA" in counts:
        return "Japanese"
    top = max(counts, key=counts.__getitem__)
    return SCRIPTS.get(top, "a script other than Latin")


def extract(ctx: "Context", facts: list[Fact]) -> list[Fact]:
    """A body not in English yields one Language fact and nothing else: none of its figures is read."""
    if ctx.language is None:
        return facts
    text, start = ctx.text, ctx.document.body_start
    while start < len(text) and text[start].isspace():
        start += 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    return [Language(id="", span=ctx.span(start, max(start, line_end)), language=ctx.language)]
