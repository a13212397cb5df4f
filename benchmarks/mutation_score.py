"""Mutation score: how often verifier catches each planted slip, per phrasing family, and how often it cries wolf.

Over N generated consistent articles (default 2,000): false alarms per 1,000 clean articles (and the
share of articles of each phrasing family that raised one), extraction recall of every ground-truth
figure (with the figures missed per family), and for each mutation operator and each phrasing family
it plants in ("bullets", "level_first", "weekday_lead", ...) the share of planted slips its rule flags
at the planted span, and of those, how many its findings blame on the planted figure (the suspect:
errorlocate's answer). Each operator plants in one family per article, drawn uniformly among those
the article writes, so a family is never hidden behind a common one. An operator whose rule is not
in the rule set is reported as "rule absent" (its slips are counted as applied, never checked).
Articles are generated once (distinct, seeded) and checked in fixed chunks across processes, so
the figures depend on `--n` and `--seed` only, never on `--jobs`. Prints a table; `--json PATH`
writes it too.

    python benchmarks/mutation_score.py --n 2000 --json mutation-score.json
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import verifier  # noqa: E402
from verifier.testing.mutations import FAMILIES, OPERATORS, TARGET_RULES, rule_for  # noqa: E402
from verifier.testing.sampling import sample  # noqa: E402
from verifier.testing.scoring import flags, locates, missed_figures  # noqa: E402
from verifier.testing.strategies import articles  # noqa: E402
from verifier.testing.truth import GeneratedArticle  # noqa: E402

CHUNK = 50  # articles per task sent to a worker process
COUNTERS = ("applied", "detected", "located", "elsewhere", "alarms", "missed_by_field", "family_articles",
            "family_alarmed", "missed_by_family", "missed_examples", "undetected_examples")


def rule_ids() -> frozenset[str]:
    """The ids of the built-in rules, or none when the rule set cannot be loaded."""
    try:
        return frozenset(rule.id for rule in verifier.load_ruleset())
    except Exception as exc:  # noqa: BLE001 - report and go on measuring what can be measured
        print(f"note: rule set not loadable ({exc})", file=sys.stderr)
        return frozenset()


def line_of(text: str, start: int, end: int) -> str:
    """The paragraph around a span, to show where a figure was missed or a slip went unflagged."""
    stop = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1:stop if stop >= 0 else len(text)]


def score_chunk(task: tuple[int, int, list[GeneratedArticle], frozenset[str]]) -> dict:
    """Check one chunk of articles, clean and mutated: count findings, missed figures and detected slips."""
    seed, first, batch, rules = task
    out: dict = {"figures": 0, "missed": 0, "alarmed": 0, **{name: Counter() for name in COUNTERS}}
    started = time.perf_counter()
    for i, article in enumerate(batch, start=first):
        out["figures"] += len(article.figures)
        report = verifier.check(article.text, article.date)
        out["alarms"].update(f.rule for f in report.findings)
        out["alarmed"] += bool(report.findings)
        out["family_articles"].update(article.families)
        if report.findings:
            out["family_alarmed"].update(article.families)
        misses = missed_figures(article, report)
        out["missed"] += len(misses)
        for fig in misses:
            fact_id, field = fig.key.split(".", 1)
            family = article.family_of(fact_id)
            out["missed_by_field"][field] += 1
            out["missed_by_family"][f"{family}.{field}"] += 1
            if f"{family}.{field}" not in out["missed_examples"]:
                out["missed_examples"][f"{family}.{field}"] = line_of(article.text, fig.start, fig.end)
        for name, operator in OPERATORS.items():
            mutation = operator(article, random.Random(seed * 1_000_003 + i))
            if mutation is None:
                continue
            key = (name, mutation.family)
            out["applied"][key] += 1
            if not set(mutation.rules) <= rules:
                continue
            mutated = verifier.check(mutation.text, article.date)
            if all(flags(mutated, mutation, rule) for rule in mutation.rules):
                out["detected"][key] += 1
                out["located"][key] += all(locates(mutated, mutation, rule) for rule in mutation.rules)
                continue
            if any(f.rule in mutation.rules for f in mutated.findings):
                out["elsewhere"][key] += 1
            if key not in out["undetected_examples"]:
                out["undetected_examples"][key] = f"{mutation.description}: {line_of(mutation.text, *mutation.span)}"
    out["check"] = time.perf_counter() - started
    return out


def merge(parts: list[dict]) -> dict:
    """Sum the counts of every chunk (the first example of each missed field is kept)."""
    total: dict = {"figures": 0, "missed": 0, "alarmed": 0, "check": 0.0, **{name: Counter() for name in COUNTERS}}
    for part in parts:
        for key in ("figures", "missed", "alarmed", "check"):
            total[key] += part[key]
        for name in COUNTERS[:-2]:
            total[name].update(part[name])
        for name in COUNTERS[-2:]:
            for key, example in part[name].items():
                total[name].setdefault(key, example)
    return total


def score(n: int, seed: int, jobs: int) -> dict:
    """Generate, check clean and mutated articles in chunks over `jobs` processes, and count."""
    started = time.perf_counter()
    rules = rule_ids()
    batch = sample(articles(), n, random_seed=seed)
    generated = time.perf_counter() - started
    tasks = [(seed, start, batch[start:start + CHUNK], rules) for start in range(0, n, CHUNK)]
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            parts = list(pool.map(score_chunk, tasks))
    else:
        parts = [score_chunk(task) for task in tasks]
    t = merge(parts)
    operators = []
    for name in OPERATORS:
        for family in FAMILIES[name]:
            rule = rule_for(name, family)
            present = rule in rules
            key = (name, family)
            applied, detected = t["applied"][key], t["detected"][key]
            operators.append({"operator": name, "family": family, "rule": rule, "rule_present": present,
                              "applied": applied, "detected": detected if present else None,
                              "detection_rate": detected / applied if present and applied else None,
                              "located": t["located"][key] if present else None,
                              "fired_elsewhere": t["elsewhere"][key] if present else None})
    return {
        "articles": n, "seed": seed, "jobs": jobs, "rules": sorted(rules),
        "false_alarm_articles": t["alarmed"], "false_alarms_per_1000": 1000 * t["alarmed"] / n if n else 0.0,
        "false_alarms_by_rule": dict(sorted(t["alarms"].items())),
        "figures": t["figures"], "figures_recovered": t["figures"] - t["missed"],
        "extraction_recall": (t["figures"] - t["missed"]) / t["figures"] if t["figures"] else None,
        "missed_by_field": dict(t["missed_by_field"].most_common()),
        "missed_by_family": dict(t["missed_by_family"].most_common()),
        "missed_examples": dict(t["missed_examples"]),
        "alarm_rate_by_family": {family: round(t["family_alarmed"][family] / count, 4)
                                 for family, count in sorted(t["family_articles"].items())},
        "undetected_examples": {f"{name}/{family}": example
                                for (name, family), example in t["undetected_examples"].items()},
        "operators": operators,
        "seconds": {"wall": round(time.perf_counter() - started, 2), "generate": round(generated, 2),
                    "check_cpu": round(t["check"], 2)},
    }


def table(result: dict) -> str:
    """The result as a plain-text table for the terminal and closing notes: one row per operator and
    phrasing family, then a total per operator."""
    lines = [f"{'operator':<22} {'family':<22} {'rule':<26} {'applied':>7} {'found':>6} {'rate':>11} "
             f"{'elsewhere':>9} {'blamed':>6}"]
    by_operator: dict[str, list[dict]] = {}
    for row in result["operators"]:
        by_operator.setdefault(row["operator"], []).append(row)
    for name, rows in by_operator.items():
        total = {"operator": name, "family": "(all)", "rule": TARGET_RULES[name], "rule_present": rows[0]["rule_present"],
                 **{k: sum(r[k] or 0 for r in rows) for k in ("applied", "detected", "located", "fired_elsewhere")}}
        total["detection_rate"] = total["detected"] / total["applied"] if total["applied"] else None
        for row in [*rows, total]:
            lines.append(_row(row))
    lines.append("blamed: flagged slips whose finding names the planted figure (or phrase) as the suspect")
    lines.append(f"clean articles: {result['articles']}; with any finding: {result['false_alarm_articles']} "
                 f"({result['false_alarms_per_1000']:.1f} per 1,000); by rule: {result['false_alarms_by_rule']}")
    alarming = {f: r for f, r in result["alarm_rate_by_family"].items() if r}
    lines.append(f"share of clean articles with a finding, by family written: {alarming}")
    recall = result["extraction_recall"]
    lines.append(f"extraction recall: {result['figures_recovered']}/{result['figures']} figures "
                 f"({'-' if recall is None else f'{100 * recall:.2f}%'}); missed by family.field: "
                 f"{result['missed_by_family']}")
    for field, example in result["missed_examples"].items():
        lines.append(f"  missed {field}, e.g.: {example}")
    for name, example in result["undetected_examples"].items():
        lines.append(f"  slip not flagged by {name}, e.g.: {example}")
    s = result["seconds"]
    lines.append(f"time: {s['wall']} s wall on {result['jobs']} process(es): generate {s['generate']} s, "
                 f"check {s['check_cpu']} s of cpu")
    return "\n".join(lines)


def _row(row: dict) -> str:
    if row["rule_present"]:
        rate = "-" if row["detection_rate"] is None else f"{100 * row['detection_rate']:.1f}%"
        found, elsewhere, blamed = str(row["detected"]), str(row["fired_elsewhere"]), str(row["located"])
    else:
        rate, found, elsewhere, blamed = "rule absent", "-", "-", "-"
    return (f"{row['operator']:<22} {row['family']:<22} {row['rule']:<26} {row['applied']:>7} {found:>6} {rate:>11} "
            f"{elsewhere:>9} {blamed:>6}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2_000, help="generated articles (default 2,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes (default: all cores)")
    parser.add_argument("--json", type=Path, help="also write the table as JSON here")
    args = parser.parse_args(argv)
    result = score(args.n, args.seed, max(1, args.jobs))
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
