"""Score verifier on a folder of real articles against an answer key of slips found by hand.

    python benchmarks/real_text.py FOLDER [--slips FILE] [--list] [--json FILE]

Prints, per rule, findings on a slip (true) and elsewhere (false); slips flagged and missed with
file and quote; false errors and warnings per 100 articles; figures bound. Asserts nothing. The
answer key's format is in the README ("Scoring verifier on your own archive").
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verifier.answerkey import AnswerKeyError, Score, load_answer_key, score  # noqa: E402
from verifier.checking import check_many  # noqa: E402
from verifier.findings import Severity  # noqa: E402
from verifier.sources.files import read_inputs  # noqa: E402


def _line(text: str, start: int) -> int:
    return text.count("\n", 0, start) + 1


def report_lines(result: Score, texts: dict[str, str], listing: bool) -> list[str]:
    out = []
    n = result.articles
    flagged, scored = len(result.flagged), len(result.scored)
    out.append(f"articles {n}  errors {result.count(Severity.ERROR, True) + result.count(Severity.ERROR, False)}"
               f"  warnings {result.count(Severity.WARNING, True) + result.count(Severity.WARNING, False)}")
    out.append("")
    out.append("| measure | value |")
    out.append("| --- | --- |")
    out.append(f"| false errors | {result.count(Severity.ERROR, False)} ({result.per_100(Severity.ERROR):.1f} per 100 articles) |")
    out.append(f"| false warnings | {result.count(Severity.WARNING, False)} ({result.per_100(Severity.WARNING):.1f} per 100 articles) |")
    out.append(f"| true errors / warnings | {result.count(Severity.ERROR, True)} / {result.count(Severity.WARNING, True)} |")
    share = 100 * flagged / scored if scored else 100.0
    out.append(f"| slips flagged | {flagged} of {scored} ({share:.0f}%) |")
    out.append(f"| figures bound | {result.bound} of {result.mentions} ({100 * result.bound_share:.1f}%) |")
    out.append("")
    out.append("| rule | true error | false error | true warning | false warning |")
    out.append("| --- | --- | --- | --- | --- |")
    for rule, counts in result.by_rule().items():
        out.append(f"| {rule} | {counts['true error']} | {counts['false error']} | {counts['true warning']} | {counts['false warning']} |")
    if result.missing:
        out.append("")
        out.append("answer-key texts not found in their file:")
        out += [f"  {m}" for m in result.missing]
    if not listing:
        return out
    out.append("")
    out.append("false alarms:")
    for name, finding, slip in result.findings:
        if slip is None:
            line = finding.spans[0].line if finding.spans else 0
            out.append(f"  {name}:{line}: {finding.severity.value}[{finding.rule}] {finding.message}")
    out.append("")
    out.append("slips flagged:")
    for index in result.flagged:
        slip = result.slips[index]
        rules = sorted({f.rule for name, f, s in result.findings if s == index})
        out.append(f"  {slip.file}: {slip.texts[0]!r}  <- {', '.join(rules)}")
    out.append("")
    out.append("slips missed:")
    for index in result.scored:
        if index not in result.flagged:
            slip = result.slips[index]
            out.append(f"  {slip.file}: {' | '.join(repr(t) for t in slip.texts)}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--slips", help="the answer key (default: FOLDER/slips.json)")
    parser.add_argument("--glob", default="*.txt", help="which files of the folder are articles (default *.txt)")
    parser.add_argument("--list", action="store_true", help="list every false alarm, flagged slip and missed slip")
    parser.add_argument("--json", metavar="FILE", help="also write the tallies as JSON")
    args = parser.parse_args()
    folder = Path(args.folder)
    paths = sorted(folder.glob(args.glob))
    if not paths:
        print(f"no articles matching {args.glob} in {folder}; skipping")
        return 0
    key = Path(args.slips) if args.slips else folder / "slips.json"
    try:
        slips = load_answer_key(key) if key.exists() else ()
    except AnswerKeyError as exc:
        print(exc, file=sys.stderr)
        return 2
    reports = list(check_many(read_inputs([str(p) for p in paths])))
    result = score(reports, slips)
    print("\n".join(report_lines(result, {r.id: r.text or "" for r in reports}, args.list)))
    if args.json:
        Path(args.json).write_text(json.dumps({
            "articles": result.articles,
            "false_errors": result.count(Severity.ERROR, False),
            "false_warnings": result.count(Severity.WARNING, False),
            "slips": len(result.scored), "flagged": len(result.flagged),
            "mentions": result.mentions, "bound": result.bound,
            "rules": {rule: dict(c) for rule, c in result.by_rule().items()},
        }, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
