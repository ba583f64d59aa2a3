"""Readings of the twenty-fourth round's development batch 128 (helper e128: a venue-like mix of 2016-2023 stories).
Each reading is stated on grammar and word lists:

- confidence_votes.criteria_name_vote: a question asking that a holder survive a confidence vote ('Will Stefan
  Löfven's government survive the no-confidence vote held … on June 21, 2021?') names losing it as the end;
  subordinate_subjects.main_subject: 'Prime Minister Lofven announced his resignation … after he lost a vote of
  no-confidence on June 21' — the pronoun after the subordinator is the sentence's opening subject; records: 'became
  the first Swedish premier to lose a vote … over planned reforms' — an attributive 'planned' is no plan.
- offset_clauses: '… on Wednesday voted to reinstate … Lofven …, only weeks after he was ousted' — the main clause's
  date does not date the offset clause's verb (no late ending 'after the deadline').
- lexicon.OPPOSITE_VERBS 'grant' and object_dates._told_done: 'has denied an application to grant an injunction to
  stop the December 6 general election' (report of December 3) is the decision the other way, dated December 3.
- pronoun_antecedents: 'It is going to be launched … on December 5' right after a sentence naming another satellite
  ('another spectacular mission of GSAT-1') is that satellite's plan, not the market's.

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants swap the
names, numbers, verbs and tenses, with must-not-fire near-misses. `wrong_fires()` counts the variants read the wrong
way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

import time

from conftest import case_runner, fired, realnews_case, run_case
from conftest import fired_yes as _yes, fired_no as _no
from cpu_budget import assert_cpu_within, assert_each_within, word_soup


_runner = case_runner  # conftest: the engine on a development case's market over one article






# --- a confidence vote lost, for a market on surviving it -------------------------------------------------------
# b128-lofven-survives-no-confidence-jun21-2021-no
_LOF_ID = "b128-lofven-survives-no-confidence-jun21-2021-no"
_lof = _runner(_LOF_ID, "https://www.albawaba.com/news/x", "2021-07-07T00:00:00+03:00", "2021-07-08T09:00:00+03:00")
LOF_S0 = ("Swedish center-left Prime Minister Lofven announced his resignation last month after he lost a vote of "
          "no-confidence on June 21.")
LOF_S1 = ("Lofven, who had been in power since 2014, became the first Swedish premier to lose a vote of confidence on "
          "June 21 over planned reforms to ease rent controls on new apartments.")
LOF_S2 = ("Sweden's parliament on Wednesday voted to reinstate Social Democrat party leader Stefan Lofven as prime "
          "minister, only weeks after he was ousted in a historic vote of no confidencehttps://t.co/S1V3BQJWuj")
_OPEN = ("Prime Minister Lofven announced his resignation last month", "Stefan Lofven stepped down as premier",
         "Lofven resigned")
_SUB = ("after he lost", "when he lost", "after he had lost")
_VOTE = ("a vote of no-confidence on June 21", "the no-confidence vote on June 21", "a no confidence vote on June 21")
LOST = [LOF_S0] + [f"{o} {s} {v}." for o in _OPEN for s in _SUB for v in _VOTE]
_ATTR = ("planned reforms", "expected rent rises", "proposed rent reforms")
_VERB = ("lose a vote of confidence", "lose a no-confidence vote")
FIRST_TO_LOSE = [LOF_S1] + [f"Lofven, who had been in power since 2014, became the first Swedish premier to {v} on "
                            f"June 21 over {a}." for v in _VERB for a in _ATTR]
# not the holder, not lost, not done
NOT_LOST = [f"Minister Annie Loof praised Lofven {s} {v}." for s in _SUB for v in _VOTE[:2]] + [
    f"Lofven announced his resignation last month after he survived {v}." for v in _VOTE[:2]] + [
    f"Lofven said he would resign if he lost {v}." for v in _VOTE[:2]] + [
    f"Lofven will become the first Swedish premier to {v} on June 21 if the motion passes." for v in _VERB]
# a market on staying in office, whose criteria name no removal by a vote: losing a vote is not read as the end
_STAY = {"question": "Will Stefan Löfven remain Prime Minister of Sweden through June 30, 2021?",
         "deadline": "2021-06-30T23:59:59+02:00",
         "criteria": "This market will resolve to \"Yes\" if Stefan Löfven holds the office of Prime Minister of "
                     "Sweden continuously through June 30, 2021. Otherwise, \"No\"."}
_stay = _runner(_LOF_ID, "https://www.albawaba.com/news/x", "2021-06-22T00:00:00+02:00", "2021-06-23T09:00:00+02:00",
                market=_STAY)
STAY_NOT_ENDED = [LOF_S0, "Stefan Lofven lost a no-confidence vote on Monday."]

# --- an offset clause: the main clause's date is not the ending's ----------------------------------------------
_OFFSET = ("only weeks after", "weeks after", "two weeks after", "a month after", "days after", "just days after")
_OUSTED = ("he was ousted in a historic vote of no confidence", "he was toppled in a vote of no confidence",
           "he was ousted")
OFFSET = [LOF_S2] + [f"Sweden's parliament on {d} voted to reinstate Stefan Lofven as prime minister, {o} {v}."
                     for d in ("Wednesday", "July 7") for o in _OFFSET for v in _OUSTED]
# an offset clause with its own date before the deadline: never an ending after it
OWN_DATED = [f"Sweden's parliament on Wednesday voted to reinstate Stefan Lofven as prime minister, {o} he was ousted "
             f"on June 21." for o in ("only weeks after", "two weeks after")]

# --- an application denied ---------------------------------------------------------------------------------------
# b128-dominica-high-court-stops-election-dec2019-no
_dom = _runner("b128-dominica-high-court-stops-election-dec2019-no", "https://dominicanewsonline.com/news/x",
               "2019-12-03T00:00:00-04:00", "2019-12-03T18:00:00-04:00")
DOM_S = ("High Court judge, Bernie Stephenson, has denied an application to grant an injunction to stop the December 6 "
         "general election.")
_JUDGE = ("High Court judge, Bernie Stephenson,", "The High Court", "High Court judge Birnie Stephenson")
_DENIED = ("has denied", "denied", "has rejected", "rejected", "refused")
_ELECTION = ("the December 6 general election", "the general election", "the December 6 poll")
DENIED = [DOM_S] + [f"{j} {d} an application to grant an injunction to stop {e}." for j in _JUDGE for d in _DENIED
                    for e in _ELECTION]
NOT_DENIED = [f"{j} {d} an application to grant an injunction to stop {e}." for j in _JUDGE[1:]
              for d in ("has not denied", "is expected to deny", "will rule on") for e in _ELECTION[:2]]

# --- a pronoun after another name --------------------------------------------------------------------------------
# b128-isro-hysis-launch-by-nov30-2018-yes
_isro = _runner("b128-isro-hysis-launch-by-nov30-2018-yes", "https://in.news.yahoo.com/x", "2018-11-29T00:00:00+05:30",
                "2018-11-30T09:00:00+05:30")
ISRO_DONE = ("Indian Space Research Organisation (ISRO) successfully launched its workhouse rocket PSLV-C43 carrying "
             "India's earth observation satellite HysIS and 30 other satellites on Thursday. Chairman of ISRO, Dr K "
             "Sivan in an addressed lauded the launch and the people behind it, and further informed of the missions "
             "coming up under ISRO.")
ISRO_S = ('The Chairman said, "We are seeing the road ahead of us, Sriharikota is full of traffic. We are going to '
          'have another spectacular mission of GSAT-1, that is the heaviest satellite India has made. It is going to '
          'be launched from French Guiana on December 5 at 2:08 am."')
_OTHER = ("another spectacular mission of GSAT-1, that is the heaviest satellite India has made",
          "the Chandrayaan-2 mission, that is our moon probe", "a new satellite named GSAT-29 ready")
_PLAN = ("It is going to be launched from French Guiana on December 5", "It will be launched on December 5",
         "It is scheduled to be launched on December 10")
OTHER_BEFORE = [f"{ISRO_DONE} {ISRO_S}"] + [f"{ISRO_DONE} We are going to have {o}. {p}." for o in _OTHER
                                            for p in _PLAN]
# the sentence before names the market's own actor: the pronoun still takes up its act (read as before)
_isro_next = _runner("b128-isro-hysis-launch-by-nov30-2018-yes", "https://in.news.yahoo.com/x",
                     "2018-11-20T00:00:00+05:30", "2018-11-21T09:00:00+05:30")
OWN_BEFORE = [f"ISRO has postponed the launch of HysIS, its earth observation satellite. {p}." for p in _PLAN[:2]]


def wrong_fires() -> dict[str, int]:
    return {
        "lost_vote_missed": sum(not _no(_lof(s), "state_ended") for s in LOST),
        "first_to_lose_missed": sum(not _no(_lof(s), "state_ended") for s in FIRST_TO_LOSE),
        "not_lost_read": sum(bool(fired(_lof(s), "state_ended")) for s in NOT_LOST),
        "stay_market_ended": sum(_no(_stay(s), "state_ended") for s in STAY_NOT_ENDED),
        "offset_read_late": sum(_yes(_lof(s), "state_continues") for s in OFFSET),
        "own_dated_read_late": sum(_yes(_lof(s), "state_continues") for s in OWN_DATED),
        "denial_missed": sum(not _no(_dom(s), "opposite_outcome") for s in DENIED),
        "no_denial_read": sum(bool(fired(_dom(s), "opposite_outcome")) for s in NOT_DENIED),
        "other_names_plan_read": sum(bool(fired(_isro(s), "scheduled_after_deadline")) for s in OTHER_BEFORE),
        "own_plan_missed": sum(not _no(_isro_next(s), "scheduled_after_deadline") for s in OWN_BEFORE),
    }


def test_a_confidence_vote_lost_ends_a_market_on_surviving_it():
    assert [s for s in LOST if not _no(_lof(s), "state_ended")] == []


def test_first_to_lose_over_attributive_plans_is_done():
    assert [s for s in FIRST_TO_LOSE if not _no(_lof(s), "state_ended")] == []


def test_other_holders_survivals_and_conditions_are_not_losses():
    assert [s for s in NOT_LOST if fired(_lof(s), "state_ended")] == []


def test_a_market_on_staying_in_office_keeps_its_old_reading():
    assert [s for s in STAY_NOT_ENDED if _no(_stay(s), "state_ended")] == []


def test_an_offset_clause_is_not_dated_by_the_main_clause():
    assert [s for s in OFFSET if _yes(_lof(s), "state_continues")] == []


def test_an_offset_clause_with_its_own_date_is_no_late_ending():
    assert [s for s in OWN_DATED if _yes(_lof(s), "state_continues")] == []


def test_the_real_case_reads_no():
    c = realnews_case(_LOF_ID)
    e = c["evidence"][0]
    v = run_case(c["market"]["question"], c["market"]["deadline"], c["market"]["criteria"],
                 [(e["url"], e["published"], e["title"], e["text"])], c["as_of"])
    assert v.verdict == "likely-no"


def test_an_application_denied_is_the_other_way():
    assert [s for s in DENIED if not _no(_dom(s), "opposite_outcome")] == []


def test_no_denial_done_is_not_read():
    assert [s for s in NOT_DENIED if fired(_dom(s), "opposite_outcome")] == []


def test_a_pronoun_after_another_name_is_not_the_markets_plan():
    assert [s for s in OTHER_BEFORE if fired(_isro(s), "scheduled_after_deadline")] == []
    assert _isro(f"{ISRO_DONE} {ISRO_S}").verdict == "likely-yes"


def test_a_pronoun_after_the_markets_own_name_keeps_its_plan():
    assert [s for s in OWN_BEFORE if not _no(_isro_next(s), "scheduled_after_deadline")] == []


def test_hostile_sentence_soup_stays_cheap():
    words = ("Prime Minister Lofven announced after he lost a vote of no-confidence only weeks after he was ousted "
             "became the first premier to lose over planned reforms has denied an application to grant the December "
             "6 election It is going to be launched on December 5 another mission of GSAT-1 days before ").split()
    soup = word_soup(words)
    runs = (_lof, _dom, _isro)
    assert_each_within(runs, soup, 2.0)  # each run warmed first (cpu_budget)
    start = time.process_time()  # the same soup cut into sentences at every comma-free stretch
    sentences = ". ".join(soup[k:k + 300] for k in range(0, 30000, 300)) + "."
    _isro(sentences)
    assert_cpu_within(start, 2.0)
