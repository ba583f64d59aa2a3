"""An agreement to form a government (a market on 'parties reach agreement to form a new federal
government'): the government or coalition told formed by the market's party entails the agreement
reached, since parties form a coalition government only by agreeing on it ('Belgium formed a new
government yesterday, … with De Croo named as prime minister').

Only the verb 'form' with a governing body as the object: an agreement to end a war or a strike is
not entailed by the war or the strike ending (a victory, a collapse end them too). The entailing
verb is read as the act for confirming it only (analysis.SentenceFacts.with_entailed): a plan, a
failure or a request to form one ('asked De Croo to form a government') says nothing of the agreement."""

from __future__ import annotations

AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "pact"})
BODIES = frozenset({"government", "coalition", "cabinet"})
FORMING = frozenset({"form"})


def entailing_verbs(object_terms: list[str] | tuple[str, ...]) -> frozenset[str]:
    """'form' when the market's object is an agreement to form a governing body, else nothing."""
    terms = [t.lower() for t in object_terms]
    if not terms or terms[0] not in AGREEMENT_NOUNS or not set(terms[1:]) & BODIES:
        return frozenset()
    return FORMING & frozenset(terms[1:])
