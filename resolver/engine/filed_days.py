"""A dated dateline names the day the story was filed: 'Lisbon, July 4 (Reuters): Greece's … odyssey ended in
a 1-0 victory … in the final today', published in India on July 5 with no time of day. The story's 'today',
'tonight', 'on Sunday' are the dateline's day, not the later day a paper printed it on (read against July 5,
'today' puts a final played on the deadline's day after it). So an article with no publication time
(midnight) whose text opens with a place and a date one or two days before its publication day
('LISBON, July 4 (AP) —', 'Chennai, Mar 21 (PTI):', 'WASHINGTON, Portugal, Jul. 4 --') is read as
published, time unknown, on the dateline's day. A date after the publication day, or further back, is left
alone (another zone's day, a feature's old dateline). Used by datelines.local. Pure."""

from __future__ import annotations

import re
from datetime import date, datetime

from .types import Article

_MONTHS = {m: n for n, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), 1) for m in names}
_PLACE = r"[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3}"
_DATED = re.compile(rf"\s*{_PLACE}(?:,\s*{_PLACE})?,\s*(?P<mon>[A-Za-z]{{3,9}})\.?\s+(?P<day>\d{{1,2}})\b"
                    r"(?:,?\s+\d{4})?\s*(?P<agency>\([A-Za-z .]{1,30}\))?\s*(?P<sep>—|–|--|-\s|:\s)?")


def filed_day(text: str, published: datetime) -> date | None:
    """The dateline's day when the text opens with a dated dateline one or two days before the
    publication's own day, else None."""
    m = _DATED.match(text[:120])
    if m is None or not (m.group("agency") or m.group("sep")):
        return None
    month = _MONTHS.get(m.group("mon").lower())
    day = int(m.group("day"))
    if month is None or not 1 <= day <= 31:
        return None
    today = published.date()
    for year in (today.year, today.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if d <= today:
            return d if 1 <= (today - d).days <= 2 else None
    return None


def filed(article: Article) -> Article:
    """The article read as published on its dateline's day (time unknown), or the article itself: only for
    a publication with no time of day (midnight), never an estimated one."""
    p = article.published
    if article.published_estimated or (p.hour, p.minute, p.second) != (0, 0, 0):
        return article
    d = filed_day(article.text, p)
    if d is None:
        return article
    return article.model_copy(update={"published": p.replace(year=d.year, month=d.month, day=d.day)})
