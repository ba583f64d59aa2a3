"""A post named by its title: a market on someone leaving, taking or keeping 'his post as Nigeria's Minister of Mines
and Steel Development' has the generic noun ('post') for its object, and a report names the post by its title instead
('has resigned as the Minister of Mines and Steel Development'). The title's first word after 'as' (a determiner or a
possessive between allowed), with another of the title's own words after it, stands for the object. Only for a
generic post noun (post, position, role, job, office, seat) the question qualifies with 'as' and a capitalised title.
Read by analysis.sentence_facts when no other word names the object. Pure; word shapes only."""

from __future__ import annotations

import re
from functools import lru_cache

from .text import Sentence

_POSTS = frozenset({"post", "position", "role", "job", "office", "seat", "portfolio"})
_LINKS = frozenset({"of", "and", "for", "the", "&"})
# 'post as Nigeria's Minister of Mines and Steel Development', 'his role as Chief Executive Officer'
_TITLE = re.compile(r"\b(?P<noun>post|position|role|job|office|seat|portfolio)\s+as\s+(?:(?:the|its|his|her|their)\s+)?"
                    r"(?:[A-Z][\w.-]*['’]s\s+)?(?P<title>[A-Z][\w-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w-]*){0,6})")
_BEFORE = frozenset({"the", "its", "his", "her", "their", "a"})
_REACH = 8  # tokens after the title's first word where another of its words must stand


@lru_cache(maxsize=1024)
def title_words(question: str) -> tuple[str, ...]:
    """The title's words in lower case, first word first ('minister', 'mines', 'steel', 'development'); empty when the
    question names no post by a title."""
    m = _TITLE.search(question)
    if not m:
        return ()
    return tuple(w.lower() for w in m.group("title").split() if w.lower() not in _LINKS)


def positions(question: str, heads: frozenset[str], sent: Sentence) -> list[int]:
    """The index of the title's first word where the sentence names the post by its title after 'as' ('resigned as the
    Minister of Mines'), when the market's object is a generic post noun; else []."""
    if not heads & _POSTS:
        return []
    words = title_words(question)
    if len(words) < 2:
        return []
    toks = sent.tokens
    rest = set(words[1:])
    for i, t in enumerate(toks):
        if t.lower != words[0] or i == 0:
            continue
        k = i - 1
        while k > 0 and (toks[k].lower in _BEFORE or toks[k].lower.endswith(("'s", "’s"))):
            k -= 1
        if toks[k].lower != "as":
            continue
        if any(x.lower in rest for x in toks[i + 1:i + 1 + _REACH]):
            return [i]
    return []
