"""`make bench`: ingest+match throughput, match-only throughput against a naive baseline
(every article × every market, measured in the same run), evaluation latency, peak memory and
database size, for 1k and 10k markets on SQLite and (when reachable) PostgreSQL.

    python -m bench.run [--markets 1000,10000] [--articles 10000] [--eval-markets 40]
                        [--postgres URL] [--json FILE] [--baseline DIR]

Each (database, markets) scenario runs in its own process so peak memory is its own.

`--baseline DIR` runs every scenario a second time, in the same sitting, on another version of
the code, and prints this version's figures as ratios of the baseline's (evaluation latency,
ingest+match throughput, peak memory). DIR holds that version's `resolver/` and `migrations/`
(older versions read migrations/ beside the package, newer ones as resolver.migrations; a copy in
both places serves either), e.g. for commit C:

    mkdir -p /tmp/base && git archive C resolver migrations | tar -x -C /tmp/base
    cp -r /tmp/base/migrations /tmp/base/resolver/migrations

The workload (bench/workload.py) is this checkout's for both, so both see the same markets and
articles. Ratios, not absolute times, are what to compare on a shared machine."""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]


def _pg_fresh(url: str) -> tuple[str, str]:
    import sqlalchemy as sa

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    eng = sa.create_engine(url)
    with eng.begin() as c:
        c.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    eng.dispose()
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}", schema


def _pg_size(url: str, schema: str) -> int:
    import sqlalchemy as sa

    eng = sa.create_engine(url)
    with eng.connect() as c:
        size = c.execute(sa.text(
            "SELECT coalesce(sum(pg_total_relation_size(format('%I.%I', schemaname, tablename))), 0) "
            "FROM pg_tables WHERE schemaname = :s"), {"s": schema}).scalar()
    eng.dispose()
    return int(size)


def _pg_drop(url: str, schema: str) -> None:
    import sqlalchemy as sa

    eng = sa.create_engine(url)
    with eng.begin() as c:
        c.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    eng.dispose()


def scenario(db: str, n_markets: int, n_articles: int, pg_url: str | None, n_eval: int = 40) -> dict:
    """One scenario, in this process."""
    from resolver.config import Settings
    from resolver.engine.match import MatchIndex, match_terms
    from resolver.services import App

    from .workload import article_about, articles, markets

    tmp = tempfile.mkdtemp(prefix="resolver-bench-")
    schema = None
    if db == "sqlite":
        url = f"sqlite:///{tmp}/bench.db"
    else:
        url, schema = _pg_fresh(pg_url)
    app = App(url, Settings())
    now = datetime(2030, 1, 1, tzinfo=timezone.utc)
    ms = markets(n_markets)
    t = time.perf_counter()
    for lo in range(0, len(ms), 1000):
        app.import_markets(ms[lo:lo + 1000], now)
    market_load_s = time.perf_counter() - t

    arts, mentioning = articles(ms, n_articles)
    # the project's path: ingest + match, in batches as a poller would
    t = time.perf_counter()
    attached = 0
    for lo in range(0, len(arts), 500):
        attached += app.import_articles(arts[lo:lo + 500], now).attached
    ingest_s = time.perf_counter() - t

    # match only: the index against the naive baseline, on the same articles, same process
    index = MatchIndex(match_terms(m) for m in ms)
    t = time.perf_counter()
    hits = sum(1 for a in arts for mid, mt in index.candidates(a.title, a.text) if mt.score >= 2.0)
    index_s = time.perf_counter() - t
    # naive: one matcher per market, every article checked against every market (built first,
    # so only matching is timed)
    singles = [MatchIndex([match_terms(m)]) for m in ms]
    sample = arts[: max(20, min(len(arts), 200_000 // n_markets))]
    t = time.perf_counter()
    naive_hits = sum(1 for a in sample for single in singles for _, mt in single.candidates(a.title, a.text)
                     if mt.score >= 2.0)
    naive_s = time.perf_counter() - t
    index_sample_hits = sum(1 for a in sample for mid, mt in index.candidates(a.title, a.text) if mt.score >= 2.0)
    assert naive_hits == index_sample_hits, (naive_hits, index_sample_hits)

    # evaluation latency: `n_eval` markets with 200 attached articles each (40 by default, so that
    # p95 is a percentile, not the slowest of ten). A full collection runs before each timed
    # evaluation, so a pause owed to garbage left by earlier work (ingest, the previous market)
    # does not land in one evaluation's time; collections the evaluation itself triggers still count.
    import gc
    import random

    rng = random.Random(3)
    chosen = rng.sample(ms, n_eval)
    extra = [article_about(m, 10_000_000 + 1000 * i + k, rng) for i, m in enumerate(chosen) for k in range(200)]
    for lo in range(0, len(extra), 500):
        app.import_articles(extra[lo:lo + 500], now)
    cold, warm, evidence = [], [], []
    for k, m in enumerate(chosen):
        evidence.append(len(app.evidence(m.id)))
        for series in (cold, warm):
            as_of = now + timedelta(days=2, minutes=2 * k + (series is warm))
            gc.collect()
            t = time.perf_counter()
            app.evaluate(as_of, m.id, now=as_of)
            series.append((time.perf_counter() - t) * 1000)

    size = os.path.getsize(f"{tmp}/bench.db") if db == "sqlite" else _pg_size(pg_url, schema)
    app.engine.dispose()
    if schema:
        _pg_drop(pg_url, schema)

    def pct(xs, p):
        xs = sorted(xs)
        return round(xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))], 1)

    return {
        "db": db, "markets": n_markets, "articles": n_articles, "mentioning": mentioning,
        "market_load_s": round(market_load_s, 2),
        "ingest_match_per_s": round(n_articles / ingest_s, 1), "attached": attached,
        "match_per_s": round(n_articles / index_s, 1), "index_hits": hits,
        "naive_match_per_s": round(len(sample) / naive_s, 2), "naive_sample": len(sample),
        "ratio_vs_naive": round((n_articles / index_s) / (len(sample) / naive_s), 1),
        "eval_ms_cold_p50": pct(cold, 50), "eval_ms_cold_p95": pct(cold, 95),
        "eval_ms_warm_p50": pct(warm, 50), "eval_ms_warm_p95": pct(warm, 95),
        "eval_articles": min(evidence), "eval_markets": len(chosen),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "db_size_mb": round(size / 1e6, 1),
    }


def table(rows: list[dict]) -> str:
    cols = [("db", "db"), ("markets", "markets"), ("ingest_match_per_s", "ingest+match/s"),
            ("match_per_s", "match/s"), ("naive_match_per_s", "naive/s"), ("ratio_vs_naive", "ratio"),
            ("eval_ms_cold_p50", "eval p50 cold ms"), ("eval_ms_cold_p95", "p95 cold"),
            ("eval_ms_warm_p50", "p50 warm"), ("eval_ms_warm_p95", "p95 warm"), ("peak_rss_mb", "peak MB"),
            ("db_size_mb", "db MB")]
    lines = ["| " + " | ".join(h for _, h in cols) + " |", "|" + "---|" * len(cols)]
    for r in rows:
        lines.append("| " + " | ".join(str(r[k]) for k, _ in cols) + " |")
    return "\n".join(lines)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--markets", default="1000,10000")
    p.add_argument("--articles", type=int, default=10_000)
    p.add_argument("--eval-markets", type=int, default=40,
                   help="markets (200 articles each) whose cold and warm evaluation is timed (default 40)")
    p.add_argument("--postgres", default=os.environ.get("RESOLVER_TEST_POSTGRES_URL"))
    p.add_argument("--json", default=str(ROOT / "bench" / "results.json"))
    p.add_argument("--baseline", metavar="DIR", help="another version's resolver/ package to compare against")
    p.add_argument("--one", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.one:
        db, n = args.one.split(":")
        print(json.dumps(scenario(db, int(n), args.articles, args.postgres, args.eval_markets)))
        return
    if args.baseline and not (Path(args.baseline) / "resolver" / "engine").is_dir():
        raise SystemExit(f"--baseline {args.baseline}: expected another version's resolver/ package there (see --help)")
    dbs = ["sqlite"] + (["postgresql"] if args.postgres else [])
    rows, base_rows = [], []
    for db in dbs:
        for n in [int(x) for x in args.markets.split(",")]:
            for code, into in [("this", rows)] + ([("baseline", base_rows)] if args.baseline else []):
                print(f"running {db} with {n:,} markets and {args.articles:,} articles ({code}) …",
                      file=sys.stderr, flush=True)
                into.append(_run_one(db, n, args, args.baseline if code == "baseline" else None))
    for db in dbs:
        mine = [r for r in rows if r["db"] == db]
        if len(mine) >= 2:
            small, big = min(mine, key=lambda r: r["markets"]), max(mine, key=lambda r: r["markets"])
            big["match_throughput_vs_smallest"] = round(big["match_per_s"] / small["match_per_s"], 2)
    result = {"generated_at": datetime.now(timezone.utc).isoformat(), "rows": rows}
    if args.baseline:
        result["baseline_rows"] = base_rows
        result["vs_baseline"] = [_ratios(a, b) for a, b in zip(rows, base_rows)]
    Path(args.json).write_text(json.dumps(result, indent=2))
    print(table(rows))
    if args.baseline:
        print("\nbaseline (" + args.baseline + "):\n" + table(base_rows))
        print("\nthis / baseline:")
        for r in result["vs_baseline"]:
            print("  " + ", ".join(f"{k} {v}" for k, v in r.items()))
    print(f"\nJSON: {args.json}")


def _run_one(db: str, n: int, args, baseline: str | None) -> dict:
    """One scenario in a fresh process; with `baseline`, its resolver package comes first on the path."""
    argv = ["--one", f"{db}:{n}", "--articles", str(args.articles), "--eval-markets", str(args.eval_markets)] + (
        ["--postgres", args.postgres] if args.postgres else [])
    if baseline:
        boot = ("import runpy, sys; sys.path.insert(0, sys.argv[1]); sys.argv = ['bench.run'] + sys.argv[2:]; "
                "runpy.run_module('bench.run', run_name='__main__')")
        cmd = [sys.executable, "-c", boot, str(Path(baseline).resolve())] + argv
    else:
        cmd = [sys.executable, "-m", "bench.run"] + argv
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    if out.returncode != 0:
        print(out.stderr, file=sys.stderr)
        raise SystemExit(f"scenario {db}:{n} failed")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _ratios(this: dict, base: dict) -> dict:
    keys = ["eval_ms_cold_p50", "eval_ms_cold_p95", "eval_ms_warm_p95", "ingest_match_per_s", "peak_rss_mb"]
    out = {"db": this["db"], "markets": this["markets"]}
    for k in keys:
        out[k] = round(this[k] / base[k], 2) if base.get(k) else None
    return out


if __name__ == "__main__":
    main()
