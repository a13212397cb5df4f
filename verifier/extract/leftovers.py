"""The sentences the late readers look at: those holding a figure no earlier fact took.

Flows, shares, readings, rates, marks and distances run after the move readers, when most figures are
bound; walking the few figures left (a set lookup each) and testing the hint only inside their
sentences costs far less than scanning the whole text for common hint words ("rate", "from").
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from .context import Context, Sentence
from .quantities import Token


def open_sentences(ctx: Context, hint: "re.Pattern[str]", keep: Callable[[Token], bool] = lambda token: True,
                   also: Iterable[int] = ()) -> list[Sentence]:
    """Sentences, in text order, holding a figure not yet claimed that `keep` accepts (or an offset of
    `also`), whose lower-cased text the hint matches."""
    indexes = {ctx.sentence_at(offset) for offset in also}
    indexes.update(ctx.sentence_at(t.start) for t in ctx.tokens if t.start not in ctx.claimed and keep(t))
    folded, sentences = ctx.folded, ctx.sentences
    found = []
    for index in sorted(indexes):
        if index < len(sentences) and hint.search(folded, sentences[index].start, sentences[index].end):
            found.append(sentences[index])
    return found
