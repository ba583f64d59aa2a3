"""The second opinion through the CLI (typer's CliRunner) against the scripted local server:
`resolver adjudicate`, `evaluate` with [adjudicator], `market show`, `export`."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from resolver.cli import app
from tests.llmserver import ChatServer, Reply, answer, ok
from tests.test_cli import ARTICLES, AS_OF, MARKETS

runner = CliRunner()
KEY_ENV = "RESOLVER_TEST_LLM_KEY"
SECRET = "sk-test-cli-0a1b2c3d4e5f"
QUOTE = "A high-level U.S. delegation will arrive in Moscow next week for talks on the peace plan for Ukraine."


def invoke(*args: str):
    result = runner.invoke(app, list(args))
    assert "Traceback" not in (result.output + (result.stderr or "")), result.output
    return result


@pytest.fixture
def server():
    srv = ChatServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def setup(db_url, tmp_path, server, monkeypatch):
    monkeypatch.setenv(KEY_ENV, SECRET)
    cfg = tmp_path / "resolver.toml"
    cfg.write_text(f'[adjudicator]\nbase_url = "{server.base_url}"\nmodel = "test-model"\napi_key_env = "{KEY_ENV}"\n'
                   f'timeout_s = 2\nwhen = "undetermined"\ninput_cost_per_mtok = 1.0\noutput_cost_per_mtok = 4.0\n')
    m, a = tmp_path / "m.json", tmp_path / "a.jsonl"
    m.write_text(json.dumps(MARKETS))
    a.write_text("".join(json.dumps(x) + "\n" for x in ARTICLES))
    assert invoke("market", "import", str(m), "--db", db_url).exit_code == 0
    assert invoke("evidence", "import", str(a), "--db", db_url).exit_code == 0
    return db_url, str(cfg)


def article_id(db: str, market: str) -> int:
    shown = json.loads(invoke("market", "show", market, "--db", db, "--json").stdout)
    return shown["evidence"][0]["article_id"]


def test_adjudicate_on_demand_show_and_export(setup, server):
    db, cfg = setup
    art = article_id(db, "peace")
    server.then(ok(answer("likely-yes", 0.85, [(art, QUOTE, "the model's (wrong) reading")])))
    r = invoke("adjudicate", "peace", "--as-of", AS_OF, "--db", db, "--config", cfg)
    assert r.exit_code == 0, r.output
    line = r.stdout.strip()
    assert "\n" not in line and line.startswith("peace: second opinion likely-yes (0.85, 1 verified citation(s))")
    assert "DISAGREES with the rules (likely-no)" in line and "1 call(s), 1200+80 tokens" in line
    # again: cached, no call
    r = invoke("adjudicate", "peace", "--as-of", AS_OF, "--db", db, "--config", cfg)
    assert "cached, no call" in r.stdout and len(server.requests) == 1

    shown = invoke("market", "show", "peace", "--db", db, "--config", cfg).stdout
    assert "second opinion (not the verdict): likely-yes (confidence 0.85) — DISAGREES with the rules (likely-no)" in shown
    assert f'[verified] article {art} <https://news.example.org/peace>: "{QUOTE}"' in shown
    assert "likely-no" in shown.split("second opinion")[0]  # the rules verdict is shown first, unchanged
    data = json.loads(invoke("market", "show", "peace", "--db", db, "--json").stdout)
    assert data["verdicts"][0]["verdict"]["verdict"] == "likely-no"
    (op,) = data["second_opinions"]
    assert op["opinion"]["verdict"] == "likely-yes" and op["opinion"]["model"] == "test-model"

    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(invoke("export", "--db", db).stdout))}
    assert rows["peace"]["verdict"] == "likely-no"
    assert rows["peace"]["second_opinion"] == "likely-yes" and rows["peace"]["second_opinion_model"] == "test-model"
    assert rows["merger"]["second_opinion"] == ""
    final = {r["id"]: r for r in json.loads(invoke("export", "--format", "json", "--final", "--db", db).stdout)}
    assert final["peace"]["final_verdict"] == "likely-no" and final["peace"]["second_opinion"] == "likely-yes"
    q = json.loads(invoke("review", "list", "--json", "--db", db).stdout)
    peace = next(i for i in q if i["market"] == "peace")
    assert peace["flagged"] and peace["reason"] == "second opinion disagrees: test-model says likely-yes, the rules likely-no"
    assert SECRET not in (r.output + shown)


def test_evaluate_asks_only_for_the_selected_verdicts_and_reports_failures_in_one_line(setup, server, tmp_path):
    db, cfg = setup
    assert invoke("market", "add", "--id", "rates", "--question", "Will the Bank of Atlantis cut its policy rate by "
                  "December 31, 2025?", "--deadline", "2025-12-31T23:59:59+00:00", "--criteria",
                  "Resolves YES if the bank lowers its main policy rate by the deadline.", "--db", db).exit_code == 0
    art = tmp_path / "rates.json"
    art.write_text(json.dumps([{"url": "https://news.example.org/atlantis", "title": "Atlantis governor speaks",
                                "published": "2025-11-25T10:00:00+00:00",
                                "text": "The governor signalled that easing was on the table at the December meeting."}]))
    assert invoke("evidence", "import", str(art), "--market", "rates", "--db", db).exit_code == 0
    server.then(Reply(200, body=None, delay=3.0))  # the snow market is undetermined: asked, and times out
    r = invoke("evaluate", "--as-of", AS_OF, "--db", db, "--config", cfg)
    assert r.exit_code == 0
    lines = [x for x in r.stdout.splitlines() if "second opinion" in x]
    assert len(server.requests) == len(lines) == 1  # peace (likely-no) and merger (likely-yes) are not asked
    assert lines[0].startswith("rates: ")
    assert lines[0].endswith("second opinion failed (timeout: no reply within 2 s); rules verdict undetermined stands "
                             "[1 call(s)]")
    shown = invoke("market", "show", lines[0].split(":")[0], "--db", db, "--config", cfg).stdout
    assert "last second-opinion attempt failed at" in shown and "timeout: no reply within 2 s" in shown
    r = invoke("evaluate", "--as-of", AS_OF, "--db", db, "--config", cfg, "--json")
    assert json.loads(r.stdout)[0]["id"] and "second opinion failed" in r.stderr


def test_adjudicate_needs_the_config_section(setup):
    db, _ = setup
    r = invoke("adjudicate", "peace", "--db", db)
    assert r.exit_code == 2 and "second opinion is off" in r.stderr


def test_config_rejects_a_key_in_api_key_env(tmp_path, db_url):
    cfg = tmp_path / "bad.toml"
    cfg.write_text('[adjudicator]\nbase_url = "http://127.0.0.1:9/v1"\nmodel = "m"\napi_key_env = "sk-abc-123"\n')
    r = invoke("market", "list", "--db", db_url, "--config", str(cfg))
    assert r.exit_code == 2 and "api_key_env is the NAME of an environment variable" in r.stderr
    assert "sk-abc-123" not in r.stderr


CASES = [
    {"id": "signed", "expected": "likely-yes", "as_of": "2025-11-26T18:00:00+00:00", "market": MARKETS[1],
     "evidence": [ARTICLES[1]]},
    {"id": "paraphrase", "expected": "likely-yes", "as_of": "2025-12-02T12:00:00+00:00",
     "market": {"question": "Will the Bank of Atlantis cut its policy rate by December 31, 2025?",
                "deadline": "2025-12-31T23:59:59+00:00", "criteria": "Resolves YES if the bank lowers its main policy rate."},
     "evidence": [{"url": "https://news.example.org/atlantis-eases", "title": "Atlantis eases",
                   "published": "2025-12-01T10:00:00+00:00",
                   "text": "Borrowing costs in Atlantis now stand at 3.25 percent, down from 3.5 percent, after Monday's "
                           "meeting of the central bank's board."}]},
    {"id": "peace", "expected": "likely-no", "as_of": AS_OF, "market": MARKETS[0], "evidence": [ARTICLES[0]]},
]


def test_backtest_with_the_adjudicator_side_by_side(tmp_path, server, monkeypatch):
    monkeypatch.setenv(KEY_ENV, SECRET)
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps(CASES))
    cfg = tmp_path / "bt.toml"
    cfg.write_text(f'[adjudicator]\nbase_url = "{server.base_url}"\nmodel = "test-model"\napi_key_env = "{KEY_ENV}"\n'
                   f'timeout_s = 2\nwhen = "undetermined"\ninput_cost_per_mtok = 1.0\noutput_cost_per_mtok = 4.0\n')
    eased = "Borrowing costs in Atlantis now stand at 3.25 percent, down from 3.5 percent, after Monday's meeting"
    server.then(ok(answer("likely-yes", 0.9, [(1, "Northwind Air and Harbor Airlines signed a definitive merger "
                                                   "agreement on Monday.", "signed")])),
                ok(answer("likely-yes", 0.8, [(1, eased, "a cut is a lower rate")])),
                ok('{"verdict": "likely-yes"'))
    r = invoke("backtest", str(cases), "--adjudicator", "--config", str(cfg), "--json")
    assert r.exit_code == 0, r.output
    rep = json.loads(r.stdout)
    by_id = {x["id"]: x for x in rep["results"]}
    assert by_id["signed"]["rules"] == "likely-yes" and by_id["signed"]["model"] == "likely-yes"
    assert by_id["paraphrase"]["rules"] == "undetermined" and by_id["paraphrase"]["model"] == "likely-yes"
    assert by_id["paraphrase"]["combined"] == "likely-yes"
    assert by_id["peace"]["rules"] == "likely-no" and by_id["peace"]["model"] == "undetermined"  # malformed reply
    cols = rep["columns"]
    assert cols["rules"]["correct"] == 2 and cols["model"]["correct"] == 2 and cols["combined"]["correct"] == 3
    assert cols["combined"]["accuracy"] == 1.0 and cols["rules"]["coverage"] == pytest.approx(2 / 3, abs=1e-4)
    assert cols["model"]["decisive_precision"] == 1.0 and cols["rules"]["wrong_direction"] == 0
    assert rep["calls"] == 3 and rep["input_tokens"] == 3600 and rep["output_tokens"] == 240
    assert rep["problems"] == {"failed: malformed JSON from the model": 1}
    text = invoke("backtest", str(cases), "--adjudicator", "--config", str(cfg)).stdout
    assert "rules alone" in text and "model alone" in text and "combination" in text
    assert "model calls: 6" in text and "server-error: HTTP 500 after 2 call(s)" in text  # script spent: 500s, one retry each
    r = invoke("backtest", str(cases), "--adjudicator")
    assert r.exit_code == 2 and "--adjudicator needs an [adjudicator] section" in r.stderr
