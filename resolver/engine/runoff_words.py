"""The words of a runoff (a second round of a vote): 'runoff', 'run-off', 'second round', 'second ballot'.
A market asking whether an election goes to a runoff reads a sentence that names its second round,
whatever its other words ('above the 50 percent necessary to avoid a second round', needless_runoffs.py)."""

from __future__ import annotations

import re

RUNOFF = r"(?:(?:second[\s-]+round\s+)?run-?offs?|second[\s-]+(?:round|ballot)(?:\s+(?:vote|election|run-?off))?)"
ASKED = re.compile(rf"\b{RUNOFF}\b", re.I)


def runoff_asked(kind: str, candidate: str | None, question: str) -> bool:
    """The market asks whether a runoff is held, for no candidate of its own."""
    return kind == "event" and not candidate and bool(ASKED.search(question))


def names_runoff(kind: str, candidate: str | None, question: str, text: str) -> bool:
    """For a market asking whether a runoff is held, the sentence names a runoff or second round
    (cheap test first: the word 'round' or 'run')."""
    low = text.lower()
    return ("round" in low or "run" in low or "ballot" in low) and runoff_asked(kind, candidate, question) \
        and bool(ASKED.search(text))
