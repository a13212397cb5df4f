"""Column headings of price tables: which figure of a row each heading names.

A futures or quote table prints a header of named columns ("Open High Low Settle Chg", glued as
"OpenHighLowLastChg." by some wires, or between pipes); each figure of a row below it is the
column's. Headings map to the fields of a `PriceRow`; a heading that names the row itself
("Month", "Contract") maps to None.
"""
from __future__ import annotations

import re

from .compiled import re_pattern

# Heading -> PriceRow field. Longer headings first, so "Open Int" is not "Open" and "Net Chg" not "Chg".
_HEADINGS: tuple[tuple[str, str | None], ...] = (
    (r"Open\s?Int(?:erest)?\.?|Op\.?\s?Int\.?", "open_interest"),        # "Open Int", "Open Interest"
    (r"Prev(?:ious|\.)?\s?(?:Settle|Sett\.?|Close|Day)?|Prior(?:\s(?:Settle|Close))?", "prior"),  # "Prev. Settle", "Prior"
    (r"%\s?Chg\.?|%\s?Change|Pct\.?\s?Chg\.?|(?:Chg\.?|Change)\s?%(?![A-Za-z])", "percent"),  # "% Chg", "Pct Chg", "Chg %"
    (r"Net\s?Chg\.?|Net\s?Change|Nt\s?Chg|Chg\.?|Change|\+/-", "change"),  # "Chg.", "Net Chg", "NTCHG", "+/-"
    (r"Open(?:ing)?", "open"),
    (r"High", "high"),
    (r"Low", "low"),
    (r"Settle(?:ment)?|Sett\.?|Last(?:\s?Price)?|Clos(?:e|ing)", "settle"),  # the session's final price
    (r"Est\.?\s?Vol(?:ume)?\.?|Vol(?:ume)?\.?", "volume"),
    (r"Month|Contract|Commodity|Name|Symbol|Index|Market|Expiry|Exp\.?", None),  # the row's own label
)
HEADING = "|".join(f"(?:{pattern})" for pattern, _ in _HEADINGS)
_ONE = [(re_pattern(rf"(?:{pattern})\Z", re.IGNORECASE), role) for pattern, role in _HEADINGS]
# A heading starts with a capital (or "%", "+"), so prose ("the open, high and low") is never a header.
_CAPITAL = re_pattern(r"[A-Z%+]")
PRICE_ROLES = frozenset({"open", "high", "low", "settle", "change", "percent", "prior"})

# A header in running text: three or more headings one after another, apart or glued
# ("Open High Low Settle Chg.", "OpenHighLowLastChg."), or two standing alone on their line.
_GLUED = rf"(?:{HEADING})(?-i:(?![a-z]))"
HEADER = re_pattern(
    rf"(?<![A-Za-z])(?:{_GLUED})(?:[ \t]*(?:{_GLUED})){{2,}}\.?(?![A-Za-z])"
    rf"|(?m:^[ \t]*(?:{_GLUED})(?:[ \t]+(?:{_GLUED}))+\.?[ \t]*$)",
    re.IGNORECASE,
)
# A table of settles alone: "Settle" opening a line, then a section in capitals ("Settle WHEAT (...)").
SETTLE_ONLY = re_pattern(r"(?m)^[ \t]*(?:Settle|Settlement|Last|Close)[ \t]*(?:\n|[ \t]+(?=[A-Z]{3,}\b))")
_SPLIT = re_pattern(rf"[ \t|]*({_GLUED})\.?", re.IGNORECASE)


def role(heading: str) -> str | None | bool:
    """The PriceRow field a heading names; None for the row's label; False when it is no heading."""
    heading = " ".join(heading.split()).rstrip(".")
    if not heading or not _CAPITAL.match(heading):
        return False
    for pattern, name in _ONE:
        if pattern.match(heading) or pattern.match(heading + "."):
            return name
    return False


def header_roles(header: str) -> tuple[str | None, ...]:
    """The fields a header's headings name, in order: "OpenHighLowLastChg." -> (open, high, low, settle, change)."""
    out: list[str | None] = []
    for m in _SPLIT.finditer(header):
        found = role(m.group(1))
        if found is False or not _CAPITAL.match(m.group(1)):
            return ()
        out.append(found)
    return tuple(out)


def is_price_header(roles: tuple[str | None, ...]) -> bool:
    """A header names a price table when two of its columns are prices (a settle and its change, a range)."""
    named = [r for r in roles if r is not None]
    return len(set(named) & PRICE_ROLES) >= 2 and len(named) == len(set(named))
