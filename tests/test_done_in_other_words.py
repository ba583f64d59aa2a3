"""Acts reported done in other words than the question's (issue 10), on sentences published verbatim
(each test names its source page): being elected to the office an election fills is winning it
('Kemi Badenoch has been elected leader of the Conservative Party', 'Newly elected Conservative
leader Kemi Badenoch'), but not an election to something else; a contest or a race is the election,
a crown the title, an understanding reached an agreement, a mandate annulled a revoked one; an act noun after 'with' / 'after' + 'the'
whose own phrase ends in a date before the article happened ('With the launch of Gemini 3 on
Tuesday, Google is making a play'), but not one ahead of it; and a month before an occasion that a
past relative clause tells ('the July election result which saw it return just 121 MPs') dates a
past occasion, not a coming one; and a gerund after 'after' in a sentence that tells nothing still
to come is done, by the main clause's subject ('Kemi Badenoch became … new leader …, after winning a
leadership contest'), but not in one that does ('will become … after winning'); and an act noun
received is the act done ('ziftomenib received approval'); and a candidate who 'is Estonia's new
prime minister' has taken the office."""

from resolver.engine import evaluate_market
from tests.conftest import decided, news_article as article, news_market as market, ts


def _yes(v) -> list:
    return [c for c in v.contributions if c.rule == "confirmation" and c.direction == "yes"]


def _run(m, url: str, published: str, title: str, text: str, as_of: str):
    return evaluate_market(m, [article(url, published, title, text)], ts(as_of))


BADENOCH = market("Will Kemi Badenoch win the 2024 Conservative Party leadership election?", "2024-11-02T23:59:59+00:00",
                  "This market will resolve to \"Yes\" if Kemi Badenoch is announced as the winner of the 2024 UK "
                  "Conservative Party leadership election by November 2, 2024. Otherwise (for example, if another "
                  "candidate is announced as the winner), this market will resolve to \"No\".")
_CHRONICLE = "https://www.chronicle.gi/kemi-badenoch-wins-tory-leadership-election/"


def test_elected_leader_is_winning_the_leadership_election():
    v = _run(BADENOCH, _CHRONICLE, "2024-11-02T00:00:00+00:00", "",
             "Kemi Badenoch has been elected leader of the Conservative Party.", "2024-11-03T00:00:00+00:00")
    assert _yes(v) and decided(v) == "likely-yes"


def test_the_party_elected_her_as_its_new_leader():
    # https://ejazzug.com/britains-opposition-conservative-party-elects-new-leader
    text = ("Britain\u2019s Conservative Party on Saturday elected Kemi Badenoch as its new leader as it tries to "
            "rebound from a crushing election defeat in July that ended its 14 years in power.")
    v = _run(BADENOCH, "https://ejazzug.com/britains-opposition-conservative-party-elects-new-leader",
             "2024-11-02T00:00:00+00:00", "", text, "2024-11-03T00:00:00+00:00")
    assert _yes(v) and decided(v) == "likely-yes"


def test_newly_elected_leader_before_the_name():
    # batch-33: a live page of 2 November 2024 ('tory leadership live badenoch jenrick')
    text = ("Newly elected Conservative leader Kemi Badenoch has admitted the Tories \u201clet standards slip\u201d "
            "but vowed to rebuild the party.")
    v = _run(BADENOCH, "https://www.independent.co.uk/news/uk/politics/tory-leadership-live-badenoch-jenrick",
             "2024-11-02T00:00:00+00:00", "", text, "2024-11-03T00:00:00+00:00")
    assert _yes(v) and decided(v) == "likely-yes"


def test_a_contest_is_the_election():
    text = ("In a resounding victory after being the overwhelming odds on favourite to win, Kemi Badenoch won the "
            "Conservative leadership contest with 53,806 votes over Mr Jenrick's 41,000, out of a total electorate "
            "of 131,680.")
    v = _run(BADENOCH, "https://www.independent.co.uk/news/uk/politics/tory-leadership-live-badenoch-jenrick",
             "2024-11-02T00:00:00+00:00", "", text, "2024-11-03T00:00:00+00:00")
    assert _yes(v)


def test_elected_to_another_office_is_not_the_presidency():
    m = market("Will Lee Jae-myung win the 2025 South Korean presidential election?", "2025-06-03T23:59:59+09:00")
    text = "Lee Jae-myung was elected leader of South Korea's Democratic Party in 2022."
    v = _run(m, "https://x.example/lee", "2025-05-20T00:00:00+09:00", "", text, "2025-05-21T00:00:00+09:00")
    assert not _yes(v) and decided(v) != "likely-yes"


def test_a_past_july_election_that_saw_a_result_schedules_nothing():
    # batch-33 (a page of 2 November 2024, 'New Conservative Party leader to be crowned')
    text = ("The winner will be at the helm as the party looks to recover from the July election result which saw "
            "it return just 121 MPs.")
    v = _run(BADENOCH, "https://x.example/crowned", "2024-11-02T00:00:00+00:00", "", text, "2024-11-03T00:00:00+00:00")
    assert decided(v) != "likely-no"
    # https://agnesisika.com/kemi-badenoch-emerges-conservative-party-leader/amp
    text = ("She will be in charge as the party attempts to bounce back from the July election outcome, which saw it "
            "return only 121 Members of Parliament.")
    v = _run(BADENOCH, "https://agnesisika.com/kemi-badenoch-emerges-conservative-party-leader/amp",
             "2024-11-02T00:00:00+00:00", "", text, "2024-11-03T00:00:00+00:00")
    assert decided(v) != "likely-no"


NAPOLI = market("Will Napoli win the 2024-25 Serie A title?", "2025-05-25T23:59:59+02:00",
                "This market will resolve to \"Yes\" if Napoli finish first in the 2024-25 Serie A season. If any other "
                "club wins the title, this market will resolve to \"No\".")


def test_a_league_crown_is_the_title():
    # https://www.wionews.com/sports/football-napoli-back-on-top-in-italy-after-sealing-fourth-serie-a-crown-on-dramatic-final-day-1748056988162
    text = ("Scott McTominay and Romelu Lukaku netted in a 2-0 win over Cagliari at a packed and wild Stadio Diego "
            "Armando Maradona as Napoli secured their second league crown in three years on the final day of the season.")
    v = _run(NAPOLI, "https://www.wionews.com/sports/football-napoli-back-on-top-in-italy-after-sealing-fourth-serie-a-"
             "crown-on-dramatic-final-day-1748056988162", "2025-05-24T00:00:00+05:30", "", text,
             "2025-05-24T12:00:00+02:00")
    assert _yes(v) and decided(v) == "likely-yes"


GEMINI = market("Will Google release Gemini 3 by November 30, 2025?", "2025-11-30T23:59:59-08:00",
                "This market will resolve to \"Yes\" if Google publicly releases a model named Gemini 3 (in any variant) "
                "to users or developers by November 30, 2025, 11:59 PM PT. Announcements without availability, leaks "
                "or rumors do not count. Otherwise, this market will resolve to \"No\".")
_FORBES = "https://www.forbesindia.com/article/ai-tracker/googles-gemini-3-launch-why-it-matters/2988822/1"
WITH_LAUNCH = ("With the launch of Gemini 3 on Tuesday, Google is making a play to redefine how we search, code, and "
               "interact with machines.")


def test_an_act_noun_with_its_own_past_date_happened():
    v = _run(GEMINI, _FORBES, "2025-11-19T00:00:00+05:30", "", WITH_LAUNCH, "2025-11-20T00:00:00+00:00")
    assert _yes(v) and decided(v) == "likely-yes"


def test_ahead_of_the_launch_or_a_planned_launch_is_not_done():
    for text in (WITH_LAUNCH.replace("With the launch", "Ahead of the launch"),
                 WITH_LAUNCH.replace("the launch", "the planned launch")):
        v = _run(GEMINI, _FORBES, "2025-11-19T00:00:00+05:30", "", text, "2025-11-20T00:00:00+00:00")
        assert not _yes(v) and decided(v) != "likely-yes"


def test_the_impending_launch_is_not_done():
    # https://www.webpronews.com/gemini-3-googles-bold-bid-to-redefine-the-ai-race/
    text = ("In the high-stakes world of artificial intelligence, Google is poised to make a pivotal move with the "
            "impending launch of Gemini 3, its next-generation AI model.")
    v = _run(GEMINI, "https://www.webpronews.com/gemini-3-googles-bold-bid-to-redefine-the-ai-race/",
             "2025-11-16T00:00:00-05:00", "", text, "2025-11-20T00:00:00+00:00")
    assert not _yes(v) and decided(v) != "likely-yes"


_PT = "https://pakistantimestoday.com/new-leader-of-uk-conservatives-kemi-badenoch-first-black-woman-in-the-role"
AFTER_WINNING = ("Kemi Badenoch became the Conservatives\u2019 new leader and the first Black woman to a head a major "
                 "British political party, after winning a leadership contest on a promise to return the party to its "
                 "founding principles.")


def test_after_winning_in_a_past_sentence_is_done_by_the_main_subject():
    v = _run(BADENOCH, _PT, "2024-11-02T00:00:00+00:00", "", AFTER_WINNING, "2024-11-03T00:00:00+00:00")
    assert _yes(v) and decided(v) == "likely-yes"


def test_after_winning_in_a_sentence_about_what_comes_is_not_done():
    text = "Kemi Badenoch will become the Conservatives\u2019 new leader after winning a leadership contest."
    v = _run(BADENOCH, _PT, "2024-11-02T00:00:00+00:00", "", text, "2024-11-03T00:00:00+00:00")
    assert not _yes(v) and decided(v) != "likely-yes"


def test_after_securing_another_thing_is_not_the_win():
    # batch-15 (AP, Casares): the gerund's own object is a tie, not the cup
    m = market("Will Europe win the 2023 Solheim Cup outright?", "2023-09-24T23:59:59+02:00",
               "This market will resolve to \"Yes\" if Europe finishes the 2023 Solheim Cup at Finca Cortesin with more "
               "points than the United States. If the match ends in a tie, even if Europe retains the cup as holders, "
               "this market will resolve to \"No\". Otherwise, this market will resolve to \"No\".")
    text = ("CASARES, Spain (AP) \u2014 Europe retained the Solheim Cup after securing a first-ever tie with the United "
            "States on Sunday.")
    v = _run(m, "https://apnews.com/article/solheim-cup", "2023-09-24T00:00:00+02:00", "", text,
             "2023-09-25T14:00:00+02:00")
    assert not _yes(v) and decided(v) != "likely-yes"
    assert not any(c.rule == "unread_evidence" for c in v.contributions)


ZIFTOMENIB = market("Will the FDA approve ziftomenib by November 30, 2025?", "2025-11-30T23:59:59-05:00")
# batch-34: a page of 3 December 2025 ('FDA Approves New Drug Treatments: Latest Updates on Drug Approvals')
RECEIVED = ("On November 10, 2025, ziftomenib received approval for relapsed or refractory acute myeloid leukemia with "
            "an NPM1 mutation, enhancing treatment options for this challenging cancer type.")


def test_the_act_noun_received_is_the_act_done():
    v = _run(ZIFTOMENIB, "https://x.example/fda-approvals", "2025-12-03T00:00:00-05:00", "", RECEIVED,
             "2025-12-03T00:00:00-05:00")
    assert _yes(v) and decided(v) == "likely-yes"


def test_an_approval_hoped_for_or_not_received_is_not_done():
    for text in ("Kura hopes ziftomenib will receive approval.", "Ziftomenib did not receive approval."):
        v = _run(ZIFTOMENIB, "https://x.example/fda-approvals", "2025-12-03T00:00:00-05:00", "", text,
                 "2025-12-03T00:00:00-05:00")
        assert not _yes(v) and decided(v) != "likely-yes"


MICHAL = market("Will Kristen Michal be sworn in as Prime Minister of Estonia by July 31, 2024?", "2024-07-31T23:59:59+03:00",
                "This market will resolve to \"Yes\" if Kristen Michal is sworn in as Prime Minister of Estonia, with his "
                "government taking office, by July 31, 2024, 11:59 PM Tallinn time. Otherwise, this market will resolve "
                "to \"No\".")
_EUNEWS = "https://eunews.it/en/2024/07/23/estonia-new-centrist-government-kallas"
NEW_PM = ("Kristen Michal is Estonia\u2019s new prime minister, succeeding party colleague and next EU High Representative "
          "for Foreign Affairs and Security Policy, Kaja Kallas.")


def test_the_candidate_is_the_new_holder_of_the_office():
    v = _run(MICHAL, _EUNEWS, "2024-07-23T00:00:00+02:00", "", NEW_PM, "2024-07-24T00:00:00+00:00")
    assert _yes(v) and decided(v) == "likely-yes"


def test_set_to_be_or_whether_he_is_the_new_holder_is_not_done():
    for text in ("Kristen Michal is set to be Estonia\u2019s new prime minister.",
                 "Whether Kristen Michal is the new prime minister remains unclear.",
                 "Kristen Michal is not the new prime minister."):
        v = _run(MICHAL, _EUNEWS, "2024-07-20T00:00:00+02:00", "", text, "2024-07-21T00:00:00+00:00")
        assert not _yes(v) and decided(v) != "likely-yes"


SHOAL = market("Will the Philippines and China reach an agreement on resupply missions to the BRP Sierra Madre at Second "
               "Thomas Shoal by July 31, 2024?", "2024-07-31T23:59:59+08:00")
_ASIAONE = ("https://www.asiaone.com/asia/china-philippines-agree-provisional-arrangement-south-china-sea-resupply-"
            "missions-manila-says")


def test_an_understanding_reached_is_an_agreement():
    text = ("MANILA \u2014 The Philippines and China have \"reached an understanding on the provisional arrangement\" for "
            "resupply missions to a beached naval ship in the South China Sea, Manila's Foreign Ministry said in a "
            "statement on July 21.")
    v = _run(SHOAL, _ASIAONE, "2024-07-22T00:00:00+08:00", "", text, "2024-07-23T00:00:00+00:00")
    assert _yes(v) and decided(v) == "likely-yes"



DODIK = market("Will Bosnia's Central Election Commission revoke Milorad Dodik's mandate as President of Republika Srpska "
               "by August 31, 2025?", "2025-08-31T23:59:59+02:00",
               "This market will resolve to \"Yes\" if the Central Election Commission of Bosnia and Herzegovina issues a "
               "decision revoking or terminating Milorad Dodik's mandate as President of Republika Srpska by August 31, "
               "2025. Otherwise, this market will resolve to \"No\".")


def test_a_mandate_annulled_is_revoked():
    text = "Earlier, the CEC of BiH annulled Dodik's mandate and decided to hold early elections in the entity."
    v = _run(DODIK, "https://serbia.news-pravda.com/en/world/2025/08/18/12998.html", "2025-08-18T00:00:00+02:00", "",
             text, "2025-08-19T00:00:00+00:00")
    assert _yes(v) and decided(v) == "likely-yes"


def test_a_mandate_to_be_annulled_is_not_revoked():
    text = "The CEC of BiH is expected to annul Dodik's mandate and to hold early elections in the entity."
    v = _run(DODIK, "https://serbia.news-pravda.com/en/world/2025/08/18/12998.html", "2025-08-18T00:00:00+02:00", "",
             text, "2025-08-19T00:00:00+00:00")
    assert not _yes(v) and decided(v) != "likely-yes"
