"""GitHub workflow commands: escaped properties and data, UTF-16 columns, GitHub's per-level caps."""
from __future__ import annotations

from conftest_reports import build_report, many_findings_report

from verifier.report import github


def test_a_finding_becomes_an_error_command_at_its_suspect_in_utf16_columns() -> None:
    lines = github.render(build_report()).splitlines()
    assert lines[0] == (
        "::error file=wires/tokyo close.txt,line=4,endLine=4,col=73,endColumn=77,"
        "title=change-percent-mismatch%3A Change and percent disagree::"
        '1,138.46 points on a prior close of 55,773.91 is 2.04 percent, not 2.40%0Aexpected: 2.04 for "2.40"'
    )
    assert lines[2].startswith("::warning file=wires/tokyo close.txt,line=8,endLine=8,col=31,endColumn=35,")


def test_input_errors_are_error_commands_on_the_file() -> None:
    assert ("::error file=wires/missing.txt,title=verifier%3A input/not-found::"
            "[input/not-found] wires/missing.txt: no such file") in github.render(build_report()).splitlines()


def test_escaping_follows_githubs_rules() -> None:
    assert github.escape_data("100% done\r\nnext: a,b") == "100%25 done%0D%0Anext: a,b"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert github.command("notice", "m", file="x,y.txt", line=3) == "::notice file=x%2Cy.txt,line=3::m"


def test_at_most_ten_of_each_level_then_one_notice_naming_the_rest() -> None:
    lines = github.render(many_findings_report(errors=12, warnings=3, infos=11)).splitlines()
    levels = [line.split(" ", 1)[0] for line in lines]
    assert levels.count("::error") == 10
    assert levels.count("::warning") == 3
    assert levels.count("::notice") == 10  # nine findings and the overflow notice
    assert lines[-1].startswith("::notice title=verifier%3A more findings::4 more findings not annotated")
    assert "rule-error-8" in lines[-1] and "rule-info-9" in lines[-1]


def test_no_overflow_notice_when_everything_fits() -> None:
    lines = github.render(many_findings_report(errors=10, warnings=10, infos=10)).splitlines()
    assert len(lines) == 30
    assert not any("more findings" in line for line in lines)


def test_step_summary_is_the_full_markdown_report() -> None:
    summary = github.summary_markdown(many_findings_report(errors=12, warnings=0))
    assert summary.startswith("## verifier\n")
    assert summary.count("**error**") == 12
