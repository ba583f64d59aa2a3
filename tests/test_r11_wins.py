"""Who-wins markets read on the corpus sentences verbatim (eleventh round; each test names its
case): a title abbreviated before a name ('Virginia Rep. Abigail Spanberger', 'Lt. Gov.') ends no
sentence; 'next' before an office ('to become Virginia's next governor') names its coming holder and
does not put the sentence's 'on Tuesday' ahead; a media projection is no hedge when the criteria
accept projections; 'X be declared the winner of <contest>' asks who wins it; a side
'crowned world champions' or 'the new PDC World Champion' won the contest those words name; 'X be selected as host city of <Games>' asks who
is chosen to host (the role: host), 'won the right to host' names the one chosen, 'has been denied the
opportunity to host' and 'pipped' tell the candidate beaten, and a Games' year after the deadline
names the edition, not the vote's time; a surprise told with its score ('shocked the previously
perfect Patriots, 17-14') is a defeat. Guards: 'next week' still looks ahead; a real sentence end after a street's
'St.' is kept."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.shapes import declared_winner
from resolver.engine.sentence_tense import tense_of
from resolver.engine.text import make_sentence, split_sentences
from tests.conftest import news_article as article, news_market as market, ts

# b33-earle-sears-wins-virginia-governor-2025-no
VA_Q = "Will Winsome Earle-Sears win the 2025 Virginia gubernatorial election?"
VA_C = ("This market will resolve to \"Yes\" if Winsome Earle-Sears is projected or declared the winner of the November 4, "
        "2025 Virginia gubernatorial election by major news organizations. Otherwise (for example, if any other "
        "candidate wins), this market will resolve to \"No\".")
VA_TITLE = "democrat abigail spanberger defeats winsome earle sears virginia governors race"
VA_TEXT = ("Former Democratic Virginia Rep. Abigail Spanberger comfortably defeated Republican Lt. Gov. Winsome Earle-Sears "
           "to become Virginia’s next governor on Tuesday evening, multiple outlets projected.\n\n"
           "NBC News called the race for Spanberger just before 8:00 p.m. ET with about 30 percent of the vote in.")


def test_a_title_abbreviated_before_a_name_ends_no_sentence():
    sents = split_sentences(VA_TEXT)
    assert sents[0].startswith("Former Democratic Virginia Rep. Abigail Spanberger comfortably defeated Republican Lt. Gov. "
                               "Winsome Earle-Sears")
    assert len(sents) == 2
    # must not fire: a sentence that really ends after an abbreviation not a title
    assert split_sentences("He lives on Main St. It is big.") == ["He lives on Main St.", "It is big."]


def test_next_before_an_office_does_not_put_the_sentence_ahead():
    s = make_sentence("Spanberger defeated Earle-Sears to become Virginia's next governor on Tuesday evening.", 1)
    assert tense_of(s) == "past"
    # must not fire: 'next' before a time word, or before an event
    assert tense_of(make_sentence("Spanberger faces Earle-Sears next Tuesday.", 1)) == "future"
    assert tense_of(make_sentence("The next meeting of the board is on Tuesday.", 1)) == "future"


def test_a_rival_projected_the_winner_when_the_criteria_count_projections():
    m = market(VA_Q, "2025-11-05T23:59:59-05:00", VA_C)
    a = article("https://www.westernjournal.com/democrat-abigail-spanberger-defeats-winsome-earle-sears-virginia-governors-race/",
                "2025-11-05T00:00:00-05:00", VA_TITLE, VA_TEXT)
    v = evaluate_market(m, [a], ts("2025-11-05T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert any(c.rule == "rival_outcome" and c.weight < 0 for c in v.contributions)
    # must not fire: under criteria that do not count projections, a projected defeat is a forecast
    m2 = market(VA_Q, "2025-11-05T23:59:59-05:00", "This market will resolve to \"Yes\" if Winsome Earle-Sears is "
                "certified the winner of the election. Otherwise, this market will resolve to \"No\".")
    v2 = evaluate_market(m2, [a], ts("2025-11-05T12:00:00+00:00"))
    assert not any(c.rule == "rival_outcome" for c in v2.contributions)
    assert v2.verdict == "undetermined"


# b51-kenya-2022-odinga-wins-presidency-no
KE_Q = ("Will Raila Odinga be declared the winner of Kenya's August 2022 presidential election by August 31, 2022?")
KE_C = ("This market will resolve to \"Yes\" if Kenya's Independent Electoral and Boundaries Commission (IEBC) declares "
        "Raila Odinga the winner of the August 9, 2022 presidential election by August 31, 2022. Otherwise, this market "
        "will resolve to \"No\".")
KE_TITLE = "Ruto declared winner of Kenya's presidential election: live results and news"
KE_TEXT = ("NAIROBI, Kenya – Kenya’s Vice President William Ruto has won the country’s presidential election, the head of "
           "the electoral commission said on Monday, days after a cliffhanger vote in a country that is vital to the "
           "economy and to the security of East Africa.\n\nMr Ruto won 50.5% of the vote, narrowly beating Raila Odinga, "
           "a former prime minister, Independent Electoral and Boundaries Commission Chairman Wafula W. Chebukati said.")
# b29-zimbabwe-chamisa-wins-2023-multi-no
ZW_Q = "Will Nelson Chamisa be declared the winner of Zimbabwe's 2023 presidential election?"


def test_declared_the_winner_asks_who_wins():
    t = derive_target(market(KE_Q, "2022-08-31T23:59:59+03:00", KE_C))
    assert (t.act, t.candidate, t.role, t.role_exclusive) == ("win", "Raila Odinga", "election", True)
    t = derive_target(market(ZW_Q, "2023-09-15T23:59:59+02:00"))
    assert (t.act, t.candidate) == ("win", "Nelson Chamisa")
    # must not fire: 'be confirmed as winner' keeps its act (the confirming), and a lowercase subject is no candidate
    assert derive_target(market("Will Daniel Chapo be confirmed as winner of Mozambique's 2024 presidential election by "
                                "December 31, 2024?", "2024-12-31T23:59:59+02:00")).act == "confirm"
    assert declared_winner("the election be declared void") == "the election be declared void"


def test_a_rival_declared_the_winner_settles_it_no():
    m = market(KE_Q, "2022-08-31T23:59:59+03:00", KE_C)
    a = article("https://dfreeshop.com/2022/08/15/ruto-declared-winner-of-kenyas-presidential-election-live-results-and-news/",
                "2022-08-15T00:00:00+03:00", KE_TITLE, KE_TEXT)
    v = evaluate_market(m, [a], ts("2022-08-16T12:00:00+00:00"))
    assert v.verdict == "likely-no"


# b51-spain-win-wwc-2023-yes
ES_Q = "Will Spain win the 2023 FIFA Women's World Cup?"
ES_C = ("This market will resolve to \"Yes\" if Spain wins the final of the 2023 FIFA Women's World Cup in Australia and New "
        "Zealand. Otherwise, this market will resolve to \"No\".")
ES_TITLE = "Spain crowned world champions after edging past England"
ES_TEXT = "But it wasn’t enough as Spain held out for a historic win."
# b30-luke-littler-wins-pdc-worlds-2024-multi-no
LL_Q = "Will Luke Littler win the 2024 PDC World Darts Championship?"
LL_TITLE = "Luke Humphries is the new PDC World Champion"
LL_TEXT = ("Humphries then pulls it back to 4-4, then taking the lead with 5-4, 6-4, it’s all unravelling for Littler at "
           "this point, he needs to win three sets on the trot or he will lose.")


def _es(title, text=ES_TEXT):
    m = market(ES_Q, "2023-08-21T23:59:59+10:00", ES_C)
    a = article("https://newtelegraphng.com/spain-crowned-world-champions-after-edging-past-england/",
                "2023-08-20T00:00:00+01:00", title, text)
    return evaluate_market(m, [a], ts("2023-08-21T00:00:00+00:00"))


def test_the_candidate_crowned_champion_of_the_contest_won_it():
    v = _es(ES_TITLE)
    assert v.verdict == "likely-yes" and any("crowned world champions" in c.reason for c in v.contributions)


def test_crowned_champion_of_another_contest_or_not_yet_is_not_read():
    # must not fire: another contest's title, a crowning still to come, a reigning champion, a negated crowning
    for title in ("Spain crowned European champions after edging past England",
                  "Spain could be crowned world champions on Sunday",
                  "Spain are world champions after edging past England",
                  "Spain were not crowned world champions"):
        assert _es(title).verdict == "undetermined", title


def test_another_side_the_new_champion_settles_it_no():
    m = market(LL_Q, "2024-01-03T23:59:59+00:00")
    a = article("https://euroweeklynews.com/2024/01/03/luke-humphries-is-the-new-pdc-world-champion/",
                "2024-01-03T23:35:00+01:00", LL_TITLE, LL_TEXT)
    v = evaluate_market(m, [a], ts("2024-01-04T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    # must not fire: the candidate named the new champion is no rival's win
    a2 = article("https://example.com/x", "2024-01-03T23:35:00+01:00", "Luke Littler is the new PDC World Champion", LL_TEXT)
    assert evaluate_market(m, [a2], ts("2024-01-04T12:00:00+00:00")).verdict != "likely-no"


# b52-paris-hosts-2012-olympics-no
PARIS_Q = "Will Paris be selected as host city of the 2012 Summer Olympic Games?"
PARIS_C = ("This market will resolve to \"Yes\" if the International Olympic Committee elects Paris as the host city of the "
           "2012 Summer Olympic Games at its 117th Session in Singapore. If any other candidate city is elected, this "
           "market will resolve to \"No\".")
PARIS_TEXT = ("London has won the right to host the 2012 Olympic Games and Paralympic Games following a dramatic vote in "
              "Singapore. In the fourth round of voting among International Olympic Committee members, London pipped Paris "
              "by 54-50 to spark wild celebrations among the estimated 11,000 people who had congregated in Trafalgar "
              "Square to hear the announcement.")
# b52-chicago-hosts-2016-olympics-no
CHI_Q = "Will Chicago be chosen to host the 2016 Summer Olympic Games?"
CHI_TEXT = ("After a four-year campaign that began just after the 2012 Olympics were awarded to London in July 2005, Chicago "
            "has been denied the opportunity to host the 2016 Olympics.")


def test_chosen_as_host_asks_who_hosts():
    t = derive_target(market(PARIS_Q, "2005-07-31T23:59:59+08:00", PARIS_C))
    assert (t.act, t.candidate, t.role, t.role_exclusive) == ("select", "Paris", "host", True)
    t = derive_target(market(CHI_Q, "2009-10-03T23:59:59+02:00"))
    assert (t.candidate, t.role) == ("Chicago", "host")


def _chi(text, published="2009-10-02T00:00:00-05:00"):
    m = market(CHI_Q, "2009-10-03T23:59:59+02:00")
    a = article("https://abc7chicago.com/archive/7044621/", published, "Chicago's Olympic dreams dashed", text)
    return evaluate_market(m, [a], ts("2009-10-03T12:00:00+00:00"))


def test_another_city_won_the_right_to_host_or_the_candidate_denied_it():
    m = market(PARIS_Q, "2005-07-31T23:59:59+08:00", PARIS_C)
    a = article("https://www.uksport.gov.uk/news/2005/07/07/london-to-host-2012-olympic-and-paralympic-games",
                "2005-07-07T00:00:00+01:00", "London to host 2012 Olympic and Paralympic Games", PARIS_TEXT)
    v = evaluate_market(m, [a], ts("2005-07-08T12:00:00+00:00"))
    assert v.verdict == "likely-no" and any("pipped" in c.reason for c in v.contributions)
    assert _chi(CHI_TEXT).verdict == "likely-no"


def test_another_edition_or_a_denial_not_told_done_is_not_read():
    # must not fire: another edition's host ('the 2012 Olympic Games' for the 2016 one), a denial that may come
    assert _chi("London won the right to host the 2012 Olympic Games in 2005. Chicago is bidding for 2016.",
                "2009-09-20T00:00:00-05:00").verdict == "undetermined"
    assert _chi("If the vote goes badly, Chicago could be denied the chance to host the 2016 Olympics.",
                "2009-09-20T00:00:00-05:00").verdict == "undetermined"


# b52-patriots-win-super-bowl-xlii-no
NE_Q = "Will the New England Patriots win Super Bowl XLII?"
NE_TEXT = ("In one of the biggest upsets in NFL history, the New York Giants shocked the previously perfect Patriots, 17-14, "
           "last night in Super Bowl XLII in front of 71,101 fans at University of Phoenix Stadium.")


def _ne(text):
    m = market(NE_Q, "2008-02-04T23:59:59-07:00")
    a = article("https://www.bostonglobe.com/sports/2008/02/04/patriots-bid-for-perfect-season-ends-giants-upset/",
                "2008-02-04T00:00:00-05:00", "Super Bowl XLII", text)
    return evaluate_market(m, [a], ts("2008-02-05T05:00:00+00:00"))


def test_a_surprise_told_with_its_score_is_a_defeat():
    v = _ne(NE_TEXT)
    assert v.verdict == "likely-no" and any("shocked" in c.reason for c in v.contributions)


def test_a_surprise_without_a_score_or_with_a_lead_is_not_read():
    # must not fire: a surprise with no score, a score that is a lead
    assert _ne("The New York Giants shocked the previously perfect Patriots last night in Super Bowl XLII.").verdict \
        == "undetermined"
    assert _ne("The New York Giants shocked the Patriots, 10-7 lead at halftime in Super Bowl XLII.").verdict \
        == "undetermined"
