"""A quantity the question sets on the act's manner, told with 'with … of': 'make landfall in the
Bahamas with maximum sustained winds of at least 180 mph', and the same measure a report gives
with the act: 'made landfall … on the Abaco Islands … with sustained winds of 185 mph'. The report
meets the bar, or falls short of it, only when it names the same measure (the same head noun:
'winds') in the same unit right after the act in its sentence; a rough figure ('about', 'up to',
'nearly') or gusts are not the sustained measure and are not read. A hurricane's category told with the act ('made landfall … at Category 5
intensity') gives its sustained winds' range on the Saffir-Simpson scale, which settles a bar in
mph, knots or km/h when the whole range lies on one side of it. Pure and deterministic."""

from __future__ import annotations

from functools import lru_cache

import re
from dataclasses import dataclass

_NUM = r"(?P<n>\d[\d,]*(?:\.\d+)?)"
_MEASURE = r"(?P<measure>(?:[a-z-]+\s+){0,2}?[a-z-]+)"
_UNIT = r"\s*(?P<unit>[a-z%]+(?:/[a-z]+)?)\b"
_BAR = re.compile(rf"\bwith\s+(?:an?\s+|the\s+)?{_MEASURE}\s+of\s+(?P<cmp>at\s+least|no\s+less\s+than|more\s+than|over|"
                  rf"above|in\s+excess\s+of|under|below|less\s+than|at\s+most|no\s+more\s+than)\s+{_NUM}{_UNIT}", re.I)
# the bar written after the figure: 'make landfall in Florida with maximum sustained winds of 155 mph or higher'
_BAR_AFTER = re.compile(rf"\bwith\s+(?:an?\s+|the\s+)?{_MEASURE}\s+of\s+{_NUM}{_UNIT}\s+or\s+"
                        rf"(?P<side>more|higher|greater|above|stronger|faster|less|lower|below|fewer|weaker|slower)\b", re.I)
_AFTER_CMP = {"more": "at least", "higher": "at least", "greater": "at least", "above": "at least",
              "stronger": "at least", "faster": "at least", "less": "at most", "lower": "at most", "below": "at most",
              "fewer": "at most", "weaker": "at most", "slower": "at most"}
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


# the measure the subject has at the moment of the act: 'have maximum sustained winds of at least 157
# mph when it makes landfall' (shapes.measured_when reads the act)
_HAVE_BAR = re.compile(rf"\bhave\s+(?:an?\s+|the\s+)?{_MEASURE}\s+of\s+(?P<cmp>at\s+least|more\s+than|over|above|under|"
                       rf"below|less\s+than|at\s+most)\s+{_NUM}{_UNIT}(?=\s+(?:when|as)\s+(?:it|they|he|she)\b)", re.I)


@lru_cache(maxsize=1024)  # a pure reading of the market's or article's text, asked of every sentence
def bar(question: str) -> Bar | None:
    """The 'with … of at least N unit' bar the question sets, if any ('have … of at least N unit
    when it …' and 'with … of N unit or higher' too); or 'a … of N unit or more' when the measure is the act's own subject or object."""
    m = _BAR.search(question) or _HAVE_BAR.search(question)
    after = _BAR_AFTER.search(question) if not m else None
    if after:
        return Bar(_head(after.group("measure")), float(after.group("n").replace(",", "")), after.group("unit").lower(),
                   _AFTER_CMP[after.group("side").lower()], " ".join(after.group(0).split()[1:]))
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
    before = _TOLD_BEFORE.search(text[max(0, act_at - REACH):act_at]) if not (_BAR.search(question) or _BAR_AFTER.search(question)) else None
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
    return _by_category(need, text, act_at)


# the Saffir-Simpson scale: a hurricane category's range of maximum sustained winds, by unit
_CATEGORY_WINDS = {
    "mph": {1: (74, 95), 2: (96, 110), 3: (111, 129), 4: (130, 156), 5: (157, float("inf"))},
    "knots": {1: (64, 82), 2: (83, 95), 3: (96, 112), 4: (113, 136), 5: (137, float("inf"))},
    "km/h": {1: (119, 153), 2: (154, 177), 3: (178, 208), 4: (209, 251), 5: (252, float("inf"))},
}
_CATEGORY_WINDS["kt"] = _CATEGORY_WINDS["knots"]
_CATEGORY_WINDS["kph"] = _CATEGORY_WINDS["kmh"] = _CATEGORY_WINDS["km/h"]
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# the category the act took place at: 'made landfall … at Category 5 intensity', 'as a Category 4 hurricane'
_AT_CATEGORY = re.compile(r"^[^.;:]*?\b(?:at|as)\s+(?:an?\s+)?(?:strong\s+|powerful\s+|major\s+)?category[\s-]+"
                          r"(?P<c>[1-5]|one|two|three|four|five)\b", re.I)


# a moment other than the act's between it and the category
_CHANGED = re.compile(r"\b(?:after|before|then|later|until|when|while|since|weaken\w*|strengthen\w*|intensif\w*|upgrad\w*|"
                      r"downgrad\w*|peak\w*|becom\w*|became)\b", re.I)


def _by_category(need: Bar, text: str, act_at: int) -> tuple[str, str] | None:
    """A bar on a hurricane's sustained winds settled by the category it had at the act ('made landfall
    near Acapulco … at Category 5 intensity' for 'at least 157 mph'): the category's whole range meets
    the bar, or misses it; a range on both sides of it settles nothing."""
    ranges = _CATEGORY_WINDS.get(need.unit)
    if ranges is None or need.head not in ("winds", "wind", "speed", "speeds"):
        return None
    m = _AT_CATEGORY.match(text[act_at:act_at + REACH])
    if m is None or _CHANGED.search(m.group(0)):
        return None  # 'made landfall …, then weakened as a Category 1 storm': another moment's category
    n = int(_WORDS.get(m.group("c").lower(), m.group("c")))
    lo, hi = ranges[n]
    wording = (f"'{' '.join(m.group(0).split()[-3:])}' (Category {n}: sustained winds of {lo:g}"
               f"{'+' if hi == float('inf') else f'–{hi:g}'} {need.unit}; the market needs {need.text})")
    if need.met_by(lo) and need.met_by(hi):
        return "met", f"{wording}: {MET}"
    if not need.met_by(lo) and not need.met_by(hi):
        return "short", f"{wording}: {SHORT}"
    return None
