"""Words of dying that tell a count of deaths ('at least 19 were killed', 'At least 14 people died',
'has caused two deaths', 'Fourteen dead', 'killed 14 people', 'the death toll … stood at 12'), and the
markets that count deaths by another act ('cause at least 15 deaths', 'at least 10 deaths … be
confirmed', 'report a death'): their bar and the words naming their cause. Read by
rules/death_counts.py, and by the analysis to keep a sentence that tells such a count of the
market's cause in an article naming the market's subject (the sentence may name neither the act
nor the subject: 'The powerful storm … and at least 19 were killed')."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import MONTHS, NUMBER_WORDS
from .types import Target

# acts a market counts deaths with that are not dying itself: the count is the deaths told
_COUNTING_ACTS = frozenset({"cause", "confirm", "report", "record", "register", "announce", "attribute", "acknowledge"})
_DEATH_UNITS = frozenset({"death", "deaths", "fatality", "fatalities"})

_WORDS = {**{w: n for w, n in NUMBER_WORDS.items() if w not in ("several", "few", "couple")},
          "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_NUM = (r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted((w for w in _WORDS if w not in ("a", "an")), key=len, reverse=True))
        + r")(?:\s+(?P<mult>thousand|million))?")
_LEAD = r"(?P<lead>(?:at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than)\s+)?"
_DEAD_END = r"(?=\s*(?:[,.;:)\"”']|$|and\b|in\b|after\b|as\b|from\b|so\b|on\b|at\b|with\b|including\b|while\b|amid\b|across\b))"
SHAPES = (
    # 'At least 14 people died', 'at least 19 were killed', '10 people have lost their lives'
    re.compile(rf"\b{_LEAD}{_NUM}\s+(?:[a-z]+\s+){{0,2}}?(?:(?:have|has|had|were|was|are)\s+)?(?:been\s+)?"
               r"(?P<verb>died|killed|perished|lost\s+their\s+lives)\b", re.I),
    # 'has caused two deaths', 'Fourteen dead, 381 wounded', '14 confirmed deaths'
    re.compile(rf"\b{_LEAD}{_NUM}\s+(?:(?:confirmed|reported|recorded|registered|new)\s+)?(?P<verb>deaths|fatalities|dead{_DEAD_END})",
               re.I),
    # 'Fifteen people are confirmed dead after …', '14 people had been confirmed dead', '3,113 people were known dead'
    re.compile(rf"\b{_LEAD}{_NUM}\s+(?:people|persons)\s+(?:are|were|is|was|have\s+been|had\s+been)\s+(?:now\s+)?"
               rf"(?:(?:confirmed|reported|known)\s+)?(?P<verb>dead){_DEAD_END}", re.I),
    # 'killed at least 14 people', 'claimed 14 lives', 'claimed the lives of 14 people', 'left 14 dead'
    re.compile(rf"\b(?P<verb>killed)\s+{_LEAD}{_NUM}\b(?!\s*(?:%|percent|per\s+cent|of\b|"
               r"(?:days?|weeks?|months?|years?|hours?|miles?|km|kilomet\w+)\b))", re.I),
    re.compile(rf"\b(?P<verb>claimed)\s+(?:the\s+lives\s+of\s+)?{_LEAD}{_NUM}\s+(?:lives|people|persons)\b", re.I),
    re.compile(rf"\b(?P<verb>left)\s+{_LEAD}{_NUM}\s+(?:people\s+|persons\s+)?dead{_DEAD_END}", re.I),
    # 'the death toll from the earthquake stood at 12', 'the death toll rose to 14'
    re.compile(rf"\b(?P<verb>death\s+toll)\b[^.;]{{0,60}}?\b(?:rose|rises|risen|climbed|climbs|reached|reaches|stood|stands|"
               rf"jumped|increased|hit|hits)\s+(?:to\s+|at\s+){_LEAD}{_NUM}\b(?!\s*(?:%|percent))", re.I),
)
UNSURE = re.compile(r"\b(?:feared|believed|presumed|thought|likely|possibly|probably|may|might|could|would|will|"
                     r"missing|expected|estimated|suspected|unconfirmed)\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_STOP = frozenset({"the", "a", "an", "of", "from", "in", "its", "and", "or", "at", "least", "more", "than", "will", "by",
                   "be", "deaths", "death", "with", "on", "to", "for", "any", "official", "confirmed", "reported"})


@lru_cache(maxsize=1024)
def cause_words(question: str, act: str) -> frozenset[str]:
    """The words naming the market's cause: its 'from …' phrase ('from the March 18, 2023 earthquake'
    → earthquake), or for 'cause' the subject before the verb ('Will Storm Boris cause' → storm, boris)."""
    q = question.rstrip("?")
    found: list[str] = []
    m = re.search(r"\b(?:from|caused\s+by|attributed\s+to)\s+(?P<p>.+?)(?=\s+(?:by|before|through|in|during)\s+"
                  r"(?:\w+\s+)?\d|\s*$|\s+by\s+)", q)
    if m:
        found.append(m.group("p"))
    if act == "cause":
        s = re.match(r"\s*Will\s+(?P<p>.+?)\s+cause\b", q)
        if s:
            found.append(s.group("p"))
    words = set()
    for phrase in found:
        for w in re.findall(r"[A-Za-z][A-Za-z-]+", phrase):
            lw = w.lower()
            if lw in _STOP or lw in MONTHS or len(lw) < 3:
                continue
            words.add(lw.removesuffix("'s"))
    return frozenset(words)


def bar(t: Target, question: str) -> float | None:
    """The least count of deaths an event market counts by another act (1 for 'report a death'), or None."""
    if t.kind != "event" or t.act not in _COUNTING_ACTS:
        return None
    unit = (t.quantity_unit or "").lower().split()
    if t.quantity is not None and t.quantity != float("inf") and unit and unit[-1] in _DEATH_UNITS:
        return float(t.quantity)
    obj = (t.object or "").lower().split()
    if t.quantity is None and obj and obj[-1] in _DEATH_UNITS and re.search(r"\b(?:a|any|one)\s+(?:\w+\s+)?death\b",
                                                                           question, re.I):
        return 1.0  # 'report a death'
    return None


def value(m: re.Match[str]) -> float | None:
    raw = m.group("num").lower().replace(",", "")
    n = float(raw) if raw.isdigit() else _WORDS.get(raw)
    if n is None:
        return None
    return n * {"thousand": 1e3, "million": 1e6}.get((m.group("mult") or "").lower(), 1.0)



def named(words: frozenset[str], text: str) -> bool:
    """The text names one of the cause's words (or its plural)."""
    low = set(re.findall(r"[a-z][a-z-]+", text.lower()))
    return any(w in low or w + "s" in low for w in words)


def told(t: Target, question: str, text: str) -> bool:
    """The sentence tells a count of deaths of the market's cause (its bar not checked)."""
    if bar(t, question) is None:
        return False
    causes = cause_words(question, t.act or "")
    return bool(causes) and named(causes, text) and any(rx.search(text) for rx in SHAPES)
