"""The engine alone on the bench's evaluation workload: CPU seconds of cold evaluations, and where
they go.

    python tools/prof_engine.py [--code DIR ...] [--repeat 3] [--profile] [--markets 40]

The workload is bench.run's evaluation part (bench/workload.py, same seeds): 10,000 markets, 40 of
them drawn with random.Random(3), 200 articles about each. Each market is evaluated once, cold, in
the bench's order, with what the services hand the engine (`default_rule_set` then
`evaluate_market`, engine.evaluate), no database. Every run is a fresh process (caches empty; the
engine's modules and lemminflect's tables loaded before the clock starts) timed with
time.process_time; the best of `--repeat` runs is reported.

`--code DIR` (repeatable) runs the engine of another checkout (DIR/resolver first on the path; the
workload stays this checkout's). With several, the runs are interleaved (A B A B …) and each is
given as a ratio of the first: on a shared machine compare ratios from one sitting, not seconds.
`--profile`: one more run under cProfile, top 40 by cumulative and by own time."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def workload(n: int):
    import random
    from datetime import timedelta

    from bench.workload import BASE, article_about, markets

    ms = markets(10_000)
    rng = random.Random(3)
    chosen = rng.sample(ms, 40)
    extra = [[article_about(m, 10_000_000 + 1000 * i + k, rng) for k in range(200)] for i, m in enumerate(chosen)]
    return [(m, arts, BASE + timedelta(days=2, minutes=2 * k)) for k, (m, arts) in enumerate(zip(chosen, extra))][:n]


def child(n: int, profile: bool) -> None:
    import gc
    import time

    from resolver.config import Settings
    from resolver.engine.evaluate import evaluate_market
    from resolver.engine.spec import default_rule_set
    try:
        from resolver.backtest import _load_engine
        _load_engine()
    except ImportError:  # an older checkout: its first evaluation loads what it needs
        pass
    jobs = workload(n)
    settings = Settings().engine
    prof = None
    if profile:
        import cProfile
        prof = cProfile.Profile()
    each, verdicts = [], []
    for m, arts, as_of in jobs:
        gc.collect()
        t = time.process_time()
        if prof:
            prof.enable()
        v = evaluate_market(m, arts, as_of, settings, default_rule_set(m))
        if prof:
            prof.disable()
        each.append(time.process_time() - t)
        verdicts.append(v.verdict)
    if prof:
        import io
        import pstats
        for key in ("cumulative", "tottime"):
            s = io.StringIO()
            pstats.Stats(prof, stream=s).sort_stats(key).print_stats(40)
            print(s.getvalue(), file=sys.stderr)
    print(json.dumps({"total": sum(each), "each": each, "verdicts": verdicts}))


def run(code: Path, n: int, profile: bool = False) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(code), str(ROOT)])}
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", str(n)] + (["--profile"] if profile else []),
                         env=env, capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    if profile:
        print(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--code", action="append", type=Path, help="another checkout (holding resolver/); repeatable")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--markets", type=int, default=40)
    p.add_argument("--profile", action="store_true")
    p.add_argument("--child", type=int, help=argparse.SUPPRESS)
    a = p.parse_args()
    if a.child is not None:
        return child(a.child, a.profile)
    codes = a.code or [ROOT]
    best: dict[Path, dict] = {}
    for r in range(a.repeat):
        for c in codes:
            res = run(c, a.markets)
            print(f"  run {r + 1} {c}: {res['total']:.2f} s CPU", file=sys.stderr, flush=True)
            if c not in best or res["total"] < best[c]["total"]:
                best[c] = res
    first = best[codes[0]]
    for c in codes:
        b = best[c]
        each = sorted(b["each"])
        p95 = each[min(len(each) - 1, round(0.95 * (len(each) - 1)))]
        same = "" if b["verdicts"] == first["verdicts"] else "  (verdicts differ from the first!)"
        print(f"{str(c):40} best {b['total']:.2f} s CPU, p95 {p95 * 1000:.0f} ms, "
              f"ratio {b['total'] / first['total']:.3f}{same}")
    if a.profile:
        run(codes[-1], a.markets, profile=True)


if __name__ == "__main__":
    main()
