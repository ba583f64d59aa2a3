"""Where the act must happen: the proper place the question locates the act in ('make
landfall on Honshu', 'launch its robotaxi service in Austin'). A report that locates the act
in another proper place and not in the market's ('made landfall in southern Japan' for a
Honshu market; 'near Satsumasendai in southern Kyushu') does not confirm it: the engine does
not know which place lies inside which, so the report is left to the reader."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from countryinfo import CountryInfo

from . import act_places
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
# a possessive place before a noun of geography locates in the owner ('made landfall on Taiwan's eastern
# coast', 'in Japan's south'); before any other noun it names whose thing it is ('in Canada's April 28 election')
_GEO_AFTER = re.compile(rf"\s+(?:(?:far\s+)?{_COMPASS}\s+)?(?P<geo>coast|coastline|shores?|mainland|islands?|provinces?|"
                        r"regions?|prefectures?|states?|count(?:y|ies)|border|outskirts|interior|heartland|capital|north|"
                        r"south|east|west|north-?east|north-?west|south-?east|south-?west)\b")
REACH = 12  # words after the act in which a report locates it
_GOING = frozenset({"return", "arrive", "travel", "fly", "go", "come", "head", "sail", "drive", "flee", "move",
                    "journey", "relocate", "land"})


def _places(text: str, the: bool = False) -> list[str]:
    out = []
    for m in (_IN_THE_PLACE if the else _IN_PLACE).finditer(text):
        words = m.group("name").split()
        cut = next((k for k, w in enumerate(words) if w.lower() in _NOT_PLACES), len(words))
        words = words[:cut]  # 'in Kyushu on Thursday', not 'Kyushu On Thursday'
        if words and cut == len(m.group("name").split()) and words[-1].endswith(("'s", "’s")) \
                and not any(w.endswith(("'s", "’s")) for w in words[:-1]) and (geo := _GEO_AFTER.match(text, m.end())):
            owner = " ".join(words)[:-2]
            out.append(_capital(owner) or owner if geo.group("geo") == "capital" else owner)
            continue  # 'on Taiwan's eastern coast': in Taiwan; "in China's capital": in Beijing
        if not words or any(w.endswith(("'s", "’s")) for w in words):
            continue  # 'in Canada's April 28 election': a possessive names whose event, not where it is
        name = " ".join(words)
        nxt = _NEXT_WORD.match(text, m.end()) if m.groupdict().get("the") and len(words) == len(m.group("name").split()) \
            else None
        if nxt and is_noun(nxt.group(1)):
            continue  # 'on the Martian surface', 'off the Florida coast': the name modifies a noun
        if name.isupper() or all(w.lower() in _OCCASION_WORDS for w in words):
            continue  # 'at the Olympics', 'at the World Cup': an occasion named by no place
        out.append(name)
    return out


# words of an occasion's name that name no place ('at the Olympics', 'at the Summer Games')
_OCCASION_WORDS = frozenset({"olympics", "olympic", "games", "paralympics", "paralympic", "summer", "winter", "world", "cup",
                             "championships", "championship", "marathon", "summit", "expo", "grand", "prix"})
# a question's occasion named by its place: 'at the Tokyo Olympics', 'at the 2023 London Marathon'
_PLACE_OCCASION = re.compile(r"\b(?:at|in)\s+the\s+(?:(?:19|20)\d\d\s+)?(?P<name>[A-Z][a-z]+)\s+(?:Summer\s+|Winter\s+)?"
                             r"(?:Olympics|Olympic\s+Games|Paralympics|Games|Marathon|Expo)\b")


def located(text: str) -> list[str]:
    """The proper places a text locates something in ('in southwest Florida', 'on the Outer Banks')."""
    return _places(text, the=True)


# a labour dispute or a workforce 'at' a name: the name is its employer, not a place ('the UAW strike at Mack Trucks')
_EMPLOYED = r"\b(?:strikes?|walkouts?|lockouts?|stoppages?|workers|employees|staff|unions?)"


def of_market(question: str) -> str | None:
    """The one proper place the question locates its act in, or None."""
    found = [p for p in _places(question) if not re.search(rf"{_EMPLOYED}\s+at\s+(?:the\s+)?{re.escape(p)}\b", question, re.I)]
    if not found:
        # the occasion's place, when the engine knows it for one ('the Tokyo Olympics': a capital)
        found = [m.group("name") for m in _PLACE_OCCASION.finditer(question) if country_of(m.group("name"))]
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=256)
def _capital(place: str) -> str | None:
    """The capital of the country `place` names by its own name ('China' → 'Beijing'), else None."""
    canon = country_of(place)
    if not canon or place.lower() not in (canon, *(n for n in aliases_of(canon) if n != capital_of(canon))):
        return None
    return capital_of(canon) or None


@lru_cache(maxsize=256)
def capital_of(canon: str) -> str:
    """The capital of a country by its canonical name, lowercase (countryinfo), else "" (shared by
    figure_places.py)."""
    try:
        cap = CountryInfo(canon).capital()
    except (KeyError, AttributeError, TypeError):
        return ""
    return cap.lower() if isinstance(cap, str) else ""


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


@lru_cache(maxsize=256)
def _names_of(place: str) -> re.Pattern[str]:
    """One pattern of every name of the place (see _named)."""
    canon = country_of(place)
    if canon and place.lower() == capital_of(canon):
        # a capital city: the country's names (and its demonym) do not name the city ('Chinese President Xi
        # Jinping' is no report from Beijing)
        names = {place.lower()}
    else:
        names = set(aliases_of(place)) | {place.lower()} | _inside(place)
    names |= {_CONTINENT_ADJECTIVES[place.lower()]} if place.lower() in _CONTINENT_ADJECTIVES else set()
    alternatives = "|".join(re.escape(n) for n in sorted({_fold(n) for n in names}, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)


def _fold(text: str) -> str:
    """The text without diacritics ('Grindavík' → 'Grindavik'), the same length when it has none."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _named(place: str, text: str) -> bool:
    return bool(_names_of(_fold(place)).search(_fold(text)))


def names_place(place: str | None, text: str) -> bool:
    """The text names the place (an alias, or a province inside a country the place is)."""
    return bool(place) and _named(place, text)


def other_place(place: str | None, sent: Sentence, i: int, title: str = "", market_text: str = "") -> str | None:
    """Why the act at token i is located elsewhere than the market's place, or None. When the
    market's place is a country and the article's headline names it, a place that is no
    country ('near Satsumasendai in southern Kyushu' under 'Japan hit by …') is taken as in it.
    A place far from the act word that the market's own words name (`market_text`: its question and
    criteria, 'in Kazan, Russia') is taken as the one holding the market's place."""
    if not place or _named(place, sent.text):
        return None
    toks = sent.tokens
    end = min(len(toks), i + REACH)
    after = sent.text[toks[i + 1].start:toks[end - 1].start + len(toks[end - 1].text)] if i + 1 < end else ""
    # a destination right after a verb of going ('returned to Miami'): where the one who went arrived
    # (not a recipient: 'awarded to Americans Victor Ambros')
    dest = None if not toks[i].lemmas & _GOING else re.match(rf"\s+(?:(?:back|home|safely|again)\s+)?to\s+(?:the\s+|(?:his|her|their|its)\s+(?:native|home)\s+)?"
                                                              rf"(?P<name>{_NAME})(?!['’]s)", sent.text[toks[i].start + len(toks[i].text):])
    found = _places(after, the=True) + ([dest.group("name")] if dest and not dest.group("name").isupper() else []) \
        + act_places.before(sent, i) + act_places.headline_after(sent, after)
    # a known place far from the act word, unless the market's own words name it ('in Kazan, Russia')
    far = [p for p in act_places.anywhere(place, sent, located)
           if not (market_text and re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", market_text))]
    others = [p for p in dict.fromkeys(found + far) if not _named(place, p)]
    if country_of(place) and title and _named(place, title):
        others = [p for p in others if country_of(p)]
    if not others:
        return None
    return f"'{toks[i].text}' is located in {others[0]}, not in {place} (the market's place)"
