"""An aircraft's first flight (nineteenth round, firstflight; first_flights.py, frames.json 'first_flights').
'Will X make its first / maiden flight by D?' is read as launching (question_nouns), but reports tell a
first flight in the flight's own words. Sentences verbatim from the development corpus (each names its
case); the must-not-fire ones are the nearest wordings that must not decide: a plan, a later flight, a
flight with no first-flight qualifier, a first flight planned or delayed, a rocket market (unchanged)."""

import time

from resolver.engine import first_flights
from resolver.engine.derive import derive_target
from tests.conftest import decided, fired, news_market, run_case
from cpu_budget import assert_cpu_within

# b105-learjet85-first-flight-by-apr30-2014-yes
LEARJET_Q = "Will Bombardier's Learjet 85 business jet make its first flight by April 30, 2014?"
LEARJET_C = ("This market will resolve to \"Yes\" if the Bombardier Learjet 85 flight-test aircraft takes off on its first "
             "flight on or before April 30, 2014. Otherwise, this market will resolve to \"No\".")
# b93-a400m-maiden-flight-by-dec31-2009-multi-yes
A400M_Q = "Will the Airbus A400M military transport make its maiden flight by December 31, 2009?"
A400M_C = ("This market will resolve to \"Yes\" if an Airbus A400M airlifter completes its first flight on or before "
           "December 31, 2009, as confirmed by Airbus/EADS or major news media. Engine tests on other aircraft, taxi tests "
           "and roll-outs do not count. Otherwise, this market will resolve to \"No\".")


def _learjet(text, title="", as_of="2014-04-10T00:00:00-04:00"):
    return run_case(LEARJET_Q, "2014-04-30T23:59:59-04:00", LEARJET_C,
                    [("https://example.com/learjet", "2014-04-09T00:00:00-04:00", title, text)], as_of)


def _a400m(text, title="", published="2009-12-11T00:00:00-05:00"):
    return run_case(A400M_Q, "2009-12-31T23:59:59+01:00", A400M_C,
                    [("https://example.com/a400m", published, title, text)], "2009-12-12T00:00:00+00:00")


def test_took_off_for_the_first_time_confirms():
    v = _learjet("TORONTO, April 9 Canada's Bombardier Inc's new business jet took off from Wichita, Kansas, for the first "
                 "time on Wednesday morning, the plane and train manufacturer said, following setbacks that pushed the "
                 "aircraft program behind roughly half a year.")
    assert fired(v, "confirmation") and decided(v) == "likely-yes"


def test_took_its_maiden_flight_confirms():
    v = _a400m("The Airbus A400M, which has suffered from significant delays and major cost-overruns, took its maiden "
               "flight Friday in Seville, Spain.", title="Airbus A400M Takes Maiden Flight")
    assert fired(v, "confirmation") and decided(v) == "likely-yes"


def test_planned_first_flight_does_not_confirm():
    v = _learjet("The Montreal-based company was set to fly the Learjet 85 for the first time on March 20, but poor weather "
                 "kept the jet grounded.")
    assert not fired(v, "confirmation")


def test_flight_without_first_flight_qualifier_does_not_confirm():
    v = _learjet("Canada's Bombardier Inc's new business jet took off from Wichita, Kansas, on Wednesday morning.")
    assert not fired(v, "confirmation")
    v = _a400m("The Airbus A400M took its second flight Friday in Seville, Spain.")
    assert not fired(v, "confirmation")


def test_taxi_test_or_rollout_does_not_confirm():
    v = _a400m("The Airbus A400M completed high-speed taxi tests Friday in Seville, Spain.")
    assert not fired(v, "confirmation")
    v = _a400m("The Airbus A400M was rolled out for the first time Friday in Seville, Spain.")
    assert not fired(v, "confirmation")


def test_first_flight_future_or_delayed_does_not_confirm():
    v = _a400m("The Airbus A400M will take its maiden flight next week in Seville, Spain.")
    assert not fired(v, "confirmation")
    v = _a400m("That now seems unlikely, with the first flight delayed until the summer of 2008.",
               title="It's official: A400M first flight delayed", published="2007-08-16T00:00:00-04:00")
    assert not fired(v, "confirmation") and decided(v) != "likely-yes"


def test_another_craft_does_not_confirm():
    v = _a400m("The Boeing 787, which has suffered from significant delays, took its maiden flight Friday in Seattle.")
    assert not fired(v, "confirmation")


def test_reading_is_for_aircraft_first_flights_only():
    def asked(q):
        return first_flights.asked(q, derive_target(news_market(q, "2023-12-31T23:59:59-05:00", "")))
    assert asked(A400M_Q) and asked(LEARJET_Q)
    assert asked("Will the Boeing 787 Dreamliner make its first flight by June 30, 2009?")
    assert not asked("Will ULA's Vulcan Centaur rocket make its first flight in 2023?")  # a rocket: launch words, as before
    assert not asked("Will Isar Aerospace's Spectrum rocket lift off on its first test flight from Andøya by March 31, 2025?")
    assert not asked("Will United make its inaugural flight to Nuuk by June 30, 2025?")  # a route: not read here


def test_rocket_first_flight_market_unchanged():
    v = run_case("Will ULA's Vulcan Centaur rocket make its first flight in 2023?", "2023-12-31T23:59:59-05:00", "",
                 [("https://example.com/v", "2023-12-12T00:00:00-05:00", "ULA Vulcan Centaur Rocket's Maiden Launch Delayed to January", "")],
                 "2023-12-13T12:00:00-05:00")
    assert decided(v) == "likely-no"


def test_hostile_sentence_of_flight_words_is_quick():
    body = ("the jet took its maiden flight and took off for the first time, flew, lifted off, took to the skies, " * 300).strip() + "."
    start = time.process_time()
    _a400m(body)
    assert_cpu_within(start, 5.0)
