"""A base-form verb coordinated with an infinitive before it shares that infinitive's 'to': in
'Iran and Saudi Arabia agreed to re-establish and restore their diplomatic ties and reopen their
embassies within two months' the 'restore' and the 'reopen' are infinitives the agreement governs,
still to come, not present-tense reports. English does not repeat the 'to' before the second and
later verbs of a coordinated infinitive ('to X and Y', 'to X, Y and Z').

The reading is grammatical: the verb must be a base form right after 'and' or 'or' (a finite verb
with a new subject has its subject there: 'and officials reopen'), and the nearest 'to' back in its
clause, within a few words and with no auxiliary, modal or relative word between (which would open
another clause), must stand before a base-form verb. The verb then takes the first infinitive's
aspect (verb_aspect.aspect): 'agreed to restore ties and reopen embassies' is a plan; but a vote decides
every act it is taken on ('voted Monday to accept a contract offer and end their strike': voted_acts.vote_decides),
whatever the first infinitive's verb.
"""

from __future__ import annotations

from collections.abc import Callable

from .text import Sentence, all_lemmas
from .voted_acts import vote_decides

# words from the verb back to the 'to' of the first infinitive (its object and modifiers between)
SPAN = 14

_COORDINATORS = frozenset({"and", "or"})
# a word that opens another clause or predicate between the first infinitive and the coordinated
# verb: an auxiliary, a modal, a relative or complementiser ('to restore ties that were cut and …')
_CLAUSE_OPENERS = frozenset({
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have", "had",
    "is", "are", "was", "were", "am", "be", "been", "did", "does", "do", "that", "which", "who", "whom",
    "whose", "where", "when", "while", "because", "after", "before", "if", "but", "said", "says",
})
_STOPS = frozenset({";", ":", "(", ")", "—", "\""})


def infinitive_head(sent: Sentence, i: int) -> int | None:
    """The index of the first infinitive's verb that the base form at token i is coordinated with
    ('to re-establish and restore …', 'to restore ties and reopen …'), else None. The caller has
    checked that token i is a base form."""
    toks = sent.tokens
    if i < 3 or toks[i - 1].lower not in _COORDINATORS:
        return None
    a, _ = sent.clause_of(i)
    for k in range(i - 2, max(a, i - SPAN) - 1, -1):
        t = toks[k]
        if t.text in _STOPS or t.lower in _CLAUSE_OPENERS:
            return None
        if t.lower != "to":
            continue
        head = k + 1
        if head >= i - 1:
            return None
        w = toks[head].lower
        kinds = all_lemmas(w) if w.replace("-", "").isalpha() else {}
        if w not in kinds.get("VERB", ()):
            return None  # 'agreed to talks and …': the first 'to' back is a preposition; no infinitive
        if kinds.get("NOUN") and head + 2 == i:
            return None  # 'return to power and reopen schools': a noun as likely as a verb, nothing after it
        return head
    return None


def shared_aspect(sent: Sentence, i: int, head: int, aspect: Callable[[Sentence, int, str | None], str]) -> str:
    """The aspect of the coordinated verb at i: 'past' when a vote before the infinitive decides it
    (voted_acts.vote_decides reads 'voted … to X and Y'), else the aspect of the first infinitive at head."""
    if vote_decides(sent, sent.clause_of(i)[0], i):
        return "past"
    return aspect(sent, head, next(iter(all_lemmas(sent.tokens[head].lower)["VERB"])))
