"""Gates against false decisive verdicts (issue 10, precision), on sentences published verbatim
(each names its source page; cases of tests/data/realnews batch-08/09/10): another party's act
is not the market's act; an earlier stage of a process does not confirm a later one; a past verb
must govern the event noun it reports; a postponement with no new date leaves the act open; an
attribute the market names must match; ending verbs in another sense ('fallen behind', a
caption's '(left)') do not end a state; announcing a shortlist names no winner; a hyphenated act
verb is read; an unread question does not turn a passed deadline into a no."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.stages import earlier, same_stage
from tests.conftest import decided, news_article as article, news_market as market, ts

NETFLIX = market("Will Netflix acquire Warner Bros. Discovery's studio and streaming business by December 31, 2026?",
                 "2026-12-31T23:59:59-05:00",
                 "This market will resolve to \"Yes\" if Netflix completes its acquisition of Warner Bros. Discovery's "
                 "film studio and streaming business (or of Warner Bros. Discovery as a whole) by December 31, 2026, "
                 "11:59 PM ET.")
# https://www.newsdrum.in/entertainment/paramount-acquires-warner-bros-discovery-in-mega-deal-the-winners-losers-and-trumps-man-in-the-middle-11170962
PARAMOUNT = article("https://www.newsdrum.in/entertainment/paramount-acquires-warner-bros-discovery-in-mega-deal-the-"
                    "winners-losers-and-trumps-man-in-the-middle-11170962", "2026-03-03T00:00:00+05:30",
                    "Paramount acquires Warner Bros Discovery in mega deal: the winners, losers and Trump's man in the "
                    "middle",
                    "Melbourne (The Conversation): Netflix's planned acquisition of Hollywood studio Warner Bros "
                    "Discovery (WBD) has fallen apart at the eleventh hour, as Paramount Skydance has made a "
                    "\"superior\" proposal to buy the conglomerate for A $156 billion.")


def test_another_party_acquiring_is_not_the_market_actor_acquiring():
    v = evaluate_market(NETFLIX, [PARAMOUNT], ts("2026-03-04T12:00:00+00:00"))
    assert any(c.rule == "does_not_count" and "reported of Paramount" in c.reason for c in v.contributions)
    # the market's own deal, the subject of 'has fallen apart' eleven words on, is called off
    assert decided(v) == "likely-no"
    assert any(c.rule == "ruled_out" and "'fallen apart'" in c.reason for c in v.contributions)


WARSH = market("Will the U.S. Senate confirm Kevin Warsh as Chair of the Federal Reserve by April 30, 2026?",
               "2026-04-30T23:59:59-04:00",
               "This market will resolve to \"Yes\" if the U.S. Senate votes to confirm Kevin Warsh as Chair of the "
               "Board of Governors of the Federal Reserve System by April 30, 2026, 11:59 PM ET. A nomination or "
               "committee action without a confirmation vote does not count.")
# https://www.newsmax.com/politics/trump-kevin-warsh-federal-reserve/2026/03/04/id/1248306/
ANNOUNCED = article("https://www.newsmax.com/politics/trump-kevin-warsh-federal-reserve/2026/03/04/id/1248306/",
                    "2026-03-04T00:00:00-05:00", "",
                    "The move comes more than a month after Trump first publicly announced he wanted Warsh to head "
                    "the Federal Reserve.")


def test_an_announcement_is_an_earlier_stage_than_a_senate_confirmation():
    v = evaluate_market(WARSH, [ANNOUNCED], ts("2026-03-05T12:00:00+00:00"))
    assert decided(v) == "undetermined"
    assert any("earlier stage" in c.reason for c in v.contributions)


CHEVRON = market("Will Chevron complete its acquisition of Hess by July 31, 2025?", "2025-07-31T23:59:59-04:00",
                 "This market will resolve to \"Yes\" if Chevron Corporation completes (closes) its acquisition of Hess "
                 "Corporation by July 31, 2025, 11:59 PM ET.")
# https://boereport.com/2025/07/03/arbitrators-in-exxon-hess-dispute-over-chevron-deal-have-reached-a-decision-sources-say/
STRUCK = article("https://boereport.com/2025/07/03/arbitrators-in-exxon-hess-dispute-over-chevron-deal-have-reached-a-"
                 "decision-sources-say/", "2025-07-03T18:34:00-06:00", "",
                 "Chevron struck its deal to acquire smaller U.S. oil producer Hess in October 2023, with the prize "
                 "being the latter's 30% stake in the prolific Stabroek block in Guyana that is operated by Exxon with "
                 "a 45% interest.")


def test_striking_a_deal_does_not_complete_the_acquisition_but_closing_does():
    v = evaluate_market(CHEVRON, [STRUCK], ts("2025-07-04T12:00:00+00:00"))
    assert decided(v) == "undetermined"
    wording = f"{CHEVRON.question} {CHEVRON.criteria}"
    assert earlier("complete", wording, frozenset({"strike"})) == "strike"
    assert earlier("strike", wording, frozenset({"complete"})) is None  # a later stage is never "earlier"
    assert "close" in same_stage("complete", wording)


SENEGAL = market("Will Senegal hold its presidential election by February 29, 2024?", "2024-02-29T23:59:59+00:00",
                 "This market will resolve to \"Yes\" if voting in Senegal's presidential election (first round) takes "
                 "place between February 1, 2024 and February 29, 2024, 11:59 PM GMT.")
# https://businessday.ng/news/article/senegal-president-calls-off-february-25-election-hours-before-campaign-kick-off/
DECREE = article("https://businessday.ng/news/article/senegal-president-calls-off-february-25-election-hours-before-"
                 "campaign-kick-off/", "2024-02-03T00:00:00+01:00", "",
                 "Sall, in an address to the nation on Saturday, said he signed a decree revoking the initial date, "
                 "citing an investigation into the integrity of two Constitutional Council judges involved in the "
                 "election process.")


def test_a_verb_governing_another_noun_does_not_report_the_election_held():
    v = evaluate_market(SENEGAL, [DECREE], ts("2024-02-05T12:00:00+00:00"))
    assert decided(v) != "likely-yes"
    assert not any(c.rule == "confirmation" and c.direction == "yes" for c in v.contributions)


ARIANE = market("Will Ariane 6 launch the CSO-3 satellite by March 5, 2025?", "2025-03-05T23:59:59-03:00",
                "This market will resolve to \"Yes\" if an Ariane 6 rocket carrying France's CSO-3 satellite lifts off "
                "from Kourou by March 5, 2025, 11:59 PM local time (UTC-3).")
# https://www.globalbankingandfinance.com/EUROPE-SPACE-23bdb1d4-60df-4961-a966-3db784283a61
SCRUB = article("https://www.globalbankingandfinance.com/EUROPE-SPACE-23bdb1d4-60df-4961-a966-3db784283a61",
                "2025-03-03T00:00:00+00:00", "Europe's Ariane 6 space launch postponed again",
                "(Reuters) - The first commercially operational launch of Europe's Ariane 6 heavy rocket was postponed "
                "for a second time on Monday, operator Arianespace said on its YouTube channel.")
GTA = market("Will Grand Theft Auto VI be released by December 31, 2025?", "2025-12-31T23:59:59-05:00")
# https://hardforum.com/threads/grand-theft-auto-vi-delayed-until-2026.2041223/ (headline)
UNTIL = article("https://hardforum.com/threads/grand-theft-auto-vi-delayed-until-2026.2041223/",
                "2025-05-02T00:00:00-04:00", "Grand Theft Auto VI delayed until 2026", "")


def test_a_postponement_with_no_new_date_leaves_the_window_open():
    v = evaluate_market(ARIANE, [SCRUB], ts("2025-03-03T20:00:00+00:00"))
    assert decided(v) == "undetermined" and v.score <= -1.5
    assert any(c.rule == "ruled_out" and "may still come before the deadline" in (c.temporal or "")
               for c in v.contributions)


def test_a_delay_to_a_date_after_the_deadline_still_rules_out():
    v = evaluate_market(GTA, [UNTIL], ts("2025-05-03T00:00:00+00:00"))
    ruled = [c for c in v.contributions if c.rule == "ruled_out"]
    assert ruled and "after the deadline" in (ruled[0].temporal or "") and "may still come" not in ruled[0].temporal


IDALIA = market("Will Hurricane Idalia make U.S. landfall as a Category 4 or stronger hurricane?",
                "2023-09-01T23:59:59-04:00",
                "This market will resolve to \"Yes\" if Hurricane Idalia's intensity at the time of its U.S. landfall "
                "is Category 4 or stronger on the Saffir-Simpson scale, per the National Hurricane Center.")
MAJOR = market("Will Hurricane Idalia make U.S. landfall as a major hurricane (Category 3 or stronger)?",
               "2023-09-01T23:59:59-04:00")
# https://www.wlox.com/2023/08/30/idalia-made-landfall-florida-major-hurricane/
CAT3 = article("https://www.wlox.com/2023/08/30/idalia-made-landfall-florida-major-hurricane/",
               "2023-08-30T00:00:00-05:00", "",
               "It briefly intensified into a category four hurricane earlier Wednesday before dropping back down to "
               "category three. The storm then made landfall as a category three in Florida.")


def test_the_attribute_the_market_names_must_match_when_stated():
    v = evaluate_market(IDALIA, [CAT3], ts("2023-08-31T12:00:00+00:00"))
    assert decided(v) != "likely-yes"
    # the category at landfall is read against the bar, as an attribute or as the market's figure
    assert any((c.rule == "does_not_count" and "below the Category 4" in c.reason)
               or (c.rule == "threshold_missed" and "does not meet ≥ Category 4" in c.reason) for c in v.contributions)
    v = evaluate_market(MAJOR, [CAT3], ts("2023-08-31T12:00:00+00:00"))
    assert decided(v) == "likely-yes"


XAVI = market("Will Xavi remain Barcelona head coach through July 31, 2024?", "2024-07-31T23:59:59+02:00",
              "This market will resolve to \"Yes\" if Xavi Hern\u00e1ndez remains FC Barcelona's first-team head coach "
              "continuously from January 27, 2024 through July 31, 2024, 11:59 PM CEST.")
# https://www.independent.co.uk/sport/football/xavi-barcelona-coach-la-liga-fired-b2486062.html
BEHIND = article("https://www.independent.co.uk/sport/football/xavi-barcelona-coach-la-liga-fired-b2486062.html",
                 "2024-01-27T21:35:00+00:00", "",
                 "Xavi's position has been under the spotlight as the LaLiga champions have fallen behind Real Madrid "
                 "and Girona at the top of the table.")
# https://www.dailymail.co.uk/sport/football/article-13350393/PETE-JENSON-Xavi-earned-right-carry-Barcelona-manager-narrative-changed-mind-complete-sensational-U-turn-lacks-credibility.html
CAPTION = article("https://www.dailymail.co.uk/sport/football/article-13350393/PETE-JENSON-Xavi-earned-right-carry-"
                  "Barcelona-manager-narrative-changed-mind-complete-sensational-U-turn-lacks-credibility.html",
                  "2024-04-25T00:00:00+01:00", "",
                  "Barcelona president Joan Laporta (left) said today that Xavi (right) would be staying at the club")


def test_ending_verbs_in_another_sense_do_not_end_the_state():
    v = evaluate_market(XAVI, [BEHIND, CAPTION], ts("2024-04-26T12:00:00+00:00"))
    assert not any((c.base_rule or c.rule) == "state_ended" for c in v.contributions)
    assert decided(v) == "undetermined"


BOOKER = market("Will Samantha Harvey's Orbital win the 2024 Booker Prize?", "2024-11-13T23:59:59+00:00",
                "This market will resolve to \"Yes\" if Orbital by Samantha Harvey is announced as the winner of the "
                "2024 Booker Prize. If any other book is announced as the winner, this market will resolve to \"No\".")
# https://www.mid-day.com/lifestyle/culture/article/booker-prize-2024-shortlist-out-features-largest-number-of-women-authors-in-55-year-history-23394754
SHORTLIST = article("https://www.mid-day.com/lifestyle/culture/article/booker-prize-2024-shortlist-out-features-"
                    "largest-number-of-women-authors-in-55-year-history-23394754", "2024-09-17T00:00:00+05:30", "",
                    "The shortlist for Booker Prize 2024 was announced on Monday, and out of the six books shortlisted, "
                    "five have been written by women authors.")


def test_announcing_a_shortlist_names_no_winner():
    v = evaluate_market(BOOKER, [SHORTLIST], ts("2024-11-09T12:00:00+00:00"))
    assert not any(c.rule == "rival_outcome" for c in v.contributions) and decided(v) == "undetermined"


SLIM = market("Will Japan's SLIM spacecraft soft-land on the Moon by January 31, 2024?", "2024-01-31T23:59:59+09:00",
              "This market will resolve to \"Yes\" if JAXA's Smart Lander for Investigating Moon (SLIM) makes a soft "
              "landing on the lunar surface, confirmed by JAXA, by January 31, 2024, 11:59 PM JST.")
# https://headtopics.com/uk/japanese-robot-lands-on-moon-but-faces-power-problems-49099503
LANDS = article("https://headtopics.com/uk/japanese-robot-lands-on-moon-but-faces-power-problems-49099503",
                "2024-01-20T00:00:00+00:00", "Japanese robot lands on moon but faces power problems", "")


def test_a_hyphenated_act_verb_is_read_and_an_unread_question_is_no_no():
    assert derive_target(SLIM).act == "land"
    v = evaluate_market(SLIM, [LANDS], ts("2024-02-01T12:00:00+00:00"))
    assert decided(v) == "likely-yes"
    odd = market("Will the Zorblax frobnicate-ish by January 31, 2024?", "2024-01-31T23:59:59+00:00")
    if derive_target(odd).kind == "unknown":
        v = evaluate_market(odd, [], ts("2024-02-05T12:00:00+00:00"))
        assert decided(v) == "undetermined"


# https://businessday.ng/news/article/senegal-president-calls-off-february-25-election-hours-before-campaign-kick-off/
CALLS_OFF = article("https://businessday.ng/news/article/senegal-president-calls-off-february-25-election-hours-before-"
                    "campaign-kick-off/", "2024-02-03T00:00:00+01:00",
                    "Senegal president calls off February 25 election hours before campaign kick-off", "")


def test_the_date_naming_the_called_off_event_is_not_a_new_date():
    v = evaluate_market(SENEGAL, [CALLS_OFF], ts("2024-02-05T12:00:00+00:00"))
    assert decided(v) == "likely-no"
    assert any(c.rule == "ruled_out" and "'calls off" in c.reason for c in v.contributions)


NOVAVAX = market("Will the FDA grant full approval to Novavax's COVID-19 vaccine by April 30, 2025?",
                 "2025-04-30T23:59:59-04:00",
                 "This market will resolve to \"Yes\" if the U.S. Food and Drug Administration grants approval (a "
                 "biologics license, not an emergency use authorization) to Novavax's COVID-19 vaccine for any "
                 "population between March 1, 2025 and April 30, 2025, 11:59 PM ET.")
# https://www.ascp.org/news/external-news/industry-news/2025/04/03/FDA-Misses-Deadline-For-Decision-On-Novavax-s-COVID-19-Vaccine
MISSED = article("https://www.ascp.org/news/external-news/industry-news/2025/04/03/FDA-Misses-Deadline-For-Decision-On-"
                 "Novavax-s-COVID-19-Vaccine", "2025-04-03T00:00:00-05:00", "",
                 "The Wall Street Journal (4/2, Essley Whyte, Subscription Publication) reports the FDA missed the "
                 "April 1 deadline to approve Novavax's COVID-19 vaccine.")


def test_a_missed_target_date_is_a_delay_not_the_occasion_failed():
    v = evaluate_market(NOVAVAX, [MISSED], ts("2025-04-04T12:00:00+00:00"))
    assert decided(v) == "undetermined"
    assert any(c.rule == "failed_attempt" and "another attempt may follow" in c.reason for c in v.contributions)


TEN_HAG = market("Will Erik ten Hag remain Manchester United manager through December 31, 2024?",
                 "2024-12-31T23:59:59+00:00",
                 "This market will resolve to \"Yes\" if Erik ten Hag remains manager of Manchester United's men's first "
                 "team continuously through December 31, 2024, 11:59 PM GMT. If he is dismissed, resigns or otherwise "
                 "leaves the role before then, this market will resolve to \"No\".")
# https://dailypost.ng/2024/10/28/man-united-sack-erik-ten-hag/
SACKED = article("https://dailypost.ng/2024/10/28/man-united-sack-erik-ten-hag/", "2024-10-28T00:00:00+01:00", "",
                 "Manchester United have sacked Erik ten Hag.")


def test_a_dismissal_with_the_holder_named_after_the_verb_ends_the_state():
    v = evaluate_market(TEN_HAG, [SACKED], ts("2024-10-29T12:00:00+00:00"))
    assert decided(v) == "likely-no"
    assert any(c.rule == "state_ended" and "'sacked'" in c.reason for c in v.contributions)


HUALIEN = market("Will the death toll from the April 3, 2024 Hualien earthquake reach 10 by April 10, 2024?",
                 "2024-04-10T23:59:59+08:00",
                 "This market will resolve to \"Yes\" if Taiwan's authorities report 10 or more deaths caused by the "
                 "earthquake that struck near Hualien on April 3, 2024, by April 10, 2024, 11:59 PM Taiwan time.")
# https://www.oodaloop.com/globalrisk/2024/04/03/taiwan-rescue-efforts-continue-after-900-injured-in-earthquake/
DISTANCE = article("https://www.oodaloop.com/globalrisk/2024/04/03/taiwan-rescue-efforts-continue-after-900-injured-"
                   "in-earthquake/", "2024-04-03T00:00:00+08:00", "",
                   "With its epicenter near Hualien city, strong tremors were felt as far as Taipei, over 100km away, "
                   "marking the strongest quake in 25 years.")


def test_a_measure_is_not_the_count_asked():
    v = evaluate_market(HUALIEN, [DISTANCE], ts("2024-04-03T18:00:00+00:00"))
    assert not any(c.rule == "threshold_crossed" for c in v.contributions) and decided(v) == "undetermined"
