"""The CLI contract, through typer's CliRunner: commands, --json output, exit codes and
bad input (one line, no traceback, database left as it was)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resolver.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]

MARKETS = [
    {"id": "peace", "question": "Will Russia and Ukraine sign a peace deal by November 27, 2025?",
     "deadline": "2025-11-27T23:59:59-05:00",
     "criteria": "Resolves YES if Russia and Ukraine sign a peace agreement by the deadline. Announcements of talks, "
                 "frameworks or agreements in principle do not count; a signature is required."},
    {"id": "merger", "question": "Will Northwind Air and Harbor Airlines sign a merger agreement by November 30, 2025?",
     "deadline": "2025-11-30T23:59:59-05:00", "criteria": "Non-binding letters of intent do not count."},
]
ARTICLES = [
    {"url": "https://news.example.org/peace", "title": "U.S. delegation to visit Moscow next week",
     "published": "2025-11-26T15:00:00+00:00",
     "text": "A high-level U.S. delegation will arrive in Moscow next week for talks on the peace plan for Ukraine. "
             "A final peace deal between Russia and Ukraine will not materialize within the current 24-hour window."},
    {"url": "https://biz.example.com/merger", "title": "Northwind Air and Harbor Airlines sign merger agreement",
     "published": "2025-11-24T21:00:00+00:00",
     "text": "Northwind Air and Harbor Airlines signed a definitive merger agreement on Monday."},
    {"url": "https://weather.example.org/snow", "title": "Snow expected", "published": "2025-11-25T06:00:00+00:00",
     "text": "Forecasters expect the first snow on Saturday."},
]
AS_OF = "2025-11-26T18:00:00+00:00"


def invoke(*args: str):
    result = runner.invoke(app, list(args))
    assert "Traceback" not in (result.output + (result.stderr or "")), result.output
    return result


@pytest.fixture
def files(tmp_path):
    m = tmp_path / "markets.json"
    m.write_text(json.dumps(MARKETS))
    a = tmp_path / "articles.jsonl"
    a.write_text("".join(json.dumps(x) + "\n" for x in ARTICLES))
    return m, a


@pytest.fixture
def loaded(db_url, files):
    m, a = files
    assert invoke("market", "import", str(m), "--db", db_url).exit_code == 0
    assert invoke("evidence", "import", str(a), "--db", db_url).exit_code == 0
    return db_url


def counts(db_url):
    from resolver.config import Settings
    from resolver.services import App

    app_ = App(db_url, Settings())
    try:
        return app_.counts()
    finally:
        app_.engine.dispose()


def test_every_command_has_help():
    for args in (["--help"], ["db", "upgrade", "--help"], ["market", "add", "--help"], ["market", "import", "--help"],
                 ["market", "list", "--help"], ["market", "show", "--help"], ["market", "history", "--help"],
                 ["evidence", "import", "--help"], ["evaluate", "--help"], ["export", "--help"],
                 ["backtest", "--help"], ["demo", "--help"], ["source", "add", "--help"], ["source", "list", "--help"],
                 ["source", "remove", "--help"], ["poll", "--help"], ["watch", "--help"], ["rules", "show", "--help"],
                 ["rules", "set", "--help"], ["rules", "reset", "--help"], ["rules", "test", "--help"]):
        r = invoke(*args)
        assert r.exit_code == 0 and "Usage" in r.output


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for cmd in ("db upgrade", "market add", "market import", "market list", "market show", "market history",
                "evidence import", "evaluate", "export", "backtest", "demo", "source add", "source list",
                "source remove", "poll", "watch", "rules show", "rules set", "rules reset", "rules test", "review",
                "review list", "review decide", "serve", "market sync", "webhooks list", "webhooks deliver",
                "webhooks retry"):
        assert f"resolver {cmd}" in readme, cmd


def test_db_upgrade_on_empty_database(db_url):
    r = invoke("db", "upgrade", "--db", db_url, "--json")
    from resolver.store.db import head_revision

    assert r.exit_code == 0 and json.loads(r.output)["revision"] == head_revision()


def test_import_evaluate_show_export(loaded):
    db = loaded
    c = counts(db)
    assert (c["markets"], c["articles"]) == (2, 3)

    r = invoke("evaluate", "--db", db, "--as-of", AS_OF, "--json")
    assert r.exit_code == 0
    got = {x["id"]: x["verdict"] for x in json.loads(r.output)}
    assert got == {"peace": "likely-no", "merger": "likely-yes"}

    r = invoke("market", "show", "peace", "--db", db)
    assert r.exit_code == 0
    assert "next week" in r.output and "1–7 Dec 2025" in r.output and "likely-no" in r.output

    r = invoke("market", "list", "--db", db, "--json")
    assert {x["id"]: x["verdict"] for x in json.loads(r.output)} == got

    r = invoke("export", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert {row["id"]: row["verdict"] for row in rows} == got
    assert all(row["reasoning"] and row["evaluated_at"] == AS_OF for row in rows)

    r = invoke("export", "--format", "jsonl", "--db", db)
    lines = [json.loads(line) for line in r.output.splitlines()]
    assert all(isinstance(x["reasoning"]["contributions"], list) for x in lines)

    r = invoke("export", "--format", "json", "--db", db)
    assert {x["id"] for x in json.loads(r.output)} == {"peace", "merger"}


def test_export_to_file_and_with_as_of(loaded, tmp_path):
    out = tmp_path / "out.json"
    r = invoke("export", "--format", "json", "--output", str(out), "--as-of", AS_OF, "--db", loaded)
    assert r.exit_code == 0
    data = json.loads(out.read_text())
    assert {x["id"]: x["verdict"] for x in data} == {"peace": "likely-no", "merger": "likely-yes"}


def test_ingest_twice_stores_nothing_new(loaded, files):
    before = counts(loaded)
    r = invoke("evidence", "import", str(files[1]), "--db", loaded, "--json")
    assert r.exit_code == 0
    report = json.loads(r.output)
    assert (report["new"], report["duplicate"], report["attached"]) == (0, 3, 0)
    assert counts(loaded) == before


def test_same_content_under_another_url_is_a_duplicate(loaded, tmp_path):
    copy = tmp_path / "copy.json"
    copy.write_text(json.dumps([{**ARTICLES[0], "url": "https://mirror.example.net/peace"}]))
    r = invoke("evidence", "import", str(copy), "--db", loaded, "--json")
    assert json.loads(r.output)["duplicate"] == 1


def test_re_evaluation_with_unchanged_inputs_adds_no_row(loaded):
    invoke("evaluate", "--db", loaded, "--as-of", AS_OF)
    n = counts(loaded)["verdicts"]
    invoke("evaluate", "--db", loaded, "--as-of", AS_OF)
    invoke("evaluate", "--db", loaded, "--as-of", "2025-11-26T19:00:00+00:00")
    assert counts(loaded)["verdicts"] == n
    # after the deadline the result changes: one new row for the peace market
    invoke("evaluate", "--db", loaded, "--as-of", "2025-11-29T00:00:00+00:00")
    r = invoke("market", "history", "peace", "--db", loaded, "--json")
    assert [h["verdict"] for h in json.loads(r.output) if h["kind"] == "suggestion"] == ["likely-no", "likely-no"]
    assert counts(loaded)["verdicts"] == n + 1


def test_market_add_and_manual_evidence(db_url, tmp_path):
    r = invoke("market", "add", "--question", "Will Zed Corp announce a CEO by March 1, 2026?",
               "--deadline", "2026-03-01T23:59:59+00:00", "--criteria", "Resolves YES if Zed Corp names a CEO.",
               "--id", "zed", "--db", db_url)
    assert r.exit_code == 0 and "new: zed" in r.output
    f = tmp_path / "a.json"
    f.write_text(json.dumps([{"url": "https://x.example/1", "title": "Unrelated", "published": "2026-01-01T00:00:00Z",
                              "text": "Nothing about it."}]))
    r = invoke("evidence", "import", str(f), "--market", "zed", "--db", db_url, "--json")
    assert json.loads(r.output)["attached"] == 1
    r = invoke("market", "show", "zed", "--db", db_url, "--json")
    assert json.loads(r.output)["evidence"][0]["reason"] == "manual"


def test_deadline_without_timezone_needs_tz(sqlite_url):
    args = ["market", "add", "--question", "Will Zed sign by May 1, 2026?", "--deadline", "2026-05-01T23:59:59",
            "--criteria", "c", "--db", sqlite_url]
    r = invoke(*args)
    assert r.exit_code == 2 and "no timezone offset" in r.stderr
    assert invoke(*args, "--tz", "Europe/Paris").exit_code == 0


def test_unknown_market_id(loaded):
    for args in (["market", "show", "nope"], ["evaluate", "--market", "nope"], ["market", "history", "nope"]):
        r = invoke(*args, "--db", loaded)
        assert r.exit_code == 2 and r.stderr.strip() == "error: unknown market id: nope"


def test_failed_import_stores_none_of_the_file(loaded, tmp_path):
    before = counts(loaded)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({**ARTICLES[0], "url": "https://new.example/1", "text": "new one"}) + "\n"
                   + json.dumps({"url": "https://new.example/2", "title": "no date", "text": "x"}) + "\n")
    r = invoke("evidence", "import", str(bad), "--db", loaded)
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1 and "'published' is missing" in r.stderr
    badm = tmp_path / "bad.json"
    badm.write_text(json.dumps([{**MARKETS[0], "id": "fresh"}, {"question": "no deadline", "criteria": "c"}]))
    r = invoke("market", "import", str(badm), "--db", loaded)
    assert r.exit_code == 2 and "'deadline' is missing" in r.stderr
    assert counts(loaded) == before


@pytest.mark.parametrize("content,binary,message", [
    ("[{", False, "not valid JSON"),
    (b"\xff\xfe[]", True, "not valid UTF-8"),
])
def test_malformed_files(sqlite_url, tmp_path, content, binary, message):
    f = tmp_path / "x.json"
    f.write_bytes(content) if binary else f.write_text(content)
    for cmd in ("market", "evidence"):
        r = invoke(cmd, "import", str(f), "--db", sqlite_url)
        assert r.exit_code == 2 and message in r.stderr


def test_huge_article_body_is_rejected(sqlite_url, tmp_path):
    f = tmp_path / "big.json"
    f.write_text(json.dumps([{**ARTICLES[0], "text": "x" * 50_000_000}]))
    r = invoke("evidence", "import", str(f), "--db", sqlite_url)
    assert r.exit_code == 2 and "over the 5,000,000-byte limit" in r.stderr
    assert counts(sqlite_url)["articles"] == 0


def test_missing_file(sqlite_url):
    r = invoke("market", "import", "/nonexistent/m.json", "--db", sqlite_url)
    assert r.exit_code == 2 and "no such file" in r.stderr


def test_unreachable_database():
    r = invoke("market", "list", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert r.exit_code == 1 and r.stderr.startswith("error: cannot open database")
    assert len(r.stderr.strip().splitlines()) == 1


def test_unusable_database_url():
    r = invoke("market", "list", "--db", "nosuchdriver://x")
    assert r.exit_code == 2 and "unusable database URL" in r.stderr


def test_bad_usage_exits_2(sqlite_url):
    assert invoke("export", "--format", "xml", "--db", sqlite_url).exit_code == 2
    assert invoke("evaluate", "--as-of", "yesterday", "--db", sqlite_url).exit_code == 2
    assert invoke("market", "add", "--db", sqlite_url).exit_code == 2


def test_database_url_precedence(tmp_path, monkeypatch, files):
    env_db = tmp_path / "env.db"
    cfg_db = tmp_path / "cfg.db"
    cfg = tmp_path / "resolver.toml"
    cfg.write_text(f'[database]\nurl = "sqlite:///{cfg_db}"\n')
    monkeypatch.chdir(tmp_path)
    assert invoke("market", "import", str(files[0])).exit_code == 0  # config file in the working folder
    assert cfg_db.exists()
    monkeypatch.setenv("RESOLVER_DATABASE_URL", f"sqlite:///{env_db}")
    assert invoke("market", "import", str(files[0])).exit_code == 0
    assert env_db.exists()


def test_bad_config_file(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text("[engine]\ndecision_threshold = -1\n")
    r = invoke("market", "list", "--config", str(cfg), "--db", f"sqlite:///{tmp_path / 'x.db'}")
    assert r.exit_code == 2 and "[engine.decision_threshold]" in r.stderr


def test_backtest_json(tmp_path):
    cases = [{"id": "c1", "market": {k: v for k, v in MARKETS[0].items() if k != "id"}, "evidence": [ARTICLES[0]],
              "expected": "likely-no", "why": "talks next week", "as_of": AS_OF},
             {"id": "c2", "market": {k: v for k, v in MARKETS[1].items() if k != "id"}, "evidence": [ARTICLES[1]],
              "expected": "likely-no", "why": "deliberately wrong label", "as_of": AS_OF}]
    f = tmp_path / "cases.json"
    f.write_text(json.dumps(cases))
    r = invoke("backtest", str(f), "--json")
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert (data["cases"], data["correct"], data["accuracy"]) == (2, 1, 0.5)
    assert data["confusion"]["likely-no"]["likely-yes"] == 1
    assert [x["correct"] for x in data["results"]] == [True, False]
    r = invoke("backtest", str(f))
    assert "MISS c2" in r.output and "accuracy: 50.0%" in r.output


def test_backtest_reports_decisive_precision_coverage_and_reliability(tmp_path):
    """Decisive precision counts only likely-yes/likely-no verdicts; coverage is the share of
    cases labelled yes/no that got one; the reliability table splits decisive verdicts by
    confidence band and its rows add up to the decisive count."""
    market = {k: v for k, v in MARKETS[1].items() if k != "id"}
    signed, snow = ARTICLES[1], ARTICLES[2]
    cases = [
        {"id": "right-yes", "market": market, "evidence": [signed], "expected": "likely-yes", "as_of": AS_OF},
        {"id": "wrong-no", "market": market, "evidence": [signed], "expected": "likely-no", "as_of": AS_OF},
        {"id": "missed-yes", "market": market, "evidence": [snow], "expected": "likely-yes", "as_of": AS_OF},
        {"id": "right-undet", "market": market, "evidence": [snow], "expected": "undetermined", "as_of": AS_OF},
    ]
    f = tmp_path / "cases.json"
    f.write_text(json.dumps(cases))
    r = invoke("backtest", str(f), "--json")
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert {"cases", "correct", "accuracy", "wrong_direction", "results"} <= set(data)
    assert (data["cases"], data["correct"], data["wrong_direction"]) == (4, 2, 1)
    assert (data["decisive"], data["decisive_right"], data["decisive_precision"]) == (2, 1, 0.5)
    assert (data["labelled_decisive"], data["covered"], data["coverage"]) == (3, 2, 0.6667)
    confidences = [x["confidence"] for x in data["results"]]
    assert confidences[0] == confidences[1] > 0.5 and confidences[2] == confidences[3] == 0.0
    rows = data["reliability"]
    assert sum(row["decisive"] for row in rows) == 2 and sum(row["right"] for row in rows) == 1
    band = next(row for row in rows if row["low"] <= confidences[0] < row["high"] or confidences[0] >= row["high"] == 1.0)
    assert (band["decisive"], band["right"], band["precision"]) == (2, 1, 0.5)
    assert all(row["precision"] is None for row in rows if row is not band)
    r = invoke("backtest", str(f))
    assert "decisive precision: 1/2 = 50.0%" in r.output and "coverage: 2/3 = 66.7%" in r.output
    assert "reliability" in r.output and band["band"] in r.output


def test_demo_runs_on_a_fresh_database(tmp_path):
    r = invoke("demo", "--db", f"sqlite:///{tmp_path / 'demo.db'}")
    assert r.exit_code == 0
    assert re.search(r"russia-ukraine-peace-deal-2025-11-27\s+│\s+likely-no", r.output)
    assert "1–7 Dec 2025" in r.output
    r2 = invoke("demo", "--db", f"sqlite:///{tmp_path / 'demo.db'}")
    assert "articles: 0 new" in r2.output


def test_readme_worked_example_is_what_the_demo_prints(tmp_path):
    readme = (ROOT / "README.md").read_text()
    block = readme.split("```\nrussia-ukraine-peace-deal-2025-11-27: ", 1)[1].split("```", 1)[0]
    r = invoke("demo", "--db", f"sqlite:///{tmp_path / 'demo.db'}")
    assert "russia-ukraine-peace-deal-2025-11-27: " + block.strip() in r.output
