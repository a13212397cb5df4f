"""Mutation score: how often verifier catches each planted slip, and how often it cries wolf.

Over N generated consistent articles (default 2,000): false alarms per 1,000 clean articles,
extraction recall of every ground-truth figure, and for each mutation operator the share of
planted slips its rule flags at the planted span. Prints a table; `--json PATH` writes it too.

    python benchmarks/mutation_score.py --n 2000 --json mutation-score.json
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import verifier  # noqa: E402
from verifier.testing.mutations import OPERATORS, TARGET_RULES  # noqa: E402
from verifier.testing.sampling import sample  # noqa: E402
from verifier.testing.scoring import flags, missed_figures  # noqa: E402
from verifier.testing.strategies import articles  # noqa: E402


def rule_ids() -> set[str]:
    """The ids of the built-in rules, or none when the rule set cannot be loaded."""
    try:
        return {rule.id for rule in verifier.load_ruleset()}
    except Exception as exc:  # noqa: BLE001 - report and go on measuring what can be measured
        print(f"note: rule set not loadable ({exc})", file=sys.stderr)
        return set()


def score(n: int, seed: int) -> dict:
    """Generate, check clean and mutated articles, and count."""
    started = time.perf_counter()
    batch = sample(articles(), n, random_seed=seed)
    generated = time.perf_counter() - started
    can_check = hasattr(verifier, "check")
    rules = rule_ids() if can_check else set()
    alarms: Counter[str] = Counter()
    alarmed = figures = missed = 0
    missed_by_field: Counter[str] = Counter()
    applied: Counter[str] = Counter()
    detected: Counter[str] = Counter()
    elsewhere: Counter[str] = Counter()
    checked_started = time.perf_counter()
    for i, article in enumerate(batch):
        figures += len(article.figures)
        if can_check:
            report = verifier.check(article.text, article.date)
            alarms.update(f.rule for f in report.findings)
            alarmed += bool(report.findings)
            misses = missed_figures(article, report)
            missed += len(misses)
            missed_by_field.update(fig.key.split(".", 1)[1] for fig in misses)
        for name, operator in OPERATORS.items():
            mutation = operator(article, random.Random(seed * 1_000_003 + i))
            if mutation is None:
                continue
            applied[name] += 1
            if not can_check:
                continue
            report = verifier.check(mutation.text, article.date)
            if all(flags(report, mutation, rule) for rule in mutation.rules):
                detected[name] += 1
            elif any(f.rule in mutation.rules for f in report.findings):
                elsewhere[name] += 1
    checking = time.perf_counter() - checked_started
    operators = []
    for name in OPERATORS:
        rule = TARGET_RULES[name]
        rate = detected[name] / applied[name] if applied[name] and rule in rules else None
        operators.append({"operator": name, "rule": rule, "rule_exists": rule in rules, "applied": applied[name],
                          "detected": detected[name], "detection_rate": rate, "fired_elsewhere": elsewhere[name]})
    return {
        "articles": n, "seed": seed, "check_available": can_check,
        "false_alarm_articles": alarmed, "false_alarms_per_1000": 1000 * alarmed / n if can_check else None,
        "false_alarms_by_rule": dict(sorted(alarms.items())),
        "figures": figures, "figures_recovered": figures - missed if can_check else None,
        "extraction_recall": (figures - missed) / figures if can_check and figures else None,
        "missed_by_field": dict(missed_by_field.most_common()),
        "operators": operators,
        "seconds": {"generate": round(generated, 2), "check": round(checking, 2)},
    }


def table(result: dict) -> str:
    """The result as a plain-text table for the terminal and closing notes."""
    lines = []
    if not result["check_available"]:
        lines.append("verifier.check is NOT available: only generation and operator applicability were measured.")
    lines.append("rate '-': the operator's rule is not in the rule set yet (exists = no), or nothing was checked.")
    lines.append(f"{'operator':<24} {'rule':<28} {'exists':<6} {'applied':>7} {'found':>7} {'rate':>8} {'elsewhere':>9}")
    for row in result["operators"]:
        rate = "-" if row["detection_rate"] is None else f"{100 * row['detection_rate']:.1f}%"
        lines.append(f"{row['operator']:<24} {row['rule']:<28} {'yes' if row['rule_exists'] else 'no':<6} "
                     f"{row['applied']:>7} {row['detected']:>7} {rate:>8} {row['fired_elsewhere']:>9}")
    if result["check_available"]:
        lines.append(f"clean articles: {result['articles']}; with any finding: {result['false_alarm_articles']} "
                     f"({result['false_alarms_per_1000']:.1f} per 1,000); by rule: {result['false_alarms_by_rule']}")
        lines.append(f"extraction recall: {result['figures_recovered']}/{result['figures']} figures "
                     f"({100 * result['extraction_recall']:.2f}%); missed by field: {result['missed_by_field']}")
    lines.append(f"time: generate {result['seconds']['generate']} s, check {result['seconds']['check']} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2_000, help="generated articles (default 2,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the table as JSON here")
    args = parser.parse_args(argv)
    result = score(args.n, args.seed)
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
