"""The wheel works like any installed Python tool (issue 14).

Builds the sdist and, from it, the wheel (`python -m build`, isolated, as a user would), installs
the wheel into a fresh venv with the pip that Python bundles (not upgraded), then runs the
installed `resolver` from a temporary folder outside the checkout: --version, demo, db upgrade
(on a fresh PostgreSQL database of its own when RESOLVER_TEST_POSTGRES_URL is set), a poll of a
local file feed, and `serve` answering / and a market page. Also checks the wheel's and sdist's
file lists against the checkout, so a file the program reads at run time that is left out of the
package fails here rather than for a user."""

from __future__ import annotations

import ensurepip
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tarfile
import time
import uuid
import zipfile
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
import sqlalchemy as sa

import resolver
from resolver.store.db import head_revision

ROOT = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("RESOLVER_TEST_POSTGRES_URL")
# What a clean clone does not have: never copied into the build folder.
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc",
                                    ".pytest_cache", "test-artifacts", "*.db", "*.db-journal")


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"{' '.join(map(str, args))} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


def source_files(folder: Path) -> set[str]:
    """Files in a checkout folder, relative to it, as a clean clone would have them."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> SimpleNamespace:
    """Build sdist + wheel from a copy of the checkout, install the wheel into a fresh venv."""
    base = tmp_path_factory.mktemp("wheel")
    src, dist, venv = base / "src", base / "dist", base / "venv"
    shutil.copytree(ROOT, src, ignore=NOT_SOURCE)
    run([sys.executable, "-m", "build", "--outdir", str(dist), str(src)], cwd=base, timeout=600)
    wheel, = dist.glob("resolver-*.whl")
    sdist, = dist.glob("resolver-*.tar.gz")

    run([sys.executable, "-m", "venv", str(venv)], cwd=base)  # bundled pip, deliberately not upgraded
    py = venv / "bin" / "python"
    pip = run([str(py), "-m", "pip", "install", "--no-input", str(wheel)], cwd=base, timeout=900)
    work = base / "elsewhere"  # a folder outside the checkout, with nothing of it in sight
    work.mkdir()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("RESOLVER_", "PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"
    return SimpleNamespace(wheel=wheel, sdist=sdist, venv=venv, py=py, bin=venv / "bin", pip_log=pip.stdout + pip.stderr,
                           work=work, env=env)


def test_wheel_holds_every_runtime_file_and_no_top_level_migrations(installed):
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    expected = {f"resolver/{f}" for f in source_files(ROOT / "resolver")}
    expected |= {f"resolver/migrations/{f}" for f in source_files(ROOT / "migrations")}
    assert not expected - names, f"missing from the wheel: {sorted(expected - names)}"
    # the migrations and templates are there by name, not only by the general rule above
    assert {"resolver/migrations/env.py", "resolver/migrations/script.py.mako"} <= names
    assert any(re.fullmatch(r"resolver/migrations/versions/0001_\w+\.py", n) for n in names)
    assert {n for n in names if n.startswith("resolver/web/templates/")} >= {
        "resolver/web/templates/base.html", "resolver/web/templates/market.html"}
    assert {"resolver/data/sample_markets.json", "resolver/data/sample_articles.jsonl"} <= names
    # only the package and its metadata: no generic top-level `migrations` (or tests, bench) package
    assert {n.split("/")[0] for n in names} == {"resolver", f"resolver-{resolver.__version__}.dist-info"}


def test_sdist_holds_the_sources_the_wheel_is_built_from(installed):
    with tarfile.open(installed.sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for folder in ("resolver", "migrations", "tests"):
        missing = {f"{folder}/{f}" for f in source_files(ROOT / folder)} - names
        assert not missing, f"missing from the sdist: {sorted(missing)}"
    assert {"pyproject.toml", "setup.py", "README.md", "LICENSE", "Makefile"} <= names


def test_bundled_pip_resolves_every_dependency(installed):
    pip_version = run([str(installed.py), "-m", "pip", "--version"], cwd=installed.work).stdout.split()[1]
    assert pip_version == ensurepip.version()  # the pip Python bundles, not an upgraded one
    # An old pip skips extras it cannot match to lxml 6's normalised names (warning "lxml 6.1.3 does
    # not provide the extra 'html_clean'"); each such extra's packages must be named directly.
    skipped = set(re.findall(r"WARNING: (\S+) \S+ does not provide the extra '([^']+)'", installed.pip_log))
    assert skipped <= {("lxml", "html_clean")}, f"extras an old pip skips: {skipped}; name their packages directly"
    run([str(installed.py), "-m", "pip", "show", "lxml_html_clean"], cwd=installed.work)
    run([str(installed.py), "-m", "pip", "check"], cwd=installed.work)
    # trafilatura needs lxml.html.clean, which an old pip skipped when asked for through lxml's extra
    run([str(installed.py), "-c", "import lxml.html.clean, resolver.poll.extract"], cwd=installed.work,
        env=installed.env)


def test_installed_cli_runs_outside_the_checkout(installed):
    work, env = installed.work, installed.env
    assert ROOT not in work.parents
    where = run([str(installed.py), "-c", "import resolver, resolver.migrations as m; print(resolver.__file__); "
                 "print(m.__file__)"], cwd=work, env=env).stdout.split()
    assert all(Path(p).is_relative_to(installed.venv) for p in where), where

    version = run(["resolver", "--version"], cwd=work, env=env).stdout.strip()
    assert version == f"resolver {resolver.__version__}"
    assert run([str(installed.py), "-m", "resolver", "--version"], cwd=work, env=env).stdout.strip() == version

    demo = run(["resolver", "demo"], cwd=work, env=env).stdout
    assert re.search(r"^russia-ukraine-peace-deal-2025-11-27: likely-no \(", demo, re.M), demo
    assert (work / "demo.db").exists()  # the demo's database lands in the current folder


@pytest.fixture
def fresh_database(tmp_path):
    """A PostgreSQL database of its own (dropped afterwards), else a SQLite file."""
    if not PG_URL:
        yield f"sqlite:///{tmp_path / 'wheel.db'}"
        return
    url = sa.make_url(PG_URL)
    name = f"{url.database}_wheel_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    yield url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_installed_upgrade_poll_and_serve(installed, fresh_database):
    work, env, db = installed.work, installed.env, fresh_database
    upgraded = json.loads(run(["resolver", "db", "upgrade", "--db", db, "--json"], cwd=work, env=env).stdout)
    assert upgraded["revision"] == head_revision()  # the checkout's newest migration

    (work / "markets.json").write_text(json.dumps([{
        "id": "peace-deal", "question": "Will Russia and Ukraine sign a peace deal by November 27, 2025?",
        "deadline": "2025-11-27T23:59:59-05:00",
        "criteria": "Resolves YES if Russia and Ukraine sign a peace agreement by 11:59 PM ET on November 27, 2025."}]))
    run(["resolver", "market", "import", "markets.json", "--db", db], cwd=work, env=env)
    (work / "feed.jsonl").write_text(json.dumps({
        "url": "https://news.example.org/wheel-check", "published": "2025-11-26T15:00:00+00:00",
        "title": "Kremlin says no peace deal with Ukraine will be signed before Thursday",
        "text": "MOSCOW — The Kremlin said on Wednesday that Russia and Ukraine will not sign a peace deal before "
                "Thursday, as a U.S. delegation arrives in Moscow next week."}) + "\n")
    run(["resolver", "source", "add", "wire", str(work / "feed.jsonl"), "--kind", "file", "--db", db], cwd=work, env=env)
    polled = json.loads(run(["resolver", "poll", "--once", "--db", db, "--json"], cwd=work, env=env).stdout)
    assert [(s["name"], s["status"], s["new"], s["attached"]) for s in polled["sources"]] == [("wire", "ok", 1, 1)]
    assert polled["failed"] == 0

    port = free_port()
    server = subprocess.Popen(["resolver", "serve", "--port", str(port), "--db", db], cwd=work, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, f"resolver serve exited {server.returncode}: {server.stdout.read()}"
            try:
                home = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "resolver serve did not answer within 60 s"
                time.sleep(0.3)
        assert home.status_code == 200 and "peace-deal" in home.text
        for asset in re.findall(r'(?:href|src)="(/static/[^"]+)"', home.text):  # the page's own static files
            assert httpx.get(f"http://127.0.0.1:{port}{asset}", timeout=10).status_code == 200, asset
        page = httpx.get(f"http://127.0.0.1:{port}/markets/peace-deal", timeout=10)
        assert page.status_code == 200
        assert "Will Russia and Ukraine sign a peace deal" in page.text
        assert "Kremlin says no peace deal" in page.text  # the polled article, as evidence
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_version_flag_prints_the_single_sourced_version():
    from importlib.metadata import version

    from typer.testing import CliRunner

    from resolver.cli import app

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"resolver {resolver.__version__}\n"
    assert version("resolver") == resolver.__version__  # pyproject reads it from resolver/__init__.py
