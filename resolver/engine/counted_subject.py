"""A count that is the act's own subject. 'Will at least 15 million people in the UK have received
a first COVID-19 vaccine dose …?' counts those who do the act, so the count a report gives as the
subject of the act ('a total of 15,062,189 people UK-wide had received a first dose') is the
market's count, though no actor owns it."""

from __future__ import annotations

import re

from .text import Token

# what may stand between the counted noun and the act: its auxiliaries and a short place or
# manner word ('people UK-wide had received', 'children have now received')
_BETWEEN = frozenset({"had", "have", "has", "been", "now", "already", "so", "far", "nationwide", "uk-wide", "in",
                      "total"})
# the question's bar standing before its act: a comparison, a number, the counted noun
_SUBJECT_BAR = re.compile(r"^\s*(?:will\s+)?(?:at\s+least|more\s+than|over|fewer\s+than|less\s+than)\s+[\d,.]+"
                          r"(?:\s+(?:thousand|million|billion))?\s+(?P<noun>[a-z]+)\b", re.I)


def counted_subject(question: str, toks: list[Token], k: int, i: int) -> bool:
    """The question's bar counts its subject ('at least 15 million people … receive'), and the
    number at token k, followed by that noun, is the subject of the act at token i: only
    auxiliaries and a word of place stand between ('15,062,189 people UK-wide had received')."""
    m = _SUBJECT_BAR.match(question)
    if m is None or k + 1 >= i or toks[k + 1].lower != m.group("noun").lower():
        return False
    between = [t.lower for t in toks[k + 2:i]]
    return len(between) <= 3 and all(w in _BETWEEN for w in between)
