"""Several poller processes sharing one database: each source is fetched by one worker at a
time (leases), every article is stored once, and a worker killed mid-fetch frees its claim
when the lease runs out. Real processes, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

import sqlalchemy as sa

from resolver.config import Settings
from resolver.services import App
from tests.feedserver import FeedServer, rss


def _items(base: str, feed: int, n: int) -> list[dict]:
    return [{"title": f"Feed {feed} story {k}", "link": f"{base}/f{feed}/{k}", "text": f"Body {feed}-{k}.",
             "date": "Mon, 04 Mar 2030 09:00:00 +0000"} for k in range(n)]


def _poll_cmd(db_url: str, cfg) -> list[str]:
    return [sys.executable, "-m", "resolver.cli", "poll", "--once", "--db", db_url, "--config", str(cfg), "--json"]


def test_three_workers_fetch_each_source_once_and_store_each_article_once(db_url, tmp_path):
    server = FeedServer().start()
    try:
        cfg = tmp_path / "resolver.toml"
        lines = ["[poll]", "read_timeout = 5", ""]
        for f in range(6):
            server.feed(f"/f{f}", rss(_items(server.base, f, 40)))
            lines += ["[[sources]]", f'name = "feed{f}"', f'url = "{server.url(f"/f{f}")}"', "interval = 3600", ""]
        cfg.write_text("\n".join(lines))
        App(db_url, Settings()).engine.dispose()
        procs = [subprocess.Popen(_poll_cmd(db_url, cfg), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(3)]
        reports = []
        for p in procs:
            out, err = p.communicate(timeout=120)
            assert p.returncode == 0, err
            reports.append(json.loads(out))
        polled = [s["name"] for r in reports for s in r["sources"] if s["status"] == "ok"]
        assert sorted(polled) == [f"feed{f}" for f in range(6)]  # each source by exactly one worker
        assert all(server.hits[f"/f{f}"] == 1 for f in range(6))
        assert sum(s["new"] for r in reports for s in r["sources"]) == 240
        eng = sa.create_engine(db_url)
        with eng.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM articles")).scalar() == 240
        eng.dispose()
    finally:
        server.stop()


def test_a_killed_worker_frees_its_claim_when_the_lease_runs_out(db_url, tmp_path):
    server = FeedServer().start()
    try:
        server.hang("/slow", 30)
        cfg = tmp_path / "resolver.toml"
        cfg.write_text(f'[poll]\nread_timeout = 60\nlease_seconds = 10\n\n[[sources]]\nname = "slow"\n'
                       f'url = "{server.url("/slow")}"\ninterval = 3600\n')
        App(db_url, Settings()).engine.dispose()
        victim = subprocess.Popen(_poll_cmd(db_url, cfg), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.time() + 30
        while server.hits["/slow"] == 0 and time.time() < deadline:
            time.sleep(0.1)
        assert server.hits["/slow"] == 1
        victim.send_signal(signal.SIGKILL)  # dies holding the lease
        victim.wait(timeout=10)
        server.feed("/slow", rss(_items(server.base, 9, 3)))
        r = subprocess.run(_poll_cmd(db_url, cfg) + ["--source", "slow"], capture_output=True, text=True, timeout=60)
        assert json.loads(r.stdout)["sources"][0]["status"] == "skipped"
        time.sleep(10.5)  # the lease runs out
        r = subprocess.run(_poll_cmd(db_url, cfg) + ["--source", "slow"], capture_output=True, text=True, timeout=60)
        rep = json.loads(r.stdout)["sources"][0]
        assert (rep["status"], rep["new"]) == ("ok", 3)
    finally:
        server.stop()
