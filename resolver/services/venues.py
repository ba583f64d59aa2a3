"""Venues: importing venue markets in place (raw JSON, notes, review flags, amendments as new
versions, a price snapshot each), a market's venue record, its price history, and where a
venue price disagrees with the latest verdict."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..errors import BadInput
from ..ingest import check_deadline, check_market_text, http_url
from ..market_ids import check_market_id
from .. import review
from ..store import repo
from ..store.db import session_scope
from .engine_calls import outcome_id


class VenueServices:
    def import_venue(self, items: list, now: datetime, refused: list[dict[str, str]] | None = None) -> dict[str, Any]:
        """Store venue markets in place (same venue id → same market), their raw JSON, notes and
        review flags, amendments as new versions, and a price snapshot each. One transaction.
        `refused` (records the mapping refused, with reasons) is reported back unchanged."""
        from ..store.models import VenueMarketRow

        counts = {"new": 0, "updated": 0, "unchanged": 0}
        details = []
        refused = list(refused or [])
        accepted = []
        for vm in items:  # the edge for venue data (file import and live sync alike), per market:
            try:          # one bad market is refused by id with its reason; the others import
                check_market_id(vm.market.id)
                if vm.url is not None:
                    try:
                        http_url(vm.url)
                    except BadInput as exc:
                        raise BadInput(f"'url': {exc}") from None
                check_deadline(vm.market.deadline, "deadline")
                check_market_text(vm.market)
            except BadInput as exc:
                refused.append({"venue_id": str(vm.venue_id), "reason": str(exc)})
                continue
            accepted.append(vm)
        items = accepted
        with session_scope(self.engine) as s:
            for vm in items:
                state = repo.upsert_market(s, vm.market, now, note=f"amended by {vm.venue} import")
                counts[state] += 1
                row = s.get(VenueMarketRow, vm.market.id)
                notes = [f"kind: {vm.kind}", f"deadline from {vm.deadline_source}" if vm.deadline_source else "",
                         *vm.notes, *(f"flag: {f}" for f in vm.flags)]
                values = dict(venue=vm.venue, venue_id=vm.venue_id, url=vm.url, status=vm.status,
                              field_deadline=vm.field_deadline, rules_deadline_text=vm.rules_deadline_text,
                              notes=[n for n in notes if n], raw=vm.raw, updated_at=now)
                if row is None:
                    s.add(VenueMarketRow(market_id=vm.market.id, imported_at=now, **values))
                elif any(getattr(row, k) != val for k, val in values.items() if k != "updated_at"):
                    for k, val in values.items():  # updated_at moves only when the import changed
                        setattr(row, k, val)
                for outcome, price in vm.prices.items():
                    repo.add_price(s, vm.market.id, "" if outcome == "yes" else outcome_id(outcome), price, vm.venue, now)
                details.append({**vm.summary(), "result": state})
        return {**counts, "refused": len(refused), "markets": details, "refusals": refused}

    def venue_info(self, market_id: str) -> dict[str, Any] | None:
        from ..store.models import VenueMarketRow

        with session_scope(self.engine) as s:
            row = s.get(VenueMarketRow, market_id)
            if row is None:
                return None
            return {"venue": row.venue, "venue_id": row.venue_id, "url": row.url, "status": row.status,
                    "field_deadline": row.field_deadline.isoformat() if row.field_deadline else None,
                    "rules_deadline_text": row.rules_deadline_text, "notes": row.notes}

    def price_history(self, market_id: str) -> list[dict[str, Any]]:
        """Every price snapshot of a market (per outcome: '' for a yes/no market), oldest first."""
        from sqlalchemy import select as _select

        from ..store.models import PriceSnapshotRow

        with session_scope(self.engine) as s:
            rows = s.scalars(_select(PriceSnapshotRow).where(PriceSnapshotRow.market_id == market_id)
                             .order_by(PriceSnapshotRow.taken_at, PriceSnapshotRow.id))
            return [{"outcome": r.outcome_id or "", "price": r.price, "at": r.taken_at, "venue": r.venue} for r in rows]

    def price_flags(self, market_id: str | None = None) -> dict[tuple[str, str], dict[str, Any]]:
        """(market, outcome) → latest venue price, and the disagreement with the latest verdict if any."""
        out = {}
        with session_scope(self.engine) as s:
            latest = repo.latest_verdicts(s)
            for key, (price, taken_at, venue) in repo.latest_prices(s).items():
                if market_id is not None and key[0] != market_id:
                    continue
                v = latest.get(key)
                flag = review.disagreement(price, v.verdict if v else None, self.settings.review.disagreement_margin)
                out[key] = {"price": price, "taken_at": taken_at.isoformat(), "venue": venue, "flag": flag}
        return out
