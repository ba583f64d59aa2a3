"""A record that survived the one occasion a market watches: 'Will the men's marathon world record of
2:01:39 still stand after the 2019 Berlin Marathon?' and a report from that race that the attempt on
the record failed — 'fell two seconds short of breaking the world record', 'narrowly misses marathon
world record', '0.5 seconds off his own 100m world record', 'trailing Griffith Joyner's record 10.49',
'ran the second-fastest time in the history of the sport'. A record broken is news; a report of
the race told against the record that says it was missed says the record stands after it.

The reading closes the market's window like a passed deadline (rules/state_held.py) only when:
- the question asks a record to stand, survive or remain unbroken *after* or *through* a named event
  (not a date: 'still stand on March 1' is a window of many races);
- the miss is told in the sentence, not negated, hedged or put in a condition, of a record named in
  the clause ('record', 'world best'), in the market's scope ('Olympic record' is not the world
  record, ending_events._other_scope), with the holder or the record's field named in the sentence
  or the article's headline;
- it is dated on the deadline's day (the event's), or the day either side (time zones)."""

from __future__ import annotations

import re
from datetime import timedelta

from .analysis import MarketContext, SentenceFacts, negation
from .ending_events import _field_words, _holder_named, _other_scope
from .hedges import hedge_cue
from .text import conditional_clause
from .timex import day_span

_REC = r"(?:world\s+|all-time\s+)?(?:record|world\s+best|best\s+time|best\s+mark)(?![-\w])"
_OWNED = r"(?:[\w'’.-]+\s+){0,5}?"
# the ways a report tells an attempt on the record failed
_MISSES = re.compile(
    r"\bshort\s+of\s+(?:(?:breaking|beating|bettering|lowering|eclipsing|equall?ing|matching)\s+)?" + _OWNED + _REC
    + r"|\bmiss(?:es|ed)?\s+(?:out\s+on\s+)?" + _OWNED + _REC
    + r"|\b(?:seconds?|secs?|hundredths?|tenths?|minutes?)\s+(?:off|outside|slower\s+than|shy\s+of)\s+" + _OWNED + _REC
    + r"|\b(?:trailing|outside)\s+" + _OWNED + _REC
    + r"|\bsecond[-\s](?:fastest|quickest|best)\s+(?:[\w-]+\s+){0,2}?(?:in\s+(?:the\s+)?history|ever|of\s+all[-\s]time)\b",
    re.I)
# the market: a record asked to last past one named event, not a date
_AFTER_EVENT = re.compile(r"\brecord\b.*?\b(?:stand|stands|survive|survives|remain\s+unbroken|hold|holds)\s+"
                          r"(?:after|through|beyond)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|"
                          r"August|September|October|November|December|end|close)\b)[A-Z0-9]", re.I)


def asked(ctx: MarketContext) -> bool:
    """The market asks a record to stand after one named event."""
    return ctx.target.kind == "state" and bool(_AFTER_EVENT.search(ctx.market.question))


def _about_record(ctx: MarketContext, f: SentenceFacts) -> bool:
    """The sentence or its article's headline names the holder or the record's field."""
    field = _field_words(ctx)
    for text in (f.sent.text, f.article.title):
        if _holder_named(ctx, text):
            return True
        low = {w for w in re.findall(r"[\w-]+", text.lower())}
        if field and 2 * len(field & low) >= len(field):
            return True
    return False


# words between a miss and a date after it that make the date the record's own ('… world record he set
# in Berlin in 2009', 'the record, which was set in 1988')
_RECORD_DATED = re.compile(r"\b(?:set|established|clocked|ran|run|achieved|broke|which|that|he|she|they|it)\b", re.I)


def dated(f: SentenceFacts, i: int, end: int):
    """When the miss at token i (its wording ending at `end`) happened: a date in its own clause
    ('fell short of the record on Sunday', '… record in Berlin in 2016'), else the publication day;
    a date after a verb or a relative word past the wording dates the record it missed ('… world
    record he set in Berlin in 2009'), one in another clause another run ('quicker than his …
    winning time in Beijing four years ago')."""
    a, b = f.sent.clause_of(i)
    lo = f.sent.tokens[a].start
    hi = f.sent.tokens[b - 1].start + len(f.sent.tokens[b - 1].text) if b > a else end
    text = f.sent.text
    own = [s for s in f.spans if lo <= s.pos < end or end <= s.pos < hi and not _RECORD_DATED.search(text[end:s.pos])]
    if not own:
        return _publication_day(f)
    return min(own, key=lambda s: abs(s.pos - f.sent.tokens[i].start))


def _publication_day(f: SentenceFacts):
    pub = f.article.published
    return day_span("", -1, pub.date(), pub.date(), pub.tzinfo,
                    f"no date in the clause of the miss: taken as the publication day {pub:%a %d %b %Y}")


def missed(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, wording) of a failed attempt on the market's record told on the event's day."""
    if not asked(ctx):
        return None
    m = _MISSES.search(f.sent.text)
    if m is None:
        return None
    i = next((k for k, t in enumerate(f.sent.tokens) if t.start >= m.start()), None)
    if i is None or negation(f, i) or hedge_cue(f, i) or conditional_clause(f.sent, i):
        return None
    rec = next((k for k, t in enumerate(f.sent.tokens) if m.start() <= t.start < m.end() and t.lower == "record"), None)
    if rec is not None and _other_scope(ctx, f, rec):
        return None  # 'missed the Olympic record' says nothing of the world record
    if not _about_record(ctx, f):
        return None
    span = dated(f, i, m.end())
    day = ctx.market.deadline.date()
    if not (span.start.date() - timedelta(days=1) <= day <= span.end.date() + timedelta(days=1)):
        return None
    return i, f"'{m.group(0)}'"
