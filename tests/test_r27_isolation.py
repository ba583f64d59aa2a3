"""One market the engine fails on does not stop the others (the twenty-seventh round).

Real data found two engine crashes in two rounds (a TypeError in named_removals, an IndexError in exchange_rates after
a merge), each raised by every evaluation of markets of one shape. Before, such a market ended the whole evaluation:
`resolver evaluate` and the poller recorded no verdict for any market, and a stranger's market file could stop a
team's run. Now the failing market is logged, left as it was (its last verdict stands, its new evidence stays marked
for the next pass) and named on stderr; the others are evaluated and recorded, and the exit code (1) tells a script.
The failure is simulated: the engine's entry point raises for one market."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import resolver.services.evaluation as evaluation
from resolver.cli import app
from resolver.config import Settings
from resolver.services import App

runner = CliRunner()
MARKETS = [
    {"id": "peace", "question": "Will Russia and Ukraine sign a peace deal by November 27, 2025?",
     "deadline": "2025-11-27T23:59:59-05:00", "criteria": "A signature is required."},
    {"id": "merger", "question": "Will Northwind Air and Harbor Airlines sign a merger agreement by November 30, 2025?",
     "deadline": "2025-11-30T23:59:59-05:00", "criteria": "Non-binding letters of intent do not count."},
]
ARTICLES = [{"url": "https://news.example.org/peace", "title": "Russia and Ukraine peace talks to resume next week",
             "published": "2025-11-25T09:00:00+00:00",
             "text": "Russia and Ukraine will resume talks on a peace deal next week, officials said."},
            {"url": "https://biz.example.com/merger", "title": "Northwind Air and Harbor Airlines sign merger agreement",
             "published": "2025-11-24T21:00:00+00:00",
             "text": "Northwind Air and Harbor Airlines signed a definitive merger agreement on Monday."}]
AS_OF = "2025-11-26T18:00:00+00:00"


@pytest.fixture
def loaded(db_url, tmp_path):
    m, a = tmp_path / "markets.json", tmp_path / "articles.jsonl"
    m.write_text(json.dumps(MARKETS))
    a.write_text("".join(json.dumps(x) + "\n" for x in ARTICLES))
    assert runner.invoke(app, ["market", "import", str(m), "--db", db_url]).exit_code == 0
    assert runner.invoke(app, ["evidence", "import", str(a), "--db", db_url]).exit_code == 0
    return db_url


@pytest.fixture
def failing(monkeypatch):
    real = evaluation.evaluate_market

    def evaluate_market(market, *args, **kwargs):
        if market.id == "peace":
            raise IndexError("no such group\n(second line)")
        return real(market, *args, **kwargs)
    monkeypatch.setattr(evaluation, "evaluate_market", evaluate_market)


def _verdicts(db_url: str) -> dict[str, str | None]:
    a = App(db_url, Settings())
    try:
        return {m.id: (v.verdict if v else None) for m, _, v in a.latest()}
    finally:
        a.engine.dispose()


def test_the_others_are_evaluated_and_the_failure_is_named(loaded, failing):
    r = runner.invoke(app, ["evaluate", "--db", loaded, "--as-of", AS_OF, "--json"])
    assert r.exit_code == 1 and "Traceback" not in r.output + r.stderr
    assert [x["id"] for x in json.loads(r.stdout)] == ["merger"]
    lines = r.stderr.strip().splitlines()
    assert lines == ["error: market peace: the engine failed (IndexError: no such group (second line)); "
                     "its last verdict stands"]
    assert _verdicts(loaded) == {"peace": None, "merger": "likely-yes"}


def test_the_last_verdict_stands_and_the_market_is_tried_again(loaded, monkeypatch):
    assert runner.invoke(app, ["evaluate", "--db", loaded, "--as-of", AS_OF]).exit_code == 0
    before = _verdicts(loaded)
    real = evaluation.evaluate_market
    monkeypatch.setattr(evaluation, "evaluate_market",
                        lambda m, *a, **k: (_ for _ in ()).throw(RuntimeError("boom")) if m.id == "peace" else real(m, *a, **k))
    r = runner.invoke(app, ["evaluate", "--db", loaded, "--as-of", "2025-12-01T00:00:00+00:00"])
    assert r.exit_code == 1 and "merger" in r.stdout and "error: market peace: the engine failed (RuntimeError: boom)" in r.stderr
    assert _verdicts(loaded)["peace"] == before["peace"]
    monkeypatch.setattr(evaluation, "evaluate_market", real)
    r = runner.invoke(app, ["evaluate", "--db", loaded, "--as-of", "2025-12-01T00:00:00+00:00", "--json"])
    assert r.exit_code == 0 and {x["id"] for x in json.loads(r.stdout)} == {"peace", "merger"}


def test_services_collect_the_failures_and_keep_the_market_marked(loaded, failing):
    from datetime import datetime
    a = App(loaded, Settings())
    try:
        failures: list[tuple[str, str]] = []
        outcomes = a.evaluate(datetime.fromisoformat(AS_OF), failures=failures)
        assert [o.market_id for o in outcomes] == ["merger"]
        assert failures == [("peace", "IndexError: no such group (second line)")]
        assert a.dirty_markets() == ["peace"]  # its new evidence stays marked for the next pass
        assert a.evaluate(datetime.fromisoformat(AS_OF))  # without a list: logged only
    finally:
        a.engine.dispose()


def test_a_long_error_is_cut_to_one_line():
    assert evaluation._one_line("x" * 500).endswith("…") and len(evaluation._one_line("x" * 500)) == 200
    assert evaluation._one_line("a\nb\r\n\tc") == "a b c"


def test_the_poller_evaluates_the_others_and_reports_the_failure(loaded, failing):
    from resolver.poll.runner import Poller
    a = App(loaded, Settings())
    try:
        report = Poller(a).run()
        assert [o.market_id for o in report.outcomes] == ["merger"] and report.evaluated == 1
        assert report.evaluation_errors == [("peace", "IndexError: no such group (second line)")]
        assert a.dirty_markets() == ["peace"]
    finally:
        a.engine.dispose()


@pytest.fixture
def cases_file(tmp_path):
    cases = [{"id": m["id"], "market": {k: m[k] for k in ("question", "deadline", "criteria")},
              "evidence": [a for a in ARTICLES if m["id"] in a["url"]], "as_of": AS_OF,
              "expected": "likely-yes" if m["id"] == "merger" else "undetermined"} for m in MARKETS]
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(cases))
    return path


@pytest.mark.parametrize("through_store", [False, True])
def test_backtest_counts_a_failed_case_wrong_and_runs_the_others(cases_file, monkeypatch, through_store):
    import resolver.backtest as backtest
    module = evaluation if through_store else backtest
    real = module.evaluate_market

    def evaluate_market(market, *args, **kwargs):
        if market.id == "peace":
            raise IndexError("no such group")
        return real(market, *args, **kwargs)
    monkeypatch.setattr(module, "evaluate_market", evaluate_market)
    r = runner.invoke(app, ["backtest", str(cases_file), "--json"] + (["--through-store"] if through_store else []))
    assert r.exit_code == 1 and "Traceback" not in r.output + r.stderr
    report = json.loads(r.stdout)
    assert (report["cases"], report["correct"]) == (2, 1)
    assert report["errors"] == [{"id": "peace", "error": "IndexError: no such group"}]
    assert {x["id"]: x["got"] for x in report["results"]} == {"peace": "error", "merger": "likely-yes"}
    assert r.stderr.strip().splitlines() == ["error: case peace: the engine failed (IndexError: no such group); counted wrong"]
    text = runner.invoke(app, ["backtest", str(cases_file)] + (["--through-store"] if through_store else []))
    assert text.exit_code == 1 and "MISS peace: expected undetermined, got error" in text.stdout
    assert "the engine failed: IndexError: no such group" in text.stdout


def test_backtest_without_failures_exits_0_with_no_errors(cases_file):
    r = runner.invoke(app, ["backtest", str(cases_file), "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["errors"] == []
