"""The `resolver` command line: a thin layer over resolver.services.

Exit codes: 0 success, 1 failure (e.g. database unreachable), 2 bad usage or bad input."""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
import sys
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional

import typer

from .errors import BadInput, ResolverError
from .terminal import SafeConsole, SafeTable, clean, json_for_terminal, plain

if TYPE_CHECKING:  # pragma: no cover
    from .services import App


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

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module, __package__), name)(*args, **kwargs)

    call.__name__ = name
    return call


export_mod = _LazyModule(".export")
run_backtest = _lazy(".backtest", "backtest")
database_url = _lazy(".config", "database_url")
load_settings = _lazy(".config", "load_settings")
derive_target = _lazy(".engine.derive", "derive_target")
load_articles = _lazy(".ingest", "load_articles")
load_markets = _lazy(".ingest", "load_markets")
load_rule_set = _lazy(".ingest", "load_rule_set")
market_from_dict = _lazy(".ingest", "market_from_dict")
parse_time = _lazy(".ingest", "parse_time")
read_text = _lazy(".ingest", "read_text")
read_bytes = _lazy(".ingest", "read_bytes")
mention_lines = _lazy(".engine.mention_report", "mention_lines")
reasoning_text = _lazy(".render", "reasoning_text")
read_sqlite_at_head = _lazy(".store.summary", "read_sqlite_at_head")
App = _lazy(".services", "App")  # noqa: F811


def _typer(**kwargs: Any) -> typer.Typer:
    """A command group whose help texts are printed as written: no rich markup, so words in
    brackets ("[server] host", "TOML [[markets]]", "[a]ccept") are never swallowed."""
    return typer.Typer(rich_markup_mode=None, **kwargs)


app = _typer(help="Explainable suggestions for how prediction markets should resolve.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
db_app = _typer(help="Database maintenance.", no_args_is_help=True)
market_app = _typer(help="Add, import, list and inspect markets.", no_args_is_help=True)
evidence_app = _typer(help="Import evidence (news articles).", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(market_app, name="market")
app.add_typer(evidence_app, name="evidence")
source_app = _typer(help="Manage polled sources (feeds, folders, files).", no_args_is_help=True)
app.add_typer(source_app, name="source")
review_app = _typer(help="The review queue: accept, override or defer the engine's suggestions.",
                         invoke_without_command=True)
app.add_typer(review_app, name="review")
webhooks_app = _typer(help="The webhook outbox: list, deliver, retry.", no_args_is_help=True)
app.add_typer(webhooks_app, name="webhooks")
rules_app = _typer(help="Inspect, tune and test a market's rule set (rules are versioned data).",
                        no_args_is_help=True)
app.add_typer(rules_app, name="rules")

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
        from . import __version__

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
    return parse_time(value, "--as-of") if value else now_utc()


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


# db --------------------------------------------------------------------------------------
@db_app.command("upgrade")
@handle_errors
def db_upgrade(db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Apply database migrations (every other command also upgrades an empty database)."""
    from .store.db import current_revision

    a = open_app(db, config)
    rev = current_revision(a.engine)
    if as_json:
        print_json({"revision": rev, "url": a.engine.url.render_as_string(hide_password=True)})
    else:
        out.print(f"database at revision {rev}")


# market ----------------------------------------------------------------------------------
@market_app.command("add")
@handle_errors
def market_add(
    question: str = typer.Option(..., "--question", help="The market's question."),
    deadline: str = typer.Option(..., "--deadline", help="ISO 8601 deadline with offset, e.g. 2025-11-27T23:59:59-05:00."),
    criteria: str = typer.Option(..., "--criteria", help="Resolution criteria text."),
    market_id: Optional[str] = typer.Option(None, "--id", help="Market id (slug); derived from the question if omitted."),
    description: Optional[str] = typer.Option(None, "--description"),
    tz: Optional[str] = typer.Option(None, "--tz", help="IANA zone for a deadline given without offset."),
    db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt,
) -> None:
    """Add (or update) one market."""
    a = open_app(db, config)
    m = market_from_dict({"id": market_id, "question": question, "deadline": deadline, "criteria": criteria,
                          "description": description}, "market", tz)
    result = a.import_markets([m], now_utc())
    state = next(k for k, v in result.items() if v)
    if as_json:
        print_json({"id": m.id, "result": state})
    else:
        out.print(f"{state}: {m.id}")


@market_app.command("import")
@handle_errors
def market_import(
    file: Path = typer.Argument(..., help="JSON list (or TOML [[markets]]) of market objects, or a saved venue response."),
    venue: Optional[str] = typer.Option(None, "--from", help="polymarket, kalshi, manifold or metaculus: FILE is that venue's API response."),
    tz: Optional[str] = typer.Option(None, "--tz", help="IANA zone for deadlines given without offset."),
    db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt,
) -> None:
    """Import markets from a file; a file with any invalid market stores nothing. A venue
    response (--from): each market imported or refused with its reason (exit 1 if any is refused)."""
    a = open_app(db, config)
    if venue:
        from .venues import decode, parse_all

        parsed = parse_all(venue, decode(read_bytes(file, a.settings.ingest.max_file_bytes), str(file)))
        import_parsed(a, parsed, as_json)
        return
    markets = load_markets(file, a.settings.ingest.max_file_bytes, tz)
    result = a.import_markets(markets, now_utc())
    if as_json:
        print_json(result)
    else:
        out.print(f"markets: {result['new']} new, {result['updated']} updated, {result['unchanged']} unchanged")


def import_parsed(a: App, parsed: Any, as_json: bool) -> None:
    """Import what a venue response mapped; report each market and each refusal. Exit 2 when
    nothing imports, 1 when some records were refused, else 0."""
    if not parsed.markets:
        raise BadInput("nothing imported: " + "; ".join(f"{r['venue_id']}: {r['reason']}" for r in parsed.refused))
    report_venue(a.import_venue(parsed.markets, now_utc(), parsed.refused), as_json)
    deliver_quietly(a)
    if parsed.refused:
        raise typer.Exit(1)


def report_venue(result: dict, as_json: bool) -> None:
    from .engine.types import ValueQuestion

    if as_json:
        print_json(result)
    else:
        out.print(f"markets: {result['new']} new, {result['updated']} updated, {result['unchanged']} unchanged, "
                  f"{result.get('refused', 0)} refused", markup=False)
        for m in result["markets"]:
            out.print(f"  {m['id']} ({m['result']}): {m['kind']}; deadline {m['deadline']} from {m['deadline_source']}"
                      + (f"; outcomes {', '.join(m['outcomes'])}" if m["outcomes"] else "")
                      + (f"; value: {ValueQuestion.model_validate(m['value']).describe()}" if m.get("value") else "")
                      + (f"; prices {m['prices']}" if m["prices"] else "; no price"), markup=False)
            for flag in m["flags"]:
                out.print(f"    flag: {flag}", markup=False)
            for note in m["notes"]:
                out.print(f"    note: {note}", markup=False)
    for r in result.get("refusals", []):
        err.print(f"refused: {r['venue_id']}: {r['reason']}", markup=False)


def deliver_quietly(a: App) -> None:
    """Deliver due webhooks after a command that may have queued some (failures stay queued)."""
    if a.settings.webhooks:
        result = a.deliver_webhooks(now_utc(), timeout=5.0)
        if result["failed"]:
            err.print(f"webhooks: {result['delivered']} delivered, {result['failed']} to retry "
                      f"(see `resolver webhooks list`)", markup=False)


@market_app.command("sync")
@handle_errors
def market_sync(venue: str = typer.Option(..., "--from", help="polymarket, kalshi, manifold or metaculus."),
                ids: Optional[list[str]] = typer.Option(None, "--id", help="Venue id (repeatable)."),
                search: Optional[str] = typer.Option(None, "--search", help="Search the venue (see README for what each venue searches)."),
                db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Fetch markets live from a venue's API (base URL in [venues]) and import them in place."""
    from .venues.sync import fetch

    if not ids and not search:
        raise BadInput("give --id ID (repeatable) or --search TEXT")
    a = open_app(db, config)
    import_parsed(a, fetch(venue, a.settings.venues, a.settings.poll, ids or [], search), as_json)


@market_app.command("list")
@handle_errors
def market_list(db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """List markets with their latest verdict."""
    if as_json:
        a = open_app(db, config)
        prices = a.price_flags()
        print_json([export_mod.record(m, o, v, price=prices.get((m.id, o or ""))) | {"reasoning": None}
                    for m, o, v in a.latest()])
        return
    settings = load_settings(config)
    url = database_url(db, settings)
    rows = read_sqlite_at_head(url)  # the fast read path: no SQLAlchemy for a SQLite file at the head
    shown, sqlite = url, True
    if rows is None:
        a = App(url, settings)
        rows = a.summary()
        shown, sqlite = a.engine.url.render_as_string(hide_password=True), a.engine.url.get_backend_name() == "sqlite"
    if not rows:
        out.print(empty_hint(shown, sqlite), markup=False)
        return
    out.print(verdict_table([(label(r.market_id, r.outcome), r.deadline.isoformat(), r.verdict or "-",
                              r.status or "not evaluated", r.score, r.question) for r in rows]))


def empty_hint(url: str, sqlite: bool) -> str:
    """What to do next when there are no markets (the first thing a new user sees); `url` as
    shown (no password), `sqlite` whether it is a SQLite database."""
    lines = [f"no markets yet in {url}.", "next:",
             "  resolver market add --question '…' --deadline 2026-12-31T23:59:59-05:00 --criteria '…'",
             "  resolver market import markets.json      (see `resolver market import --help`)"]
    if sqlite and Path("demo.db").is_file() and not url.endswith("/demo.db"):
        lines.append("  resolver market list --db sqlite:///demo.db   (the data `make demo` loaded)")
    else:
        lines.append("  resolver demo      (loads sample markets into ./demo.db; then add --db sqlite:///demo.db)")
    return "\n".join(lines)


@market_app.command("show")
@handle_errors
def market_show(market_id: str = typer.Argument(...), db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt,
                as_json: bool = JsonOpt) -> None:
    """A market (or one outcome, as market/outcome): what the engine looks for, its evidence,
    latest verdict and reasoning."""
    a = open_app(db, config)
    market_id, only = market_and_outcome(a, market_id)
    m = a.market(market_id)
    target = derive_target(m)
    evidence = a.evidence(market_id)
    latest = [row for row in a.latest(market_id) if not only or row[1] == only]
    venue = a.venue_info(market_id)
    prices = {o: p for (_, o), p in a.price_flags(market_id).items()}
    opinions = a.second_opinions(market_id)
    evidence_ids = a.evidence_ids(market_id)
    id_of = {url: i for i, url in evidence_ids.items()}
    if as_json:
        print_json({"market": m.model_dump(mode="json"), "target": target.model_dump(mode="json"), "venue": venue,
                    "prices": {o or "yes": p for o, p in prices.items()},
                    "second_opinions": [{"outcome": o or None, **op} for (_, o), op in opinions.items()],
                    "evidence": [{"article": art.model_dump(mode="json", exclude={"text"}),
                                  "article_id": id_of.get(art.url), **link} for art, link in evidence],
                    "verdicts": [{"outcome": o, "verdict": v.model_dump(mode="json") if v else None} for _, o, v in latest]})
        return
    out.print(plain(m.id, "bold") + plain(f": {m.question}"))
    out.print(f"deadline: {m.deadline.isoformat()}", markup=False)
    out.print(f"criteria: {m.criteria}", markup=False)
    if m.outcomes:
        out.print(f"outcomes: {', '.join(m.outcomes)}", markup=False)
    if venue:
        out.print(f"venue: {venue['venue']} {venue['venue_id']} <{venue['url']}> ({venue['status']}); "
                  f"venue end field {venue['field_deadline']}", markup=False)
        for note in venue["notes"]:
            out.print(f"  note: {note}", markup=False)
    for o, p in prices.items():
        out.print(f"venue price{' ' + o if o else ''}: {p['price']:.3f} at {p['taken_at']}"
                  + (f" — FLAG: {p['flag']}" if p["flag"] else ""), markup=False)
    if m.settings.value is not None:
        out.print(f"kind: value question — {m.settings.value.describe()}"
                  + (f"; buckets: {', '.join(m.settings.value.buckets)}" if m.settings.value.buckets else "")
                  + "; not evaluated: unsupported kind", markup=False)
    else:
        out.print(f"kind: {'multi-outcome' if m.outcomes else target.kind}"
                  + (f" — {'; '.join(target.notes)}" if target.notes and not m.outcomes else ""), markup=False)
    out.print(f"evidence ({len(evidence)}):", markup=False)
    for art, link in evidence:
        out.print(f"  - [{id_of.get(art.url)}] {art.published.isoformat()} {art.title} <{art.url}> [{link['reason']}"
                  + (f": {', '.join(link['terms'])}" if link["terms"] else "") + "]", markup=False)
    for _, o, v in latest:
        prefix = f"outcome {o}: " if o else ""
        out.print(prefix + (reasoning_text(v) if v else "not evaluated yet: run `resolver evaluate`"), markup=False)
        print_opinion(opinions.get((m.id, o or "")), evidence_ids)


def print_opinion(entry: dict | None, evidence_ids: dict[int, str]) -> None:
    """The latest second opinion under the rules verdict in `market show` (never the verdict)."""
    if not entry:
        return
    op, failure = entry.get("opinion"), entry.get("failure")
    if op:
        spent = f"{op['model']}, prompt {op['prompt_version']}, {op['calls']} call(s), " \
                f"{op['input_tokens'] or 0}+{op['output_tokens'] or 0} tokens" + (f", cost {op['cost']:.4f}" if op["cost"] else "")
        if op["status"] == "ok":
            out.print(f"  second opinion (not the verdict): {op['verdict']} (confidence {op['confidence']:.2f})"
                      + (f" — DISAGREES with the rules ({op['rules_verdict']})" if op["disagrees"] else "")
                      + f" [{spent}; as of {op['as_of']}]", markup=False)
        else:
            out.print(f"  second opinion dropped: {op['reason']} (the model said {op['claimed_verdict']}) [{spent}]",
                      markup=False)
        for c in op["citations"]:
            mark = "verified" if c["verified"] else f"NOT VERIFIED: {c['problem']}"
            out.print(f"    [{mark}] article {c['article_id']}"
                      + (f" <{evidence_ids[c['article_id']]}>" if c["article_id"] in evidence_ids else "")
                      + f": \"{c['quote']}\" — {c['why']}", markup=False)
    if failure:
        out.print(f"  last second-opinion attempt failed at {failure['created_at']}: {failure['reason']}", markup=False)


def second_opinions_after(a: App, results: list, when: datetime, console: SafeConsole) -> None:
    """After the rules: second opinions for the verdicts [adjudicator] when selects (off
    unless configured). One line each; a failure leaves the rules verdict in place."""
    from .adjudicate import make_adjudicator

    adjudicator = make_adjudicator(a)
    if adjudicator is None:
        return
    for report in adjudicator.after_evaluation(results, when, now_utc()):
        console.print(report.line(), markup=False)


@app.command("adjudicate")
@handle_errors
def adjudicate(market_id: str = typer.Argument(..., help="The market to ask about."),
               as_of: Optional[str] = AsOfOpt, db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt,
               as_json: bool = JsonOpt) -> None:
    """Ask the configured model ([adjudicator]) for a second opinion on one market now, whatever
    `when` says: the rules evaluate first; the opinion is verified, stored beside the rules
    verdict and never replaces it. Cached: the same inputs make no second call."""
    from .adjudicate import make_adjudicator

    a = open_app(db, config)
    adjudicator = make_adjudicator(a)
    if adjudicator is None:
        raise BadInput("the second opinion is off: add an [adjudicator] section to the config (see README)")
    market_id, only = market_and_outcome(a, market_id)
    when = resolve_as_of(as_of)
    results = [r for r in a.evaluate(when, market_id, now=now_utc()) if not only or r.verdict.outcome == only]
    reports = [adjudicator.opine(r.verdict, when, now_utc()) for r in results]
    if as_json:
        print_json([r.__dict__ for r in reports])
    else:
        for r in reports:
            out.print(r.line(), markup=False)
    deliver_quietly(a)


@market_app.command("history")
@handle_errors
def market_history(market_id: str = typer.Argument(...), db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt,
                   as_json: bool = JsonOpt) -> None:
    """The timeline of a market: every suggestion, analyst decision and rule-set version (append-only)."""
    a = open_app(db, config)
    market_id, only = market_and_outcome(a, market_id)
    events = [e for e in a.timeline(market_id) if not only or e["outcome"] in (None, only)]
    if as_json:
        print_json(events)
        return
    for e in events:
        who = f" [{e['outcome']}]" if e["outcome"] else ""
        if e["kind"] == "suggestion":
            out.print(f"{e['at']}{who} suggestion #{e['id']}: {e['verdict']} ({e['status']}, {e['score']:+.2f}) "
                      f"as of {e['as_of']}, rules v{e['rule_set_version']}, market v{e['market_version']}"
                      + (f" — {e['note']}" if e.get("note") else ""), markup=False)
        elif e["kind"] == "decision":
            what = " ".join(x for x in (e["action"], e["verdict"] or e["resolution"]) if x)  # "accept", "override NO"
            out.print(f"{e['at']}{who} decision #{e['id']}: {what} by {e['analyst']} "
                      f"(engine said {e['against'] or 'nothing'})" + (f": {e['note']}" if e["note"] else "")
                      + (f"; revisit {e['revisit_at']}" if e["revisit_at"] else ""), markup=False)
        elif e["kind"] == "amendment":
            out.print(f"{e['at']} market version {e['version']}: {e['note']} — deadline {e['deadline']}; "
                      f"question: {e['question']}", markup=False)
        else:
            out.print(f"{e['at']}{who} rules v{e['version']} ({e['origin']}): {e['note']}", markup=False)


# evidence --------------------------------------------------------------------------------
@evidence_app.command("import")
@handle_errors
def evidence_import(
    file: Path = typer.Argument(..., help="JSON list or JSONL of articles: url, title, published, text, optional source."),
    market_id: Optional[str] = typer.Option(None, "--market", help="Attach every article to this market (manual) instead of matching."),
    tz: Optional[str] = typer.Option(None, "--tz", help="IANA zone for publication times given without offset."),
    db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt,
) -> None:
    """Store articles once each and attach them to the markets they bear on."""
    a = open_app(db, config)
    if market_id:
        market_id = market_and_outcome(a, market_id)[0]
    articles = load_articles(file, a.settings.ingest.max_file_bytes, a.settings.ingest.max_article_bytes, tz)
    with progress_bar("matching articles", as_json or len(articles) < 200) as progress:
        report = a.import_articles(articles, now_utc(), market_id, progress)
    if as_json:
        print_json({"new": report.new, "duplicate": report.duplicate, "attached": report.attached,
                    "articles": report.details})
    else:
        out.print(f"articles: {report.new} new, {report.duplicate} duplicate (already stored); "
                  f"{report.attached} new market links", markup=False)


# review ------------------------------------------------------------------------------------
AnalystOpt = typer.Option(None, "--analyst", help="Who decides (else review.analyst in the config, else the OS user).")


def analyst_name(value: str | None, settings) -> str:
    import getpass

    return value or settings.review.analyst or getpass.getuser()


def time_left(deadline: datetime, now: datetime) -> str:
    delta = deadline - now
    hours = delta.total_seconds() / 3600
    if hours < 0:
        return f"passed {(-hours) / 24:.1f} days ago" if hours < -48 else f"passed {-hours:.0f} h ago"
    return f"{hours / 24:.1f} days left" if hours > 48 else f"{hours:.0f} h left"


def print_queue_item(item: dict, now: datetime, index: int | None = None) -> None:
    m, v = item["market"], item["verdict"]
    head = f"[{index}] " if index is not None else ""
    out.print(f"\n{head}{label(m.id, item['outcome'])}: {m.question}", markup=False)
    out.print(f"  deadline {m.deadline.isoformat()} ({time_left(m.deadline, now)}) — {item['reason']}", markup=False)
    if item["last_decision"] is not None:
        d = item["last_decision"]
        out.print(f"  last decision: {d.action} {d.verdict or d.resolution or ''} by {d.analyst} at "
                  f"{d.created_at:%Y-%m-%d %H:%M} (engine said {d.against_verdict})", markup=False)
    for art in item["new_evidence"]:
        out.print(f"  new evidence: {art.published.isoformat()} {art.title} <{art.url}>", markup=False)
    out.print(reasoning_text(v), markup=False)


@review_app.callback()
@handle_errors
def review(ctx: typer.Context, analyst: Optional[str] = AnalystOpt, db: Optional[str] = DbOpt,
           config: Optional[str] = ConfigOpt,
           interactive: Optional[bool] = typer.Option(
               None, "--interactive/--no-interactive",
               help="Ask for decisions even when stdin is not a terminal (answers piped in), or never ask.")) -> None:
    """Work through the queue interactively: [a]ccept, [o]verride, [d]efer, [s]kip, [q]uit."""
    if ctx.invoked_subcommand is not None:
        return
    a = open_app(db, config)
    now = now_utc()
    items = a.queue(now)
    if not items:
        out.print("the review queue is empty", markup=False)
        return
    if not (sys.stdin.isatty() if interactive is None else interactive):
        for k, item in enumerate(items, 1):
            print_queue_item(item, now, k)
        out.print(f"\n{len(items)} in the queue; decide with `resolver review decide ID --accept|--override V|--defer`",
                  markup=False)
        return
    who = analyst_name(analyst, a.settings)
    try:
        done = review_session(a, items, who, now)
    except EndOfAnswers:
        out.print("\nno more answers: stopped (decisions so far are recorded)", markup=False)
        return
    out.print(f"{done} decision(s) recorded", markup=False)


class EndOfAnswers(Exception):
    """stdin closed (Ctrl-D, or the end of piped answers)."""


def ask(question: str, parse: Callable[[str], Any], default: str | None = None) -> Any:
    """Ask until the answer parses: a typo is explained on one line and asked again, never the
    end of the session (nor of the answers typed before it)."""
    while True:
        try:
            raw = typer.prompt(question, default=default, show_default=default not in (None, ""))
        except (typer.Abort, EOFError):
            raise EndOfAnswers from None
        try:
            return parse(raw.strip())
        except ValueError as exc:
            err.print(f"  {exc}; try again", markup=False)


def parse_choice(text: str) -> str:
    choice = text.lower()
    if choice in ("a", "accept", "o", "override", "d", "defer", "s", "skip", "", "q", "quit"):
        return choice[:1] or "s"
    raise ValueError(f"{text!r} is not one of a, o, d, s, q")


def parse_target(text: str) -> tuple[str, str]:
    """An override target, case-insensitively: ('verdict', likely-yes|likely-no|undetermined)
    or ('resolution', YES|NO|N/A)."""
    low = text.lower().replace(" ", "")
    verdicts = {"likely-yes": "likely-yes", "likelyyes": "likely-yes", "likely-no": "likely-no",
                "likelyno": "likely-no", "undetermined": "undetermined"}
    resolutions = {"yes": "YES", "no": "NO", "n/a": "N/A", "na": "N/A"}
    if low in verdicts:
        return "verdict", verdicts[low]
    if low in resolutions:
        return "resolution", resolutions[low]
    raise ValueError(f"{text!r} is not likely-yes, likely-no, undetermined, YES, NO or N/A")


def parse_note(text: str) -> str:
    if not text:
        raise ValueError("a note is required here (say why)")
    return text


def parse_date(text: str) -> datetime | None:
    if not text:
        return None
    try:
        day = datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        raise ValueError(f"{text!r} is not a date as YYYY-MM-DD (e.g. 2026-12-01)") from None
    return day.replace(tzinfo=timezone.utc)


def review_session(a: "App", items: list[dict], who: str, now: datetime) -> int:
    """The interactive loop: each answer is checked where it is typed."""
    done = 0
    for k, item in enumerate(items, 1):
        print_queue_item(item, now, k)
        while True:
            choice = ask("[a]ccept, [o]verride, [d]efer, [s]kip, [q]uit", parse_choice, default="s")
            if choice == "q":
                return done
            if choice == "s":
                break
            kwargs: dict = {"outcome": item["outcome"] or ""}
            note = ""
            if choice == "o":
                kind, value = ask("override to (likely-yes|likely-no|undetermined, or a resolution YES|NO|N/A)",
                                  parse_target)
                kwargs[kind] = value
                note = ask("note (why)", parse_note, default="")
            elif choice == "d":
                note = ask("note (why)", parse_note, default="")
                until = ask("look again on (YYYY-MM-DD, empty for when the suggestion changes)", parse_date, default="")
                if until is not None:
                    kwargs["revisit_at"] = until
            action = {"a": "accept", "o": "override", "d": "defer"}[choice]
            try:
                result = a.decide(item["market"].id, action, note, who, now_utc(), **kwargs)
            except ResolverError as exc:
                err.print(f"  not recorded: {exc}; choose again", markup=False)
                continue
            out.print(f"recorded: {action} → final {result['final']}"
                      + (f", resolution {result['resolution']}" if result.get("resolution") else ""), markup=False)
            done += 1
            break
    return done


@review_app.command("list")
@handle_errors
def review_list(db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """The queue: new or changed suggestions and due deferrals, nearest deadline first."""
    a = open_app(db, config)
    now = now_utc()
    items = a.queue(now)
    if as_json:
        print_json([{"market": i["market"].id, "outcome": i["outcome"], "question": i["market"].question,
                     "deadline": i["market"].deadline.isoformat(), "suggestion": i["verdict"].verdict,
                     "score": i["verdict"].score, "reason": i["reason"], "flagged": i["flagged"],
                     "new_evidence": [x.url for x in i["new_evidence"]],
                     "reasoning": i["verdict"].model_dump(mode="json", include={"summary", "contributions"})}
                    for i in items])
        return
    for k, item in enumerate(items, 1):
        print_queue_item(item, now, k)
    out.print(f"\n{len(items)} in the queue", markup=False)


@review_app.command("decide")
@handle_errors
def review_decide(market_id: str = typer.Argument(...),
                  accept: bool = typer.Option(False, "--accept", help="The suggestion becomes the final verdict."),
                  override: Optional[str] = typer.Option(None, "--override", help="likely-yes|likely-no|undetermined or YES|NO|N/A."),
                  defer: bool = typer.Option(False, "--defer", help="Look again later (needs --note)."),
                  until: Optional[str] = typer.Option(None, "--until", help="With --defer: the date to look again (YYYY-MM-DD)."),
                  note: str = typer.Option("", "--note", help="Why (mandatory for override and defer)."),
                  outcome: str = OutcomeOpt, analyst: Optional[str] = AnalystOpt, db: Optional[str] = DbOpt,
                  config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Record a decision without prompts (for scripts)."""
    chosen = [name for name, on in (("accept", accept), ("override", override is not None), ("defer", defer)) if on]
    if len(chosen) != 1:
        raise BadInput("give exactly one of --accept, --override VERDICT, --defer")
    action = chosen[0]
    kwargs: dict = {"outcome": outcome}
    if override is not None:
        kwargs["resolution" if override.upper() in ("YES", "NO", "N/A") else "verdict"] = (
            override.upper() if override.upper() in ("YES", "NO", "N/A") else override)
    if until:
        if not defer:
            raise BadInput("--until goes with --defer")
        kwargs["revisit_at"] = parse_time(until if "T" in until else until + "T00:00:00+00:00", "--until")
    a = open_app(db, config)
    market_id, kwargs["outcome"] = market_and_outcome(a, market_id, outcome)
    outcome = kwargs["outcome"]
    result = a.decide(market_id, action, note, analyst_name(analyst, a.settings), now_utc(), **kwargs)
    deliver_quietly(a)
    if as_json:
        print_json(result)
    else:
        out.print(f"{label(market_id, outcome or None)}: {action} recorded (engine said {result['against'] or 'nothing'}); "
                  f"final verdict {result['final']}" + (f", resolution {result['resolution']}" if result["resolution"] else ""),
                  markup=False)


# sources and polling -------------------------------------------------------------------------
@source_app.command("add")
@handle_errors
def source_add(name: str = typer.Argument(...), url: str = typer.Argument(..., help="Feed URL, or a local folder/file path."),
               kind: str = typer.Option("auto", "--kind", help="auto, rss, atom, jsonfeed, folder or file."),
               interval: Optional[int] = typer.Option(None, "--interval", min=10, help="Seconds between polls."),
               trust: Optional[float] = typer.Option(None, "--trust", min=0, max=2, help="Weight of its articles."),
               full_text: bool = typer.Option(False, "--full-text", help="Fetch linked pages when entries carry only a summary."),
               db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """Add a source to poll."""
    from .poll.parse import KINDS

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
    from .poll.runner import sync_config_sources

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

    from .poll.runner import Poller

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
                    "failed": report.failed, **({"idle": idle} if idle else {})})
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
    deliver_quietly(a)
    if strict and report.failed:
        failed = ", ".join(r.name for r in report.sources if r.status == "error")
        err.print(f"error: {report.failed} source(s) failed: {failed}", markup=False)
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

    from .poll.watch import run_watch

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("apscheduler", "alembic", "httpx"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    settings = load_settings(config)
    url = database_url(db, settings)
    a = App(url, settings)
    raise typer.Exit(run_watch(a, url, config, echo=lambda msg: err.print(msg, markup=False)))


# webhooks ------------------------------------------------------------------------------------
@webhooks_app.command("list")
@handle_errors
def webhooks_list(db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Deliveries with their status, attempts, next attempt and last error."""
    a = open_app(db, config)
    rows = a.webhook_deliveries()
    if as_json:
        print_json(rows)
        return
    for r in rows:
        out.print(f"#{r['id']} {r['webhook']} {r['event']}: {r['status']} after {r['attempts']} attempt(s)"
                  + (f", next {r['next_attempt_at']}" if r["status"] == "pending" else f", delivered {r['delivered_at']}")
                  + (f" — {r['last_error']}" if r["last_error"] else ""), markup=False)


@webhooks_app.command("deliver")
@handle_errors
def webhooks_deliver(db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Deliver every pending delivery that is due (cron-friendly)."""
    a = open_app(db, config)
    result = a.deliver_webhooks(now_utc())
    print_json(result) if as_json else out.print(f"{result['delivered']} delivered, {result['failed']} failed", markup=False)


@webhooks_app.command("retry")
@handle_errors
def webhooks_retry(ids: Optional[list[int]] = typer.Argument(None, help="Delivery ids (default: every pending one)."),
                   db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Try pending deliveries now, due or not."""
    a = open_app(db, config)
    pending = [r["id"] for r in a.webhook_deliveries() if r["status"] == "pending"]
    chosen = [i for i in (ids or pending) if i in pending]
    result = a.deliver_webhooks(now_utc(), ids=chosen) if chosen else {"delivered": 0, "failed": 0}
    print_json(result) if as_json else out.print(f"{result['delivered']} delivered, {result['failed']} failed", markup=False)


# web -----------------------------------------------------------------------------------------
@app.command("serve")
@handle_errors
def serve(host: Optional[str] = typer.Option(None, "--host", help="Bind address (default 127.0.0.1, or [server] host)."),
          port: Optional[int] = typer.Option(None, "--port", help="Port (default 8000, or [server] port)."),
          analyst: Optional[str] = typer.Option(None, "--analyst", help="Name the page's analyst field starts with "
                                                "(else review.analyst in the config, else empty and required)."),
          db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """Serve the review page and JSON API (OpenAPI at /openapi.json)."""
    import uvicorn

    from .web.app import create_app

    a = open_app(db, config)
    bind = host or a.settings.server.host
    if bind not in ("127.0.0.1", "localhost", "::1") and not a.settings.server.token:
        err.print(f"warning: serving on {bind} without [server] token: anyone who can reach it can record decisions",
                  markup=False)
    # the page's analyst field: --analyst, else [review] analyst, else empty and required (never
    # the server's OS user, which is not who reviews)
    web = create_app(a, analyst or a.settings.review.analyst or "")
    err.print(f"serving the review page on http://{bind}:{port or a.settings.server.port}/", markup=False)
    uvicorn.run(web, host=bind, port=port or a.settings.server.port, log_level="warning")


# rules -----------------------------------------------------------------------------------
@rules_app.command("show")
@handle_errors
def rules_show(market_id: str = typer.Argument(...), outcome: str = OutcomeOpt, db: Optional[str] = DbOpt,
               config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """The rule set in force (what the engine looks for and each rule's settings) and its versions."""
    a = open_app(db, config)
    market_id, outcome = market_and_outcome(a, market_id, outcome)
    data = a.rules(market_id, now_utc(), outcome)
    if as_json:
        print_json(data)
        return
    out.print(f"{label(market_id, outcome or None)}: rule set version {data['version']}", markup=False)
    sys.stdout.write(json_for_terminal(json.dumps(data["rules"], indent=2, ensure_ascii=False)) + "\n")
    for h in data["history"]:
        who = f"[{h['outcome']}] " if h["outcome"] else ""
        out.print(f"  {who}v{h['version']} {h['created_at']} {h['origin']}: {h['note']}", markup=False)


@rules_app.command("set")
@handle_errors
def rules_set(market_id: str = typer.Argument(...), file: Path = typer.Argument(..., help="A rule set as JSON (see `rules show --json`)."),
              note: str = typer.Option("", "--note", help="Why the rules changed."), outcome: str = OutcomeOpt,
              db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Store a tuned rule set as a new version (validated; a bad file changes nothing)."""
    a = open_app(db, config)
    market_id, outcome = market_and_outcome(a, market_id, outcome)
    rules = load_rule_set(file, a.settings.ingest.max_file_bytes)
    version = a.set_rules(market_id, rules, note, now_utc(), outcome)
    if as_json:
        print_json({"market": market_id, "outcome": outcome or None, "version": version})
    else:
        out.print(f"{label(market_id, outcome or None)}: stored rule set version {version}", markup=False)


@rules_app.command("reset")
@handle_errors
def rules_reset(market_id: str = typer.Argument(...), outcome: str = OutcomeOpt, db: Optional[str] = DbOpt,
                config: Optional[str] = ConfigOpt) -> None:
    """Store the rule set derived from the question again, as a new version."""
    a = open_app(db, config)
    market_id, outcome = market_and_outcome(a, market_id, outcome)
    version = a.reset_rules(market_id, now_utc(), outcome)
    out.print(f"{label(market_id, outcome or None)}: stored derived rule set as version {version}", markup=False)


@rules_app.command("test")
@handle_errors
def rules_test(market_id: str = typer.Argument(...),
               article: Path = typer.Option(..., "--article", help="JSON/JSONL file of one or more articles."),
               rules_file: Optional[Path] = typer.Option(None, "--rules", help="Try this rule set instead of the stored one."),
               outcome: str = OutcomeOpt, as_of: Optional[str] = AsOfOpt, db: Optional[str] = DbOpt,
               config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Show which rules fire on which sentence of the given articles, and the event mentions read
    in each sentence that bears on the market (nothing is stored)."""
    a = open_app(db, config)
    market_id, outcome = market_and_outcome(a, market_id, outcome)
    articles = load_articles(article, a.settings.ingest.max_file_bytes, a.settings.ingest.max_article_bytes)
    rules = load_rule_set(rules_file, a.settings.ingest.max_file_bytes) if rules_file else None
    verdict = a.test_rules(market_id, articles, resolve_as_of(as_of), outcome, rules)
    report = a.mentions(market_id, articles, outcome, rules)
    if as_json:
        print_json(verdict.model_dump(mode="json") | {"mentions": report})
    else:
        out.print(reasoning_text(verdict), markup=False)
        out.print("\n".join(mention_lines(report)), markup=False)


# evaluate / export -------------------------------------------------------------------------
@app.command("evaluate")
@handle_errors
def evaluate(market_id: Optional[str] = typer.Option(None, "--market", help="Only this market."),
             as_of: Optional[str] = AsOfOpt, db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt,
             as_json: bool = JsonOpt, explain: bool = typer.Option(False, "--explain", help="Print the reasoning too.")) -> None:
    """Evaluate markets and record changed verdicts in the history."""
    a = open_app(db, config)
    only = ""
    if market_id:
        market_id, only = market_and_outcome(a, market_id)
    when = resolve_as_of(as_of)
    with progress_bar("evaluating markets", as_json) as progress:
        results = [r for r in a.evaluate(when, market_id, now=now_utc(), progress=progress)
                   if not only or r.verdict.outcome == only]
    if as_json:
        print_json([{"id": r.market_id, "outcome": r.verdict.outcome, "verdict": r.verdict.verdict, "previous": r.previous, "recorded": r.recorded,
                     "score": r.verdict.score, "status": r.verdict.status,
                     "known_at": r.verdict.known_at.isoformat() if r.verdict.known_at else None,
                     "reasoning": r.verdict.model_dump(mode="json", include={"summary", "contributions"})}
                    for r in results])
        second_opinions_after(a, results, when, err)
        return
    markets = {m.id: m for m in a.markets()}
    out.print(verdict_table([(label(r.market_id, r.verdict.outcome), markets[r.market_id].deadline.isoformat(),
                              r.verdict.verdict, r.verdict.status, r.verdict.score, markets[r.market_id].question)
                             for r in results]))
    changed = sum(r.recorded for r in results)
    out.print(f"as of {when.isoformat()}: {len(results)} evaluated, {changed} recorded (new or changed)", markup=False)
    second_opinions_after(a, results, when, out)
    deliver_quietly(a)
    if explain:
        for r in results:
            out.print("\n" + reasoning_text(r.verdict), markup=False)


@app.command("export")
@handle_errors
def export(fmt: str = typer.Option("csv", "--format", help="csv, json or jsonl."),
           output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
           as_of: Optional[str] = typer.Option(None, "--as-of", help="Evaluate at this time first; default: latest recorded verdicts."),
           final: bool = typer.Option(False, "--final", help="Apply analyst decisions: final verdict, decision, analyst, note, time."),
           db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """Export one row per market: verdict, score, reasoning, evaluated-at (and with --final the
    analyst decisions)."""
    if fmt not in export_mod.FORMATS:
        raise BadInput(f"--format must be one of {', '.join(export_mod.FORMATS)}")
    a = open_app(db, config)
    if as_of:
        a.evaluate(resolve_as_of(as_of), now=now_utc())
    prices = a.price_flags()
    opinions = {k: v["opinion"] for k, v in a.second_opinions().items()}
    if final:
        rows = [export_mod.record(m, o, v, f, prices.get((m.id, o or "")), opinions.get((m.id, o or "")))
                for m, o, v, f in a.finals()]
    else:
        rows = [export_mod.record(m, o, v, price=prices.get((m.id, o or "")), opinion=opinions.get((m.id, o or "")))
                for m, o, v in a.latest()]
    text = export_mod.render(rows, fmt)
    if output:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise BadInput(f"cannot write {output}: {exc.strerror}") from None
        err.print(f"wrote {output}", markup=False)
    else:  # stored text on stdout: no control characters (a file written with --output keeps them)
        sys.stdout.write(clean(text) if fmt == "csv" else json_for_terminal(text))


# backtest / demo ---------------------------------------------------------------------------
def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.1%}"


@app.command("backtest")
@handle_errors
def backtest(file: Path = typer.Argument(..., help="Cases in the shared eval format."),
             adjudicator: bool = typer.Option(False, "--adjudicator", help="Also ask the [adjudicator] model: rules "
                                              "alone, model alone and the combination side by side."),
             config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Evaluate labelled cases, each in its own in-memory database; print accuracy and misses."""
    if adjudicator:
        backtest_adjudicator(file, load_settings(config), as_json)
        return
    with progress_bar("backtest cases", as_json) as progress:
        report = run_backtest(file, load_settings(config), progress)
    if as_json:
        print_json({k: v for k, v in report.items()} | {
            "results": [{k: r[k] for k in ("id", "expected", "got", "correct", "score", "confidence", "status", "known_at",
                                           "reasoning")}
                        for r in report["results"]]})
        return
    out.print(f"cases: {report['cases']}  correct: {report['correct']}  accuracy: {report['accuracy']:.1%}  "
              f"wrong direction: {report['wrong_direction']}", markup=False)
    out.print(f"decisive precision: {report['decisive_right']}/{report['decisive']} = {_pct(report['decisive_precision'])}  "
              f"coverage: {report['covered']}/{report['labelled_decisive']} = {_pct(report['coverage'])}", markup=False)
    rel = SafeTable(title="reliability (decisive verdicts by confidence band)")
    for col in ("confidence", "decisive", "right", "precision"):
        rel.add_column(col, justify="right")
    for row in report["reliability"]:
        rel.add_row(row["band"], str(row["decisive"]), str(row["right"]), _pct(row["precision"]))
    out.print(rel)
    table = SafeTable(title="confusion (rows: expected, columns: got)")
    table.add_column("expected \\ got")
    labels = list(report["confusion"])
    for label in labels:
        table.add_column(label, justify="right")
    for exp in labels:
        table.add_row(exp, *[str(report["confusion"][exp][g]) for g in labels])
    out.print(table)
    misses = [r for r in report["results"] if not r["correct"]]
    for r in misses:
        out.print(f"\nMISS {r['id']}: expected {r['expected']}, got {r['got']}", markup=False)
        out.print(r["reasoning_text"], markup=False)


def backtest_adjudicator(file: Path, settings, as_json: bool) -> None:
    from .adjudicate import backtest as adj_backtest
    from .backtest import load_cases

    report = adj_backtest.run(file, settings, load_cases(file, settings))
    if as_json:
        print_json(report)
        return
    table = SafeTable(title=f"{report['cases']} cases; second opinion from {report['model']} (when = {report['when']})")
    table.add_column("")
    for c in adj_backtest.COLUMNS:
        table.add_column({"rules": "rules alone", "model": "model alone", "combined": "combination"}[c], justify="right")

    def pct(v) -> str:
        return "-" if v is None else f"{v:.1%}"

    cols = [report["columns"][c] for c in adj_backtest.COLUMNS]
    table.add_row("accuracy", *[f"{pct(c['accuracy'])} ({c['correct']})" for c in cols])
    table.add_row("wrong direction", *[str(c["wrong_direction"]) for c in cols])
    table.add_row("decisive precision", *[f"{pct(c['decisive_precision'])} of {c['decisive']}" for c in cols])
    table.add_row("coverage", *[pct(c["coverage"]) for c in cols])
    out.print(table)
    out.print(f"model calls: {report['calls']}, tokens: {report['input_tokens']} prompt + {report['output_tokens']} "
              f"completion, cost {report['cost']:.4f}"
              + ("; " + ", ".join(f"{k}: {v}" for k, v in sorted(report["problems"].items())) if report["problems"] else ""),
              markup=False)
    for r in report["results"]:
        if r["opinion"] != "ok" or len({r["expected"], r["rules"], r["model"]}) > 1:
            out.print(f"  {r['id']}: expected {r['expected']}, rules {r['rules']}, model {r['model']}, "
                      f"combined {r['combined']} — {r['opinion_line']}", markup=False)


@app.command("demo")
@handle_errors
def demo(db: Optional[str] = typer.Option("sqlite:///demo.db", "--db", help="Database for the demo."),
         as_of: str = typer.Option("2025-11-26T18:00:00+00:00", "--as-of", help="The demo's evaluation time."),
         config: Optional[str] = ConfigOpt) -> None:
    """Load the bundled sample markets and articles, evaluate, print verdicts and reasoning."""
    a = open_app(db, config)
    data = resources.files("resolver") / "data"
    with resources.as_file(data / "sample_markets.json") as mpath, resources.as_file(data / "sample_articles.jsonl") as apath:
        markets = load_markets(mpath, a.settings.ingest.max_file_bytes)
        articles = load_articles(apath, a.settings.ingest.max_file_bytes, a.settings.ingest.max_article_bytes)
    when = resolve_as_of(as_of)
    m = a.import_markets(markets, now=when)
    r = a.import_articles(articles, now=when)
    out.print(f"database: {a.engine.url.render_as_string(hide_password=True)}", markup=False)
    out.print(f"markets: {m['new']} new, {m['updated']} updated, {m['unchanged']} unchanged; "
              f"articles: {r.new} new, {r.duplicate} duplicate; {r.attached} new market links", markup=False)
    results = a.evaluate(when, now=when)
    by_id = {mk.id: mk for mk in markets}
    out.print(verdict_table([(label(x.market_id, x.verdict.outcome), by_id[x.market_id].deadline.isoformat(),
                              x.verdict.verdict, x.verdict.status, x.verdict.score, by_id[x.market_id].question)
                             for x in results]))
    for x in results:
        out.print("\n" + reasoning_text(x.verdict), markup=False)


def main() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
