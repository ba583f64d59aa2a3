"""Who-wins markets settled before the deadline (issue 10), on sentences published verbatim
(each test names its source page): someone else won the same contest, or the asked one was
beaten in it, is a no; one game of a series, a first round, a preview, a spokesman announcing
a result and the candidate's own swearing-in are not."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from tests.conftest import news_article as article, news_market as market, ts


def rival(v) -> list:
    return [c for c in v.contributions if c.rule == "rival_outcome" and c.counted]


PACERS = market("Will the Indiana Pacers win the 2025 NBA Finals?", "2025-06-30T23:59:59-04:00",
                "This market will resolve to \"Yes\" if the Indiana Pacers win the 2025 NBA Finals against the "
                "Oklahoma City Thunder. If the Thunder win the series, this market will resolve to \"No\".")
# https://www.lvfoxsports.com/2025/06/22/thunder-dominate-shorthanded-pacers-to-win-first-nba-title-in-okc
GAME7 = article("https://www.lvfoxsports.com/2025/06/22/thunder-dominate-shorthanded-pacers-to-win-first-nba-title-in-okc",
                "2025-06-22T00:00:00-07:00", "Thunder dominate shorthanded Pacers to win first NBA title in OKC",
                "The Oklahoma City Thunder have won the NBA championship, beating the Indiana Pacers in Game 7 of "
                "the NBA Finals, 103-91.")


def test_a_named_edition_of_a_contest_has_one_winner():
    assert derive_target(PACERS).role_exclusive
    assert derive_target(market("Will England win Euro 2024?", "2024-07-14T23:59:59+02:00")).role_exclusive
    assert not derive_target(market("Will Taylor Swift win a Grammy in 2025?", "2025-12-31T23:59:59+00:00")).role_exclusive


def test_beaten_in_the_deciding_game_of_the_final_is_a_no():
    v = evaluate_market(PACERS, [GAME7], ts("2025-06-23T12:00:00+00:00"))
    assert v.verdict == "likely-no" and rival(v)
    assert "Indiana Pacers beaten" in rival(v)[0].reason


CELTICS = market("Will the Boston Celtics win the 2024 NBA Finals?", "2024-06-23T23:59:59-04:00",
                 "This market will resolve to \"Yes\" if the Boston Celtics win the 2024 NBA Finals. If the Dallas "
                 "Mavericks win the series, this market will resolve to \"No\".")
# https://spokesman.com/stories/2024/jun/14/mavericks-obliterate-celtics-by-historic-margin-in
GAME4 = article("https://spokesman.com/stories/2024/jun/14/mavericks-obliterate-celtics-by-historic-margin-in",
                "2024-06-14T00:00:00-07:00",
                "Mavericks obliterate Celtics by historic margin in Game 4 to avoid NBA Finals sweep",
                "Luka Doncic scored 25 of his 29 points in the first half of Game 4 for Dallas, the Mavericks built "
                "one of the largest halftime leads ever in a finals game and cruised to a 122-84 win over the "
                "Boston Celtics for their first win in this series.")


def test_one_game_of_a_series_is_not_the_contest():
    v = evaluate_market(CELTICS, [GAME4], ts("2024-06-15T12:00:00+00:00"))
    assert not rival(v) and v.verdict == "undetermined"


ENGLAND = market("Will England win Euro 2024?", "2024-07-14T23:59:59+02:00",
                 "This market will resolve to \"Yes\" if England wins the UEFA Euro 2024 final against Spain in "
                 "Berlin on July 14, 2024. If Spain wins, this market will resolve to \"No\".")
# https://bettorsinsider.com/amp/story/soccer/2024/07/11/euro-final-betting-guide-odds-and-predictions-for-spain-vs-england
PREVIEW = article("https://bettorsinsider.com/amp/story/soccer/2024/07/11/euro-final-betting-guide-odds-and-predictions-"
                  "for-spain-vs-england", "2024-07-11T00:00:00-04:00",
                  "Euro Final Betting Guide: Odds and Predictions for Spain vs England",
                  "Spain has looked like the team to beat throughout this tournament, but England will be tough to "
                  "beat if it can match the performance we saw in the semi-final.")
# https://www.maltatoday.com.mt/sports/football/130237/spain_crowned_european_football_champions_for_record_fourth_time_after_beating_england
FINAL = article("https://www.maltatoday.com.mt/sports/football/130237/spain_crowned_european_football_champions_for_"
                "record_fourth_time_after_beating_england", "2024-07-14T00:00:00+02:00",
                "Spain crowned European football champions for record fourth time after beating England",
                "Spain are Europe's football champions after keeping it till late to beat England 2-1 in Berlin on "
                "Sunday.")


def test_a_preview_is_not_a_result_and_the_final_is():
    assert not rival(evaluate_market(ENGLAND, [PREVIEW], ts("2024-07-12T00:00:00+00:00")))
    v = evaluate_market(ENGLAND, [PREVIEW, FINAL], ts("2024-07-15T00:00:00+00:00"))
    assert v.verdict == "likely-no" and rival(v)


PEZESHKIAN = market("Will Masoud Pezeshkian win Iran's 2024 presidential election?", "2024-07-10T23:59:59+03:30",
                    "This market will resolve to \"Yes\" if Masoud Pezeshkian is declared the winner of Iran's 2024 "
                    "presidential election (first round or runoff) by Iran's Interior Ministry by July 10, 2024.")
# https://www.dailysabah.com/world/mid-east/iran-to-hold-runoff-vote-after-no-candidate-secures-majority
SPOKESMAN = article("https://www.dailysabah.com/world/mid-east/iran-to-hold-runoff-vote-after-no-candidate-secures-majority",
                    "2024-06-29T00:00:00+03:00", "Iran to hold runoff vote after no candidate secures majority",
                    "Mohsen Eslami, an election spokesman, announced the result in a news conference carried by "
                    "Iranian state television.")


def test_who_announces_a_result_did_not_win():
    v = evaluate_market(PEZESHKIAN, [SPOKESMAN], ts("2024-06-30T12:00:00+00:00"))
    assert not rival(v) and v.verdict == "undetermined"


MERZ = market("Will Friedrich Merz become Chancellor of Germany by May 20, 2025?", "2025-05-20T23:59:59+02:00")
# https://www.chinadaily.com.cn/a/202505/06/WS681a1a5ca310a04af22bdbed.html
SWORN = article("https://www.chinadaily.com.cn/a/202505/06/WS681a1a5ca310a04af22bdbed.html", "2025-05-06T00:00:00+08:00",
                "Friedrich Merz sworn in as Germany's new chancellor", "")


def test_the_candidate_sworn_in_is_no_rival():
    v = evaluate_market(MERZ, [SWORN], ts("2025-05-07T09:00:00+00:00"))
    assert not rival(v) and v.score > 0


TORIES = market("Will the Conservative Party win the most seats in the 2024 UK general election?",
                "2024-07-06T23:59:59+01:00")
# https://businessmanchester.co.uk/2024/07/05/rishi-sunak-to-step-down-as-conservative-leader
LANDSLIDE = article("https://businessmanchester.co.uk/2024/07/05/rishi-sunak-to-step-down-as-conservative-leader",
                    "2024-07-05T00:00:00+01:00", "Rishi Sunak to step down as Conservative leader",
                    "Following the landslide Labour victory in the general election, outgoing prime minister Rishi "
                    "Sunak has visited the King to hand in his resignation.")


def test_another_party_s_victory_in_the_same_election_is_a_no():
    v = evaluate_market(TORIES, [LANDSLIDE], ts("2024-07-06T12:00:00+00:00"))
    assert v.verdict == "likely-no" and "Labour" in rival(v)[0].reason


QUIROGA = market("Will Jorge Quiroga win the 2025 Bolivian presidential election?", "2025-11-08T23:59:59-04:00")
# https://tass.com/world/2032189
CONGRATS = article("https://tass.com/world/2032189", "2025-10-20T00:00:00+03:00", "",
                   "Former Bolivian President Jorge Quiroga (2001-2002) congratulated his rival Rodrigo Paz on his "
                   "victory in the second round of the presidential election.")
KOIZUMI = market("Will Shinjiro Koizumi win the October 2025 LDP presidential election?", "2025-10-04T23:59:59+09:00")
# https://www.nationthailand.com/blogs/news/world/40056360
RUNOFF = article("https://www.nationthailand.com/blogs/news/world/40056360", "2025-10-04T00:00:00+07:00", "",
                 "Takaichi, 64, beat agriculture minister Shinjiro Koizumi, 44, by a vote of 185 to 156 in a runoff "
                 "in the party election to choose the successor to outgoing Prime Minister Shigeru Ishiba.")


def test_congratulating_the_winner_and_a_bare_past_beat_are_results():
    v = evaluate_market(QUIROGA, [CONGRATS], ts("2025-10-21T00:00:00+00:00"))
    assert rival(v) and "Rodrigo Paz" in rival(v)[0].reason
    v = evaluate_market(KOIZUMI, [RUNOFF], ts("2025-10-05T00:00:00+00:00"))
    assert rival(v) and "Shinjiro Koizumi beaten" in rival(v)[0].reason


SWEEP = market("Will the Boston Celtics sweep the 2024 NBA Finals 4-0?", "2024-06-23T23:59:59-04:00",
               "This market will resolve to \"Yes\" if the Boston Celtics win the 2024 NBA Finals against the Dallas "
               "Mavericks four games to none. If the Mavericks win any game of the series, this market will resolve "
               "to \"No\".")
# https://www.nbcsportsbayarea.com/nba/mavericks-blowout-celtics-nba-finals-game-4/1744838
ROUT = article("https://www.nbcsportsbayarea.com/nba/mavericks-blowout-celtics-nba-finals-game-4/1744838",
               "2024-06-14T00:00:00-07:00", "",
               "The Dallas Mavericks staved off elimination in the 2024 NBA Finals on Friday with a 122-84 Game 4 rout "
               "of the Boston Celtics at the American Airlines Center in Dallas.")


def test_a_rout_of_the_candidate_is_no_win_of_it():
    assert derive_target(SWEEP).candidate == "Boston Celtics"
    v = evaluate_market(SWEEP, [ROUT], ts("2024-06-15T12:00:00+00:00"))
    assert v.verdict != "likely-yes" and not any(c.rule == "confirmation" and c.weight > 0 for c in v.contributions)


CHARLES = market("Will King Charles III be named TIME's 2023 Person of the Year?", "2023-12-31T23:59:59-05:00",
                 "This market will resolve to \"Yes\" if TIME magazine names King Charles III as its 2023 Person of the "
                 "Year (alone or as part of a named group). If anyone else is named, this market will resolve to "
                 "\"No\".")
# https://www.kglonews.com/taylor-swift-is-named-time-magazines-person-of-the-year/
NAMED = article("https://www.kglonews.com/taylor-swift-is-named-time-magazines-person-of-the-year/",
                "2023-12-06T00:00:00-06:00", "",
                "NEW YORK (AP) — Time Magazine has named Taylor Swift its person of the year.")


def test_the_one_named_by_the_body_that_decides_is_the_winner():
    t = derive_target(CHARLES)
    assert t.candidate == "Charles III" and t.role_exclusive
    v = evaluate_market(CHARLES, [NAMED], ts("2023-12-07T12:00:00+00:00"))
    assert v.verdict == "likely-no" and "Taylor Swift" in rival(v)[0].reason


def test_a_projection_is_a_result_only_where_the_criteria_accept_one():
    from resolver.engine import contests
    assert contests.projections_count("Resolves YES if the party wins more seats than any other party, per major "
                                      "media projections or official results.")
    assert not contests.projections_count("Resolves to the candidate declared winner by the electoral authority.")
    assert not contests.projections_count("Media projections do not count; only certified results.")
