"""The backtest's shared in-memory database (resolver.backtest.CaseDatabase): every case starts
from a freshly migrated database, so a run through one engine gives the same verdicts, byte for
byte, as a new engine per case."""

import json
from pathlib import Path

from sqlalchemy import text

from resolver.backtest import CaseDatabase, backtest, case_app, run_case
from resolver.config import Settings
from resolver.render import reasoning_text
from resolver.store.db import head_revision, session_scope
from resolver.store import repo

DEV = Path(__file__).parent / "data" / "dev_cases.json"


def test_each_case_starts_from_an_empty_migrated_database():
    settings = Settings()
    cases = json.loads(DEV.read_text())[:3]
    with CaseDatabase() as db:
        for n, case in enumerate(cases, 1):
            with case_app(case, n, settings, db) as (app, market, as_of):
                with session_scope(app.engine) as s:
                    assert repo.counts(s)["markets"] == 1
                    assert [r.id for r in repo.list_markets(s)] == [market.id]
                app.evaluate(as_of, market.id)
                with session_scope(app.engine) as s:
                    # autoincrement counters start again too: the first verdict of every case is id 1
                    assert [r.id for r in repo.verdict_history(s, market.id)] == [1]
        with db.fresh().engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM markets")).scalar() == 0
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()


def test_the_same_case_twice_is_evaluated_afresh_each_time():
    case = json.loads(DEV.read_text())[0]
    settings = Settings()
    with CaseDatabase() as db:
        first = run_case(case, 1, settings, db)
        second = run_case(case, 1, settings, db)
    assert first.model_dump() == second.model_dump()


def test_one_engine_for_the_run_gives_what_an_engine_per_case_gives(tmp_path):
    settings = Settings()
    cases = json.loads(DEV.read_text())[:8]
    alone = [run_case(case, n, settings) for n, case in enumerate(cases, 1)]
    f = tmp_path / "cases.json"
    f.write_text(json.dumps(cases))
    report = backtest(f, settings)
    assert [r["got"] for r in report["results"]] == [v.verdict for v in alone]
    assert [r["reasoning_text"] for r in report["results"]] == [reasoning_text(v) for v in alone]
    assert [r["reasoning"] for r in report["results"]] == [
        v.model_dump(mode="json", include={"summary", "contributions"}) for v in alone]
