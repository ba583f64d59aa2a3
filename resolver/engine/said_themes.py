"""Refusing what was said: an opposite verb ('reject', 'deny') whose theme is a noun of what was said ('Beijing
rejected assertions that the quashing of the $2.4 billion bid … weakened the government's credibility', 'denied
reports', 'rejected calls for …') is no decision on the proposal a market asks about (read by
rules/opposite_outcome.py). A possessive after the noun ('the claims' court') names no words said. Pure."""

from __future__ import annotations

from .text import Sentence

# nouns of what was said: refusing one ('rejected assertions that …', 'denied reports', 'rejected calls for …') is no
# decision on the proposal the market asks about
_SAID = frozenset({"assertion", "assertions", "claim", "claims", "allegation", "allegations", "accusation", "accusations",
                   "report", "reports", "suggestion", "suggestions", "criticism", "criticisms", "speculation", "rumour",
                   "rumours", "rumor", "rumors", "notion", "idea", "calls", "demands", "complaints", "comments", "remarks",
                   "statements", "arguments", "concerns", "fears"})
_THEME_OPENERS = frozenset({"the", "these", "those", "such", "any", "all", "its", "their", "his", "her", "what"})


def said_theme(sent: Sentence, i: int) -> bool:
    """The opposite verb at token i takes a noun of what was said as its theme ('rejected assertions that …')."""
    k = i + 1
    while k < len(sent.tokens) and sent.tokens[k].lower in _THEME_OPENERS:
        k += 1
    return k < len(sent.tokens) and sent.tokens[k].lower in _SAID and \
        not (k + 1 < len(sent.tokens) and sent.tokens[k + 1].lower in ("'s", "’s"))
