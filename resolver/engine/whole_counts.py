"""A whole broken down into parts, one of them the market's own count: 'the cumulative casualties
… have reached 2,636, of which 1,061 are deaths and 1,575 injuries' for a market on a death toll.
The figure before 'of which' / 'of whom' / 'comprising' counts a wider group (the dead and the
injured together); the market's count is the part named with its noun ('1,061 are deaths'), so the
whole is not read against the bar. A part named with another noun ('2,636 deaths, of which 300 were
children') is a subgroup of the market's own count and leaves the whole standing, as does a whole
already named with the market's noun ('the death toll reached 1,600, of which …').

Words of one count ('deaths', 'dead', 'died', 'killed') are data: resolver/data/figures.json
'count_families'."""

from __future__ import annotations

import re

from .packaged import load_json

_FAMILIES: list[frozenset[str]] = [frozenset(f) for f in load_json("figures.json").get("count_families", [])]

# ', of which 1,061 are deaths', ' (of whom 40 died)', ', comprising 300 deaths and …'
_PARTS = re.compile(r"\s*[,(]?\s*(?:of\s+(?:which|whom|these|them)|comprising|consisting\s+of|made\s+up\s+of|"
                    r"broken\s+down\s+into|split\s+into)\s+(?:(?:some|about|around|nearly|at\s+least)\s+)?"
                    r"(?P<n>\d[\d,.]*)\s+(?:(?:are|were|is|was|have|has|had|been|people|persons)\s+){0,2}(?P<noun>[a-z]+)",
                    re.I)


def _counted(question: str, noun: str) -> set[str] | None:
    """The words of the market's count that `noun` names ('deaths' → deaths, dead, died, killed …
    for a death-toll question), or None when the question does not count what `noun` names."""
    words = {w for w in re.findall(r"[a-z]+", question.lower()) if len(w) > 3}
    noun = noun.lower()
    for family in _FAMILIES:
        if noun in family and words & family:
            return set(family)
    if any(len(w) > 4 and noun[:5] == w[:5] for w in words):
        return {noun, *(w for w in words if noun[:5] == w[:5])}
    return None


def _names(counted: set[str], word: str) -> bool:
    word = word.lower()
    return word in counted or any(len(w) > 4 and word[:5] == w[:5] for w in counted)


def whole_of_parts(question: str, text: str, start: int, end: int) -> str | None:
    """The breakdown after the figure at start..end that names the market's count as one of its
    parts ('of which 1,061 are deaths'), when the figure itself is not named with the market's
    noun (right after it, or earlier in its clause); else None."""
    m = _PARTS.match(text, end)
    if not m:
        return None
    counted = _counted(question, m.group("noun"))
    if counted is None:
        return None
    own = re.match(r"\s*([A-Za-z]+)", text[end:m.start("n")])
    if own and _names(counted, own.group(1)):
        return None  # '2,636 deaths, of which 1,061 …': the whole is the market's own count
    clause = re.split(r"[;.]|,\s+(?:and|but|while)\b", text[:start])[-1]
    if any(_names(counted, w) for w in re.findall(r"[A-Za-z]+", clause)):
        return None  # 'the death toll reached 1,600, of which …'
    return " ".join(text[end:m.end()].split()).lstrip(",( ")
