"""`resolver review`: the review queue, worked through interactively or decided from scripts."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Callable, Optional

import typer

from ..errors import BadInput, ResolverError
from .common import (ConfigOpt, DbOpt, JsonOpt, OutcomeOpt, _typer, deliver_quietly, err, handle_errors, in_range,
                     label, market_and_outcome, now_utc, open_app, out, parse_time, print_json, reasoning_text)

if TYPE_CHECKING:  # pragma: no cover
    from ..services import App

review_app = _typer(help="The review queue: accept, override or defer the engine's suggestions.",
                         invoke_without_command=True)

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
        kwargs["revisit_at"] = in_range(parse_time(until if "T" in until else until + "T00:00:00+00:00", "--until"),
                                        "--until")
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
