"""Delays told as a length, not a date: 'adjourned a session on the treaty for at least one
month', 'the soonest another launch can happen will be seven days'. The length, counted from the
day of the statement, gives the earliest day the act can come; when that day is after the market's
deadline, the push-back rules the act out in time (rules/ruled_out.py, rules/scheduled.py).

Only a length led by 'for' or 'by' (the whole push-back: 'postponed for two weeks', 'delayed by a
month') or marked as a minimum ('at least', 'no less than', 'a minimum of', 'the soonest … will be')
is read, or one told as the size of a push-back noun ('a one-month postponement'); 'within a month',
'in a week' or 'up to a month' are upper bounds or forecasts, not delays.
A length in hours ('scrubbed for at least 48 hours') counts whole days less one, since the hour of
the statement is not known.

A push-back may instead name the day it moves the act away from ('delay the launch date … from the
initially planned Feb. 15'): the act then comes after that day. And a doer may report it as its
decision in the future of the past ('JAXA said on Tuesday it would delay …'): a push-back decided, not
a forecast.

A date by the deadline that the sentence gives the act after a preposition ('postponed to March 3')
is a new date inside the window; right after a verb calling the act off, 'for January' is the
occasion called off ('called off for January'), not a new date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from typing import TYPE_CHECKING

from . import dated_retries
from .numerals import _number
from .packaged import load_json

if TYPE_CHECKING:
    from .analysis import SentenceFacts

UNITS: dict[str, int] = dict(load_json("cancellations.json")["minimum_delay_units"])
PUSH_BACK = frozenset(load_json("cancellations.json")["push_back"])
_N = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
_UNIT = r"(?P<unit>" + "|".join(sorted(UNITS) + ["hour"]) + r")s?\b"
_MIN = r"(?:at\s+least|no\s+less\s+than|a\s+minimum\s+of|not\s+less\s+than)"
# 'for at least one month', 'by a month', 'for two weeks'
_LED = re.compile(rf"\b(?:for|by)\s+(?:{_MIN}\s+)?(?:another\s+|a\s+further\s+)?{_N}\s+(?:more\s+)?{_UNIT}", re.I)
# 'a one-month postponement', 'a six-week delay': the length told before a push-back noun
_SIZED = re.compile(rf"\b(?:a|an)\s+{_N}-{_UNIT}\s+(?:postponement|delay|deferral|deferment|adjournment)\b", re.I)
# 'the soonest another launch can happen will be seven days', 'the earliest … is two weeks away'
_SOONEST = re.compile(rf"\bthe\s+(?:soonest|earliest)\b[^.;]{{0,60}}?\b(?:will\s+be|would\s+be|is|are)\s+"
                      rf"(?:{_MIN}\s+)?{_N}\s+{_UNIT}", re.I)


def _count(word: str) -> int | None:
    if word.lower() in ("a", "an"):
        return 1
    n = _number(word)
    return int(n) if n is not None and n == int(n) and n > 0 else None


def minimum_delay(text: str, led: bool = True) -> tuple[str, int] | None:
    """(the words, the length in days) of the first delay told as a length in `text`; with `led`
    False only the 'the soonest … will be N days' kind (which needs no calling-off verb)."""
    for pattern in ((_LED, _SIZED, _SOONEST) if led else (_SOONEST,)):
        m = pattern.search(text)
        if m:
            n = _count(m.group("n"))
            if n is not None and m.group("unit").lower() == "hour":
                # 'scrubbed for at least 48 hours': whole days, less one for the statement's unknown hour
                days = n // 24 - 1
                if days > 0:
                    return m.group(0), days
            elif n is not None:
                return m.group(0), n * UNITS[m.group("unit").lower()]
    return None


def earliest_day(start: date, days: int) -> date:
    """The first day the act can come after a push-back of `days` from `start`."""
    return start + timedelta(days=days)


# the date a push-back moves the act away from: 'from the initially planned Feb. 15', 'from Friday'
_FROM = re.compile(r"\bfrom\s+(?:(?:the|its|their|a)\s+)?(?:(?:initially|originally|previously)\s+)?"
                   r"(?:(?:planned|scheduled|targeted|set|expected)\s+)?$", re.I)


def moved_from(text: str, pos: int) -> bool:
    """The date at `pos` in `text` is the one a push-back moves the act away from."""
    return bool(_FROM.search(text[max(0, pos - 40):pos]))


# the date the act was set for, told before the push-back verb: 'The announcement …, scheduled for
# today, has been postponed', 'The launch, originally planned for Friday, was delayed'
_SET_FOR = re.compile(r"\b(?:scheduled|planned|slated|set|due|expected|billed)\s+(?:to\s+(?:be\s+)?\w+\s+)?(?:for|on)?\s*$",
                      re.I)


def set_for_before(f: SentenceFacts, span, k: int) -> bool:
    """The span, before the push-back verb at token k, is the day the act was set for ('scheduled
    for today, has been postponed'): the day the push-back moves the act away from."""
    if span.pos >= f.sent.tokens[k].start:
        return False
    lead = f.sent.text[max(0, span.pos - 40):span.pos]
    head = re.match(r"(?:for|on)\s+", span.text, re.I)
    return bool(_SET_FOR.search(lead + (head.group() if head else "")))


def former_day(f: SentenceFacts, span, words: str, k: int) -> bool:
    """The span is the day the push-back verb at k moves the act away from: set for it before the
    verb ('scheduled for today, has been postponed'), or after 'planned' / 'scheduled' following it
    ('suspended a planned one-day strike of Ryanair pilots next Wednesday')."""
    if set_for_before(f, span, k):
        return True
    gap = f.sent.text[f.sent.tokens[k].start + len(words):span.pos]
    # not 'delays launch … due to bad weather; new date set at 13 Nov': 'due to' is a reason, the date a new one
    return span.pos > f.sent.tokens[k].start and (len(gap.split()) <= 12 and bool(_PLANNED.search(gap)) or
                                                   relative_schedule(gap)) and not _NEW_SET.search(gap)


# the occasion's former date told in a relative clause closing the gap before it: '… postpone the launch of
# Xiaomi's flagship Mi 10 in India, which was scheduled on 31st March': the clause names the date it was set for,
# however long the object before it
_RELATIVE_SET = re.compile(r",?\s+(?:which|that)\s+(?:was|were|had\s+been|is|are)\s+(?:originally\s+|initially\s+|earlier\s+)?"
                           r"(?:scheduled|planned|slated|set|due)(?:\s+to\s+(?:be\s+)?\w+)?(?:\s+(?:on|for))?\s*$", re.I)
_RELATIVE_REACH = 25  # words between the push-back verb and the date


def relative_schedule(gap: str) -> bool:
    """The gap between a push-back verb and a date ends in a relative clause that sets the occasion
    for that date ('…, which was scheduled on'): the date is the former one."""
    return len(gap.split()) <= _RELATIVE_REACH and bool(_RELATIVE_SET.search(gap))


_PLANNED = re.compile(r"\b(?:planned|scheduled|slated)\b", re.I)
_NEW_SET = re.compile(r"[;:]|\b(?:new|now|re-?scheduled|moved|pushed|until|till)\b", re.I)


_SAID = frozenset({"said", "announced", "confirmed", "decided"})


def said_it_would(words: list[str], k: int) -> bool:
    """'JAXA said on Tuesday it would delay the launch date' (lower-cased words, the push-back verb
    at k): a past reporting verb, then 'it/they would' right before the verb, or 'it/they would be'
    before its passive ('President William Ruto said it would be delayed for three weeks')."""
    if k >= 4 and words[k - 1] == "be" and words[k - 2] == "would":
        k -= 1
    if k < 3 or words[k - 1] != "would" or words[k - 2] not in ("it", "they"):
        return False
    return any(words[j] in _SAID for j in range(max(0, k - 8), k - 2))


_ANNOUNCING = frozenset({"announced", "confirmed"})


def announced_off(words: list[str], k: int) -> bool:
    """'Seaspan Marine Transportation announced Friday (Jan. 21) that a strike scheduled to begin the same
    day at 3 p.m. has been called off' (lower-cased words, the calling-off verb at k): the calling-off told
    in the clause an announcement reports ('announced', 'confirmed' at most eight words before its 'that',
    no other 'that' or ';' between): the decision made known, not a scrub looked on."""
    if _announced_after(words, k):
        return True
    that = next((j for j in range(k - 1, max(-1, k - 25), -1) if words[j] in ("that", ";")), None)
    if that is None or words[that] != "that":
        return False
    return any(words[j] in _ANNOUNCING for j in range(max(0, that - 8), that))


def _announced_after(words: list[str], k: int) -> bool:
    """'A strike scheduled to begin Friday … has been called off, Seaspan Marine Transportation
    announced.': the announcement told after the clause, past a comma at most five words on, closing
    the sentence within eight words with no other comma."""
    comma = next((j for j in range(k + 1, min(len(words), k + 6)) if words[j] == ","), None)
    if comma is None:
        return False
    tail = words[comma + 1:]
    while tail and tail[-1] in (".", "!"):
        tail = tail[:-1]
    return 0 < len(tail) <= 8 and "," not in tail and any(w in _ANNOUNCING for w in tail)


# a decision told as taken, right before 'to' + the calling-off verb: deciding to call an act off
# is calling it off ('The Union has agreed to call off strike action', 'decided to cancel the shows')
_DECIDED = frozenset({"agreed", "decided", "voted", "opted", "chose", "resolved"})


def decided_to(words: list[str], k: int) -> bool:
    """'The Union has agreed to call off strike action' (lower-cased words, the calling-off verb at
    k): a decision verb in its past form, at most one word ('mutually', 'unanimously') before 'to';
    or the calling-off confirmed as under way ('has been confirmed to be calling off')."""
    if k >= 4 and words[k - 3:k] == ["confirmed", "to", "be"] and words[k].endswith("ing"):
        return True  # 'has been confirmed to be calling off their Jan. 22-26 strike'
    if k < 2 or words[k - 1] != "to":
        return False
    if k >= 4 and words[k - 2] == "decision" and words[k - 3] in ("the", "a") and words[k - 4] in _DECISION_TAKEN:
        return True  # 'we have taken the decision to postpone the launch', 'made the decision to cancel'
    return words[k - 2] in _DECIDED or (k >= 3 and words[k - 3] in _DECIDED and words[k - 2].endswith("ly"))


# past verbs that tell a decision noun as taken: 'have taken the decision to postpone' is 'decided to'
_DECISION_TAKEN = frozenset({"taken", "took", "made"})


def new_date_before(f: SentenceFacts, deadline, called: tuple[str, float, int] | None = None) -> bool:
    """A date in the sentence after its publication and by the deadline: 'postponed to March 3'
    with the deadline in April still leaves the act in the window. Right after a verb calling the
    act off (not pushing it back), 'for January' names the occasion called off ('has been called
    off for January'), not a new date."""
    pub = f.article.published
    return any(s.start.date() > pub.date() and s.ends_by(deadline) and _introduces_new_date(f, s)
               and not (called and (_occasion_called_off(f, s, called) or _former_schedule(f, s, called)
                                    or set_for_before(f, s, called[2])))
               for s in f.spans)


_SCHEDULED = re.compile(r"\b(?:scheduled|planned|slated|due)\b", re.I)


def _former_schedule(f: SentenceFacts, span, called: tuple[str, float, int]) -> bool:
    """'agreed to call off strike action scheduled to begin at 12.01 AM on Monday, February 11': a
    date after 'scheduled', 'planned', 'slated' or 'due' following the calling-off verb (within
    twelve words) is the occasion's former date, not a new one."""
    words, _, k = called
    start = f.sent.tokens[k].start + len(words)
    gap = f.sent.text[start:span.pos]
    return 0 <= len(gap.split()) <= 12 and bool(_SCHEDULED.search(gap)) or relative_schedule(gap)


def _occasion_called_off(f: SentenceFacts, span, called: tuple[str, float, int]) -> bool:
    words, _, k = called
    if f.sent.tokens[k].lemmas & PUSH_BACK or f.sent.tokens[k].lower == "continued":
        return False  # a push-back ('postponed for January', 'continued to Oct. 19'): the new date
    gap = f.sent.text[f.sent.tokens[k].start + len(words):span.pos].strip().lower()
    return gap == "for" or (not gap and span.text.lower().startswith("for "))


_NEW_DATE_WORDS = ("to", "until", "till", "for", "on", "into", "at", "by", "before", "after")


def _introduces_new_date(f: SentenceFacts, span) -> bool:
    """'postponed to March 3', 'rescheduled for March 3': a new date follows a preposition, or the
    words of a retry ('next attempt Thursday'). A date written as the event's name ('calls off
    February 25 election') is the date called off."""
    before = f.sent.text[:span.pos].split()
    if span.text.lower().split()[0] in _NEW_DATE_WORDS:
        return True
    # 'next attempt Thursday', 'expected to resume next week': a dated retry (dated_retries.py)
    return bool(before) and before[-1].lower() in _NEW_DATE_WORDS or dated_retries.retry_before(f.sent.text[:span.pos])


# the act's former plan told in a neighbouring sentence: 'The … project … was expected to be complete in fall 2020'
_FORMER_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|first\s+)?(?:expected|scheduled|due|set|"
                          r"slated|planned|supposed|meant)\s+to(?:\s+be)?\s+$", re.I)


def _former_in(g: SentenceFacts, k: int | None):
    """The act's former date in sentence g: with the push-back verb at k in g, a date told before it as
    the one the act was set for or moved from; else the date right after the act's own word, which
    former-plan words ('was expected to be complete in fall 2020') lead."""
    if k is not None:
        return next((s for s in g.spans if set_for_before(g, s, k) or moved_from(g.sent.text, s.pos)), None)
    toks = g.sent.tokens
    for i in sorted(g.act_idx + g.act_noun_idx):
        if not _FORMER_PLAN.search(g.sent.text[max(0, toks[i].start - 45):toks[i].start]):
            continue
        _, b = g.sent.clause_of(i)
        end = toks[b - 1].start + len(toks[b - 1].text) if b > i else len(g.sent.text)
        span = next((s for s in g.spans if toks[i].start < s.pos < end), None)
        if span is not None and not g.dates_the_statement(span, i):
            return span
    return None


def carried_past(f: SentenceFacts, k: int, days: int, deadline):
    """'has delayed completion of a bridge … by a year' with the act's former date told in the sentence or
    the next or previous one ('… was expected to be complete in fall 2020'): (the former span, the first
    day the act can come) when that day, the former date's start pushed back by the length, is after the
    deadline; None otherwise (a former date not told, or the push-back still inside the window)."""
    former = _former_in(f, k)
    if former is None:
        near = [g for g in f.article_facts if g.sent is not f.sent and not g.sent.headline
                and abs(g.sent.index - f.sent.index) == 1]
        found = [s for g in near for s in (_former_in(g, None),) if s is not None]
        former = found[0] if len(found) == 1 else None
    if former is None:
        return None
    first = earliest_day(former.start.date(), days)
    return (former, first) if first > deadline.date() else None
