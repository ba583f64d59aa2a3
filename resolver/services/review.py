"""Review: analyst decisions against the current suggestion, the queue of what needs a look
(new or changed suggestions, due deferrals, price, second-opinion and venue-import flags),
second opinions, final verdicts and a market's timeline."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..engine.types import Market, Verdict
from ..errors import BadInput
from ..ingest import check_decision_text
from .. import review, webhooks
from ..store import repo
from ..store.models import DecisionRow
from ..store.offsets import with_offset
from ..store.db import session_scope
from .engine_calls import outcome_id


def opinion_dict(row) -> dict[str, Any]:
    """A stored second opinion as plain data (for market show, the web page and the API)."""
    return {"id": row.id, "status": row.status, "verdict": row.verdict, "confidence": row.confidence,
            "claimed_verdict": row.claimed_verdict, "rules_verdict": row.rules_verdict, "disagrees": row.disagrees,
            "reason": row.reason, "error_kind": row.error_kind, "citations": row.citations, "model": row.model,
            "prompt_version": row.prompt_version, "calls": row.calls, "input_tokens": row.input_tokens,
            "output_tokens": row.output_tokens, "cost": row.cost, "as_of": row.as_of.isoformat(),
            "created_at": row.created_at.isoformat(), "verdict_id": row.verdict_id}


class ReviewServices:
    @staticmethod
    def _suggestions(rows) -> list[review.Suggestion]:
        return [review.Suggestion(r.id, r.verdict, r.created_at) for r in rows]

    @staticmethod
    def _decisions(rows) -> list[review.Decision]:
        return [review.Decision(r.id, r.action, r.verdict, r.resolution, r.note, r.analyst, r.against_verdict_id,
                                r.against_verdict, r.revisit_at, r.created_at) for r in rows]

    def decide(self, market_id: str, action: str, note: str, analyst: str, now: datetime, outcome: str = "",
               verdict: str | None = None, resolution: str | None = None,
               revisit_at: datetime | None = None) -> dict[str, Any]:
        """Record an analyst decision against the current suggestion (append-only)."""
        try:
            review.validate(action, verdict, resolution, note)
        except review.DecisionError as exc:
            raise BadInput(str(exc)) from None
        check_decision_text(note, analyst)
        with session_scope(self.engine) as s:
            market = self._market(s, market_id)
            self._check_outcome(market, outcome)
            if market.outcomes and not outcome:
                raise BadInput(f"{market_id} has outcomes: name one with --outcome "
                               f"({', '.join(outcome_id(o) for o in market.outcomes)})")
            latest = repo.latest_verdict(s, market_id, outcome)
            suggestion = self._suggestions([latest])[0] if latest else None
            try:
                review.check_against(action, suggestion)
            except review.DecisionError as exc:
                raise BadInput(f"{market_id}{'/' + outcome if outcome else ''}: {exc}") from None
            row = DecisionRow(market_id=market_id, outcome_id=outcome, action=action, verdict=verdict,
                              resolution=resolution, note=note.strip(), analyst=analyst,
                              against_verdict_id=latest.id if latest else None,
                              against_verdict=latest.verdict if latest else None,
                              revisit_at=revisit_at, created_at=now)
            s.add(row)
            s.flush()
            webhooks.enqueue(s, self.settings.webhooks, "decision",
                             {"market": market_id, "outcome": outcome or None, "action": action, "verdict": verdict,
                              "resolution": resolution, "note": row.note, "analyst": analyst,
                              "against": row.against_verdict, "at": now.isoformat()}, now)
            final = review.final_verdict(suggestion, self._decisions(
                repo.decisions_for(s, market_id, outcome)))
            return {"id": row.id, "market": market_id, "outcome": outcome or None, "action": action,
                    "against": row.against_verdict, "final": final.verdict, "resolution": final.resolution}

    def queue(self, now: datetime, market_id: str | None = None) -> list[dict[str, Any]]:
        """Markets (per outcome) whose suggestion is new or changed since the last decision,
        or whose deferral is due; nearest deadline first."""
        items: list[dict[str, Any]] = []
        with session_scope(self.engine) as s:
            prices = repo.latest_prices(s)
            for r in self._rows(s, market_id):
                market = repo.market_to_domain(r, s)
                for oid in [outcome_id(o) for o in market.outcomes] or [""]:
                    rows = repo.verdict_rows(s, market.id, oid)
                    decisions = self._decisions(repo.decisions_for(s, market.id, oid))
                    state = review.queue_state(self._suggestions(rows), decisions, now)
                    price = prices.get((market.id, oid))
                    flag = review.disagreement(price[0] if price else None, rows[-1].verdict if rows else None,
                                               self.settings.review.disagreement_margin)
                    if flag and (state is None or not state.flagged):
                        state = review.QueueState(f"price disagrees: {flag}", price[1], flagged=True)
                    opinion = self._opinion_flag(s, market.id, oid, rows, decisions)
                    if opinion and (state is None or not state.flagged):
                        state = review.QueueState(opinion[0], opinion[1], flagged=True)
                    venue_flag = self._venue_flag(s, market.id, decisions)
                    if venue_flag and rows and (state is None or not state.flagged):
                        state = review.QueueState(f"venue import flagged: {venue_flag[0]}", venue_flag[1], flagged=True)
                    if state is None:
                        continue
                    last = decisions[-1] if decisions else None
                    new_evidence = [repo.article_to_domain(a) for a in repo.evidence_since(s, market.id, last.created_at)] \
                        if last else []
                    items.append({"market": market, "outcome": oid or None, "verdict": Verdict.model_validate(rows[-1].reasoning),
                                  "reason": state.reason, "flagged": state.flagged, "since": state.since,
                                  "last_decision": last, "new_evidence": new_evidence, "price_flag": flag})
        items.sort(key=lambda x: (x["market"].deadline, x["market"].id, x["outcome"] or ""))
        return items

    @staticmethod
    def _venue_flag(s, market_id: str, decisions: list) -> tuple[str, datetime] | None:
        """The first review flag of a market's venue import (a deadline read from a scheduled
        event, a venue field kept because it is later…), until an analyst decides after it."""
        from ..store.models import VenueMarketRow

        row = s.get(VenueMarketRow, market_id)
        flags = [n[len("flag: "):] for n in (row.notes if row else []) if n.startswith("flag: ")]
        if not flags or (decisions and decisions[-1].created_at >= row.updated_at):
            return None
        return flags[0], row.updated_at

    def _opinion_flag(self, s, market_id: str, oid: str, rows, decisions) -> tuple[str, datetime] | None:
        """'second opinion disagrees: …' with its time, when the latest second opinion calls for
        a look (see resolver.adjudicate.policy); never changes a verdict or a decision."""
        from ..adjudicate.policy import queue_flag
        from ..store import opinions_repo

        op = opinions_repo.latest(s, market_id, oid)
        if op is None or not rows:
            return None
        deciding = [d for d in decisions if d.action in ("accept", "override")]
        final = review.final_verdict(self._suggestions(rows[-1:])[0], decisions)
        text = queue_flag(op.status, op.verdict, op.inputs_hash, op.created_at, op.model, rows[-1].verdict,
                          rows[-1].inputs_hash, final.verdict, deciding[-1].created_at if deciding else None)
        return (text, op.created_at) if text else None

    def second_opinions(self, market_id: str | None = None) -> dict[tuple[str, str], dict[str, Any]]:
        """(market, outcome) → {"opinion": the latest second opinion that answered (ok or
        dropped) or None, "failure": the latest failed attempt if it is newer, else None}."""
        from ..store import opinions_repo

        out: dict[tuple[str, str], dict[str, Any]] = {}
        with session_scope(self.engine) as s:
            for key, row in opinions_repo.latest_answered(s).items():
                if market_id is None or key[0] == market_id:
                    out[key] = {"opinion": opinion_dict(row), "failure": None}
            if market_id is not None:
                for oid in self._market_outcome_keys(s, market_id):
                    last = opinions_repo.latest(s, market_id, oid)
                    if last is not None and last.status == "failed":
                        out.setdefault((market_id, oid), {"opinion": None})["failure"] = opinion_dict(last)
        return out

    def finals(self, market_id: str | None = None) -> list[tuple[Market, str | None, Verdict | None, review.Final]]:
        """Every market/outcome with its latest suggestion and its final verdict."""
        out = []
        with session_scope(self.engine) as s:
            latest = repo.latest_verdicts(s)
            for r in self._rows(s, market_id):
                market = repo.market_to_domain(r, s)
                for oid in [outcome_id(o) for o in market.outcomes] or [""]:
                    row = latest.get((r.id, oid))
                    suggestion = self._suggestions([row]) if row else []
                    final = review.final_verdict(suggestion[0] if suggestion else None,
                                                 self._decisions(repo.decisions_for(s, r.id, oid)))
                    out.append((market, oid or None, Verdict.model_validate(row.reasoning) if row else None, final))
        return out

    def timeline(self, market_id: str) -> list[dict[str, Any]]:
        """Suggestions, decisions and rule-set versions of a market, oldest first."""
        with session_scope(self.engine) as s:
            self._market(s, market_id)
            events: list[dict[str, Any]] = []
            for r in repo.verdict_history(s, market_id):
                events.append({"kind": "suggestion", "at": r.created_at.isoformat(), "outcome": r.outcome_id or None,
                               "verdict": r.verdict, "status": r.status, "score": r.score, "as_of": r.as_of.isoformat(),
                               "rule_set_version": r.rule_set_version, "market_version": r.market_version,
                               "summary": r.summary, "id": r.id})
            for d in repo.all_decisions(s, market_id):
                events.append({"kind": "decision", "at": d.created_at.isoformat(), "outcome": d.outcome_id or None,
                               "action": d.action, "verdict": d.verdict, "resolution": d.resolution, "note": d.note,
                               "analyst": d.analyst, "against": d.against_verdict,
                               "revisit_at": d.revisit_at.isoformat() if d.revisit_at else None, "id": d.id})
            versions = repo.market_versions(s, market_id)
            latest_v = versions[-1].version if versions else None
            for e in events:
                if e["kind"] == "suggestion" and e.get("market_version") and latest_v and e["market_version"] < latest_v:
                    e["note"] = f"reasoned under market version {e['market_version']} (amended since)"
            for mv in versions:
                events.append({"kind": "amendment", "at": mv.effective_at.isoformat(), "outcome": None,
                               "version": mv.version, "question": mv.question,
                               "deadline": with_offset(mv.deadline, mv.deadline_offset_minutes).isoformat(),
                               "criteria": mv.criteria, "note": mv.note, "id": mv.id})
            for rs in repo.rule_set_history(s, market_id):
                events.append({"kind": "rules", "at": rs.created_at.isoformat(), "outcome": rs.outcome_id or None,
                               "version": rs.version, "origin": rs.origin, "note": rs.note, "id": rs.id})
        order = {"amendment": 0, "rules": 1, "suggestion": 2, "decision": 3}
        return sorted(events, key=lambda e: (e["at"], order[e["kind"]], e["id"]))
