"""Who-wins markets where another side's win is told by the defeat that won it ('Justin Thomas
beat Will Zalatoris in a three-hole playoff to win the PGA Championship') or by a victory in the
market's contest followed by the candidate knocked out of it; verbatim corpus sentences, each
test naming its case, with near misses (a single match or race won, another category) where the
reading must not fire."""

from resolver.engine import evaluate_market
from resolver.engine.text import make_sentence
from resolver.engine.sentence_tense import tense_of
from tests.conftest import news_article as article, news_market as market, ts


def rule(v, name: str) -> list:
    return [c for c in v.contributions if c.rule == name and c.counted]


# b45-pereira-wins-2022-pga-championship-multi-no
PEREIRA = market("Will Mito Pereira win the 2022 PGA Championship?", "2022-05-23T23:59:59-05:00",
                 "This market will resolve to \"Yes\" if Mito Pereira wins the 2022 PGA Championship at Southern Hills "
                 "Country Club, including via playoff. If any other player wins, this market will resolve to \"No\".")
THOMAS = "TULSA, May 23 — Justin Thomas beat Will Zalatoris in a three-hole playoff to win the PGA Championship on " \
         "Sunday, after Chile's Mito Pereira blew a one-shot lead on the final hole."


def test_beat_a_side_to_win_the_contest_names_another_winner():
    a = article("https://www.malaymail.com/news/sports/2022/05/23/thomas", "2022-05-23T00:00:00+08:00",
                "Golf report", THOMAS)
    v = evaluate_market(PEREIRA, [a], ts("2022-05-23T12:00:00+08:00"))
    assert v.verdict == "likely-no"
    reason = rule(v, "rival_outcome")[0].reason
    assert "'beat … to win'" in reason and "Justin Thomas" in reason and "PGA Championship" in reason


def test_a_capitalised_will_before_a_name_is_no_future_cue():
    # same case: 'Will Zalatoris' is a name, so 'on Sunday' is the Sunday before the article
    assert tense_of(make_sentence(THOMAS, 0)) == "past"
    assert tense_of(make_sentence("The vote Will Take Place on Sunday", 0, headline=True)) == "future"


def test_beat_to_win_one_match_of_the_series_is_not_the_series():
    # near miss, b15-australia-retains-ashes-2023-multi-stays-yes: 'the fifth Test' is one match
    q = market("Will South Africa win the 2023 Ashes series?", "2023-07-31T23:59:59+01:00")
    a = article("https://example.org/ashes", "2023-07-31T20:00:00+01:00", "Report",
                "England beat Australia by 49 runs to win the fifth Test at The Oval on Monday and end the Ashes "
                "series all square at 2-2.")
    v = evaluate_market(q, [a], ts("2023-08-01T12:00:00+01:00"))
    assert not any("to win" in c.reason for c in rule(v, "rival_outcome"))


def test_beat_to_win_a_race_is_not_the_season_title():
    # near miss, b01-f1-2021-hamilton-title-no: the verb's object is the race ('Abu Dhabi GP'),
    # a season's championship is not read from it
    q = market("Will Sergio Perez win the 2021 Formula 1 Drivers' Championship?", "2021-12-31T23:59:59+00:00")
    a = article("https://example.org/f1", "2021-12-12T18:00:00+00:00", "Report",
                "Max Verstappen beats Lewis Hamilton in last lap to win Abu Dhabi GP, World Championship.")
    v = evaluate_market(q, [a], ts("2021-12-13T12:00:00+00:00"))
    assert not any("to win" in c.reason for c in rule(v, "rival_outcome"))


# b46-brokeback-best-picture-2006-no
CRASH = article("https://www.eonline.com/uberblog/b51798_crash_lands_oscar_upset.html", "2006-03-06T07:15:00-08:00",
                "\"Crash\" Lands Oscar Upset",
                "The edgy ensemble drama about a group of angry Angelenos pulled off a major upset victory in the Best "
                "Picture race, knocking the gay cowboys of Brokeback Mountain from their frontrunner saddles.")


def test_a_victory_in_the_contest_knocking_the_candidate_is_a_no():
    q = market("Will 'Brokeback Mountain' win Best Picture at the 78th Academy Awards?", "2006-03-05T23:59:59-08:00",
               "This market will resolve to \"Yes\" if 'Brokeback Mountain' is announced as the Best Picture winner at "
               "the 78th Academy Awards ceremony on March 5, 2006. Wins in other categories do not count. If any "
               "other film wins Best Picture, this market will resolve to \"No\".")
    v = evaluate_market(q, [CRASH], ts("2006-03-06T12:00:00-08:00"))
    assert v.verdict == "likely-no"
    assert "knocking" in rule(v, "rival_outcome")[0].reason


def test_a_victory_in_another_category_is_not_read():
    # near miss: the same sentence for the candidate's market in another category
    q = market("Will 'Brokeback Mountain' win Best Adapted Screenplay at the 78th Academy Awards?",
               "2006-03-05T23:59:59-08:00")
    v = evaluate_market(q, [CRASH], ts("2006-03-06T12:00:00-08:00"))
    assert not any("knocking" in c.reason for c in rule(v, "rival_outcome"))
