"""Turnover: "1.5 billion shares worth $1.4 billion changed hands", "Turnover totaled NT$420.58 billion
(US$14.08 billion)". Runs after moves, so a price is never read as turnover.
"""
from __future__ import annotations

import re

import regex

from ..facts import Fact, Volume
from ..numbers import Quantity
from .context import Context

_VOLUME_HINT = re.compile(r"volume|turnover|changed\s+hands|changing\s+hands|worth|traded|transacted|value")
_VOLUME_WORDS = regex.compile(r"volume|turnover|changed\s+hands|changing\s+hands|shares\s+traded|traded|in\s+a\s+trade\s+of", regex.IGNORECASE)
_SHARES_AFTER = regex.compile(r"\s*(?:shares|units|lots|contracts|securities|stocks)\b", regex.IGNORECASE)


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """One volume fact per sentence that states shares traded or the value that changed hands."""
    out = list(facts)
    text = ctx.text
    for sentence in ctx.sentences_with(_VOLUME_HINT):
        fields: dict[str, Quantity] = {}
        for token in ctx.tokens_in(sentence.start, sentence.end):
            if token.start in ctx.claimed:
                continue
            q = token.quantity
            if q.unit == "shares" or (q.unit == "" and _SHARES_AFTER.match(text, token.end)):
                fields.setdefault("shares", q)
            elif len(q.unit) == 3 and q.unit.isupper():
                if "value" not in fields:
                    fields["value"] = q
                elif "converted" not in fields and "(" in text[fields["value"].span.end : token.start]:
                    fields["converted"] = q
        if fields and (len(fields) >= 2 or _VOLUME_WORDS.search(text, sentence.start, sentence.end)):
            for q in fields.values():
                ctx.claimed.add(q.span.start)
            spans = [q.span for q in fields.values()]
            out.append(Volume(id="", span=ctx.span(min(s.start for s in spans), max(s.end for s in spans)),
                              subject=ctx.subject_before(spans[0].start, main_only=True), **fields))
    return out
