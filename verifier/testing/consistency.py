"""`assert_consistent`: fail a test with verifier's rendered findings when an article contradicts itself.

The checker and the renderers are imported when first called, never at import time, so a test
suite can load this module while the rest of the package is being built or is broken.
"""
from __future__ import annotations

import datetime as dt
from typing import Any


def render_findings(report: Any) -> str:
    """The findings of one DocumentReport in the text report format, or a plain listing without it."""
    try:
        from ..findings import RunReport, VerifierInfo, summarize
        from ..report.text import render

        run = RunReport(verifier=VerifierInfo(version="testing"), documents=(report,),
                        summary=summarize((report,)))
        return render(run)
    except Exception:  # noqa: BLE001 - a renderer mid-development must not hide the findings themselves
        lines = []
        for f in report.findings:
            where = f"{f.spans[0].line}:{f.spans[0].column}" if f.spans else "-"
            lines.append(f"{report.id}:{where}: {f.severity}[{f.rule}] {f.message}")
        return "\n".join(lines)


def assert_consistent(text: str, date: dt.date | str | None = None, **kwargs: Any) -> None:
    """Fail with the rendered findings when verifier finds any inconsistency in `text`."""
    __tracebackhide__ = True
    import verifier

    report = verifier.check(text, date, **kwargs)
    if report.findings or report.errors:
        problems = [f"{e.code}: {e.message}" for e in report.errors]
        raise AssertionError("\n".join([f"verifier found {len(report.findings)} finding(s)", *problems,
                                        render_findings(report)]))
