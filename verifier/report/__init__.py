"""Report renderers: pure functions `render(report: RunReport, **options) -> str`, looked up by name.

The CLI never branches on format; it picks a renderer from `RENDERERS`. Options are keyword-only:
`text` takes `color`, `json` takes `include_text`, `markdown` takes `heading` and `limit`, `html`
takes `title`. Each format's module is imported on first use, so the CLI's cold start pays only
for the format it writes.
"""
from __future__ import annotations

import importlib
from typing import Callable

from ..findings import RunReport

Renderer = Callable[..., str]

FORMATS = ("text", "json", "markdown", "html", "sarif", "junit", "github")
COLORED = frozenset({"text"})  # formats whose renderer takes `color`


def _lazy(name: str) -> Renderer:
    def renderer(report: RunReport, **options: object) -> str:
        return importlib.import_module(f"{__name__}.{name}").render(report, **options)

    renderer.__name__ = renderer.__qualname__ = f"render_{name}"
    renderer.__doc__ = f"The report as {name} (verifier.report.{name}.render)."
    return renderer


RENDERERS: dict[str, Renderer] = {name: _lazy(name) for name in FORMATS}


def render(format: str, report: RunReport, *, color: bool = False, **options: object) -> str:
    """Render `report` in the named format; `color` reaches only the formats that colour (text).

    Unknown names raise KeyError naming the known ones.
    """
    try:
        renderer = RENDERERS[format]
    except KeyError:
        raise KeyError(f"unknown report format {format!r}; known: {', '.join(RENDERERS)}") from None
    if format in COLORED:
        options["color"] = color
    return renderer(report, **options)


__all__ = ["COLORED", "FORMATS", "RENDERERS", "Renderer", "render"]
