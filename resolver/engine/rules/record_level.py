"""Record levels told by a superlative: a market on a new record for a measure ('set a new record for
its highest national area-averaged daily maximum temperature', 'record its heaviest rainfall since
records began') and a sentence telling that measure as the most ever recorded ('The national average
maximum temperature on 7 January was the highest on record', 'UAE witnessed the heaviest rainfall
since 1949', 1949 being the year the criteria say records began): the record was set then. Read by
the confirmation rule after its own readings.

The sentence must name the market's measure (its head noun, and no modifier the question does not
have: 'the hottest mean temperature' is not the maximum, 'its hottest month' not a day's
temperature), with a superlative of the same side (highest, hottest; lowest, coldest) right after
its determiner (not 'the second-highest', 'one of the highest'), told as done (not 'could be the
highest on record'), and dated inside the market's window (not a record of 1972 cited)."""

from __future__ import annotations

import re

from ..analysis import MarketContext, SentenceFacts, event_time, negation
from ..settings import EngineSettings
from ..types import Contribution
from . import hedged

_HIGH = frozenset({"highest", "hottest", "warmest", "heaviest", "wettest", "largest", "biggest", "strongest", "greatest",
                   "deepest", "fastest", "longest", "tallest"})
_LOW = frozenset({"lowest", "coldest", "driest", "smallest", "weakest", "shortest", "slowest"})
_ON_RECORD = r"(?:on\s+record|since\s+records?\s+(?:began|started)|ever\s+recorded|in\s+recorded\s+history)"
_ASKED = (
    re.compile(r"\brecord\s+for\s+(?:its|the|their|a)\s+(?P<sup>[a-z]+est)\s+(?P<measure>[a-z][a-z\s-]*?)"
               r"(?:\s+(?:in|by|on|during|for|at|of|this)\b|\s*\?|$)", re.I),
    re.compile(rf"\b(?:its|the|their)\s+(?P<sup>[a-z]+est)\s+(?P<measure>[a-z][a-z\s-]*?)\s+{_ON_RECORD}", re.I),
)
_BEGAN = re.compile(r"\brecords?\s+(?:began|started|begin)\s+in\s+(?P<y>(?:18|19|20)\d\d)\b", re.I)
_SINCE = rf"(?:{_ON_RECORD}|since\s+(?P<y>(?:18|19|20)\d\d)\b)"
# 'the heaviest rainfall since 1949', 'its hottest month on record': the measure inside the superlative's phrase
_INSIDE = re.compile(rf"\b(?:the|its|their)\s+(?:new\s+)?(?P<sup>[a-z]+est)\s+(?P<np>(?:[a-z-]+\s+){{0,4}}?)(?P<head>[a-z]+)\s+"
                     rf"{_SINCE}", re.I)
# 'The national average maximum temperature on 7 January was the highest on record': the measure its subject
_TOLD = re.compile(rf"\b(?:was|were|is|are|has\s+been|had\s+been|became)\s+(?:the|its)\s+(?:new\s+)?(?P<sup>[a-z]+est)\s+"
                   rf"(?:ever\s+)?{_SINCE}", re.I)
_DETERMINER = frozenset({"the", "its", "their", "a", "an", "this", "that", "australia's"})
_SUBJECT = re.compile(r"(?:^|[,;:(]\s*|\b(?:the|its|their|a|an)\s+)(?P<np>(?:[A-Za-z-]+\s+){0,5}?)(?P<head>[a-z]+)"
                      r"(?P<tail>(?:\s+(?:on|in|for|at|during)\s+(?:\d{1,2}\s+)?[A-Za-z]+(?:\s+\d{1,4})?)?)\s+$")
_AHEAD = re.compile(r"\b(?:will|would|could|may|might|expect\w*|forecast\w*|predict\w*|likely|set\s+to|on\s+(?:track|course)\s+to|"
                    r"poised|threat\w*|possibl\w*|potential\w*|if|whether|near(?:ly)?|almost|one\s+of|among)\b", re.I)


def _words(phrase: str) -> list[str]:
    return [w for w in re.split(r"[\s-]+", phrase.lower()) if w]


def asked(ctx: MarketContext) -> tuple[str, list[str], str | None] | None:
    """The superlative, the measure's words (its head last) and the year records began, when the
    question asks for a new record of a measure; else None."""
    q = ctx.market.question
    for rx in _ASKED:
        m = rx.search(q)
        if m:
            began = _BEGAN.search(f"{q} {ctx.market.criteria}")
            return m.group("sup").lower(), _words(m.group("measure")), began.group("y") if began else None
    return None


def _side(sup: str) -> str | None:
    return "high" if sup in _HIGH else "low" if sup in _LOW else None


def _same_side(asked_sup: str, told: str) -> bool:
    told = told.lower()
    return told == asked_sup or (_side(told) is not None and _side(told) == _side(asked_sup))


def _names_measure(np: str, head: str, measure: list[str]) -> bool:
    """The phrase names the market's measure: its head noun, and modifiers all of the question's own
    (a prefix of five letters: 'average' for 'area-averaged'), at least two when the question has them."""
    if head.lower() != measure[-1]:
        return False
    mods = [w for w in _words(np) if w not in _DETERMINER and not w.isdigit()]
    asked_mods = measure[:-1]
    ok = all(any(w[:5] == a[:5] for a in asked_mods) for w in mods)
    return ok and len(mods) >= min(2, len(asked_mods))


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if t.kind != "event" or not (f.actors or f.article_mentions_subject):
        return []
    wanted = asked(ctx)
    if wanted is None:
        return []
    sup, measure, began = wanted
    text = f.sent.text
    found = None
    for m in _INSIDE.finditer(text):
        if _same_side(sup, m.group("sup")) and _names_measure(m.group("np"), m.group("head"), measure):
            found = m
            break
    if found is None:
        for m in _TOLD.finditer(text):
            subject = _SUBJECT.search(text[:m.start()])
            if subject and _same_side(sup, m.group("sup")) and _names_measure(subject.group("np"), subject.group("head"), measure):
                found = m
                break
    if found is None or (found.group("y") and found.group("y") != began):
        return []  # 'since 1990' is a record of the last decades, not since records began
    i = f.sent.token_at(found.start("sup"))
    if negation(f, i) or _AHEAD.search(text[:found.start("sup")]):
        return []  # 'could be the highest on record', 'one of the hottest': no record reported
    span = event_time(f, i)
    if span.starts_after(ctx.market.deadline) or (t.window_start and span.ends_before(t.window_start)):
        return []  # a record of another day ('the highest on record, set in 1972')
    if not t.window_start and span.ends_before(f.article.published.replace(year=f.article.published.year - 1)):
        return []
    told = text[found.start():found.end()].strip()
    reason = f"a new record reported: '{told}' tells the market's measure ({' '.join(measure)}) as the {sup} ever recorded"
    return [hedged.weaken(f, i, "confirmation", "yes", settings.weights.confirmation, reason, settings,
                          f"{span.explanation}; deadline {ctx.market.deadline:%a %d %b %Y %H:%M %z}: on or before it")]
