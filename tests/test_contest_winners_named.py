"""Who-wins markets on batches 41-42 (verbatim sentences; each test names its case): a prize
held at a numbered edition has one winner, the contest named as '<Name> title', a lower
finishing place taken is not a win, and a candidate banned from competing cannot win; with
near-miss sentences from the corpus where each reading must not fire."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from tests.conftest import news_article as article, news_market as market, ts


def rule(v, name: str) -> list:
    return [c for c in v.contributions if c.rule == name and c.counted]


# b42-la-la-land-best-picture-2017-no: 'at the 89th Academy Awards' is one edition
LA_LA_LAND = market("Will \"La La Land\" win Best Picture at the 89th Academy Awards?", "2017-02-27T23:59:59-08:00",
                    "This market will resolve to \"Yes\" if \"La La Land\" is the official winner of the Academy Award "
                    "for Best Picture at the 89th Academy Awards ceremony on February 26, 2017. Otherwise, this market "
                    "will resolve to \"No\".")
MOONLIGHT = article("http://www.fox35orlando.com/entertainment/238325231-story", "2017-02-27T00:00:00-05:00",
                    "\"Moonlight\" wins best picture at the Academy Awards after wrong winner gets announced",
                    "LOS ANGELES (AP) -- -     \"Moonlight\" has won best picture at the Academy Awards in a historic "
                    "Oscar upset that followed Warren Beatty first reading the wrong winner.")


def test_a_prize_at_a_numbered_edition_has_one_winner():
    assert derive_target(LA_LA_LAND).role_exclusive
    v = evaluate_market(LA_LA_LAND, [MOONLIGHT], ts("2017-02-27T18:00:00+00:00"))
    assert v.verdict == "likely-no" and "Moonlight" in rule(v, "rival_outcome")[0].reason


def test_a_prize_with_no_edition_named_is_not_exclusive():
    # near miss: the same question with no numbered edition ('a Grammy'-like: one of many editions)
    q = market("Will \"La La Land\" win Best Picture at the Academy Awards?", "2017-02-27T23:59:59-08:00")
    assert not derive_target(q).role_exclusive


# b42-spieth-wins-masters-2016-no: 'Masters title' names the Masters Tournament
SPIETH = market("Will Jordan Spieth win the 2016 Masters Tournament?", "2016-04-10T23:59:59-04:00",
                "This market will resolve to \"Yes\" if Jordan Spieth wins the 2016 Masters Tournament at Augusta "
                "National Golf Club, including via playoff. Otherwise, this market will resolve to \"No\".")
WILLETT = article("https://columbian.com/news/2016/apr/10/willett-wins-masters-title-after-shocking-spieth-collapse",
                  "2016-04-10T16:40:00-07:00", "Willett wins Masters title after shocking Spieth collapse",
                  "It was a nightmare for Spieth, especially the par-3 12th hole.")


def test_the_contest_named_as_a_title_with_another_winner_is_a_no():
    v = evaluate_market(SPIETH, [WILLETT], ts("2016-04-11T12:00:00+00:00"))
    assert v.verdict == "likely-no" and "Willett" in rule(v, "rival_outcome")[0].reason


# b38-warriors-win-2015-nba-finals-undet: 'NBA title' in one clause, another contest's win in another
WARRIORS = market("Will the Golden State Warriors win the 2015 NBA Finals?", "2015-06-21T23:59:59-04:00",
                  "This market will resolve to \"Yes\" if the Golden State Warriors win the 2015 NBA Finals against "
                  "the Cleveland Cavaliers. Otherwise, this market will resolve to \"No\".")
OAKLAND = article("https://www.silverandblackpride.com/2015/6/16/8793611/nba-finals-game-6-golden-state-warriors-look-"
                  "to-close-it-out-vs-cleveland-cavaliers", "2015-06-16T00:00:00-07:00",
                  "NBA Finals game 6: Warriors look to close it out vs Cavaliers",
                  "Should the Warriors complete their championship run tonight, they will celebrate their first NBA "
                  "title in 40 years on at Quicken Loans Arena in Cleveland while back in Oakland, a sold out Oracle "
                  "viewing party will be cheering on the squad in the hopes the city of Oakland can have their first "
                  "championship of any kind in 26 years when the A's won the World Series back in 1989.")


def test_the_title_named_in_another_clause_than_the_win_is_not_read():
    v = evaluate_market(WARRIORS, [OAKLAND], ts("2015-06-16T20:00:00+00:00"))
    assert not rule(v, "rival_outcome") and v.verdict == "undetermined"


# b41-corach-rambler-wins-grand-national-2023-yes: 'Takes Fourth Place' is a placing, not the win
CORACH = market("Will Corach Rambler win the 2023 Grand National?", "2023-04-15T23:59:59+01:00",
                "This market will resolve to \"Yes\" if Corach Rambler is the official winner of the 2023 Randox "
                "Grand National at Aintree. Otherwise, this market will resolve to \"No\".")
FOURTH = article("https://www.westerntelegraph.co.uk/news/23458140.sean-bowen-takes-fourth-place-noble-yeats-2023-grand-"
                 "national/?ref=rss", "2023-04-15T00:00:00+01:00",
                 "Sean Bowen Takes Fourth Place Noble Yeats 2023 Grand National",
                 "Corach Rambler won the 2023 Grand National after the start was delayed by protesters getting on to "
                 "the track.")
FOURTH_ONLY = article("https://www.westerntelegraph.co.uk/news/23458140", "2023-04-15T00:00:00+01:00",
                      "Sean Bowen Takes Fourth Place Noble Yeats 2023 Grand National",
                      "Vanillier was second, Gaillard Du Mesnil third and last year's winner Noble Yeats fourth.")


def test_a_lower_place_taken_is_not_a_rival_win():
    v = evaluate_market(CORACH, [FOURTH], ts("2023-04-16T00:00:00+00:00"))
    assert v.verdict == "likely-yes" and not rule(v, "rival_outcome")
    assert not rule(evaluate_market(CORACH, [FOURTH_ONLY], ts("2023-04-16T00:00:00+00:00")), "rival_outcome")


def test_the_race_won_is_still_read_beside_a_placing():
    # near miss: the body's 'Corach Rambler won the 2023 Grand National' is the win, read as such
    v = evaluate_market(CORACH, [FOURTH], ts("2023-04-16T00:00:00+00:00"))
    assert rule(v, "confirmation")


# b41-chestnut-wins-nathans-2024-no: banned from competing, the subject before a dashed aside
CHESTNUT_Q = ("Will {0} win the 2024 Nathan's Famous Fourth of July Hot Dog Eating Contest?")
CHESTNUT_C = ("This market will resolve to \"Yes\" if {0} is declared the winner of the men's division of the 2024 "
              "Nathan's Famous International Hot Dog Eating Contest at Coney Island on July 4, 2024. Otherwise, this "
              "market will resolve to \"No\".")
CHESTNUT = market(CHESTNUT_Q.format("Joey Chestnut"), "2024-07-04T23:59:59-04:00", CHESTNUT_C.format("Joey Chestnut"))
STONIE = market(CHESTNUT_Q.format("Matt Stonie"), "2024-07-04T23:59:59-04:00", CHESTNUT_C.format("Matt Stonie"))
BANNED = article("https://www.wokv.com/news/national/test-your-knowledge/UQO3Y5OSXXSP62DYEHCMFWYAGA",
                 "2024-06-12T00:00:00-04:00", "Test Your Knowledge",
                 "Joey Chestnut — arguably the most dominant competitive eater of all time — has been banned from "
                 "competing in Nathan's Hot Dog Eating Contest next month after partnering with a vegan rival, "
                 "Impossible Foods.")
RATHER = article("https://www.wokv.com/news/national/test-your-knowledge/2", "2024-06-12T00:00:00-04:00",
                 "Test Your Knowledge",
                 "Major League Eating, organizer of the annual July 4 event in Coney Island, said it was \"devastated "
                 "to learn that Joey Chestnut has chosen to represent a rival brand that sells plant-based hot dogs "
                 "rather than competing in the 2024 Nathan's Famous Fourth of July Hot Dog Eating Contest.\"")


def test_a_candidate_banned_from_competing_cannot_win():
    v = evaluate_market(CHESTNUT, [BANNED], ts("2024-06-13T12:00:00+00:00"))
    assert v.verdict == "likely-no" and "banned from competing" in rule(v, "opposite_outcome")[0].reason


def test_another_contestant_banned_says_nothing_of_the_candidate():
    # near miss: the one banned (before the aside) is not the market's candidate
    assert not rule(evaluate_market(STONIE, [BANNED], ts("2024-06-13T12:00:00+00:00")), "opposite_outcome")


def test_not_competing_by_choice_is_no_ban():
    # near miss: 'rather than competing' is a status note, not a ban
    v = evaluate_market(CHESTNUT, [RATHER], ts("2024-06-13T12:00:00+00:00"))
    assert not rule(v, "opposite_outcome") and v.verdict == "undetermined"
