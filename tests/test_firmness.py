"""An error only when every figure it rests on was read firmly; a guessed reading gives a warning that says so."""
from decimal import Decimal

from verifier import check
from verifier.wording import assumptions, looseness
from verifier.facts import Move, Subject
from verifier.numbers import Quantity
from verifier.spans import Span
from verifier.checking import default_ruleset


def _by_rule(text: str, rule: str):
    return [f for f in check(text, "2026-03-04").findings if f.rule == rule]


def test_an_anaphor_with_one_candidate_next_door_is_a_firm_subject():
    text = ("The Sensex finished higher on Wednesday, helped by bank shares. "
            "The index fell 210.40 points or 0.29 percent to end at 72,418.60.")
    (finding,) = _by_rule(text, "direction-conflict")
    assert finding.severity == "error"
    assert finding.assumptions == ()


def test_an_anaphor_with_two_indexes_named_before_it_is_a_guess_and_a_warning():
    text = ("The Sensex finished higher on Wednesday and the Nifty 50 gained too. "
            "The index fell 210.40 points or 0.29 percent to end at 72,418.60.")
    (finding,) = _by_rule(text, "direction-conflict")
    assert finding.severity == "warning"
    assert "'The index' read as Nifty 50" in finding.message
    assert finding.assumptions == ("the subject was not named in its clause ('The index' read as Nifty 50)",)


def test_an_anaphor_two_sentences_from_its_antecedent_is_a_guess():
    text = ("The Sensex finished higher on Wednesday. Traders said banks led the way. "
            "The index fell 210.40 points or 0.29 percent to end at 72,418.60.")
    (finding,) = _by_rule(text, "direction-conflict")
    assert finding.severity == "warning"


def _move(**loose) -> Move:
    span = Span(start=0, end=10, line=1, column=1, text="x" * 10)

    def q(value: str, unit: str = "") -> Quantity:
        return Quantity(value=Decimal(value), decimals=2, unit=unit, span=span)

    return Move(id="f1", span=span, subject=Subject(text="Nikkei 225", entity="nikkei-225", type="index"), verb="rose",
                direction=1, change=q("212.48", "points"), percent=q("1.82", "percent"), level=q("16823.51"), loose=loose)


def test_a_loose_figure_lowers_only_the_rules_that_read_it():
    from verifier.binding import Binding, bind_fact

    rules = default_ruleset()
    fact = _move(level="the level was read from position, not a cue")
    names, quantities = bind_fact(fact)
    binding = Binding((fact,), names, quantities)
    assert assumptions(rules["change-percent-mismatch"], binding) == ("the level was read from position, not a cue",)
    assert assumptions(rules["range-high-below-low"], binding) == ()


def test_a_subject_found_through_the_paragraph_is_loose_for_the_fact():
    fact = _move().model_copy(update={"subject": Subject(text="the index", entity="nikkei-225", type="index",
                                                         inferred="'the index' read as Nikkei 225")})
    assert looseness(fact) == {"subject": "the subject was not named in its clause ('the index' read as Nikkei 225)"}
