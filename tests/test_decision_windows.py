"""Stays-true markets closed before their deadline's hour (round 9): a window made of a body's
decisions ('at every rate decision … through December 6') is closed by a hold reported, with a
date of its own, on the deadline's day — that decision is the window's last; and a body's advice
named as reporters name it ('Toronto travel warning lifted' for the WHO's advisory); a pause the
question sets in fighting ('New Year pause in fighting … hold through April 16') is a truce, ended by
fighting told as resumed. Sentences are copied verbatim from the pages named above each."""

from resolver.engine import evaluate_market
from tests.conftest import decided, news_article as article, news_market as market, ts


def rules_of(v, rule: str) -> list:
    return [c for c in v.contributions if (c.base_rule or c.rule) == rule]


# b45-boc-keeps-rate-5pct-sep-dec-2023-stays-yes
BOC_Q = "Will the Bank of Canada keep its policy rate at 5.00% at every rate decision from September 1 through December 6, 2023?"
BOC_C = ("This market will resolve to \"Yes\" if the Bank of Canada's target for the overnight rate remains at 5.00% at "
         "every scheduled rate announcement from September 1, 2023 through the December 6, 2023 announcement inclusive. "
         "If the Bank changes the rate at any of these decisions, this market will resolve to \"No\".")
BOC = market(BOC_Q, "2023-12-06T23:59:59-05:00", BOC_C)
BOC_URL = "https://sports.yahoo.com/bank-of-canada-holds-benchmark-interest-rate-5-per-cent-economy-weakens-150048141.html"
BOC_TITLE = "Bank of Canada holds its benchmark interest rate, says data show economy 'no longer in excess demand'"
BOC_DAY = ("The Bank of Canada left its benchmark interest rate unchanged at 5 per cent on Wednesday, marking the third "
           "consecutive hold as the economy continues to show signs of weakening.")
BOC_SINCE = ("The Bank of Canada has left rates on hold since it made a quarter-point hike in July, as it assesses the "
             "impact of its tightening campaign.")
AS_OF = ts("2023-12-06T18:00:00-05:00")


def test_a_hold_dated_on_the_deadline_day_closes_a_window_of_decisions():
    v = evaluate_market(BOC, [article(BOC_URL, "2023-12-06T00:00:00-05:00", BOC_TITLE, BOC_DAY)], AS_OF)
    assert decided(v) == "likely-yes"
    held = [c for c in rules_of(v, "state_held") if c.direction == "yes"]
    assert held and "window's last decision" in held[0].reason and "its day" in (held[0].temporal or "")


def test_a_hold_with_no_date_of_its_own_does_not_close_the_window():
    # near miss from the same page: 'has left rates on hold since … July' names no decision on the deadline's day
    v = evaluate_market(BOC, [article(BOC_URL, "2023-12-06T00:00:00-05:00", "", BOC_SINCE)], AS_OF)
    assert decided(v) == "undetermined"
    assert not [c for c in rules_of(v, "state_held") if c.direction == "yes"]


def test_a_window_not_made_of_decisions_is_not_closed_before_its_deadline():
    # the same hold, for a market that must stay true through the whole day (no 'every … decision')
    plain = market("Will the Bank of Canada keep its policy rate at 5.00% through December 6, 2023?",
                   "2023-12-06T23:59:59-05:00")
    v = evaluate_market(plain, [article(BOC_URL, "2023-12-06T00:00:00-05:00", BOC_TITLE, BOC_DAY)], AS_OF)
    assert decided(v) == "undetermined"


def test_a_hold_dated_before_the_deadline_day_does_not_close_the_window():
    early = market(BOC_Q.replace("December 6", "December 7"), "2023-12-07T23:59:59-05:00", BOC_C)
    v = evaluate_market(early, [article(BOC_URL, "2023-12-06T00:00:00-05:00", BOC_TITLE, BOC_DAY)], AS_OF)
    assert decided(v) == "undetermined"


# b46-who-toronto-sars-advisory-stays-through-may15-2003-multi-no
WHO = market("Will the WHO's advisory against non-essential travel to Toronto remain in effect through May 15, 2003?",
             "2003-05-15T23:59:59-04:00",
             "This market will resolve to \"Yes\" if the World Health Organization's SARS-related advice to postpone "
             "non-essential travel to Toronto, Canada, remains continuously in effect from April 23, 2003 through May "
             "15, 2003. If the WHO lifts or withdraws the advisory before May 15, 2003, this market will resolve to "
             "\"No\".")
BBC = "http://news.bbc.co.uk/2/hi/americas/2986679.stm"


def test_a_travel_warning_lifted_is_the_advisory_ended():
    v = evaluate_market(WHO, [article(BBC, "2003-04-30T22:50:00+00:00", "Toronto travel warning lifted", "")],
                        ts("2003-05-01T12:00:00+00:00"))
    assert decided(v) == "likely-no"
    assert any("'lifted'" in c.reason for c in rules_of(v, "state_ended"))


def test_advice_going_on_elsewhere_is_not_the_advisory_ended():
    # near miss from the same page: the advice continues for other places, nothing is lifted
    text = ("The world health body is continuing to advise against all non-essential travel to Hong Kong, the Chinese "
            "capital Beijing and the Chinese provinces of Guangdong and Shanxi.")
    v = evaluate_market(WHO, [article(BBC, "2003-04-30T22:50:00+00:00", "", text)], ts("2003-05-01T12:00:00+00:00"))
    assert not rules_of(v, "state_ended") and decided(v) != "likely-no"


# b46-sri-lanka-new-year-truce-holds-through-apr16-2009-no
LANKA_Q = "Will the Sri Lankan government's New Year pause in fighting with the Tamil Tigers hold through April 16, 2009?"
LANKA = market(LANKA_Q, "2009-04-16T23:59:59+05:30",
               "This market will resolve to \"Yes\" if the humanitarian ceasefire declared by President Mahinda Rajapakse "
               "for the Sinhala and Tamil New Year remains in effect, with no resumption of the government offensive "
               "against the LTTE, through April 16, 2009. If government forces resume offensive operations before then, "
               "this market will resolve to \"No\".")
MG = "https://mg.co.za/article/2009-04-15-fighting-resumes-in-sri-lanka-after-brief-ceasefire/"
MG_SENT = ("Sri Lankan security forces resumed their offensive against Tamil Tiger rebels in the north of the island on "
           "Wednesday following a brief holiday ceasefire, the two sides said.")


def test_a_pause_in_fighting_that_must_hold_through_a_day_is_a_truce_state():
    from resolver.engine.derive import derive_target
    t = derive_target(LANKA)
    assert (t.kind, t.act, t.object_terms[-1]) == ("state", "hold", "pause")
    # near miss: a pause that is the act, not a state that holds ('pause all U.S. shipments')
    t2 = derive_target(market("Will Sarepta pause all U.S. shipments of Elevidys by July 31, 2025?",
                              "2025-07-31T23:59:59-04:00"))
    assert (t2.kind, t2.act) == ("event", "pause")


def test_fighting_resumed_ends_a_pause_in_fighting():
    v = evaluate_market(LANKA, [article(MG, "2009-04-15T00:00:00+02:00", "", MG_SENT)], ts("2009-04-15T18:00:00+05:30"))
    assert decided(v) == "likely-no"
    assert any("fighting resumed" in c.reason for c in rules_of(v, "state_ended"))


def test_a_pause_not_set_in_fighting_is_no_truce():
    # near miss: the same hold question on a pause in something else is not read as a truce
    other = market("Will the Sri Lankan government's New Year pause in tariffs with India hold through April 16, 2009?",
                   "2009-04-16T23:59:59+05:30")
    v = evaluate_market(other, [article(MG, "2009-04-15T00:00:00+02:00", "", MG_SENT)], ts("2009-04-15T18:00:00+05:30"))
    assert not any("fighting resumed" in c.reason for c in rules_of(v, "state_ended"))
