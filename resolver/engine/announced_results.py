"""What a naming verb announces when it names no winner: the field before the outcome ('the
shortlist … was announced', 'named the six finalists') or the count itself ('The Independent
Electoral Commission has announced the final National Assembly seats tally', 'declared the
official results', 'the results were announced'). The names in the count's noun phrase (the body,
the chamber, the election) describe the count; whoever won is told by another verb, if at all.
Read by rules/rival_outcome.py before it takes the naming verb's names for a rival winner."""

from __future__ import annotations

from .analysis import SentenceFacts

# What is announced or named before the outcome: the field, not a winner.
FIELD_NOUNS = frozenset({"shortlist", "short-list", "longlist", "long-list", "nominee", "finalist", "lineup",
                         "line-up", "semifinalist", "quarterfinalist"})
NAMING = frozenset({"announce", "name", "unveil", "reveal", "select", "choose", "declare", "publish"})
# The count a body announces: 'the final seats tally', 'the official results', 'the vote count'.
RESULT_NOUNS = frozenset({"result", "results", "tally", "tallies", "count", "counts", "figure", "figures", "total",
                          "totals", "breakdown", "returns"})
# Words that end the verb's object phrase before its head noun: a clause break, a preposition that
# takes another phrase, or the winner named by its role ('declared X the winner').
_PHRASE_END = frozenset({",", ";", ":", "(", "as", "to", "that", "which", "who", "with", "after", "before", "on", "in",
                         "by", "for", "and", "but", "winner", "winners", "victor", "victory", "champion"})
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "be", "being", "has", "have", "had"})
_REACH = 8  # words from the verb to the object's head


def field_named(f: SentenceFacts, i: int) -> bool:
    """The verb at i announces or names the field ('the shortlist … was announced', 'named the
    six finalists'), not a winner: a naming verb with a field noun in its clause."""
    if not f.sent.tokens[i].lemmas & NAMING:
        return False
    a, b = f.sent.clause_of(i)
    return any(t.lemmas & FIELD_NOUNS for t in f.sent.tokens[a:b])


def count_named(f: SentenceFacts, i: int) -> bool:
    """The naming verb at i takes the count as its object ('has announced the final National
    Assembly seats tally', 'declared the official results') or, passive, as its subject ('the
    official results were announced', 'Final elections tally announced'): the count is announced,
    no winner is named by the verb."""
    toks = f.sent.tokens
    if not toks[i].lemmas & NAMING:
        return False
    a, b = f.sent.clause_of(i)
    for k in range(i + 1, min(b, i + 1 + _REACH)):
        if toks[k].lower in _PHRASE_END:
            break
        if toks[k].lower in RESULT_NOUNS:
            return True
    k = i - 1
    while k >= a and toks[k].lower in _PASSIVE_AUX | {"officially", "formally", "finally", "also", "now"}:
        k -= 1
    passive = k < i - 1 or (f.sent.headline and toks[i].lower.endswith("ed"))
    return passive and k >= a and toks[k].lower in RESULT_NOUNS
