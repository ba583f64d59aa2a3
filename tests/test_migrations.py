"""Migrations: upgrading an empty database creates exactly the ORM's schema, on SQLite and
PostgreSQL; downgrade and upgrade again round-trips."""

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from resolver.store.db import alembic_config, current_revision, head_revision, make_engine, upgrade
from resolver.store.models import Base

TABLES = {"markets", "articles", "market_articles", "verdicts", "market_outcomes", "rule_sets", "sources", "decisions",
          "venue_markets", "market_versions", "price_snapshots", "webhook_deliveries",
          "apscheduler_jobs", "alembic_version", "second_opinions", "server_secrets"}


@pytest.fixture
def engine(db_url):
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


def test_upgrade_empty_database(engine):
    before, after = upgrade(engine)
    assert before is None and after == head_revision()
    assert set(sa.inspect(engine).get_table_names()) == TABLES
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], diff
    assert upgrade(engine) == (head_revision(), head_revision())  # idempotent


def test_downgrade_and_upgrade_again(engine):
    upgrade(engine)
    command.downgrade(alembic_config(engine), "base")
    assert current_revision(engine) is None
    assert set(sa.inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    assert current_revision(engine) == head_revision()


def test_unique_constraints_are_in_the_database(engine):
    upgrade(engine)
    uniques = {tuple(u["column_names"]) for u in sa.inspect(engine).get_unique_constraints("articles")}
    assert ("url",) in uniques and ("content_hash",) in uniques


def test_upgrade_keeps_data_written_at_an_older_revision(engine):
    """A database at 0001 with verdicts in it upgrades without losing them."""
    from alembic import command as cmd

    cmd.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO markets (id, question, deadline, deadline_offset_minutes, criteria, trusted_sources, settings,"
            " status, created_at, updated_at) VALUES ('m', 'Will X?', '2025-01-01 00:00:00', 0, '', '[]', '{}',"
            " 'open', '2025-01-01 00:00:00', '2025-01-01 00:00:00')"))
        conn.execute(sa.text(
            "INSERT INTO verdicts (market_id, verdict, score, confidence, status, summary, reasoning, engine_version,"
            " inputs_hash, result_hash, as_of, created_at) VALUES ('m', 'likely-no', -3, 0.9, 'deadline-passed', 's',"
            " '{}', '1.0.0', 'h', 'r', '2025-01-02 00:00:00', '2025-01-02 00:00:00')"))
    upgrade(engine)
    with engine.connect() as conn:
        row = conn.execute(sa.text("SELECT verdict, outcome_id, rule_set_version FROM verdicts")).one()
    assert tuple(row) == ("likely-no", "", None)
