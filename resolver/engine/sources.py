"""How much an article counts before its sentences are read: source reliability, syndicated
copies, and how reliable its publication time is."""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from .settings import EngineSettings
from .text import normalize
from .types import Article, Market

SYNDICATION_TITLE = 90   # token-set similarity of titles (0–100) that makes two articles candidates
SYNDICATION_TEXT = 90    # and of their bodies that makes them copies
SYNDICATION_DAYS = 3


@dataclass(frozen=True)
class SourceWeight:
    factor: float
    note: str | None


def _domain_match(source: str, domain: str) -> bool:
    return source == domain or source.endswith("." + domain)


def source_weight(article: Article, market: Market, settings: EngineSettings) -> SourceWeight:
    """Per-domain weights from the config first; then a non-empty trusted list (the market's,
    else the global one) makes unknown sources count `untrusted_factor`."""
    src = (article.source or "").lower()
    for domain, weight in sorted(settings.source_weights.items(), key=lambda kv: -len(kv[0])):
        if _domain_match(src, domain.lower()):
            return SourceWeight(weight, None if weight == 1.0 else f"source {src} weighted ×{weight:g}")
    trusted = [s.lower() for s in market.settings.trusted_sources] or [s.lower() for s in settings.trusted_sources]
    if not trusted or any(_domain_match(src, t) for t in trusted):
        return SourceWeight(1.0, None)
    return SourceWeight(settings.untrusted_factor, f"source {src or 'unknown'} not in the trusted list ×{settings.untrusted_factor:g}")


def time_reliability(article: Article) -> str | None:
    """Why an article's publication time is unreliable, or None. Midnight exactly usually
    means the page gave a date but no time."""
    p = article.published
    if article.published_estimated:
        return "the source gave no publication time: the fetch time is used"
    if (p.hour, p.minute, p.second, p.microsecond) == (0, 0, 0, 0):
        return "publication time of day unknown (midnight): taken as some time that day"
    return None


def _fingerprint(a: Article) -> str:
    return " ".join(re.findall(r"\w+", normalize(a.text).lower()))[:3000]


_PRIME = (1 << 61) - 1
_SEEDS = np.random.default_rng(20251126).integers(1, _PRIME, size=(2, 64), dtype=np.int64)


@lru_cache(maxsize=32768)
def _minhash(fingerprint: str) -> np.ndarray:
    """A 64-value MinHash signature of the text's 5-word shingles (deterministic: crc32, fixed seeds)."""
    words = fingerprint.split()
    shingles = {zlib.crc32(" ".join(words[i:i + 5]).encode()) for i in range(max(1, len(words) - 4))}
    x = np.fromiter(shingles, dtype=np.int64)[:, None]
    a, b = _SEEDS[0][None, :], _SEEDS[1][None, :]
    return ((x * a + b) % _PRIME).min(axis=0)


def syndicated_copies(articles: list[Article]) -> dict[str, str]:
    """url → url of the earlier article it copies: the same text, or near-same text (MinHash
    similarity of 5-word shingles ≥ 0.9) under a similar title within a few days. Articles are
    given oldest first. Costs O(n) signatures plus one vectorised n×n comparison."""
    if len(articles) < 2:
        return {}
    prints = [_fingerprint(a) for a in articles]
    copies: dict[str, str] = {}
    first_with: dict[str, int] = {}
    for j, fp in enumerate(prints):  # exact copies: one dictionary pass
        if fp and fp in first_with:
            copies[articles[j].url] = articles[first_with[fp]].url
        else:
            first_with.setdefault(fp, j)
    sigs = np.stack([_minhash(p) for p in prints])
    titles = [normalize(a.title).lower() or prints[k][:200] for k, a in enumerate(articles)]
    for i, j in _similar_pairs(sigs, SYNDICATION_TEXT / 100):
        a, b = articles[i], articles[j]
        if b.url in copies or a.url in copies or abs((b.published - a.published).days) > SYNDICATION_DAYS:
            continue
        if fuzz.token_set_ratio(titles[i], titles[j], score_cutoff=SYNDICATION_TITLE) >= SYNDICATION_TITLE:
            copies[b.url] = a.url
    return copies


_BLOCK_CELLS = 1 << 24  # signature values compared at once: 16 MB of booleans, whatever the number of articles


def _similar_pairs(sigs: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """(i, j) with i < j whose signatures agree on at least `threshold` of their values, in
    row-major order, in memory that stays bounded however many articles a market has (an
    n×n×64 comparison at once took 24 GB for 20,000 articles).

    Candidates first, exactly: split the signature into one band more than the number of values
    two similar signatures may differ in, and some band is then identical in both; only pairs
    sharing a band are compared. When too many pairs share bands (a flood of near-copies),
    every pair is compared, a block of rows at a time."""
    n, width = sigs.shape
    if n * n * width <= _BLOCK_CELLS:  # a few hundred articles: one vectorised comparison is cheapest
        return [(int(i), int(j)) for i, j in _all_similar_pairs(sigs, threshold)]
    return _banded_similar_pairs(sigs, threshold)


def _banded_similar_pairs(sigs: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """_similar_pairs for many articles: only pairs that share a band are compared."""
    n, width = sigs.shape
    bands = np.array_split(np.arange(width), int(width * (1 - threshold) + 1e-9) + 1)
    groups: dict[tuple[int, bytes], list[int]] = {}
    for b, cols in enumerate(bands):
        for i, key in enumerate(np.ascontiguousarray(sigs[:, cols])):
            groups.setdefault((b, key.tobytes()), []).append(i)
    members = [g for g in groups.values() if len(g) > 1]
    if sum(len(g) * (len(g) - 1) // 2 for g in members) > _BLOCK_CELLS // width:
        return [(int(i), int(j)) for i, j in _all_similar_pairs(sigs, threshold)]
    pairs = sorted({(g[x], g[y]) for g in members for x in range(len(g)) for y in range(x + 1, len(g))})
    if not pairs:
        return []
    left, right = np.array(pairs).T
    agree = (sigs[left] == sigs[right]).sum(axis=1)  # every candidate pair at once
    need = threshold * width - 1e-9
    return [(int(i), int(j)) for i, j, k in zip(left, right, agree) if k >= need]


def _all_similar_pairs(sigs: np.ndarray, threshold: float) -> np.ndarray:
    """_similar_pairs by comparing every pair, a block of rows at a time."""
    n, width = sigs.shape
    block = max(1, _BLOCK_CELLS // (n * width))
    found = []
    for start in range(0, n, block):
        sim = (sigs[start:start + block, None, :] == sigs[None, :, :]).mean(axis=2)
        rows, cols = np.nonzero(sim >= threshold)
        rows = rows + start
        keep = cols > rows
        found.append(np.stack([rows[keep], cols[keep]], axis=1))
    return np.concatenate(found)
