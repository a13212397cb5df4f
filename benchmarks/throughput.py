"""Throughput of `check` on the dev corpus (warm, one process), split by stage, and the CLI's cold start.

Prints figures; asserts nothing. These machines are shared and noisy, so besides wall time it prints
CPU time of this process (`time.process_time`), which other jobs on the machine disturb far less.
Usage: python benchmarks/throughput.py [--corpus DIR] [--rounds N] [--jobs N] [--no-stages]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=20, help="passes over the corpus (warm)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel figure")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage split")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0

    from verifier.checking import build, check_document, check_many
    from verifier.sources import read_inputs

    documents = [d for d in read_inputs([str(args.corpus)]) if hasattr(d, "text")]
    megabytes = sum(len(d.text.encode()) for d in documents) / 1e6
    ruleset, lexicon = build()
    for d in documents:  # warm up: patterns compiled, caches filled
        check_document(d, ruleset, lexicon)

    times, cpu = [], []
    for _ in range(args.rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        for d in documents:
            check_document(d, ruleset, lexicon)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    best, median, median_cpu = min(times), statistics.median(times), statistics.median(cpu)
    print(f"corpus: {len(documents)} articles, {megabytes:.3f} MB")
    print(f"check, one process, warm: {len(documents) / median:,.0f} articles/s median "
          f"({len(documents) / best:,.0f} best), {megabytes / median:.2f} MB/s")
    print(f"latency per article: {median / len(documents) * 1e3:.3f} ms median; "
          f"CPU {median_cpu / len(documents) * 1e3:.3f} ms ({len(documents) / median_cpu:,.0f} articles per CPU-second)")
    if not args.no_stages:
        _stages(documents, ruleset, lexicon, max(1, args.rounds // 4))

    many = documents * max(1, 4000 // len(documents))
    start = time.perf_counter()
    count = sum(1 for _ in check_many(many, jobs=args.jobs))
    elapsed = time.perf_counter() - start
    print(f"check_many, {args.jobs} processes: {count / elapsed:,.0f} articles/s over {count} articles (incl. pool start)")

    from cold_start import environment, measure  # whole processes, caches as a user has them

    article = args.corpus / "000-seed.txt"
    cold = measure([ROOT], article, 5)[ROOT]
    print(f"cold start, `verifier check 000-seed.txt`: {cold['warm']:.3f} s best of 5 ({cold['cpu']:.3f} s CPU), "
          f"{cold['empty']:.3f} s with an empty cache folder; imports {cold['imports'] * 1e3:.0f} ms")
    with tempfile.TemporaryDirectory() as scratch:  # the second run reads what the first one cached
        env = environment(Path(scratch) / "cache")
        for _ in range(2):
            split = subprocess.run([sys.executable, "-c", _COLD_SPLIT, str(article)], capture_output=True, text=True, cwd=ROOT, env=env)
    print(f"cold start split: {split.stdout.strip() or split.stderr.strip()}")
    return 0


def _stages(documents: list, ruleset, lexicon, rounds: int) -> None:
    """CPU ms per article of each stage: reading the document (Context), each extractor, rules, coverage."""
    from verifier.checking import coverage_of
    from verifier.evaluate import evaluate
    from verifier.extract import EXTRACTORS, Context, Extraction

    spent: dict[str, float] = {}
    clock = time.process_time

    def add(stage: str, since: float) -> float:
        now = clock()
        spent[stage] = spent.get(stage, 0.0) + now - since
        return now

    for _ in range(rounds):
        for d in documents:
            mark = clock()
            ctx = Context(d, lexicon)
            mark = add("context (figures, names, verbs)", mark)
            facts: list = []
            for extractor in EXTRACTORS:
                facts = extractor(ctx, facts)
                mark = add(f"extract.{extractor.__module__.rsplit('.', 1)[-1]}", mark)
            facts.sort(key=lambda f: (f.span.start, f.span.end))
            extraction = Extraction(tuple(f.model_copy(update={"id": f"f{i}"}) for i, f in enumerate(facts, 1)), ctx.mentions)
            mark = add("numbering", mark)
            evaluation = evaluate(extraction.facts, ruleset, document_id=d.id, document_date=d.date)
            mark = add("rules", mark)
            coverage_of(extraction, evaluation.checked)
            add("coverage", mark)
    count = rounds * len(documents)
    print("stages, CPU ms per article:")
    for stage, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {stage:34s} {seconds / count * 1e3:7.3f}")


# Run in a fresh interpreter: where the cold start goes (imports, lexicon, rules, the one check).
_COLD_SPLIT = """
import sys, time
t0 = time.perf_counter()
import pydantic, regex
t1 = time.perf_counter()
import verifier.checking, verifier.extract, verifier.cli
t2 = time.perf_counter()
from verifier.checking import default_lexicon, default_ruleset, check_document
lexicon = default_lexicon()
t3 = time.perf_counter()
ruleset = default_ruleset()
t4 = time.perf_counter()
from verifier.sources import read_inputs
check_document(next(iter(read_inputs([sys.argv[1]]))), ruleset, lexicon)
t5 = time.perf_counter()
print(f"pydantic+regex {t1 - t0:.3f} s, verifier imports (incl. pattern compiles) {t2 - t1:.3f} s, "
      f"lexicon {t3 - t2:.3f} s, rules {t4 - t3:.3f} s, first check {t5 - t4:.3f} s")
"""


if __name__ == "__main__":
    sys.exit(main())
