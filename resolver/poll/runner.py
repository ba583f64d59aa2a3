"""One polling pass: claim each due source, fetch and parse it (outside any transaction),
store its new articles together with its new fetch state (one transaction per source, so an
interrupted pass loses nothing and stores nothing twice), then re-evaluate the markets that
gained evidence and report which verdicts changed."""

from __future__ import annotations

import hashlib
import os
import socket
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable

from ..config import Settings, SourceConfig
from ..engine.types import Article
from ..errors import BadInput, NotFound
from ..ingest import http_url, load_articles, make_article
from ..services import App
from ..store import sources_repo
from ..store.db import retrying, session_scope
from ..store.models import SourceRow
from .extract import extract_text
from .fetch import FetchError, Fetcher
from .parse import Entry, ParseError, parse_document


@dataclass
class SourceReport:
    name: str
    status: str = "ok"            # ok | not-modified | error | skipped
    new: int = 0
    duplicate: int = 0
    attached: int = 0
    skipped_entries: int = 0
    error: str | None = None
    warning: str | None = None
    attempts: int = 0


@dataclass
class PollReport:
    sources: list[SourceReport] = field(default_factory=list)
    changed: list[tuple[str, str | None, str]] = field(default_factory=list)  # (market[/outcome], old, new)
    evaluated: int = 0
    outcomes: list = field(default_factory=list)  # the EvalOutcomes of this pass (for second opinions)
    as_of: datetime | None = None
    evaluation_errors: list[tuple[str, str]] = field(default_factory=list)  # (market, why): the engine failed on it

    @property
    def failed(self) -> int:
        return sum(1 for s in self.sources if s.status == "error")


@dataclass(frozen=True)
class SourceSpec:
    """A snapshot of a source row, safe to use outside its session."""

    name: str
    url: str
    kind: str
    interval: int
    full_text: bool
    etag: str | None
    last_modified: str | None
    failures: int


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def sync_config_sources(app: App, sources: Iterable[SourceConfig], now: datetime) -> dict[str, int]:
    """Upsert [[sources]] from the config into SQL (origin 'config')."""
    result = {"new": 0, "updated": 0, "unchanged": 0}
    with session_scope(app.engine) as s:
        for src in sources:
            values = {"url": src.url, "kind": src.kind, "interval_seconds": src.interval or app.settings.poll.default_interval,
                      "trust": src.trust, "full_text": src.full_text}
            result[sources_repo.upsert(s, src.name, values, "config", now)] += 1
    return result


class Poller:
    """Runs polling passes for one worker."""

    def __init__(self, app: App, now: Callable[[], datetime] | None = None, worker: str | None = None,
                 sleep: Callable[[float], None] | None = None):
        self.app = app
        self.settings: Settings = app.settings
        self.now = now or (lambda: datetime.now(timezone.utc).replace(microsecond=0))
        self.worker = worker or worker_id()
        self._sleep = sleep

    # -- one pass ------------------------------------------------------------------------
    def due(self, names: list[str] | None = None) -> list[SourceSpec]:
        now = self.now()
        sync_config_sources(self.app, self.settings.sources, now)
        with session_scope(self.app.engine) as s:
            if names:
                known = {r.name for r in sources_repo.list_all(s)}
                missing = [n for n in names if n not in known]
                if missing:
                    raise NotFound(f"unknown source: {missing[0]}")
            return [SourceSpec(r.name, r.url, r.kind, r.interval_seconds, r.full_text, r.etag, r.last_modified, r.failures)
                    for r in sources_repo.due(s, now, names)]

    def run(self, names: list[str] | None = None,
            on_source: Callable[[SourceReport], None] | None = None,
            on_start: Callable[[int], None] | None = None) -> PollReport:
        report = PollReport()
        sources = self.due(names)
        if on_start:
            on_start(len(sources))
        affected: set[str] = set()
        kwargs = {"sleep": self._sleep} if self._sleep else {}
        with Fetcher(self.settings.poll, **kwargs) as fetcher:
            for spec in sources:
                try:  # each source in its own try: one source's surprise never ends the pass
                    rep, markets = self.poll_source(spec, fetcher, forced=bool(names))
                except Exception as exc:  # pragma: no cover - poll_source already contains its failures
                    rep, markets = SourceReport(spec.name, "error", error=f"unexpected {exc.__class__.__name__}: {exc}"), set()
                affected |= markets
                report.sources.append(rep)
                if on_source:
                    on_source(rep)
        affected |= set(self.app.dirty_markets())  # also what an earlier pass stored but never evaluated
        if affected:
            now = self.now()
            report.as_of = now
            for outcome in self.app.evaluate(now, market_ids=sorted(affected), now=now, failures=report.evaluation_errors):
                report.evaluated += 1
                report.outcomes.append(outcome)
                old, new = outcome.previous, outcome.verdict.verdict
                if outcome.recorded and old != new:
                    name = outcome.market_id + (f"/{outcome.verdict.outcome}" if outcome.verdict.outcome else "")
                    report.changed.append((name, old, new))
        return report

    def poll_source(self, spec: SourceSpec, fetcher: Fetcher, forced: bool = False) -> tuple[SourceReport, set[str]]:
        """Poll one source: claim, fetch, store; never raises for the source's own failures.
        A named (`forced`) source is polled even if not due, but never while another worker
        holds it."""
        rep = SourceReport(spec.name)
        now = self.now()
        with session_scope(self.app.engine) as s:
            if not sources_repo.claim(s, spec.name, self.worker, now, timedelta(seconds=self.settings.poll.lease_seconds),
                                      due_only=not forced):
                rep.status, rep.warning = "skipped", "claimed by another worker or just polled"
                return rep, set()
        try:
            entries, state = self._collect(spec, fetcher, rep)
            return rep, retrying(lambda: self._store(spec, entries, state, rep, now))
        except (FetchError, ParseError, BadInput, OSError) as exc:
            rep.status, rep.error = "error", str(exc)
            rep.attempts = getattr(exc, "attempts", rep.attempts or 1)
        except Exception as exc:  # an unattended poller outlives one source's surprise, a database refusal too
            rep.status, rep.error = "error", f"unexpected {exc.__class__.__name__}: {_first_line(exc)}"
        rep.new = rep.duplicate = rep.attached = 0  # the store rolled back, or never ran
        self._record_failure(spec, rep.error, now)
        return rep, set()

    # -- fetching and parsing ------------------------------------------------------------
    def _collect(self, spec: SourceSpec, fetcher: Fetcher, rep: SourceReport) -> tuple[list[Article] | None, dict]:
        """Articles from the source (None when not modified) and its new fetch state."""
        if spec.kind in ("folder", "file"):
            return self._collect_local(spec, rep)
        result = fetcher.get(spec.url, spec.etag, spec.last_modified)
        rep.attempts = result.attempts
        state = {"etag": result.etag or spec.etag, "last_modified": result.last_modified or spec.last_modified}
        if result.not_modified:
            rep.status = "not-modified"
            return None, state
        parsed = parse_document(result.body, result.content_type, result.url, spec.kind)
        rep.warning = parsed.warning
        rep.skipped_entries += parsed.skipped
        fetched_at = self.now()
        articles = []
        full_text_until = time.monotonic() + self.settings.poll.full_text_budget
        for n, entry in enumerate(parsed.entries, 1):
            try:  # a bad entry is skipped with a counted warning; the rest of the feed is kept
                articles.append(self._entry_article(entry, spec, fetcher, fetched_at, rep, n, full_text_until))
            except BadInput as exc:
                rep.skipped_entries += 1
                rep.warning = f"skipped {rep.skipped_entries} entr{'y' if rep.skipped_entries == 1 else 'ies'}; last: {exc}"
        return articles, state

    def _entry_article(self, entry: Entry, spec: SourceSpec, fetcher: Fetcher, fetched_at: datetime,
                       rep: SourceReport, n: int, full_text_until: float) -> Article:
        """The entry as an Article (BadInput when it cannot be one: see ingest.make_article).
        Full-text pages are fetched until the source's full-text budget is spent (a feed of a
        thousand teasers linking to a slow server would otherwise hold the pass for hours)."""
        where = f"entry {n}"
        try:
            link = http_url(entry.url)
        except BadInput as exc:
            raise BadInput(f"{where}: {exc}") from None
        text = entry.text
        wants_page = spec.full_text and (entry.summary_only or len(text) < self.settings.poll.full_text_min_chars)
        left = full_text_until - time.monotonic()
        if wants_page and left <= 0:
            rep.warning = (f"kept the summary of {link[:200]}: the full-text budget of "
                           f"{self.settings.poll.full_text_budget:g} s is spent")
        elif wants_page:
            try:
                page = fetcher.get(link, untrusted=True, within=left)
                full = extract_text(page.body, link)
                if full and len(full) > len(text):
                    text = full
            except FetchError as exc:
                rep.warning = f"kept the summary of {link[:200]}: {exc}"
            except Exception as exc:  # a hostile article page costs its entry's full text, not the feed
                rep.warning = f"kept the summary of {link[:200]}: unexpected {exc.__class__.__name__}"
        if len(text.encode("utf-8")) > self.settings.ingest.max_article_bytes:
            raise BadInput(f"{where}: over the {self.settings.ingest.max_article_bytes:,}-byte article cap")
        published = entry.published or fetched_at
        return make_article(link, entry.title, text, published, where, published_estimated=entry.published is None)

    def _collect_local(self, spec: SourceSpec, rep: SourceReport) -> tuple[list[Article] | None, dict]:
        path = Path(spec.url.removeprefix("file://"))
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in (".json", ".jsonl")) if path.is_dir() else [path]
        if not path.exists():
            raise BadInput(f"no such {'folder' if spec.kind == 'folder' else 'file'}: {path}")
        stamp = ";".join(f"{p.name}:{p.stat().st_mtime_ns}:{p.stat().st_size}" for p in files)
        state = {"etag": hashlib.sha256(stamp.encode()).hexdigest()[:32], "last_modified": None}
        if state["etag"] == spec.etag:
            rep.status = "not-modified"
            return None, state
        ing = self.settings.ingest
        articles = [a for p in files for a in load_articles(p, ing.max_file_bytes, ing.max_article_bytes)]
        return articles, state

    # -- storing ---------------------------------------------------------------------------
    def _store(self, spec: SourceSpec, articles: list[Article] | None, state: dict, rep: SourceReport,
               now: datetime) -> set[str]:
        """Articles and fetch state in one transaction; the lease is released with them."""
        markets: set[str] = set()
        with session_scope(self.app.engine) as s:
            row = sources_repo.get(s, spec.name)
            if row is None:  # removed while we fetched
                rep.status, rep.warning = "skipped", "source removed during the pass"
                return set()
            if articles:
                result = self.app.import_articles_in(s, articles, now)
                rep.new, rep.duplicate, rep.attached = result.new, result.duplicate, result.attached
                for d in result.details:
                    markets.update(d["attached_to"])
            row.etag, row.last_modified = state["etag"], state["last_modified"]
            row.last_fetched_at = now
            row.last_status = rep.status if rep.status != "ok" else f"ok: {rep.new} new"
            row.last_error = None
            row.failures = 0
            row.next_due_at = now + timedelta(seconds=row.interval_seconds)
            sources_repo.release(row)
        return markets

    def _record_failure(self, spec: SourceSpec, error: str, now: datetime) -> None:
        """A failing source is backed off exponentially; its last error is kept for `source list`;
        its lease is released (if even that fails, the lease runs out by itself)."""
        error = error.replace("\x00", "")[:2000]
        try:
            self._write_failure(spec, error, now)
        except Exception:  # the database itself is failing: nothing more can be recorded
            pass

    def _write_failure(self, spec: SourceSpec, error: str, now: datetime) -> None:
        with session_scope(self.app.engine) as s:
            row: SourceRow | None = sources_repo.get(s, spec.name)
            if row is None:
                return
            row.failures += 1
            row.last_status = "error"
            row.last_error = error
            row.last_fetched_at = now
            wait = min(self.settings.poll.max_backoff_seconds, row.interval_seconds * 2 ** min(row.failures - 1, 16))
            row.next_due_at = now + timedelta(seconds=wait)
            sources_repo.release(row)


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)  # a database error: its driver's message
    return (str(orig if orig is not None else exc).strip().splitlines() or [""])[0][:500]


__all__ = ["PollReport", "Poller", "SourceReport", "sync_config_sources", "worker_id"]
