"""The market list's rows — each market (one row per outcome of a multi-outcome market), its
deadline as written and its latest verdict — from one SQL query that runs on any DB-API
connection.

Two ways in, one query: `App.summary()` runs it through SQLAlchemy (PostgreSQL, and any SQLite
database that needs a migration first); `read_sqlite_at_head()` runs it through the standard
library's sqlite3 when the database is a plain SQLite file already at the schema head, so that
`resolver market list` does not load SQLAlchemy at all (README, "Start-up time"). Nothing here
imports SQLAlchemy, pydantic or the engine."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable, Sequence
from urllib.parse import quote

from .offsets import stored_utc, with_offset
from .schema_version import STAMP_SQL, head_from_files, stamp_of

# The newest verdict of each (market, outcome): the one definition, used here and by
# resolver.store.repo.latest_verdicts.
NEWEST_VERDICT_IDS = "SELECT max(id) AS id FROM verdicts GROUP BY market_id, outcome_id"

SUMMARY_SQL = f"""
SELECT m.id, o.outcome_id, m.question, m.deadline, m.deadline_offset_minutes, v.verdict, v.status, v.score
FROM markets m
LEFT JOIN market_outcomes o ON o.market_id = m.id
LEFT JOIN verdicts v ON v.market_id = m.id AND v.outcome_id = COALESCE(o.outcome_id, '')
                    AND v.id IN ({NEWEST_VERDICT_IDS})
ORDER BY m.deadline, m.id, o.position
"""


@dataclass(frozen=True)
class SummaryRow:
    market_id: str
    outcome: str | None        # None for a binary market
    question: str
    deadline: datetime         # with the offset it was given with
    verdict: str | None        # None: never evaluated
    status: str | None
    score: float | None


def summary_rows(rows: Iterable[Sequence[Any]]) -> list[SummaryRow]:
    """SummaryRows from the result rows of SUMMARY_SQL (whichever driver ran it)."""
    return [SummaryRow(market_id, outcome, question, with_offset(stored_utc(deadline), offset), verdict, status,
                       None if score is None else float(score))
            for market_id, outcome, question, deadline, offset, verdict, status, score in rows]


def sqlite_file(url: str) -> Path | None:
    """The file of a plain `sqlite:///FILE` URL (no driver name, query or %-escapes, not in
    memory); None for every other URL, which then goes through SQLAlchemy."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or any(c in url for c in "?%#"):
        return None
    path = url[len(prefix):]
    if not path or path == ":memory:" or path.startswith("file:"):
        return None
    return Path(path)


def read_sqlite_at_head(url: str) -> list[SummaryRow] | None:
    """The summary of a SQLite file read with sqlite3, read-only; None when this fast path does
    not apply — not a plain SQLite file URL, no such file, not a database, or its schema is
    not at the head revision — and the caller opens the App (which creates and migrates)."""
    path = sqlite_file(url)
    if path is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error:
        return None
    try:
        try:
            stamp = stamp_of(conn.execute(STAMP_SQL).fetchall())
        except sqlite3.DatabaseError:  # no alembic_version table yet, or not a database
            return None
        if stamp is None or stamp != head_from_files():
            return None
        try:
            return summary_rows(conn.execute(SUMMARY_SQL))
        except sqlite3.Error:  # e.g. locked past the timeout: the full path reports it in one line
            return None
    finally:
        conn.close()
