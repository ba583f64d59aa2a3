"""The post a holder left, qualified into another post (a guard read by named_removals.py).

For a 'stays true until' market on an office ('Will Mike Waltz remain National Security Advisor …?'), the words
after 'as', 'from' or 'of' that name the post left must name the market's post itself:

- a rank before it makes another post: 'resigned as deputy national security advisor', 'was fired as vice
  chairman' (for a market on the chairman);
- when only the post's bare head is written (the one-word alias 'advisor' of the actor 'National Security
  Advisor'), another word before it makes another post: 'resigned as trade advisor', 'homeland security advisor'.
  A determiner, a possessive ('Trump's advisor') or a word of tenure ('top', 'longtime') leaves it the post.

Word lists are data (`resolver/data/qualified_posts.json`). Pure and cheap: the matches of the market's post in a
few words, each looked at once."""

from __future__ import annotations

import re
from typing import Iterable

from .packaged import load_json

_DATA = load_json("qualified_posts.json")
_RANK = re.compile(r"\b(?:%s)[\s-]+$" % "|".join(sorted(map(re.escape, _DATA["ranks"]), key=len, reverse=True)), re.I)
_FREE = frozenset(_DATA["free_before_head"])
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")


def _qualified(text: str, start: int, one_word: bool) -> bool:
    before = text[max(0, start - 40):start]
    if _RANK.search(before):
        return True  # 'deputy national security advisor'
    if not one_word:
        return False
    w = _WORD_BEFORE.search(before)
    if w is None:
        return False
    word = w.group(1).lower()
    return word not in _FREE and not word.endswith(("'s", "’s", "s'", "s’"))  # 'trade advisor', not "Trump's advisor"


def only_qualified(text: str, offices: Iterable[str], posts: Iterable[re.Pattern[str]]) -> bool:
    """Every mention of the market's post in `text` (the words naming the post left) is qualified into another
    post, and there is at least one: `offices` are the lexicon's offices the market names (lower-case), `posts`
    the patterns of the market's actors that are the post itself ('National Security Advisor')."""
    found = False
    low = text.lower()
    for o in offices:
        for m in re.finditer(r"\b%s\b" % re.escape(o), low):
            found = True
            if not _qualified(text, m.start(), False):
                return False
    for p in posts:
        for m in p.finditer(text):
            found = True
            if not _qualified(text, m.start(), " " not in m.group(0).strip()):
                return False
    return found
