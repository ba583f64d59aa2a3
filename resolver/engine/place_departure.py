"""Leaving a place, not an office: 'Will Evo Morales leave Bolivian territory?', 'Will Yahya
Jammeh leave The Gambia?'. The 'leave' act family gathers the ways a holder leaves an office
(resign, quit, step down, dismiss, 'resignation'); for a market whose object is a place (a head
such as 'territory' or 'country', or a country's name) those report another act — 'Bolivian
President Evo Morales Resigns' is not his leaving the country — and only the words of going
away from a place count (frames.json 'place_departure'). Likewise a party coming back to a place
('return to Earth', 'return to work') is not the 'release' family's handing over or putting out
('It was launched in June' is no return): only the words of coming back count ('place_return')."""

from __future__ import annotations

import re

from .act_families import family_key
from .entities import country_of
from .packaged import load_json

_DATA = load_json("frames.json")["place_departure"]
HEADS = frozenset(_DATA["heads"])
VERBS = tuple(_DATA["verbs"])
NOUNS = tuple(_DATA["nouns"])
_RETURN = load_json("frames.json")["place_return"]
RETURN_VERBS = tuple(_RETURN["verbs"])
RETURN_NOUNS = tuple(_RETURN["nouns"])
# 'return to Earth', 'returns home', 'return back to work': the party itself comes back (not 'be
# returned to', a handing over, nor 'return lunar samples to Earth', a thing brought back)
_COMES_BACK = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\breturn(?:s|ed|ing)?\s+(?:to|home|back)\b", re.I)


def asked(act: str | None, object_words: list[str] | tuple[str, ...]) -> bool:
    """The market's act is of the 'leave' family and its object is a place."""
    if not act or family_key(act) != "leave" or not object_words:
        return False
    words = [w.lower().strip(".,") for w in object_words]
    return words[-1] in HEADS or country_of(" ".join(words)) is not None or country_of(words[-1]) is not None


def verbs(act: str) -> list[str]:
    """The act's forms for leaving a place: the question's own verb, then the going-away verbs."""
    return list(dict.fromkeys((act, *VERBS)))


def returns_to_place(act: str | None, question: str) -> bool:
    """The market asks whether a party comes back to a place or an activity ('Will the astronauts
    return to Earth …?', 'return to work'): an intransitive 'return', which the 'release' family's
    words of handing over or putting out (free, hand, launch, 'rollout') do not report."""
    return act == "return" and bool(_COMES_BACK.search(question))


def return_verbs(act: str) -> list[str]:
    """The act's forms for coming back: the question's own verb, then the coming-back verbs."""
    return list(dict.fromkeys((act, *RETURN_VERBS)))
