"""Application services: small functions composing ingest, storage and the engine.
The CLI (and later the web page and poller) call only these."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable

from sqlalchemy.engine import Engine

from .config import Settings
from .engine.settings import EngineSettings
from .engine.types import Article, Market, Verdict
from .ingest import (check_deadline, check_decision_text, check_market_text, http_url, legacy_market_id,
                     market_id_for, source_of)
from .errors import BadInput, NotFound
from .lazy import lazy_function
from .market_ids import check_market_id
from . import review, webhooks
from .store import repo, sources_repo
from .store.models import DecisionRow
from .store.offsets import offset_minutes, with_offset
from .store.summary import SUMMARY_SQL, SummaryRow, summary_rows
from .store.db import make_engine, retrying, session_scope, upgrade

if TYPE_CHECKING:  # pragma: no cover
    from .engine.match import MatchIndex
    from .engine.spec import RuleSet


def _engine_fn(module: str, name: str) -> Callable[..., Any]:
    """A function of the engine's language layer, imported on first call: commands that only
    read the database (`market list`, `review list`) never load syntok, lemminflect or numpy."""

    return lazy_function(f"resolver.engine.{module}", name)


content_hash = _engine_fn("evaluate", "content_hash")
evaluate_market = _engine_fn("evaluate", "evaluate_market")
evaluate_outcomes = _engine_fn("outcomes", "evaluate_outcomes")
outcome_id = _engine_fn("outcomes", "outcome_id")
outcome_market = _engine_fn("outcomes", "outcome_market")
default_rule_set = _engine_fn("spec", "default_rule_set")
mention_report = _engine_fn("mention_report", "mention_report")


def _rule_set(data: Any) -> "RuleSet":
    from .engine.spec import RuleSet

    return RuleSet.model_validate(data)


@dataclass
class EvalOutcome:
    market_id: str
    verdict: Verdict
    recorded: bool
    previous: str | None


@dataclass
class ImportReport:
    new: int = 0
    duplicate: int = 0
    attached: int = 0
    details: list[dict[str, Any]] = field(default_factory=list)


def result_hash(v: Verdict) -> str:
    """Hash of what a verdict concluded and from which sentences (not of as-of-dependent text)."""
    core = {
        "verdict": v.verdict, "score": v.score, "status": v.status,
        "known_at": v.known_at.isoformat() if v.known_at else None,
        "contributions": [[c.rule, c.weight, c.counted, c.sentence, c.article_url] for c in v.contributions],
    }
    return hashlib.sha256(json.dumps(core, sort_keys=True).encode()).hexdigest()


def opinion_dict(row) -> dict[str, Any]:
    """A stored second opinion as plain data (for market show, the web page and the API)."""
    return {"id": row.id, "status": row.status, "verdict": row.verdict, "confidence": row.confidence,
            "claimed_verdict": row.claimed_verdict, "rules_verdict": row.rules_verdict, "disagrees": row.disagrees,
            "reason": row.reason, "error_kind": row.error_kind, "citations": row.citations, "model": row.model,
            "prompt_version": row.prompt_version, "calls": row.calls, "input_tokens": row.input_tokens,
            "output_tokens": row.output_tokens, "cost": row.cost, "as_of": row.as_of.isoformat(),
            "created_at": row.created_at.isoformat(), "verdict_id": row.verdict_id}


class App:
    """The resolver application bound to one database."""

    def __init__(self, db_url: str, settings: Settings, engine: Engine | None = None):
        self.settings = settings
        self.engine = engine or make_engine(db_url)
        upgrade(self.engine)
        self._index: MatchIndex | None = None
        self._index_sig: tuple | None = None

    # markets --------------------------------------------------------------------------
    def import_markets(self, markets: list[Market], now: datetime) -> dict[str, int]:
        result = {"new": 0, "updated": 0, "unchanged": 0}
        for m in markets:
            check_market_id(m.id)
            check_market_text(m)
        with session_scope(self.engine) as s:
            for m in markets:
                result[repo.upsert_market(s, self._keep_stored_id(s, m), now)] += 1
        return result

    @staticmethod
    def _keep_stored_id(s, m: Market) -> Market:
        """A market whose id was generated (not given) and that is stored under the id an
        earlier version generated keeps that id: re-importing it updates it in place."""
        if repo.get_market(s, m.id) is not None or m.id != market_id_for(m.question, m.deadline):
            return m
        legacy = legacy_market_id(m.question, m.deadline)
        if legacy != m.id and repo.get_market(s, legacy) is not None:
            return m.model_copy(update={"id": legacy})
        return m

    def resolve_id(self, text: str) -> tuple[str, str]:
        """A market id as the CLI prints it: 'market' or 'market/outcome' → (market, outcome).
        An exact stored id wins; an unknown id or outcome is a one-line NotFound."""
        with session_scope(self.engine) as s:
            if repo.get_market(s, text) is not None:
                return text, ""
            if "/" in text:
                market_id, outcome = text.rsplit("/", 1)
                if repo.get_market(s, market_id) is not None:
                    self._check_outcome(self._market(s, market_id), outcome)
                    return market_id, outcome
        raise NotFound(f"unknown market id: {text}")

    def market(self, market_id: str) -> Market:
        with session_scope(self.engine) as s:
            return self._market(s, market_id)

    def markets(self) -> list[Market]:
        with session_scope(self.engine) as s:
            return [repo.market_to_domain(r, s) for r in repo.list_markets(s)]

    def evidence(self, market_id: str) -> list[tuple[Article, dict[str, Any]]]:
        self.market(market_id)
        with session_scope(self.engine) as s:
            return [(repo.article_to_domain(a), {"reason": link.reason, "terms": link.matched_terms, "score": link.score})
                    for a, link in repo.market_evidence(s, market_id)]

    def evidence_ids(self, market_id: str) -> dict[int, str]:
        """Stored article id → URL for a market's evidence (second-opinion citations name ids)."""
        with session_scope(self.engine) as s:
            return {a.id: a.url for a, _ in repo.market_evidence(s, market_id)}

    # evidence -------------------------------------------------------------------------
    def import_articles(self, articles: list[Article], now: datetime, market_id: str | None = None,
                        progress: Callable[[int, int], None] | None = None) -> ImportReport:
        """Store each article once and attach it to the markets it bears on (or to
        `market_id`, manually). One transaction: an error stores nothing."""
        def attempt() -> ImportReport:
            with session_scope(self.engine) as s:
                return self.import_articles_in(s, articles, now, market_id, progress)

        return retrying(attempt)

    def match_index(self, s) -> MatchIndex:
        """The matching index over all open markets, rebuilt only when markets change."""
        sig = repo.index_signature(s)
        if self._index is None or self._index_sig != sig:
            from .engine.match import MatchIndex, MatchTerms

            self._index = MatchIndex(MatchTerms.model_validate(t) for t in repo.open_match_terms(s))
            self._index_sig = sig
        return self._index

    def import_articles_in(self, s, articles: list[Article], now: datetime, market_id: str | None = None,
                           progress: Callable[[int, int], None] | None = None) -> ImportReport:
        """import_articles inside the caller's transaction (the poller stores a source's
        articles and its fetch state together). Bulk inserts; the database's unique
        constraints decide what is new."""
        report = ImportReport()
        if market_id is not None and repo.get_market(s, market_id) is None:
            raise NotFound(f"unknown market id: {market_id}")
        hashes = [content_hash(a.title + "\n" + a.text) for a in articles]
        rows, seen_urls, seen_hashes = [], set(), set()
        # canonical order (by URL): concurrent importers take index locks in the same order
        for a, h in sorted(zip(articles, hashes), key=lambda p: p[0].url):
            if a.url in seen_urls or h in seen_hashes:
                continue  # the same article twice in one batch
            seen_urls.add(a.url)
            seen_hashes.add(h)
            rows.append(dict(url=a.url, title=a.title, published=a.published,
                             published_offset_minutes=offset_minutes(a.published),
                             published_estimated=a.published_estimated, source=a.source, text=a.text,
                             content_hash=h, added_at=now))
        inserted = repo.insert_articles(s, rows)
        missing = [a for a in articles if a.url not in inserted]
        by_url, by_hash = repo.article_ids(s, [a.url for a in missing],
                                           [h for a, h in zip(articles, hashes) if a.url not in inserted])
        index = None if market_id else self.match_index(s)
        links: list[dict[str, Any]] = []
        ids: list[int] = []
        for done, (a, h) in enumerate(zip(articles, hashes)):
            if progress is not None and done % 100 == 0:
                progress(done, len(articles))  # matching is the long part of a large import
            art_id = inserted.get(a.url) or by_url.get(a.url) or by_hash.get(h)
            ids.append(art_id)
            if market_id:
                links.append(dict(market_id=market_id, article_id=art_id, reason="manual", matched_terms=[],
                                  score=0.0, attached_at=now))
                continue
            for mid, match in index.candidates(a.title, a.text):
                if match.score >= self.settings.ingest.match_threshold:
                    links.append(dict(market_id=mid, article_id=art_id, reason="match", matched_terms=list(match.terms),
                                      score=match.score, attached_at=now))
        unique_links = sorted({(l["market_id"], l["article_id"]): l for l in links}.values(),
                              key=lambda l: (l["market_id"], l["article_id"]))
        attached_to: dict[int, list[str]] = {}
        new_links = sorted(repo.attach_many(s, unique_links))
        for m, aid in new_links:
            attached_to.setdefault(aid, []).append(m)
        repo.mark_dirty(s, [m for m, _ in new_links], now)  # durable: re-evaluated by the next pass if not now
        counted: set[int] = set()
        for a, art_id in zip(articles, ids):
            first = art_id not in counted  # each article and its new links are reported once
            counted.add(art_id)
            new = a.url in inserted and first
            attached = attached_to.get(art_id, []) if first else []
            report.new += new
            report.duplicate += not new
            report.attached += len(attached)
            report.details.append({"url": a.url, "new": new, "attached_to": attached})
        return report

    # rule sets --------------------------------------------------------------------------
    def _current_rule_set(self, s, market: Market, outcome: str, now: datetime) -> tuple[RuleSet, int]:
        """The rule set in force for a market (outcome): the latest stored version. The derived
        default is stored as a new version when none exists or when the market's text changed
        under a derived set; an analyst's set is never replaced silently."""
        sub = self._sub_market(market, outcome)
        derived = default_rule_set(sub)
        for _ in range(20):
            row = repo.latest_rule_set(s, market.id, outcome)
            if row is not None:
                stored = _rule_set(row.spec)
                if row.origin == "analyst" or stored == derived:
                    return stored, row.version
            new = repo.try_add_rule_set(s, market.id, outcome, row.version + 1 if row else 1,
                                        derived.model_dump(mode="json"), "derived",
                                        "derived from the question and criteria", now)
            if new is not None:
                return derived, new.version
            # another evaluator stored that version first: read it and decide again
        raise RuntimeError(f"could not store a rule set for {market.id}")  # pragma: no cover

    def rules(self, market_id: str, now: datetime, outcome: str = "") -> dict[str, Any]:
        """The rule set in force (stored as version 1 on first use) and its version history."""
        with session_scope(self.engine) as s:
            market = self._market(s, market_id)
            self._check_outcome(market, outcome)
            rules, version = self._current_rule_set(s, market, outcome, now)
            history = [{"outcome": r.outcome_id, "version": r.version, "origin": r.origin, "note": r.note,
                        "created_at": r.created_at.isoformat()} for r in repo.rule_set_history(s, market_id)]
            return {"market": market_id, "outcome": outcome or None, "version": version,
                    "rules": rules.model_dump(mode="json"), "history": history}

    def set_rules(self, market_id: str, rules: RuleSet, note: str, now: datetime, outcome: str = "") -> int:
        """Store an analyst's rule set as a new version; returns the version."""
        with session_scope(self.engine) as s:
            market = self._market(s, market_id)
            self._check_outcome(market, outcome)
            return repo.add_rule_set(s, market_id, outcome, rules.model_dump(mode="json"), "analyst", note, now).version

    def reset_rules(self, market_id: str, now: datetime, outcome: str = "") -> int:
        """Store the derived default again as a new version (undoing analyst changes)."""
        with session_scope(self.engine) as s:
            market = self._market(s, market_id)
            self._check_outcome(market, outcome)
            sub = self._sub_market(market, outcome)
            return repo.add_rule_set(s, market_id, outcome, default_rule_set(sub).model_dump(mode="json"), "derived",
                                     "reset to the derived default", now).version

    def test_rules(self, market_id: str, articles: list[Article], as_of: datetime, outcome: str = "",
                   rules: RuleSet | None = None) -> Verdict:
        """Evaluate the market against only `articles` (nothing stored): which rules fire on which sentence."""
        sub, rules = self._rules_in_force(market_id, outcome, rules)
        return evaluate_market(sub, articles, as_of, self.settings.engine, rules)

    def mentions(self, market_id: str, articles: list[Article], outcome: str = "",
                 rules: RuleSet | None = None) -> list[dict[str, Any]]:
        """The event mentions the engine reads in `articles` for this market (nothing stored)."""
        sub, rules = self._rules_in_force(market_id, outcome, rules)
        return mention_report(sub, articles, rules)

    def _rules_in_force(self, market_id: str, outcome: str, rules: RuleSet | None) -> tuple[Market, RuleSet | None]:
        with session_scope(self.engine) as s:
            market = self._market(s, market_id)
            self._check_outcome(market, outcome)
            if rules is None:
                row = repo.latest_rule_set(s, market_id, outcome)
                rules = _rule_set(row.spec) if row else None
        return self._sub_market(market, outcome), rules

    def _market(self, s, market_id: str) -> Market:
        return repo.market_to_domain(self._market_row(s, market_id), s)

    @staticmethod
    def _sub_market(market: Market, outcome: str) -> Market:
        """The market itself, or the binary market of one of its outcomes."""
        if not outcome:
            return market
        return outcome_market(market, next(o for o in market.outcomes if outcome_id(o) == outcome))

    @staticmethod
    def _check_outcome(market: Market, outcome: str) -> None:
        if outcome and outcome not in [outcome_id(o) for o in market.outcomes]:
            known = ", ".join(outcome_id(o) for o in market.outcomes) or "none (a binary market)"
            raise NotFound(f"unknown outcome '{outcome}' for market {market.id}; outcomes: {known}")

    # evaluation -----------------------------------------------------------------------
    def evaluate(self, as_of: datetime, market_id: str | None = None, now: datetime | None = None,
                 market_ids: list[str] | None = None,
                 progress: Callable[[int, int], None] | None = None) -> list[EvalOutcome]:
        """Evaluate markets (every outcome of a multi-outcome market) at `as_of` — one market,
        a list, or all; append a verdict row only when inputs or result changed. `progress`
        is told (markets done, markets in all) after each market."""
        return retrying(lambda: self._evaluate(as_of, market_id, now or as_of, market_ids, progress))

    def dirty_markets(self) -> list[str]:
        """Markets that gained evidence since their last evaluation."""
        with session_scope(self.engine) as s:
            return repo.dirty_markets(s)

    def _evaluate(self, as_of: datetime, market_id: str | None, now: datetime,
                  market_ids: list[str] | None,
                  progress: Callable[[int, int], None] | None = None) -> list[EvalOutcome]:
        out: list[EvalOutcome] = []
        with session_scope(self.engine) as s:
            if market_id is not None:
                rows = [self._market_row(s, market_id)]
            elif market_ids is not None:
                rows = [self._market_row(s, m) for m in sorted(set(market_ids))]
            else:
                rows = repo.list_markets(s)
            engine_settings = self._engine_settings(s)
            prices = repo.latest_prices(s)
            for done, row in enumerate(rows):
                if progress is not None:
                    progress(done, len(rows))
                dirty = repo.dirty_seq(s, row.id)  # read before the evidence: a later mark survives
                market, mv, latest_v = repo.version_in_force(repo.market_to_domain(row, s),
                                                             repo.market_versions(s, row.id), as_of)
                articles = [repo.article_to_domain(a) for a, _ in repo.market_evidence(s, market.id)]
                if market.outcomes:
                    current = {outcome_id(o): self._current_rule_set(s, market, outcome_id(o), now) for o in market.outcomes}
                    verdicts = evaluate_outcomes(market, articles, as_of, engine_settings,
                                                 {k: v[0] for k, v in current.items()})
                    versions = {k: v[1] for k, v in current.items()}
                else:
                    rules, version = self._current_rule_set(s, market, "", now)
                    verdicts = [evaluate_market(market, articles, as_of, engine_settings, rules)]
                    versions = {"": version}
                for verdict in verdicts:
                    oid = verdict.outcome or ""
                    update: dict[str, Any] = {"rule_set_version": versions[oid], "market_version": mv}
                    if mv is not None and latest_v is not None and mv < latest_v:
                        update["summary"] = f"{verdict.summary} [reasoned under market version {mv}; amended since]"
                    verdict = verdict.model_copy(update=update)
                    result = self._record(s, verdict, oid, as_of, now)
                    self._events(s, result, prices.get((market.id, oid)), now)
                    out.append(result)
                if dirty is not None:
                    repo.clear_dirty(s, market.id, dirty)
        return out

    def _events(self, s, result: EvalOutcome, price, now: datetime) -> None:
        """Webhook events for a recorded verdict: changed label, and a new price disagreement."""
        if not result.recorded:
            return
        v = result.verdict
        base = {"market": v.market_id, "outcome": v.outcome, "verdict": v.verdict, "score": v.score,
                "as_of": v.as_of.isoformat(), "summary": v.summary}
        hooks = self.settings.webhooks
        if result.previous != v.verdict:
            webhooks.enqueue(s, hooks, "verdict_changed", {**base, "old": result.previous, "new": v.verdict}, now)
            flag = review.disagreement(price[0] if price else None, v.verdict, self.settings.review.disagreement_margin)
            if flag:
                webhooks.enqueue(s, hooks, "flagged", {**base, "reason": flag, "price": price[0]}, now)

    def _engine_settings(self, s) -> EngineSettings:
        """Engine settings with each polled source's trust weight applied to its domain
        (config source_weights win where both name a domain)."""
        trusts = {source_of(r.url): r.trust for r in sources_repo.list_all(s)
                  if r.trust is not None and r.url.startswith(("http://", "https://"))}
        if not trusts:
            return self.settings.engine
        return self.settings.engine.model_copy(update={"source_weights": {**trusts, **self.settings.engine.source_weights}})

    def _market_row(self, s, market_id: str):
        row = repo.get_market(s, market_id)
        if row is None:
            raise NotFound(f"unknown market id: {market_id}")
        return row

    @staticmethod
    def _record(s, verdict: Verdict, oid: str, as_of: datetime, now: datetime) -> EvalOutcome:
        last = repo.latest_verdict(s, verdict.market_id, oid)
        rh = result_hash(verdict)
        recorded = (last is None or last.inputs_hash != verdict.inputs_hash or last.result_hash != rh
                    or last.rule_set_version != verdict.rule_set_version or last.market_version != verdict.market_version)
        if recorded:
            repo.add_verdict(
                s, market_id=verdict.market_id, outcome_id=oid, verdict=verdict.verdict, score=verdict.score,
                confidence=verdict.confidence, status=verdict.status, summary=verdict.summary,
                reasoning=verdict.model_dump(mode="json"), engine_version=verdict.engine_version,
                inputs_hash=verdict.inputs_hash, result_hash=rh, as_of=as_of, known_at=verdict.known_at,
                rule_set_version=verdict.rule_set_version, market_version=verdict.market_version, created_at=now,
            )
        return EvalOutcome(verdict.market_id, verdict, recorded, last.verdict if last else None)

    def latest(self, market_id: str | None = None) -> list[tuple[Market, str | None, Verdict | None]]:
        """Every market — one row per outcome for multi-outcome markets — with the outcome id
        (None for binary markets) and its latest recorded verdict (None if never evaluated)."""
        with session_scope(self.engine) as s:
            latest = repo.latest_verdicts(s)
            rows: list[tuple[Market, str | None, Verdict | None]] = []
            markets = [self._market_row(s, market_id)] if market_id else repo.list_markets(s)
            for r in markets:
                market = repo.market_to_domain(r, s)
                for oid in [outcome_id(o) for o in market.outcomes] or [""]:
                    v = latest.get((r.id, oid))
                    rows.append((market, oid or None, Verdict.model_validate(v.reasoning) if v else None))
            return rows

    def summary(self) -> list[SummaryRow]:
        """The market list's rows (resolver.store.summary), through SQLAlchemy."""
        with self.engine.connect() as conn:
            return summary_rows(conn.exec_driver_sql(SUMMARY_SQL))

    # review -------------------------------------------------------------------------------
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

    def _rows(self, s, market_id: str | None):
        """One market's row (NotFound if unknown), or every market's."""
        return [self._market_row(s, market_id)] if market_id else repo.list_markets(s)

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
        from .store.models import VenueMarketRow

        row = s.get(VenueMarketRow, market_id)
        flags = [n[len("flag: "):] for n in (row.notes if row else []) if n.startswith("flag: ")]
        if not flags or (decisions and decisions[-1].created_at >= row.updated_at):
            return None
        return flags[0], row.updated_at

    def _opinion_flag(self, s, market_id: str, oid: str, rows, decisions) -> tuple[str, datetime] | None:
        """'second opinion disagrees: …' with its time, when the latest second opinion calls for
        a look (see resolver.adjudicate.policy); never changes a verdict or a decision."""
        from .adjudicate.policy import queue_flag
        from .store import opinions_repo

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
        from .store import opinions_repo

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

    def _market_outcome_keys(self, s, market_id: str) -> list[str]:
        market = self._market(s, market_id)
        return [outcome_id(o) for o in market.outcomes] or [""]

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

    # venues -------------------------------------------------------------------------------
    def import_venue(self, items: list, now: datetime, refused: list[dict[str, str]] | None = None) -> dict[str, Any]:
        """Store venue markets in place (same venue id → same market), their raw JSON, notes and
        review flags, amendments as new versions, and a price snapshot each. One transaction.
        `refused` (records the mapping refused, with reasons) is reported back unchanged."""
        from .store.models import VenueMarketRow

        counts = {"new": 0, "updated": 0, "unchanged": 0}
        details = []
        for vm in items:  # the edge for venue data (file import and live sync alike)
            check_market_id(vm.market.id)
            where = f"{vm.venue} market {vm.venue_id}"
            try:
                if vm.url is not None:
                    http_url(vm.url)
            except BadInput as exc:
                raise BadInput(f"{where}: 'url': {exc}") from None
            check_deadline(vm.market.deadline, f"{where}: deadline")
            check_market_text(vm.market, where)
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
        return {**counts, "refused": len(refused or []), "markets": details, "refusals": list(refused or [])}

    def venue_info(self, market_id: str) -> dict[str, Any] | None:
        from .store.models import VenueMarketRow

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

        from .store.models import PriceSnapshotRow

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

    # webhooks -----------------------------------------------------------------------------
    def deliver_webhooks(self, now: datetime, ids: list[int] | None = None, timeout: float = 10.0) -> dict[str, int]:
        with session_scope(self.engine) as s:
            return webhooks.deliver_due(s, self.settings.webhooks, now, timeout=timeout, ids=ids)

    def webhook_deliveries(self) -> list[dict[str, Any]]:
        from sqlalchemy import select as _select

        from .store.models import WebhookDeliveryRow

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

    def history(self, market_id: str) -> list[dict[str, Any]]:
        self.market(market_id)
        with session_scope(self.engine) as s:
            return [{"id": r.id, "outcome": r.outcome_id or None, "verdict": r.verdict, "score": r.score,
                     "status": r.status, "as_of": r.as_of.isoformat(), "created_at": r.created_at.isoformat(),
                     "engine_version": r.engine_version, "rule_set_version": r.rule_set_version}
                    for r in repo.verdict_history(s, market_id)]

    def counts(self) -> dict[str, int]:
        with session_scope(self.engine) as s:
            return repo.counts(s)
