"""Which markets an article bears on: a relevance score from the market's derived terms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from functools import lru_cache
from typing import Iterable

import ahocorasick
import lemminflect
from pydantic import BaseModel, Field

from .analysis import MarketContext
from .derive import actor_aliases, derive_target
from .types import Market


def matching_context(market: Market) -> MarketContext:
    """The context used to match articles to a market; a multi-outcome market's outcomes
    count as actors."""
    target = derive_target(market)
    if market.outcomes:
        target = target.model_copy(update={"actors": [*target.actors, *market.outcomes]})
    return MarketContext(market=market, target=target)


_WORDS = re.compile(r"[a-z0-9][a-z0-9'’-]*")


@dataclass(frozen=True)
class Match:
    score: float
    terms: tuple[str, ...]


def relevance(ctx: MarketContext, title: str, text: str) -> Match:
    """Score = 1 per actor named (max 2) + 1.5 if the act is named + 1.5 if its object is
    + 2 per market keyword, on whole words. An article that names fewer of the question's
    actors than the market needs (all, up to two) and no keyword scores 0.
    This is the one-market case of MatchIndex (the naive baseline checks markets one by one)."""
    index = _single_index(ctx.market)
    found = index.candidates(title, text)
    return found[0][1] if found else Match(0.0, ())


# --- one index over all markets (percolator-style) ------------------------------------------------


class MatchTerms(BaseModel):
    """The surface forms that make an article relevant to one market (stored with the market)."""

    market_id: str
    actors: dict[str, list[str]] = Field(default_factory=dict, description="actor → lowercase names")
    act: list[str] = Field(default_factory=list)
    object: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    min_actors: int = Field(1, ge=1, description="actors an article must name (all of the question's, up to two)")


def _forms(lemmas: Iterable[str], upos: str) -> set[str]:
    out: set[str] = set()
    for lemma in lemmas:
        out.add(lemma)
        for forms in (lemminflect.getAllInflections(lemma, upos=upos) or {}).values():
            out.update(forms)
    return out


def match_terms(market: Market) -> MatchTerms:
    """Derive the surface forms once (when a market is stored), so that building the index
    for thousands of markets needs no language analysis."""
    ctx = matching_context(market)
    actors = {name: sorted(actor_aliases(name, market.settings.aliases)) for name in ctx.target.actors}
    named = len(derive_target(market).actors) if not market.outcomes else 1
    return MatchTerms(
        market_id=market.id, actors=actors, min_actors=max(1, min(2, named)),
        act=sorted(_forms(ctx.act_verbs, "VERB") | _forms(ctx.act_noun_set, "NOUN")),
        object=sorted(_forms(ctx.object_head, "NOUN")),
        keywords=sorted(k.lower() for k in market.settings.keywords),
    )


@lru_cache(maxsize=4096)
def _single_index_cached(market_json: str) -> "MatchIndex":
    return MatchIndex([match_terms(Market.model_validate_json(market_json))])


def _single_index(market: Market) -> "MatchIndex":
    return _single_index_cached(market.model_dump_json())


class MatchIndex:
    """All markets' actor names and keywords in one Aho–Corasick automaton: matching an
    article costs time in proportion to its length plus the markets it names, not to the
    number of markets. Act and object words (shared by thousands of markets: "deal", "sign")
    are then checked only for those candidate markets, against the article's word set.
    Scores agree with `relevance()`."""

    def __init__(self, terms: Iterable[MatchTerms]):
        self.markets: list[str] = []
        self._min_actors: list[int] = []
        self._act: list[frozenset[str]] = []
        self._object: list[frozenset[str]] = []
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple[int, str, str]]] = {}
        for k, t in enumerate(terms):
            self.markets.append(t.market_id)
            self._min_actors.append(t.min_actors)
            self._act.append(frozenset(w.lower() for w in t.act))
            self._object.append(frozenset(w.lower() for w in t.object))
            for actor, names in t.actors.items():
                for n in names:
                    if len(n) > 1:
                        table.setdefault(n, []).append((k, "actor", actor))
            for w in t.keywords:
                table.setdefault(w.lower(), []).append((k, "keyword", w))
        for word, refs in table.items():
            self._automaton.add_word(word, (len(word), tuple(refs)))
        if table:
            self._automaton.make_automaton()
        self._empty = not table

    def __len__(self) -> int:
        return len(self.markets)

    def candidates(self, title: str, text: str) -> list[tuple[str, Match]]:
        """(market id, match) for every market the article names (enough of its actors, or a
        keyword), in index order."""
        if self._empty:
            return []
        whole = f"{title}\n{text}".lower()
        n = len(whole)
        hits: dict[int, dict[str, set[str]]] = {}
        for end, (length, refs) in self._automaton.iter(whole):
            start = end - length + 1
            if (start > 0 and (whole[start - 1].isalnum() or whole[start - 1] in "-_")) or \
                    (end + 1 < n and (whole[end + 1].isalnum() or whole[end + 1] in "-_")):
                continue
            for k, kind, label in refs:
                hits.setdefault(k, {}).setdefault(kind, set()).add(label)
        if not hits:
            return []
        words = set(_WORDS.findall(whole))
        out = []
        for k in sorted(hits):
            h = hits[k]
            actors, keywords = sorted(h.get("actor", ())), sorted(h.get("keyword", ()))
            if not keywords and len(actors) < self._min_actors[k]:
                continue  # a market about Russia and Ukraine needs an article naming both
            score = min(len(actors), 2) * 1.0 + 2.0 * len(keywords)
            terms = actors + keywords
            act = sorted(self._act[k] & words)
            obj = sorted(self._object[k] & words)
            if act:
                score += 1.5
                terms.append(act[0])
            if obj:
                score += 1.5
                terms.append(obj[0])
            out.append((self.markets[k], Match(round(score, 2), tuple(terms))))
        return out
