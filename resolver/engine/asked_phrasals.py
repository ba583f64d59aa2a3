"""A calling-off that is the market's own act: 'Will Air France pilots call off their strike …?' asks
for the very 'called off' that ruled_out otherwise reads as the act called off ('Air France pilots
called off on Sunday a two-week strike'). A phrasal cue whose first word is a form of the market's act
verb and whose particle follows that verb in the question ('call off') is the act, as 'delayed' is for
a market asking 'Will Rockstar delay GTA VI again?' (rules/ruled_out.py). A question asking another
act ('Will the union hold its strike?') keeps the cue a calling-off."""

from __future__ import annotations

import re

from .text import inflections_of


def asked(question: str, phrase: str, act_verbs) -> bool:
    """The phrasal cue `phrase` ('called off') is the question's own act: its first word a form of one
    of `act_verbs`, and the question writes that verb with the same particle right after it."""
    words = phrase.split()
    if len(words) != 2:
        return False
    first, particle = words
    for verb in act_verbs:
        forms = {w for ws in inflections_of(verb).values() for w in ws} | {verb}
        if first in forms and re.search(r"\b(?:%s)\s+%s\b" % ("|".join(map(re.escape, sorted(forms))), re.escape(particle)),
                                        question, re.I):
            return True
    return False
