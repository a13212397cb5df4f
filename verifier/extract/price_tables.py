"""Price tables printed without rules: a header of named columns, then rows of a label and one
figure per column ("Dec 642¼ 648½ 637½ 641 —5"), on lines of their own or run together on one.

Futures wires print a table per commodity: a section name in capitals ("CORN"), the contract size
and unit, rows headed by contract months, then the session's sales and open interest. Each row is
a `PriceRow`; the size, sales and open interest lines are statistics of the section.
"""
from __future__ import annotations

from ..facts import DateRef, Fact, PriceRow, Statistic, Subject
from .cells import Cell, read_cells
from .columns import HEADER, SETTLE_ONLY, header_roles, is_price_header
from .compiled import re_pattern
from .context import Context

# A cheap scan of the folded text, so the header pattern runs only where a header may stand: headings
# glued ("openhighlow"), three apart ("open high low settle"), two alone on their line, or a settle
# column opening a line ("settle wheat").
_GATE = ("chg", "sett", "high low", "highlow", "high | low", "high\tlow", "last\n", "close\n")  # one is in every header
_H = r"(?:open|high|low|last|settle|sett|close|chg|change|prev|vol|%\s?chg|pct)"
_HINT = re_pattern(rf"(?:open|high|low|last|settle)(?:high|low|last|settle|chg)"
                   rf"|(?<![a-z]){_H}\.?[ \t|]+{_H}\.?[ \t|]+{_H}(?![a-z])"
                   rf"|(?:^|\n)[ \t]*{_H}\.?[ \t|]+{_H}\.?[ \t]*\n"
                   r"|(?:^|\n)[ \t]*(?:settle|last|close)[ \t]*(?:\n|[ \t][a-z]{3})")
# A contract month heading a row: "Dec", "Sept", "MAR", "Jul '26", "Dec-25".
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
          r"(?:\s?'[0-9]{2}|-[0-9]{2})?")
_MONTH_LABEL = re_pattern(_MONTH)
_MONTH_ROW = re_pattern(
    rf"(?<![A-Za-z0-9'.])(?P<label>{_MONTH})(?![A-Za-z0-9])[ \t]+(?=[-+\u2013\u2014\u2212]?[ \t]?[.0-9\u00bc-\u00be\u215b-\u215e])"
)
# A row named on a line of its own, in a table whose header stands on its own line: "Brent crude  82.10 ...".
_NAME_ROW = re_pattern(r"(?m)^[ \t]*(?P<label>[A-Z][^\n0-9|]{0,40}?)[ \t]+(?=[-+\u2013\u2014\u2212]?\.?[0-9])")
# A section of a futures table: the commodity in capitals ("SOYBEAN OIL", "GOLD").
_SECTION = re_pattern(r"(?<![A-Za-z])[A-Z]{3,}(?:[ ,-][A-Z]{2,})*(?![A-Za-z.'])")  # "SOYBEAN OIL", "HOGS,LEAN"
_GAP = 320  # the table goes on while its next row starts this close to the last one
# Section notes: "5,000 bu minimum", "100 troy oz.", "60,000 lbs", "Est. sales 68,247", "Tue.'s open int 392,418, up 2,735"
_SIZE = re_pattern(r"\s*(?:bu|bushels?|lbs?|pounds|tons?|metric\s+tons|troy\s+oz|oz|bbl|barrels|gal(?:lons)?|mmbtu)\b\.?")
_TALLY = re_pattern(r"(?P<measure>Est\.?\s+sales|[A-Z][a-z]{2,3}\.?'s\s+(?:sales|open\s+int(?:erest)?)|[Oo]pen\s+int(?:erest)?)\s+(?=[0-9])")
_TALLY_CHANGE = re_pattern(r",?\s+(?P<word>up|down|off)\s+(?=[0-9])")


def extract(ctx: Context, facts: list[Fact]) -> list[Fact]:
    """A PriceRow for every row under a price header; the sections' sizes and tallies as statistics."""
    folded = ctx.folded
    if not any(word in folded for word in _GATE) or not _HINT.search(folded, ctx.document.body_start):
        return facts
    text = ctx.text
    out = list(facts)
    headers = [(m, header_roles(m.group(0))) for m in HEADER.finditer(text, ctx.document.body_start)]
    headers += [(m, ("settle",)) for m in SETTLE_ONLY.finditer(text, ctx.document.body_start)]
    taken: list[tuple[int, int]] = []
    for header, roles in sorted(headers, key=lambda pair: pair[0].start()):
        if header.start() < (taken[-1][1] if taken else 0) or not (roles == ("settle",) or is_price_header(roles)):
            continue
        read = _table(ctx, header.end(), roles, out)
        if read:
            taken.append((header.start(), read))
    if taken:  # a day or a month a date reading took from a table's cells ("—9 Mar") is no date
        out = [f for f in out if not (isinstance(f, DateRef) and any(s <= f.span.start < e for s, e in taken))]
    return out


def _table(ctx: Context, start: int, roles: tuple[str | None, ...], out: list[Fact]) -> int:
    """Reads the rows after a header; returns where the table ends (0 when no row was read)."""
    text = ctx.text
    columns = roles[1:] if roles and roles[0] is None else roles
    alone = text[start : text.find("\n", start) if "\n" in text[start:] else len(text)].strip() == ""
    position, last, section, rows = start, start, None, 0
    while True:
        window = min(len(text), last + _GAP)
        found = _next_row(text, position, window, alone)
        if found is None:
            break
        label_start, label_end, label, is_month = found
        cells, end = read_cells(ctx, label_end, len(text))
        fields = _align(columns, cells, is_month)
        if fields is None:
            position = max(label_end, end)
            continue
        heading = _section(ctx, text, last, label_start)
        if heading is not None:  # the last section's tallies come before the next one's heading
            _notes(ctx, last, heading.span.start, section, out)
        section = heading or section
        _notes(ctx, last, label_start, section, out)
        figures, loose = fields
        subject = section or named_subject(ctx, label, label_start, label_start + len(label))
        if section is not None:
            label = f"{section.text} {label}"
        for cell in cells:
            ctx.claimed.update(t.start for t in cell.tokens)
        out.append(PriceRow(id="", span=ctx.span(label_start, end), subject=subject, label=label, loose=loose, **figures))
        position = last = end
        rows += 1
    if not rows:
        return 0
    end = min(len(text), last + _GAP)
    heading = _section(ctx, text, last, end)
    _notes(ctx, last, heading.span.start if heading else end, section, out)
    if heading is not None:
        _notes(ctx, heading.span.start, end, heading, out)
    return last


def _next_row(text: str, position: int, limit: int, alone: bool) -> tuple[int, int, str, bool] | None:
    month = _MONTH_ROW.search(text, position, limit)
    name = _NAME_ROW.search(text, position, limit) if alone else None
    if name is not None and (month is None or name.start("label") < month.start("label")):
        label = name["label"].strip()
        return name.start("label"), name.end(), label, _MONTH_LABEL.fullmatch(label) is not None
    if month is None:
        return None
    return month.start("label"), month.end(), month["label"], True


def _align(columns: tuple[str | None, ...], cells: list[Cell], is_month: bool) -> tuple[dict, dict] | None:
    """Each cell's figure by its column, and the figures placed by habit rather than by heading: a
    contract month's short row is aligned the wires' way (a blank change is "unchanged"; an
    untraded contract prints its settle and change only)."""
    if not cells:
        return None
    shapes: list[tuple[tuple[str | None, ...], str]] = [(columns, "")]
    if is_month and "settle" in columns:
        if columns[-1] == "change":
            shapes.append((columns[:-1], "a row one figure short of its header, its change taken as left blank"))
            shapes.append((("settle", "change"), "a row of two figures, taken as the settle and its change"))
        shapes.append((("settle",), "a row of one figure, taken as the settle"))
    for shape, habit in shapes:
        if len(shape) == len(cells):
            figures = {role: cell.quantity for role, cell in zip(shape, cells) if role is not None and cell.quantity is not None}
            return figures, ({role: habit for role in figures} if habit else {})
    return None


def _section(ctx: Context, text: str, start: int, end: int) -> Subject | None:
    """The commodity a section heading names between two rows, as the lexicon knows it if it does."""
    found = None
    for m in _SECTION.finditer(text, start, end):
        found = m
    if found is None:
        return None
    return named_subject(ctx, found.group(0), found.start(), found.end())


def named_subject(ctx: Context, name: str, start: int, end: int) -> Subject:
    """A row's or section's name as a subject: the lexicon's entity when it knows the name in any case."""
    lexicon = ctx.lexicon
    for form in (name, name.lower(), name.title(), name.capitalize()):
        alias = lexicon.aliases.get(form)
        if alias is not None:
            entity = alias.entity
            return Subject(text=name, entity=entity.id, name=entity.name, type=entity.type, country=entity.country,
                           span=ctx.span(start, end))
    return Subject(text=name, span=ctx.span(start, end))


def _notes(ctx: Context, start: int, end: int, section: Subject | None, out: list[Fact]) -> None:
    """A section's contract size ("5,000 bu minimum") and tallies ("Est. sales 68,247", "open int 392,418, up 2,735")."""
    text = ctx.text
    for token in ctx.tokens_in(start, end):
        if token.start in ctx.claimed:
            continue
        size = _SIZE.match(text, token.end)
        if size is not None and not token.quantity.unit:
            ctx.claimed.add(token.start)
            out.append(Statistic(id="", span=ctx.span(token.start, size.end()), subject=section, measure="contract size",
                                 quantity=token.quantity))
    for m in _TALLY.finditer(text, start, end):
        token = ctx.token_at(m.end())
        if token is None or token.start in ctx.claimed:
            continue
        ctx.claimed.add(token.start)
        measure = " ".join(m["measure"].split()).lower()
        out.append(Statistic(id="", span=ctx.span(m.start(), token.end), subject=section, measure=measure, quantity=token.quantity))
        change = _TALLY_CHANGE.match(text, token.end, end)
        moved = ctx.token_at(change.end()) if change else None
        if moved is not None and moved.start not in ctx.claimed:
            ctx.claimed.add(moved.start)
            out.append(Statistic(id="", span=ctx.span(change.start("word"), moved.end), subject=section,
                                 measure=f"{measure}, {change['word']}", quantity=moved.quantity))
