"""Which markets an article bears on: a relevance score from the market's derived terms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .analysis import MarketContext
from .derive import derive_target
from .text import tokenize
from .types import Market


def matching_context(market: Market) -> MarketContext:
    """The context used to match articles to a market; a multi-outcome market's outcomes
    count as actors."""
    target = derive_target(market)
    if market.outcomes:
        target = target.model_copy(update={"actors": [*target.actors, *market.outcomes]})
    return MarketContext(market=market, target=target)


@dataclass(frozen=True)
class Match:
    score: float
    terms: tuple[str, ...]


def relevance(ctx: MarketContext, title: str, text: str) -> Match:
    """Score = 1 per actor named (max 2) + 1.5 if the act is named + 1.5 if its object is
    + 2 per market keyword. An article with no actor and no keyword scores 0."""
    whole = f"{title}\n{text}"
    terms: list[str] = []
    actors = [name for name, pat in ctx.actor_patterns.items() if pat.search(whole)]
    keywords = [k for k in ctx.keywords if re.search(rf"\b{re.escape(k)}\b", whole, re.I)]
    if not actors and not keywords:
        return Match(0.0, ())
    score = min(len(actors), 2) * 1.0 + 2.0 * len(keywords)
    terms += actors + keywords
    lemmas: set[str] = set()
    for tok in tokenize(whole):
        lemmas |= tok.lemmas
    act = sorted(lemmas & (ctx.act_verbs | ctx.act_noun_set))
    obj = sorted(lemmas & ctx.object_head)
    if act:
        score += 1.5
        terms.append(act[0])
    if obj:
        score += 1.5
        terms.append(obj[0])
    return Match(round(score, 2), tuple(terms))
