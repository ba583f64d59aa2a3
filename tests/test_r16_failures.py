"""A craft lost as the object of a destroying verb (sixteenth round, failures class): 'The explosion
destroyed the rocket and spacecraft' tells the market's spacecraft destroyed, so it cannot reach the
station (engine/lost_craft.py, read by rules/ended_prospects.py). Sentences verbatim from the
development corpus; each names its case. Must-not-fire wordings: a relative clause dating another
event, another craft, a hedge, a negation, a condition."""

from tests.conftest import decided, fired, run_case

# b49-cygnus-orb3-reaches-iss-by-nov30-2014-no
Q = ("Will Orbital Sciences' Cygnus CRS-3 cargo spacecraft reach the International Space Station by November 30, "
     "2014?")
C = ("This market will resolve to \"Yes\" if, by November 30, 2014, the Cygnus spacecraft launched on Orbital Sciences' "
     "CRS-3 (Orb-3) resupply mission is captured by or berthed to the International Space Station. Otherwise, this "
     "market will resolve to \"No\".")
DEADLINE = "2014-11-30T23:59:59-05:00"
AS_OF = "2014-10-29T12:00:00+00:00"
URL = "https://www.delawareonline.com/story/tech/2014/10/28/nasa-rocket-explodes-wallops-island/18080871/"
TITLE = "Unmanned Antares rocket explodes on launch"
LEAD = ("An unmanned commercial rocket headed for the International Space Station to deliver supplies exploded just "
        "after launching Tuesday, filling the sky with a massive fireball.")
DESTROYED = ("The explosion destroyed the rocket and spacecraft and immediately raised questions about the future of "
             "NASA's reliance on private commercial ventures to carry vital payloads into space to supply and support "
             "the orbiting space station.")
NAMED = ("NASA and Orbital Sciences were gathering data to determine the cause of the failure of the Orbital CRS-3, the "
         "space agency said.")


def _run(sentence: str):
    return run_case(Q, DEADLINE, C, [(URL, "2014-10-28T00:00:00-04:00", TITLE, f"{LEAD}\n\n{sentence}\n\n{NAMED}")],
                    AS_OF)


def test_destroyed_craft_as_object_rules_out_reaching_the_station():
    v = _run(DESTROYED)
    assert decided(v) == "likely-no"
    assert fired(v, "ruled_out")


def test_relative_clause_dates_another_event():
    # b78-spacex-return-to-flight-by-jan15-2017-asof-jan3-multi-undet (shape): 'an explosion that destroyed a
    # rocket and satellite' dates another event, not this craft's loss
    v = _run("SpaceX says it plans to resume flights as early as next week after finding the cause of an explosion "
             "that destroyed a rocket and spacecraft on a Florida launch pad in September.")
    assert not fired(v, "ruled_out")


def test_must_not_fire():
    for sentence in (
        "The explosion destroyed the launch pad and damaged the spacecraft hangar.",  # another object
        "The explosion did not destroy the rocket and spacecraft.",  # negated
        "If the rocket fails, range safety would destroy the rocket and spacecraft.",  # a condition
        "The explosion may have destroyed the rocket and spacecraft.",  # a guess
        "The explosion destroyed communication with the spacecraft.",  # a link, not the craft
    ):
        v = _run(sentence)
        assert not fired(v, "ruled_out"), sentence
