"""Surviving a vote (round 9): a tally told short of the number a motion needed to pass is the
motion failing, read as the state going on (rules/state_held.py motion_failed), so that it is not
left as unread evidence holding the passed deadline back. Sentences are copied verbatim from the
pages named above each."""

from resolver.engine import evaluate_market
from resolver.engine.rules.state_held import _SHORT_OF_NEEDED
from tests.conftest import news_article as article, news_market as market, ts


def rules_of(v, rule: str) -> list:
    return [c for c in v.contributions if (c.base_rule or c.rule) == rule]


# b46-villepin-survives-confidence-vote-may2006-yes
VILLEPIN = market("Will Dominique de Villepin's government survive the May 16, 2006 no-confidence motion in France's "
                  "National Assembly?", "2006-05-16T23:59:59+02:00",
                  "This market will resolve to \"Yes\" if the censure (no-confidence) motion against Prime Minister "
                  "Dominique de Villepin's government voted on in the National Assembly on May 16, 2006 fails to obtain "
                  "the absolute majority (289 votes) needed to pass, so that the government remains in office. If the "
                  "motion passes, this market will resolve to \"No\".")
# https://www.theguardian.com/world/2006/may/17/france.mainsection
SHORT = ("A total of 190 members in the national assembly voted in favour, short of the 289 needed to pass the motion, "
         "which was brought by the opposition Socialists and backed by a small group of centrists who are traditionally "
         "aligned with the government.")


def test_a_tally_short_of_what_the_motion_needed_reads_as_the_state_going_on():
    doc = article("https://www.theguardian.com/world/2006/may/17/france.mainsection", "2006-05-17T00:00:00+01:00",
                  "", SHORT)
    v = evaluate_market(VILLEPIN, [doc], ts("2006-05-17T12:00:00+02:00"))
    held = rules_of(v, "state_held")
    assert held and "short of the 289 needed to pass': the motion failed" in held[0].reason
    assert not rules_of(v, "unread_evidence")
    assert v.verdict == "likely-yes" or (v.verdict == "undetermined" and v.status == "weak-reading")  # or gated: one weak reading alone (weak_readings.py)


# b03-lecornu-toppled-by-oct31-undet: a market on the motion passing (an event), not on surviving it
LECORNU = market("Will the French National Assembly pass a motion of no confidence in Sébastien Lecornu's government "
                 "by October 31, 2025?", "2025-10-31T23:59:59+01:00",
                 "This market will resolve to \"Yes\" if a motion of no confidence (motion de censure) against the "
                 "government of Prime Minister Sébastien Lecornu is adopted by the National Assembly, with at least 289 "
                 "votes, on or before October 31, 2025. Otherwise, this market will resolve to \"No\".")


def test_the_reading_is_only_for_a_market_on_surviving_the_vote():
    # https://blinknews.blog/french-pm-lecornu-survives-no-confidence-pension-reforms
    doc = article("https://blinknews.blog/french-pm-lecornu-survives-no-confidence-pension-reforms",
                  "2025-10-16T00:00:00+02:00", "",
                  "The motion, filed by left-wing parties, received 271 votes, falling short of the 289 required to pass.")
    assert _SHORT_OF_NEEDED.search(doc.text)
    v = evaluate_market(LECORNU, [doc], ts("2025-10-16T20:00:00+00:00"))
    assert not rules_of(v, "state_held")


def test_short_of_a_number_needed_for_something_else_is_not_a_motion_failing():
    # b11-japan-ruling-coalition-50-seats-upper-house-2025-asof-exitpoll-undet,
    # https://www.hindustantimes.com/world-news/japan-ruling-bloc-likely-to-lose-upper-house-majority-101753012740927.html
    assert not _SHORT_OF_NEEDED.search(
        "A poll by public broadcaster NHK showed that the ruling coalition is likely to secure about 32-51 seats of the "
        "125 up for grabs, likely leaving it short of the 50 needed to maintain a majority in the chamber.")
    assert _SHORT_OF_NEEDED.search(SHORT)
