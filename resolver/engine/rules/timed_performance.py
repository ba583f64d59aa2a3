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

from .. import durations, par_scores, quantities
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
# one edition named by its year, before or after its name ('at the 2025 Barcelona Half Marathon', 'at the Rio 2016 Olympics')
_ONE_RACE = re.compile(r"\b(?:at|of|in)\s+the\s+(?:(?:19|20)\d\d\s+(?:[A-Z][\w'’-]*\s*){1,5}|(?:[A-Z][\w'’-]*\s+){1,3}(?:19|20)\d\d\b)")
_BY_DATE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|"
                      r"October|November|December|\d)", re.I)


# a market on a role's time, not a named runner's: the race's winning time ('be won in a time under
# 9.65 seconds'), the record's new time ('the men's 100m world record be lowered to 9.70 seconds')
_ROLE = re.compile(r"\b(?P<won>be\s+won\s+in\s+(?:a\s+)?time|winning\s+(?:time|score)|winner\s+of)\b|\brecord\s+be\s+"
                   r"(?:lowered|broken|improved|bettered)\b", re.I)
_WON = re.compile(r"\b(?:winning\s+time|won|wins|gold|victory|title)\b", re.I)
_RECORD = re.compile(r"\b(?:world|new)\s+record\b", re.I)
_DISTANCE = re.compile(r"\b\d[\d,]*\s*(?:m|metres|meters|km|miles?)\b", re.I)
_EARLIER_MARK = re.compile(r"\b(?:previous|old|former|earlier|prior|last)\b", re.I)
# a record the race's best mark sets ('broke his own World record in the 800m clocking 1:40.91', 'a stunning World
# women's marathon best of 2:15:25', 'at 16-under 268, shattering a U.S. Open scoring record'): nobody in the race did
# better, so it is the winner's mark; a national, area or personal record is not ('broke the US record')
_RACE_RECORD = re.compile(r"\b(?:world|olympic|games|course|championships?|tournament|event|meet|[A-Z][\w.'’]*\s+Open)\b"
                          r"(?:\s+[\w'’-]+){0,3}?\s+(?:record|best)\b", re.I)
_MALE = re.compile(r"\b(?:men['’]?s|man|male)\b", re.I)
_ROUND = re.compile(r"\b(?:heats?|semi-?finals?|qualif\w*|rounds?|preliminar\w*)\b", re.I)
_RACE_NAME = re.compile(r"\b(?:at|of|in)\s+the\s+(?:19|20)\d\d\s+(?P<name>(?:[A-Z][\w'’.-]*\s*)+)")


def _retold(f: SentenceFacts, mark: str) -> str:
    """The text that tells a mark's subject: the sentence; for a headline ('Radcliffe runs 2:15:25 in London!'),
    with the first body sentence that tells the same mark ('Paula Radcliffe ran a stunning World women's marathon
    best of 2:15:25 in London today')."""
    if not f.sent.headline:
        return f.sent.text
    body = next((b for b in re.split(r"(?<=[.!?])\s+", f.article.text) if mark in b), "")
    return f"{f.sent.text} {body}".strip()


def _subject_told(ctx: MarketContext, f: SentenceFacts, before: str, text: str = "") -> bool:
    """The time is the market's subject's: a generic subject ('a woman') of the right kind, or a
    subject the question names ('Jacob Kiplimo') named before the time (an event's name, 'at the
    Chicago Marathon', is nobody's time)."""
    role = _ROLE.search(ctx.market.question)
    if role:  # the race's winning time, the record's new time: the sentence tells the time so
        text = text or f.sent.text
        if role.group("won") and not _category_told(ctx.market.question, text, before, retold=text != f.sent.text):
            return False
        told = _WON if role.group("won") else _RECORD
        return bool(told.search(text) or (role.group("won") and _race_record(text))) \
            and not _EARLIER_MARK.search(before[-60:])
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


def _race_record(text: str) -> bool:
    """The sentence tells a record of the race's own scope set (not an earlier one)."""
    return any(not _EARLIER_MARK.search(text[max(0, m.start() - 40):m.start()]) for m in _RACE_RECORD.finditer(text))


def _category_told(question: str, text: str, before: str, retold: bool = False) -> bool:
    """A women's race's winner is told of women ('World women's marathon best'); a men's race's not of women
    (a headline not of women in the body sentence that retells its mark either)."""
    if _FEMALE.search(question):
        return bool(_FEMALE.search(text))
    if _MALE.search(question):
        return not _FEMALE.search(before[-80:]) and not (retold and _FEMALE.search(text))
    return True


def _race_named(question: str, text: str) -> bool:
    """The sentence (or its headline) names the race the question names ('the 2003 London Marathon': 'London',
    'marathon'; 'the 2011 U.S. Open': 'U.S. Open')."""
    m = _RACE_NAME.search(question)
    if not m:
        return False
    words = [w.lower() for w in m.group("name").split() if len(w) > 2 or "." in w]
    low = text.lower()
    return bool(words) and all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in words)


def _event_told(ctx: MarketContext, f: SentenceFacts, need: durations.Bar | par_scores.Bar, told: str = "") -> bool:
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
    if role and role.group("won") and (_WON.search(text) or (_race_record(text) and not _ROUND.search(text))):
        terms = [t for t in terms if t != "final"] or [""]  # a race's winning time is its final's: the distance tells it
    low = text.lower().replace("-", " ")
    if role and role.group("won") and isinstance(need, durations.Bar) and _ROUND.search(text):
        return False  # 'a world record in the semi-final': not the race the market's winner wins
    named = bool(role and role.group("won")) and _race_named(ctx.market.question, f"{f.article.title} {told or f.sent.text}")
    if not named and (not terms or not all(t in low for t in terms[-1:])):
        return False  # 'the winner of the 2003 London Marathon': the race's name may tell the event
    q = ctx.market.question
    numbers = [n for n in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", q) if not re.fullmatch(r"(?:19|20)\d\d|\d{1,2}", n)
               and n not in need.text]
    plain = low.replace(",", "")
    return all(n.replace(",", "") in plain for n in numbers)


def _marks(ctx: MarketContext, f: SentenceFacts):
    """The question's bar and the performances' marks the sentence tells: (bar, [(start, mark, met, wording, met_note)])."""
    need = durations.bar(ctx.market.question)
    if need is not None:
        if need.margin:
            return None, []  # a margin is read by the confirmation's own check
        out = []
        for sp in durations.performance_times(f.sent.text, durations.seconds_bar(need)):
            if durations.BAND[0] <= sp.seconds / need.seconds <= durations.BAND[1]:  # else another distance's time
                out.append((sp.start, sp.text, need.met_by(sp.seconds), f"a performance's time '{sp.text}' "
                            f"({durations.clock(sp.seconds)}; the market needs {need.text})", durations.MET))
        return need, out
    par = par_scores.bar(ctx.market.question)
    if par is None or not _ROLE.search(ctx.market.question) or not _ROLE.search(ctx.market.question).group("won"):
        return None, []  # a score against par is read for the winner's only
    return par, [(sc.start, sc.text, par.met_by(sc.strokes), f"a 72-hole score '{sc.text}' ({par_scores.wording(sc.strokes)}; "
                  f"the market needs {par.text})", par_scores.MET) for sc in par_scores.totals(f.sent.text)]


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if t.kind != "event" or f.exclusion:
        return []  # 'road races do not count'
    need, marks = _marks(ctx, f)
    for start, mark, met, note, met_note in marks:
        told = _retold(f, mark)
        if not _subject_told(ctx, f, f.sent.text[:start], told) or not _event_told(ctx, f, need, told):
            continue
        i = f.sent.token_at(start)
        span = reported_in_window(ctx, f, i)
        if span is None:
            continue
        if met:
            return [hedged.weaken(f, i, NAME, "yes", settings.weights.confirmation, f"{note}: {met_note}", settings,
                                  span.explanation)]
        one_race = bool(_ONE_RACE.search(ctx.market.question)) and not _BY_DATE.search(ctx.market.question) \
            and not _GENERIC.match(ctx.market.question)
        return [cite(f, "magnitude_short", "no", -settings.weights.confirmation if one_race else 0.0,
                     f"{note}: the mark misses the bar" + ("; the market names one race" if one_race else
                                                           "; another race may still meet it"), span.explanation)]
    return []
