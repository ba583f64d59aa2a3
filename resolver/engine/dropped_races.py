"""A candidate's campaign given up, read as the act of a market on the candidate leaving the race ('Will Eric
Adams drop out of the 2025 New York City mayoral race …?'): 'New York City Mayor Eric Adams announced Sunday he
is suspending his campaign for mayor', 'Mayor Eric Adams is ending his bid for reelection'. Giving up the
campaign is leaving the race, in any form ended_campaigns reads (the progressive of an announcement included:
a candidate who says he is suspending his campaign has stepped out of it; a pause told as one is not).

Read only when the market's act is a verb of leaving ('drop' out, 'withdraw', 'quit', 'exit', 'abandon') and its
question names the race ('race', 'campaign', 'bid', 'candidacy', 'primary', 'contest'), and only when the market's
doer (its first actor) is the subject: named before the verb, at most ten words back, with nothing but a saying
verb, a day's name, a pronoun or auxiliaries between (so another candidate's exit is never taken for it)."""

from __future__ import annotations

import re

from . import ended_campaigns
from .act_families import family_key

MARK = "(the exit the market asks)"
_LEAVING = frozenset({"drop", "withdraw", "quit", "exit", "abandon", "leave", "terminate"})
_RACE = re.compile(r"\b(?:race|campaign|bid|candidacy|primary|contest|running)\b", re.I)
_BETWEEN = frozenset({"he", "she", "they", "is", "was", "has", "had", "have", "are", "were", "been", "now", "also",
                      "officially", "formally", "said", "says", "announced", "announces", "told", "confirmed",
                      "that", "on", "late", "early", "this", "week", "abruptly", "effectively"})
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                   "yesterday", "tonight", "morning", "evening", "night", "afternoon"})
_REACH = 10


def asked(act: str | None, question: str) -> bool:
    """The market asks a candidate's leaving a race."""
    return bool(act) and (act in _LEAVING or family_key(act) in _LEAVING) and bool(_RACE.search(question))


def exit_of(doer_pattern, sent) -> tuple[int, str] | None:
    """(the giving-up verb's token, its wording) when the sentence tells the doer giving up the campaign."""
    if doer_pattern is None or not ended_campaigns._CUE.search(sent.text):
        return None
    found = ended_campaigns.ended(sent)
    if found is None:
        return None
    k, wording = found
    toks = sent.tokens
    start = toks[k].start
    names = [m for m in doer_pattern.finditer(sent.text) if m.end() <= start]
    if not names:
        return None
    last = names[-1].end()
    between = [t for t in toks[max(0, k - _REACH):k] if t.start >= last]
    if len(between) > _REACH or not all(t.lower in _BETWEEN or t.lower in _DAYS for t in between):
        return None
    return k, f"'{toks[k].text}' {wording} {MARK}"
