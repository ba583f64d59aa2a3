"""A figure told for another place than the market's. A market on a country's figure (its inflation, its
unemployment or growth rate, a candidate's share of the national vote) is not settled by the figure of one of
its regions or cities ('Consumer prices in Tokyo rose 3.1%', 'the unemployment rate climbed to 7.1 per cent in
Ontario', "California's jobless rate", 'won 52.6 percent of the votes in the capital') nor by another country's
('inflation in Germany eased to 2.2%' for the euro area). The place is read where it tells the figure's own
scope: right after the figure (and the noun of what it counts: 'of the vote'), after the statistic's noun
before the figure ('inflation in Tokyo'), or as a possessive on it ("Ontario's jobless rate"). A place is
another only when the engine knows it: a province of the market's country, its capital when the market names
the country, another country, or a generic part ('the capital', 'rural areas'); a name the market itself uses,
the market's country and a place named 'nationwide' are the market's. Only rates and shares (percent figures)
are read: a count of a part may still be read as a floor of the whole."""

from __future__ import annotations

import re
from functools import lru_cache

from .entities import country_of
from .places import _inside, capital_of

# the market's country: the first name or demonym in its question that names a country
_CAPS = re.compile(r"\b(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")
_NAME = r"(?:[A-Z][\w.'’-]*(?:\s+(?:de|do|da|del|of)?\s*[A-Z][\w.'’-]*){0,2})"
# generic parts of a country; each is read only when the market does not use its word
_PART = r"the\s+capital(?:\s+city)?|(?:its\s+|the\s+)?(?:rural|urban)\s+areas|the\s+countryside|(?:the\s+)?big\s+cities"
_REGION = r"(?:the\s+(?:state|province|region|prefecture|county|city|emirate|district)\s+of\s+)?"
# after the figure: 'of the vote(s)', 'of ballots cast', a unit word, then 'in <place>'
_AFTER = re.compile(rf"\s*(?:(?:of\s+(?:the\s+)?(?:total\s+)?(?:valid\s+)?(?:votes?|ballots?)(?:\s+cast)?|per\s*cent|percent|"
                    rf"points?)\s+)?(?i:in)\s+(?:(?P<part>{_PART})\b|{_REGION}(?P<name>{_NAME}))")
# before the figure: the statistic's noun, then 'in <place>' ('inflation in Tokyo', 'the jobless rate in Ontario')
_STAT = r"(?:inflation|prices|CPI|index|unemployment|jobless|rates?|GDP|product|economy|output|growth|votes?|ballots|turnout|payrolls|jobs)"
_BEFORE = re.compile(rf"\b(?i:{_STAT})\s+(?i:in)\s+(?:(?P<part>{_PART})\b|{_REGION}(?P<name>{_NAME}))")
_STAT_NOUN = re.compile(rf"\b(?i:{_STAT})\b")
_OWNER = re.compile(rf"(?P<name>{_NAME})['’]s\s+(?:[\w-]+\s+){{0,3}}?{_STAT}\b")
_NOT_PLACES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "q1", "q2", "q3", "q4", "the"})
_NATIONWIDE = re.compile(r"\b(?:nationwide|nationally|national|countrywide|across\s+the\s+country)\b", re.I)


@lru_cache(maxsize=1024)
def market_country(question: str) -> str | None:
    """The country the market's question names (by its name or demonym; 'Japan's', 'Turkish'), or None."""
    for m in _CAPS.finditer(question):
        words = [re.sub(r"['’]s?$|,$", "", w) for w in m.group(0).split()]
        for k in range(len(words), 0, -1):  # the longest name first: 'United States', 'South Africa'
            for j in range(len(words) - k + 1):
                c = country_of(" ".join(words[j:j + k]))
                if c:
                    return c
    return None


@lru_cache(maxsize=256)
def _capital(country: str) -> frozenset[str]:
    """The names of a country that are its capital's ('tokyo', 'washington'), not the country's own."""
    cap = capital_of(country)
    return frozenset({cap, cap.split(" ")[0]}) if cap else frozenset()


def _other(name: str, country: str, asked: str) -> bool:
    """The place `name` is another than the market's country, and one the engine knows."""
    words = [w for w in name.split() if w.lower() not in _NOT_PLACES]
    if not words or len(words) != len(name.split()):
        return False
    low = name.lower().rstrip(".")
    if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", asked.lower()):
        return False  # a place the market itself names
    if low in _capital(country):
        return True  # the capital city, for a market on the country
    owner = country_of(low)
    if owner is not None:
        return owner != country
    return low in _inside(country)


def other_place(question: str, criteria: str, text: str, start: int, end: int, lo: int) -> str | None:
    """The place the figure at start..end is told for, when it is not the market's country (see the module's
    words). `lo` is where the figure's stretch of the sentence starts. Returns the place's words."""
    country = market_country(question)
    if not country:
        return None
    asked = f"{question} {criteria}"
    own = text[lo:start]
    if _NATIONWIDE.search(text, max(lo, start - 60), min(len(text), end + 30)):
        return None  # 'the national unemployment rate', 'rose 2% nationwide': the country's own figure
    m = _AFTER.match(text, end)
    found = []
    if m:
        found.append(m)
    # the statistic's noun nearest before the figure in its clause (past a figure of a move: 'rose by 0.5 percentage
    # point to 5.4 percent'), when a place follows it
    clause = max(text.rfind(";", 0, start), text.rfind(". ", 0, start)) + 1
    nouns = [n for n in _STAT_NOUN.finditer(text, clause, start) if text[n.start() - 1:n.start()] != "("]  # not '(CPI)'
    before = _BEFORE.match(text, nouns[-1].start()) if nouns else None
    found += [before] if before else []
    for f in found:
        if f.group("part"):
            part = f.group("part")
            if not any(w in asked.lower() for w in re.findall(r"[a-z]+", part.lower()) if w not in ("the", "its", "areas")):
                return part
        elif (name := _known(f.group("name"), country, asked)):
            return name
    owner = list(_OWNER.finditer(own))[-1:]
    return _known(owner[0].group("name"), country, asked) if owner else None


def _known(name: str, country: str, asked: str) -> str | None:
    """The longest first words of `name` that are another place ('California Jobs' in a title-case headline:
    'California')."""
    words = name.split()
    return next((" ".join(words[:k]) for k in range(len(words), 0, -1) if _other(" ".join(words[:k]), country, asked)),
                None)
