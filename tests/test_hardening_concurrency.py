"""Issue 11, concurrency: migrations under a lock, rule-set versions as an upsert, durable
re-evaluation (markets marked dirty with their links, picked up by every pass), and real
processes importing shuffled overlapping files while pollers run (PostgreSQL and SQLite)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone

import pytest
import sqlalchemy as sa

from resolver.config import PollSettings, Settings
from resolver.engine import Article, Market
from resolver.poll.runner import Poller
from resolver.services import App
from resolver.store.db import session_scope
from tests.feedserver import FeedServer, rss

NOW = datetime(2030, 3, 4, 12, 0, tzinfo=timezone.utc)
TOPICS = ["Northland and Southland", "Eastland and Westland", "Upland and Downland", "Farland and Nearland",
          "Oldland and Newland", "Highland and Lowland"]


def market(k: int, topic: str) -> Market:
    return Market(id=f"accord-{k}", question=f"Will {topic} sign a border accord by December 31, 2030?",
                  deadline=datetime(2030, 12, 31, 23, 59, 59, tzinfo=timezone.utc),
                  criteria=f"Resolves YES if {topic} sign a border accord by the deadline.")


def article_dict(i: int) -> dict:
    topic = TOPICS[i % len(TOPICS)]
    verb = "signed a border accord" if i % 5 == 0 else "met to discuss a border accord"
    return {"url": f"https://news.example.org/story/{i}", "title": f"{topic} border talks, report {i}",
            "published": "2030-03-01T10:00:00+00:00", "text": f"{topic} {verb} on Monday, officials said. Report {i}."}


def cli(db_url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "resolver.cli", *args, "--db", db_url]


# 16: migrations under a lock -------------------------------------------------------------------------
def test_concurrent_first_commands_on_a_new_database_all_succeed(db_url):
    procs = [subprocess.Popen(cli(db_url, "market", "list", "--json"), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        assert json.loads(out) == []


# 15: rule-set versions are an upsert ------------------------------------------------------------------
def test_two_evaluations_deriving_the_first_rule_set_at_once_do_not_collide(pg_url):
    a = App(pg_url, Settings())
    a.import_markets([market(0, TOPICS[0])], NOW)
    m = a.market("accord-0")
    inserted, done, errors = threading.Event(), threading.Event(), []

    def first():
        with session_scope(a.engine) as s:
            a._current_rule_set(s, m, "", NOW)  # stores version 1, not yet committed
            inserted.set()
            time.sleep(1.0)

    def second():
        inserted.wait(10)
        try:
            a.evaluate(NOW, market_id="accord-0")
        except Exception as exc:  # noqa: BLE001 - the failure under test
            errors.append(exc)
        done.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors, errors[0]
    assert [h["version"] for h in a.rules("accord-0", NOW)["history"]] == [1]


# 15: durable re-evaluation -----------------------------------------------------------------------------
def test_evidence_stored_without_evaluation_is_evaluated_by_the_next_pass(db_url):
    a = App(db_url, Settings(poll=PollSettings(default_interval=60)))
    a.import_markets([market(0, TOPICS[0])], NOW)
    art = Article(url="https://news.example.org/x", title="Northland and Southland sign border accord",
                  published=NOW, text="Northland and Southland signed a border accord on Monday.")
    report = a.import_articles([art], NOW)  # like a poller that died before evaluating
    assert report.attached == 1 and a.latest("accord-0")[0][2] is None
    assert a.dirty_markets() == ["accord-0"]
    result = Poller(a, now=lambda: NOW, worker="later").run()  # no sources at all
    assert result.evaluated == 1
    assert a.latest("accord-0")[0][2] is not None
    assert a.dirty_markets() == []


# the done-when test: 4 importers and 3 pollers, real processes ------------------------------------------
def run_concurrent_round(db_url: str, tmp_path, seed: int) -> dict:
    rnd = random.Random(seed)
    server = FeedServer().start()
    try:
        a = App(db_url, Settings())
        a.import_markets([market(k, t) for k, t in enumerate(TOPICS)], NOW)
        a.engine.dispose()
        pool = list(range(120))
        files, expected = [], set(range(60, 160))  # the feeds carry 60..159
        for n in range(4):  # shuffled, overlapping: each file holds 80 of the 120 articles
            chosen = rnd.sample(pool, 80)
            expected |= set(chosen)
            f = tmp_path / f"import-{seed}-{n}.jsonl"
            f.write_text("".join(json.dumps(article_dict(i)) + "\n" for i in chosen))
            files.append(f)
        feed_items = [{"title": d["title"], "link": d["url"], "text": d["text"], "date": "Fri, 01 Mar 2030 10:00:00 +0000"}
                      for d in map(article_dict, range(60, 160))]
        cfg = tmp_path / f"resolver-{seed}.toml"
        lines = ["[poll]", "read_timeout = 10", ""]
        for f in range(3):
            chunk = feed_items[f * 30:f * 30 + 40]  # overlapping with each other and with the files
            rnd.shuffle(chunk)
            server.feed(f"/f{f}", rss(chunk))
            lines += ["[[sources]]", f'name = "feed{f}"', f'url = "{server.url(f"/f{f}")}"', "interval = 3600", ""]
        cfg.write_text("\n".join(lines))
        cmds = [cli(db_url, "evidence", "import", str(f), "--json") for f in files]
        cmds += [cli(db_url, "poll", "--once", "--config", str(cfg), "--json") for _ in range(3)]
        rnd.shuffle(cmds)
        procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for c in cmds]
        results = [(p.args, *p.communicate(timeout=300), p.returncode) for p in procs]
        for args, out, err, rc in results:
            assert rc == 0, f"{' '.join(args[3:6])} exited {rc}: {err.strip()[-400:]}"
        eng = sa.create_engine(db_url)
        with eng.connect() as conn:
            urls = list(conn.execute(sa.text("SELECT url FROM articles")).scalars())
            # nothing is lost: a market with evidence has a verdict or is still marked for evaluation
            pending = conn.execute(sa.text(
                "SELECT count(DISTINCT l.market_id) FROM market_articles l WHERE l.market_id NOT IN "
                "(SELECT market_id FROM verdicts) AND l.market_id NOT IN (SELECT market_id FROM dirty_markets)")).scalar()
        assert pending == 0
        # any later pass (cron's next run) evaluates what is still marked
        later = subprocess.run(cli(db_url, "poll", "--once", "--json"), capture_output=True, text=True, timeout=120)
        assert later.returncode == 0, later.stderr
        with eng.connect() as conn:
            without = conn.execute(sa.text(
                "SELECT count(DISTINCT market_id) FROM market_articles WHERE market_id NOT IN "
                "(SELECT market_id FROM verdicts)")).scalar()
            with_evidence = conn.execute(sa.text("SELECT count(DISTINCT market_id) FROM market_articles")).scalar()
        eng.dispose()
        assert len(urls) == len(set(urls))  # every article stored once
        assert sorted(urls) == sorted(article_dict(i)["url"] for i in expected)
        assert with_evidence == len(TOPICS) and without == 0
        return {"articles": len(urls), "markets_with_evidence": with_evidence}
    finally:
        server.stop()


def test_four_importers_and_three_pollers_at_once(db_url, tmp_path):
    run_concurrent_round(db_url, tmp_path, seed=int(time.time()))
