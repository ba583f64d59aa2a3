"""An attempt at the act told as collapsed or called off ('An effort to form a 5-Star
Movement/League government led by law professor Giuseppe Conte collapsed on Sunday'): the subject
of the calling-off word is an attempt noun with its infinitive (effort, attempt, bid, push, drive
to …), so what collapsed is that attempt, not the act; in a market open until its deadline another
attempt may follow (rules/ruled_out.py reads it as a failed attempt, a setback, not the act ruled
out). 'The summit collapsed' or 'talks on the deal collapsed' are not read here."""

from __future__ import annotations

import re

from .text import Sentence

_ATTEMPT = re.compile(r"^\W*(?:(?:an?|the|this|that|their|his|her|its|[A-Z][\w'’.-]*['’]s?)\s+)?(?:[\w'’-]+\s+){0,2}?"
                      r"(?:efforts?|attempts?|bids?|push|drive|tries|try)\s+to\s+\w+", re.I)


def collapsed_attempt(sent: Sentence, phrase: str) -> str | None:
    """The attempt phrase whose calling-off the cue `phrase` tells, when every occurrence of the cue
    has an attempt noun opening its clause as the subject; else None."""
    first = phrase.split()[0]
    toks = sent.tokens
    at = [k for k, t in enumerate(toks) if t.lower == first]
    found = None
    for k in at:
        a, _ = sent.clause_of(k)
        m = _ATTEMPT.match(sent.text[toks[a].start:toks[k].start])
        if m is None:
            return None
        found = found or m.group().strip()
    return found
