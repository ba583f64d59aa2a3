"""The occasion a market hinges on: one event that happens once — a named ballot or round, an
election, a game or series, a trial and its verdict, a sentencing, a meeting, a day or a
mission the question names. When that occasion has taken place with another outcome, the market is
settled before its deadline; a market with repeated chances ('by December 31' with no occasion
named) is not.

`one_occasion` is the single market-side test the rules share (failed_attempt,
opposite_outcome): it returns the occasion's words for the trace, or None.

The occasion is not one when the act *stages* it ("Will the appeal trial begin by …?", "Will the
BLS publish the report by …?"): a trial, a release, a launch can be moved, so a report that it
did not happen on one day leaves later days open."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from . import lexicon, quantities
from .act_families import family_key
from .types import Market, Target

REPORT_DAYS = 3  # an undated report this soon after a one-occasion market's deadline is about that occasion

# Occasions that happen once and end in one outcome: a named round or ballot, a runoff, a
# referendum, a trial and its verdict, a sentencing, a meeting, one game, match or bout. Not an
# election or a series as a whole: a first round or one game can fail and a later one win.
_OCCASION = re.compile(
    r"\b(?:(?:first|second|third|fourth|final|opening|1st|2nd|3rd)\s+(?:round|ballot|vote|leg)"
    r"|ballot|runoff|run-off|referendum|trial|verdict|jury|sentencing|meeting|summit|game\s+\d+|match|bout|rematch"
    r"|title\s+fight|prize\s*fight"
    # 'in the 2024 League of Legends Worlds final', 'the grand final': the final as a noun, one match
    # (not 'the NBA Finals', a series, nor 'final' qualifying another noun: 'final deal')
    r"|final(?=\s*(?:[?,;]|$|\s+(?:of|against|at|in|on|vs\.?|versus|between|and)\b))"
    # 'in their May 2, 2015 fight': a fight named with a possessive is a bout (not 'the fight against inflation')
    r"|(?:their|his|her)\s+(?:[\w,'-]+\s+){0,4}?fight(?!\s+(?:for|against|over|to|with)\b))\b", re.I)  # a boxing bout, fought once like a match
_OUTRIGHT = re.compile(r"\boutright\b", re.I)
# 'at the Geneva talks', 'at the COP29 conference': one named session (its name capitalised)
_NAMED_SESSION = re.compile(r"\b(?:at|during)\s+the\s+(?:(?:[A-Z][\w-]*|\d{4})\s+){1,3}"
                            r"(?:talks|conference|session|negotiations|summit|meeting|congress|convention)\b")  # 'win … outright': without a runoff, so in the first round
# 'Virgin Orbit's "Start Me Up" mission', 'the Artemis I mission': one named flight, flown once —
# what it was to achieve (deliver, deploy, reach) fails with it. Launching it is staging (below).
_NAMED_MISSION = re.compile(r"(?:[\"“‘][^\"“”‘’]{2,40}[\"”’]\s+|\b(?:[A-Z][\w-]*\s+){1,3})mission\b")
# verbs that report a passive court act settle on the verdict or sentencing, one occasion
_COURT_ACTS = frozenset({"convict", "acquit", "sentence", "resentence"})
# a trial is one occasion for its verdict, not for what happens during it ('testify', 'take the stand')
_COURT_WORDS = frozenset({"trial", "jury"})
_VERDICT_ACTS = _COURT_ACTS | {"award", "find", "rule", "clear"}
# acts that stage the occasion itself: it can be moved to another day
_STAGING_ACTS = frozenset({"begin", "start", "open", "hold", "launch", "publish", "release", "resume", "convene",
                           "schedule", "ship", "meet", "hear", "take", "reopen", "announce", "take-effect"})
DAY = "the day it names"
MISSION = "the named mission"
SHORT_WINDOW = timedelta(days=3)  # 'on May 6', 'at its June 6 meeting': the named day is the occasion


def named_day(target: Target, market: Market) -> bool:
    """The market's window is one named day or meeting ('on May 6', 'at its June 6 meeting')."""
    ws = target.window_start
    return ws is not None and market.deadline - ws <= SHORT_WINDOW


def one_occasion(target: Target, market: Market) -> str | None:
    """The words naming the one occasion the market hinges on, or None for an open market."""
    key = family_key(target.act or "") or target.act or ""
    if key in _STAGING_ACTS or (target.act or "") in _STAGING_ACTS:
        return None
    if quantities.occasion(market.question, market.criteria) == "rounds":
        return None  # 'in any ballot': several occasions count
    m = _OCCASION.search(market.question) or _OUTRIGHT.search(market.question) or _NAMED_SESSION.search(market.question)
    word = m.group(0).lower() if m else ""
    if m and word not in target.act_forms and (word not in _COURT_WORDS or key in _VERDICT_ACTS):
        return f"'{m.group(0)}'"
    mission = _NAMED_MISSION.search(market.question)
    if mission:
        return f"{MISSION} ({mission.group(0)})"
    if named_day(target, market):
        return f"{DAY} ({target.window_start:%d %b %Y})"
    if key in _COURT_ACTS:
        return "the verdict or sentencing"
    return None


_SWEEP = re.compile(r"\bsweep\b|\b\d-0\b|\bwithout\s+(?:losing|dropping)\s+a\s+(?:game|match|set)\b|\bundefeated\b",
                    re.I)
_GAME = re.compile(r"^game\s+\w+$", re.I)


def every_game(question: str, stages: list[str]) -> str | None:
    """A sweep ('Will the Celtics sweep the Finals 4-0?') makes every game of the series its
    occasion: a game lost settles it. Returns the game named, when the sentence's only stage
    markers are games of the contest (not another round: 'conference finals')."""
    if not _SWEEP.search(question) or not stages or not all(_GAME.match(s) for s in stages):
        return None
    return stages[0]


# A new application after a rejection is reviewed again: months (an FDA class 1 resubmission
# takes two), so a rejection this close to the deadline leaves no time for another decision.
REVIEW_TIME = timedelta(days=60)
REVIEW_NOTE = "a regulator's review ended in rejection; a new filing could not be decided before the deadline"


def regulator_review(target: Target, actors: list[str], rejected_at: datetime, deadline: datetime) -> str | None:
    """The trace words when the market asks a regulator ('Will the FDA approve …') to approve,
    clear or license something and the regulator's rejection is dated within REVIEW_TIME of the
    deadline: that review was the one occasion left. None otherwise."""
    key = family_key(target.act or "") or target.act or ""
    if key not in lexicon.REVIEW_ACTS and (target.act or "") not in lexicon.REVIEW_ACTS:
        return None
    regulator = next((a for a in actors if a.lower() in lexicon.REGULATORS), None)
    if regulator is None or deadline - rejected_at > REVIEW_TIME:
        return None
    return f"{REVIEW_NOTE} ({regulator}; {(deadline - rejected_at).days} days left)"


# 'by July 31, 2013', 'before the end of March': a cut-off date, not the day of an occasion
_CUT_OFF = re.compile(r"\b(?:by|before)\s+(?:the\s+end\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                      r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}\b", re.I)


def cut_off(question: str) -> bool:
    """The question sets its deadline as a cut-off date ('Will Edward Snowden leave … by July 31,
    2013?'), not as an occasion's day ('win Best Picture at the 2023 Oscars'): an act done the day
    after it is late, however the offsets fall."""
    return _CUT_OFF.search(question) is not None
