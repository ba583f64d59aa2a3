"""Standings inside a contest told with a result: a game or a round won and the side now ahead, not the contest won.

A report from the middle of a series or a tournament tells who leads it ('The Mavericks defeated the Heat 112-103
on Thursday and now lead the NBA Finals 3-2', 'Dallas is up 3-2 in the Finals series'), or a round won that puts
a player ahead ('Watson won the third round of the Open Championship at Turnberry to lead by one'). The win in
such a sentence is of one game or one round, and the contest is still going on: rival_outcome's partial_win (and
so confirmation) reads it as a stage of the contest, not its outcome (other_meetings.py reads the series-lead
shapes with the lead noun: 'a 3-2 lead in the series').

Shapes read:
- a verb of leading or trailing with the series or the finals as its object and a games score after it ('lead the
  NBA Finals 3-2', 'trailed the series 1-3');
- 'up/ahead N-M in the … series/finals';
- a win 'to lead by' a margin ('to lead by one', 'to lead by two strokes');
- 'won the first/second/third/opening round' (or a figure: '3rd round') for a market whose question asks no round
  and is not a vote (an election's rounds are read by first_rounds.py).
A question that itself names a series lead or a round is left alone. Word shapes only; each pattern is bounded.
Pure; a substring test before any regular expression."""

from __future__ import annotations

import re

_SCORE = r"(?:\d{1,2}\s*[-–]\s*\d{1,2}\b|(?:one|two|three|four)\s+games?\s+to\s+(?:none|nil|zero|one|two|three)\b)"
_CONTEST = r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:series|finals)"  # (not a one-match 'final': 'led the final 1-0')
_LEAD = re.compile(
    rf"\b(?:leads?|led|leading|trails?|trailed|trailing)\s+{_CONTEST}\s+{_SCORE}"
    rf"|\b(?:up|ahead)\s+{_SCORE}\s+in\s+{_CONTEST}\b"
    r"|\bto\s+lead\s+by\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\b", re.I)
_ROUND = re.compile(r"\b(?:won|wins?|winning|took|takes?|claimed|claims?)\s+(?:the\s+)?"
                    r"(?:first|second|third|opening|1st|2nd|3rd)\s+round\b", re.I)
# an election's rounds, read elsewhere (first_rounds.py)
_VOTE = re.compile(r"\b(?:elect\w*|vote\w*|ballot\w*|run-?off|referendum|primar(?:y|ies)|polls?|presiden\w*)\b", re.I)


def within(text: str, question: str) -> str | None:
    """The words telling that the result in `text` is a standing inside the contest (a series led, a round won to
    lead), not the contest's outcome; None when there are none or the question itself asks about such a stage."""
    low = text.lower()
    if "lead" in low or "trail" in low or " up " in low or "ahead" in low:
        m = _LEAD.search(text)
        if m is not None and not _LEAD.search(question):
            return " ".join(m.group(0).split())
    if "round" in low and "round" not in question.lower() and not _VOTE.search(question):
        m = _ROUND.search(text)
        if m is not None:
            return " ".join(m.group(0).split())
    return None
