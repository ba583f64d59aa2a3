"""The strike lifecycle, second pass (nineteenth round, r19-strike2; census-r19 §1). Questions and sentences
verbatim from the development corpus; each names its case; the must-not-fire variants are the nearest
wordings that mean something else.

- a suspension takes the act's noun past the noun's own modifiers ('has suspended its planned teacher
  strikes': called_off._takes_act_noun, _nominal_modifier);
- the event a market's act stages ('begin their proposed indefinite strike', 'stage a strike') stands for the
  act when a calling-off takes it ('agreed to defer the proposed strike', 'Strike action … has been
  suspended': staged_events.py);
- a strike suspended or deferred from a day in the market's window is off for that day, not pushed back
  (suspended_strikes.py)."""

from __future__ import annotations

import time

from tests.conftest import decided, fired, run_case
from cpu_budget import assert_cpu_within

# --- a suspension past the noun's modifiers, from the strike's own day ---------------------------------
IOM_Q = "Will NASUWT teachers on the Isle of Man go on strike on February 15, 2023?"
IOM_C = ('This market will resolve to "Yes" if members of the NASUWT teaching union on the Isle of Man take strike '
         'action on February 15, 2023. If the strike day is suspended, cancelled or postponed, this market will '
         'resolve to "No".')
IOM_S = ("NASUWT, one of the island's teaching unions, has suspended its planned teacher strikes which were due "
         "February 15 and 16.")


def _iom(text, criteria=IOM_C):
    return run_case(IOM_Q, "2023-02-15T23:59:59+00:00", criteria,
                    [("https://www.iomtoday.co.im/news/nasuwt-teacher-strikes-suspended-next-week-594300",
                      "2023-02-10T00:00:00+00:00", "", text)], "2023-02-16T00:00:00+00:00")


def test_planned_teacher_strikes_suspended_from_the_day():
    # b100-iom-nasuwt-strike-feb15-2023-multi-no
    v = _iom(IOM_S)
    assert fired(v, "ruled_out")
    assert decided(v) == "likely-no"


def test_strikes_of_other_days_suspended_or_only_proposed():
    # must not fire: another day's strikes suspended (the market's day stays planned)
    v = _iom(IOM_S.replace("February 15 and 16", "February 8 and 9"), criteria="")
    assert decided(v) != "likely-no"
    # must not fire: a suspension asked for, not decided
    v = _iom("The department has called on NASUWT to suspend its planned teacher strikes which were due "
             "February 15 and 16.", criteria="")
    assert not fired(v, "ruled_out")
    # must not fire: the suspension denied (a negation near the act is another reading's, on main before this one)
    v = _iom(IOM_S.replace("has suspended", "has not suspended"), criteria="")
    assert not [c for c in fired(v, "ruled_out") if "called off or pushed back" in c.reason]


def test_suspended_flights_are_not_the_strike():
    # must not fire: 'suspend' takes another noun, the strike only its reason
    v = _iom("The island's ferry operator has suspended its planned sailings because of the teacher strikes due "
             "February 15 and 16.", criteria="")
    assert not fired(v, "ruled_out")


# --- the staged event's own noun called off ------------------------------------------------------------
PORTS_Q = "Will port and dock workers at India's major ports begin their proposed indefinite strike by August 31, 2024?"
PORTS_LEAD = ("The decision came after an agreement between representatives of workers' unions and ports management on "
              "workers' demands at a marathon meeting in the national capital on Tuesday, they said. ")
PORTS_S = ("Considering the move... the six federations agreed to defer the proposed strike from August 28,\" a "
           "source said.")
PORTS_PLAIN = "The six federations agreed to defer the proposed strike from August 28."


def _ports(text):
    # the article's lead names the workers (the market's actor); the report itself names none
    return run_case(PORTS_Q, "2024-08-31T23:59:59+05:30", "",
                    [("https://news.rediff.com/commentary/2024/aug/28/port-dock-workers", "2024-08-28T00:00:00+05:30",
                      "", PORTS_LEAD + text)], "2024-08-29T00:00:00+00:00")


def test_proposed_strike_deferred_from_its_day():
    # b98-india-major-ports-indefinite-strike-by-aug31-2024-no (the sentence as printed, hedged by its
    # unnamed source; and the same report without the hedge)
    v = _ports(PORTS_S)
    assert [c.weight for c in fired(v, "ruled_out")][0] < 0
    v = _ports(PORTS_PLAIN)
    assert fired(v, "ruled_out")
    assert decided(v) == "likely-no"


def test_deferral_demanded_or_of_another_thing():
    # must not fire: a deferral asked for, not agreed
    v = _ports("The ports ministry urged the six federations to defer the proposed strike from August 28.")
    assert decided(v) != "likely-no"
    # must not fire: the strike is the reason, the talks are what was deferred
    v = _ports("The six federations deferred the talks after the proposed strike from August 28.")
    assert not fired(v, "ruled_out")


RF_Q = "Will Red Funnel workers stage a strike on Southampton-Cowes ferry services on August 26, 2022?"
RF_T = "Southampton-Cowes Red Funnel strike action suspended"
RF_S = ("Strike action on all Southampton to Cowes ferry services has been suspended. Red Funnel workers will no "
        "longer stage 24-hour strikes on 23, 26 and 29 August as they will be allowed to vote on an improved pay offer.")


def _rf(title, text, question=RF_Q):
    return run_case(question, "2022-08-26T23:59:59+01:00", "",
                    [("https://www.bbc.co.uk/news/uk-england-hampshire-62643954", "2022-08-23T00:00:00+01:00", title,
                      text)], "2022-08-24T00:00:00+00:00")


def test_strike_action_suspended_for_a_staging_market():
    # b90-red-funnel-strike-aug26-2022-no
    v = _rf(RF_T, RF_S)
    assert fired(v, "ruled_out")
    assert decided(v) == "likely-no"


def test_strike_suspension_for_an_ending_market_is_no_calling_off():
    # must not fire: for a market on the strike ending, the same words tell the act done, never ruled out
    v = _rf(RF_T, RF_S, "Will the Red Funnel workers' strike on Southampton-Cowes ferry services end by August 26, 2022?")
    assert not fired(v, "ruled_out")


def test_hostile_run_on_sentence_is_fast():
    words = ("the six federations agreed to defer the proposed indefinite teacher strike from August 28 and has "
             "suspended its planned strikes which were due February 15 and 16 ")
    text = (words * (30000 // len(words)))[:30000]
    t0 = time.process_time()
    _ports(text)
    _iom(text)
    assert_cpu_within(t0, 10)
