"""A caretaker capacity counted as holding the office: 'Will Mark Rutte remain Prime Minister of the
Netherlands, including in a caretaker capacity, through …?', 'Serving as caretaker … after a
government collapse counts as holding the office'. Under such a market a resignation, a government's
collapse or fall ends no tenure: in a parliamentary system the holder stays in office as caretaker
(or acting) until a successor takes over, so only a successor, a removal or the holder's leaving
the office outright ends it. Read by rules/state_ended.py. Pure; word shapes only."""

from __future__ import annotations

import re

from .text import lemmas_of

# the market's words making a caretaker (or acting, or demissionary) capacity count
_COUNTED = re.compile(r"\b(?:including|includes|include)\s+(?:in\s+|as\s+)?(?:an?\s+)?(?:caretaker|acting|interim|demission\w*)\b"
                      r"|\b(?:caretaker|acting|interim|demission\w*)\b[^.]{0,80}?\b(?:counts?|count\s+as|is\s+counted|"
                      r"qualif\w+|will\s+be\s+considered)\b", re.I)
_NOT_COUNTED = re.compile(r"\b(?:caretaker|acting|interim)\b[^.]{0,60}?\b(?:(?:does\s+not|doesn't|will\s+not|won't)\s+count"
                          r"|counts?\s+as\s+(?:no\s+longer|not|out\s+of|having\s+(?:left|resigned|ended)|(?:resigning|leaving|quitting|an?\s+"
                          r"(?:resignation|exit|departure)))"
                          r"|(?:is|are)\s+(?:not\s+counted|treated\s+as\s+(?:no\s+longer|not|out)))", re.I)
# endings after which the holder stays on as caretaker: a resignation, a cabinet's collapse or fall
CARETAKER_ENDINGS = frozenset({"resign", "resignation", "collapse", "fall", "quit", "dissolve", "topple"})


def counts(question: str, criteria: str) -> bool:
    """The market counts a caretaker capacity as holding the office."""
    text = f"{question} {criteria}"
    return bool(_COUNTED.search(text)) and not _NOT_COUNTED.search(text)


def leaves_caretaker(wording: str) -> bool:
    """The ending's words are one after which the holder stays on as caretaker ('resigns', 'collapsed',
    'announced … resignation')."""
    words = re.findall(r"[a-z]+", wording.lower())
    return any(lemmas_of(w) & CARETAKER_ENDINGS or w in CARETAKER_ENDINGS for w in words)
