"""An act told as what would make a party 'the first (only, last) … to' do it, in a sentence told in the past (README
'How the engine decides', rule `scheduled`): 'In today's Carling Cup Final, second-division club Cardiff City was
trying to make history as the first non-English Club to win a major trophy in 85 years' describes a record at stake
in a match the report tells as past ('was trying'), not the act planned for the day the sentence names. Read only
when the sentence has a past auxiliary before the act and no word of a plan or a future ('will', 'set', 'due', 'could
become the first … to land on August 23' stays a plan)."""

from __future__ import annotations

from .text import Sentence

_RANKS = frozenset({"first", "only", "last", "second", "third", "youngest", "oldest"})
_PAST = frozenset({"was", "were", "had"})
_AHEAD = frozenset({"will", "'ll", "would", "could", "can", "may", "might", "set", "due", "scheduled", "planned", "poised",
                    "aims", "hopes", "bids", "seeks", "tomorrow", "upcoming", "next",
                    "is", "are", "am", "'s", "'re"})
_GAP = 5  # words between the rank word and 'to' ('the first non-English Club to win')


def first_to_in_past(sent: Sentence, i: int) -> bool:
    """Token i is the verb of 'the first … to <verb>' in a sentence told in the past, with nothing of a plan in it."""
    toks = sent.tokens
    if i < 3 or toks[i - 1].lower != "to":
        return False
    rank = next((k for k in range(i - 2, max(-1, i - 3 - _GAP), -1) if toks[k].lower in _RANKS), None)
    if rank is None or rank == 0 or toks[rank - 1].lower not in ("the", "its", "their", "his", "her"):
        return False
    if any(t.text in (",", ";", ":") for t in toks[rank:i]):
        return False
    return any(t.lower in _PAST for t in toks[:rank]) and not any(t.lower in _AHEAD for t in toks)
