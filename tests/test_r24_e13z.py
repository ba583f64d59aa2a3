"""Readings of a second pass over development batches 137-138 (helper e13z: politics, elections).

- dropped_plans (cancellations.json 'dropped_plans'): 'withdrew his name from contention to be the next attorney
  general' gives up the nomination, as 'from consideration' does: a confirmation market is ruled out.
- called_events (rules/scheduled.py): for a market on calling an election, a date of the called event itself ('he
  would prefer the vote to take place in November', 'an election for November 25') is not a plan of the call, and
  'the vote' is no prerequisite step before the call.

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants swap the
names, verbs and tenses, with must-not-fire near-misses. `wrong_fires()` counts the variants read the wrong way;
it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

import time

from conftest import case_runner, fired
from cpu_budget import assert_cpu_within

# --- withdrawn from contention ----------------------------------------------------------------------------------
# b137-gaetz-confirmed-attorney-general-by-jan31-2025-no
_ag = case_runner("b137-gaetz-confirmed-attorney-general-by-jan31-2025-no",
                  "https://www.newser.com/story/359897/x", "2024-11-21T11:41:00-06:00")
AG_S = ("Matt Gaetz is out of the running: The former Florida congressman on Thursday withdrew his name from "
        "contention to be the next attorney general, reports the Washington Post.")
_WHO = ("Matt Gaetz", "Gaetz", "Former congressman Matt Gaetz")
_WITHDREW = ("withdrew his name from contention", "has withdrawn his name from contention", "withdrew from contention",
             "on Thursday withdrew his name from contention", "pulled his name from contention")
WITHDRAWN = [AG_S] + [f"{w} {v} to be the next attorney general." for w in _WHO for v in _WITHDREW]
# not a withdrawal: negated, a plan or a threat, another party's name
NOT_WITHDRAWN = [f"{w} {v} to be the next attorney general." for w in _WHO for v in (
    "did not withdraw his name from contention", "refused to withdraw his name from contention",
    "may withdraw his name from contention", "said he would never withdraw his name from contention")] + [
    "Another candidate withdrew his name from contention to be the next attorney general.",
    "Pam Bondi withdrew her name from contention to be the next attorney general."]


# --- the called election's own date -----------------------------------------------------------------------------
# b137-iceland-pm-calls-snap-election-by-sep30-2017-multi-yes
_is = case_runner("b137-iceland-pm-calls-snap-election-by-sep30-2017-multi-yes",
                  "https://www.reuters.com/article/x", "2017-09-15T17:13:00+00:00",
                  title="Iceland PM calls snap election after a coalition party quits")
IS_S = ("\"I am calling an election,\" Bjarni Benediktsson told reporters, adding that he would prefer the vote "
        "to take place in November.")
_HELD = ("he would prefer the vote to take place in November", "the vote would take place in November",
         "the election will be held in November", "the poll is to be held on November 28",
         "he wants the vote to happen in late October")
EVENT_DATED = [IS_S] + [f"\"I am calling an election,\" {w} told reporters, adding that {h}."
                        for w in ("Bjarni Benediktsson", "Benediktsson", "the prime minister") for h in _HELD] + [
    f"Iceland's prime minister Bjarni Benediktsson said he would call an election for {d}."
    for d in ("November 25", "late October", "November")]
# the call itself planned after the deadline stays a plan against the market
CALL_LATE = [f"Bjarni Benediktsson will call a snap election {d}, his office said." for d in (
    "in November", "on November 3", "next month", "in mid-October")]


def wrong_fires() -> dict[str, int]:
    return {
        "withdrawal_missed": sum(_ag(s).verdict != "likely-no" for s in WITHDRAWN),
        "not_withdrawn_decided": sum(_ag(s).verdict != "undetermined" for s in NOT_WITHDRAWN),
        "event_date_read_as_call": sum(bool(fired(_is(s), "scheduled_after_deadline")) for s in EVENT_DATED),
        "late_call_missed": sum(not fired(_is(s, head=""), "scheduled_after_deadline") for s in CALL_LATE),
    }


def test_withdrawn_from_contention():
    assert _ag(AG_S).verdict == "likely-no"
    for s in WITHDRAWN:
        assert _ag(s).verdict == "likely-no", s
    for s in NOT_WITHDRAWN:
        assert _ag(s).verdict == "undetermined", s


def test_called_event_date():
    v = _is(IS_S)
    assert not fired(v, "scheduled_after_deadline")
    assert v.verdict == "likely-yes"
    for s in EVENT_DATED:
        assert not fired(_is(s), "scheduled_after_deadline"), s
    for s in CALL_LATE:
        assert fired(_is(s, head=""), "scheduled_after_deadline"), s


def test_hostile_input_is_bounded():
    from resolver.engine import called_events
    soup = " ".join(["withdrew his name from contention to be the next", "calling an election vote to take place",
                     "the poll will be held for election for", "in November"] * 300)[:30000]
    start = time.process_time()
    _ag(soup)
    _is(soup)
    assert_cpu_within(start, 2.0)
    start = time.process_time()
    for k in range(0, len(soup), 97):
        called_events._EVENT_DATED.search(soup[max(0, k - called_events.WINDOW):k])
    assert_cpu_within(start, 2.0)
