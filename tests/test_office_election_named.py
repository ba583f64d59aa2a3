"""Being elected to an office (round 9): for a market on a candidate elected to an office ('be
elected Mayor of Chicago'), the office's adjective before an election noun ('the Chicago mayoral
race') names the office's election (analysis.MarketContext.office_election_at), so that a rival's
concession to the candidate in it is read. Sentences are copied verbatim from the pages named above
each (case b45-brandon-johnson-elected-chicago-mayor-2023-multi-yes)."""

from resolver.engine import evaluate_market
from resolver.engine.analysis import MarketContext
from resolver.engine.derive import derive_target
from resolver.engine.text import article_sentences
from tests.conftest import news_article as article, news_market as market, ts

JOHNSON = market("Will Brandon Johnson be elected Mayor of Chicago in 2023?", "2023-04-30T23:59:59-05:00",
                 "This market will resolve to \"Yes\" if Brandon Johnson wins the 2023 Chicago mayoral election "
                 "(including the April 4, 2023 runoff), as called by the Associated Press or certified by the Chicago "
                 "Board of Elections by April 30, 2023. If another candidate wins, this market will resolve to \"No\".")


def test_a_rival_conceding_the_mayoral_race_to_the_candidate_is_the_election_won():
    # https://redlineproject.news/2023/04/05/vallas-concedes-chicago-mayoral-race-to-johnson-calls-for-unity-in-city-party/
    doc = article("https://redlineproject.news/2023/04/05/vallas-concedes-chicago-mayoral-race-to-johnson-calls-for-"
                  "unity-in-city-party/", "2023-04-05T00:00:00-05:00",
                  "Vallas concedes Chicago mayoral race to Johnson, calls for unity in city, party", "")
    v = evaluate_market(JOHNSON, [doc], ts("2023-04-05T12:00:00-05:00"))
    assert v.verdict == "likely-yes"
    assert any("(the rival conceded) to Brandon Johnson" in c.reason for c in v.contributions)


def test_the_office_adjective_names_the_election_only_before_an_election_noun():
    ctx = MarketContext(market=JOHNSON, target=derive_target(JOHNSON))
    assert ctx.office_adjectives == frozenset({"mayoral"})
    # https://abc7chicago.com/chicago-mayoral-election-2023-candidates-paul-vallas/12891685/
    sent = article_sentences("", "Paul Vallas and Brandon Johnson will face off in the April mayoral runoff "
                                      "election after Lori Lightfoot called Johnson to concede Tuesday night.")[-1]
    k = next(i for i, t in enumerate(sent.tokens) if t.lower == "mayoral")
    assert ctx.office_election_at(sent, k)  # 'mayoral runoff': a runoff is an election (eleventh round)
    # an office adjective before a noun that is no election names none
    other = article_sentences("", "The mayoral candidates met voters in Pilsen on Tuesday night.")[-1]
    k = next(i for i, t in enumerate(other.tokens) if t.lower == "mayoral")
    assert not ctx.office_election_at(other, k)


def test_a_concession_by_a_third_candidate_is_not_the_candidate_elected():
    # https://abc7chicago.com/chicago-mayoral-election-2023-candidates-paul-vallas/12891685/
    doc = article("https://abc7chicago.com/chicago-mayoral-election-2023-candidates-paul-vallas/12891685/",
                  "2023-02-28T00:00:00-06:00",
                  "Chicago mayoral election: Vallas, Johnson to face off in runoff after Lightfoot concedes",
                  "Paul Vallas and Brandon Johnson will face off in the April mayoral runoff election after Lori "
                  "Lightfoot called Johnson to concede Tuesday night.")
    v = evaluate_market(JOHNSON, [doc], ts("2023-02-28T20:00:00-06:00"))
    assert v.verdict != "likely-yes"
