"""The command line: argparse, exit codes, and renderers looked up by name.

Heavy modules are imported inside the commands so that `verifier check one.txt` starts fast.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from enum import IntEnum
from pathlib import Path

FORMATS = ("text", "json", "markdown", "html", "sarif", "junit", "github")
FAIL_ON = ("error", "warning", "info", "never")


class ExitStatus(IntEnum):
    CLEAN = 0  # no finding at or above --fail-on, every input read
    FINDINGS = 1  # findings at or above --fail-on
    USAGE_OR_INPUT = 2  # bad arguments, or an input that could not be read as an article
    CONFIG = 3  # a malformed rule file, lexicon file or config file
    INTERNAL = 4  # a bug in verifier: please report it


class UsageError(Exception):
    """A mistake on the command line; one line, exit 2."""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not YYYY-MM-DD") from None


def _patterns(values: list[str] | None) -> tuple[str, ...]:
    return tuple(p.strip() for v in values or () for p in v.split(",") if p.strip())


def _output(value: str) -> tuple[str, str | None]:
    name, _, path = value.partition(":")
    if name not in FORMATS:
        raise argparse.ArgumentTypeError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    return name, path or None


def _add_selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--select", action="append", metavar="RULES", help="only these rule ids, packs or tags (globs, comma-separated)")
    parser.add_argument("--ignore", action="append", metavar="RULES", help="skip these rule ids, packs or tags")
    parser.add_argument("--rules", action="append", metavar="DIR", help="a folder of extra rule files (*.toml)")
    parser.add_argument("--lexicon", action="append", metavar="DIR", help="a folder of extra lexicon files (*.toml)")
    parser.add_argument("--config", metavar="FILE", help="verifier.toml or pyproject.toml to read (default: the nearest one)")
    parser.add_argument("--no-config", action="store_true", help="ignore config files")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="verifier", description="Check market news for figures that contradict each other.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = commands.add_parser("check", help="check articles and report findings")
    check.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders, *.jsonl, or - for stdin")
    check.add_argument("--format", "-f", action="append", type=_output, metavar="FORMAT[:FILE]",
                       help=f"output format ({', '.join(FORMATS)}), optionally to a file; repeatable")
    check.add_argument("--output", "-o", metavar="FILE", help="write the (single) report here instead of stdout")
    check.add_argument("--fail-on", choices=FAIL_ON, help="lowest severity that makes the exit code 1 (default error)")
    check.add_argument("--date", type=_date, help="publication date YYYY-MM-DD (overrides article headers)")
    check.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("--baseline", metavar="FILE", help="fingerprints of accepted findings: only new findings fail")
    _add_selection(check)

    extract = commands.add_parser("extract", help="print the facts read from articles")
    extract.add_argument("paths", nargs="+", metavar="PATH")
    extract.add_argument("--format", "-f", choices=("table", "json"), default="table")
    extract.add_argument("--date", type=_date)
    _add_selection(extract)

    rules = commands.add_parser("rules", help="list the rules: id, severity, title")
    rules.add_argument("--format", "-f", choices=("text", "json"), default="text")
    _add_selection(rules)

    explain = commands.add_parser("explain", help="explain one rule, with its examples")
    explain.add_argument("rule", metavar="RULE")
    _add_selection(explain)

    baseline = commands.add_parser("baseline", help="write the fingerprints of today's findings as a baseline")
    baseline.add_argument("paths", nargs="+", metavar="PATH")
    baseline.add_argument("--output", "-o", metavar="FILE", default="verifier-baseline.json")
    baseline.add_argument("--date", type=_date)
    _add_selection(baseline)

    demo = commands.add_parser("demo", help="check the bundled sample articles and write their reports")
    demo.add_argument("--output-dir", metavar="DIR", default="reports", help="where to write the reports (default ./reports)")
    demo.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    return parser


def _version() -> str:
    from . import __version__

    return __version__


def _settings(args: argparse.Namespace):
    """Config file settings, then command-line flags on top."""
    from .config import Settings, find_config, load_settings

    if args.no_config:
        settings = Settings()
    elif args.config:
        path = Path(args.config)
        if not path.is_file():
            raise UsageError(f"{args.config}: no such config file")
        settings = load_settings(path)
    else:
        found = find_config(Path.cwd())
        settings = load_settings(found) if found else Settings()
    updates: dict = {}
    if args.select:
        updates["select"] = _patterns(args.select)
    if args.ignore:
        updates["ignore"] = settings.ignore + _patterns(args.ignore)
    if args.rules:
        updates["rules"] = settings.rules + tuple(str(Path(p).resolve()) for p in args.rules)
    if args.lexicon:
        updates["lexicon"] = settings.lexicon + tuple(str(Path(p).resolve()) for p in args.lexicon)
    if getattr(args, "fail_on", None):
        updates["fail_on"] = args.fail_on
    if getattr(args, "baseline", None):
        updates["baseline"] = str(Path(args.baseline).resolve())
    for folder in updates.get("rules", ()) + updates.get("lexicon", ()):
        if not Path(folder).is_dir():
            raise UsageError(f"{folder}: no such folder")
    return settings.model_copy(update=updates)


def _use_color(choice: str, stream) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def _write(path: str | None, content: str) -> None:
    if path is None:
        sys.stdout.write(content if content.endswith("\n") else content + "\n")
        return
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content if content.endswith("\n") else content + "\n", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: cannot write report: {exc.strerror or exc}") from None


def _exit_status(report, fail_on: str) -> ExitStatus:
    from .findings import INTERNAL_ERROR

    if any(e.code == INTERNAL_ERROR for d in report.documents for e in d.errors):
        return ExitStatus.INTERNAL
    if any(d.errors for d in report.documents):
        return ExitStatus.USAGE_OR_INPUT
    if fail_on == "never":
        return ExitStatus.CLEAN
    from .findings import Severity

    threshold = Severity(fail_on).rank
    failing = any(f.severity.rank >= threshold for d in report.documents for f in d.findings)
    return ExitStatus.FINDINGS if failing else ExitStatus.CLEAN


def _print_input_errors(report) -> None:
    for document in report.documents:
        for error in document.errors:
            print(f"verifier: {error.message}", file=sys.stderr)


def _write_step_summary(report, outputs) -> None:
    """In GitHub Actions, annotations beyond GitHub's cap live on in the job's step summary."""
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if not summary or not any(name == "github" for name, _ in outputs):
        return
    from .report.github import summary_markdown

    try:
        with open(summary, "a", encoding="utf-8") as stream:
            stream.write(summary_markdown(report) + "\n")
    except OSError as exc:
        raise UsageError(f"{summary}: cannot write the step summary: {exc.strerror or exc}") from None


def cmd_check(args: argparse.Namespace) -> ExitStatus:
    from .checking import build, check_many, run_report
    from .policy import apply_policy
    from .report import render
    from .sources import read_inputs

    settings = _settings(args)
    outputs = args.format or [("text", None)]
    if args.output:
        if len(outputs) > 1 or outputs[0][1]:
            raise UsageError("--output names one file; with several formats write FORMAT:FILE")
        outputs = [(outputs[0][0], args.output)]
    if sum(1 for _, path in outputs if path is None) > 1:
        raise UsageError("only one format can go to stdout; give the others a file (FORMAT:FILE)")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    ruleset, _ = build(settings)
    documents = check_many(read_inputs(args.paths, date=args.date), settings, jobs=args.jobs)
    report = apply_policy(run_report(documents, ruleset), settings)
    for name, path in outputs:
        stream = sys.stdout if path is None else None
        _write(path, render(name, report, color=stream is not None and _use_color(args.color, stream)))
    if ("text", None) not in outputs:  # the text report already lists input errors
        _print_input_errors(report)
    _write_step_summary(report, outputs)
    return _exit_status(report, settings.fail_on)


def cmd_extract(args: argparse.Namespace) -> ExitStatus:
    from .checking import build, check_many
    from .factsheet import render_facts
    from .sources import read_inputs

    settings = _settings(args)
    ruleset, _ = build(settings)
    documents = list(check_many(read_inputs(args.paths, date=args.date), settings))
    _write(None, render_facts(documents, args.format))
    for document in documents:
        for error in document.errors:
            print(f"verifier: {error.message}", file=sys.stderr)
    return ExitStatus.USAGE_OR_INPUT if any(d.errors for d in documents) else ExitStatus.CLEAN


def cmd_rules(args: argparse.Namespace) -> ExitStatus:
    import json

    from .checking import build

    ruleset, _ = build(_settings(args))
    if args.format == "json":
        rows = [{"id": r.id, "severity": str(r.severity), "title": r.title, "kind": r.kind, "tags": list(r.tags)} for r in ruleset.rules]
        _write(None, json.dumps(rows, indent=2))
        return ExitStatus.CLEAN
    width = max((len(r.id) for r in ruleset.rules), default=0)
    lines = [f"{r.id:<{width}}  {str(r.severity):<7}  {r.title}" for r in ruleset.rules]
    _write(None, "\n".join(lines))
    return ExitStatus.CLEAN


def cmd_explain(args: argparse.Namespace) -> ExitStatus:
    from .checking import build

    ruleset, _ = build(_settings(args))
    rule = ruleset.get(args.rule)
    if rule is None:
        raise UsageError(f"no rule {args.rule!r}; `verifier rules` lists them")
    lines = [f"{rule.id} ({rule.severity}): {rule.title}", "", rule.explain.strip(), ""]
    for example in rule.examples:
        label, text = ("fails", example.fail) if example.fail is not None else ("passes", example.pass_)
        lines.append(f"  {label}: {text}")
    _write(None, "\n".join(lines))
    return ExitStatus.CLEAN


def cmd_baseline(args: argparse.Namespace) -> ExitStatus:
    from .checking import build, check_many, run_report
    from .policy import write_baseline
    from .sources import read_inputs

    settings = _settings(args)
    ruleset, _ = build(settings)
    report = run_report(check_many(read_inputs(args.paths, date=args.date), settings), ruleset)
    count = write_baseline(report, Path(args.output))
    print(f"verifier: wrote {count} fingerprints to {args.output}", file=sys.stderr)
    _print_input_errors(report)
    return ExitStatus.USAGE_OR_INPUT if any(d.errors for d in report.documents) else ExitStatus.CLEAN


def cmd_demo(args: argparse.Namespace) -> ExitStatus:
    from .demo import run_demo

    return ExitStatus(run_demo(Path(args.output_dir), color=_use_color(args.color, sys.stdout)))


COMMANDS = {
    "check": cmd_check,
    "extract": cmd_extract,
    "rules": cmd_rules,
    "explain": cmd_explain,
    "baseline": cmd_baseline,
    "demo": cmd_demo,
}


def main(argv: list[str] | None = None) -> int:
    """Run one command; every failure a user can cause ends in one line and a distinct code."""
    args = build_parser().parse_args(argv)
    try:
        return int(COMMANDS[args.command](args))
    except UsageError as exc:
        print(f"verifier: {exc}", file=sys.stderr)
        return ExitStatus.USAGE_OR_INPUT
    except KeyboardInterrupt:
        print("verifier: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return ExitStatus.CLEAN
    except Exception as exc:  # noqa: BLE001 - the last guard: one line, never a traceback
        from .errors import DataFileError

        if isinstance(exc, DataFileError):
            print(f"verifier: {exc}", file=sys.stderr)
            return ExitStatus.CONFIG
        if os.environ.get("VERIFIER_DEBUG"):
            raise
        print(f"verifier: internal error: {type(exc).__name__}: {exc} (set VERIFIER_DEBUG=1 for the traceback; please report it)", file=sys.stderr)
        return ExitStatus.INTERNAL


if __name__ == "__main__":
    sys.exit(main())
