"""Polled sources (add, list, remove) and webhook deliveries (deliver what is due, list)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..errors import BadInput, NotFound
from .. import webhooks
from ..store import sources_repo
from ..store.db import session_scope


class SourceServices:
    def deliver_webhooks(self, now: datetime, ids: list[int] | None = None, timeout: float = 10.0) -> dict[str, int]:
        with session_scope(self.engine) as s:
            return webhooks.deliver_due(s, self.settings.webhooks, now, timeout=timeout, ids=ids)

    def webhook_deliveries(self) -> list[dict[str, Any]]:
        from sqlalchemy import select as _select

        from ..store.models import WebhookDeliveryRow

        with session_scope(self.engine) as s:
            return [{"id": r.id, "webhook": r.webhook, "event": r.event, "status": r.status, "attempts": r.attempts,
                     "next_attempt_at": r.next_attempt_at.isoformat(), "last_error": r.last_error,
                     "delivered_at": r.delivered_at.isoformat() if r.delivered_at else None}
                    for r in s.scalars(_select(WebhookDeliveryRow).order_by(WebhookDeliveryRow.id))]

    # sources ------------------------------------------------------------------------------
    def add_source(self, name: str, url: str, kind: str, interval: int | None, trust: float | None,
                   full_text: bool, now: datetime) -> None:
        """Add a polled source (origin 'cli'); a name already in use is an error."""
        with session_scope(self.engine) as s:
            if sources_repo.get(s, name) is not None:
                raise BadInput(f"source {name!r} exists; remove it first or pick another name")
            values = {"url": url, "kind": kind, "interval_seconds": interval or self.settings.poll.default_interval,
                      "trust": trust, "full_text": full_text}
            sources_repo.upsert(s, name, values, "cli", now)

    def sources(self) -> list[dict[str, Any]]:
        with session_scope(self.engine) as s:
            return [{"name": r.name, "url": r.url, "kind": r.kind, "interval": r.interval_seconds, "trust": r.trust,
                     "full_text": r.full_text, "origin": r.origin, "last_status": r.last_status,
                     "last_error": r.last_error, "failures": r.failures,
                     "last_fetched_at": r.last_fetched_at.isoformat() if r.last_fetched_at else None,
                     "next_due_at": r.next_due_at.isoformat() if r.next_due_at else None,
                     "claimed_by": r.claimed_by} for r in sources_repo.list_all(s)]

    def remove_source(self, name: str) -> None:
        with session_scope(self.engine) as s:
            row = sources_repo.get(s, name)
            if row is None:
                raise NotFound(f"unknown source: {name}")
            s.delete(row)
