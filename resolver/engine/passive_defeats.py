"""A defeat told as a bare passive, and the stage it names. 'Kolinda Grabar-Kitarović was beaten in
the second round of the Croatian presidential elections' tells the candidate lost, with no 'by' and
no winner named: the passive of a defeat verb ('was beaten', 'were defeated', lexicon OPPOSITE_PHRASES
'win') is the contest lost, like 'lost'. Like 'lost', it settles the market only for the contest the
market asks: a stage the question does not name ('was beaten in the first round', 'in Game 3') is a
part lost (contests.stages_in). A runoff is the election's second round: for a market on a runoff
('in the January 5, 2020 runoff'), 'the second round' is the market's own stage, and so is 'the
runoff' for a market on the second round. Pure."""

from __future__ import annotations

import re

from . import contests

PHRASES = frozenset({"'was defeated'", "'were defeated'", "'was beaten'", "'were beaten'", "'has been defeated'",
                     "'have been defeated'", "'had been defeated'"})  # as opposite_outcome words them
_RUNOFF = re.compile(r"\b(?:run-?offs?|second[\s-]+round|final\s+round)\b", re.I)


def told(wording: str) -> bool:
    """The opposite-outcome wording is a defeat's bare passive."""
    return wording in PHRASES


def other_stage(text: str, question: str) -> list[str]:
    """Stages the sentence names that the question does not (contests.stages_in), with a runoff and the
    second round taken as one stage when the question asks about either."""
    found = contests.stages_in(text, question)
    if found and _RUNOFF.search(question):
        found = [s for s in found if not _RUNOFF.fullmatch(s.strip())]
    return found
