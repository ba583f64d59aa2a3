"""Targets derived from questions (nineteenth round, r19-qderive): the question's verb with its particle,
and the measure a level question names before its occasion. Questions verbatim from the development
corpus (batch-*.json, each names its case); the must-not-change questions are real corpus questions or
the nearest wordings where the reading must leave the target as it was.

- a verb with its particle that a frame lists as a phrase names that frame's act ('call off their
  strike' → terminate, 'touch down on asteroid Ryugu' → land), unless the frame lists the verb by itself
  ('hand over' stays 'hand', of the release frame) or no frame lists the phrase ('lay off')
  (engine/particle_acts.py);
- a level question's measure before 'in' / 'at' / 'during' and an owner's occasion is what the figure
  measures ('official turnout in Croatia's … referendum be 50% or higher': the turnout, not the
  referendum) (engine/level_measures.py)."""

import time

from resolver.engine.derive import derive_target
from resolver.engine.evaluate import evaluate_market
from resolver.engine.types import Market
from tests.conftest import decided, news_article, news_market, run_case, ts
from cpu_budget import assert_cpu_within


def _target(question, criteria="", deadline="2030-01-01T00:00:00+00:00"):
    return derive_target(Market(id="t", question=question, criteria=criteria, deadline=deadline))


# --- a verb with its particle -------------------------------------------------------------------

# b98-air-france-pilots-end-transavia-strike-by-sep30-2014-yes
AF_Q = "Will Air France pilots call off their strike over the Transavia expansion by September 30, 2014?"
AF_C = ("This market will resolve to \"Yes\" if Air France's main pilots' union SNPL officially calls off or ends the "
        "pilots' strike that began on September 15, 2014, on or before September 30, 2014 (Paris time), whether or not "
        "an agreement with management is reached. Otherwise, this market will resolve to \"No\".")
AF_S = ("PARIS, Sept 28 Air France pilots called off on Sunday a two-week strike that had cost the airline more than "
        "280 million euros ($355 million), despite continued deadlock with managers over the development of the firm's "
        "low-cost operations.")


def test_call_off_is_terminating_not_calling():
    t = _target(AF_Q, AF_C)
    assert t.act == "terminate" and t.object == "strike"
    # b97-air-india-pilots-end-strike-by-jul6-2012-yes
    t = _target("Will the striking Air India pilots of the Indian Pilots' Guild call off their strike by July 6, 2012?")
    assert t.act == "terminate" and t.object == "strike"


def test_called_off_strike_confirms_not_rules_out():
    v = run_case(AF_Q, "2014-09-30T23:59:59+02:00", AF_C,
                 [("http://in.reuters.com/article/aifrance-strike", "2014-09-28T00:00:00+02:00", "", AF_S)],
                 "2014-09-29T00:00:00+00:00")
    assert decided(v) == "likely-yes"


def test_called_off_planned_is_no_confirmation():
    planned = AF_S.replace("Air France pilots called off on Sunday", "Air France pilots said they would call off next month")
    v = run_case(AF_Q, "2014-09-30T23:59:59+02:00", AF_C,
                 [("http://in.reuters.com/article/aifrance-strike", "2014-09-28T00:00:00+02:00", "", planned)],
                 "2014-09-29T00:00:00+00:00")
    assert decided(v) != "likely-yes"


def test_touch_down_is_landing():
    # b37-hayabusa2-touchdown-by-feb21-2019-et-multi-yes, b75-near-shoemaker-lands-eros-feb2001-yes
    assert _target("Will Hayabusa2 touch down on asteroid Ryugu by February 21, 2019?").act == "land"
    assert _target("Will NASA's NEAR Shoemaker spacecraft touch down on asteroid Eros by February 14, 2001?").act == "land"


def test_particle_the_frame_does_not_change_keeps_the_verb():
    # b23-france-hands-over-all-chad-bases-by-jan31-2025-multi-yes: 'hand' is the release frame's own verb
    assert _target("Will France hand over all of its military bases in Chad to the Chadian army by January 31, "
                   "2025?").act == "hand"
    # b24-yahoo-lays-off-over-10pct-by-feb10-2023-yes: no frame lists 'lay off'
    assert _target("Will Yahoo lay off more than 10% of its staff by February 10, 2023?").act == "lay"
    # b36-skype-shut-down-by-may31-2025-undet: 'shut down' is the shut frame's, as before
    assert _target("Will Microsoft shut down Skype by May 31, 2025?").act == "shut"
    # a preposition is no particle: b67-toysrus-ch11-sep2017-yes
    assert _target('Will Toys "R" Us file for bankruptcy protection by September 30, 2017?').act == "file"


def test_call_without_its_particle_stays_calling():
    assert _target("Will the president call a snap election by June 30, 2025?").act == "call"
    # b38-scotus-california-union-law-seven-votes-2008-yes: 'strike down' was read before (phrasal_acts)
    assert _target("Will at least seven Supreme Court justices vote to strike down California's union-neutrality "
                   "law in Chamber of Commerce v. Brown?").act == "overturn"


# --- the measure of a level question -----------------------------------------------------------

def test_turnout_is_the_measure_not_the_referendum():
    # b97-croatia-eu-referendum-turnout-50pct-multi-no, b84-slovenia-water-referendum-turnout-45pct-2021-multi-yes
    t = _target("Will official turnout in Croatia's January 22, 2012 EU membership referendum be 50% or higher?")
    assert t.object_terms == ["turnout"] and t.kind == "threshold" and t.threshold == 50.0
    t = _target("Will turnout in Slovenia's July 11, 2021 Waters Act referendum be 45% or higher?")
    assert t.object_terms == ["turnout"] and t.threshold == 45.0


def test_yes_vote_is_the_measure():
    # b88-voice-referendum-yes-40pct-asof-count-multi-undet
    t = _target("Will the national Yes vote in Australia's October 14, 2023 Indigenous Voice referendum be 40% or higher?")
    assert t.object == "national Yes vote"


def test_owner_first_keeps_the_possessed_level():
    # b06-boc-cut-to-4.75-by-jun30-2024-yes
    assert _target("Will the Bank of Canada's policy rate be 4.75% or lower by June 30, 2024?").object == "policy rate"
    # b84-bangladesh-fy19-gdp-final-8pct-asof-provisional-multi-undet: an estimate 'of' the growth measures it
    assert _target("Will the final BBS estimate of Bangladesh's GDP growth for fiscal year 2018-19 be 8.0% or "
                   "higher?").object == "GDP growth"
    # b56-crimea-referendum-97pct-official-asof-revision-multi-undet: a share 'of' votes named first: as before
    assert _target("Will the officially announced share of votes for joining Russia in Crimea's March 16, 2014 "
                   "referendum be 97.0% or higher?").object == "referendum"


def test_turnout_reached_is_unchanged():
    # b39-hungary-referendum-turnout-50pct-oct2016-no: a verb, not a copula: the reading does not apply
    t = _target("Will turnout in Hungary's October 2, 2016 national referendum reach 50%?")
    assert t.act == "reach" and t.object is None


def test_hostile_inputs_stay_fast():
    # a 30 KB one-sentence article of the readings' words, for questions of both shapes
    words = " ".join(["call off turnout in Croatia's referendum touch down"] * 600)
    for q in (AF_Q, "Will official turnout in Croatia's January 22, 2012 EU membership referendum be 50% or higher?"):
        m = news_market(q, "2014-09-30T23:59:59+02:00")
        a = news_article("https://example.com/x", "2012-07-04T00:00:00+00:00", "", words + ".")
        t0 = time.process_time()
        evaluate_market(m, [a], ts("2012-07-05T00:00:00+00:00"))
        assert_cpu_within(t0, 5)
    # a question of the readings' words (3 KB): the derivation stays quick
    short = " ".join(["call off turnout in Croatia's referendum touch down"] * 60)
    for q in (f"Will the pilots call off {short} by July 6, 2012?", f"Will official turnout in {short} be 50% or higher?"):
        t0 = time.process_time()
        _target(q)
        assert_cpu_within(t0, 2)
