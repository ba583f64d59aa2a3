"""Backtests: evaluate labelled cases (the shared eval format).

Two ways, with the same report byte for byte (tests/test_backtest_paths.py holds them equal on
real cases):
- the engine way (the default): each case's market and articles validated as imports validate
  them, its evidence what the store would keep of it (one article per URL and per content,
  `services.evidence.distinct_articles`) in the order the store reads it back (publication time,
  then URL), and the rule set derived from the market (what a fresh store puts in force), handed
  to the engine directly. No database: about 25 ms of CPU a case on a small machine (the
  whole real-news corpus, 5,400 cases, in about two minutes of CPU, one over two cores).
- `through_store=True` (`resolver backtest --through-store`): each case through the same code
  path as production (import → attach → evaluate) in its own in-memory database. One run shares
  one in-memory engine (CaseDatabase) per process: the migrations run once a process, into a
  snapshot that is copied over the database before each case (sqlite3's backup API), so every
  case starts from the very bytes of a freshly migrated database while SQLAlchemy's
  compiled-statement cache, which lives on the engine, is kept across cases.

A run of 200 cases or more is spread over up to four worker processes, its report unchanged."""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import sqlite3
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, ClassVar, Iterator

from .config import Settings
from .engine.types import Article, Market, Verdict
from .errors import BadInput, ResolverError
from .ingest import article_from_dict, market_from_dict, parse_time, read_text
from .render import reasoning_text
from .services import App
from .services.engine_calls import default_rule_set, evaluate_market, evaluate_outcomes, outcome_id, outcome_market
from .services.evidence import article_hash, distinct_articles
from .store.db import make_engine, upgrade
from .store.schema_version import head_from_files

LABELS = ("likely-yes", "likely-no", "undetermined")
DECISIVE = ("likely-yes", "likely-no")
# Confidence bands of the reliability table: [low, high) — the last one includes 1.0.
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 0.95), (0.95, 1.0))


def load_cases(path: Path, settings: Settings) -> list[dict[str, Any]]:
    text = read_text(path, settings.ingest.max_file_bytes)
    try:
        cases = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"{path}: not valid JSON: {exc.msg} (line {exc.lineno})") from None
    if not isinstance(cases, list):
        raise BadInput(f"{path}: expected a list of cases")
    for n, case in enumerate(cases, 1):
        if not isinstance(case, dict):
            raise BadInput(f"{path}: case {n}: expected an object")
        for key in ("market", "evidence", "expected", "as_of"):
            if key not in case:
                raise BadInput(f"{path}: case {n}: '{key}' is missing")
        if case["expected"] not in LABELS:
            raise BadInput(f"{path}: case {n}: 'expected' must be one of {', '.join(LABELS)}")
    return cases


class CaseDatabase:
    """One in-memory SQLite engine for a run of cases; `fresh()` puts it back to the state right
    after the migrations (a byte copy of that state, taken once a process), before each case."""

    _snapshots: ClassVar[dict[str, sqlite3.Connection]] = {}  # schema head → the migrated database
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self) -> None:
        self.engine = make_engine("sqlite://")
        head = head_from_files()
        with self._lock:
            if head is None or head not in self._snapshots:
                upgrade(self.engine)
                snapshot = sqlite3.connect(":memory:", check_same_thread=False)
                self._copy(snapshot, into_engine=False)
                if head is None:  # no clear-cut head: keep this run's copy only
                    self._snapshot = snapshot
                    return
                self._snapshots[head] = snapshot
            self._snapshot = self._snapshots[head]

    def _copy(self, snapshot: sqlite3.Connection, into_engine: bool) -> None:
        raw = self.engine.raw_connection()  # the one connection of the StaticPool
        try:
            live = raw.driver_connection
            if into_engine:
                snapshot.backup(live)
            else:
                live.backup(snapshot)
        finally:
            raw.close()

    def fresh(self) -> "CaseDatabase":
        with self._lock:
            self._copy(self._snapshot, into_engine=True)
        return self

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "CaseDatabase":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def case_inputs(case: dict[str, Any], n: int, settings: Settings) -> tuple[Market, list[Article], datetime]:
    """A case's market, articles and as-of time, validated as imports validate them."""
    where = f"case {case.get('id', n)}"
    market = market_from_dict({**case["market"], "id": str(case.get("id") or f"case-{n}")}, where)
    articles = [article_from_dict(a, f"{where}: evidence {k}", settings.ingest.max_article_bytes)
                for k, a in enumerate(case["evidence"], 1)]
    return market, articles, parse_time(case["as_of"], f"{where}: 'as_of'")


def evaluate_case(case: dict[str, Any], n: int, settings: Settings) -> Verdict:
    """A case through the engine directly, with what a fresh store would give it: the evidence it
    keeps (one article per URL and per content) in the order it reads it back (publication time,
    then URL), and the derived rule set of the market (of each outcome's market)."""
    market, articles, as_of = case_inputs(case, n, settings)
    kept = [a for a, _ in distinct_articles((a, article_hash(a)) for a in articles)]
    evidence = sorted(kept, key=lambda a: (a.published, a.url))
    if market.outcomes:
        rules = {outcome_id(o): default_rule_set(outcome_market(market, o)) for o in market.outcomes}
        return evaluate_outcomes(market, evidence, as_of, settings.engine, rules)[0]
    return evaluate_market(market, evidence, as_of, settings.engine, default_rule_set(market))


@contextmanager
def case_app(case: dict[str, Any], n: int, settings: Settings,
             db: CaseDatabase | None = None) -> Iterator[tuple[App, Market, datetime]]:
    """A case loaded into its own in-memory database: (app, market, as_of), disposed after use.
    With `db` (one CaseDatabase for the run), the case gets that engine put back to its
    freshly-migrated state instead of a new engine."""
    market, articles, as_of = case_inputs(case, n, settings)
    app = App("sqlite://", settings, engine=db.fresh().engine if db is not None else None)
    try:
        app.import_markets([market], now=as_of)
        app.import_articles(articles, now=as_of, market_id=market.id)
        yield app, market, as_of
    finally:
        if db is None:
            app.engine.dispose()


class EngineFailed(Exception):
    """The engine raised on a case (a bug its text brings out): the case counts wrong, the run goes on."""


def stored_verdict(app: App, market: Market, as_of: datetime) -> Verdict:
    """The verdict a case's store records for its market; EngineFailed (with the engine's message) when the
    evaluation set the market aside as failed."""
    failures: list[tuple[str, str]] = []
    outcomes = app.evaluate(as_of, market.id, failures=failures)
    if failures:
        raise EngineFailed(failures[0][1])
    return outcomes[0].verdict


def run_case(case: dict[str, Any], n: int, settings: Settings, db: CaseDatabase | None = None) -> Verdict:
    with case_app(case, n, settings, db) as (app, market, as_of):
        return stored_verdict(app, market, as_of)


# The result of a case the engine failed on (its 'got' and 'status'): no label, counted wrong, listed in 'errors'.
ERROR = "error"

# Cases at or above which a run is spread over worker processes (one in-memory database each);
# results come back in the file's order, so the report is the same byte for byte.
PARALLEL_FROM = 200
_worker_db: "CaseDatabase | None" = None


def _case_result(case: dict[str, Any], n: int, settings: Settings, db: CaseDatabase | None) -> dict[str, Any]:
    try:
        v = run_case(case, n, settings, db) if db is not None else evaluate_case(case, n, settings)
    except ResolverError:
        raise  # the case itself is bad input: one line, exit 2, as before
    except Exception as exc:  # the engine's failure on this case: counted wrong and named, the others still run
        why = " ".join((str(exc) if isinstance(exc, EngineFailed) else f"{type(exc).__name__}: {exc}").split())[:200]
        return {"id": case.get("id", f"case-{n}"), "expected": case["expected"], "got": ERROR, "correct": False,
                "score": 0.0, "confidence": 0.0, "status": ERROR, "known_at": None,
                "reasoning": {"summary": f"the engine failed: {why}", "contributions": []},
                "reasoning_text": f"the engine failed: {why}", "error": why}
    return {
        "id": case.get("id", f"case-{n}"), "expected": case["expected"], "got": v.verdict,
        "correct": v.verdict == case["expected"], "score": v.score, "confidence": v.confidence,
        "status": v.status,
        "known_at": v.known_at.isoformat() if v.known_at else None,
        "reasoning": v.model_dump(mode="json", include={"summary", "contributions"}),
        "reasoning_text": reasoning_text(v),
    }


def _in_worker(job: tuple[dict[str, Any], int, Settings, bool]) -> dict[str, Any]:
    global _worker_db
    case, n, settings, through_store = job
    if through_store and _worker_db is None:
        _worker_db = CaseDatabase()
    return _case_result(case, n, settings, _worker_db if through_store else None)


def _load_engine() -> None:
    """The engine's modules and lemminflect's tables (loaded on their first look-up, a second or
    so each: else every worker would load its own copy after the fork)."""
    from .engine import evaluate, outcomes, spec  # noqa: F401  (the lazy functions' modules)
    import lemminflect
    lemminflect.getAllLemmas("loaded")
    lemminflect.getAllLemmasOOV("loaded", upos="VERB")
    lemminflect.getAllInflections("load", upos="VERB")
    lemminflect.getAllInflectionsOOV("load", upos="VERB")


# The cyclic garbage collector during a run: a full collection walks every object the engine's
# caches hold (each cached sentence's tokens: hundreds of thousands after a thousand cases), and the
# default thresholds run one whenever that heap grew by a quarter, a tenth of the run's CPU. A run
# keeps the loaded modules out of it (gc.freeze, before the workers fork) and collects its oldest
# generation ten times less often; the young generations as usual. Put back after the run.
_RUN_GC_THRESHOLDS = (700, 10, 100)
_gc_runs = [0, None]  # runs under way in this process, the thresholds before the first
_gc_lock = threading.Lock()


@contextmanager
def _run_gc() -> Iterator[None]:
    with _gc_lock:
        if _gc_runs[0] == 0:
            _gc_runs[1] = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(*_RUN_GC_THRESHOLDS)
        _gc_runs[0] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_runs[0] -= 1
            if _gc_runs[0] == 0:
                gc.set_threshold(*_gc_runs[1])
                gc.unfreeze()


def _workers(n_cases: int) -> int:
    if n_cases < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(4, os.cpu_count() or 1))


def _results(cases: list[dict[str, Any]], settings: Settings, workers: int, through_store: bool,
             progress: Callable[[int, int], None] | None) -> list[dict[str, Any]]:
    """Each case's result, in the file's order (over `workers` forked processes when more than one)."""
    results: list[dict[str, Any]] = []
    if workers > 1:
        jobs = [(case, n, settings, through_store) for n, case in enumerate(cases, 1)]
        try:
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
                produced = pool.map(_in_worker, jobs, chunksize=8)
                for n, r in enumerate(produced, 1):
                    if progress is not None:
                        progress(n - 1, len(cases))
                    results.append(r)
        except BrokenProcessPool:  # a worker died (out of memory, killed): run the cases here instead
            results, workers = [], 1
    if workers == 1:
        db = CaseDatabase() if through_store else None
        try:
            for n, case in enumerate(cases, 1):
                if progress is not None:
                    progress(n - 1, len(cases))
                results.append(_case_result(case, n, settings, db))
        finally:
            if db is not None:
                db.close()
    return results


def backtest(path: Path, settings: Settings, progress: Callable[[int, int], None] | None = None,
             through_store: bool = False) -> dict[str, Any]:
    """The report of a run over a file of cases: accuracy, wrong direction, decisive figures,
    the confusion table and each case's result. `through_store`: each case through an
    in-memory database (import → attach → evaluate) instead of the engine directly."""
    cases = load_cases(path, settings)
    confusion = {e: {g: 0 for g in LABELS} for e in LABELS}
    workers = _workers(len(cases))
    _load_engine()  # once, before the workers fork: they share the loaded modules and compiled patterns
    with _run_gc():
        results = _results(cases, settings, workers, through_store, progress)
    for r in results:
        confusion[r["expected"]][r["got"]] = confusion[r["expected"]].get(r["got"], 0) + 1
    correct = sum(r["correct"] for r in results)
    wrong_direction = sum(1 for r in results if {r["expected"], r["got"]} == {"likely-yes", "likely-no"})
    return {
        "cases": len(results), "correct": correct,
        "accuracy": round(correct / len(results), 4) if results else 0.0,
        "wrong_direction": wrong_direction,
        **decisive_figures(results),
        "confusion": confusion, "results": results,
        "errors": [{"id": r["id"], "error": r["error"]} for r in results if r["got"] == ERROR],
    }


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def decisive_figures(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Decisive precision (right when the verdict is likely-yes or likely-no), coverage (share
    of cases labelled yes or no that got a decisive verdict) and the reliability table
    (precision of decisive verdicts by confidence band)."""
    decisive = [r for r in results if r["got"] in DECISIVE]
    right = sum(1 for r in decisive if r["got"] == r["expected"])
    labelled = [r for r in results if r["expected"] in DECISIVE]
    covered = sum(1 for r in labelled if r["got"] in DECISIVE)
    table = []
    for k, (lo, hi) in enumerate(BANDS):
        last = k == len(BANDS) - 1
        inside = [r for r in decisive if lo <= r["confidence"] < hi or (last and r["confidence"] >= hi)]
        ok = sum(1 for r in inside if r["got"] == r["expected"])
        table.append({"band": f"{lo:.2f}–{hi:.2f}", "low": lo, "high": hi, "decisive": len(inside), "right": ok,
                      "precision": _ratio(ok, len(inside))})
    return {
        "decisive": len(decisive), "decisive_right": right, "decisive_precision": _ratio(right, len(decisive)),
        "labelled_decisive": len(labelled), "covered": covered, "coverage": _ratio(covered, len(labelled)),
        "reliability": table,
    }
