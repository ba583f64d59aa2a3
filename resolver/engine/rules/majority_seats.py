"""Seat counts told against a majority. A market on a party's seats ('win at least 172 seats')
whose question or criteria name the house's size ('172 of the 343 seats', 'of the 150 House of
Representatives seats', 'the 550-seat parliament') has a majority: half the house plus one. Reports
of an election often give the party's result against that majority, not as a count:

- 'left the Liberals just three seats shy of a majority': the count is the majority less three;
- 'fell short of a majority', 'a hung parliament', 'no party won a majority', 'neither … won the 76
  seats needed': the party is below the majority.

Either is a no when the bar is at least the majority (a count under it is under the bar). A report
told as a projection, an exit poll or a forecast ('projected to finish just shy of majority', 'seems
certain to be … a hung parliament') is listed with no weight: it does not decide alone. Read as its
own sentence rule; it cites `magnitude_short`, the rule a count short of the bar is read by."""

from __future__ import annotations

import re

from ..analysis import MarketContext, SentenceFacts, event_time
from ..lexicon import NUMBER_WORDS
from ..settings import EngineSettings
from ..types import Contribution
from .base import cite
from .least_count import _short_factor, _short_note

NAME = "magnitude_short"

# the size of the house: 'of the 343 seats', 'of the 150 House of Representatives seats', 'the 550-seat parliament'
_HOUSE = re.compile(r"\bof\s+(?:the|its|all)\s+(?P<n>\d{2,4})\s+(?:(?:[A-Z][\w'-]*|of|the)\s+){0,4}?seats\b"
                    r"|\b(?P<n2>\d{2,4})[\s-](?:seat|member)\s+(?:[A-Z][\w'-]*\s+){0,3}?"
                    r"(?:parliament|house|assembly|chamber|legislature|lower\s+house|senate)\b", re.I)
_NUMWORD = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+handful\s+of)"
_MAJ = r"(?:an?|the|its|their|his|her)\s+(?:(?:overall|outright|absolute|simple|parliamentary|governing|clear|working)\s+)?majority\b"
# 'three seats shy of a majority', '10 seats short of the majority'
_SEATS_SHORT = re.compile(rf"\b(?P<k>{_NUMWORD})\s+seats?\s+(?:short|shy)\s+of\s+{_MAJ}", re.I)
# below the majority, no count: 'fell short of a majority', 'a hung parliament', 'without an outright majority'
_BELOW = re.compile(rf"\b(?:fell|falls?|falling|fallen|came\s+up|comes\s+up|ended\s+up|just|well)\s+(?:just\s+|well\s+)?"
                    rf"(?:short|shy)\s+of\s+(?:winning\s+|securing\s+)?{_MAJ}(?!\s+of\s+the\s+(?:vote|ballot)s?\b)"
                    rf"|\b(?:failed|failing|fails)\s+to\s+(?:win|secure|obtain|gain|get)\s+{_MAJ}"
                    rf"|\bhung\s+parliament\b"
                    rf"|\bno\s+(?:single\s+)?party\s+(?:won|winning|has\s+won|secured|securing|has\s+got|got|gained)\s+{_MAJ}"
                    rf"|\bneither\b[^.;]{{0,80}}?\b(?:won|secured)\s+the\s+(?P<need>\d{{2,4}})\s+seats\s+(?:needed|required)\b",
                    re.I)
# told as a forecast, not a result
_PROJECTED = re.compile(r"\b(?:project\w*|exit[\s-]polls?|polls?|forecast\w*|predict\w*|expected|likely|could|may|might|"
                        r"would|set\s+to|on\s+(?:track|course)|seems?|appears?|if|whether|risk\w*|fear\w*|possib\w*)\b", re.I)


def house_size(ctx: MarketContext) -> int | None:
    """The number of seats the question or criteria give the house, else None."""
    for text in (ctx.market.question, ctx.market.criteria or ""):
        m = _HOUSE.search(text)
        if m:
            return int(m.group("n") or m.group("n2"))
    return None


def _named(ctx: MarketContext, text: str, end: int) -> bool:
    """The market's party is named before `end` in the sentence."""
    pats = list(ctx.actor_patterns.values()) + ([ctx.candidate_pattern] if ctx.candidate_pattern else [])
    return any(p.search(text[:end]) for p in pats)


def apply(ctx: MarketContext, f: SentenceFacts, settings: EngineSettings) -> list[Contribution]:
    t = ctx.target
    if t.kind != "event" or t.quantity_unit != "seats" or t.quantity is None or t.quantity == float("inf"):
        return []
    text = f.sent.text
    low = text.lower()
    if "majority" not in low and "hung" not in low and "neither" not in low:
        return []
    size = house_size(ctx)
    if size is None:
        return []
    majority = size // 2 + 1
    need = t.quantity + (1 if t.threshold_inclusive is False else 0)
    if need < majority:
        return []  # a bar under the majority: a party short of a majority may still reach it
    m = _SEATS_SHORT.search(text)
    got = None
    if m and _named(ctx, text, m.start()):
        k = m.group("k").lower()
        k = 3 if k.startswith("a ") else int(k) if k.isdigit() else NUMBER_WORDS.get(k)
        if k is None:
            return []
        got = majority - k
        note = (f"'{m.group(0)}': a majority of the {size} seats is {majority}, so about {got} seats "
                f"(the market needs at least {need:g} seats)")
    else:
        m = _BELOW.search(text)
        if m is None:
            return []
        if m.group("need") and int(m.group("need")) != majority:
            return []
        general = m.group(0).lower().startswith(("hung", "no ", "neither"))
        if not general and not _named(ctx, text, m.start()):
            return []
        if general and not f.actors:
            return []  # a hung parliament of another country's election
        note = (f"'{m.group(0)}': below a majority of the {size} seats ({majority}); "
                f"the market needs at least {need:g} seats")
    i = f.sent.token_at(m.start())
    span = event_time(f, i)
    if span.starts_after(ctx.market.deadline):
        return []
    clause = text[max(0, m.start() - 120):m.end() + 40]  # 'hung Parliament possible': the cue may follow
    cue = _PROJECTED.search(clause)
    if cue:
        return [cite(f, NAME, "no", 0.0, f"{note}; told as a forecast ('{cue.group(0)}'): not a result",
                     span.explanation)]
    if got is not None:
        factor = _short_factor(ctx, f, float(got))
        return [cite(f, NAME, "no", -settings.weights.confirmation * factor, f"{note}{_short_note(ctx, f, float(got))}",
                     span.explanation)]
    factor = 1.0 if t.occasion == "one" else 0.5
    return [cite(f, NAME, "no", -settings.weights.confirmation * factor, note, span.explanation)]
