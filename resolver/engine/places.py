"""Where the act must happen: the proper place the question locates the act in ('make
landfall on Honshu', 'launch its robotaxi service in Austin'). A report that locates the act
in another proper place and not in the market's ('made landfall in southern Japan' for a
Honshu market; 'near Satsumasendai in southern Kyushu') does not confirm it: the engine does
not know which place lies inside which, so the report is left to the reader."""

from __future__ import annotations

import re

from functools import lru_cache

from countryinfo import CountryInfo

from .entities import aliases_of, country_of
from .lexicon import MONTHS, WEEKDAYS
from .text import Sentence
from .word_class import is_noun

_COMPASS = r"(?:(?:north|south|east|west)(?:ern|east|west|eastern|western)?|central|mainland|coastal)"
_NAME = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*"


def _in_place(article: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:in|on|at|into|over|near|off)\s+(?:the\s+(?:island|city|state|province|region|"
                      rf"prefecture|county)\s+of\s+)?{article}(?:{_COMPASS}\s+)?(?P<name>{_NAME})(?!['’]s)")


_IN_PLACE = _in_place("")
# in a report, a place may take the article ('made landfall … on the Outer Banks'); a question's place
# is read without it ('land on the Moon' names none)
_IN_THE_PLACE = _in_place(r"(?P<the>the\s+)?")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_NOT_PLACES = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"the", "category", "game", "a", "an"}
REACH = 12  # words after the act in which a report locates it
_GOING = frozenset({"return", "arrive", "travel", "fly", "go", "come", "head", "sail", "drive", "flee", "move",
                    "journey", "relocate", "land"})


def _places(text: str, the: bool = False) -> list[str]:
    out = []
    for m in (_IN_THE_PLACE if the else _IN_PLACE).finditer(text):
        words = m.group("name").split()
        cut = next((k for k, w in enumerate(words) if w.lower() in _NOT_PLACES), len(words))
        words = words[:cut]  # 'in Kyushu on Thursday', not 'Kyushu On Thursday'
        if not words or any(w.endswith(("'s", "’s")) for w in words):
            continue  # 'in Canada's April 28 election': a possessive names whose event, not where it is
        name = " ".join(words)
        nxt = _NEXT_WORD.match(text, m.end()) if m.groupdict().get("the") and len(words) == len(m.group("name").split()) \
            else None
        if nxt and is_noun(nxt.group(1)):
            continue  # 'on the Martian surface', 'off the Florida coast': the name modifies a noun
        if name.isupper():
            continue
        out.append(name)
    return out


def located(text: str) -> list[str]:
    """The proper places a text locates something in ('in southwest Florida', 'on the Outer Banks')."""
    return _places(text, the=True)


def of_market(question: str) -> str | None:
    """The one proper place the question locates its act in, or None."""
    found = _places(question)
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=256)
def _inside(place: str) -> frozenset[str]:
    """The provinces of a country the market names ('Kagoshima' is in Japan): a report locating
    the act in one of them locates it in the country."""
    canon = country_of(place)
    if not canon:
        return frozenset()
    try:
        return frozenset(p.lower() for p in CountryInfo(canon).provinces() or () if isinstance(p, str))
    except (KeyError, AttributeError):
        return frozenset()


# a continent is named by its adjective too ('the official European launch … in Oxford Street, London')
_CONTINENT_ADJECTIVES = {"europe": "european", "asia": "asian", "africa": "african", "north america": "north american",
                         "south america": "south american", "latin america": "latin american", "oceania": "oceanian",
                         "australasia": "australasian", "antarctica": "antarctic"}


def _named(place: str, text: str) -> bool:
    names = set(aliases_of(place)) | {place.lower()} | _inside(place)
    names |= {_CONTINENT_ADJECTIVES[place.lower()]} if place.lower() in _CONTINENT_ADJECTIVES else set()
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text, re.I) for n in names)


def names_place(place: str | None, text: str) -> bool:
    """The text names the place (an alias, or a province inside a country the place is)."""
    return bool(place) and _named(place, text)


def other_place(place: str | None, sent: Sentence, i: int, title: str = "") -> str | None:
    """Why the act at token i is located elsewhere than the market's place, or None. When the
    market's place is a country and the article's headline names it, a place that is no
    country ('near Satsumasendai in southern Kyushu' under 'Japan hit by …') is taken as in it."""
    if not place or _named(place, sent.text):
        return None
    toks = sent.tokens
    end = min(len(toks), i + REACH)
    if i + 1 >= end:
        return None
    after = sent.text[toks[i + 1].start:toks[end - 1].start + len(toks[end - 1].text)]
    # a destination right after a verb of going ('returned to Miami'): where the one who went arrived
    # (not a recipient: 'awarded to Americans Victor Ambros')
    dest = None if not toks[i].lemmas & _GOING else re.match(rf"\s+to\s+(?:the\s+)?(?P<name>{_NAME})(?!['’]s)", sent.text[toks[i].start + len(toks[i].text):])
    found = _places(after, the=True) + ([dest.group("name")] if dest and not dest.group("name").isupper() else [])
    others = [p for p in found if not _named(place, p)]
    if country_of(place) and title and _named(place, title):
        others = [p for p in others if country_of(p)]
    if not others:
        return None
    return f"'{toks[i].text}' is located in {others[0]}, not in {place} (the market's place)"
