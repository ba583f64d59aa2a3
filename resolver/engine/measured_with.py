"""A quantity the question sets on the act's manner, told with 'with … of': 'make landfall in the
Bahamas with maximum sustained winds of at least 180 mph', and the same measure a report gives
with the act: 'made landfall … on the Abaco Islands … with sustained winds of 185 mph'. The report
meets the bar, or falls short of it, only when it names the same measure (the same head noun:
'winds') in the same unit right after the act in its sentence; a rough figure ('about', 'up to',
'nearly') or gusts are not the sustained measure and are not read. Pure and deterministic."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"(?P<n>\d[\d,]*(?:\.\d+)?)"
_MEASURE = r"(?P<measure>(?:[a-z-]+\s+){0,2}?[a-z-]+)"
_UNIT = r"\s*(?P<unit>[a-z%]+(?:/[a-z]+)?)\b"
_BAR = re.compile(rf"\bwith\s+(?:an?\s+|the\s+)?{_MEASURE}\s+of\s+(?P<cmp>at\s+least|no\s+less\s+than|more\s+than|over|"
                  rf"above|in\s+excess\s+of|under|below|less\s+than|at\s+most|no\s+more\s+than)\s+{_NUM}{_UNIT}", re.I)
_TOLD = re.compile(rf"\bwith\s+(?:an?\s+|the\s+)?{_MEASURE}\s+of\s+(?P<rough>(?:about|around|roughly|nearly|almost|near|"
                   rf"up\s+to|approximately|some|over|more\s+than|less\s+than|under)\s+)?{_NUM}{_UNIT}", re.I)
_QUALIFIERS = frozenset({"maximum", "max", "peak", "top", "highest"})
_NOT_SAME = frozenset({"gust", "gusts"})
_INCLUSIVE = ("at least", "no less than", "at most", "no more than")
_BELOW = ("under", "below", "less than", "at most", "no more than")
REACH = 160  # characters after the act word within which the report's measure must stand
MET = "the measure reported with the act meets the question's bar"
SHORT = "the measure reported with the act misses the question's bar"


@dataclass(frozen=True)
class Bar:
    head: str
    value: float
    unit: str
    cmp: str
    text: str

    def met_by(self, v: float) -> bool:
        if self.cmp in _BELOW:
            return v <= self.value if self.cmp in _INCLUSIVE else v < self.value
        return v >= self.value if self.cmp in _INCLUSIVE else v > self.value


def _head(measure: str) -> str:
    return measure.lower().split()[-1]


# the measure as the act's own subject or object: 'Will a wind gust of 100 mph or more be recorded …';
# a physical unit only (a rate in percent is a statistic's, read as a threshold)
_OWN_BAR = re.compile(rf"\b(?:an?\s+){_MEASURE}\s+of\s+{_NUM}\s*(?P<unit>mph|km/h|kph|kmh|knots|metres|meters|feet|ft)\b"
                      rf"\s+or\s+(?P<more>more|higher|greater|above|stronger)\b", re.I)
# the report's measure before the act word, as its passive subject: 'a wind gust of 105 mph was recorded'
_TOLD_BEFORE = re.compile(rf"\b(?:an?\s+|the\s+)?{_MEASURE}\s+of\s+(?P<rough>(?:about|around|roughly|nearly|almost|near|"
                          rf"up\s+to|approximately|some|over|more\s+than|less\s+than|under)\s+)?{_NUM}{_UNIT}(?=\s+"
                          rf"(?:was|were|has\s+been|had\s+been)\s+$)", re.I)


def bar(question: str) -> Bar | None:
    """The 'with … of at least N unit' bar the question sets, if any; or 'a … of N unit or more'
    when the measure is the act's own subject or object."""
    m = _BAR.search(question)
    if not m:
        own = _OWN_BAR.search(question)
        if not own:
            return None
        return Bar(_head(own.group("measure")), float(own.group("n").replace(",", "")), own.group("unit").lower(),
                   "at least", " ".join(own.group(0).split()[1:]))
    cmp = " ".join(m.group("cmp").lower().split())
    return Bar(_head(m.group("measure")), float(m.group("n").replace(",", "")), m.group("unit").lower(), cmp,
               " ".join(m.group(0).split()[1:]))


def check(question: str, text: str, act_at: int) -> tuple[str, str] | None:
    """('met' | 'short', why) for the measure told with the act whose word starts at `act_at`;
    None when the question sets no such bar or the sentence gives no clear figure of it."""
    need = bar(question)
    if need is None:
        return None
    before = _TOLD_BEFORE.search(text[max(0, act_at - REACH):act_at]) if not _BAR.search(question) else None
    for m in ([before] if before else []) + list(_TOLD.finditer(text, act_at)):
        if m is not before and m.start() - act_at > REACH:
            return None
        words = m.group("measure").lower().split()
        if _head(m.group("measure")) != need.head or (set(words) & _NOT_SAME and need.head not in _NOT_SAME) or m.group("unit").lower() != need.unit:
            continue
        if m.group("rough"):
            return None
        got = float(m.group("n").replace(",", ""))
        wording = f"'{' '.join(m.group(0).split())}' (the market needs {need.text})"
        return ("met", f"{wording}: {MET}") if need.met_by(got) else ("short", f"{wording}: {SHORT}")
    return None
