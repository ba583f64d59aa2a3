"""Who-wins markets whose result is told in another shape than a win verb (verbatim sentences;
each test names its case): a title given to another side ('gave Real Madrid their 15th UEFA
Champions League title') and a projection naming the office's next holder by a source the
criteria accept; with near-miss sentences from the corpus where each reading must not fire."""

import re

from resolver.engine import evaluate_market
from resolver.engine.analysis import SentenceFacts
from resolver.engine.given_title import title_given
from resolver.engine.text import make_sentence
from tests.conftest import news_article as article, news_market as market, ts


def rule(v, name: str) -> list:
    return [c for c in v.contributions if c.rule == name and c.counted]


# b30-dortmund-win-ucl-final-2024-no
DORTMUND = market("Will Borussia Dortmund win the 2024 UEFA Champions League final?", "2024-06-01T23:59:59+01:00",
                  "This market will resolve to \"Yes\" if Borussia Dortmund wins the 2023-24 UEFA Champions League final "
                  "against Real Madrid at Wembley Stadium on June 1, 2024, including after extra time or penalties. "
                  "Otherwise, this market will resolve to \"No\".")
KINGS = article("https://www.premiumtimesng.com/news/top-news/699997-ucl-final-real-madrid-are-kings-of-europe-again.html",
                "2024-06-01T00:00:00+01:00", "UCL Final: Real Madrid are kings of Europe again",
                "Two second-half goals from Dani Carvajal and Vinicius Junior gave Real Madrid their 15th UEFA Champions "
                "League title, even though Borussia Dortmund created better goal-scoring chances in the first half.")


def test_a_title_given_to_another_side_is_a_no():
    v = evaluate_market(DORTMUND, [KINGS], ts("2024-06-02T12:00:00+01:00"))
    assert v.verdict == "likely-no"
    reason = rule(v, "rival_outcome")[0].reason
    assert "Real Madrid" in reason and "gave Real Madrid their 15th UEFA Champions League title" in reason


def test_a_title_of_another_contest_given_is_not_read():
    # near miss: the same sentence for a market on another contest (the Bundesliga): the title
    # phrase names the Champions League, not the market's contest
    q = market("Will Borussia Dortmund win the 2023-24 Bundesliga?", "2024-06-01T23:59:59+01:00")
    v = evaluate_market(q, [KINGS], ts("2024-06-02T12:00:00+01:00"))
    assert not rule(v, "rival_outcome")


def test_a_giving_verb_with_no_title_is_not_read():
    # near miss, b16-usyk-holds-wbc-title-through-dec31-2024-yes: a defeat handed, no title
    q = market("Will Tyson Fury win the 2024 WBC heavyweight title fight?", "2024-12-31T23:59:59+00:00")
    a = article("https://example.org/usyk", "2024-12-22T00:00:00+00:00", "Usyk retains titles",
                "Earlier this year, Usyk handed Fury his first professional defeat and became the undisputed "
                "heavyweight world champion in Riyadh.")
    v = evaluate_market(q, [a], ts("2024-12-22T12:00:00+00:00"))
    assert not any("handed" in c.reason for c in rule(v, "rival_outcome"))


def test_another_category_title_given_is_not_read():
    # near miss, b38-serena-calendar-grand-slam-2015-undet: 'her sixth Wimbledon singles title' for
    # a doubles market: 'singles' is not the market's contest
    q = market("Will Garbine Muguruza win the 2015 Wimbledon doubles title?", "2015-07-12T23:59:59+01:00")
    a = article("https://example.org/serena", "2015-07-11T00:00:00+00:00", "Serena wins Wimbledon",
                "Williams’ 6-4, 6-4 victory over Garbine Muguruza of Spain in the final Saturday gave Williams her "
                "sixth Wimbledon singles title and her fourth straight major singles title — the so-called Serena Slam.")
    v = evaluate_market(q, [a], ts("2015-07-12T12:00:00+00:00"))
    assert not any("gave" in c.reason for c in rule(v, "rival_outcome"))


# b41-la-mayor-2022-caruso-wins-multi-no
CARUSO_CRITERIA = ("This market will resolve to \"Yes\" if Rick Caruso is declared the winner of the November 8, 2022 "
                   "Los Angeles mayoral general election by the Associated Press or by certified results, by December "
                   "31, 2022. Otherwise, this market will resolve to \"No\".")
BASS = article("https://fox5sandiego.com/news/politics/karen-bass-projected-to-be-next-mayor-of-los-angeles-ap/",
               "2022-11-16T00:00:00-08:00", "Karen Bass Projected to Be Next Mayor of Los Angeles AP",
               "Karen Bass will be the next mayor of Los Angeles, according to projections by the Associated Press.")


def test_a_projection_by_a_source_the_criteria_accept_names_the_winner():
    q = market("Will Rick Caruso win the 2022 Los Angeles mayoral election?", "2022-12-31T23:59:59-08:00",
               CARUSO_CRITERIA)
    v = evaluate_market(q, [BASS], ts("2022-11-17T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    reason = rule(v, "rival_outcome")[0].reason
    assert "Karen Bass" in reason and "Associated Press" in reason


def test_a_projection_when_the_criteria_require_certification_is_not_read():
    # near miss: the same sentence when only certified results count
    q = market("Will Rick Caruso win the 2022 Los Angeles mayoral election?", "2022-12-31T23:59:59-08:00",
               re.sub(r" by the Associated Press or", "", CARUSO_CRITERIA))
    assert "Associated Press" not in q.criteria
    v = evaluate_market(q, [BASS], ts("2022-11-17T12:00:00+00:00"))
    assert v.verdict != "likely-no" and not rule(v, "rival_outcome")


def test_a_projection_for_another_place_is_not_read():
    # near miss: the market's office in another city than the sentence's
    q = market("Will Rick Caruso win the 2022 San Diego mayoral election?", "2022-12-31T23:59:59-08:00",
               CARUSO_CRITERIA.replace("Los Angeles", "San Diego"))
    v = evaluate_market(q, [BASS], ts("2022-11-17T12:00:00+00:00"))
    assert not rule(v, "rival_outcome")


def _facts(text: str) -> SentenceFacts:
    return SentenceFacts(sent=make_sentence(text, 0), article=None)


_CANDIDATE = re.compile(r"\bBorussia\s+Dortmund\b|\bDortmund\b")
_UCL = ["uefa", "champion", "league", "final"]


def test_title_given_reads_the_markets_contest():
    found = title_given(_facts(KINGS.text), _CANDIDATE, _UCL)
    assert found is not None and found.others == ("Real Madrid",)


def test_title_given_not_read_for_another_contests_title():
    # near miss, b38-serena-calendar-grand-slam-2015-undet: 'sixth Wimbledon singles title' for a
    # doubles contest ('singles' is not the market's)
    serena = ("Williams’ 6-4, 6-4 victory over Garbine Muguruza of Spain in the final Saturday gave Williams her "
              "sixth Wimbledon singles title and her fourth straight major singles title — the so-called Serena Slam.")
    assert title_given(_facts(serena), re.compile(r"\bMuguruza\b"), ["wimbledon", "doubles", "title"]) is None
    assert title_given(_facts(serena), re.compile(r"\bMuguruza\b"), ["wimbledon", "singles", "title"]) is not None


def test_title_given_not_read_without_a_title():
    # near miss, b16-usyk-holds-wbc-title-through-dec31-2024-yes: a defeat handed, no title
    usyk = ("Earlier this year, Usyk handed Fury his first professional defeat and became the undisputed heavyweight "
            "world champion in Riyadh.")
    assert title_given(_facts(usyk), re.compile(r"\bFury\b"), ["wbc", "heavyweight", "title"]) is None


# b41-roberts-smith-wins-defamation-case-no: a case the candidate brought, dismissed
ROBERTS_SMITH = market("Will Ben Roberts-Smith win his defamation case against The Age, The Sydney Morning Herald and "
                       "The Canberra Times?", "2023-06-30T23:59:59+10:00",
                       "This market will resolve to \"Yes\" if the Federal Court of Australia finds in favour of Ben "
                       "Roberts-Smith in his defamation proceedings against Fairfax/Nine newspapers and journalists over "
                       "their 2018 war-crimes reporting, by June 30, 2023. Otherwise, this market will resolve to \"No\".")
DISMISSED = article("https://www.smh.com.au/national/ben-roberts-smith-case-live-updates", "2023-06-01T00:00:00+10:00",
                    "As it happened: Major victory in Ben Roberts-Smith case delivered to newspapers as former SAS "
                    "soldier’s defamation case dismissed; some war crime, bullying allegations proven", "")


def test_the_candidates_own_case_dismissed_is_a_no():
    v = evaluate_market(ROBERTS_SMITH, [DISMISSED], ts("2023-06-02T00:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert "defamation case dismissed" in rule(v, "opposite_outcome")[0].reason


def test_a_case_brought_against_the_candidate_dismissed_is_not_a_loss():
    # near miss, b08-baldwin-convicted-rust-by-dec31-2024-no (headline quoted): 'Alec Baldwin's involuntary manslaughter case dismissed' — a case
    # against him (no 'his … case against'): its dismissal is no loss for him
    q = market("Will Alec Baldwin win his involuntary manslaughter case?", "2024-07-31T23:59:59-06:00")
    a = article("https://example.org/baldwin", "2024-07-12T00:00:00-06:00",
                "Alec Baldwin's involuntary manslaughter case dismissed in middle of trial and cannot be filed again", "")
    v = evaluate_market(q, [a], ts("2024-07-13T00:00:00+00:00"))
    assert not rule(v, "opposite_outcome")


def test_another_persons_case_of_that_kind_is_not_read():
    # near miss: the same headline for a market on another claimant's defamation case
    q = market("Will Bruce Lehrmann win his defamation case against Network Ten?", "2023-06-30T23:59:59+10:00")
    v = evaluate_market(q, [DISMISSED], ts("2023-06-02T00:00:00+00:00"))
    assert not rule(v, "opposite_outcome")
