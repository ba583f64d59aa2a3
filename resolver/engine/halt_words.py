"""The words of a halt market (restored_things.py): the halt nouns ('shutdown', 'ban', 'suspension') and the
halted thing a question names with one ('internet' in 'mobile internet shutdown', 'TikTok' in 'ban on TikTok'),
read without the sentence machinery so that analysis.py can keep a sentence that tells the thing back
('On Sunday, 4G mobile internet services resumed'): names_thing is its cheap test."""

from __future__ import annotations

import re
from functools import lru_cache

HALT_NOUNS = frozenset({"shutdown", "blackout", "suspension", "ban", "block", "blockade", "outage", "cutoff"})
RESTART = frozenset({"restore", "resume", "reinstate", "reconnect", "restart", "unblock"})
_STEMS = ("restor", "resum", "reinstat", "reconnect", "restart", "unblock")
# words before a halt noun that say where or how much, not what is halted
_NOT_THINGS = frozenset({"nationwide", "national", "citywide", "countrywide", "total", "partial", "full", "temporary",
                         "indefinite", "blanket", "regional", "statewide", "new", "current", "latest"})
_OF_THING = re.compile(r"\b(?:" + "|".join(sorted(HALT_NOUNS)) + r")\s+(?:of|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                       r"(?P<thing>[\w'’-]+)(?=\s+(?:in|to|from|through|until|by|remain|remains|stay|be|across|for|"
                       r"still)\b|\s*[?,])", re.I)


@lru_cache(maxsize=1024)
def _things(question: str, terms: tuple[str, ...]) -> frozenset[str]:
    if not terms or terms[-1] not in HALT_NOUNS:
        return frozenset()
    m = _OF_THING.search(question)
    if m:
        word = m.group("thing").lower().removesuffix("'s").removesuffix("’s")
    else:
        mods = [t for t in terms[:-1] if t not in _NOT_THINGS]
        word = mods[-1] if mods else ""
    if len(word) < 3:
        return frozenset()
    return frozenset({word, word.rstrip("s"), word + "s"})


def things(kind: str, question: str, terms: tuple[str, ...]) -> frozenset[str]:
    """The halted thing's words for a halt market ({'internet', 'internets'}), else an empty set."""
    return _things(question, terms) if kind == "state" else frozenset()


def names_thing(kind: str, question: str, terms: tuple[str, ...], text: str) -> bool:
    """The sentence tells a restart of the halted thing (a cheap test for analysis: the verb's stem and the
    thing's word in its text)."""
    low = text.lower()
    if not any(s in low for s in _STEMS):
        return False
    words = things(kind, question, terms)
    return bool(words) and any(w in low for w in words)


# words that name a kind of a service before its noun: a market on 'mobile internet' does not read 'broadband
# internet connectivity was reinstated'
KINDS = frozenset({"mobile", "broadband", "fixed", "fixed-line", "landline", "wired", "wireless", "cellular",
                   "satellite", "domestic", "international"})


def other_kind(terms: tuple[str, ...], before: str) -> bool:
    """The word before the thing in a report names another kind of it than the question's ('broadband' for
    'mobile internet shutdown'); a question naming no kind accepts any."""
    asked = KINDS.intersection(terms)
    return bool(asked) and before in KINDS and before not in asked
