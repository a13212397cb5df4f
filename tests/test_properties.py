"""The checker's promises over generated articles: clean ones pass, every planted slip is found at its span.

These run against the public API `verifier.check`; until it exists they skip rather than fail.
"""
from __future__ import annotations

import functools
import json
import random
import string
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import conftest_hypothesis  # noqa: F401  - registers the "ci" and "thorough" profiles

verifier = pytest.importorskip("verifier", reason="the verifier package does not import yet")

from verifier.testing import assert_consistent  # noqa: E402
from phrasing_gaps import left_out  # noqa: E402
from verifier.testing.mutations import FAMILIES, OPERATORS, TARGET_RULES  # noqa: E402
from verifier.testing.plugin import verifier_check  # noqa: E402,F401  - the plugin's fixture, used below
from verifier.testing.scoring import flags, missed_figures  # noqa: E402
from verifier.testing.strategies import articles, plans  # noqa: E402
from verifier.testing.targeting import articles_for  # noqa: E402

pytestmark = pytest.mark.skipif(not hasattr(verifier, "check"), reason="verifier.check is not available yet")

SCHEMA = Path(__file__).resolve().parents[1] / "verifier" / "schemas" / "report.schema.json"


def _rule_ids() -> frozenset[str]:
    try:
        return frozenset(rule.id for rule in verifier.load_ruleset())
    except Exception:  # noqa: BLE001 - no ruleset yet means no rule to test, not a failure here
        return frozenset()


RULES = _rule_ids() if hasattr(verifier, "check") else frozenset()

# Articles of every phrasing family the checker reads; the families of open gaps are left out
# (see `phrasing_gaps`: each is pinned by a strict xfail of its own).
READ_FAMILIES = articles(plans=plans(exclude=left_out()))


@given(READ_FAMILIES)
def test_a_generated_consistent_article_gives_no_finding(article):
    report = verifier.check(article.text, article.date)
    assert not report.findings, [(f.rule, f.message) for f in report.findings]


@pytest.mark.parametrize("name", sorted(OPERATORS))
@given(data=st.data(), rng=st.randoms(use_true_random=False))
def test_each_planted_slip_is_found_by_its_rule_at_its_span_in_every_phrasing_family(name, data, rng):
    if TARGET_RULES[name] not in RULES:
        pytest.skip(f"rule {TARGET_RULES[name]} does not exist yet")
    exclude = left_out(name)
    family = data.draw(st.sampled_from([f for f in FAMILIES[name] if f not in exclude]), label="family")
    article = data.draw(articles_for(name, family, exclude), label="article")
    mutation = OPERATORS[name](article, rng, family)
    assume(mutation is not None)  # the family asked for may lack what this slip needs (a slight day has no summary)
    report = verifier.check(mutation.text, article.date)
    for rule in mutation.rules:
        assert flags(report, mutation, rule), (mutation.description, [(f.rule, f.message) for f in report.findings])


@given(READ_FAMILIES)
def test_extraction_recovers_every_figure_with_its_exact_span_and_value(article):
    assert missed_figures(article, verifier.check(article.text, article.date)) == []


@given(articles(), st.sampled_from(sorted(OPERATORS)), st.randoms(use_true_random=False))
def test_reports_are_deterministic_and_match_the_published_schema(article, name, rng):
    mutation = OPERATORS[name](article, rng)
    text = mutation.text if mutation else article.text
    first = verifier.check(text, article.date)
    assert first.model_dump_json() == verifier.check(text, article.date).model_dump_json()
    from verifier.findings import RunReport, VerifierInfo, summarize
    from verifier.report.json import render

    run = RunReport(verifier=VerifierInfo(version=verifier.__version__), documents=(first,), summary=summarize((first,)))
    report_validator().validate(json.loads(render(run)))


@functools.cache
def report_validator():
    """The published report schema, compiled once (checking it per example took most of this test's time)."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


NUMBERISH = st.text(alphabet=string.digits + ",.%$-+ ()/", max_size=400)
HUGE = st.integers(min_value=10**15, max_value=10**60).map(lambda n: f"{n:,}")
SENTENCES = st.builds(
    "The Nikkei rose {} points or {} percent to finish at {} after trading between {} and {}.".format,
    HUGE, NUMBERISH, HUGE, NUMBERISH, st.text(max_size=30))


DIGIT_RUNS = st.builds("The Nikkei rose {} points or {} percent to finish at {}.".format,
                       *(st.integers(1, 3_000).map(lambda n: "9" * n) for _ in range(3)))
UNICODE_DIGITS = st.text(alphabet=st.characters(categories=["Nd", "No", "Pd", "Zs", "Sc"]), max_size=200)
CONFUSABLE = st.lists(st.sampled_from(["1", "0", ",", ".", " percent", " points", "$", " ", "-", "between",
                                       " and ", "to finish at ", "\u00a0", "\u2212", "\u066b", "on Saturday"]),
                      max_size=500).map("".join)


@st.composite
def mangled_articles(draw: st.DrawFn) -> str:
    """A generated article with arbitrary text spliced in somewhere: wire copy damaged in transit."""
    text = draw(articles()).text
    at = draw(st.integers(0, len(text)))
    return text[:at] + draw(st.one_of(st.text(max_size=40), NUMBERISH, CONFUSABLE)) + text[at:]


@given(st.one_of(st.text(), st.text(alphabet=st.characters(min_codepoint=0x80), max_size=300), NUMBERISH,
                 SENTENCES, DIGIT_RUNS, UNICODE_DIGITS, CONFUSABLE, mangled_articles()))
def test_no_input_text_raises(text):
    verifier.check(text)


KOSPI_SLIP = ("SEOUL - The KOSPI climbed 41.37 points or 1.25 percent to finish at 2,763.94 after trading "
              "between 2,731.08 and 2,770.55.")


@given(READ_FAMILIES)
def test_an_article_generator_can_be_tested_with_assert_consistent(article):
    assert_consistent(article.text, date=article.date)


def test_assert_consistent_fails_with_the_rendered_findings():
    with pytest.raises(AssertionError, match="change-percent-mismatch") as failure:
        assert_consistent(KOSPI_SLIP, date="2026-02-26")
    assert "1.25" in str(failure.value)


def test_the_plugin_fixture_checks_an_article(verifier_check):
    report = verifier_check(KOSPI_SLIP, "2026-02-26")
    assert [f.rule for f in report.findings] == ["change-percent-mismatch"]
    assert any(s.text.startswith("1.25") for s in report.findings[0].spans)


def test_mutation_operators_are_seeded_and_reproducible():
    article = sample_one()
    for name, operator in OPERATORS.items():
        assert operator(article, random.Random(3)) == operator(article, random.Random(3)), name


def sample_one():
    from verifier.testing.sampling import sample

    return sample(articles(), 1, random_seed=11)[0]


def test_findings_are_still_listed_when_the_text_renderer_cannot_render_the_report():
    from types import SimpleNamespace

    from verifier.testing import render_findings

    span = SimpleNamespace(line=3, column=5)
    finding = SimpleNamespace(spans=(span,), severity="error", rule="close-outside-range", message="closed at 9")
    listing = render_findings(SimpleNamespace(id="wire.txt", findings=(finding,)))
    assert listing == "wire.txt:3:5: error[close-outside-range] closed at 9"
