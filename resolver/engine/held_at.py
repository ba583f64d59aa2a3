"""A contest held at a named event: 'Will Eliud Kipchoge win the men's race at the 2023 Boston
Marathon?' holds the market's role ('race') at the event ('Boston Marathon'). A report names the
contest by the event's title — 'Kenya's Evans Chebet successfully defended his Boston Marathon
title' — when the event's name stands right before a title word (contests.TITLE_WORDS), as
'Willett wins Masters title' names the Masters Tournament (rules/rival_outcome.py).

An event holds several contests (the men's and the women's race, every category of an awards
night), so the event's name alone ('A24 … winning in all of the major categories … at the
Oscars') never names the market's; and when the question states a side of the men's / women's
axis, the title must be owned by a pronoun of that side ('his Boston Marathon title' for the
men's race; 'her …' is the women's, and a title with no such pronoun is not read)."""

from __future__ import annotations

import re

from .text import Sentence

_OWNERS = {"men": "his", "women": "her", "boys": "his", "girls": "her"}


def events(question: str, role: str | None, actors: list[str] | tuple[str, ...]) -> list[str]:
    """The actors the question names as the event its role's contest is held at: '<role> at (the)
    (year) <actor>'."""
    if not role:
        return []
    return [a for a in actors if re.search(rf"\b{re.escape(role)}s?\s+at\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?"
                                           rf"{re.escape(a)}\b", question, re.I)]


def titled(sent: Sentence, names: list[str], title_words: frozenset[str], side: str | None) -> list[int]:
    """Indices of the last word of an event name standing right before a title word ('his Boston
    Marathon title'), owned by the pronoun of the market's side when it states one."""
    toks = sent.tokens
    low = [t.lower for t in toks]
    out = []
    for name in names:
        words = [w.lower() for w in name.split()]
        n = len(words)
        for k in range(len(toks) - n):
            if low[k:k + n] != words or low[k + n] not in title_words:
                continue
            owner = low[k - 1] if k else ""
            if side and owner != _OWNERS.get(side):
                continue  # 'her Boston Marathon title' for the men's race; no owner: unknown side
            out.append(k + n - 1)
    return out
