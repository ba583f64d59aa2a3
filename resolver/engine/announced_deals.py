"""Announced agreements: announcing an agreement, a deal or an accord is reporting it reached ('Israel and
Turkey formally announced an agreement to normalize diplomatic relations today'), as announcing a policy is
doing it (mentions.POLICY_FRAMES) and announcing a resignation is resigning (PERFORMATIVE_NOUNS). So the
announcing verb, not the infinitive that tells the agreement's content ('to normalize'), dates the noun and
says whether it is done: mentions._mention takes the noun's aspect from the announcing verb (announcing_verb).

Only when the noun is the announcing verb's own object, a few words after it with no preposition, clause
break or other verb's 'to' between ('announced a landmark trade deal', 'announced Tuesday an agreement'):
not 'announced plans for an agreement', 'announced talks on a deal', 'announced the collapse of the accord'.
An agreement only proposed or possible ('announced a proposed deal', 'a draft agreement') is none. The
announcing verb's own tense and modality still decide: 'will announce an agreement', 'is expected to
announce a deal' stay to come."""

from __future__ import annotations

from .text import Sentence
from .word_class import PREPOSITIONS

AGREEMENT_NOUNS = frozenset({"agreement", "agreements", "deal", "deals", "accord", "accords", "pact", "pacts",
                             "settlement", "truce", "ceasefire", "cease-fire", "armistice"})
# words that make the noun no agreement made, or end the verb's object
_NOT_MADE = frozenset({"proposed", "possible", "potential", "planned", "draft", "future", "prospective", "hoped-for",
                       "expected", "likely", "eventual", "no"})
_STOPS = PREPOSITIONS | {"to", "that", "and", "or", "but", "which", "who", "if", "whether", "as"}
_GAP = 4  # words between the verb and the noun: 'announced a new landmark trade deal'


def announcing_verb(sent: Sentence, i: int) -> int | None:
    """The token of the announcing verb a few words before the agreement noun at token i that takes it as its
    object, else None."""
    toks = sent.tokens
    if toks[i].lower not in AGREEMENT_NOUNS:
        return None
    for j in range(i - 1, max(-1, i - _GAP - 2), -1):
        w = toks[j].lower
        if w.startswith("announc"):
            return j
        if w in _STOPS or w in _NOT_MADE or not (w.isalpha() or "-" in w):
            return None
    return None


def announced_agreement(sent: Sentence, i: int) -> bool:
    """The noun at token i is an agreement the announcing verb a few words before it takes as its object."""
    return announcing_verb(sent, i) is not None
