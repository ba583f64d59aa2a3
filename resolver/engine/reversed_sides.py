"""Sides reversed in a defeat market: 'Will Kevin Rudd defeat Julia Gillard in the February 2012
Labor leadership ballot?' and the report 'Julia Gillard defeats Kevin Rudd in Labor leadership
ballot'. A question whose act is a defeat verb (beat, defeat, oust …: contests.json
'defeat_verbs') with a named side as its object asks its doer to win over that side. A reader
checks who beat whom: the market's doer standing as the object of a defeat verb told as done
('defeats Kevin Rudd', 'beat Mike Tyson' for a market on Tyson beating Paul) lost the contest the
sentence reports, and so did the subject of its passive ('Anthony Joshua sensationally beaten by
Andy Ruiz Jr'), so that verb is not the market's act done (its doer is the question's object,
or someone else), and the contest went the other way (rules/opposite_outcome.py, dated and
windowed like any opposite decision)."""

from __future__ import annotations

import re

from . import named_competitions
from .analysis import MarketContext, SentenceFacts
from .contests import Reading, nearest_name
from .defeats import DEFEAT_VERBS, beaten, beaten_by, object_beaten
from .principal import principal_actors


def asked_sides(ctx: MarketContext) -> tuple[str, re.Pattern[str], re.Pattern[str]] | None:
    """(doer, doer's pattern, object side's pattern) for a market 'Will A <defeat verb> B …?'
    naming both sides as actors; None otherwise (a candidate market is read by rival_outcome)."""
    t = ctx.target
    if t.kind != "event" or t.candidate or not t.act or t.act not in DEFEAT_VERBS or not t.object:
        return None
    doers = [d for d in principal_actors(ctx) if not _part_of_other(d, principal_actors(ctx))]
    obj = next((a for a, p in ctx.actor_patterns.items() if a not in doers and p.search(t.object)), None)
    if len(doers) != 1 or obj is None:
        return None
    return doers[0], ctx.actor_patterns[doers[0]], ctx.actor_patterns[obj]


def _part_of_other(name: str, names: list[str]) -> bool:
    """The name is a word sequence of another of the names: the one side named twice ('china' of
    "China's Bilibili Gaming", the country qualifying its team)."""
    pat = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
    return any(o != name and len(o) > len(name) and pat.search(o) for o in names)


def doer_beaten(ctx: MarketContext, f: SentenceFacts) -> Reading | None:
    """The market's doer reported beaten in the sentence, by the question's object or by a doer
    the sentence does not tie to the market's doer; None when no defeat of the doer is told, or
    the defeat verb's own doer (the name nearest before it in its clause) is the market's doer."""
    sides = asked_sides(ctx)
    if sides is None:
        return None
    _, doer, _ = sides
    found = beaten(f, doer)
    if found is None or named_competitions.other(f.sent, found.index, ctx.market.question):
        return None  # ('beat Tottenham Hotspur 2-0 to win the FA Cup' for the Champions League final: another competition)
    passive = beaten_by(f, doer)
    if passive is not None and passive.index == found.index:
        return found  # 'Rudd beaten by Gillard': the passive's subject is the one beaten
    a, _ = f.sent.clause_of(found.index)
    subject = nearest_name(f, a, found.index)
    if subject and doer.search(subject):
        return None  # 'Rudd beat Rudd's own record': the doer did it
    return found


def reversed_note(ctx: MarketContext, found: Reading) -> str:
    """The reasoning's wording of a reversed report (a choice's as it reads: chosen_alternatives.py)."""
    sides = asked_sides(ctx)
    if sides is None and "chosen, not" in found.wording:
        return found.wording
    doer = sides[0] if sides else "the market's doer"
    return f"{found.wording}: {doer}, whom the market asks to win, is the one beaten"


def doer_as_object(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """The defeat verb, whatever its tense, whose object is the market's doer and whose own doer (the name nearest
    before it in its clause) is not ('we beat Tottenham Hotspur on Saturday' for 'Will Tottenham beat
    Liverpool?'): that verb is never the market's act done, even where its tense does not tell a result."""
    sides = asked_sides(ctx)
    if sides is None:
        return None
    i = object_beaten(f, sides[1])
    if i is None:
        return None
    subject = nearest_name(f, f.sent.clause_of(i)[0], i)
    return None if subject and sides[1].search(subject) else i
