"""A sports side named by its place alone: 'Dallas' for the 'Dallas Mavericks', 'Brisbane' for the 'Brisbane
Lions', 'Los Angeles' for the 'Los Angeles Lakers'. Match reports name a side by its city, state or country ('Dallas
won the NBA Finals on Sunday, beating Miami 105-95'), so the place names the market's candidate (MarketContext.
candidate_pattern; rival_outcome and confirmation read the candidate through it).

Read only when:
- the candidate is one or two capitalised place words and a nickname: a plural ('Mavericks', 'Lions') or one of the
  singular nicknames listed ('Heat', 'Thunder'), not a club's form or a body ('City', 'United', 'Democrats', 'Islands');
- the market writes it with 'the' ('Will the Dallas Mavericks win …'): a side, never a person ('Venus Williams' is
  never shortened to 'Venus'), and the candidate is no country ('the Solomon Islands');
- the market's question or criteria name a sports contest (a league, a final, a cup, a season);
- no other side of the market begins with the same place ('Los Angeles Lakers' and 'Los Angeles Clippers' both
  named: 'Los Angeles' stays ambiguous).

The place counts capitalised as written and not followed by another capitalised word (actors.guarded_alias: 'Dallas
Cowboys' is another side). Word lists are data (`resolver/data/team_places.json`). Pure and cheap: a few anchored
expressions over the market's own text, cached per market."""

from __future__ import annotations

import re
from functools import lru_cache

from .actors import guarded_alias
from .entities import country_of
from .packaged import load_json

_DATA = load_json("team_places.json")
_SINGULAR = frozenset(_DATA["singular_nicknames"])
_NOT_NICKNAMES = frozenset(_DATA["not_nicknames"])
_SPORT = re.compile(r"\b(?:%s)\b" % "|".join(sorted(map(re.escape, _DATA["sport_words"]), key=len, reverse=True)), re.I)
_WORD = re.compile(r"^[A-Z][A-Za-z.'’-]*$")


def _nickname(word: str) -> bool:
    low = word.lower()
    if low in _NOT_NICKNAMES or not word[1:].islower():
        return False
    return low in _SINGULAR or (len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")))


@lru_cache(maxsize=1024)
def place_of(candidate: str, question: str, criteria: str) -> str | None:
    """The candidate's leading place ('Dallas' for 'Dallas Mavericks') when the market names it a sports side by
    that place and a nickname, and no other side of the market by the same place; else None."""
    words = candidate.strip().split()
    if not 2 <= len(words) <= 3 or not all(_WORD.match(w) for w in words) or not _nickname(words[-1]):
        return None
    place = " ".join(words[:-1])
    market = f"{question}\n{criteria}"
    if not re.search(rf"\bthe\s+{re.escape(candidate.strip())}\b", market, re.I) or _SPORT.search(market) is None:
        return None  # a person ('Venus Williams') or no sports contest ('the Sweden Democrats')
    if country_of(candidate.strip()) or country_of(place) and not _SPORT.search(question):
        return None
    for m in re.finditer(rf"\b{re.escape(place)}\s+(?P<next>[A-Z][\w.'’-]*)", market):
        if m.group("next") != words[-1]:
            return None  # another side of the same place named ('Los Angeles Clippers')
    return place

