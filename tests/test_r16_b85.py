"""Readings from batch 85's misses (sixteenth round): a cut-off hour's day is no window start and a plan
moved sooner is not given up (ruled_out); a result dated before the contest's named day is an earlier
meeting (rival_outcome); an act announced as immediate is done when announced (mentions); a verb taking
'with' after a noun, and an object opened by 'former', in questions (derive).
Sentences verbatim from the corpus (the case named in a comment), with near misses that must not
fire the reading."""

from __future__ import annotations

from datetime import datetime, timezone

from conftest import decided, fired, news_market, run_case

from resolver.engine import mentions
from resolver.engine.derive import derive_target
from resolver.engine.text import make_sentence
from resolver.engine.window import window_start

# --- b85-new-bay-bridge-span-open-before-5am-sep3-2013-multi-yes -------------------------------------------

BAY_Q = ("Will the new eastern span of the San Francisco-Oakland Bay Bridge open to traffic before 5 a.m. on "
         "September 3, 2013?")
BAY_C = ("This market will resolve to \"Yes\" if the new eastern span of the San Francisco-Oakland Bay Bridge opens to "
         "public vehicle traffic before 5:00 a.m. Pacific Time on September 3, 2013. Ceremonies or dedications without "
         "traffic do not count. Otherwise, this market will resolve to \"No\".")
BAY_PLAN = ("The bridge was scheduled to open to traffic by 5 a.m. on Tuesday, but officials at the ceremony said the "
            "bridge would open some time tonight.")
BAY_DONE = ("Work went so smoothly on the eastern span of the Bay Bridge that it opened to traffic earlier than expected "
            "Monday night, delighting the first drivers to cross the new $6.4 billion structure.")


def _bay(plan: str, done: str | None = None, as_of: str = "2013-09-03T18:00:00+00:00"):
    items = [("http://www.pressdemocrat.com/news/2781901-181/ribbon-cutting-at-the-new-bay", "2013-09-02T00:00:00-07:00",
              "Ribbon-cutting at the new Bay Bridge", plan)]
    if done:
        items.append(("https://sfbayca.com/2013/09/03/bay-bridge-delights-drivers-with-early-opening/",
                      "2013-09-03T00:00:00-07:00", "Bay Bridge delights drivers with early opening", done))
    return run_case(BAY_Q, "2013-09-03T04:59:59-07:00", BAY_C, items, as_of)


def test_cut_off_hour_day_is_no_window():
    deadline = datetime(2013, 9, 3, 4, 59, tzinfo=timezone.utc)
    assert window_start(BAY_Q, "", deadline) is None
    assert window_start("Will the San Francisco-Oakland Bay Bridge reopen to traffic by 5:00 a.m. on September 8, "
                        "2009?", "", deadline.replace(year=2009, day=8)) is None  # b83, verbatim question


def test_named_day_still_a_window():
    # must not fire: a day the act must fall on, no cut-off hour
    deadline = datetime(2013, 9, 3, 23, 59, tzinfo=timezone.utc)
    assert window_start("Will the bridge open to traffic on September 3, 2013?", "", deadline) is not None
    assert window_start("Will the bridge open to traffic at 5 a.m. on September 3, 2013?", "", deadline) is not None
    # b40, verbatim question: a state held until an hour of the day names that day
    assert window_start("Will Israel's extended Gaza ceasefire hold until midnight on July 27, 2014?", "",
                        deadline.replace(year=2014, month=7, day=27)) is not None


def test_plan_moved_sooner_is_not_given_up():
    v = _bay(BAY_PLAN, as_of="2013-09-02T20:00:00-07:00")  # before the deadline
    assert not fired(v, "ruled_out") and v.verdict != "likely-no"


def test_opened_before_the_cut_off_confirms():
    v = _bay(BAY_PLAN, BAY_DONE)
    assert fired(v, "confirmation") and v.verdict == "likely-yes"


def test_plan_given_up_still_ruled_out():
    # must not fire: after 'but' the act is not told again with a date by the deadline
    v = _bay("The bridge was scheduled to open to traffic by 5 a.m. on Tuesday, but officials at the ceremony said the "
             "work would take another week.", as_of="2013-09-02T20:00:00-07:00")
    assert fired(v, "ruled_out")


# --- b85-sharks-win-super-rugby-2012-asof-preview-undet ----------------------------------------------------

SHARKS_Q = "Will the Sharks win the 2012 Super Rugby final?"
SHARKS_C = ("This market will resolve to \"Yes\" if the Sharks defeat the Chiefs in the 2012 Super Rugby final at Waikato "
            "Stadium, Hamilton, on August 4, 2012. Otherwise, this market will resolve to \"No\".")


def _sharks(text: str, published: str = "2012-08-02T00:00:00+12:00", as_of: str = "2012-08-03T00:00:00+00:00"):
    return run_case(SHARKS_Q, "2012-08-04T23:59:59+12:00", SHARKS_C,
                    [("https://rugbyredefined.com/wp/uncategorized/2012/08/the-full-wrap-super-rugby-final/", published,
                      "The Full Wrap ~ Super Rugby Final ~", text)], as_of)


def test_earlier_meeting_before_the_named_day_is_no_rival_outcome():
    v = _sharks("2012 meeting: Round 9, April 21, 2012: Chiefs beat Sharks 18-12 at Kings Park, Durban")
    assert not fired(v, "rival_outcome") and v.verdict == "undetermined"


def test_result_on_the_named_day_still_a_rival_outcome():
    # must not fire: the result dated the contest's own day
    v = _sharks("On August 4, 2012 the Chiefs beat the Sharks 37-6 in the Super Rugby final at Waikato Stadium.",
                "2012-08-05T00:00:00+12:00", "2012-08-05T12:00:00+00:00")
    assert fired(v, "rival_outcome")


# --- b85-aloha-ends-passenger-flights-by-apr2-2008-yes -----------------------------------------------------

ALOHA = ("Earlier this week, citing chronic financial problems, Aloha Airlines announced the immediate end to all "
         "passenger flights.")


def _noun(text: str, word: str):
    sent = make_sentence(text, 0)
    i = next(k for k, t in enumerate(sent.tokens) if t.lower == word)
    return mentions.nominal(sent, i)


def test_announced_immediate_end_is_done():
    assert _noun(ALOHA, "end").affirmed


def test_call_for_immediate_end_is_not_done():
    # must not fire: b64, a call for it (verbatim), and an announcement with no 'immediate'
    assert not _noun("Israel is to keep up its offensive in the Gaza Strip despite a UN call for an immediate end to "
                     "nearly two weeks of conflict involving Hamas militants", "end").affirmed
    assert not _noun("The company announced the end of its passenger flights.", "end").affirmed


def test_aloha_reads_the_end_announced():
    v = run_case("Will Aloha Airlines end its scheduled passenger flights by April 2, 2008?", "2008-04-02T23:59:59-10:00",
                 "This market will resolve to \"Yes\" if, on or before April 2, 2008 (Hawaii time), Aloha Airlines ends "
                 "(or announces the immediate end of) all of its scheduled passenger flights. Cargo operations may "
                 "continue. Otherwise, this market will resolve to \"No\".",
                 [("http://inflightout.blogspot.com/2008/04/ata-airlines-files-for-bankruptcy.html",
                   "2008-04-03T00:00:00-07:00", "ATA Airlines Files for Bankruptcy, Cancels All Flights", ALOHA)],
                 "2008-04-04T00:00:00+00:00")
    assert fired(v, "confirmation") and decided(v) == "likely-yes"


# --- derive: b85-progress-m27m-docks-iss-by-may1-2015-multi-no, b85-boutros-ghali-sentence-25yrs-by-jun30-2011-yes


def _target(question: str, deadline: str = "2015-05-01T23:59:59+00:00"):
    return derive_target(news_market(question, deadline))


def test_verb_with_with_after_a_noun_is_the_act():
    t = _target("Will Russia's Progress M-27M cargo ship dock with the International Space Station by May 1, 2015?")
    assert t.act == "dock"


def test_light_verb_before_with_keeps_its_noun():
    # must not fire: b56, verbatim question ('make contact with': the light verb's noun)
    assert _target("Will the Beagle 2 Mars lander make contact with Earth by January 31, 2004?",
                   "2004-01-31T23:59:59+00:00").act == "make"


def test_object_opened_by_former():
    t = _target("Will an Egyptian court sentence former finance minister Youssef Boutros-Ghali to at least 25 years in "
                "prison by June 30, 2011?", "2011-06-30T23:59:59+02:00")
    assert t.act == "sentence"
    # b47, verbatim question: a known act before 'former' is unchanged
    assert _target("Will Russia release former US Marine Trevor Reed by April 30, 2022?",
                   "2022-04-30T23:59:59+00:00").act == "release"


def test_boutros_ghali_sentenced():
    v = run_case("Will an Egyptian court sentence former finance minister Youssef Boutros-Ghali to at least 25 years in "
                 "prison by June 30, 2011?", "2011-06-30T23:59:59+02:00",
                 "This market will resolve to \"Yes\" if, on or before June 30, 2011, an Egyptian court sentences Youssef "
                 "Boutros-Ghali to a prison term of 25 years or more in a single case, including a sentence handed down "
                 "in absentia. Fines alone do not count. Otherwise, this market will resolve to \"No\".",
                 [("http://www.aljazeera.com/news/africa/2011/06/201164115437667338.html", "2011-06-04T00:00:00+02:00",
                   "Egypt sentences former finance minister",
                   "A criminal court in Cairo has sentenced Youssef Boutros-Ghali, the former Egyptian finance minister, "
                   "to 30 years in prison on corruption charges.")], "2011-06-05T12:00:00+00:00")
    assert fired(v, "confirmation") and v.verdict == "likely-yes"
