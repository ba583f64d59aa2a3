"""`resolver webhooks`: the webhook outbox (list, deliver, retry)."""

from __future__ import annotations

from typing import Optional

import typer

from .common import ConfigOpt, DbOpt, JsonOpt, _typer, handle_errors, now_utc, open_app, out, print_json

webhooks_app = _typer(help="The webhook outbox: list, deliver, retry.", no_args_is_help=True)


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
