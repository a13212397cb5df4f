"""The small safe expression language of rule files: parse, check names and types, compile once.

Python expression syntax, whitelisted: comparisons (chained too, and `in` a tuple of constants),
`+ - * /`, unary minus, `and or not`, `x if c else y`, number/text/bool constants, names, and calls
of registered helpers by bare name; `alias.field` only for the fact aliases of cross-fact rules.
Names, helper arity and types are checked when a rule file is loaded; evaluation is `eval` of a
code object over a builtins-free dict, so a rule costs what hand-written Python costs.
"""
from __future__ import annotations

import ast
import datetime as dt
import marshal
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import CodeType
from typing import Any

from .numbers import HUNDRED, INF, ZERO, Interval, as_interval

TENTH = Decimal("0.1")

# Type tags of the language: a number (Interval, int), text, a truth value, a calendar date.
NUM, STR, BOOL, DATE, ANY = "number", "text", "bool", "date", "any"


class ExprError(Exception):
    """A malformed expression: a message and the 1-based column where it goes wrong."""

    def __init__(self, message: str, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.column = column

    def __str__(self) -> str:
        return f"{self.message} at column {self.column}" if self.column else self.message


# ---------------------------------------------------------------------------------------------
# helpers: interval-aware, so a check written once holds for exact and rounded figures alike

def _unbounded() -> Interval:
    return Interval(-INF, INF, True, True)


def h_abs(x: Any) -> Any:
    """|x|; for an interval straddling zero, [0, the larger magnitude]."""
    if not isinstance(x, Interval):
        return abs(x)
    if x.lo >= 0:
        return x
    if x.hi <= 0:
        return -x
    return Interval(ZERO, max(-x.lo, x.hi), False, x.hi_open if x.hi >= -x.lo else x.lo_open)


def h_min(*xs: Any) -> Any:
    """The smaller; over intervals, the interval of possible minima."""
    if not any(isinstance(x, Interval) for x in xs):
        return min(xs)
    ivs = [as_interval(x) for x in xs]
    return Interval(min(i.lo for i in ivs), min(i.hi for i in ivs))


def h_max(*xs: Any) -> Any:
    """The larger; over intervals, the interval of possible maxima."""
    if not any(isinstance(x, Interval) for x in xs):
        return max(xs)
    ivs = [as_interval(x) for x in xs]
    return Interval(max(i.lo for i in ivs), max(i.hi for i in ivs))


def h_clamp(x: Any, lo: Any, hi: Any) -> Any:
    """x brought inside [lo, hi]: the nearest consistent value, for `expected`."""
    return h_max(lo, h_min(x, hi))


def h_pct_change(change: Any, level: Any) -> Interval:
    """Percent change implied by a signed change and the level it reached: 100 c / (L - c).

    Exact bounds from the corners, since the function is monotonic in each argument while
    neither the level nor the prior level can be zero; unbounded when they can.
    """
    c, lvl = as_interval(change), as_interval(level)
    bounds = (c.lo, c.hi, lvl.lo, lvl.hi)
    if any(b.is_infinite() for b in bounds):
        return _unbounded()
    prior_lo, prior_hi = lvl.lo - c.hi, lvl.hi - c.lo
    if lvl.lo <= 0 <= lvl.hi or prior_lo <= 0 <= prior_hi:
        return _unbounded()
    values = [ci * HUNDRED / (li - ci) for ci in (c.lo, c.hi) for li in (lvl.lo, lvl.hi)]
    return Interval(min(values), max(values))


def h_pct_of(part: Any, whole: Any) -> Interval:
    """part as a percent of whole."""
    return as_interval(part) / whole * HUNDRED


def h_widen(x: Any, factor: Any) -> Any:
    """x's interval stretched about its middle: `widen(percent, 2)` allows one unit in the last place."""
    if not isinstance(x, Interval) or x.lo.is_infinite() or x.hi.is_infinite():
        return x
    mid, f = x.mid, as_interval(factor).hi
    return Interval(mid - (mid - x.lo) * f, mid + (x.hi - mid) * f, x.lo_open, x.hi_open)


def h_signed(x: Any, direction: int) -> Any:
    """An unsigned figure given the sign of its move; 'unchanged' (0) keeps it as written."""
    magnitude = h_abs(x)
    return -magnitude if direction < 0 else magnitude


def h_sign(x: Any) -> int:
    """+1 or -1 when every reading of x has that sign, else 0."""
    if not isinstance(x, Interval):
        return (x > 0) - (x < 0)
    if x.lo > 0 or (x.lo == 0 and x.lo_open):
        return 1
    if x.hi < 0 or (x.hi == 0 and x.hi_open):
        return -1
    return 0


def h_rounds_to(x: Any, q: Any) -> bool:
    """Some reading of x rounds half-up to the reported figure q (q's upper edge excluded)."""
    a, b = as_interval(x), as_interval(q)
    above = a.hi > b.lo or (a.hi == b.lo and not a.hi_open and not b.lo_open)
    return above and (a.lo < b.hi or b.lo == b.hi == a.lo)


def h_truncates_to(x: Any, q: Any) -> bool:
    """Some reading of x, cut after q's last decimal, is q: "0.387" is written "0.38" by a wire that truncates."""
    a, b = as_interval(x), as_interval(q)
    if b.lo.is_infinite() or b.hi.is_infinite():
        return h_rounds_to(x, q)
    written, step = b.mid, b.hi - b.lo
    return a.hi >= written and a.lo < written + step


def h_rounds_twice_to(x: Any, q: Any) -> bool:
    """Some reading of x, rounded to one more decimal and then to q's, is q ("0.4475" -> "0.45" ->
    "0.5"). Only for a figure printed to one decimal or none: a wire printing that coarsely often
    rounds a two-decimal figure again, while one printing two decimals takes the computed figure."""
    a, b = as_interval(x), as_interval(q)
    step = b.hi - b.lo
    if b.lo.is_infinite() or b.hi.is_infinite() or step < TENTH:
        return False
    return a.hi >= b.lo - step / 10 and a.lo < b.hi


def h_rounds_alike(x: Any, q: Any) -> bool:
    """Some one value rounds half-up to both written figures: "3.17" and "3.170" do, "3.17" and "3.18"
    meet only at 3.175, which one writer must have truncated and the other rounded."""
    a, b = as_interval(x), as_interval(q)
    return max(a.lo, b.lo) < min(a.hi, b.hi) or a.lo == a.hi == b.lo == b.hi


def h_stated(x: Any) -> Any:
    """The figure exactly as written: a price or a price change in a currency is quoted to its tick,
    not rounded, so "$1.47" is 1.47 and not anything from 1.465 to 1.475."""
    if not isinstance(x, Interval) or x.lo.is_infinite() or x.hi.is_infinite():
        return x
    return Interval.point(x.mid)


def h_given(x: Any) -> bool:
    """Whether an optional figure was stated: a rule may read a figure that some facts lack."""
    return x is not None


# Calendar helpers: weekday words and contract months tied to the article's date.
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A delivery month more than this many months behind the article names next year's contract.
DELIVERY_LOOKBACK_MONTHS = 3


def h_day_name(weekday: Any) -> str:
    """The lower-case name of a weekday number (Monday = 0), as `session_day` holds it."""
    return DAY_NAMES[int(weekday)]


def h_title(text: Any) -> str:
    """Capitalised for a message: 'tuesday' -> 'Tuesday'."""
    return str(text).title()


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")


def h_month_name(month: Any) -> str:
    """A month number's name, for messages: 3 -> "March"."""
    return MONTH_NAMES[int(month) - 1]


def h_weekday_of(date: dt.date) -> int:
    """A date's weekday number (Monday = 0)."""
    return date.weekday()


def h_days_after(later: dt.date, earlier: dt.date) -> int:
    """How many days `later` falls after `earlier` (negative when before): "a session within the week after"."""
    return (later - earlier).days


def h_last_session(date: dt.date) -> dt.date:
    """The last weekday before `date`: the session a morning wrap reports."""
    day = date - dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def h_delivery_end(month: Any, date: dt.date) -> dt.date:
    """The last day of the contract month nearest the article: "for March delivery" in a January
    story is this March, in a December story next March, and in April this (passed) March."""
    month = int(month)
    year = date.year + (1 if month < date.month - DELIVERY_LOOKBACK_MONTHS else 0)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


# Document aggregates: helpers marked `document` read them from this hidden name, which the
# compiler passes as their first argument; rules cannot name it.
DOCUMENT = "__document__"


def h_sector_moves(document: Mapping[str, Any], sector: str, direction: Any) -> int:
    """How many of the document's companies in `sector` moved in `direction` over the session."""
    return document.get("sector_moves", {}).get((sector, int(direction)), 0)


@dataclass(frozen=True)
class Helper:
    """A function rules may call by bare name, with the types of its parameters."""

    func: Callable[..., Any]
    params: tuple[str, ...]
    returns: str
    variadic: bool = False  # the last parameter may repeat (min, max)
    document: bool = False  # reads the document's aggregates, passed by the compiler

    def arity(self) -> str:
        return f"at least {len(self.params)}" if self.variadic else str(len(self.params))


HELPERS: Mapping[str, Helper] = {
    "abs": Helper(h_abs, (NUM,), NUM),
    "min": Helper(h_min, (NUM, NUM), NUM, variadic=True),
    "max": Helper(h_max, (NUM, NUM), NUM, variadic=True),
    "clamp": Helper(h_clamp, (NUM, NUM, NUM), NUM),
    "pct_change": Helper(h_pct_change, (NUM, NUM), NUM),
    "pct_of": Helper(h_pct_of, (NUM, NUM), NUM),
    "signed": Helper(h_signed, (NUM, NUM), NUM),
    "widen": Helper(h_widen, (NUM, NUM), NUM),
    "sign": Helper(h_sign, (NUM,), NUM),
    "rounds_to": Helper(h_rounds_to, (NUM, NUM), BOOL),
    "truncates_to": Helper(h_truncates_to, (NUM, NUM), BOOL),
    "rounds_twice_to": Helper(h_rounds_twice_to, (NUM, NUM), BOOL),
    "rounds_alike": Helper(h_rounds_alike, (NUM, NUM), BOOL),
    "stated": Helper(h_stated, (NUM,), NUM),
    "given": Helper(h_given, (NUM,), BOOL),
    "day_name": Helper(h_day_name, (NUM,), STR),
    "title": Helper(h_title, (STR,), STR),
    "month_name": Helper(h_month_name, (NUM,), STR),
    "weekday_of": Helper(h_weekday_of, (DATE,), NUM),
    "last_session": Helper(h_last_session, (DATE,), DATE),
    "days_after": Helper(h_days_after, (DATE, DATE), NUM),
    "delivery_end": Helper(h_delivery_end, (NUM, DATE), DATE),
    "sector_moves": Helper(h_sector_moves, (STR, NUM), NUM, document=True),
}

# The namespace every evaluation starts from: the helpers, and no builtins at all.
BASE_NAMESPACE: Mapping[str, Any] = {"__builtins__": {}, **{name: h.func for name, h in HELPERS.items()}}


# ---------------------------------------------------------------------------------------------
# compiling

@dataclass(frozen=True)
class Expr:
    """A checked expression compiled once; `names` are the fact fields and lets it reads."""

    source: str
    code: CodeType
    names: frozenset[str]
    type: str

    def __call__(self, namespace: dict[str, Any]) -> Any:
        return eval(self.code, namespace)  # noqa: S307 - a whitelisted AST over a builtins-free dict

    def __reduce__(self) -> tuple:
        """Pickled with its code marshalled, so compiled rules can be cached between runs."""
        return _unmarshalled, (self.source, marshal.dumps(self.code), self.names, self.type)


def _unmarshalled(source: str, code: bytes, names: frozenset[str], type: str) -> Expr:
    return Expr(source, marshal.loads(code), names, type)


_ARITH = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}
_COMPARE = (ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.In, ast.NotIn)
_ORDERING = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)
_CONSTANT_TYPES = {bool: BOOL, int: NUM, float: NUM, str: STR}
_NODE_NAMES = {ast.Pow: "'**'", ast.Mod: "'%'", ast.FloorDiv: "'//'", ast.Subscript: "a subscript",
               ast.Lambda: "a lambda", ast.ListComp: "a comprehension", ast.GeneratorExp: "a comprehension",
               ast.DictComp: "a comprehension", ast.SetComp: "a comprehension", ast.Is: "'is'",
               ast.IsNot: "'is not'", ast.NamedExpr: "':='", ast.JoinedStr: "an f-string",
               ast.Attribute: "attribute access", ast.Starred: "a '*' argument"}


def _not_allowed(node: ast.AST) -> ExprError:
    what = _NODE_NAMES.get(type(node), type(node).__name__)
    return ExprError(f"{what} is not allowed", getattr(node, "col_offset", -1) + 1 or None)


class _Checker:
    """Walks a parsed expression: rejects what is not whitelisted, infers types, records names."""

    def __init__(self, names: Mapping[str, str], aliases: frozenset[str]) -> None:
        self.names = names
        self.aliases = aliases
        self.used: set[str] = set()

    def infer(self, node: ast.AST) -> str:
        method = getattr(self, f"_t_{type(node).__name__}", None)
        if method is None:
            raise _not_allowed(node)
        return method(node)

    @staticmethod
    def _col(node: ast.AST) -> int:
        return getattr(node, "col_offset", 0) + 1

    def _expect(self, node: ast.AST, kind: str, what: str) -> None:
        got = self.infer(node)
        if got not in (kind, ANY):
            raise ExprError(f"{what} needs a {kind}, got a {got}", self._col(node))

    def _t_Expression(self, node: ast.Expression) -> str:
        return self.infer(node.body)

    def _t_Constant(self, node: ast.Constant) -> str:
        kind = _CONSTANT_TYPES.get(type(node.value))
        if kind is None:
            raise ExprError(f"constant {node.value!r} is not allowed", self._col(node))
        return kind

    def _t_Name(self, node: ast.Name) -> str:
        if node.id in self.aliases:
            raise ExprError(f"'{node.id}' is a fact alias; write {node.id}.<field>", self._col(node))
        if node.id not in self.names:
            if node.id in HELPERS:
                raise ExprError(f"helper '{node.id}' must be called", self._col(node))
            raise ExprError(f"unknown name '{node.id}'", self._col(node))
        self.used.add(node.id)
        return self.names[node.id]

    def _t_Attribute(self, node: ast.Attribute) -> str:
        if not (isinstance(node.value, ast.Name) and node.value.id in self.aliases):
            raise _not_allowed(node)
        dotted = f"{node.value.id}.{node.attr}"
        if dotted not in self.names:
            raise ExprError(f"unknown name '{dotted}'", self._col(node))
        self.used.add(dotted)
        return self.names[dotted]

    def _t_BoolOp(self, node: ast.BoolOp) -> str:
        for value in node.values:
            self.infer(value)
        return BOOL

    def _t_UnaryOp(self, node: ast.UnaryOp) -> str:
        if isinstance(node.op, ast.Not):
            self.infer(node.operand)
            return BOOL
        if isinstance(node.op, (ast.USub, ast.UAdd)):
            self._expect(node.operand, NUM, "unary minus")
            return NUM
        raise _not_allowed(node.op)

    def _t_BinOp(self, node: ast.BinOp) -> str:
        symbol = _ARITH.get(type(node.op))
        if symbol is None:
            error = _not_allowed(node.op)
            error.column = self._col(node)
            raise error
        self._expect(node.left, NUM, f"'{symbol}'")
        self._expect(node.right, NUM, f"'{symbol}'")
        return NUM

    def _t_Compare(self, node: ast.Compare) -> str:
        left = self.infer(node.left)
        for op, right_node in zip(node.ops, node.comparators):
            if not isinstance(op, _COMPARE):
                error = _not_allowed(op)
                error.column = self._col(right_node)
                raise error
            if isinstance(op, (ast.In, ast.NotIn)):
                right = self._t_members(right_node)
            else:
                right = self.infer(right_node)
            if ANY not in (left, right) and left != right:
                raise ExprError(f"cannot compare a {left} with a {right}", self._col(right_node))
            if isinstance(op, _ORDERING) and left in (STR, BOOL):
                raise ExprError(f"cannot order a {left}", self._col(right_node))
            left = right
        return BOOL

    def _t_members(self, node: ast.AST) -> str:
        if not isinstance(node, (ast.Tuple, ast.List)) or not node.elts:
            raise ExprError("'in' needs a tuple of constants", self._col(node))
        kinds = {self._t_Constant(e) if isinstance(e, ast.Constant) else "" for e in node.elts}
        if len(kinds) != 1 or "" in kinds:
            raise ExprError("'in' needs a tuple of constants of one type", self._col(node))
        return kinds.pop()

    def _t_IfExp(self, node: ast.IfExp) -> str:
        self.infer(node.test)
        body, orelse = self.infer(node.body), self.infer(node.orelse)
        if ANY not in (body, orelse) and body != orelse:
            raise ExprError(f"both branches need one type, got {body} and {orelse}", self._col(node))
        return body if body != ANY else orelse

    def _t_Call(self, node: ast.Call) -> str:
        if not isinstance(node.func, ast.Name):
            raise ExprError("only registered helpers can be called", self._col(node))
        helper = HELPERS.get(node.func.id)
        if helper is None:
            raise ExprError(f"unknown helper '{node.func.id}'", self._col(node))
        if node.keywords:
            raise ExprError(f"{node.func.id} takes no keyword arguments", self._col(node))
        count, need = len(node.args), len(helper.params)
        if count < need or (count > need and not helper.variadic):
            raise ExprError(f"{node.func.id} takes {helper.arity()} arguments, got {count}", self._col(node))
        for i, arg in enumerate(node.args):
            self._expect(arg, helper.params[min(i, need - 1)], f"argument {i + 1} of {node.func.id}")
        return helper.returns


class _Flatten(ast.NodeTransformer):
    """`state.direction` (already checked) becomes the plain name 'state.direction'; a document
    helper's call gains the document's aggregates as its first argument."""

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        assert isinstance(node.value, ast.Name)
        return ast.copy_location(ast.Name(id=f"{node.value.id}.{node.attr}", ctx=ast.Load()), node)

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        assert isinstance(node.func, ast.Name)
        if HELPERS[node.func.id].document:
            node.args.insert(0, ast.Name(id=DOCUMENT, ctx=ast.Load()))
        return node


def compile_expr(source: str, names: Mapping[str, str], aliases: frozenset[str] = frozenset()) -> Expr:
    """Parse, check and compile one expression; `names` maps each readable name to its type tag.

    `aliases` are the fact aliases of a cross-fact rule: `alias.field` is the only attribute
    access allowed, and `names` must hold the dotted form.
    """
    # Rule files may spread an expression over lines; columns then count along the whole text.
    text = " ".join(source.strip().splitlines())
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as exc:
        if not exc.offset:
            raise ExprError("incomplete expression", len(text) + 1) from None
        raise ExprError("invalid syntax", exc.offset) from None
    except (ValueError, RecursionError, MemoryError):
        raise ExprError("not a readable expression", 1) from None
    checker = _Checker(names, aliases)
    try:
        kind = checker.infer(tree)
    except RecursionError:
        raise ExprError("expression nested too deeply", 1) from None
    flat = ast.fix_missing_locations(_Flatten().visit(tree))
    return Expr(source, compile(flat, "<rule>", "eval"), frozenset(checker.used), kind)
