"""`resolver market`: add, import (from a file or a venue), sync, list, show and the history of
markets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

import typer

from ..errors import BadInput
from ..terminal import plain
from .adjudicate import print_opinion
from .common import (App, ConfigOpt, DbOpt, JsonOpt, _lazy, _typer, database_url, deliver_quietly, err, export_mod,
                     handle_errors, label, load_markets, load_settings, market_and_outcome, now_utc, open_app, out,
                     print_json, reasoning_text, verdict_table)

if TYPE_CHECKING:  # pragma: no cover
    from ..services import App  # noqa: F811

market_app = _typer(help="Add, import, list and inspect markets.", no_args_is_help=True)
derive_target = _lazy("..engine.derive", "derive_target")
market_from_dict = _lazy("..ingest", "market_from_dict")
read_bytes = _lazy("..ingest", "read_bytes")
read_sqlite_at_head = _lazy("..store.summary", "read_sqlite_at_head")


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
        from ..venues import decode, parse_all

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
    result = a.import_venue(parsed.markets, now_utc(), parsed.refused)
    if not result["markets"]:  # every mapped market failed the edge checks: nothing was stored
        raise BadInput("nothing imported: " + "; ".join(f"{r['venue_id']}: {r['reason']}" for r in result["refusals"]))
    report_venue(result, as_json)
    deliver_quietly(a)
    if result["refusals"]:
        raise typer.Exit(1)


def report_venue(result: dict, as_json: bool) -> None:
    from ..engine.types import ValueQuestion

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


@market_app.command("sync")
@handle_errors
def market_sync(venue: str = typer.Option(..., "--from", help="polymarket, kalshi, manifold or metaculus."),
                ids: Optional[list[str]] = typer.Option(None, "--id", help="Venue id (repeatable)."),
                search: Optional[str] = typer.Option(None, "--search", help="Search the venue (see README for what each venue searches)."),
                db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Fetch markets live from a venue's API (base URL in [venues]) and import them in place."""
    from ..venues.sync import fetch

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
