"""Durations: a time a market sets as its bar ('finish in under 2:09:30', 'sustain a plasma for
more than 20 minutes', 'run 56:30 or faster', 'sell out in less than one hour', 'be won by a
margin of less than 5 minutes'), and the time a sentence reports with the act ('finishing in
2:09:56', 'sustained a continuous plasma for 1,337 seconds', 'sold out within 35 minutes',
'take victory, just 3 mins 57 secs ahead of Lategan'), both in seconds.

A time is written as a clock ('56:42', '2:09:56', '28:54.14': minutes:seconds, or
hours:minutes:seconds) or in words ('two hours 11 minutes and 53 seconds', '3 mins 57 secs',
'1,337 seconds'). A time is the market's only when it is the act's: the first time after the act
word in its clause, not a margin of improvement ('by 49 seconds'), an earlier mark ('the previous
record of 57:30'), a split ('39:47 for 15km en route'), a clock time ('at 9:35') or a figure far
from the bar (another measure); a margin ('3 mins 57 secs ahead of …') counts only for a market
on a margin, and only a margin for it."""

from __future__ import annotations

from functools import lru_cache
import re
from dataclasses import dataclass

from .numerals import _number

_N = r"(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)"
_WORDS = re.compile(
    rf"(?<![\w.:])(?:(?P<d>{_N})\s*days?\b,?\s*(?:and\s+)?)?"  # 'in under 72 days', '71 days, 14 hours, 18 minutes'
    rf"(?:(?P<h>{_N})\s*(?:hours?|hrs?)\b,?\s*(?:and\s+)?)?"
    rf"(?:(?P<m>{_N})\s*(?:minutes?|mins?)\b\.?,?\s*(?:and\s+)?)?"
    rf"(?:(?P<s>{_N})\s*(?:seconds?|secs?)\b\.?)?", re.I)
# a word every time written in words has ('days', 'hours', 'hrs', 'minutes', 'mins', 'seconds', 'secs')
_UNIT_WORD = re.compile(r"h(?:ou)?r|min|sec|day", re.I)
_CLOCK = re.compile(r"(?<![\d:.,])(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>\d{2}(?:\.\d{1,2})?)(?![\d:])")
# a clock time of day, not a duration: 'at 9:35', '10:00 a.m.', '14:00 GMT'
_TIME_OF_DAY_AFTER = re.compile(r"\s*(?:[ap]\.?m\b\.?|GMT|UTC|[ECMP][SD]?T\b|BST|CET|IST|JST|local|hrs\b|h\b|o['’]clock)",
                                re.I)
_TIME_OF_DAY_BEFORE = re.compile(r"\b(?:at|from|until|till|before|after|since|between)\s+$", re.I)


@dataclass(frozen=True)
class Span:
    """A time written in a text: its place, its length in seconds and its wording."""

    start: int
    end: int
    seconds: float
    text: str


def _value(word: str | None) -> float | None:
    if word is None:
        return None
    return 1.0 if word.lower() in ("a", "an") else _number(word)


def times(text: str) -> list[Span]:
    """The times written in a text, in order (clock times of day left out)."""
    out: list[Span] = []
    if ":" not in text and not _UNIT_WORD.search(text):
        return out  # (neither a clock nor a unit: _WORDS matches the empty string at every place)
    for m in _CLOCK.finditer(text):
        if _TIME_OF_DAY_AFTER.match(text, m.end()) or _TIME_OF_DAY_BEFORE.search(text[:m.start()]):
            continue
        h, mins, s = float(m.group("h") or 0), float(m.group("m")), float(m.group("s"))
        if mins >= 60 and m.group("h") or s >= 60:
            continue
        out.append(Span(m.start(), m.end(), h * 3600 + mins * 60 + s, m.group(0)))
    for m in (_WORDS.finditer(text) if _UNIT_WORD.search(text) else ()):
        if not m.group(0).strip() or not (m.group("d") or m.group("h") or m.group("m") or m.group("s")):
            continue
        parts = [_value(m.group(g)) for g in ("d", "h", "m", "s")]
        if any(p is None for p, g in zip(parts, ("d", "h", "m", "s")) if m.group(g)):
            continue
        d, h, mins, s = (p or 0.0 for p in parts)
        h += 24 * d
        if any(sp.start <= m.start() < sp.end for sp in out):
            continue  # '57:30 minutes': the clock already read it
        wording = re.sub(r"[\s,.]*(?:and\s*)?$", "", m.group(0))
        out.append(Span(m.start(), m.start() + len(wording), h * 3600 + mins * 60 + s, wording))
    return sorted(out, key=lambda sp: sp.start)


@dataclass(frozen=True)
class Bar:
    """A time bar: 'under 2:09:30' → (7770, 'below', False); 'more than 20 minutes' → (1200,
    'above', False). `margin` when the bar is on a winning margin."""

    seconds: float
    direction: str  # 'above' | 'below'
    inclusive: bool
    margin: bool
    text: str

    def met_by(self, seconds: float) -> bool:
        if self.direction == "above":
            return seconds >= self.seconds if self.inclusive else seconds > self.seconds
        return seconds <= self.seconds if self.inclusive else seconds < self.seconds


_BELOW = re.compile(r"\b(?:in\s+)?(?:under|less\s+than|below|faster\s+than|quicker\s+than|shorter\s+than|sub-?)\s*$", re.I)
_BELOW_INCL = re.compile(r"\b(?:within|at\s+most|no\s+more\s+than|no\s+longer\s+than)\s+$", re.I)
_ABOVE = re.compile(r"\b(?:more\s+than|over|longer\s+than|slower\s+than|exceeding|beyond)\s+$", re.I)
_ABOVE_INCL = re.compile(r"\b(?:at\s+least|no\s+less\s+than|a\s+minimum\s+of)\s+$", re.I)
_AFTER_BELOW = re.compile(r"\s+or\s+(?:faster|quicker|less|under|better|shorter)\b", re.I)
_AFTER_ABOVE = re.compile(r"\s+or\s+(?:more|longer|slower|over)\b", re.I)
_MARGIN = re.compile(r"\b(?:by\s+(?:a\s+)?(?:margin|gap)\s+of|(?:margin|gap|lead)\s+(?:of\s+)?|\bby)\s*$", re.I)


_FROM_EVENT = re.compile(r"\s*(?:of|after|from|since|following)\b", re.I)


@lru_cache(maxsize=1024)
def bar(question: str) -> Bar | None:
    """The time bar a question sets, or None."""
    for sp in times(question):
        before = question[:sp.start]
        after = question[sp.end:]
        if not re.search(r"[:a-z]", sp.text, re.I) or _FROM_EVENT.match(after) and re.search(r"\bdays?\b", sp.text, re.I):
            continue  # ('within 30 days of the ruling': a window from an event, not the act's own time)
        for rx, direction, inclusive in ((_BELOW, "below", False), (_BELOW_INCL, "below", True),
                                         (_ABOVE, "above", False), (_ABOVE_INCL, "above", True)):
            cmp = rx.search(before)
            if cmp:
                margin = bool(_MARGIN.search(before[:cmp.start()]))
                said = re.sub(r"^in\s+", "", cmp.group(0).strip())
                return Bar(sp.seconds, direction, inclusive, margin, f"{said} {sp.text}")
        for rx, direction in ((_AFTER_BELOW, "below"), (_AFTER_ABOVE, "above")):
            tail = rx.match(after)
            if tail:
                return Bar(sp.seconds, direction, True, bool(_MARGIN.search(before)), f"{sp.text}{tail.group(0)}")
    return None


def clock(seconds: float) -> str:
    """A time in seconds written as h:mm:ss or m:ss."""
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    sec = f"{s:05.2f}".rstrip("0").rstrip(".") if s != int(s) else f"{int(s):02d}"
    return f"{int(h)}:{int(m):02d}:{sec}" if h else f"{int(m)}:{sec}"


_EARLIER = re.compile(r"(?<![\w-])(?:previous|old|former|earlier|prior|existing|last\s+year['’]s)\b[^.;,]{0,40}$", re.I)
_BY = re.compile(r"\bby\s+(?:nearly\s+|almost\s+|more\s+than\s+|over\s+|about\s+|around\s+|just\s+|some\s+)?$", re.I)
_MARGIN_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:ahead|behind|clear|in\s+front|back|adrift)\b", re.I)
_SPLIT = re.compile(r"\s*(?:for\s+(?:the\s+)?(?:first\s+)?\d[\d,.]*\s*(?:km|k|m|miles?|metres?|meters?)\b|en\s+route|"
                    r"at\s+(?:the\s+)?(?:halfway|half-way|\d)|splits?\b)", re.I)
_LATER_CLAUSE = re.compile(r"[;]|\b(?:while|whereas|but|after|before|when)\b", re.I)
_UPPER = re.compile(r"\b(?:within|under|less\s+than|inside|below)\s+$", re.I)
_LOWER = re.compile(r"\b(?:over|more\s+than|longer\s+than|above|beyond)\s+$", re.I)
_ROUGH = re.compile(r"\b(?:nearly|almost|about|around|roughly|some|approximately|close\s+to|an\s+estimated)\s+$", re.I)
BAND = (0.5, 2.0)  # a reported time this far from the bar is taken for another measure


MET = "the time reported meets the question's time bar"


def check(question: str, text: str, act_at: int) -> tuple[str, str] | None:
    """For a market with a time bar: the act's time in a sentence whose act word starts at
    `act_at`: ('met' | 'short', why); None when the market sets no time bar or the sentence
    gives no time that is clearly the act's."""
    need = bar(question)
    if need is None:
        return None
    for sp in times(text):
        if sp.start < act_at or _LATER_CLAUSE.search(text[act_at:sp.start]) or sp.start - act_at > 120:
            continue
        before, after = text[:sp.start], text[sp.end:]
        margin = bool(_MARGIN_AFTER.match(after)) or bool(re.search(r"\b(?:margin|gap|lead)\s+of\s+$", before, re.I)) \
            or (need.margin and bool(re.search(r"\bby\s+$", before, re.I)))  # 'won by 27 seconds'
        if margin != need.margin or (not need.margin and _BY.search(before)):
            return None  # a margin (or an improvement by so much) for a market on a time, or the reverse
        if _EARLIER.search(before) or _SPLIT.match(after) or _ROUGH.search(before):
            return None
        if not BAND[0] <= sp.seconds / need.seconds <= BAND[1]:
            return None
        lo, hi = sp.seconds, sp.seconds
        if _UPPER.search(before):
            lo = 0.0  # 'sold out within 35 minutes': at most 35 minutes
        elif _LOWER.search(before):
            hi = float("inf")
        wording = f"'{sp.text}' ({clock(sp.seconds)}; the market needs {need.text})"
        if need.met_by(lo) and need.met_by(hi):
            return "met", f"{wording}: {MET}"
        if not need.met_by(lo) and not need.met_by(hi):
            return "short", f"{wording}: the time reported misses the question's time bar"
        return None
    return None


# a time told as a performance's own: 'with a time of 28 minutes 54.14 seconds', 'finishing in
# 2:09:56', 'clocked 56:41', 'to victory in just 56 minutes and 42 seconds', 'set a stunning world
# half marathon record of 56:41' (an earlier mark, 'the previous record of 57:30', is left out)
_PERFORMANCE = re.compile(
    r"(?:\b(?:with|in|posting|clocking|recording|registering)\s+(?:a\s+)?(?:(?:new\s+)?(?:winning|world[-\s]record|record|"
    r"finishing|personal[-\s]best|best|course[-\s]record)\s+)?time\s+of"
    r"|\bwinning\s+time\s*(?:[-–—:]|of|was|is)"
    r"|\b(?:clocked|clocking|ran|runs|finish(?:ed|es|ing)?\s+in|won\s+in|(?:crossed|across)\s+the\s+(?:finish\s+)?line\s+in|"
    r"to\s+victory\s+in|stopped\s+the\s+clock\s+(?:at|in))"
    r"|\b(?:set|setting|sets|ran|runs|broke|breaking|smashed|shattered|lowered|improved|established)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:record|best|mark)\s+(?:of|with|in|to))"
    r"\s+(?:just\s+|only\s+|a\s+)?$", re.I)


# a sprint's time written as a bare number of seconds ('with a time of 9.69', 'winning time - 19.19*')
_BARE_SECONDS = re.compile(r"(?<![\d.:,])\d{1,3}\.\d{1,2}(?!\d|[.:,]\d|%|\s*(?:m\b|metres|meters|km|kg|points|per))")


def seconds_bar(need: Bar) -> bool:
    """A bar told in seconds ('under 9.65 seconds'): a bare number may tell a time in seconds."""
    return bool(re.search(r"\bsec(?:ond)?s?\b", need.text, re.I)) and ":" not in need.text


def performance_times(text: str, bare_seconds: bool = False) -> list[Span]:
    """The times a text tells as a performance's own (see _PERFORMANCE), earlier marks and
    splits left out; with bare_seconds (a bar in seconds), a bare number so told too ('with a
    time of 9.69')."""
    out = []
    found = times(text)
    if bare_seconds:
        found += [Span(m.start(), m.end(), float(m.group(0)), m.group(0)) for m in _BARE_SECONDS.finditer(text)
                  if not any(sp.start <= m.start() < sp.end for sp in found)]
    for sp in sorted(found, key=lambda sp: sp.start):
        before, after = text[:sp.start], text[sp.end:]
        if _PERFORMANCE.search(before[-90:]) and not _EARLIER.search(before[-60:]) and not _SPLIT.match(after) \
                and not _MARGIN_AFTER.match(after):
            out.append(sp)
    return out
