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
from .actors import actor_aliases
from .derive import derive_target
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
    """Every open market's actor names and keywords in one Aho–Corasick automaton. An article
    is scanned once for the actors it names; markets are then looked up by those actors — by
    single actor for one-actor markets, by pair for markets that need two — so matching costs
    time in proportion to the article's length plus the markets it really names, not to the
    number of markets or to how many markets share a name. Act and object words ("deal",
    "sign", shared by thousands of markets) are checked for those candidates only. Scores
    agree with `relevance()`."""

    def __init__(self, terms: Iterable[MatchTerms]):
        self.markets: list[str] = []
        self._min_actors: list[int] = []
        self._act: list[frozenset[str]] = []
        self._object: list[frozenset[str]] = []
        self._actors: list[dict[int, str]] = []          # market → actor id → label
        self._by_actor: dict[int, list[int]] = {}        # actor id → one-actor markets
        self._by_pair: dict[tuple[int, int], list[int]] = {}
        self._by_keyword: dict[str, list[int]] = {}
        actor_ids: dict[tuple[str, frozenset[str]], int] = {}
        names: dict[str, set[int]] = {}
        for k, t in enumerate(terms):
            self.markets.append(t.market_id)
            self._min_actors.append(t.min_actors)
            self._act.append(frozenset(w.lower() for w in t.act))
            self._object.append(frozenset(w.lower() for w in t.object))
            mine: dict[int, str] = {}
            for label, aliases in t.actors.items():
                key = (label.lower(), frozenset(a for a in aliases if len(a) > 1))
                aid = actor_ids.setdefault(key, len(actor_ids))
                mine[aid] = label
                for n in key[1]:
                    names.setdefault(n, set()).add(aid)
            self._actors.append(mine)
            ids = sorted(mine)
            if t.min_actors >= 2 and len(ids) >= 2:
                for i, a in enumerate(ids):
                    for b in ids[i + 1:]:
                        self._by_pair.setdefault((a, b), []).append(k)
            else:
                for a in ids:
                    self._by_actor.setdefault(a, []).append(k)
            for w in t.keywords:
                self._by_keyword.setdefault(w.lower(), []).append(k)
        self._automaton = ahocorasick.Automaton()
        for name, aids in names.items():
            self._automaton.add_word(name, (len(name), "actor", tuple(sorted(aids))))
        for w in self._by_keyword:
            if w not in names:  # a keyword that is also an actor name is found through the actor entry
                self._automaton.add_word(w, (len(w), "keyword", w))
        self._empty = not names and not self._by_keyword
        if not self._empty:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self.markets)

    def candidates(self, title: str, text: str) -> list[tuple[str, Match]]:
        """(market id, match) for every market the article names (enough of its actors, or a
        keyword), in index order."""
        if self._empty:
            return []
        whole = f"{title}\n{text}".lower()
        n = len(whole)
        named: set[int] = set()
        keywords: set[str] = set()
        for end, (length, kind, payload) in self._automaton.iter(whole):
            start = end - length + 1
            if (start > 0 and (whole[start - 1].isalnum() or whole[start - 1] in "-_")) or \
                    (end + 1 < n and (whole[end + 1].isalnum() or whole[end + 1] in "-_")):
                continue
            if kind == "actor":
                named.update(payload)
            else:
                keywords.add(payload)
            word = whole[start:end + 1]
            if kind == "actor" and word in self._by_keyword:
                keywords.add(word)
        found: set[int] = set()
        for a in named:
            found.update(self._by_actor.get(a, ()))
        if len(named) >= 2:
            ordered = sorted(named)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    found.update(self._by_pair.get((a, b), ()))
        for w in keywords:
            found.update(self._by_keyword[w])
        if not found:
            return []
        words = set(_WORDS.findall(whole))
        out = []
        for k in sorted(found):
            actors = sorted({label for aid, label in self._actors[k].items() if aid in named})
            kws = sorted(w for w in keywords if k in self._by_keyword.get(w, ()))
            if not kws and len(actors) < self._min_actors[k]:
                continue
            score = min(len(actors), 2) * 1.0 + 2.0 * len(kws)
            terms = actors + kws
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
