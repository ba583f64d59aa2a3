"""Words of offices and bodies written two ways (British and American spelling): 'National Security Advisor' in a
question is the 'national security adviser' of a report, 'Secretary of Defense' the 'Defence Secretary'. An actor
goes by each spelling of its name (actors.py), and an object's head noun by each spelling (lexicon.NOUN_FAMILIES),
so a report in the other spelling names the market's office. Only true spelling pairs: words that differ in sense
between countries ('Labour' and 'Labor' name different parties) are not here. Pure."""

from __future__ import annotations

import re

PAIRS = (("adviser", "advisor"), ("advisers", "advisors"), ("counsellor", "counselor"), ("councillor", "councilor"),
         ("defence", "defense"))
_OTHER = {a: b for a, b in PAIRS} | {b: a for a, b in PAIRS}
_WORD = re.compile(r"\b(%s)\b" % "|".join(sorted(_OTHER, key=len, reverse=True)))
# the head nouns' families: each spelling names the other's office
FAMILIES = {w: tuple(sorted({w, o})) for w, o in _OTHER.items() if not w.endswith("s") and w not in ("defence", "defense")}


def variants(name: str) -> set[str]:
    """`name` (lowercase) in the other spelling of each of its office words; empty when it has none."""
    if not any(w in name for w in ("advis", "counsel", "council", "defen")):
        return set()
    other = _WORD.sub(lambda m: _OTHER[m.group(1)], name)
    return {other} if other != name else set()
