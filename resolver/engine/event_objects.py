"""Event objects: for a market whose act takes an event as its object ('hold talks', 'launch an
offering'), whether the object noun names an event — then any past verb of its clause tells that
it happened ('trading soared', 'the talks ended') — or a thing (a satellite, a rocket), whose
clause's past verbs tell of the thing ('The satellite built by Boeing', 'The new satellites are
geared to offer …'), not of the act. Lexicon: frames.json 'event_objects' (README of the key)."""

from __future__ import annotations

from .frames import EVENT_NOUNS, PLANNING_PREDICATES
from .packaged import load_json
from .text import Sentence

_DATA = load_json("frames.json")
EVENT_OBJECTS = frozenset(_DATA["event_objects"]) | EVENT_NOUNS
# participles that tell what an event is for or that it is planned ('aimed at', 'approved fresh elections')
NOT_DONE_PARTICIPLES = frozenset(_DATA["event_objects_not_done"]) | PLANNING_PREDICATES
_BE_PRESENT = frozenset({"is", "are", "am", "'re"})


def names_event(sent: Sentence, i: int) -> bool:
    """The noun at token i names an event ('talks', 'elections', 'the flight'), not a thing."""
    tok = sent.tokens[i]
    return tok.lower in EVENT_OBJECTS or bool(tok.lemmas & EVENT_OBJECTS)


def not_of_the_event(sent: Sentence, j: int, i: int, lemmas: frozenset[str]) -> str | None:
    """Why the past-looking verb at token j, read against the event noun at token i, does not
    tell that the event took place, else None: a purpose or plan ('aimed at', 'approved fresh
    elections'), a present passive or adjective ('are geared to', 'is held every year'), or a
    participle with its agent modifying the noun ('the summit organised by X')."""
    toks = sent.tokens
    if lemmas & NOT_DONE_PARTICIPLES:
        return "purpose or plan"
    k = j - 1
    while k >= 0 and toks[k].lower.endswith("ly") and j - k <= 2:
        k -= 1  # 'are newly geared'
    if k >= 0 and toks[k].lower in _BE_PRESENT:
        return "present passive"
    if j > i and all(t.text == "," for t in toks[i + 1:j]) and j + 1 < len(toks) and toks[j + 1].lower == "by":
        return "reduced relative"
    return None
