"""Shares of a whole: the part of turnover, trading or the market a sector or a group stands for.

"the banks accounted for 31.2 percent of the value traded", "with the chip sector accounting for 24.1
percent, the shipping sector 9.3 percent and the retail sector (7.4 percent)", "local investors were
net sellers capturing 61.5 percent of the total market", "volume and value accounted for 38% and 44%
respectively". A list carries its first cue on: each later percent stands after its own noun phrase.
"""
from __future__ import annotations

import re

from ..facts import Fact, Move, Statistic
from .compiled import re_pattern
from .context import Context
from .leftovers import open_sentences

# The verb that makes a percent a share: "accounting for", "made up", "representing", "capturing", "seizing", "commanding"
_CUE = re_pattern(
    r"\b(?:account(?:s|ed|ing)?\s+for|mak(?:es|ing)\s+up|made\s+up|represent(?:s|ed|ing)?|captur(?:es|ed|ing)|seiz(?:es|ed|ing)|"
    r"command(?:s|ed|ing))\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|a\s+share\s+of)\s+)?$",
    re.IGNORECASE,
)
# The whole the share is of, after the figure: "of the total", "of the total traded volume", "of all listed companies"
_OF_TOTAL = re_pattern(
    r"\s*(?:respectively,?\s+)?(?P<whole>of\s+(?:the\s+)?(?:total|all|overall|whole|market|turnover|trading)"
    r"(?:\s+(?!(?:on|in|at|for|during|while|and|was|were|is|from|by|to|with|excluding|as|after)\b)[a-z][\w-]*){0,3})(?=[\s,.;)]|$)",
    re.IGNORECASE,
)
# A later member of the list: ", the shipping sector", " followed by the industrial sector (", " and 44%"
_NEXT = re_pattern(
    r"\)?\s*(?:of\s+the\s+total(?:\s+[a-z]+){0,2}\s*)?(?:,|;)?\s*(?:and\s+|followed\s+by\s+|while\s+)?(?:(?:the\s+)?[A-Za-z&/][\w&/'-]*(?:\s+[\w&/'-]+){0,5}?\s*\(?\s*)?",
    re.IGNORECASE,
)
_HINT = re_pattern(r"account|made up|making up|makes up|represent|captur|seiz|command|of the total|of total")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A statistic for each percent a sentence says is a share of a whole."""
    out = list(facts)
    text = ctx.text
    shares_of_moves = [f.percent.span.start for f in out if isinstance(f, Move) and f.percent is not None and f.change is None and f.level is None]
    for sentence in open_sentences(ctx, _HINT, lambda token: token.quantity.unit == "percent", also=shares_of_moves):
        last = None
        # A "move" whose one figure is a share: "Banks led the value traded, accounting for 42.5 percent" (a share
        # cue before it), "followed by the retail sector (7.4 percent)" (a list member after a share)
        only_percent = {f.percent.span.start: f for f in out if isinstance(f, Move) and sentence.start <= f.span.start < sentence.end
                        and f.percent is not None and f.change is None and f.level is None and f.prior is None}
        for token in ctx.tokens_in(sentence.start, sentence.end):
            move = only_percent.get(token.start)
            if move is not None and (_CUE.search(text, max(sentence.start, token.start - 40), token.start) is not None or (
                    move.verb is None and move.direction == 0 and last is not None and _NEXT.fullmatch(text, last.quantity.span.end, token.start))):
                out.remove(move)
                ctx.claimed.discard(token.start)
            if token.start in ctx.claimed or token.quantity.unit != "percent":
                last = None if token.start in ctx.claimed else last
                continue
            cue = _CUE.search(text, max(sentence.start, token.start - 40), token.start)
            carried = last is not None and _NEXT.fullmatch(text, last.quantity.span.end, token.start) is not None
            whole = _OF_TOTAL.match(text, token.end, sentence.end)
            if cue is None and not carried and whole is None:
                last = None
                continue
            if whole is None and text.startswith(" of ", token.end):
                continue  # "accounted for 40% of US steel imports": statistics names the whole from its own "of"
            if whole is None and cue is None and last is not None:
                measure = last.measure
            else:
                measure = "share " + " ".join(whole["whole"].lower().split()) if whole else (last.measure if carried else "share")
            ctx.claimed.add(token.start)
            start = cue.start() if cue is not None else token.start
            last = Statistic(id="", span=ctx.span(start, whole.end() if whole else token.end), measure=measure, quantity=token.quantity)
            out.append(last)
    return out
