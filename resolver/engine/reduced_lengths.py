"""A length a reduction must bring something down to: 'Will X's doping ban be reduced to 12 months
or less by …?', 'Will his sentence be cut to under 10 years?', 'shortened to at most 8 matches'.
The act (reduce, cut, lower, shorten, commute, trim, slash) is asked with the length it must end at;
a report of the reduction says where it ended with 'to' after the verb ('had her doping ban cut
from two years to 15 months', 'reduced his sentence to 20 years'). That length, in the market's
unit (years and months convert), meets the bar or misses it: a reduction to 15 months is done, but
not to 12 months or less. A length told with 'by' ('cut by six months') is the size of the cut,
not where it ended, and is not read; so is a rough length ('about', 'nearly', 'up to'). Read by the
confirmation rule (met: the report confirms; short: magnitude_short). Pure and deterministic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .numerals import _number

_REDUCING = r"(?:reduc|cut|lower|shorten|commut|trim|slash|halv)\w*"
_N = r"\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_UNIT = r"(?P<unit>years?|months?|weeks?|days?|matches|match|games?|races?)"
# the question's bar: 'reduced to 12 months or less', 'cut to under 10 years', 'reduced to no more than 8 matches'
_BAR = re.compile(rf"\b{_REDUCING}\s+(?:[\w'’-]+\s+){{0,6}}?to\s+(?P<cmp>under|below|less\s+than|fewer\s+than|at\s+most|"
                  rf"no\s+more\s+than)?\s*(?P<n>{_N})[\s-]+{_UNIT}(?P<tail>\s+or\s+(?:less|fewer|shorter|under|below))?\b",
                  re.I)
# the length a report says the reduction ended at: 'to 15 months', 'to a 15-month ban', 'to 20 years in prison'
_TOLD = re.compile(rf"\bto\s+(?:an?\s+|a\s+total\s+of\s+)?(?P<rough>(?:about|around|roughly|nearly|almost|up\s+to|"
                   rf"approximately|some|just\s+(?:over|under))\s+)?(?P<n>{_N})[\s-]+{_UNIT}", re.I)
_VERB = re.compile(rf"\b{_REDUCING}\b", re.I)
_STOP = re.compile(r"[.;]|\b(?:but|while|whereas|although)\b", re.I)
_MONTHS = {"year": 12.0, "month": 1.0, "week": 12 / 52.1775, "day": 12 / 365.25}
REACH = 80  # characters after the reducing verb within which the length must stand
# farther on, only a length told with the one it came down from: 'shortens former prime minister's prison
# sentence for bribery offenses from six years to 18 months'
FAR_REACH = 160
_FROM_TO = re.compile(rf"\bfrom\s+(?:an?\s+)?(?:{_N})[\s-]+(?:years?|months?|weeks?|days?|matches|match|games?|races?)\s+"
                      rf"{_TOLD.pattern[2:]}", re.I)
MET = "the length the reduction ended at meets the question's bar"
SHORT = "the length the reduction ended at misses the question's bar"


@dataclass(frozen=True)
class Bar:
    value: float
    unit: str
    strict: bool
    text: str


def _stem(unit: str) -> str:
    u = unit.lower()
    return "match" if u.startswith("match") else u.rstrip("s")


@lru_cache(maxsize=1024)
def bar(question: str) -> Bar | None:
    """The length a reduction must end at or under, when the question sets one after its reducing
    verb with an upper bound ('to 12 months or less', 'to under 10 years'); else None."""
    m = _BAR.search(question)
    if not m or not (m.group("cmp") or m.group("tail")):
        return None
    value = _number(m.group("n"))
    if value is None:
        return None
    cmp = " ".join((m.group("cmp") or "").lower().split())
    return Bar(value, _stem(m.group("unit")), cmp in ("under", "below", "less than", "fewer than"),
               " ".join(m.group(0).split()[1:]))


def _in_unit(value: float, unit: str, wanted: str) -> float | None:
    if unit == wanted:
        return value
    if unit in _MONTHS and wanted in _MONTHS:
        return value * _MONTHS[unit] / _MONTHS[wanted]
    return None


def check(question: str, text: str, act_at: int) -> tuple[str, str] | None:
    """('met' | 'short', why) for the length the reduction whose verb starts at `act_at` ended at;
    None when the question sets no such bar, the word at `act_at` is no reducing verb, or the
    sentence gives no clear length after it."""
    need = bar(question)
    if need is None or not _VERB.match(text, act_at):
        return None
    stretch = text[act_at:act_at + FAR_REACH]
    stop = _STOP.search(stretch)
    stretch = stretch[:stop.start()] if stop else stretch
    far = _FROM_TO.search(stretch, REACH - 20)
    told = [m for m in _TOLD.finditer(stretch[:REACH])] or ([far] if far else [])
    for m in told:
        if m.group("rough"):
            return None
        value = _number(m.group("n"))
        got = _in_unit(value, _stem(m.group("unit")), need.unit) if value is not None else None
        if got is None:
            continue
        met = got < need.value if need.strict else got <= need.value + 1e-9
        wording = f"'{' '.join(m.group(0).split())}' (the market needs {need.text})"
        return ("met", f"{wording}: {MET}") if met else ("short", f"{wording}: {SHORT}")
    return None
