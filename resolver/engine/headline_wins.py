"""A headline that gives the market's candidate the act ('Botafogo wins Copa Libertadores …'), read
by rules/rival_outcome.py: where the headline says the candidate won, a body sentence naming another
side's win of a round or a stage is not the contest lost. A headline's season prize ('Button wins
world championship') is not the market's one race (split from rules/rival_outcome.py)."""

from __future__ import annotations

import re

from . import contests
from .analysis import MarketContext, SentenceFacts
from .lexicon import NEGATORS
from .text import lemmas_of


def headline_win(ctx: MarketContext, f: SentenceFacts) -> bool:
    """The article's headline gives the candidate the act ('Botafogo wins Copa Libertadores …'):
    the candidate's name, then a form of the act (an adverb in '-ly' between allowed; not
    'fails to win'). Its body names no other winner of that contest; a name it gives the winner
    is the candidate's (a nickname)."""
    title = f.article.title or ""
    forms = set(ctx.target.act_forms)
    for m in ctx.candidate_pattern.finditer(title):
        words = re.findall(r"[A-Za-z]+", title[m.end():])[:2]
        if words and words[0].lower().endswith("ly"):
            words = words[1:]
        if words and lemmas_of(words[0]) & forms and words[0].lower() not in NEGATORS:
            if season_prize(ctx, title[m.end():]):
                continue  # 'Button wins world championship' for 'win the Brazilian Grand Prix': another prize won
            return True
    return False


def season_prize(ctx: MarketContext, rest: str) -> bool:
    """The headline's win, in the words after the candidate, takes a season's prize ('wins world
    championship in style') while the market's prize is none (one race): not the market's act."""
    heads = set(ctx.target.object_terms)
    initials = sorted(h[0] for h in heads if h)
    if heads & contests._SEASON_PRIZES:
        return False
    for w in re.findall(r"[A-Za-z0-9'’-]+|[^\sA-Za-z0-9]", rest)[1:7]:
        if w.lower() in contests._NP_STOP or not w[0].isalnum() or w.lower() in heads or (
                len(w) > 1 and w.isupper() and sorted(w.lower()) == initials):
            return False  # 'wins fourth IPL title' for the Indian Premier League: the market's own prize
        if w.lower() in contests._SEASON_PRIZES:
            return True
    return False
