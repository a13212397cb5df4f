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
    print(f"  {'tree':{width}s}  {'import verifier.cli':>20s}  {'imports of a check':>18s}  {'check, warm cache':>17s}"
          f"  {'(its CPU time)':>14s}  {'check, empty cache':>18s}")
    for tree in trees:
        f = figures[tree]
        print(f"  {str(tree):{width}s}  {f['import'] * 1e3:17.1f} ms  {f['imports'] * 1e3:15.1f} ms  {f['warm']:15.3f} s"
              f"  {f['cpu']:12.3f} s  {f['empty']:16.3f} s")
    for other in trees[1:]:
        print(f"  this tree's check with a warm cache takes {figures[ROOT]['warm'] / figures[other]['warm']:.2f}x the wall time "
              f"and {figures[ROOT]['cpu'] / figures[other]['cpu']:.2f}x the CPU time of {other}'s")
    return 0


def measure(trees: list[Path], article: Path, runs: int) -> dict[Path, dict[str, float]]:
    """Best of `runs` for each tree: `import verifier.cli` and every import of a check (from
    -X importtime), and the wall time of the whole check process with the cache of an earlier run
    (and its CPU time) and with an empty cache folder. The trees' processes alternate."""
    best: dict[Path, dict[str, float]] = {t: {} for t in trees}
    with tempfile.TemporaryDirectory() as scratch:
        warm = Path(scratch) / "warm"
        for tree in trees:  # fill each tree's cache once, as an earlier run would
            _run([sys.executable, "-m", "verifier.cli", "check", str(article), "--no-config"], tree, warm)
        for run in range(runs):
            for tree in trees:
                figures = best[tree]
                _keep(figures, "import", _import_time(tree, ["-c", "import verifier.cli"], {"verifier.cli"}, warm))
                _keep(figures, "imports", _import_time(tree, ["-m", "verifier.cli", "check", str(article), "--no-config"], None, warm))
                wall, cpu = _run([sys.executable, "-m", "verifier.cli", "check", str(article), "--no-config"], tree, warm)
                _keep(figures, "warm", wall)
                _keep(figures, "cpu", cpu)
                empty = Path(scratch) / f"{len(str(tree))}-{run}-{trees.index(tree)}"
                _keep(figures, "empty", _run([sys.executable, "-m", "verifier.cli", "check", str(article), "--no-config"], tree, empty)[0])
    return best


def environment(cache: Path) -> dict[str, str]:
    """This process's environment with `cache` as the cache folder, and bytecode kept between runs
    (in a folder beside it, not in the trees), as an installed package has it: a shell that sets
    PYTHONDONTWRITEBYTECODE would otherwise time the compiling of every module's source."""
    env = {**os.environ, "VERIFIER_CACHE_DIR": str(cache), "XDG_CACHE_HOME": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache.parent / "bytecode")
    return env


def _keep(figures: dict[str, float], name: str, value: float) -> None:
    figures[name] = min(figures.get(name, value), value)


def _run(command: list[str], tree: Path, cache: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one process run in `tree` with `cache` as its cache
    folder. Other jobs on a shared machine stretch the wall time far more than the CPU time."""
    env = environment(cache)
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0  # reaped above
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def _import_time(tree: Path, arguments: list[str], modules: set[str] | None, cache: Path) -> float:
    """Seconds of import reported by -X importtime: the cumulative time of `modules`, or of every
    top-level import when None."""
    env = environment(cache)
    err = subprocess.run([sys.executable, "-X", "importtime", *arguments], cwd=tree, env=env, capture_output=True, text=True).stderr
    total = 0
    for line in err.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if m and (m[3] in modules if modules is not None else len(m[2]) == 1):
            total += int(m[1])
    return total / 1e6


if __name__ == "__main__":
    sys.exit(main())
