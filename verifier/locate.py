"""Which figure is wrong: the one whose single correction makes every rule over its fact hold.

errorlocate's principle (Fellegi–Holt: change as few figures as possible) on one fact at a time,
with deducorrect's tie-breaks. A rule that fails offers the figures it could repair (its `suspect`
and its `solve` table) and the value each would need. A figure is a candidate when every failing
rule can repair it; it is a repair when, written at that value and its own precision, no rule over
the fact fails any more (verb and wording rules, which no figure repairs, aside). Among repairs:

1. the figure fewest holding rules confirm: a close that the change and percent agree with is not
   the figure a range contradicts; the range's end is;
2. a correction that a typing slip explains (two digits swapped, the decimal point moved) over one
   merely computed; a one-digit change only picks the value of the figure chosen;
3. the rule's declared suspect, then the fact's field order.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING

from .binding import Binding
from .facts import FactBase
from .findings import Finding
from .judging import EVALUATION_ERRORS, as_written, judge, number
from .numbers import SCALE_FACTORS, Quantity, format_decimal

if TYPE_CHECKING:
    from .firing import Firing
    from .ruleset import Rule

SWAPPED, SHIFTED, ONE_DIGIT, COMPUTED = 0, 1, 2, 3
HOW = {SWAPPED: " (two digits swapped)", SHIFTED: " (decimal point moved)", ONE_DIGIT: " (one digit changed)", COMPUTED: ""}


def blame(firing: Firing, alone: Callable[[FactBase], tuple[Sequence[Rule], Binding]]) -> None:
    """Name, in place, the figure to blame in each binding's findings: first over one fact, then over
    pairs, where each fact's own rules (`alone` binds a fact by itself) weigh the correction."""
    for fired in firing.single:
        try:
            locate(fired.rules, fired.binding, fired.fired)
        except EVALUATION_ERRORS:
            pass  # no figure blamed beyond what each rule declares
    for fired in firing.across:
        try:
            locate_across(fired.binding, fired.fired, alone)
        except EVALUATION_ERRORS:
            pass


def locate(rules: Sequence[Rule], binding: Binding, fired: list[tuple[Rule, Finding]]) -> None:
    """Name, in place in `fired`, the figure whose one correction makes every rule over the fact hold."""
    offers = []
    for rule, _ in fired:
        if rule.solves:
            offers.append(_offer(rule, binding))
    if not offers:
        return
    candidates = [name for name in offers[0] if all(name in offer for offer in offers[1:])]
    unrepaired = {rule.id for rule, _ in fired if not rule.solves}
    failing = {rule.id for rule, _ in fired}
    repairs = []
    for order, name in enumerate(candidates):
        found = _repair(rules, binding, name, [offer[name] for offer in offers], unrepaired)
        if found is not None:
            how, corrected = found
            # A swap or a moved point is a slip few values fit by chance; one digit in seven of any
            # figure fits often, so it names the value, never the figure.
            slip = how in (SWAPPED, SHIFTED)
            repairs.append((_confirmations(rules, binding, name, failing), not slip, order, how, name, corrected))
    if not repairs:
        _unsolved(fired)
        return
    *_, how, name, corrected = min(repairs, key=lambda r: r[:3])
    _blame(fired, binding.quantities[name], corrected, how, unrepaired)


def _unsolved(fired: list[tuple[Rule, Finding]]) -> None:
    """No one correction makes every rule over the fact hold: a rule's own `expected` would break
    another ("22.0 percent" of a consistent move is no slip of "2.20"), so none is offered."""
    for i, (rule, finding) in enumerate(fired):
        if rule.solves and finding.expected is not None:
            fired[i] = (rule, finding.model_copy(update={"expected": None}))


def _offer(rule: Rule, binding: Binding) -> dict[str, Decimal]:
    """The figures this failing rule could repair, each with the value it computes for it."""
    shown = as_written(rule, binding)
    values: dict[str, Decimal] = {}
    for name, expr in rule.solves:
        try:
            value = number(expr(shown))
        except EVALUATION_ERRORS:
            value = None
        if value is not None and name in binding.quantities:
            values.setdefault(name, value)
    return values


def _repair(rules: Sequence[Rule], binding: Binding, name: str, computed: list[Decimal],
            unrepaired: set[str]) -> tuple[int, Quantity] | None:
    """The best correction of one figure that makes every rule hold: a typing slip undone, else a
    value a failing rule computes (one that copies another figure, a range's end, last)."""
    figure = binding.quantities[name]
    for how, variant in _slips(figure):
        # Undoing the slip must land where the other figures pin the value, not just anywhere that
        # passes ("a high of 6,381.37" for 3,681.37 is above the close, but so is any number).
        step = abs(variant.value - figure.value)
        if _holds_all(rules, binding, name, variant, unrepaired) and not any(
                _holds_all(rules, binding, name, q, unrepaired) for q in _nudged(variant, step)):
            return how, variant
    others = {q.magnitude for other, q in binding.quantities.items() if other != name}
    values = sorted(computed, key=lambda v: v in others)
    for value in values:
        corrected = _written(figure, value)
        if corrected is not None and _holds_all(rules, binding, name, corrected, unrepaired):
            return COMPUTED, corrected
    return None


def _slips(figure: Quantity) -> Iterator[tuple[int, Quantity]]:
    """The figure as a typing slip would have changed it, likeliest slips first."""
    text = f"{figure.value:.{figure.decimals}f}"
    digits = [i for i, c in enumerate(text) if c.isdigit()]
    for i, j in zip(digits, digits[1:]):
        if j == i + 1 and text[i] != text[j]:
            yield SWAPPED, _with(figure, Decimal(text[:i] + text[j] + text[i] + text[j + 1:]), figure.decimals)
    if figure.decimals:
        yield SHIFTED, _with(figure, figure.value.scaleb(1), figure.decimals - 1)
    yield SHIFTED, _with(figure, figure.value.scaleb(-1), figure.decimals + 1)
    for i in digits:
        for digit in "0123456789":
            if digit != text[i]:
                yield ONE_DIGIT, _with(figure, Decimal(text[:i] + digit + text[i + 1:]), figure.decimals)


def _with(figure: Quantity, value: Decimal, decimals: int) -> Quantity:
    with localcontext() as context:  # a thirty-digit figure overflows the default 28 digits
        context.prec = max(context.prec, value.adjusted() + decimals + 4)
        value = value.quantize(Decimal(1).scaleb(-decimals))
    return figure.model_copy(update={"value": value, "decimals": decimals})


def _written(figure: Quantity, value: Decimal) -> Quantity | None:
    """A computed value as the figure would be written: its own scale, sign and decimals."""
    try:
        with localcontext() as context:
            context.prec = max(context.prec, value.adjusted() + figure.decimals + 4)
            rounded = (abs(value) / SCALE_FACTORS[figure.scale]).quantize(Decimal(1).scaleb(-figure.decimals))
    except ArithmeticError:
        return None
    return None if rounded == figure.value else figure.model_copy(update={"value": rounded})


def _holds_all(rules: Sequence[Rule], binding: Binding, name: str, corrected: Quantity, unrepaired: set[str]) -> bool:
    return all(rule.id in unrepaired or _verdict(rule, binding, name, corrected) is not False for rule in rules)


def _confirmations(rules: Sequence[Rule], binding: Binding, name: str, failing: set[str]) -> int:
    """How many rules pin this figure and hold as written: each is evidence that it is right.

    A rule pins a figure when it holds as written and fails with the figure half as large again and
    halved: an equation or a range does, even on a percent rounded to one decimal; a one-sided bound
    ("no index moves 20% in a day") does not, whatever it holds.
    """
    figure = binding.quantities[name]
    nudged = _nudged(figure, figure.value / 2)
    count = 0
    for rule in rules:
        if rule.id in failing or not any(solved == name for solved, _ in rule.solves):
            continue
        if judge(rule, binding._replace(namespace=dict(binding.namespace)))[0] is not True:
            continue
        count += all(_verdict(rule, binding, name, q) is False for q in nudged)
    return count


def _nudged(figure: Quantity, step: Decimal) -> tuple[Quantity, Quantity]:
    """The figure moved up and down by `step`: a relation that rejects both pins it."""
    return (figure.model_copy(update={"value": figure.value + step}), figure.model_copy(update={"value": figure.value - step}))


def _verdict(rule: Rule, binding: Binding, name: str, figure: Quantity) -> bool | None:
    trial = Binding(binding.facts, {**binding.namespace, name: figure.interval()}, {**binding.quantities, name: figure})
    return judge(rule, trial)[0]


def _blame(fired: list[tuple[Rule, Finding]], wrong: Quantity, corrected: Quantity, how: int, unrepaired: set[str]) -> None:
    expected = format_decimal(corrected.value, corrected.decimals)
    several = len(fired) - len(unrepaired) > 1
    for i, (rule, finding) in enumerate(fired):
        if rule.id in unrepaired:
            continue
        if not several and finding.suspect == wrong.span and how in (COMPUTED, ONE_DIGIT):
            continue  # the rule's own suspect and its own arithmetic say it all
        message = finding.message.rstrip()
        stop = "" if message.endswith((".", "!", "?")) else "."
        message = f"{message}{stop} Correcting {wrong.span.text} to {expected}{HOW[how]} makes every check of these figures hold."
        fired[i] = (rule, finding.model_copy(update={"suspect": wrong.span, "expected": expected, "message": message}))


def locate_across(binding: Binding, fired: list[tuple[Rule, Finding]],
                  alone: Callable[[FactBase], tuple[Sequence[Rule], Binding]]) -> None:
    """The same, in place, for rules over two facts: each figure such a rule could repair is weighed
    with the rules over its own fact. A correction must not break a rule of that fact that holds;
    one that also mends a failing one is best ("finished at 2,736.94" against a close the change
    and percent confirm blames the restatement; a close that breaks its own percent too, the close),
    then the figure its own rules pin least ("ending at session highs" against a close its change
    and percent confirm blames the high), then a typing slip, then the declared suspect."""
    for i, (rule, finding) in enumerate(fired):
        if not rule.solves:
            continue
        offer = _offer(rule, binding)
        repairs = []
        for order, (name, value) in enumerate(offer.items()):
            alias, _, field = name.rpartition(".")
            fact = binding.facts[[a for a, _ in rule.bindings].index(alias)]
            own_rules, own = alone(fact)
            failing = {r.id for r in own_rules if judge(r, own._replace(namespace=dict(own.namespace)))[0] is False}
            figure = binding.quantities[name]
            # a one-digit change fits too many values to stand for a slip across two facts
            slips = [(how, q) for how, q in _slips(figure) if how != ONE_DIGIT]
            for how, corrected in [*slips, (COMPUTED, _written(figure, value))]:
                if corrected is None or _verdict(rule, binding, name, corrected) is False:
                    continue
                verdicts = {r.id: _verdict(r, own, field, corrected) for r in own_rules}
                if any(verdicts[r.id] is False for r in own_rules if r.id not in failing):
                    continue
                mended = sum(verdicts[r] is not False for r in failing)
                slip = how in (SWAPPED, SHIFTED) and all(
                    _verdict(rule, binding, name, q) is False for q in _nudged(corrected, abs(corrected.value - figure.value)))
                if how != COMPUTED and not slip:
                    continue  # a slip counts only where the rule pins the value it lands on
                repairs.append((-mended, _confirmations(own_rules, own, field, failing), not slip, order, how, name, corrected))
                break
        if not repairs:
            continue
        *_, how, name, corrected = min(repairs, key=lambda r: r[:4])
        single = [(rule, finding)]
        _blame(single, binding.quantities[name], corrected, how, set())  # leaves a computed repair of its own suspect as it is
        fired[i] = single[0]
