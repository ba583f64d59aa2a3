"""Figures told as a requirement by a modal of obligation: 'For the ballot to be valid, more than 50 percent
of the Italian electorate must vote', 'Turnout must exceed 50 percent for the result to count', 'turnout has
to be more than 50 percent', 'at least 40 percent of voters need to take part'. The figure is the bar a rule
sets, not a level reported, whether the modal follows the figure's noun phrase (its subject) or governs the
verb right before it. figure_words.required_bar reads the verbs of needing right before a figure ('The laws
require at least 30 percent'); this reads the modals 'must', 'has/have/had to', 'need(s) to', 'is/are
required to' around it.

Not read when the question itself uses such a modal, nor across a clause boundary (a modal in another
clause: 'Turnout reached 52 percent, so the vote must be respected'). Pure and cheap: a substring test for
the modal words first."""

from __future__ import annotations

import re

_MODAL = r"(?:must|(?:has|have|had)\s+to|needs?\s+to|needed\s+to|(?:is|are|was|were)\s+required\s+to)"
# the modal after the figure's noun phrase: 'more than 50 percent of the Italian electorate must vote'
_AFTER = re.compile(rf"^[^.;:!?,()]{{0,60}}?\b{_MODAL}\s+(?:\w+\s+){{0,2}}?(?:vote|turn\s+out|take\s+part|participate|"
                    rf"cast|back|approve|support|be\b|take|reach|exceed|top|pass|clear|agree|sign)", re.I)
# the modal governing a verb of reaching right before the figure (a bound word between allowed): 'Turnout must
# exceed 50 percent', 'has to be more than 50 percent', 'needs to reach at least 40 percent'
_BEFORE = re.compile(rf"\b{_MODAL}\s+(?:\w+\s+)?(?:be|reach|exceed|top|pass|clear|surpass|hit|get|win|secure|attract)\s+"
                     r"(?:(?:at\s+least|a\s+minimum\s+of|no\s+less\s+than|more\s+than|over|above|beyond)\s+)?[$€£]?$", re.I)
# a noun of the share needed with 'of' right before the figure: 'needs a turnout of more than 50 percent'
_NEEDS_OF = re.compile(r"\b(?:needs?|needed|requires?|required|requiring)\s+(?:(?:a|an|the)\s+)?(?:minimum\s+)?[a-z]+\s+of\s+"
                       r"(?:(?:at\s+least|a\s+minimum\s+of|no\s+less\s+than|more\s+than|over|above)\s+)?[$€£]?$", re.I)
_CHEAP = re.compile(r"\b(?:must|to|need|needs|needed|require|requires|required|requiring)\b", re.I)
_ASKED = re.compile(rf"\b{_MODAL}\b", re.I)
# the figure's own phrase ends at a finite verb of reporting a level: 'more than 50 percent of voters cast ballots,
# and the result must be respected' never reaches the modal
_REPORTED = re.compile(r"\b(?:was|were|is|are|stood|reached|came|hit|topped|turned|voted|cast)\b", re.I)


def modal_bar(question: str, text: str, start: int, end: int) -> str | None:
    """The modal words that make the figure at text[start:end] a bar set ('must vote', 'must exceed'), else None."""
    near = text[max(0, start - 40):end + 80]
    if not _CHEAP.search(near) or _ASKED.search(question):
        return None
    m = _BEFORE.search(text[max(0, start - 60):start]) or _NEEDS_OF.search(text[max(0, start - 60):start])
    if m:
        return " ".join(m.group().split())
    tail = text[end:end + 80]
    m = _AFTER.match(tail)
    modal = re.search(rf"\b{_MODAL}", m.group(), re.I) if m else None
    if modal and not _REPORTED.search(tail[:modal.start()]):
        return " ".join(tail[modal.start():m.end()].split())
    return None


# a vote's share needed before the word for it: 'the referendum needs a turnout of more than 50 percent', 'requires
# a minimum turnout of 40%'
_NEEDS_BEFORE = re.compile(r"\b(?:needs?|needed|requires?|required|requiring|must\s+have|(?:has|have|had)\s+to\s+have)\s+"
                           r"(?:(?:a|an|the)\s+)?(?:minimum\s+|required\s+)?$", re.I)


def needed_before(text: str, start: int) -> bool:
    """The phrase starting at `start` ('turnout of more than 50 percent') is what a rule needs, not what was told."""
    return _NEEDS_BEFORE.search(text[max(0, start - 40):start]) is not None
