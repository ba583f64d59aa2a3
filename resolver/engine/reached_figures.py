"""A level the market names with its act, and another level the report gives as the act's own
object. 'Will the reservoir reach its 175-meter maximum water level': 'The water level … reached
164.59 meters on Sunday' reports the act done on a lower level of the same measure, not on the
market's; it confirms nothing. Read only when the figure stands right after the act word (its
direct object: 'reached 164.59 meters', 'hit a 30-foot crest') in a unit the question also gives a
figure in; a figure at or above the market's is left to the other readings (reaching more has
reached it). Pure."""

from __future__ import annotations

import re
from functools import lru_cache

from .text import Sentence

# units of length, height, depth and distance a level is told in, by their normal form
_UNITS = {"meter": "meter", "meters": "meter", "metre": "meter", "metres": "meter", "m": "meter",
          "foot": "foot", "feet": "foot", "ft": "foot", "kilometer": "km", "kilometers": "km", "kilometre": "km",
          "kilometres": "km", "km": "km", "mile": "mile", "miles": "mile", "inch": "inch", "inches": "inch",
          "centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm", "cm": "cm"}
_UNIT = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
_FIGURE = re.compile(rf"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)(?:\s+|-)({_UNIT})\b", re.I)
# the figure as the act's direct object: 'reached 164.59 meters', 'hit a 30-foot', 'rose to 172 m'
_OBJECT = re.compile(rf"^\s+(?:to\s+)?(?:an?\s+|only\s+|just\s+|about\s+|around\s+|nearly\s+|almost\s+)?"
                     rf"(\d[\d,]*(?:\.\d+)?)(?:\s+|-)({_UNIT})\b", re.I)
_OR_MORE = re.compile(r"\b(?:at\s+least|or\s+(?:more|higher|above))\b", re.I)


@lru_cache(maxsize=256)
def asked(question: str) -> tuple[tuple[float, str], ...]:
    """The (figure, unit) levels the question names ('its 175-meter maximum water level')."""
    return tuple((float(m.group(1).replace(",", "")), _UNITS[m.group(2).lower()]) for m in _FIGURE.finditer(question))


def lower_level(question: str, sent: Sentence, i: int) -> str | None:
    """Why the act at token i is done on another level than the market's: its direct object is a
    figure in a unit the question names a figure in, below every such figure of the question."""
    wanted = asked(question)
    if not wanted or _OR_MORE.search(question):
        return None
    tok = sent.tokens[i]
    m = _OBJECT.match(sent.text[tok.start + len(tok.text):])
    if m is None:
        return None
    got, unit = float(m.group(1).replace(",", "")), _UNITS[m.group(2).lower()]
    bars = [n for n, u in wanted if u == unit]
    if not bars or got >= min(bars):
        return None
    return f"'{tok.text} {m.group(1)} {m.group(2)}': a lower level than the market's {min(bars):g} {unit}s"


__all__ = ["asked", "lower_level"]
