"""`resolver backtest` hands each case to the engine directly (the default) or runs it through an
in-memory database (`--through-store`, production's import → attach → evaluate path). Both must
give the same report, byte for byte, on real cases: the direct way is only worth having if it
measures exactly what the store path measures."""

import json
from pathlib import Path

from typer.testing import CliRunner

from resolver.backtest import backtest
from resolver.cli import app
from resolver.config import Settings

REALNEWS = Path(__file__).parent / "data" / "realnews"
# multi-article batches from three rounds (real published excerpts, with their own dates)
FILES = [REALNEWS / "batch-07.json", REALNEWS / "batch-33.json", REALNEWS / "batch-50.json"]


def _both(path: Path) -> tuple[dict, dict]:
    settings = Settings()
    return backtest(path, settings), backtest(path, settings, through_store=True)


def test_engine_way_and_store_way_give_the_same_report_on_real_batches(tmp_path):
    cases = [c for f in FILES for c in json.loads(f.read_text())]
    assert sum(len(c["evidence"]) > 1 for c in cases) >= 30  # the order of articles is exercised
    f = tmp_path / "cases.json"
    f.write_text(json.dumps(cases))
    direct, stored = _both(f)
    assert direct == stored
    assert direct["cases"] == len(cases)


def test_evidence_the_store_keeps_once_is_read_once_by_the_engine_way(tmp_path):
    """The same URL twice with different text, the same text under two URLs, and articles given
    out of publication order: the store keeps the first of each URL and of each content (in URL
    order) and reads them back by publication time; the engine way must see the same."""
    cases = json.loads((REALNEWS / "batch-50.json").read_text())
    multi = [c for c in cases if len(c["evidence"]) >= 2][:6]
    doctored = []
    for c in multi:
        first, second = c["evidence"][0], c["evidence"][1]
        c = json.loads(json.dumps(c))
        c["evidence"] = list(reversed(c["evidence"])) + [
            {**second, "url": first["url"]},             # a second text under the first URL
            {**first, "url": first["url"] + "?amp=1"},  # the first text under another URL
        ]
        doctored.append(c)
    f = tmp_path / "doctored.json"
    f.write_text(json.dumps(doctored))
    direct, stored = _both(f)
    assert direct == stored


def test_cli_through_store_option_gives_the_same_json(tmp_path):
    f = tmp_path / "cases.json"
    f.write_text(json.dumps(json.loads((REALNEWS / "batch-33.json").read_text())[:12]))
    runner = CliRunner()
    direct = runner.invoke(app, ["backtest", str(f), "--json"])
    stored = runner.invoke(app, ["backtest", str(f), "--json", "--through-store"])
    assert direct.exit_code == 0 and stored.exit_code == 0, direct.output + stored.output
    assert json.loads(direct.stdout) == json.loads(stored.stdout)
    assert json.loads(direct.stdout)["cases"] == 12


def test_a_market_with_outcomes_is_evaluated_the_same_both_ways(tmp_path):
    """A multi-outcome market: the engine way derives each outcome's rule set as the store does and
    reports the first outcome's verdict, as the store way does."""
    case = next(c for c in json.loads((REALNEWS / "batch-52.json").read_text()) if "olympics" in c["id"])
    case = json.loads(json.dumps(case))
    case["market"]["outcomes"] = ["Paris", "London"]
    f = tmp_path / "outcomes.json"
    f.write_text(json.dumps([case]))
    direct, stored = _both(f)
    assert direct == stored
    assert [r["id"] for r in direct["results"]] == [case["id"]]
