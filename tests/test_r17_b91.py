"""Readings from batch 91's misses (seventeenth round): a halt dated on a day before the deadline's is
a restarting act's premise, not its ruling out (ruled_out, halted_premise.py); a restart told only as
the moment a renewed halt came after it confirms nothing and holds a passed deadline
(undone_restarts.py); 'back in the air / sky', 'back up and running', 'back in service' are words of
restoring (frames.json).
Sentences verbatim from the corpus (the case named in a comment), with near wordings where the
reading must stay silent."""

from __future__ import annotations

from conftest import decided, fired, run_case

EUROSTAR_Q = "Will Eurostar resume passenger train services through the Channel Tunnel by December 21, 2009?"
EUROSTAR_C = ("This market will resolve to \"Yes\" if, on or before December 21, 2009, Eurostar runs at least one "
              "scheduled passenger service through the Channel Tunnel following the suspension that began on December "
              "19, 2009. Otherwise, this market will resolve to \"No\".")


def _eurostar(text: str):
    return run_case(EUROSTAR_Q, "2009-12-21T23:59:59+00:00", EUROSTAR_C,
                    [("https://news.example.org/eurostar-services-cancelled", "2009-12-19T13:25:00-05:00",
                      "Eurostar services cancelled as snow brings havoc", text)], "2009-12-19T20:00:00+00:00")


def test_halt_dated_before_deadline_day_is_premise():
    # b91-eurostar-resumes-by-dec21-2009-asof-dec19-undet
    v = _eurostar("Eurostar said it canceled all services Saturday because of severe weather in northern France, "
                  "stranding thousands of passengers on the weekend before Christmas.")
    assert not fired(v, "ruled_out") and v.verdict == "undetermined"


def test_halt_dated_on_deadline_day_still_ruled_out():
    # must not fire: the halt covers the deadline's own day
    v = _eurostar("Eurostar said it canceled all services on December 21 because of severe weather in northern France.")
    assert fired(v, "ruled_out")


def test_halt_before_a_date_still_ruled_out():
    # must not fire: 'before' + a date gives the halt an end
    v = _eurostar("Eurostar said it canceled all services Saturday and would not run trains before December 23.")
    assert fired(v, "ruled_out")


RIM_Q = ("Will RIM restore normal BlackBerry service across Europe, the Middle East and Africa by October 11, 2011?")
RIM_C = ("This market will resolve to \"Yes\" if, by the end of October 11, 2011 (UK time), Research In Motion has "
         "restored normal BlackBerry email, messaging (BBM) and browsing service for its users in Europe, the Middle "
         "East and Africa following the outage that began on October 10, 2011, with no continuing region-wide "
         "disruption. Otherwise, this market will resolve to \"No\".")
RIM_TITLE = "BlackBerry services offline for some in Europe, the Middle East and Africa. Again."


def _rim(text: str):
    return run_case(RIM_Q, "2011-10-11T23:59:59+01:00", RIM_C,
                    [("http://www.example.com/2011/10/11/blackberry-services-offline", "2011-10-11T00:00:00-04:00",
                      RIM_TITLE, text)], "2011-10-13T00:00:00+00:00")


def test_restart_before_renewed_outage_confirms_nothing():
    # b91-rim-restores-blackberry-emea-by-oct11-2011-multi-no
    v = _rim("We've received several reports of a second BlackBerry outage for the Europe, Middle East and Africa "
             "region, and our friends over at T-Mobile UK and Vodafone Egypt have confirmed again on Twitter, just "
             "several hours after RIM tweeted that service had been restored.")
    assert not fired(v, "confirmation") and v.verdict == "undetermined"


def test_restart_after_an_outage_still_confirms():
    # must not fire: the restart is the main clause's news, the outage only its past
    v = _rim("RIM said that BlackBerry service had been restored across Europe, the Middle East and Africa after "
             "a second outage on Tuesday.")
    assert fired(v, "confirmation")


QANTAS_Q = "Will Qantas resume commercial passenger flights by October 31, 2011?"
QANTAS_C = ("This market will resolve to \"Yes\" if, on or before October 31, 2011 (Australian Eastern Daylight Time), "
            "at least one Qantas mainline commercial passenger flight takes off following the grounding of the "
            "airline's fleet on October 29, 2011. Positioning flights without passengers do not count. Otherwise, this "
            "market will resolve to \"No\".")


def test_back_in_the_air_holds_a_passed_deadline():
    # b91-qantas-resumes-flights-by-oct31-2011-multi-yes
    v = run_case(QANTAS_Q, "2011-10-31T23:59:59+11:00", QANTAS_C,
                 [("https://www.example.com/live-coverage-qantas", "2011-10-31T16:37:00+11:00",
                   "Live coverage: Qantas ordered back in the air",
                   "4.37pm: Now that the national carrier is back in the sky, it's time for us to finish our live "
                   "blog.")], "2011-11-01T00:00:00+00:00")
    assert v.verdict != "likely-no"


def test_back_in_service_negated_stays_silent():
    # must not fire: the return told as not coming (b48's wording) leaves the deadline's silence to decide
    v = run_case(QANTAS_Q, "2011-10-31T23:59:59+11:00", QANTAS_C,
                 [("https://www.example.com/qantas-grounded", "2011-10-30T10:00:00+11:00", "Qantas fleet grounded",
                   "Qantas said the planes won't be back in service anytime soon.")], "2011-11-01T00:00:00+00:00")
    assert decided(v) == "likely-no"
