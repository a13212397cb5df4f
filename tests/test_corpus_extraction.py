"""The seed article's facts are pinned, and every figure of it is bound to a fact (issue 3)."""
from pathlib import Path

import pytest

from verifier.document import parse_document
from verifier.extract import bound, extract
from verifier.lexicon import load_lexicon

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "corpus" / "dev" / "000-seed.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"{SHARED} is absent")


@pytest.fixture(scope="module")
def extraction():
    return extract(parse_document(SEED.read_text(encoding="utf-8"), "000-seed.txt"), load_lexicon())


def _move_rows(extraction):
    rows = []
    for f in extraction.facts:
        if f.kind == "move":
            figures = tuple(getattr(f, k).span.text if getattr(f, k) else None for k in ("change", "percent", "level", "low", "high"))
            rows.append((f.subject.entity, f.direction, f.period, f.sessions, figures))
    return rows


def test_the_seed_moves_are_read_with_subject_direction_and_figures(extraction):
    assert _move_rows(extraction) == [
        ("nikkei-225", 1, "multi_session", 2, ("more than 1,750 points", "3 percent", None, None, None)),
        ("nikkei-225", 1, "session", None, ("1,262.03 points", "2.20 percent", "58,583.12", "57,656.50", "58,875.17")),
        ("nissan-motor", -1, "session", None, (None, "1.22 percent", None, None, None)),
        ("mazda-motor", 1, "session", None, (None, "1.45 percent", None, None, None)),
        ("toyota-motor", 1, "session", None, (None, "1.75 percent", None, None, None)),
        ("honda-motor", 1, "session", None, (None, "0.36 percent", None, None, None)),
        ("softbank-group", -1, "session", None, (None, "1.44 percent", None, None, None)),
        ("mitsubishi-ufj", -1, "session", None, (None, "1.97 percent", None, None, None)),
        ("mizuho-financial", -1, "session", None, (None, "4.14 percent", None, None, None)),
        ("sumitomo-mitsui-financial", -1, "session", None, (None, "1.88 percent", None, None, None)),
        ("mitsubishi-electric", -1, "session", None, (None, "0.95 percent", None, None, None)),
        ("sony-group", -1, "session", None, (None, "0.42 percent", None, None, None)),
        ("panasonic", 1, "session", None, (None, "3.33 percent", None, None, None)),
        ("hitachi", 1, "session", None, (None, "1.39 percent", None, None, None)),
        ("dow", 1, "session", None, ("307.65 points", "0.63 percent", "49,482.15", None, None)),
        ("nasdaq", 1, "session", None, ("288.40 points", "1.26 percent", "23,152.08", None, None)),
        ("sp-500", 1, "session", None, ("56.06 points", "0.81 percent", "6,946.13", None, None)),
        ("dj-us-software", 1, "session", None, (None, "3.1 percent", None, None, None)),
        ("wti", -1, "session", None, ("$0.15", "0.2 percent", "$65.48", None, None)),
    ]


def test_the_seed_claims_around_the_moves(extraction):
    by_kind = {}
    for f in extraction.facts:
        by_kind.setdefault(f.kind, []).append(f)
    (level,) = by_kind["level_claim"]
    assert (level.relation, level.proximity, level.threshold.span.text) == ("above", "just", "58,580-point")
    claims = {(s.claim, s.subject.entity) for s in by_kind["state"]}
    assert {("direction", "nikkei-225"), ("session_high", "dow"), ("period_low", "dj-us-software")} <= claims
    (earnings,) = by_kind["earnings"]
    assert (earnings.subject.entity, earnings.current.span.text, earnings.eps_current.span.text) == ("nvidia", "$42.960 billion", "$1.76")
    assert (earnings.prior.span.text, earnings.eps_prior.span.text) == ("$22.091 billion", "$0.89")
    first, second = by_kind["forecast"]
    assert (first.direction, first.expected.span.text, first.comparison, first.previous.span.text) == (1, "0.3 percent", "up from", "0.1 percent")
    assert (second.direction, second.expected.span.text, second.previous_direction, second.previous.span.text) == (-1, "0.4 percent", -1, "1.0 percent")
    assert ("delivery", 4) in {(d.role, d.month) for d in by_kind["date_ref"]}


def test_every_figure_of_the_seed_is_bound(extraction):
    unbound = set(extraction.mentions) - set(bound(extraction))
    assert not unbound, sorted(s.text for s in unbound)
    assert len(extraction.mentions) == 42


def test_every_span_indexes_the_file_as_stored(extraction):
    text = SEED.read_text(encoding="utf-8")
    for fact in extraction.facts:
        assert text[fact.span.start : fact.span.end] == fact.span.text
        for name in type(fact).model_fields:
            value = getattr(fact, name)
            span = getattr(value, "span", None)
            if span is not None:
                assert text[span.start : span.end] == span.text
