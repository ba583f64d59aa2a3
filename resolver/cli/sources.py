"""Polled sources: `resolver source` (add, list, remove), `resolver poll` (one pass, for cron) and
`resolver watch` (a long-running scheduler)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

import typer

from ..errors import BadInput
from ..terminal import SafeTable
from .adjudicate import second_opinions_after
from .common import (App, ConfigOpt, DbOpt, JsonOpt, _typer, app, database_url, deliver_quietly, err, handle_errors,
                     load_settings, now_utc, open_app, out, print_json)

if TYPE_CHECKING:  # pragma: no cover
    from ..services import App  # noqa: F811

source_app = _typer(help="Manage polled sources (feeds, folders, files).", no_args_is_help=True)


@source_app.command("add")
@handle_errors
def source_add(name: str = typer.Argument(...), url: str = typer.Argument(..., help="Feed URL, or a local folder/file path."),
               kind: str = typer.Option("auto", "--kind", help="auto, rss, atom, jsonfeed, folder or file."),
               interval: Optional[int] = typer.Option(None, "--interval", min=10, max=31_536_000,
                                                        help="Seconds between polls (10 to a year)."),
               trust: Optional[float] = typer.Option(None, "--trust", min=0, max=2, help="Weight of its articles."),
               full_text: bool = typer.Option(False, "--full-text", help="Fetch linked pages when entries carry only a summary."),
               db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """Add a source to poll."""
    from ..poll.parse import KINDS

    if kind not in KINDS:
        raise BadInput(f"--kind must be one of {', '.join(KINDS)}")
    if kind not in ("folder", "file") and not url.startswith(("http://", "https://")):
        raise BadInput(f"not an http(s) URL: {url!r} (use --kind folder or file for local paths)")
    a = open_app(db, config)
    a.add_source(name, url, kind, interval, trust, full_text, now_utc())
    out.print(f"added source {name}", markup=False)


@source_app.command("list")
@handle_errors
def source_list(db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Sources with their last status, last error and next due time."""
    from ..poll.runner import sync_config_sources

    a = open_app(db, config)
    sync_config_sources(a, a.settings.sources, now_utc())
    rows = a.sources()
    if as_json:
        print_json(rows)
        return
    table = SafeTable()
    for col in ("name", "kind", "interval", "last status", "failures", "next due", "last error", "url"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["name"], r["kind"], f"{r['interval']}s", r["last_status"] or "never polled", str(r["failures"]),
                      r["next_due_at"] or "", r["last_error"] or "", r["url"])
    out.print(table)


@source_app.command("remove")
@handle_errors
def source_remove(name: str = typer.Argument(...), db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """Remove a source (its articles stay)."""
    a = open_app(db, config)
    a.remove_source(name)
    out.print(f"removed source {name}", markup=False)


@app.command("poll")
@handle_errors
def poll(source: Optional[list[str]] = typer.Option(None, "--source", help="Poll only this source (repeatable), due or not."),
         once: bool = typer.Option(True, "--once/--no-once", help="One pass over due sources (the default; for cron)."),
         strict: bool = typer.Option(False, "--strict", help="Exit 1 when any source failed (for cron and monitoring)."),
         db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """One pass over due sources: fetch, store new articles once, attach, re-evaluate.
    Exits 0 when the pass ran, even if some sources failed (they are reported); with --strict,
    exits 1 when any source failed."""
    from rich.progress import Progress

    from ..poll.runner import Poller

    a = open_app(db, config)
    poller = Poller(a)
    interactive = out.is_terminal and not as_json

    def line(rep) -> None:
        detail = f" — {rep.error}" if rep.error else (f" — {rep.warning}" if rep.warning else "")
        err.print(f"{rep.name}: {rep.status}, {rep.new} new, {rep.duplicate} duplicate, {rep.attached} attached{detail}",
                  markup=False)

    if interactive:
        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("polling", total=None)
            report = poller.run(source or None,
                                on_start=lambda n: progress.update(task, total=n),
                                on_source=lambda rep: (progress.advance(task), line(rep)))
    else:
        report = poller.run(source or None, on_source=None if as_json else line)
    idle = None if report.sources else why_nothing_due(a)
    if as_json:
        print_json({"sources": [rep.__dict__ for rep in report.sources], "evaluated": report.evaluated,
                    "changed": [{"market": m, "old": o, "new": n} for m, o, n in report.changed],
                    "failed": report.failed, **({"idle": idle} if idle else {}),
                    **({"evaluation_errors": [{"market": m, "error": e} for m, e in report.evaluation_errors]}
                       if report.evaluation_errors else {})})
        if report.outcomes:
            second_opinions_after(a, report.outcomes, report.as_of, err)
    else:
        total_new = sum(r.new for r in report.sources)
        if idle:
            out.print(idle["message"], markup=False)
        else:
            out.print(f"polled {len(report.sources)} source(s): {total_new} new article(s), {report.failed} failed; "
                      f"{report.evaluated} verdict(s) evaluated, {len(report.changed)} changed", markup=False)
        for market, old, new in report.changed:
            out.print(f"  {market}: {old or 'none'} → {new}", markup=False)
        if report.outcomes:
            second_opinions_after(a, report.outcomes, report.as_of, out)
    for market, why in report.evaluation_errors:
        err.print(f"error: market {market}: the engine failed ({why}); its last verdict stands", markup=False)
    deliver_quietly(a)
    if strict and report.failed:
        failed = ", ".join(r.name for r in report.sources if r.status == "error")
        err.print(f"error: {report.failed} source(s) failed: {failed}", markup=False)
        raise typer.Exit(1)
    if strict and report.evaluation_errors:
        raise typer.Exit(1)


def why_nothing_due(a: "App") -> dict[str, Any]:
    """Why a pass polled nothing: no sources, or the next one is due later (and when)."""
    sources = a.sources()
    if not sources:
        return {"next_due_at": None, "source": None,
                "message": "0 due: no sources yet (add one with `resolver source add NAME URL`)"}
    nxt = min((s for s in sources if s["next_due_at"]), key=lambda s: s["next_due_at"], default=None)
    if nxt is None:
        return {"next_due_at": None, "source": None, "message": "0 due"}
    return {"next_due_at": nxt["next_due_at"], "source": nxt["name"],
            "message": f"0 due: next at {nxt['next_due_at']} ({nxt['name']})"}


@app.command("watch")
@handle_errors
def watch(db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """Run until SIGINT/SIGTERM, polling each source at its interval (APScheduler, jobs stored
    in the database)."""
    import logging

    from ..poll.watch import run_watch

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("apscheduler", "alembic", "httpx"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    settings = load_settings(config)
    url = database_url(db, settings)
    a = App(url, settings)
    raise typer.Exit(run_watch(a, url, config, echo=lambda msg: err.print(msg, markup=False)))
