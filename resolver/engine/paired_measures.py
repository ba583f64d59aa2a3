"""A figure of the other side of a paired measure (figures.json 'paired_measures'): exports and imports, inflows and
outflows, births and deaths, arrivals and departures are reported side by side ('China's exports in June fell 1.3% …
Imports in June fell 7.3% from a year earlier'). For a market whose question names one side and not the other, a
figure whose stretch (after the last conjunct or sentence break before it) names the other side nearest before it
is that side's figure, not the market's: on main 'Imports … fell 7.3%' crossed a bar on China's exports."""

from __future__ import annotations

import re

from .packaged import load_json

_PAIRS = tuple((tuple(a), tuple(b)) for a, b in load_json("figures.json")["paired_measures"])
_CONJUNCT = re.compile(r";|,?\s+(?:and|while|whereas|but)\b\s*,?|\.\s")


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?![\w-])", re.I)


_COMPILED = tuple((a, b, _pattern(a), _pattern(b)) for a, b in _PAIRS)


def other_side(question: str, text: str, start: int) -> str | None:
    """The word of the pair's other side that names the figure at `start` in `text`, when the question names only
    one side; else None."""
    cut = max((m.end() for m in _CONJUNCT.finditer(text, 0, start)), default=0)
    for _, _, pa, pb in _COMPILED:
        qa, qb = bool(pa.search(question)), bool(pb.search(question))
        if qa == qb:
            continue
        own, other = (pa, pb) if qa else (pb, pa)
        hits = [(m.start(), m.group(), m.re is other) for p in (own, other) for m in p.finditer(text, cut, start)]
        if hits:
            _, word, is_other = max(hits)
            if is_other:
                return word
    return None
