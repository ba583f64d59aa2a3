"""`resolver watch`: a long-running APScheduler 3 process with one job per source at its
interval (max_instances=1, coalesce, a misfire grace time), jobs persisted in the same
database, and a clean shutdown on SIGINT/SIGTERM that lets the source in hand finish (its
articles and fetch state commit together, or roll back together)."""

from __future__ import annotations

import logging
import signal
import threading
from datetime import datetime, timezone

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler

from ..config import load_settings
from ..services import App
from ..store import sources_repo
from ..store.db import session_scope
from .runner import Poller, sync_config_sources

log = logging.getLogger("resolver.watch")
JOB_PREFIX = "source:"


def poll_source_job(db_url: str, config_path: str | None, name: str) -> None:
    """The persisted job: poll one source (by name, so the job survives restarts)."""
    settings = load_settings(config_path)
    app = App(db_url, settings)
    try:
        report = Poller(app).run([name])
        for rep in report.sources:
            log.info("%s: %s, %d new, %d duplicate, %d attached%s", rep.name, rep.status, rep.new, rep.duplicate,
                     rep.attached, f" — {rep.error}" if rep.error else "")
        for market, old, new in report.changed:
            log.info("verdict changed: %s %s → %s", market, old or "none", new)
        for market, why in report.evaluation_errors:
            log.error("evaluating market %s failed: %s", market, why)
    finally:
        app.engine.dispose()


def deliver_webhooks_job(db_url: str, config_path: str | None) -> None:
    """The persisted job that retries the webhook outbox (every minute while watching)."""
    settings = load_settings(config_path)
    if not settings.webhooks:
        return
    app = App(db_url, settings)
    try:
        result = app.deliver_webhooks(datetime.now(timezone.utc).replace(microsecond=0))
        if result["delivered"] or result["failed"]:
            log.info("webhooks: %d delivered, %d to retry", result["delivered"], result["failed"])
    finally:
        app.engine.dispose()


def build_scheduler(app: App, db_url: str, config_path: str | None) -> BackgroundScheduler:
    scheduler = BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=app.engine, tablename="apscheduler_jobs")},
        executors={"default": ThreadPoolExecutor(4)},
        job_defaults={"max_instances": 1, "coalesce": True,
                      "misfire_grace_time": app.settings.poll.misfire_grace_seconds},
        timezone=timezone.utc,
    )
    return scheduler


def sync_jobs(scheduler: BackgroundScheduler, app: App, db_url: str, config_path: str | None) -> list[str]:
    """One job per source; jobs of removed sources go away; the first run is now."""
    now = datetime.now(timezone.utc)
    sync_config_sources(app, app.settings.sources, now)
    with session_scope(app.engine) as s:
        sources = [(r.name, r.interval_seconds) for r in sources_repo.list_all(s)]
    wanted = {JOB_PREFIX + name for name, _ in sources}
    for job in scheduler.get_jobs():
        if job.id.startswith(JOB_PREFIX) and job.id not in wanted:
            job.remove()
    for name, interval in sources:
        scheduler.add_job(poll_source_job, "interval", seconds=interval, id=JOB_PREFIX + name, name=name,
                          args=[db_url, config_path, name], replace_existing=True, next_run_time=now)
    scheduler.add_job(deliver_webhooks_job, "interval", seconds=60, id="webhooks", name="webhooks",
                      args=[db_url, config_path], replace_existing=True)
    return [name for name, _ in sources]


def run_watch(app: App, db_url: str, config_path: str | None, echo=print) -> int:
    """Block until SIGINT/SIGTERM; returns the exit code."""
    scheduler = build_scheduler(app, db_url, config_path)
    stopping = threading.Event()

    received: list[str] = []

    def stop(signum, _frame) -> None:
        received.append(signal.Signals(signum).name)
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    scheduler.start(paused=True)
    names = sync_jobs(scheduler, app, db_url, config_path)
    echo(f"watching {len(names)} source(s): {', '.join(names) or 'none'} (Ctrl-C or SIGTERM to stop)")
    scheduler.resume()
    while not stopping.wait(0.5):
        pass
    echo(f"received {received[0]}: finishing the source in hand, then stopping")
    scheduler.shutdown(wait=True)  # running jobs finish; their transactions commit or roll back whole
    echo("stopped cleanly")
    return 0
