"""Claimed wins: a side's own claim of victory in a vote ('claimed a "resounding" first-round
victory', 'declared himself the winner', 'We have won Zimbabwe elections, says Nelson Chamisa')
is its claim, not the declared result. Read by the rival_outcome rule; the win nouns are contests.py's."""

from __future__ import annotations

from .contests import WIN_NOUNS
from .text import Sentence

# A vote's result is what the counting body declares; a side that claims or declares its own
# victory ('claimed a "resounding" first-round victory over …', 'Rival sides claim victory')
# states its claim, not the result. On a field of play the winner is plain to all, so there
# 'claimed victory in the Vuelta' is the win: the gate holds only where the sentence is about a vote.
_CLAIMING = frozenset({"claim", "declare", "proclaim"})
_VOTE_WORDS = frozenset({"election", "elections", "vote", "votes", "poll", "polls", "ballot", "ballots", "runoff",
                         "run-off", "referendum", "electoral", "presidential", "parliamentary", "legislative"})
_SELF = frozenset({"himself", "herself", "itself", "themselves", "self-declared", "self-proclaimed"})
_CLAIM_NEAR = 6  # tokens between a claiming verb and the win noun it takes


_FIRST_PERSON = frozenset({"we", "i"})
_PERFECT_FILL = frozenset({"have", "'ve", "had", "'d", "just", "already", "clearly", "now", "definitely", "certainly"})


def _first_person_win(sent: Sentence, i: int) -> str | None:
    """'We have won Zimbabwe elections, says Nelson Chamisa': the win verb at i has 'we' or 'I'
    for its subject — a side's own words about its vote, not a declared result."""
    k = i - 1
    while k >= 0 and sent.tokens[k].lower in _PERFECT_FILL:
        k -= 1
    if k >= 0 and sent.tokens[k].lower in _FIRST_PERSON:
        return f"'{sent.tokens[k].text} … {sent.tokens[i].text}': a side's own words of victory in a vote, not its declared result"
    return None


def claimed_win(sent: Sentence, i: int) -> str | None:
    """The outcome word at token i (a win verb or noun, or the claiming verb itself) is a side's
    claim of victory in a vote: a claiming verb whose object, within a few words of its clause,
    is a win noun ('claims first-round win', 'declared victory', 'declared himself the winner')."""
    toks = sent.tokens
    if not any(t.lower in _VOTE_WORDS for t in toks):
        return None
    speaker = _first_person_win(sent, i)
    if speaker:
        return speaker
    a, b = sent.clause_of(i)
    for c in range(max(a, i - _CLAIM_NEAR), min(b, i + 1)):
        if toks[c].lower in ("self-declared", "self-proclaimed"):
            return f"'{toks[c].text} …': a side's own claim of victory in a vote, not its declared result"
        if not toks[c].lemmas & _CLAIMING:
            continue
        for k in range(c + 1, min(b, c + 1 + _CLAIM_NEAR)):
            if toks[k].lower in WIN_NOUNS or toks[k].lower in ("wins", "victories") or (
                    toks[k].lower in ("winner", "victor") and any(t.lower in _SELF for t in toks[c + 1:k])):
                return (f"'{toks[c].text} … {toks[k].text}': a side's own claim of victory in a vote, "
                        "not its declared result")
    return None
