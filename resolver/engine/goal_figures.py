"""Goal figures: a figure inside a phrase that names a goal before it is the goal set, not a level
reported — 'The U.S. is unlikely to reach President Joe Biden's goal of having 70 percent of adults at
least partially vaccinated by July 4', 'a target of 2 million doses', 'the July 4 vaccination goal to
have 70 per cent of Americans …', 'the aim is to vaccinate 70 percent'. Missing or reaching the goal is
told by the words around the phrase, never by its figure (figure_words.aside reads the goal noun after a
figure: 'its 2% target').

The goal nouns and the verbs of getting that may stand between noun and figure are data
(`resolver/data/figures.json` 'goal_lead_nouns', 'goal_lead_verbs'). Not read for a market whose
question uses the goal noun itself (it asks whether that goal is met, and reads its own figure)."""

from __future__ import annotations

import re

from .packaged import load_json

_WORDS = load_json("figures.json")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NOUNS = _alternation(_WORDS["goal_lead_nouns"])
_VERBS = _alternation(_WORDS["goal_lead_verbs"])
# a bound word before the figure: 'a goal of at least 70%', 'a target of about 2 million'
_BOUND = r"(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|no\s+fewer\s+than|over|under|about|around|" \
         r"roughly|some|nearly|almost|just|up\s+to|a\s+total\s+of|an?\s+(?:additional|extra|further))"
# the goal noun; 'of' / 'to' / 'is (to)' / 'was (to)'; an optional verb of getting (an '-ing' form or a listed
# verb) with an optional determiner; an optional bound word; then the figure (the end of the text before it)
_GOAL_BEFORE = re.compile(
    rf"\b(?P<w>{_NOUNS})\s+(?:of|to|(?:is|was|being|had\s+been|has\s+been)(?:\s+to)?|:)\s+"
    rf"(?:(?:[a-z]+ing|{_VERBS})\s+(?:(?:the|a|an|its|their)\s+)?)?(?:{_BOUND}\s+)?[$€£₹]?$", re.I)
# the cheap test before the pattern: a goal noun in the last words before the figure
_NOUN_SET = frozenset(_WORDS["goal_lead_nouns"])
_REACH = 80  # the goal phrase ends right before the figure: no more than this many characters back


def goal_before(question: str, before: str) -> str | None:
    """The goal phrase that ends right before a figure (`before`: the text up to the figure), making it
    the goal set, not a level reached ("goal of having", 'target of', 'aim is to vaccinate'): its words,
    else None. None when the question uses the goal noun itself."""
    tail = before[-_REACH:]
    lowered = tail.lower()
    if not any(n in lowered for n in _NOUN_SET):
        return None
    m = _GOAL_BEFORE.search(tail)
    if m is None or re.search(rf"\b{re.escape(m.group('w'))}\b", question, re.I):
        return None
    return " ".join(tail[m.start():].split())
