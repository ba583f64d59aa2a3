"""A push-back told as a length or in a verb whose past is its base form (verbatim corpus
sentences; each test names its batch and source): 'adjourned a session … for at least one month',
'put off a session … to February 3' dated 'On Tuesday', 'The soonest another launch can happen will
be seven days' — when the earliest day the act can come is after the deadline, the act is ruled out
in time; when it is not, the delay stays a setback."""

from resolver.engine import delays, evaluate_market
from tests.conftest import decided, news_article as article, news_market as market, ts

CZECH = market("Will both chambers of the Czech Parliament approve the Lisbon Treaty by December 31, 2008?",
               "2008-12-31T23:59:59+01:00",
               "This market will resolve to \"Yes\" if both the Chamber of Deputies and the Senate of the Czech Republic "
               "vote to approve ratification of the EU's Lisbon Treaty by December 31, 2008, 11:59 PM CET. Signature by "
               "the president is not required. Otherwise, this market will resolve to \"No\".")
# batch-39, https://en.trend.az/world/other/1367523.html (Czech Senate delays Lisbon Treaty vote)
ADJOURNED = ("The Czech parliament's upper house on Wednesday adjourned a session on the European Union's reform "
             "treaty for at least one month, joining the lower house in a bid to postpone a vote on the pact, dpa reported.")
PUT_OFF = "On Tuesday, the lower house put off a session on the so-called Lisbon Treaty to February 3."


def _czech(text: str, title: str = "Czech parliament and the Lisbon Treaty"):
    return evaluate_market(CZECH, [article("https://en.trend.az/world/other/1367523.html", "2008-12-10T22:28:00+04:00",
                                           title, text)], ts("2008-12-12T12:00:00+00:00"))


def _ruled(v):
    return [c for c in v.contributions if (c.base_rule or c.rule) == "ruled_out" and c.direction == "no"]


def test_put_off_dated_tuesday_to_a_day_after_the_deadline():
    v = _czech(PUT_OFF)
    assert decided(v) == "likely-no"
    assert any("put off" in c.reason and "after the deadline" in (c.temporal or "") for c in _ruled(v))


def test_adjourned_for_at_least_one_month_ends_after_the_deadline():
    v = _czech(ADJOURNED)
    assert any("'adjourned' 'for at least one month': not before Wed 07 Jan 2009" in (c.temporal or "") for c in _ruled(v))


def test_guard_a_length_that_ends_before_the_deadline_stays_a_setback():
    v = _czech(ADJOURNED.replace("for at least one month", "for at least one week"))
    assert decided(v) == "undetermined"
    assert all("no new date" in (c.temporal or "") for c in _ruled(v))


def test_guard_put_off_with_no_past_date_is_not_read_as_a_past():
    v = _czech("Each time the lower house put off a session on the so-called Lisbon Treaty, Brussels protested.")
    assert not _ruled(v)


NROL44 = market("Will ULA launch the NROL-44 mission on a Delta IV Heavy by August 31, 2020?", "2020-08-31T23:59:59-04:00",
                "This market will resolve to \"Yes\" if United Launch Alliance's Delta IV Heavy rocket carrying the National "
                "Reconnaissance Office's NROL-44 satellite lifts off by August 31, 2020, 11:59 PM ET. Otherwise, this "
                "market will resolve to \"No\".")
# batch-40, https://www.slashgear.com/ula-delta-4-heavy-rocket-launch-aborted-seconds-before-liftoff-29635563/
ABORT = ("Launch of NROL-44 was aborted only three seconds before liftoff from Space Launch Complex-37 at Cape Canaveral "
         "Air Force Station in Florida.\n")
SOONEST = "The soonest another launch can happen will be seven days."


def _nrol(text: str):
    return evaluate_market(NROL44, [article("https://www.slashgear.com/ula-delta-4-heavy", "2020-08-29T00:00:00-04:00",
                                            "ULA Delta 4 Heavy rocket launch aborted seconds before liftoff", text)],
                           ts("2020-08-30T00:00:00+00:00"))


def test_the_soonest_another_launch_is_seven_days_away():
    v = _nrol(ABORT + SOONEST)
    assert decided(v) == "likely-no"
    assert any(c.rule == "scheduled_after_deadline" and "soonest" in c.reason for c in v.contributions)


def test_guard_the_soonest_inside_the_window_decides_nothing():
    v = _nrol(ABORT + SOONEST.replace("seven days", "one day"))
    assert not any(c.rule == "scheduled_after_deadline" for c in v.contributions)


def test_lengths_read_and_not_read():
    assert delays.minimum_delay("adjourned a session for at least one month") == ("for at least one month", 28)
    assert delays.minimum_delay("delayed by two weeks") == ("by two weeks", 14)
    assert delays.minimum_delay("expected within a month") is None
    assert delays.minimum_delay("postponed for two weeks", led=False) is None
