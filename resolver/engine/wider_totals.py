"""A figure told for a wider whole than the place a market counts in: for a market on one
place's count ('Will the U.S. death toll from Hurricane Sandy exceed 100', with 'Deaths outside
the United States do not count'; "Mexico's official death toll", 'the death toll from Hurricane
Matthew in Haiti'), a figure the sentence calls the overall, worldwide or global total ('bringing
the storm's overall death toll to 157, with 67 dead in the Caribbean'), or places over a wider
scope than the market's country ('killed more than 550 people across the Caribbean and the United
States', 'across eight countries', 'from Jamaica to New York', 'in Haiti, Cuba and the Bahamas')
holds other places' counts too: it is not the market's figure, on either side of the bar. A
market with no place of its own ('the official death toll from Hurricane Katrina') reads the
overall toll as its own; a region or country the market itself names ('deaths from Hurricane
Mitch in Central America') is its own scope. Read by the threshold_crossed rule. Pure and
deterministic."""

from __future__ import annotations

import re
from functools import lru_cache

from .entities import country_of

# the market counts in one place only: its criteria leave out what happened outside it
_PLACE_ONLY = re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?[A-Z][\w.]*", re.M)
# the figure named a wider whole's, right before it in its stretch: 'the overall death toll to',
# 'a worldwide total of', 'global deaths reached'
_WIDER = re.compile(r"\b(?:overall|worldwide|global|world-wide|region-wide|regionwide)\s+(?:[a-z-]+\s+){0,2}?"
                    r"(?:toll|total|tally|count|number|deaths|cases|figure)\b", re.I)
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,2}"
# a place named as the scope of the market's count: "Mexico's official death toll", 'the U.S. death toll',
# 'death toll in the Philippines', 'the death toll from Hurricane Matthew in Haiti'
_OWN_PLACE = re.compile(rf"(?P<a>{_NAME})(?:'s|’s)?\s+(?:[a-z-]+\s+){{0,2}}?(?:death\s+toll|deaths|toll)\b"
                        rf"|\b(?:in|across)\s+(?:the\s+)?(?P<b>{_NAME})")
# a scope of several countries or a region: 'across eight countries', 'across the Caribbean', 'across Asia'
_COUNT_WORDS = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|many|a\s+dozen|a\s+number\s+of"
_REGIONS = (r"(?:the\s+)?(?:wider\s+)?(?P<r>Caribbean|Asia|Europe|Africa|Americas|(?:Latin|Central|North|South)\s+America|"
            r"(?:Southeast|South|East|Central|West)\s+Asia|(?:West|East|Southern|North|Central)\s+Africa|Middle\s+East|"
            r"Pacific|Balkans|Sahel)\b")
_SCOPE = re.compile(rf"\b(?:across|throughout|in|over)\s+(?:(?:at\s+least\s+)?(?P<n>{_COUNT_WORDS})\s+(?:countries|nations)\b"
                    rf"|{_REGIONS})")
# a list or a range of places: 'in Haiti, Cuba and the Bahamas', 'from Jamaica to New York'
_LIST = re.compile(rf"\b(?:in|across|throughout)\s+(?:the\s+)?(?P<first>{_NAME})(?P<rest>(?:\s*,\s*(?:and\s+)?(?:the\s+)?"
                   rf"{_NAME})*\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?{_NAME})")
# the toll's noun right before its scope: "Sandy's death toll across …", 'the number of deaths attributed to Sandy across'
_TOLL_NOUN = re.compile(r"\b(?:toll|tally|deaths|dead|killed|count|total)\b(?:\s+[\w'’]+){0,3}\s*$", re.I)
# country names that are also a region's or a person's ('Georgia' for a U.S. state)
_AMBIGUOUS = frozenset({"georgia", "jordan", "chad"})
_RANGE = re.compile(rf"\bfrom\s+(?:the\s+)?(?P<first>{_NAME})\s+to\s+(?:the\s+)?(?P<rest>{_NAME})")


def _country(name: str) -> str | None:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return country_of(name) or country_of(name + "s")  # 'Philippine' for the Philippines


@lru_cache(maxsize=256)
def _own_countries(question: str) -> frozenset[str]:
    """The countries the question scopes its count to ('U.S.', "Mexico's", 'in Haiti')."""
    return frozenset(c for m in _OWN_PLACE.finditer(question) for c in (_country(m.group("a") or m.group("b") or ""),) if c)


@lru_cache(maxsize=256)
def place_only(question: str, criteria: str) -> bool:
    """The market counts in one place: 'Deaths outside the United States do not count'."""
    return bool(_PLACE_ONLY.search(f"{question}\n{criteria}"))


def wider_total(question: str, criteria: str, before: str) -> str | None:
    """The words calling a figure a wider whole's ('overall death toll'), read in `before`: the
    figure's stretch of its sentence up to the figure (from the figure before it); None when the
    market counts in no one place or the stretch names no wider whole."""
    if not place_only(question, criteria or ""):
        return None
    m = None
    for m in _WIDER.finditer(before):
        pass
    return m.group(0) if m else None


def _scoping(text: str, m: re.Match[str], start: int, end: int) -> bool:
    """The place phrase `m` is the figure's own scope: right after it ('killed 550 people across the Caribbean'),
    or after the toll's noun before it ("Sandy's death toll across the Caribbean … climbed to 160")."""
    if m.start() >= end:  # not past a clause break: 'rose to 110, while across the Caribbean 69 died'
        return m.start() - end <= 30 and not re.search(r"[,;:]|\b(?:while|whereas|but)\b", text[end:m.start()])
    return m.end() <= start and bool(_TOLL_NOUN.search(text, max(0, m.start() - 50), m.start()))


def wider_scope(question: str, criteria: str, text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """The words placing the figure at [start, end) over a wider scope than the one country the market counts in,
    read in its stretch `lo`..`hi` of `text` as the figure's own scope (_scoping): several countries, a region the
    market does not name, or a list or range of places naming another country."""
    own = _own_countries(question)
    if not own or not ("toll" in question.lower() or "death" in question.lower()):
        return None
    asked = f"{question}\n{criteria}".lower()
    for m in _SCOPE.finditer(text, lo, hi):
        region = m.group("r")
        if (region is None or region.lower() not in asked) and _scoping(text, m, start, end):
            return m.group(0)
    for m in (*_LIST.finditer(text, lo, hi), *_RANGE.finditer(text, lo, hi)):
        names = [m.group("first"), *re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as)\s+|^\s*,?\s*", m.group("rest"))]
        countries = {_country(n) for n in names if n.strip()} - {None}
        if countries - own - _AMBIGUOUS and _scoping(text, m, start, end):
            return m.group(0)
    return None


def wider(question: str, criteria: str, text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """The words telling the figure at [start, end) (its stretch `lo`..`hi` of `text`) as a wider whole's than the
    market's one place: wider_total before it, or wider_scope as the figure's own scope."""
    return wider_total(question, criteria, text[lo:start]) or wider_scope(question, criteria, text, start, end, lo, hi)
