"""A two-word exclusion of the criteria names one thing, a modifier and its noun ('An Olympic record
alone does not count': 'olympic record'; 'static fires', 'agreement in principle'): a sentence names
it only with both words close together ('set an Olympic record'), not with each word in another
phrase ('broke his own pole vault world record …, having retained the Olympic gold medal' reports the
world record). Only a pair whose first word is no verb is one thing named so: 'start disengagement'
(from 'The start of disengagement') names an event and what it did, told as 'Disengagement … has
started'. Longer exclusions keep their looser reading (most of their words anywhere in the
sentence: dating_clauses.exclusion_hit)."""

from __future__ import annotations

from .text import Token, all_lemmas, lemmas_of

REACH = 3  # tokens between the two words at most ('completion of the acquisition')


def _positions(tokens: list[Token], term: str) -> list[int]:
    stems = {term[:5]} | {lem[:5] for lem in lemmas_of(term)}
    return [k for k, t in enumerate(tokens) if t.lower[:5] in stems or any(lem[:5] in stems for lem in t.lemmas)]


def together(tokens: list[Token], terms: list[str]) -> bool:
    """Both words of a two-word exclusion stand within REACH tokens of each other (any order)."""
    if len(terms) != 2 or "VERB" in all_lemmas(terms[0].lower()):
        return True
    first, second = _positions(tokens, terms[0]), _positions(tokens, terms[1])
    return any(0 < abs(a - b) <= REACH + 1 for a in first for b in second)
