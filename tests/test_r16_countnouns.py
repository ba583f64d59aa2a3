"""Count nouns that count the same thing for a market (resolver/engine/counted_alike.py, and the
reported count's verbs in rules/reported_count.py). Sentences verbatim from the development corpus
(case named in a comment); near misses that must not fire."""

from __future__ import annotations

from conftest import decided, fired, run_case
from resolver.engine import counted_alike

# b57-warriors-73-wins-2016-yes
WARRIORS_Q = "Will the Golden State Warriors win at least 73 regular-season games in the 2015-16 NBA season?"
WARRIORS_C = ("This market will resolve to \"Yes\" if the Golden State Warriors finish the 2015-16 NBA regular season "
              "with 73 or more wins. Otherwise, this market will resolve to \"No\".")
WARRIORS_73 = ("ASTANA. KAZINFORM - Golden State Warriors have made NBA history with a record 73 wins in a season by "
               "beating Memphis Grizzlies.")


def _warriors(text: str):
    return run_case(WARRIORS_Q, "2016-04-14T23:59:59-07:00", WARRIORS_C,
                    [("https://en.inform.kz/amp/golden-state-warriors-73rd-win", "2016-04-14T13:17:00+06:00",
                      "Golden State Warriors: 73rd win breaks Chicago Bulls' NBA record", text)],
                    "2016-04-14T12:00:00+00:00")


def test_wins_count_games_won():
    v = _warriors(WARRIORS_73)
    assert decided(v) == "likely-yes" and fired(v, "threshold_crossed")


def test_games_played_are_not_wins():
    # must not fire: games played, or losses, are not games won
    assert not fired(_warriors("Golden State Warriors have made NBA history, playing 73 games in a season."),
                     "threshold_crossed")
    assert not fired(_warriors("Golden State Warriors have made NBA history with 73 losses in a season."),
                     "threshold_crossed")


def test_wins_count_only_what_is_won_one_each():
    assert counted_alike.counts_alike("games", "win", "wins")
    assert counted_alike.counts_alike("awards", "win", "wins")  # 'with 11 wins' (b77 Return of the King)
    assert not counted_alike.counts_alike("seats", "win", "wins")  # a party's wins may be districts or rounds
    assert not counted_alike.counts_alike("medals", "win", "wins")
    assert not counted_alike.counts_alike("games", "play", "wins")  # the act is not winning
    assert not counted_alike.counts_alike("points", "score", "wins")


# b47-johnson-150-no-confidence-votes-june2022-no
JOHNSON_Q = "Will 150 or more Conservative MPs vote against Boris Johnson in the June 2022 confidence vote?"
JOHNSON_C = ("This market will resolve to \"Yes\" if the officially announced result of the Conservative Party's June 6, "
             "2022 confidence ballot on Boris Johnson's leadership shows 150 or more votes of no confidence. Otherwise, "
             "this market will resolve to \"No\".")
JOHNSON_TALLY = ("Announcing the results, Sir Graham Brady said: “Good evening. I can report as returning officer that 359 "
                 "ballots were cast, no spoilt ballots, that the vote in favour of having confidence in Boris Johnson as "
                 "leader was 211 votes and a vote against was 148 votes.")


def _johnson(text: str):
    return run_case(JOHNSON_Q, "2022-06-06T23:59:59+01:00", JOHNSON_C,
                    [("https://www.indy100.com/politics/boris-johnson-confidence-theresa-may", "2022-06-06T00:00:00+01:00",
                      "boris johnson confidence theresa may", text)], "2022-06-06T23:00:00+01:00")


def test_votes_against_count_the_voters_against():
    v = _johnson(JOHNSON_TALLY)
    assert decided(v) == "likely-no" and fired(v, "magnitude_short")


def test_votes_for_are_not_votes_against():
    # must not fire: only the votes for are given
    v = _johnson("Sir Graham Brady said the vote in favour of having confidence in Boris Johnson as leader was 211 votes.")
    assert not fired(v, "magnitude_short")


def test_votes_against_a_name_are_one_side_beside_another():
    # b45-hichilema-wins-zambia-presidency-2021-multi-yes: 'votes against <a name>' is a contest's two sides
    assert counted_alike.votes_against("Hichilema had secured 2,810,757 votes against Lungu’s 1,814,201.") is None
    # b63-scholz-400-votes-dec2021-no, b15-pita-thai-pm-by-aug31-2023-no
    assert counted_alike.votes_against("There were 303 votes against, and 6 abstentions from a total of 736.")[0] == 303
    assert counted_alike.votes_against("elected the 61-year-old property tycoon as the new prime minister with 482 votes "
                                       "for, 165 votes against and 81 abstentions")[0] == 165
    assert not counted_alike.voters_against("Will at least 400 members vote for Scholz?", "members")


# b53-tesla-2020-deliveries-500k-no
TESLA_Q = "Will Tesla report at least 500,000 vehicle deliveries for 2020 in its Q4 2020 production and deliveries release?"
TESLA_C = ("This market will resolve to \"Yes\" if Tesla's Q4 2020 production and deliveries release, published in early "
           "January 2021, reports total vehicle deliveries for calendar year 2020 of 500,000 or more. Production figures do "
           "not count, and later revisions in subsequent filings are not considered. Otherwise, this market will resolve "
           "to \"No\".")
TESLA_SHIPPED = ("Tesla fell just shy of hitting CEO Elon Musk’s goal of delivering 500,000 vehicles in 2020, the company "
                 "announced Saturday, having shipped a record 499,550 throughout the year — or 99.91 percent.")


def _tesla(text: str):
    return run_case(TESLA_Q, "2021-01-05T23:59:59-05:00", TESLA_C,
                    [("https://www.theverge.com/2021/1/2/22210191/tesla-delivery-goal-elon-musk-vehicles-2020",
                      "2021-01-02T00:00:00-05:00", "Tesla deliveries", text)], "2021-01-04T00:00:00+00:00")


def test_shipped_count_is_the_deliveries():
    v = _tesla(TESLA_SHIPPED)
    assert decided(v) == "likely-no" and fired(v, "magnitude_short")


def test_goal_is_not_the_count():
    # must not fire: the goal's figure alone, and a goal told in the same clause as the shipped count
    assert not fired(_tesla("Tesla fell just shy of hitting CEO Elon Musk’s goal of delivering 500,000 vehicles in "
                            "2020, the company announced Saturday."), "magnitude_short", "confirmation")
    assert not fired(_tesla("Analysts had expected Tesla to have shipped 499,550 vehicles in 2020, the company "
                            "announced Saturday."), "magnitude_short", "confirmation")
