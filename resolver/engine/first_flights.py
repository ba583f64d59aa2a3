"""An aircraft's first flight ('Will the Airbus A400M make its maiden flight by …?'). The question's
event noun makes the act launching (frames.json 'question_nouns'), but reports tell a first flight in
the flight's own words: 'took its maiden flight', 'took off from Wichita … for the first time', 'the
first flight was delayed again'. For such a market those words report the act too, and the act's
clause must name the first flight's qualifier, in any of its words ('first', 'maiden', 'inaugural'),
so a later flight, a test taxi or a rollout confirms nothing; a plan ('was set to fly … for the first
time'), a delay and the rest are read by the rules as for any act. A question naming a rocket or a
spacecraft keeps its launch words alone, and one naming a route ('its inaugural flight to Nuuk') is
not read here: another route's first flight would be told the same way (data: frames.json
'first_flights')."""

from __future__ import annotations

import re

from .packaged import load_json
from .types import Target

_DATA = load_json("frames.json")["first_flights"]
VERBS: tuple[str, ...] = tuple(_DATA["verbs"])
NOUNS: tuple[str, ...] = tuple(_DATA["nouns"])
PHRASES: tuple[str, ...] = tuple(_DATA["phrases"])
QUALIFIERS: tuple[str, ...] = tuple(_DATA["qualifiers"])
_NOT_AIRCRAFT = frozenset(_DATA["not_aircraft"])

_QUALIFIER = "|".join(QUALIFIERS)
# 'make its first flight', 'complete its maiden test flight': a support verb carrying the flight, the
# qualifier before it; not followed by a route ('its inaugural flight to Nuuk', 'from Newark')
_ASKED = re.compile(rf"\b(?:make|complete|conduct|perform|undertake)\s+(?:its|their|the|his|her)\s+"
                    rf"(?:[\w-]+\s+)?(?:{_QUALIFIER})\s+(?:test\s+)?flight\b(?!\s+(?:to|from|between|into)\b)", re.I)


def asked(question: str, target: Target) -> bool:
    """The market asks for an aircraft's first flight, read as launching from the question's noun."""
    if target.kind != "event" or target.act != "launch" or not _ASKED.search(question):
        return False  # the cheap test first: most questions stop at the act
    return not set(re.findall(r"[a-z]+", question.lower())) & _NOT_AIRCRAFT


def widened(target: Target) -> Target:
    """The target with the first flight's qualifier in any of its words: a report must name one. A
    flight has no object: the noun the question puts after the craft's name ('the Airbus A400M military
    transport') is its kind, and reports name the craft ('The Airbus A400M … took its maiden flight'),
    so with a craft named the act and the name suffice."""
    update: dict = {"complement_terms": list(QUALIFIERS)}
    if target.actors:
        update.update(object=None, object_terms=[])
    return target.model_copy(update=update)
