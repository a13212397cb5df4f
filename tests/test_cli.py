"""The command line: exit codes, one-line errors, several outputs from one run."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from verifier.cli import ExitStatus, main

CLEAN = (
    "date: 2026-03-04\n\nSEOUL - The KOSPI climbed 41.37 points or 1.52 percent to finish at 2,763.94 "
    "after trading between 2,731.08 and 2,770.55.\n"
)
SLIP = CLEAN.replace("1.52 percent", "1.25 percent")
ROOT = Path(__file__).resolve().parents[1]
# Subprocesses run in a temporary folder: make the package importable there, installed or not.
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


@pytest.fixture
def articles(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no stray config file from the repo
    (tmp_path / "clean.txt").write_text(CLEAN)
    (tmp_path / "slip.txt").write_text(SLIP)
    return tmp_path


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_clean_article_exits_zero(articles, capsys):
    code, out, _ = run(["check", "clean.txt"], capsys)
    assert code == ExitStatus.CLEAN


def test_an_error_finding_exits_one_and_names_path_line_column(articles, capsys):
    code, out, _ = run(["check", "slip.txt"], capsys)
    assert code == ExitStatus.FINDINGS
    assert "slip.txt:3:" in out and "error[change-percent-mismatch]" in out


def test_fail_on_never_reports_but_passes(articles, capsys):
    code, out, _ = run(["check", "slip.txt", "--fail-on", "never"], capsys)
    assert code == ExitStatus.CLEAN and "change-percent-mismatch" in out


def test_ignoring_the_rule_silences_it(articles, capsys):
    code, _, _ = run(["check", "slip.txt", "--ignore", "change-percent-mismatch"], capsys)
    assert code == ExitStatus.CLEAN


def test_a_missing_file_is_one_line_and_exit_two_while_others_are_checked(articles, capsys):
    code, out, err = run(["check", "slip.txt", "missing.txt", "-f", "json"], capsys)
    assert code == ExitStatus.USAGE_OR_INPUT
    report = json.loads(out)
    assert [d["id"] for d in report["documents"]] == ["slip.txt", "missing.txt"]
    assert report["documents"][0]["findings"]
    assert err.strip() == "verifier: missing.txt: no such file or directory"


def test_several_formats_from_one_run(articles, capsys):
    code, out, _ = run(["check", "slip.txt", "-f", "json:out/r.json", "-f", "markdown:out/r.md", "-f", "text"], capsys)
    assert code == ExitStatus.FINDINGS
    assert json.loads((articles / "out" / "r.json").read_text())["summary"]["findings"]["error"] == 1
    assert "change-percent-mismatch" in (articles / "out" / "r.md").read_text()
    assert "change-percent-mismatch" in out


def test_two_formats_to_stdout_is_a_usage_error(articles, capsys):
    code, _, err = run(["check", "slip.txt", "-f", "json", "-f", "text"], capsys)
    assert code == ExitStatus.USAGE_OR_INPUT and err.count("\n") == 1


def test_a_malformed_rule_file_exits_three_with_one_line(articles, capsys):
    rules = articles / "rules"
    rules.mkdir()
    (rules / "bad.toml").write_text('pack = "x"\n[[rule]]\nid = "bad-rule"\ntitle = "t"\nseverity = "error"\nkind = "move"\nrequires = ["level"]\ncheck = "level <= hihg"\nmessage = "m"\nexplain = "e"\n')
    code, _, err = run(["check", "clean.txt", "--rules", str(rules)], capsys)
    assert code == ExitStatus.CONFIG
    assert err.count("\n") == 1 and "bad.toml" in err and "bad-rule" in err and "hihg" in err


def test_rules_lists_ids_severities_and_titles(articles, capsys):
    code, out, _ = run(["rules"], capsys)
    assert code == ExitStatus.CLEAN
    assert any(line.split()[:2] == ["close-outside-range", "error"] for line in out.splitlines())


def test_explain_shows_the_explain_text_and_examples(articles, capsys):
    code, out, _ = run(["explain", "close-outside-range"], capsys)
    assert code == ExitStatus.CLEAN and "fails:" in out and "passes:" in out


def test_explain_of_an_unknown_rule_is_a_usage_error(articles, capsys):
    code, _, err = run(["explain", "no-such-rule"], capsys)
    assert code == ExitStatus.USAGE_OR_INPUT and "no-such-rule" in err


def test_extract_prints_the_facts_as_json(articles, capsys):
    code, out, _ = run(["extract", "clean.txt", "-f", "json"], capsys)
    facts = json.loads(out)["documents"][0]["facts"]
    move = next(f for f in facts if f["kind"] == "move")
    assert move["level"]["span"]["text"] == "2,763.94"


def test_a_baseline_accepts_todays_findings_and_fails_on_new_ones(articles, capsys):
    code, _, _ = run(["baseline", "slip.txt", "-o", "base.json"], capsys)
    assert code == ExitStatus.CLEAN
    code, _, _ = run(["check", "slip.txt", "--baseline", "base.json"], capsys)
    assert code == ExitStatus.CLEAN
    (articles / "slip.txt").write_text(SLIP.replace("2,770.55", "2,750.55"))
    code, _, _ = run(["check", "slip.txt", "--baseline", "base.json"], capsys)
    assert code == ExitStatus.FINDINGS


def test_an_acknowledgement_needs_a_reason(articles, capsys):
    (articles / "ack.txt").write_text("verifier-ignore: change-percent-mismatch -- corrected in print\n" + SLIP)
    (articles / "bad-ack.txt").write_text("verifier-ignore: change-percent-mismatch\n" + SLIP)
    (articles / "unused-ack.txt").write_text("verifier-ignore: close-outside-range -- range from the exchange\n" + CLEAN)
    code, out, _ = run(["check", "ack.txt", "bad-ack.txt", "unused-ack.txt", "-f", "json"], capsys)
    docs = {d["id"]: [f["rule"] for f in d["findings"]] for d in json.loads(out)["documents"]}
    assert docs["ack.txt"] == []
    assert sorted(docs["bad-ack.txt"]) == ["acknowledgement-malformed", "change-percent-mismatch"]
    assert docs["unused-ack.txt"] == ["acknowledgement-unused"]


def test_stdin_is_checked_with_a_date_option(articles):
    result = subprocess.run([sys.executable, "-m", "verifier.cli", "check", "-", "--date", "2026-03-04"],
                            input=SLIP.split("\n\n", 1)[1], capture_output=True, text=True, cwd=articles, env=ENV)
    assert result.returncode == 1 and "-:1:" in result.stdout


def test_no_input_error_ever_shows_a_traceback(articles):
    (articles / "latin1.txt").write_bytes("Z\xfcrich".encode("latin-1"))
    result = subprocess.run([sys.executable, "-m", "verifier.cli", "check", "latin1.txt", "missing", "-f", "json"],
                            capture_output=True, text=True, cwd=articles, env=ENV)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "verifier: latin1.txt:1:2: not UTF-8 (byte 0xfc at offset 1)",
        "verifier: missing: no such file or directory",
    ]


def test_a_bad_date_option_is_a_usage_error(articles, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["check", "clean.txt", "--date", "26/02/2026"])
    assert caught.value.code == 2


def test_demo_writes_every_report(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["demo", "--output-dir", "out"], capsys)
    assert code == 0
    assert {p.name for p in Path("out").iterdir()} >= {"demo.json", "demo.md", "demo.html", "demo.sarif", "demo.junit.xml"}
    assert "change-percent-mismatch" in out


def test_github_annotations_also_fill_the_step_summary(articles, capsys, monkeypatch):
    summary = articles / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = run(["check", "slip.txt", "-f", "github"], capsys)
    assert code == ExitStatus.FINDINGS
    assert out.startswith("::error file=slip.txt,line=3,")
    assert "change-percent-mismatch" in summary.read_text()
