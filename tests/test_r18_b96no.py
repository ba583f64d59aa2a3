"""Eighteenth round, r18-b96no: batch 96's likely-no misses.

- An act noun's predicate past an adverb 'instead' ('The new window for launch, which had been
  scheduled …, has instead been pushed back into a two-hour period that starts at 1:21 a.m. Friday'):
  the push-back and its new date are the launch's (engine/act_predicates.py).
- The act noun opening a reported clause ('announced Friday (Jan. 21) that a strike …'), past a plan
  participle with no commas ('a strike scheduled to begin the same day at 3 p.m. has been called off'):
  its predicate is found the same way (engine/act_predicates.py); and a calling-off told in what an
  announcement reports is a decision made known, read with no party named (engine/delays.announced_off).
- 'stop-work action' is what reports call a strike (lexicon.PHRASE_FAMILIES).
- A rejection dated on the deadline's own day leaves no day to take it again: not discounted as
  revisable (rules/opposite_outcome.py).
Sentences verbatim from the development corpus name their case; the others are near wordings."""

from tests.conftest import decided, fired, run_case

JCSAT_Q = "Will SpaceX launch the JCSAT-14 satellite for SKY Perfect JSAT by May 5, 2016?"
JCSAT_D = "2016-05-05T23:59:59-04:00"
JCSAT_PUB = "2016-05-04T00:00:00-04:00"
JCSAT_URL = "https://www.orlandosentinel.com/space/os-spacex-japanese-satellite-20160504-story.html"
JCSAT_TITLE = "Weather pushes SpaceX launch back at least a day"
JCSAT_LEAD = ("An overnight SpaceX launch of a satellite has been delayed because of weather, company officials said "
              "Wednesday morning.\n\n")
JCSAT_WINDOW = ("The new window for launch, which had been scheduled to open at 1:21 a.m. Thursday morning, has instead "
                "been pushed back into a two-hour period that starts at 1:21 a.m. Friday.")

SEASPAN_Q = "Will Canadian Merchant Services Guild members go on strike at Seaspan Ferries by January 23, 2022?"
SEASPAN_D = "2022-01-23T23:59:59-08:00"
SEASPAN_PUB = "2022-01-21T00:00:00-08:00"
SEASPAN_URL = ("https://www.nanaimobulletin.com/news/island-communities-breathe-sigh-of-relief-seaspan-ferries-"
               "reaches-deal-with-union/")
SEASPAN_TITLE = "Island communities breathe sigh of relief, Seaspan Ferries reaches deal with union"
SEASPAN_REST = ("\n\nThe corporation’s affiliate, Seaspan Ferries, has reached a tentative deal with the Canadian Merchant "
                "Services Guild, with which it has been negotiating since January 2021 for a new collective agreement.")

SYDNEY_Q = "Will Sydney ferry workers hold their planned stop-work action on Monday, July 28, 2014?"
SYDNEY_D = "2014-07-28T23:59:59+10:00"
SYDNEY_PUB = "2014-07-25T08:44:00+10:00"
SYDNEY_URL = "http://www.9news.com.au/national/2014/07/25/08/44/sydney-ferry-workers-to-strike-on-monday"

DEERE_Q = "Will UAW members ratify a new labor contract with John Deere by November 2, 2021?"
DEERE_C = ("This market will resolve to \"Yes\" if on or before November 2, 2021, UAW members covered by the Deere & Co. "
           "master agreement vote to ratify a new collective bargaining agreement. A tentative agreement that has not been "
           "ratified does not count. Otherwise, this market will resolve to \"No\".")
DEERE_URL = ("https://muscatinejournal.com/business/local/local-uaw-rejects-new-deal-with-deere/"
             "article_7fe2c656-603f-552d-a414-b523fee2164f.html")
DEERE_TITLE = "Local UAW rejects new deal with Deere"
DEERE_TEXT = ("The tentative agreement offered improved wages and benefits from the initial agreement, which was "
              "overwhelmingly voted down Oct. 10. The six-year contract would’ve covered about 10,100 production and "
              "maintenance employees at 12 facilities in Iowa, Illinois and Kansas. The strike will continue without the "
              "ratification of the agreement.")


def _jcsat(window: str, as_of: str = "2016-05-05T12:00:00-04:00"):
    return run_case(JCSAT_Q, JCSAT_D, "", [(JCSAT_URL, JCSAT_PUB, JCSAT_TITLE, JCSAT_LEAD + window)], as_of)


def _seaspan(first: str):
    return run_case(SEASPAN_Q, SEASPAN_D, "", [(SEASPAN_URL, SEASPAN_PUB, SEASPAN_TITLE, first + SEASPAN_REST)],
                    "2022-01-22T00:00:00-08:00")


def _sydney(text: str):
    return run_case(SYDNEY_Q, SYDNEY_D, "", [(SYDNEY_URL, SYDNEY_PUB, "Sydney ferries", text)], "2014-07-26T00:00:00+10:00")


def _deere(deadline: str, as_of: str):
    return run_case(DEERE_Q, deadline, DEERE_C, [(DEERE_URL, "2021-11-02T00:00:00-05:00", DEERE_TITLE, DEERE_TEXT)], as_of)


# --- 'has instead been pushed back' ------------------------------------------------------------------

def test_window_pushed_back_instead_past_the_deadline():
    # b96-spacex-jcsat14-launch-by-may5-2016-no (verbatim)
    v = _jcsat(JCSAT_WINDOW)
    assert decided(v) == "likely-no"
    assert any("Friday" in (c.temporal or "") and "after the deadline" in (c.temporal or "")
               for c in fired(v, "ruled_out"))


def test_window_pushed_back_instead_inside_the_deadline_keeps_it_open():
    # near wording: the new window still on the deadline's day
    v = _jcsat("The new window for launch, which had been scheduled to open at 1:21 a.m. Thursday morning, has instead "
               "been pushed back into a two-hour period that starts at 9:21 p.m. Thursday.")
    assert decided(v) != "likely-no"


def test_instead_before_another_verb_is_no_push_back():
    # near wording: 'instead' before a verb that calls nothing off
    v = _jcsat("The new window for launch, which had been scheduled to open at 1:21 a.m. Thursday morning, has instead "
               "been confirmed by the company.")
    assert not any("confirmed" in c.reason for c in fired(v, "ruled_out"))
    assert decided(v) != "likely-no"


# --- a reported clause's subject, past a plan participle ---------------------------------------------

def test_announced_strike_called_off():
    # b96-seaspan-ferries-strike-by-jan23-2022-no (verbatim)
    v = _seaspan("Seaspan Marine Transportation announced Friday (Jan. 21) that a strike scheduled to begin the same day "
                 "at 3 p.m. has been called off.")
    assert decided(v) == "likely-no"
    assert any("called off" in c.reason for c in fired(v, "ruled_out"))


def test_announced_strike_begun_is_not_called_off():
    # near wording: the same clause, the strike begun
    v = _seaspan("Seaspan Marine Transportation announced Friday (Jan. 21) that a strike scheduled to begin the same day "
                 "at 3 p.m. has begun.")
    assert not fired(v, "ruled_out") and decided(v) != "likely-no"


def test_announced_push_back_without_date_is_no_decision():
    # near wording: a push-back with no new date is a setback, not the strike off for the window
    v = _seaspan("Seaspan Marine Transportation announced Friday (Jan. 21) that a strike scheduled to begin the same day "
                 "at 3 p.m. has been postponed.")
    assert decided(v) != "likely-no"


def test_called_off_outside_a_reported_clause_still_needs_a_party():
    # near wording: no announcement reports it ('that' is a relative): no decision made known
    v = _seaspan("Workers at a terminal that a strike scheduled to begin the same day at 3 p.m. has been called off "
                 "were relieved.")
    assert decided(v) != "likely-no"


# --- 'stop-work action' is a strike ------------------------------------------------------------------

def test_planned_strike_cancelled_for_stop_work_action():
    # b96-sydney-ferry-stopwork-jul28-2014-no (verbatim)
    v = _sydney("Sydney ferries will operate normally Monday morning after unionised staff cancelled a planned strike.\n"
                "But they have now decided not to go through with industrial action.")
    assert decided(v) == "likely-no"
    assert any("cancelled" in c.reason for c in fired(v, "ruled_out"))


def test_other_thing_cancelled_is_not_the_stop_work():
    # near wording: a meeting cancelled, not the strike
    v = _sydney("Sydney ferries will operate normally Monday morning after unionised staff cancelled a planned meeting.")
    assert not fired(v, "ruled_out") and decided(v) != "likely-no"


# --- a rejection on the deadline's own day -----------------------------------------------------------

def test_rejection_on_the_deadline_day_is_not_revisable():
    # b96-deere-uaw-ratify-by-nov2-2021-multi-no (verbatim)
    v = _deere("2021-11-02T23:59:59-05:00", "2021-11-03T00:00:00-05:00")
    assert decided(v) == "likely-no"
    assert any("deadline's own day" in (c.temporal or "") for c in fired(v, "opposite_outcome"))


def test_rejection_before_the_deadline_day_stays_revisable():
    # the same report with the deadline three days later: another vote may still come
    v = _deere("2021-11-05T23:59:59-05:00", "2021-11-03T00:00:00-05:00")
    assert any("could be revisited" in (c.temporal or "") for c in fired(v, "opposite_outcome"))
    assert decided(v) != "likely-no"
