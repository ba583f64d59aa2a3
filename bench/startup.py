"""Start-up time of the CLI: `resolver --help` and `resolver market list` on an empty database.

    python -m bench.startup [--runs 7] [--json FILE] [--src DIR]

Each command runs `--runs` times as a fresh process (the way cron and scripts pay for it); the
median and the best wall time are printed. The first `market list` creates and migrates the
empty SQLite database; that run is not counted (a warm-up), so the figure is the start-up
cost of every later call. `python -X importtime` shows where the import time goes.

`--src DIR` times another checkout of the code with the same interpreter and packages (for a
before/after comparison in one sitting on a shared machine: `git archive COMMIT | tar -x -C DIR`).
User+system CPU time is reported beside wall time: on a loaded machine it is the steadier figure.

The children run with bytecode caching on (PYTHONDONTWRITEBYTECODE removed from their
environment), as an installed package has its .pyc files; `--no-pyc` keeps the variable as
the caller has it: on a fresh checkout (no __pycache__ yet) every run then compiles the
project's modules.
Target (issue 13): each median under TARGET_S seconds of CPU; the exit status says whether
both met it."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 0.4


def _time(cmd: list[str], env: dict[str, str], cwd: str) -> tuple[float, float]:
    """(wall seconds, user+system CPU seconds) of one run."""
    before = os.times()
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t0
    after = os.times()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return elapsed, cpu


def measure(runs: int, src: Path | None = None, pyc: bool = True) -> dict[str, dict[str, float]]:
    if src is None:
        exe = [str(Path(sys.executable).with_name("resolver"))]
    else:
        exe = [sys.executable, "-c", "import sys; sys.argv[0] = 'resolver'; from resolver.cli import main; main()"]
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("RESOLVER_") and not (pyc and k == "PYTHONDONTWRITEBYTECODE")}
        env["RESOLVER_DATABASE_URL"] = f"sqlite:///{tmp}/empty.db"
        if src is not None:
            env["PYTHONPATH"] = str(src.resolve())
        commands = {"resolver --help": [*exe, "--help"], "resolver market list": [*exe, "market", "list"]}
        for name, cmd in commands.items():
            _time(cmd, env, tmp)  # warm-up: page cache, .pyc files, the empty database's migration
            samples = [_time(cmd, env, tmp) for _ in range(runs)]
            walls, cpus = [w for w, _ in samples], [c for _, c in samples]
            results[name] = {"median_s": round(statistics.median(walls), 3), "best_s": round(min(walls), 3),
                             "median_cpu_s": round(statistics.median(cpus), 3), "runs": runs}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--src", type=Path, default=None, help="time the code in this directory instead")
    parser.add_argument("--no-pyc", action="store_true", help="leave PYTHONDONTWRITEBYTECODE as it is")
    args = parser.parse_args()
    results = measure(args.runs, args.src, pyc=not args.no_pyc)
    for name, r in results.items():
        verdict = "met" if r["median_cpu_s"] < TARGET_S else "NOT met"
        print(f"{name:<24} wall median {r['median_s']:.3f} s, best {r['best_s']:.3f} s; "
              f"CPU median {r['median_cpu_s']:.3f} s  ({r['runs']} runs; target < {TARGET_S} s CPU {verdict})")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    sys.exit(0 if all(r["median_cpu_s"] < TARGET_S for r in results.values()) else 1)


if __name__ == "__main__":
    main()
