"""Timed performance: a market whose bar is a time the act must beat or reach ('Will a woman run
a marathon in under 2 hours 12 minutes by …?', 'Will Jacob Kiplimo run 56:30 or faster at the 2025
Barcelona Half Marathon?') and a sentence that tells a performance's time ('shattered the women's
marathon record … with a time of two hours 11 minutes and 53 seconds', 'set a … half marathon
record of 56:41'), told of the market's subject in the market's event. A time that meets the bar
is a report of the act with its quantity met; one that misses it settles nothing, unless the
market names one race (its edition), of which the subject's time is the one time. Read by the
confirmation rule first."""

from __future__ import annotations

import re

from .. import durations, quantities
from ..analysis import MarketContext, SentenceFacts
from ..settings import EngineSettings
from ..types import Contribution
from . import hedged
from .base import cite, reported_in_window

NAME = "confirmation"
# 'Will a woman run …', 'Will any athlete …': a subject anyone of a kind may be
_GENERIC = re.compile(r"^\s*Will\s+(?:a|an|any)\s+(?P<who>[a-z]+)\b", re.I)
# 'Will Jacob Kiplimo run …': a named subject; its last name must stand before the time
_NAMED = re.compile(r"^\s*Will\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+[a-z]")
_FEMALE = re.compile(r"\b(?:women['’]?s|woman|female)\b", re.I)
_ONE_RACE = re.compile(r"\b(?:at|of|in)\s+the\s+(?:19|20)\d\d\s+(?:[A-Z][\w'’-]*\s*){1,5}")
_BY_DATE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|"
                      r"October|November|December|\d)", re.I)


# a market on a role's time, not a named runner's: the race's winning time ('be won in a time under
# 9.65 seconds'), the record's new time ('the men's 100m world record be lowered to 9.70 seconds')
_ROLE = re.compile(r"\b(?P<won>be\s+won\s+in\s+(?:a\s+)?time|winning\s+time)\b|\brecord\s+be\s+(?:lowered|broken|"
                   r"improved|bettered)\b", re.I)
_WON = re.compile(r"\b(?:winning\s+time|won|wins|gold|victory|title)\b", re.I)
_RECORD = re.compile(r"\b(?:world|new)\s+record\b", re.I)
_DISTANCE = re.compile(r"\b\d[\d,]*\s*(?:m|metres|meters|km|miles?)\b", re.I)
_EARLIER_MARK = re.compile(r"\b(?:previous|old|former|earlier|prior|last)\b", re.I)


def _subject_told(ctx: MarketContext, f: SentenceFacts, before: str) -> bool:
    """The time is the market's subject's: a generic subject ('a woman') of the right kind, or a
    subject the question names ('Jacob Kiplimo') named before the time (an event's name, 'at the
    Chicago Marathon', is nobody's time)."""
    role = _ROLE.search(ctx.market.question)
    if role:  # the race's winning time, the record's new time: the sentence tells the time so
        told = _WON if role.group("won") else _RECORD
        return bool(told.search(f.sent.text)) and not _EARLIER_MARK.search(before[-60:])
    generic = _GENERIC.match(ctx.market.question)
    if generic:
        who = generic.group("who").lower()
        if who in ("woman", "female"):
            return bool(_FEMALE.search(f.sent.text))
        if who in ("man", "male"):
            return not _FEMALE.search(f.sent.text)
        return who in ("athlete", "runner", "swimmer", "cyclist", "skater", "rower")
    named = _NAMED.match(ctx.market.question)
    if not named or re.search(r"['’]s$", named.group("name")):
        return False  # 'the women's winner of the 2024 Chicago Marathon': a role, not a name the sentence can give
    return bool(re.search(rf"\b{re.escape(named.group('name').split()[-1])}\b", before))


def _event_told(ctx: MarketContext, f: SentenceFacts, need: durations.Bar) -> bool:
    """The sentence names the market's event: its object ('marathon', 'metres'), and every number
    the question gives it ('10,000 metres' is not '5,000m')."""
    bar_words = need.text.lower().split()
    terms = [t.lower() for t in ctx.target.object_terms if len(t) > 3 and not any(w.startswith(t.lower()) for w in bar_words)]
    text = f.sent.text
    if _ROLE.search(ctx.market.question) and not _DISTANCE.search(text) and not f.sent.headline and f.sent.index > 0:
        # 'Usain Bolt sizzle across the line in 9.69 seconds' after '… a new world record in the men's 100 metres
        # final': a sentence naming no race of its own tells the time of the race the sentence before names
        text = " ".join(quantities.context_texts(f.article.title, f.article.text, f.sent.index, f.sent.headline)[:2])
    role = _ROLE.search(ctx.market.question)
    if role and role.group("won") and _WON.search(text):
        terms = [t for t in terms if t != "final"] or [""]  # a race's winning time is its final's: the distance tells it
    low = text.lower().replace("-", " ")
    if not terms or not all(t in low for t in terms[-1:]):
        return False
    q = ctx.market.question
    numbers = [n for n in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", q) if not re.fullmatch(r"(?:19|20)\d\d|\d{1,2}", n)
               and n not in need.text]
    plain = low.replace(",", "")
    return all(n.replace(",", "") in plain for n in numbers)


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if t.kind != "event":
        return []
    need = durations.bar(ctx.market.question)
    if need is None or need.margin or f.exclusion:
        return []  # a margin is read by the confirmation's own check; 'road races do not count'
    for sp in durations.performance_times(f.sent.text, durations.seconds_bar(need)):
        ratio = sp.seconds / need.seconds
        if not durations.BAND[0] <= ratio <= durations.BAND[1]:
            continue  # far from the bar: another distance's time
        if not _subject_told(ctx, f, f.sent.text[:sp.start]) or not _event_told(ctx, f, need):
            continue
        i = f.sent.token_at(sp.start)
        span = reported_in_window(ctx, f, i)
        if span is None:
            continue
        note = f"a performance's time '{sp.text}' ({durations.clock(sp.seconds)}; the market needs {need.text})"
        if need.met_by(sp.seconds):
            return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation, f"{note}: {durations.MET}", settings,
                                  span.explanation)]
        one_race = bool(_ONE_RACE.search(ctx.market.question)) and not _BY_DATE.search(ctx.market.question) \
            and not _GENERIC.match(ctx.market.question)
        return [cite(f, "magnitude_short", "no", -settings.weights.confirmation if one_race else 0.0,
                     f"{note}: the time misses the bar" + ("; the market names one race" if one_race else
                                                           "; another race may still meet it"), span.explanation)]
    return []
