"""The evaluator over hand-built facts: the cases of issue 2, rounding, cross-fact rules, properties."""
from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verifier.evaluate import evaluate
from verifier.facts import DateRef, Move, State, Subject
from verifier.findings import Finding
from verifier.numbers import Qualifier, Quantity, Scale, format_decimal, parse_decimal
from verifier.ruleset import RuleSet, load_ruleset
from verifier.spans import LineIndex

RULES = load_ruleset()
KOSPI = ("SEOUL - The KOSPI climbed 41.37 points or {pct} percent to finish at 2,763.94 after trading "
         "between 2,731.08 and {high}.")
CRUDE = " West Texas Intermediate crude for March delivery added $0.87 or {crude} percent to $75.91 a barrel."


NUMBER = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def quantity(index: LineIndex, start: int, written: str, unit: str) -> Quantity:
    """A figure as extraction writes it: the span covers "$0.87", "41.37 points", "1.52 percent"."""
    value, decimals = parse_decimal(NUMBER.search(written).group())
    return Quantity(value=value, decimals=decimals, unit=unit, span=index.span(start, start + len(written)))


def build_move(text: str, fid: str, subject: str, direction: int, figures: list[tuple[str, str, str]],
               after: int = 0, **extra: object) -> Move:
    """A Move whose figures are found in `text` in the order given, from offset `after`."""
    index = LineIndex(text)
    fields: dict[str, object] = {}
    cursor = after
    for name, written, unit in figures:
        start = text.index(written, cursor)
        fields[name] = quantity(index, start, written, unit)
        cursor = start + len(written)
    return Move(id=fid, span=index.span(after, cursor), subject=Subject(text=subject, name=subject),
                direction=direction, **fields, **extra)


def article(pct: str = "1.52", high: str = "2,770.55", crude: str = "1.2") -> tuple[str, list[Move]]:
    text = KOSPI.format(pct=pct, high=high) + CRUDE.format(crude=crude)
    kospi = build_move(text, "f1", "KOSPI", 1, [
        ("change", "41.37 points", "points"), ("percent", f"{pct} percent", "percent"), ("level", "2,763.94", "points"),
        ("low", "2,731.08", "points"), ("high", high, "points")])
    wti = build_move(text, "f2", "West Texas Intermediate", 1, [
        ("change", "$0.87", "USD"), ("percent", f"{crude} percent", "percent"), ("level", "$75.91", "USD")],
        after=text.index("West Texas"))
    return text, [kospi, wti]


def run(facts: list, ruleset: RuleSet = RULES) -> list[Finding]:
    return evaluate(facts, ruleset, document_id="test").findings


def only(findings: list[Finding]) -> Finding:
    assert len(findings) == 1, [(f.rule, f.message) for f in findings]
    return findings[0]


def test_consistent_kospi_and_crude_moves_give_no_finding() -> None:
    _, facts = article()
    assert run(facts) == []


def test_percent_written_1_25_is_a_mismatch_on_that_figure() -> None:
    _, facts = article(pct="1.25")
    finding = only(run(facts))
    assert finding.rule == "change-percent-mismatch"
    assert finding.suspect is not None and finding.suspect.text == "1.25 percent"
    assert finding.message == ("41.37 points on a prior close of 2,722.57 is 1.52 percent, not 1.25 percent, even allowing a unit in its last place or the new close as base. "
                               "Correcting 1.25 percent to 1.52 (two digits swapped) makes every check of these figures hold.")
    assert finding.expected == "1.52"
    assert [s.text for s in finding.spans] == ["41.37 points", "1.25 percent", "2,763.94"]
    assert finding.facts == ("f1",)


def test_percent_of_the_new_close_is_a_warning_that_names_the_base() -> None:
    _, facts = article(pct="1.50")
    finding = only(run(facts))
    assert (finding.rule, finding.severity) == ("change-percent-imprecise", "warning")
    assert finding.suspect.text == "1.50 percent"
    assert "1.50 percent is the change divided by the new close 2,763.94, not by the prior close." in finding.message


def test_close_above_the_intraday_high_is_an_error() -> None:
    _, facts = article(high="2,758.20")
    finding = only(run(facts))
    assert finding.rule == "close-outside-range"
    assert finding.severity == "error"
    # the change and percent pin the close, so the range's end is the figure to correct
    assert finding.suspect.text == "2,758.20"
    assert finding.expected == "2,763.94"
    assert [s.text for s in finding.spans] == ["2,763.94", "2,731.08", "2,758.20"]
    assert finding.message == ("KOSPI closed at 2,763.94, outside its intraday range 2,731.08 to 2,758.20, whichever end is the high. "
                               "Correcting 2,758.20 to 2,763.94 makes every check of these figures hold.")


def test_crude_percent_written_12_is_a_mismatch_on_12() -> None:
    _, facts = article(crude="12")
    finding = only(run(facts))
    assert finding.rule == "change-percent-mismatch"
    assert finding.suspect.text == "12 percent"
    assert finding.expected == "1.2"  # the decimal point put back, not the implied 1.16 rounded to "1"
    assert finding.message == ("$0.87 on a prior close of 75.04 is 1.16 percent, not 12 percent, even allowing a unit in its last place or the new close as base. "
                               "Correcting 12 percent to 1.2 (decimal point moved) makes every check of these figures hold.")


def simple_move(change: str, pct: str, level: str, direction: int = 1, change_unit: str = "points") -> Move:
    text = f"The index moved {change} points or {pct} percent to {level}."
    return build_move(text, "f1", "the index", direction, [
        ("change", f"{change} points", change_unit), ("percent", f"{pct} percent", "percent"),
        ("level", level, "points")])


@pytest.mark.parametrize(("change", "pct", "level"), [
    ("66.05", "2.20", "3,066.05"),  # computed 2.2017
    ("22.96", "0.2", "10,022.96"),  # computed 0.2296
    ("22.96", "0.23", "10,022.96"),
])
def test_rounded_percent_never_fires(change: str, pct: str, level: str) -> None:
    assert run([simple_move(change, pct, level)]) == []


def test_a_fall_uses_the_higher_prior_close() -> None:
    assert run([simple_move("41.37", "1.50", "2,722.57", direction=-1)]) == []
    finding = only(run([simple_move("41.37", "1.52", "2,722.57", direction=-1)]))
    assert "prior close of 2,763.94 is 1.50 percent" in finding.message


def test_unchanged_or_unknown_direction_needs_no_sign() -> None:
    assert run([simple_move("0.00", "0.00", "2,722.57", direction=0)]) == []
    assert run([simple_move("41.37", "1.50", "2,722.57", direction=0)]) == []
    assert run([simple_move("41.37", "1.52", "2,763.94", direction=0)]) == []
    assert only(run([simple_move("41.37", "1.25", "2,763.94", direction=0)])).rule == "change-percent-mismatch"


def test_a_change_in_basis_points_is_not_a_percent_of_the_level() -> None:
    assert run([simple_move("4", "9", "4.25", change_unit="basis_points")]) == []


def test_a_rule_with_missing_inputs_does_not_apply_and_checks_nothing() -> None:
    text = "The index rose 41.37 points to 2,763.94."
    move = build_move(text, "f1", "the index", 1, [("change", "41.37", "points"), ("level", "2,763.94", "points")])
    evaluation = evaluate([move], RULES, document_id="t")
    assert evaluation.findings == [] and evaluation.checked == set()


def test_checked_holds_every_figure_a_rule_examined() -> None:
    text, facts = article()
    checked = evaluate(facts, RULES, document_id="t").checked
    assert sorted(text[s:e] for s, e in checked) == sorted(
        ["41.37 points", "1.52 percent", "2,763.94", "2,731.08", "2,770.55", "$0.87", "1.2 percent", "$75.91"])


def test_findings_come_in_text_order_with_stable_fingerprints() -> None:
    _, facts = article(pct="1.25", high="2,758.20", crude="12")
    findings = run(facts)
    assert [f.rule for f in findings] == ["change-percent-mismatch", "close-outside-range", "change-percent-mismatch"]
    assert [f.fingerprint for f in findings] == [f.fingerprint for f in run(facts)]
    assert len({f.fingerprint for f in findings}) == 3


def test_reversed_range_names_the_high_as_suspect() -> None:
    text = "The index closed at 7,612.40 after moving between a low of 7,655.10 and a high of 7,590.25."
    move = build_move(text, "f1", "the index", 0, [
        ("level", "7,612.40", "points"), ("low", "7,655.10", "points"), ("high", "7,590.25", "points")])
    reversed_range = [f for f in run([move]) if f.rule == "range-high-below-low"]
    assert only(reversed_range).suspect.text == "7,590.25"


def test_expected_value_is_written_at_the_suspect_scale() -> None:
    text = "Sales rose 1.1 billion or 40 percent to 3.2 billion."
    index = LineIndex(text)

    def billions(written: str, unit: str = "USD") -> Quantity:
        start = text.index(written)
        value, decimals = parse_decimal(written)
        scale = Scale.BILLION if unit == "USD" else Scale.ONE
        return Quantity(value=value, decimals=decimals, unit=unit, scale=scale, span=index.span(start, start + len(written)))

    move = Move(id="f1", span=index.span(0, len(text)), subject=Subject(text="Sales"), direction=1,
                change=billions("1.1"), percent=billions("40", "percent"), level=billions("3.2"))
    assert only(run([move])).expected == "52"


def prior_move(text: str, direction: int, subject_type: str = "index", unit: str = "") -> Move:
    """A move stated with its change, new level and prior level: "rose 14.93 points to X from Y"."""
    figures = NUMBER.finditer(text)
    change, level, prior = (m.group() for m in figures)
    change_unit = "cents" if " cents" in text else (unit or "points")
    move = build_move(text, "f1", "the subject", direction, [
        ("change", change, change_unit), ("level", level, unit), ("prior", prior, unit)])
    return move.model_copy(update={"subject": Subject(text="the subject", type=subject_type), "verb": "fell"})


def test_change_that_is_not_the_difference_of_the_levels_is_an_error() -> None:
    finding = only(run([prior_move("The index rose 14.39 points to 3,862.64 from 3,847.71.", 1)]))
    assert finding.rule == "change-prior-mismatch"
    assert finding.suspect.text == "14.39"
    assert finding.expected == "14.93"
    assert run([prior_move("The index rose 14.93 points to 3,862.64 from 3,847.71.", 1)]) == []


def test_a_change_in_cents_is_compared_with_a_price_in_dollars() -> None:
    assert run([prior_move("The stock rose 29 cents to $9.30 from $9.01.", 1, "stock", "USD")]) == []
    finding = only(run([prior_move("The stock rose 39 cents to $9.30 from $9.01.", 1, "stock", "USD")]))
    assert finding.rule == "change-prior-mismatch" and finding.expected == "29"


def test_a_fall_to_a_higher_level_contradicts_the_verb() -> None:
    finding = only(run([prior_move("The index fell 14.93 points to 3,862.64 from 3,847.71.", -1)]))
    assert finding.rule == "direction-level-mismatch"
    assert finding.message == "the subject went from 3,847.71 to 3,862.64, the opposite of 'fell'"


def test_a_currency_quoted_per_dollar_may_ease_as_its_number_rises() -> None:
    assert run([prior_move("The yen eased 0.45 to 150.25 per dollar from 149.80.", -1, "currency", "JPY")]) == []


CROSS = '''
[[rule]]
id = "direction-conflict"
title = "Two statements about one session disagree on direction"
severity = "error"
kind = ["state", "move"]
join = "state.entity == move.entity"
requires = ["move.change"]
check = "state.direction == 0 or move.direction == 0 or state.direction == move.direction"
message = "{state.subject} is said to finish {state.claim} but {move.verb} {move.change}"
suspect = "move.change"

[[rule]]
id = "duplicate-level-conflict"
title = "One close stated twice with different values"
severity = "warning"
kind = ["move", "move"]
join = "a.entity == b.entity"
requires = ["a.level", "b.level"]
check = "a.level == b.level"
message = "{a.subject} closed at {a.level} and at {b.level}"
expected = "a.level"
suspect = "b.level"
'''


@pytest.fixture
def cross_rules(tmp_path: Path) -> RuleSet:
    (tmp_path / "cross.toml").write_text(CROSS, "utf-8")
    return load_ruleset([tmp_path], include_builtin=False)


def kospi_move(text: str, fid: str, level: str, direction: int = 1, after: int = 0) -> Move:
    move = build_move(text, fid, "KOSPI", direction, [("change", "41.37", "points"), ("level", level, "points")],
                      after=after, verb="climbed")
    return move.model_copy(update={"subject": Subject(text="KOSPI", name="KOSPI", entity="kospi", type="index")})


def test_direction_conflict_pairs_a_state_with_a_move_of_the_same_entity(cross_rules: RuleSet) -> None:
    text = "The KOSPI finished sharply lower. It climbed 41.37 points to 2,763.94."
    index = LineIndex(text)
    state = State(id="s1", span=index.span(0, 32), subject=Subject(text="The KOSPI", name="KOSPI", entity="kospi"),
                  claim="lower", direction=-1)
    other = State(id="s2", span=index.span(0, 32), subject=Subject(text="Nikkei", name="Nikkei", entity="nikkei"),
                  claim="lower", direction=-1)
    move = kospi_move(text, "m1", "2,763.94", after=33)
    finding = only(evaluate([state, other, move], cross_rules, document_id="t").findings)
    assert finding.rule == "direction-conflict"
    assert finding.facts == ("s1", "m1")
    assert finding.message == "KOSPI is said to finish lower but climbed 41.37"
    assert finding.suspect.text == "41.37"


def test_same_kind_pairs_are_bound_once_each(cross_rules: RuleSet) -> None:
    text = "KOSPI climbed 41.37 points to 2,763.94. KOSPI climbed 41.37 points to 2,736.94."
    first = kospi_move(text, "m1", "2,763.94")
    second = kospi_move(text, "m2", "2,736.94", after=40)
    finding = only(evaluate([first, second], cross_rules, document_id="t").findings)
    assert finding.rule == "duplicate-level-conflict"
    assert finding.facts == ("m1", "m2")
    assert finding.severity == "warning"
    assert finding.expected == "2,763.94"
    assert [s.text for s in finding.spans] == ["2,763.94", "2,736.94"]


USER_RULES = '''
[[rule]]
id = "ratio-above-one"
title = "A ratio that cannot be computed for unbounded figures"
severity = "info"
kind = "move"
requires = ["change", "level"]
let.ratio = "change / level"
check = "ratio < 1"
message = "{change} against {level}"

[[rule]]
id = "session-after-publication"
title = "A session dated after the article"
severity = "warning"
kind = "date_ref"
requires = ["resolved"]
check = "resolved <= article_date"
message = "the session falls after the article's date {article_date}"
'''


@pytest.fixture
def user_rules(tmp_path: Path) -> RuleSet:
    (tmp_path / "user.toml").write_text(USER_RULES, "utf-8")
    return load_ruleset([tmp_path], include_builtin=False)


def test_a_rule_that_cannot_be_evaluated_does_not_apply(user_rules: RuleSet) -> None:
    text = "The index rose more than 1,600 points to more than 1,650."
    move = build_move(text, "f1", "the index", 1, [("change", "1,600", "points"), ("level", "1,650", "points")])
    unbounded = {name: getattr(move, name).model_copy(update={"qualifier": Qualifier.MORE_THAN})
                 for name in ("change", "level")}
    evaluation = evaluate([move.model_copy(update=unbounded)], user_rules, document_id="t")
    assert evaluation.findings == [] and evaluation.checked == set()


def test_article_date_is_a_name_rules_may_read(user_rules: RuleSet) -> None:
    text = "on Friday"
    ref = DateRef(id="d1", span=LineIndex(text).span(3, 9), weekday=4, resolved=dt.date(2026, 2, 27))
    assert evaluate([ref], user_rules, document_id="t").findings == []
    assert evaluate([ref], user_rules, document_id="t", document_date=dt.date(2026, 2, 28)).findings == []
    late = only(evaluate([ref], user_rules, document_id="t", document_date=dt.date(2026, 2, 26)).findings)
    assert late.rule == "session-after-publication"
    assert late.message == "the session falls after the article's date 2026-02-26"
    assert late.facts == ("d1",) and late.spans == ()


def test_facts_of_unknown_entities_are_never_paired(cross_rules: RuleSet) -> None:
    text = "It climbed 41.37 points to 2,763.94. It climbed 41.37 points to 2,736.94."
    first = build_move(text, "m1", "it", 1, [("change", "41.37", "points"), ("level", "2,763.94", "")])
    second = build_move(text, "m2", "it", 1, [("change", "41.37", "points"), ("level", "2,736.94", "")], after=37)
    assert evaluate([first, second], cross_rules, document_id="t").findings == []


def test_a_figure_with_a_format_renders_its_value_at_that_precision(tmp_path: Path) -> None:
    rule = CROSS.split("[[rule]]")[2].replace("{a.level} and at {b.level}", "{a.level:.1f} and at {b.level:.0f}")
    (tmp_path / "fmt.toml").write_text("[[rule]]" + rule, "utf-8")
    text = "KOSPI climbed 41.37 points to 2,763.94. KOSPI climbed 41.37 points to 2,736.94."
    moves = [kospi_move(text, "m1", "2,763.94"), kospi_move(text, "m2", "2,736.94", after=40)]
    finding = only(evaluate(moves, load_ruleset([tmp_path], include_builtin=False), document_id="t").findings)
    assert finding.message.startswith("KOSPI closed at 2,763.9 and at 2,737.")


# --- properties -------------------------------------------------------------------------------

def rounded(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def sentence_move(prior: Decimal, change: Decimal, direction: int, places: int, percent: Decimal,
                  pct_places: int) -> Move:
    level = prior + direction * change
    written = [format_decimal(change, places), format_decimal(percent, pct_places), format_decimal(level, places)]
    return simple_move(*written, direction=direction)


@given(units=st.integers(100, 10**8), places=st.integers(0, 3), share=st.fractions(0, Decimal("0.5")),
       direction=st.sampled_from([1, -1]), pct_places=st.integers(0, 3))
def test_correctly_rounded_percent_never_fires(units, places, share, direction, pct_places) -> None:
    prior = Decimal(units).scaleb(-places)
    change = rounded(prior * Decimal(share.numerator) / Decimal(share.denominator), places)
    true_percent = change * 100 / prior
    move = sentence_move(prior, change, direction, places, rounded(true_percent, pct_places), pct_places)
    assert run([move]) == []


@given(units=st.integers(100_000, 10_000_000), share=st.fractions(Decimal("0.001"), Decimal("0.1")),
       direction=st.sampled_from([1, -1]), pct_places=st.integers(1, 2), off=st.integers(2, 40),
       up=st.booleans())
def test_percent_off_by_more_than_one_unit_always_fires_and_by_three_is_an_error(units, share, direction, pct_places, off, up) -> None:
    prior = Decimal(units).scaleb(-2)  # 1,000.00 and above: the implied percent is known to < 0.001
    change = rounded(prior * Decimal(share.numerator) / Decimal(share.denominator), 2)
    correct = rounded(change * 100 / prior, pct_places)
    unit = Decimal(1).scaleb(-pct_places)
    wrong = correct + off * unit if up or correct - off * unit < 0 else correct - off * unit
    finding = only(run([sentence_move(prior, change, direction, 2, wrong, pct_places)]))
    on_new_close = rounded(change * 100 / (prior + direction * change), pct_places) == wrong
    if on_new_close:  # a plausible reading (the wrong base) agrees: a warning that names it
        assert (finding.rule, finding.severity) == ("change-percent-imprecise", "warning")
        assert "divided by the new close" in finding.message
        return
    if off == 2 and finding.rule == "change-percent-imprecise":
        # two units off the rounded percent can be a unit and a half off the exact one: a warning
        assert finding.severity == "warning" and "neither rounds nor truncates" in finding.message
        return
    assert (finding.rule, finding.severity) == ("change-percent-mismatch", "error")
    slip = "(two digits swapped)" in finding.message or "(decimal point moved)" in finding.message
    if finding.suspect.text == f"{format_decimal(wrong, pct_places)} percent" and not slip:
        assert finding.expected == format_decimal(change * 100 / prior, pct_places)
    else:  # a typing slip undone (in the percent or another figure of the move) explains it as well
        assert slip


ENGINE = '''
[[rule]]
id = "run-contains-day"
title = "A run is at least its day"
severity = "error"
kind = ["move", "move"]
ordered = true
join = "a.entity == b.entity"
requires = ["a.change", "b.change"]
when = "a.period == 'multi_session' and b.period == 'session'"
check = "a.change >= b.change"
message = "run {a.change} below day {b.change}"
suspect = "a.change"

[[rule]]
id = "same-day-only"
title = "Two moves of one day agree"
severity = "error"
kind = ["move", "move"]
join = "a.entity == b.entity"
optional = ["a.session_day", "b.session_day"]
requires = ["a.level", "b.level"]
when = "a.session_day == b.session_day or a.session_day == '' or b.session_day == ''"
check = "a.level == b.level"
message = "{a.level} against {b.level}"

[[rule]]
id = "verb-against-summary"
title = "A summary and a verb disagree"
severity = "error"
kind = ["state", "move"]
join = "state.entity == move.entity and state.line == move.line"
check = "state.direction == move.direction"
message = "{state.subject} both ways"
suspect = "move"
'''


@pytest.fixture
def engine_rules(tmp_path: Path) -> RuleSet:
    (tmp_path / "engine.toml").write_text(ENGINE, "utf-8")
    return load_ruleset([tmp_path], include_builtin=False)


def test_an_ordered_rule_reads_a_pair_of_one_kind_both_ways_round(engine_rules: RuleSet) -> None:
    text = "KOSPI climbed 41.37 points to 2,763.94. Over two sessions it climbed 20.10 points to 2,763.94."
    day = kospi_move(text, "m1", "2,763.94")
    run_ = build_move(text, "m2", "KOSPI", 1, [("change", "20.10", "points")], after=40, period="multi_session")
    run_ = run_.model_copy(update={"subject": day.subject})
    finding = only(evaluate([day, run_], engine_rules.select(["run-contains-day"]), document_id="t").findings)
    assert finding.facts == ("m2", "m1")
    assert finding.suspect.text == "20.10"
    assert finding.message == "run 20.10 below day 41.37"


def test_an_unordered_pair_of_one_kind_fires_once(engine_rules: RuleSet) -> None:
    text = "KOSPI climbed 41.37 points to 2,763.94. KOSPI climbed 41.37 points to 2,736.94."
    first, second = kospi_move(text, "m1", "2,763.94"), kospi_move(text, "m2", "2,736.94", after=40)
    findings = evaluate([first, second], engine_rules.select(["same-day-only"]), document_id="t").findings
    assert [(f.rule, f.facts, f.message) for f in findings] == [("same-day-only", ("m1", "m2"), "2,763.94 against 2,736.94")]


def test_an_optional_text_name_may_be_absent_but_still_tells_days_apart(engine_rules: RuleSet) -> None:
    text = "KOSPI climbed 41.37 points to 2,763.94. KOSPI climbed 41.37 points to 2,736.94."
    rules = engine_rules.select(["same-day-only"])
    first = kospi_move(text, "m1", "2,763.94").model_copy(update={"session_day": "tuesday"})
    second = kospi_move(text, "m2", "2,736.94", after=40)
    assert len(evaluate([first, second], rules, document_id="t").findings) == 1
    other_day = second.model_copy(update={"session_day": "wednesday"})
    assert evaluate([first, other_day], rules, document_id="t").findings == []


def test_a_suspect_fact_marks_its_whole_phrase(engine_rules: RuleSet) -> None:
    text = "The KOSPI finished sharply lower. It climbed 41.37 points to 2,763.94."
    index = LineIndex(text)
    state = State(id="s1", span=index.span(0, 32), subject=Subject(text="The KOSPI", name="KOSPI", entity="kospi"),
                  claim="direction", direction=-1)
    move = kospi_move(text, "m1", "2,763.94", after=text.index("climbed"))
    finding = only(evaluate([state, move], engine_rules.select(["verb-against-summary"]), document_id="t").findings)
    assert finding.suspect.text == "climbed 41.37 points to 2,763.94"
    assert [s.text for s in finding.spans] == ["climbed 41.37 points to 2,763.94"]


def test_statements_on_other_lines_are_not_joined_by_line(engine_rules: RuleSet) -> None:
    text = "The KOSPI finished sharply lower.\nIt climbed 41.37 points to 2,763.94."
    index = LineIndex(text)
    state = State(id="s1", span=index.span(0, 32), subject=Subject(text="The KOSPI", name="KOSPI", entity="kospi"),
                  claim="direction", direction=-1)
    move = kospi_move(text, "m1", "2,763.94", after=text.index("climbed"))
    assert evaluate([state, move], engine_rules.select(["verb-against-summary"]), document_id="t").findings == []


SECTOR_SUMMARY = '''
[[rule]]
id = "sector-summary-conflict"
title = "A sector summed up against most of its named companies"
severity = "warning"
kind = "state"
requires = ["sector"]
let.along = "sector_moves(sector, direction)"
let.against = "sector_moves(sector, -direction)"
when = "claim == 'direction' and direction != 0 and subject_type == 'sector'"
check = "against < 2 or against <= along"
message = "The {sector} sector is summed up one way, but {against:.0f} of its companies named moved the other way."
suspect = "state"
'''


def stock(text: str, fid: str, name: str, sector: str, direction: int) -> Move:
    """A company's session move with its sector, as the lexicon resolves it."""
    start = text.index(name)
    return Move(id=fid, span=LineIndex(text).span(start, start + len(name)), direction=direction,
                subject=Subject(text=name, name=name, type="stock", sector=sector))


def test_a_sector_summary_is_counted_against_the_companies_of_that_sector(tmp_path: Path) -> None:
    (tmp_path / "sector.toml").write_text(SECTOR_SUMMARY, "utf-8")
    rules = load_ruleset([tmp_path], include_builtin=False)
    text = "The financial sector was soft. MUFG rose 1.2 percent, Mizuho rose 0.8 percent and Nomura fell 0.3 percent."
    index = LineIndex(text)
    summary = State(id="s1", span=index.span(0, 29), claim="direction", direction=-1,
                    subject=Subject(text="The financial sector", type="sector", sector="financial"))
    names = [("MUFG", 1), ("Mizuho", 1), ("Nomura", -1)]
    moves = [stock(text, f"m{i}", name, "financial", way) for i, (name, way) in enumerate(names, start=1)]
    finding = only(evaluate([summary, *moves], rules, document_id="t").findings)
    assert finding.message == "The financial sector is summed up one way, but 2 of its companies named moved the other way."
    assert finding.suspect.text == "The financial sector was soft"
    agreeing = [m.model_copy(update={"direction": -1}) for m in moves]
    assert evaluate([summary, *agreeing], rules, document_id="t").findings == []


def test_pairs_are_read_within_a_window_and_never_across_a_megabyte() -> None:
    from verifier import check
    from verifier.pairing import PAIR_WINDOW

    state = "The Nikkei 225 finished sharply higher on Wednesday."
    move = "The Nikkei 225 fell 204.56 points or 0.36 percent to close at 56,912.37."
    near = check(f"{state} {move}", "2026-02-26")
    assert "direction-conflict" in {f.rule for f in near.findings}
    filler = "\n\nMarkets elsewhere were quiet." * (PAIR_WINDOW // 25)
    far = check(f"{state}{filler}\n\n{move}", "2026-02-26")
    assert "direction-conflict" not in {f.rule for f in far.findings}


def test_a_pair_is_built_only_for_rules_whose_one_fact_conditions_both_sides_meet() -> None:
    """Pair rules are filtered on each fact's own conditions and equal join names before pairing."""
    from verifier.checking import default_lexicon, default_ruleset
    from verifier.document import parse_document
    from verifier.pairing import bindings
    from verifier.extract import extract

    ruleset = default_ruleset()
    moves = " ".join(f"Stock{i} rose {i}.10 percent to {i}.50." for i in range(1, 13))
    text = ("The Kospi has gained in three straight sessions, adding 61.20 points over that span. "
            "The Kospi rose 31.25 points or 1.25 percent to 2,531.25. " + moves)
    extraction = extract(parse_document(text, "t"), default_lexicon())
    group = ruleset.by_kind[("move", "move")]
    built = list(bindings(extraction.facts, group, {}, {}, extraction.places))
    assert {rule.id for _, rules in built for rule in rules} >= {"multi-session-inconsistent"}
    # fourteen moves make 91 pairs (182 both ways round); only those of the run and the Kospi's day are built
    assert len(built) <= 4
