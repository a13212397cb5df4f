"""Scoring against an answer key: a finding on a slip's figures is a catch, any other is a false alarm."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from verifier import check
from verifier.answerkey import AnswerKeyError, Slip, load_answer_key, score
from verifier.findings import Severity

ROOT = Path(__file__).resolve().parents[1]
WIDE = ROOT.parent / "shared" / "corpus" / "wide"

SLIPPED = ("The Straits Times Index rose 76.40 points or 2.41 percent to finish at 3,303.50.\n\n"
           "The Hang Seng added 212.48 points or 1.28 percent to close at 16,823.51.\n")


def test_a_finding_on_the_slip_flags_it_and_no_alarm_is_false():
    report = check(SLIPPED, id="a.txt")
    result = score([report], [Slip(file="a.txt", texts=("2.41 percent",))])
    assert result.flagged == (0,)
    assert result.count(Severity.ERROR, True) == 1
    assert result.count(Severity.ERROR, False) == 0


def test_a_finding_away_from_every_slip_is_a_false_alarm():
    report = check(SLIPPED, id="a.txt")
    result = score([report], [Slip(file="a.txt", texts=("16,823.51",))])
    assert result.flagged == ()
    assert result.count(Severity.ERROR, False) == 1
    assert result.per_100(Severity.ERROR) == 100.0


def test_slips_of_articles_outside_the_run_are_not_counted_and_unknown_texts_are_named():
    report = check(SLIPPED, id="a.txt")
    result = score([report], [Slip(file="a.txt", texts=("no such words",)), Slip(file="b.txt", texts=("x",))])
    assert result.scored == (0,)
    assert result.missing == ("a.txt: 'no such words'",)


def test_a_malformed_answer_key_is_one_line_naming_the_file(tmp_path):
    key = tmp_path / "slips.json"
    key.write_text(json.dumps([{"file": "a.txt"}]))
    with pytest.raises(AnswerKeyError, match=r"slips\.json: entry 0\.texts"):
        load_answer_key(key)


def test_the_benchmark_prints_the_scores_of_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text(SLIPPED)
    (tmp_path / "slips.json").write_text(json.dumps([{"file": "a.txt", "texts": ["2.41 percent"], "what": "2.37"}]))
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "real_text.py"), str(tmp_path), "--list"],
                         capture_output=True, text=True, check=True).stdout
    assert "| slips flagged | 1 of 1 (100%) |" in out
    assert "| false errors | 0 (0.0 per 100 articles) |" in out
