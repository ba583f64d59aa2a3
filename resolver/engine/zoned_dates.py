"""Dates given in named time zones: 'The rover touched down on Mars the evening of Aug. 5 PDT
(morning of Aug. 6 EDT)'. A sentence that dates one moment in several zones names several
calendar days; the day in the deadline's own zone is the one to compare with it, so the dates
written in other zones are dropped. The abbreviations and their offsets are data
(resolver/data/zones.json)."""

from __future__ import annotations

import re
from datetime import datetime

from .packaged import load_json
from .timex import TimeSpan

OFFSETS: dict[str, float] = {k: float(v) for k, v in load_json("zones.json")["offsets"].items()}
# the zone right after a date, past an optional clock time ('Aug. 5 PDT', 'Aug. 6, 1:31 a.m. EDT')
_ZONE_AFTER = re.compile(r"(?:,?\s*(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?)?\s*(?P<z>[A-Z]{2,5})\b")


def zone_of(text: str, span: TimeSpan) -> float | None:
    """The UTC offset (hours) of the zone named right after the span's words, if any."""
    if span.pos < 0:
        return None
    m = _ZONE_AFTER.match(text, span.pos + len(span.text))
    return OFFSETS.get(m.group("z")) if m else None


def in_deadline_zone(text: str, spans: list[TimeSpan], deadline: datetime) -> list[TimeSpan]:
    """The spans of a sentence, without those dated in another zone than the deadline's when one
    of them is dated in the deadline's zone."""
    offset = deadline.utcoffset()
    if offset is None or not spans:
        return spans
    target = offset.total_seconds() / 3600
    zones = [zone_of(text, s) for s in spans]
    if all(z in (None, target) for z in zones):
        return spans
    if target not in zones and not _clock_in_zone(text, target):
        return spans
    return [s for s, z in zip(spans, zones) if z is None or z == target]


# a clock time in a named zone with no date of its own ('lifted off at 8:47:35 p.m. EST')
_CLOCK_ZONE = re.compile(r"\b\d{1,2}(?::\d\d){0,2}\s*[ap]\.?m\.?\s*(?P<z>[A-Z]{2,5})\b")


def _clock_in_zone(text: str, target: float) -> bool:
    """The sentence tells the moment's clock time in the deadline's zone ('Discovery lifted off at
    8:47:35 p.m. EST (0147:35 Dec. 10 GMT)'): a date written in another zone is that zone's day,
    not the deadline zone's, so it is dropped and the moment is dated as the sentence is otherwise."""
    return any(OFFSETS.get(m.group("z")) == target for m in _CLOCK_ZONE.finditer(text))
