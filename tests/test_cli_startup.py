"""`resolver market list` starts fast: on a SQLite file already at the schema head it reads the
listing with the standard library's sqlite3 and never loads SQLAlchemy (README, "Start-up
time"); everywhere else it goes through SQLAlchemy with the same query. Both ways print the
same thing, and PostgreSQL lists what SQLite lists. The start-up time itself is measured in
bench/startup.py, not here."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from resolver.cli import app, markets
from resolver.config import Settings
from resolver.services import App
from resolver.store.summary import read_sqlite_at_head, sqlite_file

runner = CliRunner()
LATER = "2025-12-20T12:00:00+00:00"  # a second evaluation: some (market, outcome)s get a newer verdict


def invoke(*args: str):
    result = runner.invoke(app, list(args))
    assert "Traceback" not in (result.output + (result.stderr or "")), result.output
    assert result.exit_code == 0, result.output
    return result


def load_demo(url: str) -> None:
    invoke("demo", "--db", url)
    invoke("evaluate", "--as-of", LATER, "--db", url)


def test_summary_is_the_latest_verdict_of_every_market_and_outcome(db_url):
    load_demo(db_url)
    a = App(db_url, Settings())
    try:
        expected = [(m.id, o, m.question, m.deadline.isoformat(), v.verdict if v else None,
                     v.status if v else None, v.score if v else None) for m, o, v in a.latest()]
        got = [(r.market_id, r.outcome, r.question, r.deadline.isoformat(), r.verdict, r.status, r.score)
               for r in a.summary()]
        with a.engine.connect() as conn:
            verdict_rows = conn.exec_driver_sql("SELECT count(*) FROM verdicts").scalar()
    finally:
        a.engine.dispose()
    assert got == expected
    assert len(got) > len({r[0] for r in got})            # a who-wins market: one row per outcome
    assert verdict_rows > len(got)                         # older verdicts exist and were passed over
    assert any(r[1] == "daniel-reyes" for r in got)


def test_postgresql_lists_what_sqlite_lists(pg_url, sqlite_url):
    load_demo(pg_url)
    load_demo(sqlite_url)
    on_pg = invoke("market", "list", "--db", pg_url).stdout
    assert on_pg == invoke("market", "list", "--db", sqlite_url).stdout
    assert "port-avalon-mayor-2025/li-wen" in on_pg


def test_fast_path_prints_what_the_sqlalchemy_path_prints(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    load_demo(url)
    assert read_sqlite_at_head(url)  # the fast path applies to this database
    fast = invoke("market", "list", "--db", url).stdout
    monkeypatch.setattr(markets, "read_sqlite_at_head", lambda _url: None)
    assert invoke("market", "list", "--db", url).stdout == fast
    assert "port-avalon-mayor-2025/maria-okafor" in fast and "not evaluated" not in fast


def test_empty_listing_is_the_same_before_and_after_the_database_exists(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = invoke("market", "list").stdout    # no file yet: SQLAlchemy creates and migrates it
    assert (tmp_path / "resolver.db").is_file()
    assert read_sqlite_at_head("sqlite:///resolver.db") == []
    assert invoke("market", "list").stdout == first   # now the sqlite3 read
    assert first.startswith("no markets yet in sqlite:///resolver.db.")


def test_listing_a_database_at_the_head_loads_no_sqlalchemy(tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    load_demo(url)
    code = ("import sys; sys.argv = ['resolver', 'market', 'list', '--db', sys.argv[1]]\n"
            "from resolver.cli import main\n"
            "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
            "heavy = ('sqlalchemy', 'alembic', 'httpx', 'resolver.engine.evaluate', 'resolver.web', 'resolver.services')\n"
            "print('LOADED', sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy))\n")
    proc = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "northwind-harbor-merger-2025-11-30" in proc.stdout
    assert proc.stdout.strip().splitlines()[-1] == "LOADED []"


def test_a_database_behind_the_head_is_migrated_before_it_is_listed(tmp_path):
    from alembic import command
    from alembic.script import ScriptDirectory

    from resolver.store.db import alembic_config, current_revision, head_revision, make_engine
    from resolver.store.schema_version import MIGRATIONS_DIR

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    previous = ScriptDirectory(MIGRATIONS_DIR).get_revision(head_revision()).down_revision
    command.upgrade(alembic_config(engine), previous)
    assert read_sqlite_at_head(url) is None          # not at the head: the fast path steps aside
    assert invoke("market", "list", "--db", url).stdout.startswith("no markets yet")
    assert current_revision(engine) == head_revision()
    engine.dispose()


@pytest.mark.parametrize("url, path", [
    ("sqlite:///resolver.db", "resolver.db"),
    ("sqlite:////var/lib/resolver/r.db", "/var/lib/resolver/r.db"),
    ("sqlite://", None),
    ("sqlite:///:memory:", None),
    ("sqlite:///file:x.db?mode=ro&uri=true", None),
    ("sqlite:///with%20space.db", None),
    ("sqlite+pysqlite:///resolver.db", None),
    ("postgresql+psycopg://u:p@host/db", None),
])
def test_only_plain_sqlite_file_urls_take_the_fast_path(url, path):
    found = sqlite_file(url)
    assert (str(found) if found else None) == path


def test_a_file_that_is_not_a_database_falls_back_to_the_one_line_error(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    url = f"sqlite:///{junk}"
    assert read_sqlite_at_head(url) is None
    r = runner.invoke(app, ["market", "list", "--db", url])
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert r.stderr.strip().startswith("error:") and len(r.stderr.strip().splitlines()) == 1
