"""The headline as a statement: "Nikkei closes down 0.83%", "HK stocks close 0.07 pct lower".

The `title:` line of the header is read in place (spans index the whole file), with the move
reader run over that one line; where the body repeats the title, its copy is read instead, so one
headline gives one statement. A headline's grammar adds what the body's does not: a plural subject
with the bare verb "close", "end" or "finish" and the size before its direction.
"""
from __future__ import annotations

import re

from ..document import Document
from ..facts import Fact, Move
from .compiled import re_pattern
from . import moves
from .context import Context
from .statements import firm, lede_day, on_lede_day, statement_of

# "HK stocks close 0.07 pct lower", "Asian shares end 1.4 percent higher": verb, size, direction.
_BARE_CLOSE = re_pattern(
    r"\b(?P<verb>close|end|finish|settle)\s+(?:(?P<qualifier>nearly|almost|about|over|more\s+than)\s+)?"
    r"(?P<figure>[0-9]+(?:\.[0-9]+)?)\s*(?:pct|percent|per\s+cent|%)\s+(?P<way>higher|lower|up|down)\b",
    re.IGNORECASE,
)
_WAYS = {"higher": 1, "up": 1, "lower": -1, "down": -1}


def _title_span(document: Document, ctx: Context) -> tuple[int, int] | None:
    """Where the title stands: its copy at the head of the body if there is one, else its header line."""
    title = (document.title or "").strip()
    if not title or not any(c.isdigit() for c in title):
        return None
    text = ctx.text
    head = text.find(title, document.body_start, document.body_start + 400 + len(title))
    if head >= 0:
        return head, head + len(title)
    line = text.find(title, 0, document.body_start)
    return (line, line + len(title)) if line >= 0 else None


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """One statement per firm move of the headline; none when the body's own reading holds it."""
    where = _title_span(ctx.document, ctx)
    if where is None:
        return facts
    start, end = where
    if any(f.kind == "statement" and start <= f.span.start < end for f in facts):
        return facts  # the body's copy of the title was read with the body
    out = list(facts)
    line = Document(id=ctx.document.id, text=ctx.document.text[:end], body_start=start, date=ctx.document.date)
    sub = Context(line, ctx.lexicon)
    found = [f for f in moves.extract(sub, []) if f.kind == "move"] or _bare_close(sub, start, end)
    day = lede_day(ctx, facts, (start, end))
    for move in found:
        if move.direction and move.percent is not None and firm(sub, move):
            out.append(on_lede_day(statement_of(sub, move, place="headline"), day))
    return out


def _bare_close(sub: Context, start: int, end: int) -> list[Move]:
    """Moves of the headline grammar the move reader leaves: "HK stocks close 0.07 pct lower"."""
    found = []
    for m in _BARE_CLOSE.finditer(sub.text, start, end):
        named = [n for n in sub.named_in(start, m.start()) if n.entity]
        token = sub.token_covering(m.start("figure"))
        if not named or token is None:
            continue
        found.append(Move(id="", span=sub.span(named[-1].start, m.end()), subject=sub.resolve(named[-1]),
                          verb=m["verb"], direction=_WAYS[m["way"].lower()], percent=token.quantity))
    return found
