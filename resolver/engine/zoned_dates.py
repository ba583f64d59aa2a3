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
    if offset is None or len(spans) < 2:
        return spans
    target = offset.total_seconds() / 3600
    zones = [zone_of(text, s) for s in spans]
    if target not in zones or all(z in (None, target) for z in zones):
        return spans
    return [s for s, z in zip(spans, zones) if z is None or z == target]
