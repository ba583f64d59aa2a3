"""A prize taken: verbs that report winning a prize only when their own object is the prize ('Sean
Penn earned his second Oscar for best actor', 'received the award for best film'), not a
nomination or a place in the field ('earned a best actor nomination', 'received two nods') nor
anything else earned or received ('earned $5 million', 'received a standing ovation').
Data: contests.json 'prize_taking_verbs'; the prize heads are categories.json's and the title
words contests.json's."""

from __future__ import annotations

from .categories import PRIZE_HEADS
from .contests import NOMINATION_NOUNS, TITLE_WORDS
from .packaged import load_json
from .text import Sentence

PRIZE_TAKING = frozenset(load_json("contests.json")["prize_taking_verbs"])
# the words that end the verb's own object ('his second Oscar | for best actor')
_OBJECT_END = frozenset({",", ";", ":", "for", "of", "in", "at", "on", "to", "with", "after", "by", "and", "as", "from"})


def takes_prize(sent: Sentence, i: int) -> bool:
    """The verb at i is a prize-taking verb whose own object (the words after it, to the first
    preposition or comma, at most five) is headed by a prize or title word and names no
    nomination."""
    toks = sent.tokens
    if not toks[i].lemmas & PRIZE_TAKING:
        return False
    _, b = sent.clause_of(i)
    obj = []
    for k in range(i + 1, min(b, i + 6)):
        if toks[k].lower in _OBJECT_END:
            break
        obj.append(toks[k].lower)
    if not obj or any(w in NOMINATION_NOUNS for w in obj):
        return False
    return obj[-1] in PRIZE_HEADS or obj[-1] in TITLE_WORDS
