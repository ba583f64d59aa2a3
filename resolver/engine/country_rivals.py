"""A country named as the one chosen, for a market on a place inside some country: 'A six-party consortium
chose France as the site' rules out 'Japan's Rokkasho' (a site in another country), but says nothing against
'Cadarache', whose country the market does not name (France may hold it). A named country is another party
(rival_outcome) only when the candidate's own country is known, from the candidate itself ('Qatar'), its
possessive owner in the question ("Japan's Rokkasho") or a country after it ('Osaka, Japan'), and differs.
Read only for a market on a place chosen (its role a site, venue or host: 'be chosen as the site of the ITER
fusion reactor', 'host the 2030 World Cup'): for a club or a runner, 'Monaco' or 'Kenya' names a side, not a
place that may hold the candidate."""

from __future__ import annotations

import re

from .entities import country_of


def _is_country(name: str) -> str | None:
    """The canonical country a name is, when the name is a country's own name (not a capital or a
    demonym: 'Paris' is a city, not France)."""
    low = name.strip().lower()
    canon = country_of(low)
    return canon if canon and (canon == low or low.removeprefix("the ") == canon) else None


def candidate_country(candidate: str, question: str, criteria: str) -> str | None:
    """The candidate's country: the candidate itself, its possessive owner ("Japan's Rokkasho") or the
    country after it and a comma ('Rokkasho, Japan'), in the candidate's words, the question or criteria."""
    if not candidate:
        return None
    if own := _is_country(candidate):
        return own
    words = candidate.split()
    if len(words) > 1 and words[0].endswith(("'s", "’s")) and (own := _is_country(words[0][:-2])):
        return own
    bare = re.escape(words[-1] if words[0].endswith(("'s", "’s")) else candidate)
    for text in (question, criteria or ""):
        for m in re.finditer(rf"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})['’]s\s+{bare}\b", text):
            if own := _is_country(m.group(1)):
                return own
        for m in re.finditer(rf"\b{bare},\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})", text):
            for k in range(len(m.group(1).split()), 0, -1):  # 'Rokkasho, Japan, as the site'
                if own := _is_country(" ".join(m.group(1).split()[:k]).rstrip(",.")):
                    return own
    return None


# the roles of a place chosen (the market's role word, derive.py)
_PLACE_ROLES = frozenset({"site", "sites", "venue", "venues", "host", "hosts", "location", "home", "headquarters", "seat",
                          "base", "capital"})
_HOSTING = re.compile(r"host(?:s|ed|ing)?", re.I)


def may_hold(name: str, candidate: str, question: str, criteria: str, role: str | None = None) -> bool:
    """The rival `name` is a country that may hold the candidate, a place chosen: its country is not known
    to be another. False for a market on another kind of role (a club's title, a race)."""
    if "," in name or not ((role or "").lower() in _PLACE_ROLES or _HOSTING.search(question)):
        return False
    if not (named := _is_country(name)):
        return False
    own = candidate_country(candidate, question, criteria)
    return own is None or own == named
