"""Webhooks: events (verdict changed, flagged, analyst decision) go into an outbox table in
the same transaction as the change, and are delivered with httpx, signed with HMAC-SHA256,
retried with exponential backoff until the receiver answers 2xx — a receiver that is down
loses nothing."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import __version__
from .config import WebhookConfig  # noqa: F401  (the [[webhooks]] entry is configuration: resolver.config)
from .store.models import WebhookDeliveryRow

SIGNATURE_HEADER = "X-Resolver-Signature"


def text_of(event: str, payload: dict[str, Any]) -> str:
    """A one-line human summary (the Slack-compatible payload's text)."""
    who = payload.get("market", "?") + (f"/{payload['outcome']}" if payload.get("outcome") else "")
    if event == "verdict_changed":
        return f"resolver: {who} {payload.get('old') or 'none'} → {payload.get('new')} ({payload.get('summary', '')})"
    if event == "flagged":
        return f"resolver: {who} flagged — {payload.get('reason')}"
    return (f"resolver: {who} {payload.get('action')} {payload.get('verdict') or payload.get('resolution') or ''} "
            f"by {payload.get('analyst')}: {payload.get('note') or ''}").strip()


def enqueue(session: Session, hooks: list[WebhookConfig], event: str, payload: dict[str, Any], now: datetime) -> int:
    """Add one outbox row per subscribed webhook (in the caller's transaction)."""
    n = 0
    for hook in hooks:
        if event in hook.events:
            session.add(WebhookDeliveryRow(webhook=hook.name, url=hook.url, event=event, payload=payload,
                                           status="pending", attempts=0, next_attempt_at=now, created_at=now))
            n += 1
    return n


def body_for(hook: WebhookConfig | None, row: WebhookDeliveryRow) -> bytes:
    if hook is not None and hook.format == "slack":
        return json.dumps({"text": text_of(row.event, row.payload)}).encode()
    return json.dumps({"id": row.id, "event": row.event, "created_at": row.created_at.isoformat(),
                       "data": row.payload}, sort_keys=True).encode()


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def deliver_due(session: Session, hooks: list[WebhookConfig], now: datetime, timeout: float = 10.0,
                base_backoff: float = 30.0, max_backoff: float = 6 * 3600, ids: list[int] | None = None) -> dict[str, int]:
    """Try every pending delivery that is due (or the given ids, due or not)."""
    import httpx  # imported here: commands that deliver nothing start faster

    by_name = {h.name: h for h in hooks}
    stmt = select(WebhookDeliveryRow).where(WebhookDeliveryRow.status == "pending").order_by(WebhookDeliveryRow.id)
    if ids:
        stmt = stmt.where(WebhookDeliveryRow.id.in_(ids))
    else:
        stmt = stmt.where(WebhookDeliveryRow.next_attempt_at <= now)
    result = {"delivered": 0, "failed": 0}
    with httpx.Client(timeout=timeout, headers={"User-Agent": f"resolver/{__version__} webhooks"}) as client:
        for row in session.scalars(stmt):
            hook = by_name.get(row.webhook)
            body = body_for(hook, row)
            headers = {"Content-Type": "application/json", "X-Resolver-Event": row.event,
                       "X-Resolver-Delivery": str(row.id)}
            if hook is not None and hook.secret:
                headers[SIGNATURE_HEADER] = sign(hook.secret, body)
            row.attempts += 1
            try:
                resp = client.post(row.url, content=body, headers=headers)
                ok = 200 <= resp.status_code < 300
                error = None if ok else f"HTTP {resp.status_code}"
            except httpx.HTTPError as exc:
                ok, error = False, f"{exc.__class__.__name__}: {exc}"
            if ok:
                row.status, row.delivered_at, row.last_error = "delivered", now, None
                result["delivered"] += 1
            else:
                row.last_error = error
                row.next_attempt_at = now + timedelta(seconds=min(max_backoff, base_backoff * 2 ** (row.attempts - 1)))
                result["failed"] += 1
    return result
