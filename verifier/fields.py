"""The names a rule over one fact kind may read: read from the fact models, below rules and evaluation.

Both the rule loader (which type-checks a rule's names) and evaluation (which binds them) read this
table, so neither imports the other for it.
"""
from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Mapping
from typing import Any, NamedTuple

from .expr import ANY, BOOL, DATE, NUM, STR
from .facts import FACT_MODELS, Subject
from .numbers import Quantity

# Names every rule may read, bound per document (DateRef has its own `document_date` field).
DOCUMENT_NAMES = {"article_date": DATE}
SKIPPED_FIELDS = frozenset({"id", "kind", "span"})


class FieldInfo(NamedTuple):
    """One readable name of a fact kind: its type tag, whether it may be None, and where it lives."""

    type: str
    optional: bool
    quantity: bool
    attribute: str  # the model attribute it is read from
    part: str | None = None  # "display", "entity", "type" of the subject; "unit" of a quantity


def _field_type(annotation: Any) -> tuple[str, bool]:
    args = typing.get_args(annotation)
    optional = type(None) in args and (typing.get_origin(annotation) in (typing.Union, types.UnionType))
    if optional:
        rest = [a for a in args if a is not type(None)]
        annotation = rest[0] if len(rest) == 1 else Any
    if typing.get_origin(annotation) is typing.Literal:
        return STR, optional
    tags = {Quantity: NUM, int: NUM, float: NUM, str: STR, bool: BOOL, dt.date: DATE}
    return tags.get(annotation, ANY), optional


def kind_fields(kind: str) -> dict[str, FieldInfo]:
    """The names a rule over `kind` reads, from the pydantic annotations of its model.

    A Subject gives `subject` (display name), `entity` and `subject_type`; each quantity `x`
    also gives `x_unit` ("points", "percent", "USD", ...); every fact gives the `line` it starts on, and its `paragraph` and `sentence` in the body.
    """
    # Where the fact was stated: statements about one session sit in one paragraph or the next, a
    # few sentences apart (a feed that lost its paragraph breaks keeps its sentences).
    fields: dict[str, FieldInfo] = {"line": FieldInfo(NUM, False, False, "span", "line"),
                                    "paragraph": FieldInfo(NUM, False, False, "span", "paragraph"),
                                    "sentence": FieldInfo(NUM, False, False, "span", "sentence")}
    for name, info in FACT_MODELS[kind].model_fields.items():
        if name in SKIPPED_FIELDS:
            continue
        annotation = info.annotation
        if annotation is Subject:
            fields["subject"] = FieldInfo(STR, False, False, name, "display")
            fields["entity"] = FieldInfo(STR, True, False, name, "entity")
            fields["subject_type"] = FieldInfo(STR, False, False, name, "type")
            fields["sector"] = FieldInfo(STR, True, False, name, "sector")
            continue
        tag, optional = _field_type(annotation)
        # A tuple of figures ("other" counts of a breadth) is no one quantity: it has no `_unit`.
        is_quantity = annotation is Quantity or (Quantity in typing.get_args(annotation) and typing.get_origin(annotation) is not tuple)
        fields[name] = FieldInfo(tag, optional, is_quantity, name)
        if is_quantity:
            fields[f"{name}_unit"] = FieldInfo(STR, True, False, name, "unit")
    return fields


KIND_FIELDS: Mapping[str, dict[str, FieldInfo]] = {kind: kind_fields(kind) for kind in FACT_MODELS}
