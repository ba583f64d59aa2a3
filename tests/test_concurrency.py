"""Several processes importing the same evidence at once store every article exactly once:
the database's unique constraints decide, not a check-then-insert."""

import json
import subprocess
import sys

import sqlalchemy as sa

from resolver.store.db import make_engine, upgrade


def test_parallel_imports_store_each_article_once(db_url, tmp_path):
    engine = make_engine(db_url)
    upgrade(engine)
    articles = [{"url": f"https://news.example.org/{i}", "title": f"Story {i}", "published": "2025-11-26T10:00:00Z",
                 "text": f"Body number {i} about the peace talks."} for i in range(200)]
    f = tmp_path / "a.jsonl"
    f.write_text("".join(json.dumps(a) + "\n" for a in articles))
    cmd = [sys.executable, "-m", "resolver.cli", "evidence", "import", str(f), "--db", db_url, "--json"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    reports = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        reports.append(json.loads(out))
    assert sum(r["new"] for r in reports) == 200
    assert sum(r["duplicate"] for r in reports) == 400
    with engine.connect() as conn:
        assert conn.execute(sa.text("select count(*) from articles")).scalar() == 200
    engine.dispose()
