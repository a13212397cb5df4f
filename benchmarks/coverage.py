"""Extraction coverage over the dev corpus: numeric mentions, mentions bound to a fact, the contexts
of unbound mentions, and throughput. Prints figures; asserts nothing.

    python benchmarks/coverage.py [CORPUS_DIR] [--top N]
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verifier.document import parse_document  # noqa: E402
from verifier.extract import bound, extract  # noqa: E402
from verifier.lexicon import load_lexicon  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT))
    parser.add_argument("--top", type=int, default=25, help="unbound contexts to show")
    parser.add_argument("--files", action="store_true", help="print a line per file")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    paths = sorted(corpus.glob("*.txt"))
    if not paths:
        print(f"no corpus at {corpus}; skipping")
        return 0
    lexicon = load_lexicon()
    # bytes decoded as the CLI does: no newline translation, so a file with "\r\n" is measured as it is
    documents = [parse_document(p.read_bytes().decode("utf-8"), p.name) for p in paths]
    total = covered = 0
    unbound: Counter[str] = Counter()
    for document in documents:
        extraction = extract(document, lexicon)
        hits = {(s.start, s.end) for s in bound(extraction)}
        mentions = len(extraction.mentions)
        total += mentions
        covered += len(hits)
        if args.files:
            share = 100 * len(hits) / mentions if mentions else 100.0
            print(f"{document.id:16} mentions {mentions:4}  bound {len(hits):4}  {share:5.1f}%  facts {len(extraction.facts)}")
        for span in extraction.mentions:
            if (span.start, span.end) not in hits:
                left = document.text[max(document.body_start, span.start - 40) : span.start].replace("\n", " ")
                right = document.text[span.end : span.end + 30].replace("\n", " ")
                unbound[f"{document.id}: …{left}[{span.text}]{right}…"] += 1
    print(f"\nfiles {len(documents)}  mentions {total}  bound {covered}  ({100 * covered / max(total, 1):.1f}%)")
    print(f"\ntop unbound mention contexts ({len(unbound)} distinct):")
    for context, _ in unbound.most_common(args.top):
        print("  " + context)
    repeats = max(1, 2000 // len(documents))
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(repeats):
        for document in documents:
            extract(document, lexicon)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    count = repeats * len(documents)
    mean = sum(len(d.text) for d in documents) / len(documents)
    print(f"\nthroughput: {count / cpu:,.0f} articles/s per core by CPU time ({1000 * cpu / count:.3f} ms per article, "
          f"{1000 * elapsed / count:.3f} ms wall), mean {mean:,.0f} chars")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
