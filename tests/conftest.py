"""Shared fixtures: SQLite (always) and PostgreSQL (when RESOLVER_TEST_POSTGRES_URL is set)
database URLs, each test getting a fresh database (PostgreSQL: a fresh schema)."""

from __future__ import annotations

import functools
import json
import os
import uuid
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import pytest
import sqlalchemy as sa

from resolver.engine import Article, Market

PG_URL = os.environ.get("RESOLVER_TEST_POSTGRES_URL")


def ts(value: str) -> datetime:
    return datetime.fromisoformat(value)


def news_market(question: str, deadline: str, criteria: str = "") -> Market:
    """A market written the way a venue writes it (for tests on real published sentences)."""
    return Market(id="m", question=question, deadline=ts(deadline), criteria=criteria)


def news_article(url: str, published: str, title: str, text: str) -> Article:
    """A published page: its address, its own date, its title and text verbatim."""
    return Article(url=url, title=title, published=ts(published), text=text, source=url.split("/")[2])


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def pg_url():
    """A PostgreSQL URL whose search_path is a fresh schema, dropped afterwards."""
    if not PG_URL:
        pytest.skip("RESOLVER_TEST_POSTGRES_URL not set")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    with admin.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """Runs a test once on SQLite and once on PostgreSQL (skipped without a server)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("pg_url")


PEACE_MARKET = Market(
    id="peace-deal",
    question="Will Russia and Ukraine sign a peace deal by November 27, 2025?",
    deadline=ts("2025-11-27T23:59:59-05:00"),
    criteria=("Resolves YES if Russia and Ukraine sign a peace agreement by 11:59 PM ET on November 27, 2025. "
              "Announcements of talks, frameworks or agreements in principle do not count; a signature is required."),
)

PEACE_ARTICLE = Article(
    url="https://news.example.org/putin-us-talks-next-week",
    title="Putin confirms U.S. talks for next week, dashing hopes for an immediate peace deal",
    published=ts("2025-11-26T15:00:00+00:00"),
    source="news.example.org",
    text=(
        "MOSCOW — Russian President Vladimir Putin said on Wednesday that a high-level U.S. delegation will "
        "arrive in Moscow next week for talks on the American peace plan. "
        "Officials in Kyiv said the revised plan still had to be discussed with European partners.\n\n"
        "For market observers, the implications are clear: a final deal will not materialize within the current "
        "24-hour window."
    ),
)


def article(text: str, published: str = "2025-11-26T15:00:00+00:00", title: str = "", url: str | None = None,
            source: str = "news.example.org") -> Article:
    return Article(url=url or f"https://{source}/{abs(hash(text)) % 10**8}", title=title, published=ts(published),
                   text=text, source=source)


def decided(v) -> str:
    """The verdict's label, or, when the weak-reading gate held a decisive verdict back
    (status weak-reading, engine/weak_readings.py), the direction that reading gave: a reading's test
    checks what the reading decides, and the gate's own tests (test_weak_readings.py) check that it
    is held back."""
    from resolver.engine.weak_readings import STATUS, held_direction
    return held_direction(v.contributions) if v.status == STATUS else v.verdict


def fired(v, *rules):
    """The weighted contributions of a verdict made by any of `rules` (a derived rule counts under
    its base rule): what a reading's test asks of the trace."""
    return [c for c in v.contributions if (c.base_rule or c.rule) in rules and c.weight]


def fired_yes(v, *rules) -> bool:
    """Some contribution of the named rules (any, when none is named) counts towards yes."""
    return any(c.direction == "yes" for c in fired(v, *rules))


def fired_no(v, *rules) -> bool:
    """Some contribution of the named rules (any, when none is named) counts towards no."""
    return any(c.direction == "no" for c in fired(v, *rules))


def silence_hold(v) -> bool:
    """The verdict is held only by contest_silence: a contest-won market whose likely-no would rest on the passed
    deadline alone (every unread-evidence entry is that gate's), not by a reading of an unread win."""
    from resolver.engine import contest_silence

    entries = [c for c in v.contributions if c.rule == contest_silence.NAME]
    return v.status == "unread-evidence" and bool(entries) and all(contest_silence.NOTE in c.reason for c in entries)


def run_case(question: str, deadline: str, criteria: str, items, as_of: str):
    """The engine's verdict on one corpus-shaped case: `items` are (url, published, title, text)."""
    from resolver.engine import evaluate_market
    return evaluate_market(news_market(question, deadline, criteria),
                           [news_article(url, pub, title, text) for url, pub, title, text in items], ts(as_of))


REALNEWS = Path(__file__).parent / "data" / "realnews"


@functools.lru_cache(maxsize=None)
def realnews_case(case_id: str) -> dict:
    """A development case of tests/data/realnews by its id ('b114-…' is in batch-114.json), for tests that
    read a case's market and evidence verbatim (never a sealed or held-out file)."""
    n = case_id.split("-")[0][1:]
    for c in json.loads((REALNEWS / f"batch-{int(n):02d}.json").read_text(encoding="utf-8")):
        if c["id"] == case_id:
            return c
    raise KeyError(case_id)


def case_runner(case_id: str, url: str, published: str, as_of: str | None = None, title: str = "",
                question: str = "", market: dict | None = None):
    """The engine on one development case's market, verbatim (or with its question or whole market swapped), over
    one article at `url` published at `published`, as of `as_of` (the case's own by default):
    `run(text, head=title, question=None)` gives the verdict. The readings' tests build their variants on it."""
    c = realnews_case(case_id)
    base = market or c["market"]

    def run(text: str, head: str = title, question_now: str | None = None):
        return run_case(question_now or question or base["question"], base["deadline"], base["criteria"],
                        [(url, published, head, text)], as_of or c["as_of"])
    return run
