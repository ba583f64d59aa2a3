"""A rejection told with the vote that made it: 'The Upper House rejected the bills by 125 to 108
votes', 'union members rejected a tentative agreement yesterday by a 1,553-402 vote', 'The
No-Confidence Motion … was defeated with a majority of 40 votes'. A measure put to a recorded vote
and lost was decided on that occasion: the vote is not a setback the same body may revisit before
the deadline (rules/opposite_outcome.py reads a bare 'rejected' as one, ×0.75), it is the
measure's outcome. The tally must follow the rejecting word in its clause."""

from __future__ import annotations

import re

from .text import Sentence

# 'by 125 to 108 votes', 'by a vote of 51-48', 'by a 1,553-402 vote', 'with a majority of 40 votes', 'by 40 votes'
_TALLY = re.compile(r"\bby\s+(?:a\s+(?:vote|margin|tally)\s+of\s+)?\d[\d,]*\s*(?:-|–|to)\s*\d[\d,]*(?:\s+votes?)?\b"
                    r"|\bby\s+an?\s+\d[\d,]*\s*(?:-|–)\s*\d[\d,]*\s+(?:vote|margin)\b"
                    r"|\bwith\s+a\s+majority\s+of\s+\d[\d,]*\s+votes?\b"
                    r"|\bby\s+\d[\d,]*\s+votes?\b", re.I)
_DIGIT = re.compile(r"\d")


def tally_after(sent: Sentence, i: int) -> str | None:
    """The vote tally told after the rejecting word at token i in its clause, else None ('The bill,
    rejected by the Senate, was later passed by 60 votes' tells the passing's tally)."""
    start = sent.tokens[i].start
    _, b = sent.clause_of(i)
    end = sent.tokens[b - 1].start + len(sent.tokens[b - 1].text)
    if not _DIGIT.search(sent.text, start, end):
        return None
    m = _TALLY.search(sent.text, start, end)
    return m.group(0) if m else None
