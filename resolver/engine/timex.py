"""Temporal expressions in news text, resolved against an article's publication time.

Relative expressions ("next week", "on Thursday", "within 24 hours", "early October") are
resolved from the publication's *local* calendar day (the day the journalist wrote in),
into an interval [start, end] of aware datetimes in the publication's offset. Each result
carries a human explanation so reasoning can show its arithmetic.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Literal

from .lexicon import MONTHS, NUMBER_WORDS, WEEKDAYS
from .quarters import ORDER, quarter_year

Tense = Literal["past", "future", "unknown", "done"]  # done: told of an act already done, never ahead

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM = r"(?P<n>\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"

# 'overnight' before a money-market noun names a rate or instrument ('overnight deposit rate',
# 'the overnight lending facility', 'overnight repo', 'overnight index swaps'), not last night.
_NOT_A_RATE = (r"(?!\s+(?:(?:deposit|lending|repo|reverse\s+repo|interbank|policy|call|money|borrowing|funding"
               r"|financing|index(?:ed)?|swaps?|interest|benchmark|bank|target|reference)\b|rates?\b|facilit|window\b|loans?\b))")

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("md_range", re.compile(_MONTH + r"\.?\s*(?P<d1>\d{1,2})\s*(?:-|–|to|and)\s*(?P<d2>\d{1,2})(?:,?\s*(?P<y>\d{4}))?\b", re.I)),
    ("wd_mdy", re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+\(?" + _MONTH + r"\.?\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s*(?P<y>\d{4}))?(?![\d:])", re.I)),
    ("mdy", re.compile(_MONTH + r"\.?\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s*(?P<y>\d{4}))?(?![\d:])", re.I)),
    ("dmy", re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b(?:,?\s*(?P<y>\d{4}))?", re.I)),
    ("end_of_weekday", re.compile(r"\b(?:by\s+|before\s+|until\s+)?(?:the\s+)?end\s+of\s+(?:the\s+day\s+)?(?:on\s+)?" + _WEEKDAY, re.I)),
    ("before_weekday", re.compile(r"\b(?:before|by|until)\s+" + _WEEKDAY, re.I)),
    # a weekday with its date after it ('Sunday (28 September)', 'Sunday, 28 September'): the date dates it
    ("weekday", re.compile(r"\b(?P<mod>last|next|this|coming|earlier\s+on|later\s+on|on|since)?\s*" + _WEEKDAY
                           + r"\b(?!,?\s+\(?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.replace("?P<month>", "?:") + r"\b)",
                           re.I)),
    ("part_month", re.compile(r"\b(?P<part>early|mid|late|end\s+of|the\s+end\s+of|beginning\s+of|start\s+of)[\s-]+" + _MONTH + r"\b(?!\.?\s*\d{1,2}\b)(?:\s+(?P<y>\d{4}))?", re.I)),
    # 'since last September': the month a run of acts started (dated like 'since September')
    ("since_month", re.compile(r"\bsince\s+(?P<mod>last|this)\s+" + _MONTH + r"\b(?!\.?\s*\d{1,2}\b)(?:\s+(?P<y>\d{4}))?", re.I)),
    # 'in a November auction', 'an August meeting': a month modifying a dated occasion (capitalised: 'a march')
    ("month", re.compile(r"\b(?:in|during|since|until|through|by|for|of|from|its|the|before|after|a|an)\s+" + _MONTH + r"\b(?!\.?\s*\d{1,2}\b)(?:\s+(?P<y>\d{4}))?", re.I)),
    # 'Exactly 7 years ago today', 'on this day in 2015', 'this day ten years ago': the publication's
    # own calendar day in an earlier year (a retrospective's anniversary), not the publication day
    ("anniversary", re.compile(r"\b(?:(?:on\s+)?this\s+(?:day|date)\s+(?:in\s+(?P<y>\d{4})|" + _NUM.replace("?P<n>", "?P<n2>")
                               + r"\s+years?\s+ago)|" + _NUM + r"\s+years?\s+ago\s+(?:today|(?:on\s+)?this\s+(?:day|date))\b)",
                               re.I)),
    ("day_word", re.compile(r"\b(?P<w>today|tonight|tomorrow|yesterday|last\s+night|last\s+evening|this\s+morning|this\s+afternoon|this\s+evening|overnight" + _NOT_A_RATE + r")\b", re.I)),
    # 'over the next month', 'within the coming week': a stretch from the publication day, not the calendar's
    ("rolling", re.compile(r"\b(?:over|within|during|in)\s+the\s+(?:coming|next)\s+(?P<unit>month|week)\b", re.I)),
    ("week", re.compile(r"\b(?P<w>earlier\s+this\s+week|later\s+this\s+week|this\s+week|next\s+week|last\s+week|the\s+coming\s+week|the\s+week\s+ahead|end\s+of\s+(?:the|this)\s+week)\b", re.I)),
    ("month_word", re.compile(r"\b(?P<w>earlier\s+this\s+month|later\s+this\s+month|this\s+month|next\s+month|last\s+month|(?:the\s+)?end\s+of\s+(?:the|this)\s+month)\b", re.I)),
    ("quarter", re.compile(r"\b(?:Q(?P<qn>[1-4])\s*(?P<qy>\d{4})|(?:the\s+)?(?P<qw>first|second|third|fourth)\s+quarter(?:\s+of\s+(?:(?P<qy2>\d{4})|(?:the\s+|this\s+)?(?P<qcur>year))|,?\s+(?:of\s+)?(?P<qrel>this|next|last)\s+year)?"
                          r"|(?:the\s+)?(?P<tm>first|last)\s+three\s+months\s+of\s+(?:the|this)\s+year)\b", re.I)),
    ("half", re.compile(r"\b(?:the\s+)?(?P<hw>first|second|1st|2nd)\s+half\s+of\s+(?P<hy>\d{4})\b|\bH(?P<hn>[12])\s+(?P<hy2>\d{4})\b")),
    ("season", re.compile(r"\b(?:the\s+)?(?P<sw>spring|autumn|fall)\s+(?:of\s+)?(?P<sy>\d{4})\b", re.I)),
    ("part_year", re.compile(r"\b(?P<part>early|late|mid)[\s-]+(?P<which>next\s+year|this\s+year|(?P<y>\d{4}))\b", re.I)),
    ("year_word", re.compile(r"\b(?P<w>earlier\s+this\s+year|later\s+this\s+year|this\s+year|next\s+year|last\s+year|(?:the\s+)?end\s+of\s+(?:the|this)\s+year)\b", re.I)),
    ("within", re.compile(r"\bwithin\s+(?:the\s+)?(?:current\s+|next\s+|coming\s+)?" + _NUM + r"[\s-]*(?P<unit>hours?|days?|weeks?|months?)(?:[\s-]+window)?\b", re.I)),
    ("window", re.compile(r"\b(?:current|next|coming)\s+" + _NUM + r"[\s-]*(?P<unit>hours?|days?)(?:[\s-]+window|\s+period)?\b", re.I)),
    # 'two months back', 'three weeks ago', 'a year ago': counted back from the publication day
    ("ago", re.compile(r"\b(?:a\s+)?" + _NUM + r"(?:\s+of)?\s+(?P<unit>days?|weeks?|months?|years?)\s+(?:ago|back)\b", re.I)),
    ("in_n", re.compile(r"\bin\s+" + _NUM + r"\s+(?P<unit>days?|weeks?|months?)(?:'?\s*time)?\b", re.I)),
    ("coming", re.compile(r"\b(?:in\s+)?the\s+(?P<w>coming|next\s+few|next)\s+(?P<unit>days|weeks|months)\b", re.I)),
]


# Words without which a pattern cannot match (every alternative of _MONTH begins with one of these
# three letters; every weekday is spelled out): a text with none of them skips those patterns
# without running them. The same flags as the patterns', so the look is a strict precondition.
_MONTH_WORD = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I)
_WEEKDAY_WORD = re.compile(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday", re.I)
# The other patterns' words, each found in every match of its pattern (under its flags).
_DIGIT = re.compile(r"\d")
_NEXT = re.compile(r"coming|next", re.I)
_NEEDS: dict[str, tuple[re.Pattern[str], ...]] = {
    "md_range": (_MONTH_WORD,), "wd_mdy": (_MONTH_WORD, _WEEKDAY_WORD), "mdy": (_MONTH_WORD,), "dmy": (_MONTH_WORD,),
    "end_of_weekday": (_WEEKDAY_WORD,), "before_weekday": (_WEEKDAY_WORD,), "weekday": (_WEEKDAY_WORD,),
    "part_month": (_MONTH_WORD,), "since_month": (_MONTH_WORD,), "month": (_MONTH_WORD,),
    "iso": (_DIGIT,), "anniversary": (re.compile(r"this|ago", re.I),),
    "day_word": (re.compile(r"today|tonight|tomorrow|yesterday|last|this|overnight", re.I),),
    "rolling": (_NEXT,), "week": (re.compile(r"week", re.I),), "month_word": (re.compile(r"month", re.I),),
    "quarter": (re.compile(r"q|three", re.I),), "half": (re.compile(r"half|H[12]"),),
    "season": (re.compile(r"spring|autumn|fall", re.I),), "part_year": (re.compile(r"early|late|mid", re.I),),
    "year_word": (re.compile(r"year", re.I),), "within": (re.compile(r"within", re.I),),
    "window": (re.compile(r"current|next|coming", re.I),), "ago": (re.compile(r"ago|back", re.I),),
    "in_n": (re.compile(r"day|week|month", re.I),), "coming": (_NEXT,),
}


@dataclass(frozen=True)
class TimeSpan:
    """A resolved temporal expression: [start, end] in the publication's offset."""

    text: str
    pos: int
    start: datetime
    end: datetime
    explanation: str
    exact: bool = False  # True for clock-precise windows ("within 24 hours"); else whole days
    # True for the publication day taken as an undated event's day: that day is a span of
    # instants in the publication's own offset (it is read off the timestamp, not named by a
    # writer), so it is compared as instants: a day of 23 May at +08:00 began at 19:00 on the
    # 22nd at +03:00, before a deadline of 22 May 23:59 +03:00.
    instants: bool = False

    # Day-granular spans named in the text are calendar days; they are compared with a moment's
    # *local* date (a deadline's own offset), so "by the end of Thursday" covers "Thursday 23:59 ET"
    # whatever offset the feed stamped the article with.
    def _by_instant(self) -> bool:
        return self.exact or self.instants

    def starts_after(self, moment: datetime) -> bool:
        return self.start > moment if self._by_instant() else self.start.date() > moment.date()

    def ends_by(self, moment: datetime) -> bool:
        return self.end <= moment if self._by_instant() else self.end.date() <= moment.date()

    def ends_before(self, moment: datetime) -> bool:
        return self.end < moment if self._by_instant() else self.end.date() < moment.date()

    def covers(self, moment: datetime) -> bool:
        return self.end >= moment if self._by_instant() else self.end.date() >= moment.date()


def runs_past(span: TimeSpan, moment: datetime, published: datetime) -> bool:
    """The span dating a reported act starts by `moment` but ends after it ('in the month of
    October' against a deadline of 2 October), and the report itself came after `moment`: the
    act is not placed on or before it. (A report published by `moment` is: a done act precedes
    its report.)"""
    return not span.starts_after(moment) and not span.ends_by(moment) and published > moment


def later_day_only(published: datetime, moment: datetime) -> bool:
    """The publication is stamped midnight (its day given, not its time) and that day, in its own
    offset, is after `moment`'s own day ('2013-08-01T00:00+06:00' against 31 July 23:59 +04:00):
    the report may have come any time that day, most of which lies after `moment`."""
    day_only = (published.hour, published.minute, published.second, published.microsecond) == (0, 0, 0, 0)
    return day_only and published.date() > moment.date()


@lru_cache(maxsize=4096)
def _fmt_day(d: date) -> str:
    return f"{calendar.day_abbr[d.weekday()]} {d.day} {calendar.month_abbr[d.month]} {d.year}"


@lru_cache(maxsize=4096)
def _fmt_range(a: date, b: date) -> str:
    if a == b:
        return _fmt_day(a)
    if a.year == b.year and a.month == b.month:
        return f"{a.day}–{b.day} {calendar.month_abbr[a.month]} {a.year}"
    if a.year == b.year:
        return f"{a.day} {calendar.month_abbr[a.month]} – {b.day} {calendar.month_abbr[b.month]} {a.year}"
    return f"{_fmt_day(a)} – {_fmt_day(b)}"


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _num(s: str) -> int:
    return int(s) if s.isdigit() else NUMBER_WORDS.get(s.lower(), 1)


def _infer_year(month: int, day: int, ref: date, tense: Tense) -> int:
    """Year for a month/day given without one: the occurrence nearest the reference day,
    preferring the past for past-tense reports and the future for plans."""
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cands.append(date(y, month, min(day, calendar.monthrange(y, month)[1])))
        except ValueError:
            continue
    if tense == "done":  # 'which recalled 362,758 vehicles in February' in December: the last February
        past = [c for c in cands if c <= ref + timedelta(days=1)]
        if past:
            return max(past).year
    if tense == "past":
        past = [c for c in cands if c <= ref + timedelta(days=1)]
        if past and (ref - max(past)).days < 300:
            return max(past).year
    if tense == "future":
        fut = [c for c in cands if c >= ref - timedelta(days=1)]
        if fut and (min(fut) - ref).days < 300:
            return min(fut).year
    return min(cands, key=lambda c: abs((c - ref).days)).year


def _weekday_date(ref: date, wd: int, mod: str, tense: Tense) -> date:
    mod = " ".join(mod.lower().split())
    if mod == "last":
        delta = (ref.weekday() - wd) % 7 or 7
        return ref - timedelta(days=delta)
    if mod == "next":
        d = ref + timedelta(days=((wd - ref.weekday()) % 7 or 7))
        if d.isocalendar()[1] == ref.isocalendar()[1]:
            d += timedelta(days=7)
        return d
    if mod == "coming" or (tense == "future" and mod not in ("earlier on", "since")) or mod == "later on":
        return ref + timedelta(days=(wd - ref.weekday()) % 7)
    # past tense, "this", "on", "earlier on", "since" (any tense: a run's first day) or no cue: the latest such day
    return ref - timedelta(days=(ref.weekday() - wd) % 7)


def day_span(text: str, pos: int, a: date, b: date, tz, why: str) -> TimeSpan:
    """A span of whole days a..b read off a timestamp (the publication day), in the offset `tz`:
    compared with other moments as instants (see TimeSpan.instants)."""
    return replace(_span(text, pos, a, b, tz, why), instants=True)


def _span(text: str, pos: int, a: date, b: date, tz, why: str) -> TimeSpan:
    start = datetime.combine(a, time(0, 0), tzinfo=tz)
    end = datetime.combine(b, time(23, 59, 59), tzinfo=tz)
    return TimeSpan(text, pos, start, end, f"{why} → {_fmt_range(a, b)}")


def find_time_expressions(text: str, published: datetime, tense: Tense = "unknown") -> list[TimeSpan]:
    """All temporal expressions in `text`, resolved against `published` (aware)."""
    return list(_find_cached(text, published, tense))


@lru_cache(maxsize=65536)
def _find_cached(text: str, published: datetime, tense: Tense) -> tuple[TimeSpan, ...]:
    return tuple(_find(text, published, tense))


@lru_cache(maxsize=65536)
def _matches(text: str) -> tuple[tuple[str, tuple[re.Match[str], ...]], ...]:
    """Each pattern's matches in order, for the patterns whose cues (_NEEDS) the text holds: the
    part of _find that reads the text alone, shared by every article (publication day) asking."""
    present: dict[re.Pattern[str], bool] = {}
    return tuple((kind, found) for kind, pat in _PATTERNS
                 if all(present[w] if w in present else present.setdefault(w, w.search(text) is not None)
                        for w in _NEEDS.get(kind, ())) for found in (tuple(pat.finditer(text)),) if found)


def _find(text: str, published: datetime, tense: Tense) -> list[TimeSpan]:
    tz = published.tzinfo
    ref = published.date()
    ref_desc = f"in an article of {_fmt_day(ref)}"
    taken: list[tuple[int, int]] = []
    out: list[TimeSpan] = []

    def free(m: re.Match[str]) -> bool:
        return all(m.end() <= a or m.start() >= b for a, b in taken)

    for kind, found in _matches(text):
        for m in found:
            if not free(m):
                continue
            span = _resolve(kind, m, ref, published, tz, _delay_tense(text, m, tense), ref_desc)
            if span is not None:
                taken.append((m.start(), m.end()))
                out.append(span)
    out.sort(key=lambda s: s.pos)
    return out


# 'delayed until October', 'postponed to June 5': the new date of a postponement
_DELAYED_TO = re.compile(r"\b(?:postponed|delayed|deferred|rescheduled|pushed\s+back|put\s+off|moved\s+back)\s+"
                         r"(?:(?:until|till|to|into|for)\s+)?$", re.I)
# 'agreed to postpone former Gov. John G. Rowland's sentencing one month to Jan. 7': a push-back verb in
# any form, its object (and a length) between it and 'to'/'until' (no clause break, at most eight words)
_DELAYED_OBJECT_TO = re.compile(r"\b(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|reschedul(?:e|es|ed|ing)|"
                                r"(?:push(?:es|ed|ing)?|put(?:s|ting)?|mov(?:e|es|ed|ing))\s+back|put(?:s|ting)?\s+off)"
                                r"\s+(?:[^\s,;:!?]+\s+){1,8}?(?:until|till|to|into)\s+$", re.I)
_NEW_DATE_PREP = re.compile(r"(?:until|till|to|into|for)\s+", re.I)
_OTHER_LEAD = re.compile(r"(?:in|on|during|since|through|by|of|from|its|the|before|after|a|an|earlier|last|this)\s+", re.I)


def _delay_tense(text: str, m: re.Match[str], tense: Tense) -> Tense:
    """A postponement's new date lies after the report, whatever the tense of 'was delayed':
    a month or day without a year right after a delay verb is read forward."""
    lead = text[:m.start()]
    prep = _NEW_DATE_PREP.match(m.group())
    if prep:
        lead += prep.group()
    elif _OTHER_LEAD.match(m.group()):
        return tense  # 'postponed in March a long-planned easing': when the delay was made, not its new date
    if _DELAYED_TO.search(lead[-60:]):
        return "future"
    if _DELAYED_OBJECT_TO.search(lead[-120:]):
        # words between the verb and the date may be a count ('pushed back five times until Dec. 20' the day
        # after): in a past report the nearest such day, else (a decision, a plan) the next one
        return "unknown" if tense == "past" else "future"
    return tense


def _resolve(kind: str, m: re.Match[str], ref: date, published: datetime, tz, tense: Tense, ref_desc: str) -> TimeSpan | None:
    g = m.groupdict()
    phrase = m.group().strip()
    quoted = f"'{phrase}' {ref_desc}"
    try:
        if kind == "iso":
            d = date(int(g["y"]), int(g["m"]), int(g["d"]))
            return _span(phrase, m.start(), d, d, tz, f"'{phrase}'")
        if kind in ("mdy", "dmy", "wd_mdy"):
            month = MONTHS[g["month"].lower().rstrip(".")]
            day = int(g["d"])
            if g["month"].lower() == "may" and kind != "dmy" and not g.get("y") and day > 31:
                return None
            year = int(g["y"]) if g.get("y") else _infer_year(month, day, ref, tense)
            d = date(year, month, day)
            why = f"'{phrase}'" if g.get("y") else f"{quoted} (year inferred)"
            return _span(phrase, m.start(), d, d, tz, why)
        if kind == "md_range":
            month = MONTHS[g["month"].lower().rstrip(".")]
            d1, d2 = int(g["d1"]), int(g["d2"])
            if d2 < d1:
                return None
            year = int(g["y"]) if g.get("y") else _infer_year(month, d1, ref, tense)
            return _span(phrase, m.start(), date(year, month, d1), date(year, month, d2), tz, f"'{phrase}'")
        if kind in ("end_of_weekday", "before_weekday"):
            wd = WEEKDAYS[g["weekday"].lower()]
            d = ref + timedelta(days=(wd - ref.weekday()) % 7)
            return _span(phrase, m.start(), ref, d, tz, f"{quoted}: from then until the end of {_fmt_day(d)}")
        if kind == "weekday":
            wd = WEEKDAYS[g["weekday"].lower()]
            mod = (g.get("mod") or "").strip()
            d = _weekday_date(ref, wd, mod, tense)
            return _span(phrase, m.start(), d, d, tz, f"{quoted}" + (f" ({tense} tense)" if not mod or mod.lower() == "on" else ""))
        if kind == "since_month":
            month = MONTHS[g["month"].lower().rstrip(".")]
            mod = (g.get("mod") or "").lower()
            if g.get("y"):
                year = int(g["y"])
            elif mod == "last":
                year = ref.year if month < ref.month else ref.year - 1
            else:
                year = ref.year if month <= ref.month else ref.year - 1
            a = date(year, month, 1)
            if a > ref:
                return None
            return _span(phrase, m.start(), a, _month_end(year, month), tz, f"{quoted}: the month the run started")
        if kind in ("part_month", "month"):
            month = MONTHS[g["month"].lower().rstrip(".")]
            if kind == "month" and (g["month"] in ("may", "march", "august") or (
                    m.group().split()[0].lower() in ("a", "an") and not g["month"][:1].isupper())):
                return None  # lowercase: the modal 'may', 'the march on', 'the august body'; 'a march' is a walk
            since = m.group()[:5].lower() == "since"  # 'since January': a run's start, the last such month
            year = int(g["y"]) if g.get("y") else _infer_year(month, 1 if since else 15, ref, "done" if since else tense)
            last = _month_end(year, month).day
            part = " ".join((g.get("part") or "").lower().split())
            a, b = 1, last
            if part == "early" or part in ("beginning of", "start of"):
                b = 10
            elif part == "mid":
                a, b = 11, 20
            elif part == "late":
                a = 21
            elif part in ("end of", "the end of"):
                a = max(1, last - 6)
            return _span(phrase, m.start(), date(year, month, a), date(year, month, b), tz,
                         f"'{phrase}'" if g.get("y") else f"{quoted}")
        if kind == "day_word":
            w = " ".join(g["w"].lower().split())
            # 'last night' in an article is the evening before its day, as 'yesterday' is
            offset = {"tomorrow": 1, "yesterday": -1, "last night": -1, "last evening": -1}.get(w, 0)
            d = ref + timedelta(days=offset)  # ('overnight': the night that ends on the article's day)
            return _span(phrase, m.start(), d - timedelta(days=w == "overnight"), d, tz, quoted)
        if kind == "week":
            w = " ".join(g["w"].lower().split())
            monday = ref - timedelta(days=ref.weekday())
            sunday = monday + timedelta(days=6)
            if w in ("next week", "the coming week", "the week ahead"):
                a, b = monday + timedelta(days=7), sunday + timedelta(days=7)
            elif w == "last week":
                a, b = monday - timedelta(days=7), sunday - timedelta(days=7)
            elif w == "earlier this week":
                a, b = monday, ref
            elif w == "later this week":
                a, b = ref, sunday
            elif w.startswith("end of"):
                a, b = sunday - timedelta(days=2), sunday
            else:
                a, b = monday, sunday
            return _span(phrase, m.start(), a, b, tz, quoted)
        if kind == "month_word":
            w = " ".join(g["w"].lower().split())
            first = ref.replace(day=1)
            last = _month_end(ref.year, ref.month)
            if w == "next month":
                nxt = last + timedelta(days=1)
                a, b = nxt, _month_end(nxt.year, nxt.month)
            elif w == "last month":
                prev = first - timedelta(days=1)
                a, b = prev.replace(day=1), prev
            elif w == "earlier this month":
                a, b = first, ref
            elif w == "later this month" or "end of" in w:
                a, b = (ref if w == "later this month" else max(ref, last - timedelta(days=6))), last
            else:
                a, b = first, last
            return _span(phrase, m.start(), a, b, tz, quoted)
        if kind == "quarter":
            order = ORDER
            if g.get("tm"):
                q, y = (1 if g["tm"].lower() == "first" else 4), ref.year
            else:
                q = int(g["qn"]) if g.get("qn") else order[g["qw"].lower()]
                y = quarter_year(q, int(g.get("qy") or g.get("qy2") or 0), bool(g.get("qcur")), g.get("qrel"),
                                 m.string[:m.start()], m.string[m.end():m.end() + 20], ref)
            a = date(y, 3 * q - 2, 1)
            return _span(phrase, m.start(), a, _month_end(y, 3 * q), tz, quoted)
        if kind == "half":
            h = int(g["hn"]) if g.get("hn") else (1 if g["hw"].lower() in ("first", "1st") else 2)
            y = int(g.get("hy") or g.get("hy2"))
            return _span(phrase, m.start(), date(y, 1 if h == 1 else 7, 1), _month_end(y, 6 if h == 1 else 12), tz, quoted)
        if kind == "season":  # March–May in the north, September–November in the south: either
            y = int(g["sy"])
            return _span(phrase, m.start(), date(y, 3, 1), _month_end(y, 11), tz,
                         f"{quoted} (a season: either hemisphere's, March to November)")
        if kind == "part_year":
            which = " ".join(g["which"].lower().split())
            y = int(g["y"]) if g.get("y") else ref.year + (1 if which == "next year" else 0)
            months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[g["part"].lower()]
            return _span(phrase, m.start(), date(y, months[0], 1), _month_end(y, months[1]), tz, quoted)
        if kind == "year_word":
            w = " ".join(g["w"].lower().split())
            y = ref.year + (1 if w == "next year" else -1 if w == "last year" else 0)
            a, b = date(y, 1, 1), date(y, 12, 31)
            if w == "earlier this year":
                b = ref
            elif w == "later this year":
                a = ref
            elif "end of" in w:
                a = date(y, 12, 1)
            return _span(phrase, m.start(), a, b, tz, quoted)
        if kind in ("within", "window"):
            n = _num(g["n"])
            unit = g["unit"].lower().rstrip("s")
            delta = {"hour": timedelta(hours=n), "day": timedelta(days=n), "week": timedelta(weeks=n),
                     "month": timedelta(days=30 * n)}[unit]
            start, end = published, published + delta
            return TimeSpan(phrase, m.start(), start, end,
                            f"{quoted} → {published:%a %d %b %Y %H:%M %z} to {end:%a %d %b %Y %H:%M %z}", exact=True)
        if kind == "anniversary":
            y = int(g["y"]) if g.get("y") else ref.year - _num(g.get("n") or g["n2"])
            d = ref.replace(year=y, day=28) if (ref.month, ref.day) == (2, 29) else ref.replace(year=y)
            if d >= ref:
                return None
            return _span(phrase, m.start(), d, d, tz, f"{quoted}: the publication's calendar day in {y}")
        if kind == "ago":
            n = _num(g["n"])
            unit = g["unit"].lower().rstrip("s")
            days = {"day": n, "week": 7 * n, "month": 30 * n, "year": 365 * n}[unit]
            slack = {"day": 0, "week": 2, "month": 7, "year": 30}[unit] + (2 if not g["n"].isdigit() and n > 2 else 0)
            d = ref - timedelta(days=days)
            return _span(phrase, m.start(), d - timedelta(days=slack), min(ref, d + timedelta(days=slack)), tz,
                         f"{quoted}: counted back from the publication day")
        if kind == "in_n":
            n = _num(g["n"])
            unit = g["unit"].lower().rstrip("s")
            days = {"day": n, "week": 7 * n, "month": 30 * n}[unit]
            d = ref + timedelta(days=days)
            slack = {"day": 0, "week": 2, "month": 7}[unit]
            return _span(phrase, m.start(), d - timedelta(days=slack), d + timedelta(days=slack), tz, quoted)
        if kind == "rolling":
            d = ref + timedelta(days={"month": 30, "week": 7}[g["unit"].lower()])
            return _span(phrase, m.start(), ref, d, tz, f"{quoted}: counted from the publication day")
        if kind == "coming":
            unit = g["unit"].lower()
            days = {"days": 7, "weeks": 28, "months": 90}[unit]
            return _span(phrase, m.start(), ref, ref + timedelta(days=days), tz, quoted)
    except (ValueError, KeyError):
        return None
    return None
