"""Leaving a place, not an office: 'Will Evo Morales leave Bolivian territory?', 'Will Yahya
Jammeh leave The Gambia?'. The 'leave' act family gathers the ways a holder leaves an office
(resign, quit, step down, dismiss, 'resignation'); for a market whose object is a place (a head
such as 'territory' or 'country', or a country's name) those report another act — 'Bolivian
President Evo Morales Resigns' is not his leaving the country — and only the words of going
away from a place count (frames.json 'place_departure')."""

from __future__ import annotations

from .act_families import family_key
from .entities import country_of
from .packaged import load_json

_DATA = load_json("frames.json")["place_departure"]
HEADS = frozenset(_DATA["heads"])
VERBS = tuple(_DATA["verbs"])
NOUNS = tuple(_DATA["nouns"])


def asked(act: str | None, object_words: list[str] | tuple[str, ...]) -> bool:
    """The market's act is of the 'leave' family and its object is a place."""
    if not act or family_key(act) != "leave" or not object_words:
        return False
    words = [w.lower().strip(".,") for w in object_words]
    return words[-1] in HEADS or country_of(" ".join(words)) is not None or country_of(words[-1]) is not None


def verbs(act: str) -> list[str]:
    """The act's forms for leaving a place: the question's own verb, then the going-away verbs."""
    return list(dict.fromkeys((act, *VERBS)))
