"""An ending the deciding body states for a day inside the window (rules/state_ended.py).

For a 'stays true until' market on a body's own measure ("Will Intel keep paying its regular
quarterly dividend through December 31, 2024?"), the body stating that it will halt the measure
from a day before the deadline — "Intel said on Thursday it would cut more than 15% of its
workforce … and suspend its dividend starting in the fourth quarter" — is a decided ending: the
one who decides the state has decided its end, and dated it inside the window. It is a reading of
the same strong kind as an employer's own statement of a dismissal (official_endings.py): the
weak-reading gate lets it stand alone.

Read only: the speaker a market actor, before a statement verb ('said', 'announced'); then 'it
would' / 'it will' / 'it is' and a halting verb (data `official_endings.json` 'halting_verbs') whose theme, within three words, is the state's object;
then a start ('starting', 'beginning', 'effective', 'as of') and a time expression whose start lies
after the article and by the deadline ('the fourth quarter' after a future verb is the coming one).
Not with a hedge or a report at second hand ('could', 'considering', 'reportedly'), a negation or a
condition."""

from __future__ import annotations

import re
from datetime import date, datetime

from .analysis import MarketContext, SentenceFacts, negation
from .official_endings import MARK
from .packaged import load_json
from .text import conditional_clause
from .timex import find_time_expressions

_DATA = load_json("official_endings.json")
_HALT = frozenset(_DATA["halting_verbs"])
_SAY = "|".join(_DATA["statement_verbs"])
_HEDGES = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, _DATA["second_hand"] + _DATA["hedges"])), re.I)
_STATES = re.compile(rf"\b(?:{_SAY})\b(?:\s+(?:on|in)\s+\w+)?(?:\s+that)?\s+it\s+(?:would|will|is|was)\b", re.I)
_START = re.compile(r"^\s*(?:starting|beginning|effective|as\s+of|from)\s+(?:(?:in|on|with|from)\s+)?", re.I)
_QUARTER = re.compile(r"^(?:the\s+)?(first|second|third|fourth)\s+quarter\b", re.I)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _coming_quarter(word: str, published: datetime) -> date:
    """The first day of the next quarter of that number that starts after `published`."""
    q = _ORD[word.lower()]
    year = published.year
    start = date(year, 3 * q - 2, 1)
    return start if start > published.date() else date(year + 1, 3 * q - 2, 1)


def _start_day(f: SentenceFacts, at: int) -> tuple[date, str] | None:
    rest = f.sent.text[at:]
    q = _QUARTER.match(rest)
    if q:
        return _coming_quarter(q.group(1), f.article.published), q.group(0)
    for span in find_time_expressions(f.sent.text, f.article.published, "future"):
        if span.pos == at:
            return span.start.date(), span.text
    return None


def decided(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, words) of the deciding body's stated ending dated inside the window; else None."""
    if ctx.target.kind != "state" or f.sent.headline or not f.object_idx or _HEDGES.search(f.sent.text):
        return None
    text, toks = f.sent.text, f.sent.tokens
    said = _STATES.search(text)
    if said is None or not any(p.search(text[:said.start()]) for p in ctx.actor_patterns.values()):
        return None
    for i, tok in enumerate(toks):
        if tok.start < said.end() or not tok.lemmas & _HALT or tok.lower.endswith("ed"):
            continue
        theme = [k for k in f.object_idx if i < k <= i + 3]
        if not theme or negation(f, i) or conditional_clause(f.sent, i):
            continue
        end = toks[max(theme)].start + len(toks[max(theme)].text)
        lead = _START.match(text[end:])
        if lead is None:
            continue
        found = _start_day(f, end + lead.end())
        if found is None:
            continue
        day, words = found
        if f.article.published.date() <= day <= ctx.market.deadline.date():
            return i, f"'{text[tok.start:end + lead.end() + len(words)]}' ({MARK}: '{said.group(0)}')"
    return None
