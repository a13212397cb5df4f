"""A bug met on one document loses neither the run nor the document: it is listed with an internal-error
entry, the other documents are checked and reported, and the run exits 4."""
from __future__ import annotations

import json

import pytest

from verifier import checking
from verifier.cli import main


@pytest.fixture
def breaks_on_marker(monkeypatch):
    real = checking.check_document

    def check_document(document, ruleset=None, lexicon=None):
        if "BREAK-HERE" in document.text:
            raise ZeroDivisionError("planted")
        return real(document, ruleset, lexicon)

    monkeypatch.setattr(checking, "check_document", check_document)


def test_a_bug_on_one_document_is_its_internal_error_and_the_others_are_checked(tmp_path, capsys, breaks_on_marker):
    (tmp_path / "a.txt").write_text("The Kospi rose 21.40 points or 0.85 percent to 2,540.10.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("BREAK-HERE The Nikkei fell 1 percent.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("The Hang Seng rose 212.48 points or 1.82 percent to close at 16,823.51.\n", encoding="utf-8")
    status = main(["check", str(tmp_path), "--no-config", "-f", "json"])
    report = json.loads(capsys.readouterr().out)
    by_id = {d["id"].rsplit("/", 1)[-1]: d for d in report["documents"]}
    assert status == 4
    assert sorted(by_id) == ["a.txt", "b.txt", "c.txt"]
    assert [e["code"] for e in by_id["b.txt"]["errors"]] == ["internal-error"]
    assert "ZeroDivisionError" in by_id["b.txt"]["errors"][0]["message"]
    assert [f["rule"] for f in by_id["c.txt"]["findings"]] == ["change-percent-mismatch"]


def test_the_library_call_reports_the_bug_instead_of_raising(breaks_on_marker):
    report = checking.check("BREAK-HERE The Nikkei fell 1 percent.")
    assert [e.code for e in report.errors] == ["internal-error"] and report.findings == ()
