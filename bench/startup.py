"""Start-up time of the CLI: `resolver --help` and `resolver market list` on an empty database.

    python -m bench.startup [--runs 7] [--json FILE]

Each command runs `--runs` times as a fresh process (the way cron and scripts pay for it); the
median and the best wall time are printed. The first `market list` creates and migrates the
empty SQLite database; that run is not counted (a warm-up), so the figure is the start-up
cost of every later call. `python -X importtime` shows where the import time goes."""

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


def _time(cmd: list[str], env: dict[str, str], cwd: str) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()}")
    return elapsed


def measure(runs: int) -> dict[str, dict[str, float]]:
    exe = str(Path(sys.executable).with_name("resolver"))
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("RESOLVER_")}
        env["RESOLVER_DATABASE_URL"] = f"sqlite:///{tmp}/empty.db"
        commands = {"resolver --help": [exe, "--help"], "resolver market list": [exe, "market", "list"]}
        for name, cmd in commands.items():
            _time(cmd, env, tmp)  # warm-up: page cache, .pyc files, the empty database's migration
            samples = [_time(cmd, env, tmp) for _ in range(runs)]
            results[name] = {"median_s": round(statistics.median(samples), 3), "best_s": round(min(samples), 3),
                             "runs": runs}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    results = measure(args.runs)
    for name, r in results.items():
        print(f"{name:<24} median {r['median_s']:.3f} s  best {r['best_s']:.3f} s  ({r['runs']} runs)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
