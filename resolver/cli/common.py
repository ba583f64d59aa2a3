"""What every command of the `resolver` command line shares: the root typer app, the consoles,
the common options, error handling, output helpers and the lazy-import helper (resolver.cli
imports what a command needs when it runs)."""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
import sys
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Callable

import typer

from ..errors import BadInput, ResolverError
from ..lazy import lazy_function
from ..terminal import SafeConsole, SafeTable, json_for_terminal, plain

if TYPE_CHECKING:  # pragma: no cover
    from ..services import App


class _LazyModule:
    """A module imported on first attribute access."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self._name, __package__), attr)


def _lazy(module: str, name: str) -> Callable[..., Any]:
    """A function (or class) imported on first call. The CLI imports what a command needs when
    it runs, so that `resolver --help` and `resolver market list` start fast: the web app,
    venues, the poller, trafilatura and the engine's language layer load only in the commands
    that use them."""

    return lazy_function(module, name, __package__)


export_mod = _LazyModule("..export")
database_url = _lazy("..config", "database_url")
load_settings = _lazy("..config", "load_settings")
load_articles = _lazy("..ingest", "load_articles")
load_markets = _lazy("..ingest", "load_markets")
parse_time = _lazy("..ingest", "parse_time")
in_range = _lazy("..ingest", "in_range")
reasoning_text = _lazy("..render", "reasoning_text")
App = _lazy("..services", "App")  # noqa: F811


def _typer(**kwargs: Any) -> typer.Typer:
    """A command group whose help texts are printed as written: no rich markup, so words in
    brackets ("[server] host", "TOML [[markets]]", "[a]ccept") are never swallowed."""
    return typer.Typer(rich_markup_mode=None, **kwargs)


app = _typer(help="Explainable suggestions for how prediction markets should resolve.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)

# Everything printed is plain, cleaned text (resolver.terminal): stored text is untrusted.
out = SafeConsole(highlight=False, soft_wrap=True)
if not out.is_terminal:  # pipes and CI logs: wide enough that tables do not fold every cell
    out = SafeConsole(highlight=False, soft_wrap=True, width=160)
err = SafeConsole(stderr=True, highlight=False, soft_wrap=True)

DbOpt = typer.Option(None, "--db", help="Database URL (else $RESOLVER_DATABASE_URL, the config file, sqlite:///resolver.db).")
ConfigOpt = typer.Option(None, "--config", help="Config TOML (else $RESOLVER_CONFIG, ./resolver.toml).")
JsonOpt = typer.Option(False, "--json", help="Print machine-readable JSON.")
AsOfOpt = typer.Option(None, "--as-of", help="Evaluate as of this ISO 8601 time (with offset); default now.")
OutcomeOpt = typer.Option("", "--outcome", help="Outcome id of a multi-outcome market.")


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        out.print(f"resolver {__version__}", markup=False)
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Explainable suggestions for how prediction markets should resolve."""


def handle_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn expected failures into one line on stderr and the right exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ResolverError as exc:
            err.print(f"error: {exc}", markup=False)
            raise typer.Exit(exc.exit_code) from None
        except Exception as exc:
            if "sqlalchemy" not in sys.modules:
                raise
            from sqlalchemy.exc import DBAPIError, OperationalError

            if not isinstance(exc, (OperationalError, DBAPIError)):
                raise
            detail = str(exc.orig).strip().splitlines()[0] if getattr(exc, "orig", None) else str(exc).splitlines()[0]
            err.print(f"error: database failure: {detail}", markup=False)
            raise typer.Exit(1) from None

    return wrapper


def open_app(db: str | None, config: str | None) -> App:
    settings = load_settings(config)
    return App(database_url(db, settings), settings)


def now_utc() -> datetime:
    """The wall clock, read only here in the CLI; the engine is always given a time."""
    return datetime.now(timezone.utc).replace(microsecond=0)


def resolve_as_of(value: str | None) -> datetime:
    return in_range(parse_time(value, "--as-of"), "--as-of") if value else now_utc()


def label(market_id: str, outcome: str | None) -> str:
    """How a market (or one outcome of it) is named in tables: 'id' or 'id/outcome'."""
    return f"{market_id}/{outcome}" if outcome else market_id


def market_and_outcome(a: "App", market_id: str, outcome: str = "") -> tuple[str, str]:
    """Accept a market id in every form the CLI prints it: 'market' or 'market/outcome' (an
    explicit --outcome must then agree)."""
    mid, oid = a.resolve_id(market_id)
    if oid and outcome and outcome != oid:
        raise BadInput(f"{market_id} names outcome {oid!r} but --outcome says {outcome!r}")
    return mid, oid or outcome


@contextlib.contextmanager
def progress_bar(label: str, quiet: bool = False):
    """A callback (done, total) drawing a rich progress bar on stderr for long work, only when
    stdout is a terminal (and not --json); None otherwise, so pipes, cron mail and CI logs see
    exactly what they saw before."""
    if quiet or not out.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def print_json(data: Any) -> None:
    sys.stdout.write(json_for_terminal(json.dumps(data, indent=2, ensure_ascii=False, default=str)) + "\n")


def verdict_table(rows: list[tuple[str, str, str, str, float | None, str]]) -> SafeTable:
    table = SafeTable(show_lines=False)
    table.add_column("market", no_wrap=True)
    table.add_column("verdict", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("deadline", no_wrap=True)
    table.add_column("question", overflow="fold", ratio=1)
    for market_id, deadline, verdict, status, score, question in rows:
        style = {"likely-yes": "green", "likely-no": "red"}.get(verdict, "yellow")
        table.add_row(market_id, plain(verdict, style), status, "" if score is None else f"{score:+.2f}",
                      deadline, question)
    return table


def deliver_quietly(a: App) -> None:
    """Deliver due webhooks after a command that may have queued some (failures stay queued)."""
    if a.settings.webhooks:
        result = a.deliver_webhooks(now_utc(), timeout=5.0)
        if result["failed"]:
            err.print(f"webhooks: {result['delivered']} delivered, {result['failed']} to retry "
                      f"(see `resolver webhooks list`)", markup=False)
