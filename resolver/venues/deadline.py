"""The one rules-text deadline reader shared by every venue.

Reads the end of the window a market's rules state: "by December 31, 2026, 11:59 PM ET",
"before Jan 19, 2026 at 12:00am ET", "between July 3, 2025, and December 31, 2026",
"between 00:00 UTC on 8 September 2026 and 23:59 UTC on 18 September 2026", "before 2027",
"in March 2025", "on November 3, 2026", "scheduled for February 8, 2026". Month names long or
short, day-first or month-first, am/pm in any case, ET/EST/EDT/PT/CT/MT/UTC/GMT. A date without a
time is the end of that day ("before D" ends at the start of D); a time without a zone, or a date
without one, is read in the venue's zone and said to be so. Only sentences that say how the
market resolves count, and a date after "after", "since" or "from" starts a window, never ends
it. Pure: no clock, no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

ZONES = {"ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
         "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
         "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
         "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
         "UTC": "UTC", "GMT": "UTC", "Z": "UTC", "EASTERN": "America/New_York", "PACIFIC": "America/Los_Angeles",
         "CENTRAL": "America/Chicago", "CET": "Europe/Paris", "CEST": "Europe/Paris", "BST": "Europe/London",
         "WET": "Europe/Lisbon", "EET": "Europe/Athens", "EEST": "Europe/Athens", "MSK": "Europe/Moscow",
         "JST": "Asia/Tokyo", "IST": "Asia/Kolkata"}
_MONTHS = {m: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], 1) for m in names}
_MON = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|" \
       r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_TZ = r"(?:Eastern(?:\s+(?:Standard|Daylight))?(?:\s+Time)?|Pacific(?:\s+Time)?|Central(?:\s+Time)?|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|MST|MDT|UTC|GMT|CEST|CET|BST|WET|EEST|EET|MSK|JST|IST)"
_ORD = r"(?:st|nd|rd|th)?"


def _clock(p: str) -> str:
    return (rf"(?:(?P<{p}h>\d{{1,2}})(?::(?P<{p}m>\d{{2}})(?::\d{{2}})?)?\s*(?P<{p}ap>[ap]\.?m\.?)(?![a-z])"
            rf"|(?P<{p}h24>\d{{1,2}}):(?P<{p}m24>\d{{2}})(?::\d{{2}})?)(?:\s*\(?(?P<{p}tz>{_TZ})\)?(?![a-z]))?")


# a date, optionally with a clock time before ("3:30 AM EST on Jan 12") or after it ("…, 11:59 PM ET")
_DATE = (
    rf"(?:(?:at\s+)?{_clock('a')}\s+(?:on\s+)?)?"
    rf"(?:(?P<mon>{_MON})\s+(?:\d{{1,2}}{_ORD}\s*[-–—]\s*)?(?P<day>\d{{1,2}})(?!\d){_ORD}(?:,?\s*(?:(?P<year>\d{{4}})(?!\d)|[\'’](?P<yy>\d\d)(?!\d)))?"
    rf"|(?<!\d)(?P<day2>\d{{1,2}}){_ORD}(?:\s+of)?\s+(?P<mon2>{_MON}),?\s*(?:(?P<year2>\d{{4}})(?!\d)|[\'’](?P<yy2>\d\d)(?!\d))?)"
    rf"(?:,?\s*(?:at\s+|by\s+)?{_clock('b')})?"
    rf"(?:,?\s*\(?(?P<tz>{_TZ})\)?(?![a-z]))?"
)
_DATE_RE = re.compile(_DATE, re.I)
_CLOCK_RE = re.compile(rf"(?<![\d:]){_clock('c')}", re.I)  # a time with no date: takes the nearest date's day
_INTRO = (r"\b(?:(?:before|by|in|during|until|through|throughout|prior\s+to|within|for)\s+(?:the\s+)?"
          r"(?:(?:end|close)\s+of\s+)?|(?:the\s+)?(?:end|close)\s+of\s+)")
_MONTH_YEAR = re.compile(rf"{_INTRO}(?:month\s+of\s+)?(?P<mon>{_MON})\s+(?:of\s+)?(?P<year>\d{{4}})\b", re.I)
_YEAR_SPAN = re.compile(r"\b(?:between|from)\s+(?:20\d\d)\s*(?:and|to|through|until|[-–—])\s*(?P<year>20\d\d)\b", re.I)
_YEAR = re.compile(rf"{_INTRO}(?:calendar\s+year\s+|the\s+year\s+)?(?P<year>20\d\d)\b(?=\s*(?:[.,;:?!)\]]|$|\s(?:and|or|at|ET|UTC|as|according|if|then|unless|will|where|when)\b))", re.I)
_RESOLVING = re.compile(r"\bresol(?:ve|ves|ved|ution)\b|\bsettle[sd]?\b|\bexpire[sd]?\b|\bpays?\s+out\b", re.I)
_START = re.compile(r"(?:\bafter|\bsince|\bfrom|\bstarting|\bbeginning|\bbetween|\bafter\s+the\s+start\s+of)\s*(?:the\s+)?$", re.I)
_BEFORE = re.compile(r"(?:(?<!\bor\s)\bbefore|\bprior\s+to|\bearlier\s+than|\bno\s+later\s+than\s+the\s+start\s+of)\s*(?:the\s+)?$|"
                     r"\b(?:before|prior\s+to)\s+the\s+earlier\s+of\b[^.;]*?\bor\s+(?:the\s+)?$", re.I)  # "before the earlier of his death or D"
_SCHEDULED = re.compile(r"\bscheduled\s+(?:for|on)\s*(?:the\s+)?$|\bset\s+for\s*$|\bheld\s+on\s*$|"
                        r"\belections?\s+on\s*$|\bgame\s+on\s*$|\bmatch\s+on\s*$", re.I)
_COND = re.compile(r"\b(?:moved|postponed|delayed|rescheduled)\s+(?:to\s+)?(?:a\s+)?(?:date\s+)?(?:after|beyond|past)\s*$|"
                   r"^\W*(?:if|in\s+the\s+event|should)\b[^.]*?(?:\b(?:not|no|never|fails?\s+to|unable|unavailable|inaccessible)\b|n't\b)[^.]*$|"
                   r"\bannounced\s+on\s*$", re.I)


@dataclass(frozen=True)
class Reading:
    """What the rules say the deadline is."""

    when: datetime
    text: str
    zone_stated: bool  # the rules named a zone (else the venue's zone was used)
    kind: str  # "deadline" (the end of a window) or "scheduled" (the day of a scheduled event)


@dataclass(frozen=True)
class _Found:
    start: datetime  # the first instant the expression names
    end: datetime  # the last instant it covers
    has_time: bool
    zone_stated: bool
    span: tuple[int, int]
    text: str


_ABBREV = r"(?<![A-Z]\.[A-Z]\.)(?<!\b[A-Z]\.)(?<!\bvs\.)(?<!e\.g\.)(?<!i\.e\.)(?<!\bMr\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bNo\.)(?<![ap]\.m\.)"
_SPLIT = re.compile(rf"(?<=[.!?;]){_ABBREV}\s+(?=[A-Z(\-\\*])|\n+|(?<=\.){_ABBREV}\s*\\?-\s")


def sentences(text: str) -> list[str]:
    text = re.sub(r"[*_`#]+", "", text or "")
    return [s for s in _SPLIT.split(text) if s and s.strip()]


def _hour(hh: str, ap: str | None) -> int:
    h = int(hh)
    if ap:
        pm = ap.lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
    return h


def _time_of(m: re.Match, p: str) -> tuple[int, int] | None:
    if m.group(f"{p}h"):
        return _hour(m.group(f"{p}h"), m.group(f"{p}ap")), int(m.group(f"{p}m") or 0)
    if m.group(f"{p}h24"):
        h, mi = int(m.group(f"{p}h24")), int(m.group(f"{p}m24"))
        return (h, mi) if h < 24 and mi < 60 else None
    return None


def _find_dates(sentence: str, tz: str, year_hint: int | None) -> list[_Found]:
    out: list[_Found] = []
    for m in _DATE_RE.finditer(sentence):
        mon = (m.group("mon") or m.group("mon2") or "").lower().rstrip(".")
        day = int(m.group("day") or m.group("day2"))
        year = m.group("year") or m.group("year2")
        if year is None and (m.group("yy") or m.group("yy2")):  # "30 Dec '25"
            year = "20" + (m.group("yy") or m.group("yy2"))
        if year is None and re.match(r"\W*of\s+the\s+year\b", sentence[m.end():], re.I):
            continue  # "January 1 of the year in which …": a day in a year not known yet, not a date
        if year is None:  # the year the sentence gives later, else earlier ("in 2025 (… October 20-24)"), else the hint;
            # not a number inside a name ("RSA-2048")
            later = re.search(r"(?<![-\w])(20\d\d)\b", sentence[m.end():])
            earlier = re.findall(r"(?<![-\w])(20\d\d)\b", sentence[:m.start()])
            year = later.group(1) if later else (earlier[-1] if earlier else (str(year_hint) if year_hint else None))
        if year is None or mon not in _MONTHS:
            continue
        try:
            day_date = datetime(int(year), _MONTHS[mon], day).date()
        except ValueError:
            continue
        clock = _time_of(m, "a") or _time_of(m, "b")
        zone = m.group("atz") or m.group("btz") or m.group("tz")
        if zone is None:  # "… 11:59 PM ET" may put the zone a word later
            tail = re.match(rf"\s*(?:in\s+the\s+)?\(?({_TZ})\)?(?![a-z])", sentence[m.end():], re.I)
            zone = tail.group(1) if tail else None
        if clock and zone is None and not (m.group("aap") or m.group("bap")):
            clock = None  # a bare "12:30" may be a score or a ratio; "23:59 UTC" is a time
        z = ZoneInfo(ZONES[zone.split()[0].upper() if zone.split()[0].upper() in ZONES else zone.upper()] if zone else tz)
        if clock:
            hh, mm = clock
            at = datetime.combine(day_date, time(hh, mm), z)
            start, end = at, at + timedelta(seconds=59 if mm == 59 else 0)
        else:
            start = datetime.combine(day_date, time(0, 0), z)
            end = start + timedelta(days=1) - timedelta(seconds=1)
        out.append(_Found(start, end, bool(clock), bool(zone), m.span(), m.group(0).strip()))
    dated = list(out)
    for m in _CLOCK_RE.finditer(sentence):
        if not dated or any(f.span[0] <= m.start() < f.span[1] for f in dated):
            continue
        clock = _time_of(m, "c")
        if clock is None or not (m.group("cap") or m.group("ctz")):
            continue  # "12:30" alone may be a score or a ratio
        near = min(dated, key=lambda f: min(abs(f.span[0] - m.end()), abs(m.start() - f.span[1])))
        z = ZoneInfo(ZONES[m.group("ctz").split()[0].upper()] if m.group("ctz") and m.group("ctz").split()[0].upper()
                     in ZONES else ZONES.get((m.group("ctz") or "").upper(), str(near.start.tzinfo)))
        at = datetime.combine(near.start.date(), time(*clock), z)
        end = at + timedelta(seconds=59 if clock[1] == 59 else 0)
        out.append(_Found(at, end, True, bool(m.group("ctz")), m.span(), m.group(0).strip()))
    taken = [f.span for f in out]
    for m in _MONTH_YEAR.finditer(sentence):
        if any(a <= m.start("mon") < b for a, b in taken):
            continue
        mon, year = _MONTHS[m.group("mon").lower().rstrip(".")], int(m.group("year"))
        start = datetime(year, mon, 1, tzinfo=ZoneInfo(tz))
        nxt = datetime(year + (mon == 12), mon % 12 + 1, 1, tzinfo=ZoneInfo(tz))
        span = (m.start("mon"), m.end())
        out.append(_Found(start, nxt - timedelta(seconds=1), False, False, span, sentence[span[0]:span[1]]))
        taken.append(span)
    for m in [*_YEAR_SPAN.finditer(sentence), *_YEAR.finditer(sentence)]:
        if any(a <= m.start("year") < b for a, b in taken):
            continue
        taken.append((m.start("year"), m.end()))
        year = int(m.group("year"))
        start = datetime(year, 1, 1, tzinfo=ZoneInfo(tz))
        span = (m.start("year"), m.end())
        out.append(_Found(start, datetime(year + 1, 1, 1, tzinfo=ZoneInfo(tz)) - timedelta(seconds=1), False, False,
                          span, sentence[span[0]:span[1]]))
    return sorted(out, key=lambda f: f.span)


_IF_NO = re.compile(r"^\W*if\b.*\b(?:resolves?|resolved)\s+(?:as\s+|to\s+)?\W*(?:no|annulled|ambiguous)\b|"
                    r"^\W*if\b.*\bbe\s+\W*(?:annulled|ambiguous)", re.I)


def _window_end(sentence: str, f: _Found) -> tuple[datetime, str] | None:
    """The last instant a date expression allows, or None when it starts a window or is a condition
    ("If … before D, … resolves No", "if the data is not released by D …")."""
    before = sentence[:f.span[0]]
    if _COND.search(before) or _IF_NO.search(sentence):
        return None
    if _START.search(before):
        return None
    if _BEFORE.search(before):
        if f.has_time:
            return f.start, "deadline"
        return f.start - timedelta(seconds=1), "deadline"
    if _SCHEDULED.search(before):
        return f.end, "scheduled"
    return f.end, "deadline"


def read_deadline(text: str, tz: str = "UTC", year_hint: int | None = None, not_before: datetime | None = None,
                  any_sentence: bool = False) -> Reading | None:
    """The end of the window the rules state, from the sentences that say how the market resolves
    (every sentence with `any_sentence`, for a question's own words); None when they state none the
    reader can read. A date before `not_before` (when the market opened) describes the subject
    ("born prior to January 1, 2001"), never the window."""
    best: tuple[datetime, _Found, str] | None = None
    scheduled: tuple[datetime, _Found, str] | None = None
    for s in sentences(text):
        if not any_sentence and not _RESOLVING.search(s):
            continue
        for f in _find_dates(s, tz, year_hint):
            end = _window_end(s, f)
            if end is None or (not_before is not None and end[0] < not_before):
                continue
            when, kind = end
            if kind == "scheduled":
                if scheduled is None or when > scheduled[0]:
                    scheduled = (when, f, kind)
            elif best is None or when > best[0]:
                best = (when, f, kind)
    chosen = best or scheduled
    if chosen is None:
        return None
    when, f, kind = chosen
    return Reading(when=when, text=f.text, zone_stated=f.zone_stated, kind=kind)


def scheduled_event(text: str, tz: str = "UTC", year_hint: int | None = None) -> Reading | None:
    """The day of an event the rules say is scheduled ("Super Bowl LX, scheduled for February 8,
    2026", "originally scheduled for Sep 17, 2026"), read anywhere in the text."""
    found = None
    for s in sentences(text):
        for f in _find_dates(s, tz, year_hint):
            if _SCHEDULED.search(s[:f.span[0]]) and (found is None or f.end > found.when):
                found = Reading(when=f.end, text=f.text, zone_stated=f.zone_stated, kind="scheduled")
    return found


def latest_date(text: str, tz: str = "UTC", year_hint: int | None = None) -> Reading | None:
    """The latest day or time mentioned anywhere in the text (not only in resolving sentences),
    for "keep the later of the two" when the rules cannot be read (conditions included: a date a
    market may be moved to is still a date it may resolve on)."""
    found = None
    for s in sentences(text):
        for f in _find_dates(s, tz, year_hint):
            lead = s[:f.span[0]]
            if _START.search(lead) and not _COND.search(lead):
                continue  # "accessed on or after October 1": when the window opens, not a date it resolves on
            end = f.start - timedelta(seconds=0 if f.has_time else 1) if _BEFORE.search(lead) else f.end
            if found is None or end > found.when:
                found = Reading(when=end, text=f.text, zone_stated=f.zone_stated, kind="mentioned")
    return found
