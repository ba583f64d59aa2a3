"""Names that are the market's own, not a rival's: a name's word without its possessive, the office's own
country ('President of El Salvador'), a name the article says the candidate took, and the words of the
market's actors and candidate (rules/rival_outcome.py)."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts
from .entities import country_of
from .text import article_sentences


def bare(word: str) -> str:
    """A name's word in lower case without its possessive ending ('Salvador's' → 'salvador')."""
    return word.lower().removesuffix("'s").removesuffix("\u2019s").strip("'\u2019")


def office_places(ctx: MarketContext) -> set[str]:
    """The words of a country the market names as the office's own ('President of El Salvador'): the
    office's place, never a rival ("El Salvador's president sworn in")."""
    if not ctx.target.role or not ctx.candidate_pattern:
        return set()
    return {w.lower() for a in ctx.target.actors if country_of(a) and not ctx.candidate_pattern.search(a)
            for w in a.split()}


NAME_TAKEN = r"\b(?:(?:took|chose|picked|adopted|selected|taking|choosing)\s+(?:the\s+)?(?:\w+\s+)?name(?:\s+of)?|known\s+as|renamed)\s+"


def new_name(ctx: MarketContext, f: SentenceFacts, rivals: tuple[str, ...]) -> bool:
    """Every rival named is a name the article says the candidate took ('Argentine Jorge Bergoglio
    was elected pope Wednesday and chose the papal name Francis'): the same person, not a rival."""
    if not rivals:
        return False
    told = [s.text for s in article_sentences(f.article.title, f.article.text) if ctx.candidate_pattern.search(s.text)]
    return all(any(re.search(NAME_TAKEN + re.escape(r.split()[-1]) + r"\b", t) for t in told) for r in rivals)


def market_names(ctx: MarketContext) -> set[str]:
    """The lowercase words of the market's actors and candidate."""
    return {w.lower().strip("'s") for a in ctx.target.actors + [ctx.target.candidate or ""] for w in a.split()} - {""}
