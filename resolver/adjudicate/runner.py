"""Running second opinions: after the rules engine, for the verdicts `when` selects (or on
demand), with a cache, a daily call budget, verification and append-only storage. The HTTP
call happens outside any database transaction. A failure of any kind leaves the rules
verdict as it is and is recorded and reported in one line."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable

from ..engine import outcome_id as make_outcome_id
from ..engine.types import Verdict
from ..store import opinions_repo, repo
from ..store.db import session_scope
from ..store.models import OpinionRow
from .model import ChatError, ChatModel
from .prompt import PROMPT_VERSION, Evidence, Question, build_messages
from .schema import DECISIVE, response_format
from .settings import AdjudicatorSettings
from .verify import AnswerError, check, parse_answer

log = logging.getLogger("resolver.adjudicate")

UNREAD_STATUS = "unread-evidence"


def selects(when: str, verdict: Verdict) -> bool:
    """Whether `when` asks for a second opinion on this rules verdict."""
    if when == "always":
        return True
    if when == "conflicting":
        return verdict.status == "conflicting"
    if when == "unread":
        return verdict.status == UNREAD_STATUS
    return verdict.verdict == "undetermined"


@dataclass
class OpinionReport:
    market_id: str
    outcome: str | None
    status: str                 # ok | dropped | failed | cached | skipped
    rules_verdict: str
    verdict: str | None = None
    confidence: float | None = None
    disagrees: bool = False
    reason: str | None = None
    calls: int = 0
    input_tokens: int | None = None
    output_tokens: int | None = None
    cost: float | None = None
    model: str = ""
    citations: int = 0
    opinion_id: int | None = None
    claimed_verdict: str | None = None

    def line(self) -> str:
        """The one-line report."""
        name = f"{self.market_id}/{self.outcome}" if self.outcome else self.market_id
        spent = f"{self.calls} call(s)"
        if self.input_tokens is not None or self.output_tokens is not None:
            spent += f", {self.input_tokens or 0}+{self.output_tokens or 0} tokens"
        if self.cost:
            spent += f", cost {self.cost:.4f}"
        if self.status == "skipped":
            return f"{name}: second opinion not asked: {self.reason}"
        if self.status == "failed":
            return (f"{name}: second opinion failed ({self.reason}); rules verdict {self.rules_verdict} stands "
                    f"[{spent}]")
        if self.status == "dropped":
            return (f"{name}: second opinion dropped: {self.reason}; rules verdict {self.rules_verdict} stands "
                    f"[{self.model}, {spent}]")
        head = f"{name}: second opinion {self.verdict} ({self.confidence:.2f}, {self.citations} verified citation(s))"
        tail = (f"; DISAGREES with the rules ({self.rules_verdict}): review it" if self.disagrees
                else f"; rules {self.rules_verdict}")
        where = "cached, no call" if self.status == "cached" else spent
        return f"{head}{tail} [{self.model}, {where}]"


def report_of(row: OpinionRow, outcome: str | None, status: str | None = None) -> OpinionReport:
    return OpinionReport(row.market_id, outcome, status or row.status, row.rules_verdict, row.verdict, row.confidence,
                         row.disagrees, row.reason, row.calls if status != "cached" else 0, row.input_tokens,
                         row.output_tokens, row.cost, row.model,
                         sum(1 for c in row.citations if c.get("verified")), row.id, row.claimed_verdict)


class DailyBudget:
    """HTTP calls per UTC day, across every process on the database: each call is reserved in a
    stored row under a lock before it is made (opinions_repo.reserve)."""

    def __init__(self, limit: int):
        self.limit = limit

    def reserve(self, session, now: datetime, want: int, **values):
        """The pending opinion row holding the grant (its `calls`, 0 when the budget is spent)."""
        return opinions_repo.reserve(session, self.limit, want, now, **values)

    def spent(self, calls: int) -> None:  # the stored row is the record
        return None


def cache_key(verdict: Verdict, evidence: list[Evidence], model: str, as_of: datetime) -> str:
    """The verdict's inputs hash, narrowed to the articles visible at as-of, for this model
    and prompt version: the same inputs make no second call."""
    payload = [verdict.inputs_hash, sorted(e.id for e in evidence), model, PROMPT_VERSION]
    return hashlib.sha256(json.dumps(payload).encode()).hexdigest()


class Adjudicator:
    """Second opinions for one App's database through one ChatModel."""

    def __init__(self, app, settings: AdjudicatorSettings, model: ChatModel, budget: DailyBudget | None = None):
        self.app = app
        self.settings = settings
        self.model = model
        self.budget = budget or DailyBudget(settings.max_calls_per_day)

    def after_evaluation(self, results: Iterable, as_of: datetime, now: datetime) -> list[OpinionReport]:
        """Second opinions for the evaluated verdicts that `when` selects."""
        reports = [self.opine(r.verdict, as_of, now) for r in results if selects(self.settings.when, r.verdict)]
        return [r for r in reports if r.status != "skipped"]

    # one verdict ---------------------------------------------------------------------------
    def _gather(self, s, verdict: Verdict, as_of: datetime) -> tuple[Question, list[Evidence], list[Evidence], int | None]:
        """The question, the articles sent (attached, published by as-of, newest N), every
        attached article (citations are checked against the stored text) and the verdict row."""
        row = repo.get_market(s, verdict.market_id)
        market, _, _ = repo.version_in_force(repo.market_to_domain(row, s), repo.market_versions(s, row.id), as_of)
        sub = self.app._sub_market(market, verdict.outcome or "")
        label = next((o for o in market.outcomes if make_outcome_id(o) == verdict.outcome), None)
        q = Question(market.id, sub.question, sub.criteria, sub.deadline, label)
        attached = sorted((Evidence(a.id, a.title, a.text, a.published, a.source)
                           for a, _ in repo.market_evidence(s, market.id)), key=lambda e: (e.published, e.id))
        evidence = [e for e in attached if e.published <= as_of][-self.settings.max_articles:]
        latest = repo.latest_verdict(s, verdict.market_id, verdict.outcome or "")
        vid = latest.id if latest is not None and latest.inputs_hash == verdict.inputs_hash else None
        return q, evidence, attached, vid

    def opine(self, verdict: Verdict, as_of: datetime, now: datetime) -> OpinionReport:
        oid = verdict.outcome or ""
        s_cfg = self.settings
        base = dict(market_id=verdict.market_id, outcome_id=oid, inputs_hash=verdict.inputs_hash,
                    rules_verdict=verdict.verdict, model=s_cfg.model, prompt_version=PROMPT_VERSION, as_of=as_of)
        with session_scope(self.app.engine) as s:
            q, evidence, attached, vid = self._gather(s, verdict, as_of)
            if not evidence:
                return OpinionReport(verdict.market_id, verdict.outcome, "skipped", verdict.verdict, model=s_cfg.model,
                                     reason="no attached article published by as-of: nothing to ask about")
            key = cache_key(verdict, evidence, s_cfg.model, as_of)
            hit = opinions_repo.cached(s, verdict.market_id, oid, key)
            if hit is not None:
                return report_of(hit, verdict.outcome, "cached")
            held = self.budget.reserve(s, now, 1 + s_cfg.max_retries, **base, cache_key=key, verdict_id=vid,
                                       citations=[])
            if held.calls <= 0:
                held.status, held.error_kind = "failed", "budget"
                held.reason = f"daily budget of {s_cfg.max_calls_per_day} call(s) spent"
                return self._logged(report_of(held, verdict.outcome))
            held_id, remaining = held.id, held.calls
        messages = build_messages(q, evidence, as_of, s_cfg.max_article_chars)
        values: dict[str, Any] = dict(citations=[])
        try:
            done = self.model.complete(messages, response_format=response_format(s_cfg.response_format),
                                       max_tokens=s_cfg.max_tokens, max_calls=remaining)
        except ChatError as exc:
            values.update(status="failed", error_kind=exc.kind, reason=f"{exc.kind}: {exc}", calls=exc.calls)
        else:
            values.update(calls=done.calls, input_tokens=done.input_tokens, output_tokens=done.output_tokens,
                          cost=self._cost(done.input_tokens, done.output_tokens), model=done.model or s_cfg.model)
            values.update(self._judge(done.content, attached, as_of, verdict.verdict))
        self.budget.spent(values.get("calls", 0))
        with session_scope(self.app.engine) as s:
            row = opinions_repo.complete(s, held_id, **values)
            return self._logged(report_of(row, verdict.outcome))

    @staticmethod
    def _judge(content: str, evidence: list[Evidence], as_of: datetime, rules_verdict: str) -> dict[str, Any]:
        try:
            answer = parse_answer(content)
        except AnswerError as exc:
            kind = "malformed" if str(exc).startswith("malformed") else "schema"
            return dict(status="failed", error_kind=kind, reason=str(exc))
        checked = check(answer, evidence, as_of)
        disagrees = checked.status == "ok" and checked.verdict in DECISIVE and checked.verdict != rules_verdict
        return dict(status=checked.status, verdict=checked.verdict, confidence=checked.confidence,
                    claimed_verdict=answer.verdict, citations=checked.citations, reason=checked.reason,
                    disagrees=disagrees)

    def _cost(self, tin: int | None, tout: int | None) -> float | None:
        if tin is None and tout is None:
            return None
        return round(((tin or 0) * self.settings.input_cost_per_mtok + (tout or 0) * self.settings.output_cost_per_mtok)
                     / 1_000_000, 6)

    @staticmethod
    def _logged(report: OpinionReport) -> OpinionReport:
        (log.warning if report.status == "failed" else log.info)("%s", report.line())
        return report

