"""A record names a done act: 'Odysseus, the first U.S.-built spacecraft to land on the moon
since 1972' reports a landing, and 'Japan became the fifth country to land' too — unless the
record is still ahead ('aims to become the first …', 'would be the first …') or the sentence
tells anything still to come ('Artemis III, the first crewed mission to land on the moon in
decades, has been delayed')."""

from __future__ import annotations

from typing import Callable

from .frames import MODALITY, PLANNING_PREDICATES
from .text import Sentence

ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                      "only", "last", "latest"})
_FUTURE = frozenset({"will", "'ll", "shall", "wo", "gonna", "would", "could", "might", "may", "should", "can", "must",
                     "ca"})
_NOT_YET = _FUTURE | frozenset({"to", "be", "becoming", "being"})
# Governing words that put a record still ahead ('hopes to become the first …').
_PLANS = frozenset().union(*(MODALITY.get(k, frozenset()) for k in ("planned", "expected", "attempted", "demanded")))
_STILL_AHEAD = frozenset({"delay", "postpone", "scrub", "attempt", "try", "aim", "bid", "hope", "prepare", "target"})
# words after which a participle modifies the noun that follows it ('over planned reforms', 'amid expected protests')
_ATTRIBUTIVE_AFTER = frozenset({"over", "amid", "against", "about", "on", "of", "for", "with", "the", "a", "an", "its",
                                "his", "her", "their"})


def _attributive(sent: Sentence, n: int) -> bool:
    """Token n, an '-ed' participle after a preposition or determiner and before a word, modifies that
    word ('became the first Swedish premier to lose a vote … over planned reforms'): no plan of the
    sentence's own."""
    toks = sent.tokens
    return toks[n].lower.endswith("ed") and 0 < n < len(toks) - 1 and toks[n - 1].lower in _ATTRIBUTIVE_AFTER \
        and toks[n + 1].lower.isalpha()


def record_infinitive(sent: Sentence, a: int, i: int, past_verb: Callable[[Sentence, int], bool]) -> bool:
    """Token i, an infinitive ('to land') after 'the first / the fifth / the only …' within its
    clause (from token a), names an act that happened; `past_verb` tells a past verb of the
    sentence, of which one outside the record must exist."""
    if i < 2 or sent.tokens[i - 1].lower != "to":
        return False
    for k in range(i - 2, max(a, i - 7) - 1, -1):
        w = sent.tokens[k].lower
        if w in _NOT_YET:
            return False
        if w in ORDINALS and k > 0 and sent.tokens[k - 1].lower == "the":
            lead = _result_lead(sent, k, past_verb)
            if any(t.lower in _NOT_YET or t.lemmas & _PLANS for t in sent.tokens[:k] if t not in lead):
                return False
            rest = [t for n, t in enumerate(sent.tokens) if n != i and not (n > i and _attributive(sent, n))]
            if any(t.lower in _FUTURE or t.lemmas & (_PLANS | PLANNING_PREDICATES | _STILL_AHEAD) for t in rest):
                return False
            return any(past_verb(sent, n) for n in range(len(sent.tokens)) if n < k or n > i)
    return False


# 'crossed the finish line to make history and become the first …': an infinitive of result after a
# past act tells what the act came to, not an aim; the words before 'to' must not govern it as an aim
# or a failure ('is set to become', 'failed to become', 'in a bid to become')
_RESULT_CHAIN = (("to", "become"), ("to", "make", "history", "and", "become"))
_GOVERNS_AIM = _PLANS | _STILL_AHEAD | frozenset({"fail", "refuse", "decline", "miss", "need", "chance", "way", "effort",
                                                  "quest", "race", "position", "course", "track", "able", "go", "about",
                                                  "ready", "stand", "look", "battle", "fight", "set", "hope", "in"})


def _result_lead(sent: Sentence, k: int, past_verb: Callable[[Sentence, int], bool]) -> tuple:
    """The tokens of a result infinitive ending right before 'the' at k-1 ('to make history and
    become'), after a past verb of the sentence, with no aim or failure governing it; () if none."""
    for chain in _RESULT_CHAIN:
        start = k - 1 - len(chain)
        if start < 1 or tuple(t.lower for t in sent.tokens[start:k - 1]) != chain:
            continue
        before = sent.tokens[start - 1]
        if before.lower in _FUTURE or before.lower in _NOT_YET or before.lemmas & _GOVERNS_AIM \
                or before.lower.endswith("ing") and not any(past_verb(sent, n) for n in range(start - 1)):
            return ()
        if any(past_verb(sent, n) for n in range(start - 1)):
            return tuple(sent.tokens[start:k - 1])
    return ()
