"""A dated retry: the day of the act's next try told right after the words naming it, with no preposition
between ('scrubbed, next attempt Thursday', 'suspended, and is expected to resume next week', 'the next
launch attempt is Sunday'). That day is a new date for the act as much as 'postponed to Thursday' is
(delays.new_date_before): inside the window, the setback does not rule the act out; after it, the act is
scheduled after the deadline (rules/scheduled.py). Words: data/cancellations.json `next_attempt` (the
nouns after 'next') and `retry_verbs` (verbs of trying or taking up again)."""

from __future__ import annotations

import re

from .packaged import load_json

_DATA = load_json("cancellations.json")
_NOUNS = "|".join(sorted(_DATA["next_attempt"], key=len, reverse=True))
_VERBS = "|".join(sorted(_DATA["retry_verbs"], key=len, reverse=True))
# the retry's words, then at most the copula or a scheduling word, right before the date; matched on the
# last 80 characters before the date, so a long sentence costs no more than a short one
_RETRY = re.compile(rf"\b(?:next\s+(?:[a-z-]+\s+)?(?:{_NOUNS})s?|(?:{_VERBS})|(?:try|tries|tried|trying)\s+again)"
                    r"(?:\s+(?:is|was|will\s+be|now|set|scheduled|planned|targeted|expected|slated))*\s*[,:\u2013\u2014-]?\s*$",
                    re.I)
_CHEAP = re.compile(rf"\b(?:next|again|{_VERBS})\b", re.I)


def retry_before(text_before: str) -> bool:
    """The text right before a date ends with words naming the act's next try ('next attempt',
    'expected to resume', 'will try again')."""
    tail = text_before[-80:]
    return bool(_CHEAP.search(tail)) and bool(_RETRY.search(tail))


def retry_in_window(f, deadline) -> bool:
    """The sentence (SentenceFacts f) dates the act's next try after its article's day and by the deadline
    ('called off …, next attempt Thursday' with the deadline on Sunday): the act is still in the window."""
    pub = f.article.published.date()
    return any(s.start.date() > pub and s.ends_by(deadline) and retry_before(f.sent.text[:s.pos]) for s in f.spans)
