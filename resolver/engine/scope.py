"""Who the act must reach: a market that asks for the act for everyone ('for everyone aged 12
and older', 'to the general public, without invitation', 'without restriction') is not settled
by a report of the act for a limited audience ('approval for use only in adults 65 and older',
'deployed a small group of taxis', 'invite-only'). Such a report is a partial completion: it
neither confirms the market nor, by itself, rules it out."""

from __future__ import annotations

from functools import lru_cache

import re

from .text import Sentence

# The question or criteria demand the act for all of its audience.
_UNIVERSAL = re.compile(
    r"\b(?:everyone|everybody|anyone|general\s+public|any\s+member\s+of\s+the\s+public|"
    r"all\s+(?:individuals|people|persons|users|customers|adults|ages|residents|citizens|patients|riders|consumers)|"
    r"without\s+(?:any\s+)?(?:restrictions?|invitations?|limitations?|an\s+invitation)|unrestricted|"
    r"(?:limited|restricted)\s+to\b[^.]{0,80}\b(?:does|do)\s+not\s+count|"
    r"(?:invite|invitation)-only\b[^.]{0,80}\b(?:does|do)\s+not\s+count)", re.I)

# A report that limits who the act reaches. 'only' counts when it restricts a following
# phrase ('for use only in adults'), not in 'the only', 'not only' or 'only days after'.
_RESTRICTED = re.compile(
    r"\b(?:(?<!the\s)(?<!not\s)(?<!an\s)(?<!its\s)(?<!their\s)only\s+(?:for|in|to|among|with|by|at|those|people|"
    r"adults|patients|users|customers|residents|invited|select|certain|some|a\s+(?:few|small|limited|handful))|"
    r"(?:limited|restricted)\s+to|with\s+(?:unusual\s+|strict\s+|some\s+|new\s+)?restrictions|"
    r"invite-only|invitation-only|by\s+invitation|invited\s+(?:users|riders|customers|guests|participants)|"
    r"(?:a\s+)?(?:small|limited|select)\s+(?:group|number|set|pool)\s+of|early[- ]access|"
    r"high-risk|at\s+increased\s+risk|underlying\s+(?:health\s+)?conditions?)", re.I)


@lru_cache(maxsize=1024)  # a pure reading of the market's or article's text, asked of every sentence
def universal(question: str, criteria: str) -> bool:
    """The market asks for the act for everyone in its audience."""
    return bool(_UNIVERSAL.search(question) or _UNIVERSAL.search(criteria or ""))


def restriction(sent: Sentence) -> str | None:
    """The wording in a sentence that limits who the act reaches, or None."""
    m = _RESTRICTED.search(sent.text)
    return m.group(0) if m else None
