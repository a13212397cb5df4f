"""Throughput of `check` on the dev corpus (warm, one process) and the CLI's cold start.

Prints figures; asserts nothing (these machines are shared and noisy).
Usage: python benchmarks/throughput.py [--corpus DIR] [--rounds N] [--jobs N]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
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

    times = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        for d in documents:
            check_document(d, ruleset, lexicon)
        times.append(time.perf_counter() - start)
    best, median = min(times), statistics.median(times)
    print(f"corpus: {len(documents)} articles, {megabytes:.3f} MB")
    print(f"check, one process, warm: {len(documents) / median:,.0f} articles/s median "
          f"({len(documents) / best:,.0f} best), {megabytes / median:.2f} MB/s")
    print(f"latency per article: {median / len(documents) * 1e3:.3f} ms median")

    many = documents * max(1, 4000 // len(documents))
    start = time.perf_counter()
    count = sum(1 for _ in check_many(many, jobs=args.jobs))
    elapsed = time.perf_counter() - start
    print(f"check_many, {args.jobs} processes: {count / elapsed:,.0f} articles/s over {count} articles (incl. pool start)")

    article = args.corpus / "000-seed.txt"
    colds = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "verifier.cli", "check", str(article), "--no-config"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
        colds.append(time.perf_counter() - start)
    print(f"cold start, `verifier check 000-seed.txt`: {statistics.median(colds):.3f} s median of 5")
    return 0


if __name__ == "__main__":
    sys.exit(main())
