"""A contest held at a named event: 'Will Eliud Kipchoge win the men's race at the 2023 Boston
Marathon?' holds the market's role ('race') at the event ('Boston Marathon'). A report names the
contest by the event's title — 'Kenya's Evans Chebet successfully defended his Boston Marathon
title' — when the event's name stands right before a title word (contests.TITLE_WORDS), as
'Willett wins Masters title' names the Masters Tournament (rules/rival_outcome.py).

An event holds several contests (the men's and the women's race, every category of an awards
night), so the event's name alone ('A24 … winning in all of the major categories … at the
Oscars') never names the market's; and when the question states a side of the men's / women's
axis, the title must be owned by a pronoun of that side ('his Boston Marathon title' for the
men's race; 'her …' is the women's, and a title with no such pronoun is not read). The side may own
the title by its own word instead: 'the women's Boston Marathon title', 'won the women's title at the
New York City Marathon' (also with the preposition left out: 'the women's title New York City
Marathon')."""

from __future__ import annotations

import re

from .text import Sentence

_OWNERS = {"men": "his", "women": "her", "boys": "his", "girls": "her"}


def events(question: str, role: str | None, actors: list[str] | tuple[str, ...]) -> list[str]:
    """The actors the question names as the event its role's contest is held at: '<role> at (the)
    (year) <actor>'."""
    low = question.casefold()  # the pattern below needs the role's word and the actor's (most questions: no role)
    if not role or role.casefold() not in low:
        return []
    return [a for a in actors if a.casefold() in low and re.search(rf"\b{re.escape(role)}s?\s+at\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?"
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
            if side and owner != _OWNERS.get(side) and not _side_word(low[k - 1] if k else "", side):
                continue  # 'her Boston Marathon title' for the men's race; no owner: unknown side
            out.append(k + n - 1)
        out += _side_title_at(low, words, title_words, side)
    return out


def _side_word(word: str, side: str | None) -> bool:
    """'women's' for the women's side ('the women's Boston Marathon title')."""
    return bool(side) and word in (f"{side}'s", f"{side}’s")


# between a title word and the event's name: 'at the 2011', 'in', 'of the', or nothing
_BETWEEN = frozenset({"at", "in", "of", "the"})


def _side_title_at(low: list[str], words: list[str], title_words: frozenset[str], side: str | None) -> list[int]:
    """'the women's title at the New York City Marathon', 'won the women's title New York City
    Marathon': a title word owned by the market's side ('women's'), then the event's name, a
    preposition, an article or a year between. The index of the title word."""
    if not side:
        return []
    out, n = [], len(words)
    for k in range(1, len(low)):
        if low[k] not in title_words or not _side_word(low[k - 1], side):
            continue
        j = k + 1
        while j < len(low) and j <= k + 3 and (low[j] in _BETWEEN or low[j].isdigit()):
            j += 1
        if low[j:j + n] == words:
            out.append(k)
    return out
