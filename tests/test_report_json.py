"""The JSON report: the shape the published schema describes, decimals as written, stable bytes."""
from __future__ import annotations

import json
from decimal import Decimal
from importlib.resources import files

import pytest
from conftest_reports import ARTICLE, ARTICLE_ID, build_report

from verifier.facts import FACT_MODELS, Move, Subject
from verifier.findings import Coverage, DocumentReport, Finding, InputError, RunReport, Summary, VerifierInfo, summarize
from verifier.numbers import Quantity
from verifier.report import json as json_report
from verifier.spans import LineIndex, Span

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = json.loads((files("verifier.schemas") / "report.schema.json").read_text(encoding="utf-8"))


def validate(data: dict) -> None:
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(data)


def report_with_a_move() -> RunReport:
    index = LineIndex(ARTICLE)

    def quantity(figure: str, decimals: int, unit: str) -> Quantity:
        start = ARTICLE.index(figure)
        return Quantity(value=Decimal(figure.replace(",", "")), decimals=decimals, unit=unit,
                        span=index.span(start, start + len(figure)))

    sentence_start = ARTICLE.index("the Nikkei")
    move = Move(
        id="f1",
        span=index.span(sentence_start, ARTICLE.index("57,204.42") + len("57,204.42")),
        subject=Subject(text="the Nikkei", entity="nikkei-225", name="Nikkei 225", type="index"),
        verb="rallied", direction=1, intensity=3,
        change=quantity("1,138.46", 2, "points"), percent=quantity("2.40", 2, "percent"),
        level=quantity("56,912.37", 2, "points"), low=quantity("55,985.75", 2, "points"),
        high=quantity("57,204.42", 2, "points"),
    )
    base = build_report()
    doc = base.documents[0].model_copy(update={"facts": (move,)})
    documents = (doc, base.documents[1])
    return base.model_copy(update={"documents": documents, "summary": summarize(documents)})


def test_rendered_report_validates_against_the_published_schema() -> None:
    validate(json.loads(json_report.render(report_with_a_move())))
    validate(json.loads(json_report.render(report_with_a_move(), include_text=True)))


def test_the_published_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_rejects_an_unknown_severity() -> None:
    data = json.loads(json_report.render(build_report()))
    data["documents"][0]["findings"][0]["severity"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


def test_decimals_are_strings_that_keep_trailing_zeros() -> None:
    data = json.loads(json_report.render(report_with_a_move()))
    move = data["documents"][0]["facts"][0]
    assert move["percent"]["value"] == "2.40"
    assert move["low"]["value"] == "55985.75"
    assert move["low"]["span"]["text"] == "55,985.75"


def test_document_text_is_left_out_unless_asked_for() -> None:
    plain = json.loads(json_report.render(build_report()))
    assert all("text" not in doc for doc in plain["documents"])
    full = json.loads(json_report.render(build_report(), include_text=True))
    assert full["documents"][0]["text"] == ARTICLE
    assert "text" not in full["documents"][1]  # the missing file has no text to include


def test_key_order_follows_the_design_and_output_is_byte_stable() -> None:
    first = json_report.render(build_report())
    assert first == json_report.render(build_report())
    data = json.loads(first)
    assert list(data) == ["schema_version", "verifier", "documents", "summary", "rules"]
    assert list(data["documents"][0])[:4] == ["id", "source", "title", "date"]
    assert list(data["rules"]) == sorted(data["rules"])
    with_text = json_report.render(build_report(), include_text=True)
    assert "📈" in with_text and "\\u" not in with_text  # UTF-8 as is, no escapes


def test_summary_counts_match_the_findings() -> None:
    data = json.loads(json_report.render(build_report()))
    assert data["summary"]["findings"] == {"error": 2, "warning": 1, "info": 0}
    assert data["summary"]["documents_with_errors"] == 1
    finding = next(f for f in data["documents"][0]["findings"] if f["rule"] == "change-percent-mismatch")
    assert finding["suspect"]["text"] == "2.40"
    assert ARTICLE[finding["suspect"]["start"]:finding["suspect"]["end"]] == "2.40"
    assert data["documents"][0]["id"] == ARTICLE_ID


def _defs_for_models() -> dict[str, type]:
    models = {"document": DocumentReport, "summary": Summary, "coverage": Coverage, "finding": Finding,
              "input_error": InputError, "span": Span, "quantity": Quantity, "subject": Subject}
    models.update(FACT_MODELS)
    return models


@pytest.mark.parametrize("name", sorted(_defs_for_models()))
def test_schema_names_every_field_of_the_model(name: str) -> None:
    model = _defs_for_models()[name]
    properties = set(SCHEMA["$defs"][name]["properties"])
    missing = set(model.model_fields) - properties
    assert not missing, f"verifier/schemas/report.schema.json lacks {sorted(missing)} in $defs/{name}"


def test_schema_names_every_top_level_field() -> None:
    assert set(RunReport.model_fields) == set(SCHEMA["properties"])
    assert set(VerifierInfo.model_fields) == set(SCHEMA["properties"]["verifier"]["properties"])
