"""Question shapes that ask for a place or a selection rather than a plain act, read before the act
is derived (like shapes.py):

- 'X finish first in <contest>' asks whether X wins it: first place is the win, so the contest's
  winner is what the news reports ('Yushchenko has won the first round'), and another's win, one
  first place, settles it no. Only 'first' (and 'on top'): a second or third place is a rank among
  others the news seldom states in one sentence, left to the act as worded.
- 'X be selected (chosen, named, appointed, picked, elected) as <post>' asks the same as 'X be
  selected <post>': the one selected is the market's person, the post the role at stake, and the
  body that selects ('The Executive Directors selected Dr. Jim Yong Kim') no rival doer. Not
  'nominated' or 'shortlisted': a nominee is not yet the one chosen.

Pure string rewrites of the question's body (its 'Will' already dropped), applied only with a named
(capitalised) subject."""

from __future__ import annotations

import re

# 'Viktor Yushchenko finish first in the first round of …', 'Sherlock Holmes finish first at the
# domestic box office on …', 'X finish in first place in …', 'X finish on top of …'
_FINISH_FIRST = re.compile(r"^(?P<who>[A-Z].*?)\s+(?:finish|place|come)\s+(?:first|in\s+first\s+place|on\s+top)\s+"
                           r"(?:in|at|of|among)\s+(?P<contest>.+)$")

# 'Jim Yong Kim be selected as the next President of the World Bank': the 'as' only introduces the post
_CHOSEN_AS = re.compile(r"^(?P<who>[A-Z].*?)\s+be\s+(?P<verb>(?:officially\s+)?(?:selected|chosen|named|appointed|picked|elected))"
                        r"\s+as\s+(?P<post>(?:the\s+|[A-Z]).+)$")


# 'the general classification of cycling's 2011 Tour', 'the Federal Electoral Institute's official count of
# Mexico's … election': first place in a race's overall standing or in an election's official count is
# the win of the race or the election the news reports ('won the Tour', 'declared the winner')
_STANDING_OF = re.compile(r"^(?:the\s+)?(?:(?:[A-Z][\w.-]*\s+){1,4}?[\w.-]*['’]s\s+)?(?:general|overall|official|final)\s+"
                          r"(?:classification|standings?|count|tally|results?)\s+(?:of|in)\s+(?P<contest>.+)$")


def finished_first(body: str) -> str:
    """'X finish first in <contest>' asks 'X win <contest>'."""
    m = _FINISH_FIRST.match(body)
    if not m:
        return body
    standing = _STANDING_OF.match(m.group("contest"))
    return f"{m.group('who')} win {standing.group('contest') if standing else m.group('contest')}"


def chosen_as(body: str) -> str:
    """'X be selected as <post>' asks 'X be selected <post>' (the one selected holds the post)."""
    m = _CHOSEN_AS.match(body)
    return f"{m.group('who')} be {m.group('verb')} {m.group('post')}" if m else body


def read(body: str) -> str:
    """The body with a place or a selection read as the act it asks about."""
    return chosen_as(finished_first(body))
