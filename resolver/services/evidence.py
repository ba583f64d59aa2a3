"""Evidence: storing articles once each and attaching them to the markets they bear on
(through the match index over open markets, rebuilt only when markets change), and reading a
market's evidence back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Callable, Iterable

from ..engine.types import Article
from ..errors import NotFound
from ..store import repo
from ..store.db import retrying, session_scope
from ..store.offsets import offset_minutes
from .engine_calls import content_hash

if TYPE_CHECKING:  # pragma: no cover
    from ..engine.match import MatchIndex


def article_hash(a: Article) -> str:
    """The content hash the store keeps an article under (one row per content, as per URL)."""
    return content_hash(a.title + "\n" + a.text)


def distinct_articles(hashed: Iterable[tuple[Article, str]]) -> list[tuple[Article, str]]:
    """What the store keeps of one batch of (article, content hash): the first article of each
    URL and of each content, in URL order (the canonical order: concurrent importers take index
    locks in the same order). `resolver backtest` reads a case's evidence through this too."""
    kept: list[tuple[Article, str]] = []
    seen_urls: set[str] = set()
    seen_hashes: set[str] = set()
    for a, h in sorted(hashed, key=lambda p: p[0].url):
        if a.url in seen_urls or h in seen_hashes:
            continue  # the same article twice in one batch
        seen_urls.add(a.url)
        seen_hashes.add(h)
        kept.append((a, h))
    return kept


@dataclass
class ImportReport:
    new: int = 0
    duplicate: int = 0
    attached: int = 0
    details: list[dict[str, Any]] = field(default_factory=list)


class EvidenceServices:
    def evidence(self, market_id: str) -> list[tuple[Article, dict[str, Any]]]:
        self.market(market_id)
        with session_scope(self.engine) as s:
            return [(repo.article_to_domain(a), {"reason": link.reason, "terms": link.matched_terms, "score": link.score})
                    for a, link in repo.market_evidence(s, market_id)]

    def evidence_ids(self, market_id: str) -> dict[int, str]:
        """Stored article id → URL for a market's evidence (second-opinion citations name ids)."""
        with session_scope(self.engine) as s:
            return {a.id: a.url for a, _ in repo.market_evidence(s, market_id)}

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
            from ..engine.match import MatchIndex, MatchTerms

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
        hashes = [article_hash(a) for a in articles]
        rows = []
        for a, h in distinct_articles(zip(articles, hashes)):
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
