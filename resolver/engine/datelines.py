"""Datelines: a story datelined in a city ('TOKYO (AP) —', 'SEOUL, Jan 5 (Reuters) -', 'MANILA:')
names that city's days. An AP story published at 8:28 p.m. on Tuesday in New York that says
Japan's cabinet 'resigned, clearing the way for his successor to take over after parliamentary
confirmation later Wednesday' tells of Wednesday in Tokyo, the day after the publication day in
New York; read against New York's Tuesday, 'Wednesday' would be the one a week before. So an
article whose publication time is known and whose text opens with a dateline city of one
offset all year (data/datelines.json) is read with its publication time told in that city's
offset: the same instant, its local day. A publication time of midnight (time of day unknown)
is left alone: its day, not its instant, is what the source gave. Pure."""

from __future__ import annotations

import re
from datetime import timedelta, timezone

from . import filed_days
from .entities import country_of
from .packaged import load_json
from .types import Article

OFFSETS: dict[str, float] = {k: float(v) for k, v in load_json("datelines.json")["offsets"].items()}
_LABELS = frozenset(load_json("datelines.json")["labels"])
_DATELINE = re.compile(r"\s*(?P<city>[A-Z][A-Z .'-]{1,30}?)\s*(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2}\s*)?"
                       r"(?:\([A-Za-z .]{1,30}\)\s*)?(?:—|–|--|-\s|:\s)")


def city(text: str) -> str | None:
    """The dateline city the text opens with, when it is one of the listed ones, else None."""
    m = _DATELINE.match(text)
    name = " ".join(m.group("city").split()) if m else None
    return name if name in OFFSETS else None


def local(article: Article) -> Article:
    """The article with its publication time told in its dateline city's offset (the same
    instant), or the article itself."""
    p = article.published
    if article.published_estimated:
        return article
    if (p.hour, p.minute, p.second) == (0, 0, 0):
        return filed_days.filed(article)  # 'Lisbon, July 4 (Reuters): …' printed on July 5: filed on July 4
    name = city(article.text)
    if name is None:
        return article
    zone = timezone(timedelta(hours=OFFSETS[name]))
    if p.utcoffset() == zone.utcoffset(None):
        return article
    return article.model_copy(update={"published": p.astimezone(zone)})


# any dateline a sentence opens with, listed city or not, with a place after the city and the
# agency ('SAN JOSE, Costa Rica (AP) —', 'KARACHI:', 'ANKARA, Oct. 3 (Xinhua) --'): not the sentence's subject
_OPENING = re.compile(r"\s*(?P<lead>[A-Z][A-Z .'-]{1,30}?)(?P<place>,\s*[A-Z][A-Za-z .'-]{1,30}?)?\s*"
                      r"(?P<date>,\s*[A-Za-z]{3,9}\.?\s+\d{1,2}\s*)?(?P<agency>\([A-Za-z .]{1,30}\)\s*)?"
                      r"(?:—|–|--|-\s|(?P<colon>:\s))\s*")


def opening_end(text: str) -> int:
    """Where the text starts after the dateline it opens with (0 when it opens with none). A lead
    set off by a colon alone is a dateline only with a place, a date or an agency after it, or when
    it is a listed city, a capital or a country ('KARACHI:', 'WASHINGTON:'), or one word of four
    letters or more that is no heading ('SYDNEY:'): 'BREAKING:', 'UPDATE:', 'US-CHINA TRADE:',
    'IMF: Greece must …' or a speaker's name in a transcript are not."""
    m = _OPENING.match(text)
    if m is None:
        return 0
    if m.group("colon") and not (m.group("place") or m.group("date") or m.group("agency")):
        lead = " ".join(m.group("lead").split())
        one_word = re.fullmatch(r"[A-Z]{4,}", lead) is not None and lead not in _LABELS
        if lead not in OFFSETS and country_of(lead) is None and not one_word:
            return 0
    return m.end()
