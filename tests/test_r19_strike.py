"""The strike lifecycle (nineteenth round, r19-strike; census-r19 §5.1). Questions and sentences verbatim from
the development corpus; each names its case; the must-not-fire variants are the nearest wordings that mean
something else.

- a strike named with a name or a noun before it and a clause or a place after it ('the UMWA strike at Warrior
  Met Coal still be ongoing', "the GDL train drivers' strike that began at Deutsche Bahn on May 19, 2015 end",
  "the Avianca pilots' strike led by ACDAC end") is the subject of the later verb of lasting or ending, not
  the act (main_verb.subject_verb, _named_from_start, post_modifier, _lasting);
- an ordinal's counted stretch ('the ninth rail strike in 10 months') dates nothing to come
  (timex.is_comparison_baseline);
- a result participle after a date whose number keeps its comma ('early Friday, March 13, ending a strike')
  is read as after any comma (participial_clauses.result_participle)."""

from __future__ import annotations

import time
from datetime import datetime

from resolver.engine import Market
from resolver.engine.derive import derive_target
from tests.conftest import decided, fired, run_case
from cpu_budget import assert_cpu_within


def _target(question: str, deadline: str = "2024-07-02T23:59:59-06:00"):
    return derive_target(Market(id="m", question=question, criteria="", deadline=datetime.fromisoformat(deadline)))


# --- the strike as the subject of a later verb --------------------------------------------------------
def test_named_strike_still_under_way_is_a_state():
    # b106-westjet-amfa-strike-ongoing-jul2-2024-stays-no
    t = _target("Will the AMFA mechanics strike at WestJet still be under way on July 2, 2024?")
    assert (t.kind, t.act) == ("state", "remain")
    assert "strike" in t.object
    # b106-warrior-met-strike-ongoing-dec31-2022-stays-yes
    t = _target("Will the UMWA strike at Warrior Met Coal still be ongoing on December 31, 2022?",
                "2022-12-31T23:59:59-06:00")
    assert (t.kind, t.act) == ("state", "remain")


def test_strike_with_a_clause_after_it_ends():
    # b98-gdl-may2015-db-strike-ends-by-may22-2015-yes
    t = _target("Will the GDL train drivers' strike that began at Deutsche Bahn on May 19, 2015 end by May 22, 2015?",
                "2015-05-22T23:59:59+02:00")
    assert (t.kind, t.act) == ("event", "end") and "strike" in t.object
    # b102-avianca-acdac-strike-ends-by-nov15-2017-multi-yes
    t = _target("Will the Avianca pilots' strike led by ACDAC end by November 15, 2017?", "2017-11-15T23:59:59-05:00")
    assert (t.kind, t.act) == ("event", "end") and "strike" in t.object


def test_union_striking_stays_the_act():
    # must not fire: the union strikes (a verb), no later verb of lasting or ending
    for q in ("Will the UAW strike at Ford on May 3, 2024?", "Will the union strike at Ford by May 3, 2024?",
              "Will Ryanair's Irish-based pilots strike on July 24, 2018?"):
        t = _target(q)
        assert (t.kind, t.act) == ("event", "strike"), q
    # a planned clause ('that will begin') is no past modifier of the noun
    t = _target("Will the UAW strike that will begin at Ford end by May 3, 2024?")
    assert t.act != "end" or t.kind == "event"


# --- an ordinal's stretch is no date to come --------------------------------------------------------
GDL_Q = "Will the GDL train drivers' strike that began at Deutsche Bahn on May 19, 2015 end by May 22, 2015?"
GDL_C = ("This market will resolve to \"Yes\" if the GDL union's strike at Deutsche Bahn that began on May 19, 2015 is "
         "ended or called off on or before May 22, 2015 (German time). Otherwise, this market will resolve to \"No\".")
GDL_T = "German rail strike ends as operator, union agree to mediation"
GDL_S = ("Germany's national railway operator, Deutsche Bahn, and a union of German train drivers said Thursday that "
         "they agreed to enter mediation and put an end to the ninth rail strike in 10 months.")


def _gdl(title, text):
    return run_case(GDL_Q, "2015-05-22T23:59:59+02:00", GDL_C,
                    [("https://example.com/gdl", "2015-05-21T00:00:00+08:00", title, text)], "2015-05-22T00:00:00+00:00")


def test_ninth_strike_in_ten_months_is_no_later_date():
    v = _gdl(GDL_T, GDL_S)
    assert not fired(v, "scheduled_after_deadline")
    assert decided(v) == "likely-yes"


def test_plain_in_ten_months_still_dates_what_comes():
    # must not fire: no ordinal before it, 'in 10 months' is a date to come
    v = _gdl("", "Deutsche Bahn and the GDL said the strike would end in 10 months.")
    assert decided(v) != "likely-yes"


# --- a result participle after a date's comma -------------------------------------------------------
STP_Q = "Will the St. Paul Public Schools teachers' strike end by March 15, 2020?"
STP_S = ("The teachers union and Minnesota's second-largest school district reached a tentative contract agreement "
         "early Friday, March 13, ending a strike that began Tuesday and canceled classes for some 36,000 students.")


def _stp(text):
    return run_case(STP_Q, "2020-03-15T23:59:59-05:00", "",
                    [("https://example.com/stp", "2020-03-13T00:00:00-07:00", "", text)], "2020-03-14T00:00:00+00:00")


def test_agreement_on_a_date_ending_the_strike():
    # b88-st-paul-teachers-strike-ends-by-mar15-2020-yes
    v = _stp(STP_S)
    assert fired(v, "confirmation")
    assert decided(v) == "likely-yes"


def test_agreement_to_come_or_denied_ending_nothing():
    # must not fire: the main clause still to come, or negated
    v = _stp(STP_S.replace("reached", "are expected to reach"))
    assert decided(v) != "likely-yes"
    v = _stp(STP_S.replace("reached", "did not reach"))
    assert decided(v) != "likely-yes"


def test_hostile_run_on_sentence_is_fast():
    words = ("the UMWA strike at Warrior Met Coal that began on March 13, ending the ninth strike in 10 months "
             "led by ACDAC remain active ")
    text = (words * (30000 // len(words)))[:30000]
    t0 = time.process_time()
    run_case("Will the UMWA strike at Warrior Met Coal still be ongoing on December 31, 2022?",
             "2022-12-31T23:59:59-06:00", "", [("https://example.com/long", "2022-12-20T00:00:00-06:00", "", text)],
             "2022-12-21T00:00:00-06:00")
    assert_cpu_within(t0, 10)
