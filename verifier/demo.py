"""`verifier demo`: check the bundled sample articles and write their reports in every format.

The sample ids are stable ("samples/<name>"), so the reports in the repo's reports/ folder are
reproducible and a test can tell when they are out of date.
"""
from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

# Report file names, by format; `verifier demo` writes them all.
REPORT_FILES = {
    "text": "demo.txt",
    "json": "demo.json",
    "markdown": "demo.md",
    "html": "demo.html",
    "sarif": "demo.sarif",
    "junit": "demo.junit.xml",
}


def sample_documents():
    """The bundled samples as Documents, in name order."""
    from .document import parse_document

    folder = files("verifier.samples")
    names = sorted(p.name for p in folder.iterdir() if p.name.endswith(".txt"))
    return [parse_document(folder.joinpath(name).read_text("utf-8"), f"samples/{name}") for name in names]


def demo_report():
    from .checking import check_document, default_ruleset, run_report

    return run_report([check_document(d) for d in sample_documents()], default_ruleset())


def write_reports(report, folder: Path) -> dict[str, Path]:
    """Render the report in every format into `folder`; returns the paths written."""
    from .report import render

    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, filename in REPORT_FILES.items():
        path = folder / filename
        path.write_text(render(name, report, color=False), encoding="utf-8")
        written[name] = path
    return written


def run_demo(folder: Path, color: bool = False) -> int:
    from .report import render

    report = demo_report()
    sys.stdout.write(render("text", report, color=color))
    written = write_reports(report, folder)
    print(f"\nReports written: {', '.join(str(p) for p in written.values())}")
    return 0
