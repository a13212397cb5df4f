"""Cold start of `verifier check one.txt`: import time and one-article wall time, whole processes.

Prints figures; asserts nothing. With `--against DIR` (another checkout, e.g. the main branch) both
trees are measured side by side in one run, their processes interleaved, so that the load of a shared
machine falls on both alike; read the ratio more than the absolute figures. Each tree runs from its
own folder with this interpreter, so `import verifier` finds that tree's package first.
Usage: python benchmarks/cold_start.py [--against DIR] [--runs N] [--article FILE]
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = Path("verifier") / "samples" / "seoul-close.txt"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", type=Path, action="append", default=[], metavar="DIR", help="another checkout to measure beside this one")
    parser.add_argument("--runs", type=int, default=5, help="processes per figure; the best is shown")
    parser.add_argument("--article", type=Path, default=ARTICLE, help="the article, relative to each tree")
    args = parser.parse_args()
    trees = [ROOT, *(p.resolve() for p in args.against)]
    figures = measure(trees, args.article, args.runs)
    width = max(len(str(t)) for t in trees)
    print(f"cold start, best of {args.runs} processes each (`verifier check {args.article} --no-config`)")
    print(f"  {'tree':{width}s}  {'import verifier.cli':>20s}  {'imports of a check':>18s}  {'check, warm cache':>17s}  {'check, empty cache':>18s}")
    for tree in trees:
        f = figures[tree]
        print(f"  {str(tree):{width}s}  {f['import'] * 1e3:17.1f} ms  {f['imports'] * 1e3:15.1f} ms  {f['warm']:15.3f} s  {f['empty']:16.3f} s")
    if len(trees) > 1:
        base = figures[trees[1]]["warm"]
        print(f"  this tree's warm-cache check takes {figures[ROOT]['warm'] / base:.2f}x the time of {trees[1]}'s")
    return 0


def measure(trees: list[Path], article: Path, runs: int) -> dict[Path, dict[str, float]]:
    """Best of `runs` for each tree: `import verifier.cli` and every import of a check (from
    -X importtime), and the wall time of the whole check process with the cache of an earlier run
    and with an empty cache folder. The trees' processes alternate."""
    best: dict[Path, dict[str, float]] = {t: {} for t in trees}
    with tempfile.TemporaryDirectory() as scratch:
        for tree in trees:  # fill each tree's cache once, as an earlier run would
            _run([sys.executable, "-m", "verifier.cli", "check", str(article), "--no-config"], tree, None)
        for run in range(runs):
            for tree in trees:
                figures = best[tree]
                _keep(figures, "import", _import_time(tree, ["-c", "import verifier.cli"], {"verifier.cli"}))
                _keep(figures, "imports", _import_time(tree, ["-m", "verifier.cli", "check", str(article), "--no-config"], None))
                _keep(figures, "warm", _run([sys.executable, "-m", "verifier.cli", "check", str(article), "--no-config"], tree, None))
                empty = Path(scratch) / f"{len(str(tree))}-{run}-{trees.index(tree)}"
                _keep(figures, "empty", _run([sys.executable, "-m", "verifier.cli", "check", str(article), "--no-config"], tree, empty))
    return best


def _keep(figures: dict[str, float], name: str, value: float) -> None:
    figures[name] = min(figures.get(name, value), value)


def _run(command: list[str], tree: Path, cache: Path | None) -> float:
    """Wall seconds of one process run in `tree`; `cache` names an empty cache folder to use."""
    env = dict(os.environ)
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)
    start = time.perf_counter()
    subprocess.run(command, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _import_time(tree: Path, arguments: list[str], modules: set[str] | None) -> float:
    """Seconds of import reported by -X importtime: the cumulative time of `modules`, or of every
    top-level import when None."""
    err = subprocess.run([sys.executable, "-X", "importtime", *arguments], cwd=tree, capture_output=True, text=True).stderr
    total = 0
    for line in err.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if m and (m[3] in modules if modules is not None else len(m[2]) == 1):
            total += int(m[1])
    return total / 1e6


if __name__ == "__main__":
    sys.exit(main())
