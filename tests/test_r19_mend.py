"""Review r19, findings 1, 2 and 5 (review-r19.md A1, A2, A5): must-not-fire sentences from the review, and the
development corpus's verbatim sentences that must still fire (each names its case).

- A1: a negation reads an expectation word only when it governs it (negated_expectations.py); a negated
  calling-off ('has not suspended', 'did not call off') leaves the plan standing: no ruled-out, no failed act;
- A2: another union's, another group's or another day's strike suspension is not the market's strike called
  off (suspended_strikes.other_strike);
- A5: a dropped measure is the verb's own object, not one a 'to' or another verb completes
  (dropped_measures._measure_after), and a plan to end a kept state, given up, rules nothing out
  (dropped_measures.plan_to_end)."""

from __future__ import annotations

import time

import pytest

from resolver.engine.negated_expectations import negated_expectation
from resolver.engine.text import tokenize
from tests.conftest import decided, fired, run_case
from tests.test_r18_b102b import RYR_S, _ryr
from tests.test_r19_stays import KUW_S, _kuwait
from tests.test_r19_strike2 import IOM_S, _iom
from cpu_budget import assert_cpu_within


def _show(v):
    return [(c.rule, c.weight, c.reason[:120]) for c in v.contributions if c.weight]


# --- A1: the negation must govern the expectation word --------------------------------------------------
@pytest.mark.parametrize("s", [
    "NASUWT, one of the island's teaching unions, has not suspended its planned teacher strikes which were due "
    "February 15 and 16.",
    "NASUWT has not suspended its strikes which were due February 15 and 16.",
    "NASUWT said it has no plans to suspend its planned strikes on February 15.",
    "NASUWT did not call off the strike planned for February 15.",
    "NASUWT's planned strike on February 15 has not been suspended.",
])
def test_negated_suspension_leaves_the_strike_standing(s):
    v = _iom(s)
    assert decided(v) != "likely-no", _show(v)
    assert not [c for c in v.contributions if c.weight < 0], _show(v)


def test_the_suspension_itself_still_rules_out():
    # b100-iom-nasuwt-strike-feb15-2023-multi-no
    v = _iom(IOM_S)
    assert fired(v, "ruled_out") and decided(v) == "likely-no"


@pytest.mark.parametrize("stretch, phrase", [
    # b40: 'Iranian Foreign Minister Mohammad Javad Zarif said no deal was imminent …'
    ("iranian foreign minister mohammad javad zarif said no deal was imminent and the white house said the",
     "no … imminent"),
    # b74: 'He said lava had reached the international airport … but that it was not likely to reach other parts of Goma.'
    ("but that it was not likely to reach other parts of goma .", "not … likely"),
    # b77: 'Political sources told Reuters that local elections in England could not go ahead as planned for May 3 …'
    ("political sources told reuters that local elections in england could not go ahead as planned", "not … planned"),
    # b105: 'A second 72-hour strike, due to start on September 3, will now almost certainly not go ahead either …'
    ("second 72 - hour strike , due to start on september 3, will now almost certainly not", "not … due"),
])
def test_corpus_negated_expectations_still_read(stretch, phrase):
    assert negated_expectation(tokenize(stretch)) == (phrase, 0.75)


@pytest.mark.parametrize("stretch", [
    "has not suspended its planned teacher strikes which were due february 15",
    "said it has no plans to suspend its planned strikes on february 15",
    "did not call off the strike planned for february 15",
    "the planned strike has not been suspended",
    "no one has cancelled the planned strike",
])
def test_negation_of_another_verb_reads_no_expectation(stretch):
    assert negated_expectation(tokenize(stretch)) is None


# --- A2: another union's, another group's, another day's suspension --------------------------------------
@pytest.mark.parametrize("s", [
    "NASUWT has suspended its planned strike on February 16, but the strike on February 15 will go ahead.",
    "The NEU, another teaching union, has suspended its planned strikes which were due February 15 and 16; "
    "NASUWT's strike goes ahead.",
    "Bus drivers have suspended their planned strike which was due February 15, easing travel for striking NASUWT "
    "teachers.",
])
def test_other_strike_suspended(s):
    v = _iom(s)
    assert decided(v) != "likely-no", _show(v)


def test_a_union_named_with_the_market_pilots_still_suspends_their_strike():
    # b102-ryanair-irish-pilots-strike-dec20-2017-multi-no: Impact is the pilots' union, the strike 'of Ryanair pilots'
    v = _ryr(RYR_S)
    assert fired(v, "ruled_out") and decided(v) == "likely-no"


def test_london_bus_drivers_still_suspend_their_strike():
    # b108-arriva-london-bus-strike-oct4-2022-asof-sep26-no (headline)
    v = run_case("Will Arriva bus drivers in London go on strike on October 4, 2022?", "2022-10-04T23:59:59+01:00", "",
                 [("https://www.reuters.com/world/uk/thousands-london-bus-drivers-suspend-strike-following-new-pay-offer-"
                   "union-2022-09-26/", "2022-09-26T00:00:00+01:00",
                   "Thousands of London bus drivers suspend strike following new pay offer - union", "")],
                 "2022-09-27T00:00:00+01:00")
    assert fired(v, "ruled_out")


# --- A5: the measure as the verb's own object; a plan to end the state given up -------------------------
@pytest.mark.parametrize("s", [
    "Kuwait dropped its opposition to the dollar peg on Sunday.",
    "Kuwait dropped plans to abandon the dollar peg on Sunday.",
    "Kuwait scrapped a proposal to end the dollar peg on Sunday.",
])
def test_peg_kept(s):
    v = _kuwait("", s)
    assert not fired(v, "state_ended") and decided(v) != "likely-no", _show(v)


def test_peg_dropped_still_read():
    # b105 Kuwait: 'dropping a peg to the tumbling US dollar'
    v = _kuwait("", KUW_S)
    assert fired(v, "state_ended")
    v = _kuwait("", "Kuwait dropped the dollar peg on Sunday.")
    assert fired(v, "state_ended")


# --- cost: a long run-on sentence of the readings' words ------------------------------------------------
def test_hostile_run_on_sentence_is_fast():
    text = ("NASUWT has not suspended its planned strike, no plans to call off the strike due on February 16 and the "
            "NEU suspended their planned strikes ") * 200
    t0 = time.process_time()
    _iom(text + ".")
    assert_cpu_within(t0, 5.0)


def test_a_weekday_read_in_the_past_is_no_other_day():
    # b102-ryanair-irish-pilots-strike-dec20-2017-multi-no (Reuters lead): 'Wednesday' read as the past week's
    v = _ryr("DUBLIN, Dec 17 (Reuters) - Ryanair pilots in Ireland on Sunday suspended a 24-hour strike planned for "
             "Wednesday, the final strike threat facing the airline in the busy run-up to Christmas, trade union Impact "
             "said in a statement.")
    assert [c for c in fired(v, "ruled_out") if c.weight < 0]
