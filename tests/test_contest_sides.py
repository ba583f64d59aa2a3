"""Who-wins markets on fresh text (batches 21-36, verbatim sentences; each test names its case
file): the winner named after a descriptor or in a lower-case headline, a lead in a series, a
party's leader elected, a prize awarded 'to' its winner, the candidate defeating a rival, the
last game of a series, 'the winner … was'; and guards that each reading stays in its contest."""

from resolver.engine import complement, electoral, evaluate_market
from tests.conftest import news_article as article, news_market as market, ts


def rule(v, name: str) -> list:
    return [c for c in v.contributions if c.rule == name and c.counted]


# batch-32, b32-nobel-literature-2025-*: a headline written in lower case, the winner's
# nationality and occupation before the name
NOBEL_CRITERIA = ("This market will resolve to \"Yes\" if the Swedish Academy announces {0} as the laureate of the "
                  "2025 Nobel Prize in Literature. If anyone else is announced, or no prize is announced by October "
                  "31, 2025, this market will resolve to \"No\".")
KRASZNAHORKAI = market("Will László Krasznahorkai win the 2025 Nobel Prize in Literature?", "2025-10-31T23:59:59+02:00",
                       NOBEL_CRITERIA.format("László Krasznahorkai"))
MURAKAMI = market("Will Haruki Murakami win the 2025 Nobel Prize in Literature?", "2025-10-31T23:59:59+02:00",
                  NOBEL_CRITERIA.format("Haruki Murakami"))
DEVDISCOURSE = article("https://www.devdiscourse.com/article/entertainment/3657925-hungarian-author-laszlo-krasznahorkai-"
                       "wins-2025-nobel-prize-in-literature", "2025-10-09T00:00:00+05:30",
                       "Hungarian author laszlo krasznahorkai wins 2025 nobel prize in literature",
                       "Hungarian writer László Krasznahorkai has been awarded the prestigious 2025 Nobel Prize in "
                       "Literature, the Swedish Academy announced.")
DNA = article("https://www.dnaindia.com/world/report-nobel-prize-in-literature-2025-laszlo-krasznahorkai-win-award-for-"
              "his-compelling-and-visionary-oeuvre-3183496", "2025-10-09T00:00:00+05:30",
              "Nobel prize in literature 2025 laszlo krasznahorkai win award for his compelling and visionary oeuvre",
              "Nobel Prize in Literature 2025 Winners: The Royal Swedish Academy of Sciences has awarded the Nobel Prize "
              "2025 in Literature to the Hungarian author Laszlo Krasznahorkai for his compelling and visionary oeuvre "
              "that, in the midst of apocalyptic terror, reaffirms the power of art.")


def test_a_descriptor_before_the_winner_in_a_lower_case_headline_is_not_a_rival():
    v = evaluate_market(KRASZNAHORKAI, [DEVDISCOURSE], ts("2025-10-10T00:00:00+00:00"))
    assert not rule(v, "rival_outcome") and v.verdict == "likely-yes"


def test_a_prize_awarded_to_another_is_a_no_and_to_the_candidate_is_not():
    v = evaluate_market(MURAKAMI, [DNA], ts("2025-10-10T00:00:00+00:00"))
    assert v.verdict == "likely-no" and "Laszlo Krasznahorkai" in rule(v, "rival_outcome")[0].reason
    assert not rule(evaluate_market(KRASZNAHORKAI, [DNA], ts("2025-10-10T00:00:00+00:00")), "rival_outcome")


# batch-32, b32-americas-cup-37-etnz-*: a lead in a first-to-seven final is not the Cup; the
# winner's count of Cups ('3rd straight') is not another edition than the 37th
ETNZ = market("Will Emirates Team New Zealand win the 37th America's Cup?", "2024-10-27T23:59:59+02:00",
              "This market will resolve to \"Yes\" if Emirates Team New Zealand wins the 37th America's Cup Match in "
              "Barcelona (first to seven race wins) by October 27, 2024. If any other team wins, or the Match is not "
              "completed by that date, this market will resolve to \"No\".")
LEAD = article("https://kstp.com/associated-press/ap-national-sports/new-zealand-takes-1-0-lead-over-britain-in-americas-"
               "cup-first-to-seven-final/", "2024-10-12T00:00:00+02:00",
               "New zealand takes 1 0 lead over britain in americas cup first to seven final",
               "New Zealand is trying to win the cup for a third straight time.")
THIRD = article("https://yachtingworld.com/americas-cup/emirates-team-new-zealand-win-3rd-straight-americas-cup-154904",
                "2024-10-19T00:00:00+02:00", "Emirates team new zealand win 3rd straight americas cup",
                "Emirates Team New Zealand have, today Saturday 19 October 2024, won their third straight America's Cup "
                "and so become the first team in Modern America's Cup history to win three America's Cups in a row.")


def test_taking_a_lead_in_a_series_is_not_winning_it():
    v = evaluate_market(ETNZ, [LEAD], ts("2024-10-13T00:00:00+00:00"))
    assert not rule(v, "rival_outcome") and v.verdict == "undetermined"


def test_the_winners_count_of_cups_is_not_another_edition():
    v = evaluate_market(ETNZ, [LEAD, THIRD], ts("2024-10-20T00:00:00+00:00"))
    assert v.verdict == "likely-yes" and not rule(v, "rival_outcome")


def test_an_ordinal_that_counts_wins_is_read_only_against_an_edition():
    assert complement.editions("Will Emirates Team New Zealand win the 37th America's Cup?")
    assert not complement.editions("Will the Chiefs win a third straight Super Bowl?")  # a count: '4th straight' differs
    assert not complement.editions("Will Novak Djokovic win a record 25th Grand Slam title?")


# batch-31, b31-bhutan-pdp-wins-2024-election-multi-yes: the party's leader elected
BHUTAN_Q = "Will the {0} win Bhutan's 2024 National Assembly election?"
PDP = market(BHUTAN_Q.format("People's Democratic Party"), "2024-01-31T23:59:59+06:00",
             "This market will resolve to \"Yes\" if the People's Democratic Party (PDP) wins the most seats in Bhutan's "
             "January 9, 2024 National Assembly general election, according to the results released by the Election "
             "Commission of Bhutan by January 31, 2024. Media tallies alone do not count.")
BTP = market(BHUTAN_Q.format("Bhutan Tendrel Party"), "2024-01-31T23:59:59+06:00",
             "This market will resolve to \"Yes\" if the Bhutan Tendrel Party (BTP) wins the most seats in Bhutan's "
             "January 9, 2024 National Assembly general election.")
WION = article("https://www.wionews.com/south-asia/bhutans-tshering-tobgay-to-become-pm-for-second-time-official-results-"
               "678559", "2024-01-10T13:43:00+05:30",
               "Bhutan's Tshering Tobgay to become PM for second time: Official results",
               "Bhutanese voters have elected Tshering Tobgay to become prime minister for a second time after his party "
               "won nearly two-thirds of seats, the election commission said in results released Wednesday.\n"
               "Tobgay, head of the liberal People's Democratic Party (PDP), who served as prime minister of the "
               "Himalayan kingdom from 2013 to 2018, won 30 of 47 seats in Tuesday's election, official figures showed.")


def test_the_partys_leader_elected_is_the_partys_win_not_a_rivals():
    v = evaluate_market(PDP, [WION], ts("2024-01-11T00:00:00+00:00"))
    assert not rule(v, "rival_outcome") and v.verdict == "likely-yes"


def test_the_leader_of_another_party_elected_is_still_a_rival():
    assert rule(evaluate_market(BTP, [WION], ts("2024-01-11T00:00:00+00:00")), "rival_outcome")


def test_a_leader_is_tied_to_the_party_only_by_the_articles_words():
    import re
    pdp = re.compile(r"\bpeople's democratic party\b|\bpdp\b", re.I)
    assert electoral.leads_candidate("Tobgay's People's Democratic Party (PDP) wins", "Tshering Tobgay", pdp)
    assert electoral.leads_candidate("PDP leader Tshering Tobgay said", "Tshering Tobgay", pdp)
    assert not electoral.leads_candidate("Tobgay met the People's Democratic Party's rivals", "Tshering Tobgay", pdp)


# batch-35, b35-tx18-runoff-menefee-wins-multi-yes: 'X defeating Y' is X's win; a later
# primary's ballot is another election, not a step before the runoff
MENEFEE = market("Will Christian Menefee win the Texas 18th Congressional District special runoff election?",
                 "2026-02-28T23:59:59-06:00",
                 "This market will resolve to \"Yes\" if Christian Menefee is declared the winner of the special runoff "
                 "election for Texas' 18th Congressional District held by February 28, 2026. Otherwise, \"No\".")
MAJIC = article("https://myhoustonmajic.com/5517711/texas-voters-return-to-polls/", "2026-02-02T00:00:00-06:00",
                "texas voters return to polls",
                "A special election runoff in Texas’ 18th Congressional District resulted in Christian Menefee defeating "
                "Amanda Edwards to fill a vacant seat. Menefee will serve the remainder of the current term following the "
                "death of former U.S. Rep. Sylvester Turner. The district will appear again on the March primary ballot "
                "to determine who will represent the district for the full term starting in January 2027.")


def test_the_candidate_defeating_a_rival_in_the_election_is_its_win():
    v = evaluate_market(MENEFEE, [MAJIC], ts("2026-02-03T00:00:00+00:00"))
    assert v.verdict == "likely-yes" and rule(v, "confirmation")
    assert not [c for c in v.contributions if c.rule == "scheduled_after_deadline" or c.base_rule == "scheduled_after_deadline"]


def test_the_candidate_beaten_in_that_construction_is_a_no():
    text = MAJIC.text.replace("Christian Menefee defeating Amanda Edwards", "Amanda Edwards defeating Christian Menefee")
    v = evaluate_market(MENEFEE, [article(MAJIC.url, "2026-02-02T00:00:00-06:00", MAJIC.title, text)],
                        ts("2026-02-03T00:00:00+00:00"))
    assert not rule(v, "confirmation") and rule(v, "rival_outcome")


# batch-21, b21-weah-wins-liberia-presidency-2023-no: an earlier edition's defeat of a rival
WEAH = market("Will George Weah win the 2023 Liberian presidential election?", "2023-11-30T23:59:59+00:00",
              "This market will resolve to \"Yes\" if George Weah wins Liberia's 2023 presidential election (including "
              "the November 14, 2023 runoff), according to the National Elections Commission or consensus media "
              "reporting. Otherwise, this market will resolve to \"No\".")
LATESTLY = article("https://www.latestly.com/agency-news/world-news-liberian-president-george-weah-concedes-defeat-after-"
                   "provisional-results-show-challenger-won-5569712.html", "2023-11-18T00:00:00+05:30",
                   "Liberian President George Weah Concedes Defeat After Provisional Results Show Challenger Won",
                   "The Friday results were a dramatic reversal from the election six years ago when Weah easily beat "
                   "Boakai in the second round.")
# batch-22, b22-golden-knights-win-stanley-cup-2023-asof-3-1-undet: one game of the final
KNIGHTS = market("Will the Vegas Golden Knights win the 2023 Stanley Cup?", "2023-06-30T23:59:59-07:00",
                 "This market will resolve to \"Yes\" if the Vegas Golden Knights win the 2023 Stanley Cup Final against "
                 "the Florida Panthers. If the Panthers win the series, this market will resolve to \"No\".")
FOX5 = article("https://www.fox5vegas.com/2023/06/04/golden-knights-beat-panthers-5-2-game-1-stanley-cup-final/",
               "2023-06-04T00:00:00-07:00", "Golden Knights Beat Panthers 5-2 in Game 1 of Stanley Cup Final",
               "- The Golden Knights scored three goals in the third period to defeat the Florida Panthers 5-2, taking a "
               "1-0 lead in the Stanley Cup Final.")


def test_a_rival_beaten_in_an_earlier_edition_or_in_one_game_is_no_win():
    assert not rule(evaluate_market(WEAH, [LATESTLY], ts("2023-11-19T12:00:00+00:00")), "confirmation")
    v = evaluate_market(KNIGHTS, [FOX5], ts("2023-06-05T00:00:00+00:00"))
    # since the eighteenth round the series lead is read ('taking a 1-0 lead in the Stanley Cup Final',
    # other_meetings._SERIES_ON) and told in the trace as a stage of the contest, with no weight
    notes = rule(v, "confirmation")
    assert not [c for c in notes if c.weight] and v.verdict == "undetermined"
    assert all("a stage of the contest" in c.reason for c in notes)


# batch-36, b36-pacers-win-nba-finals-2025-no: Game 7 of the series the market names
PACERS = market("Will the Indiana Pacers win the 2025 NBA Finals?", "2025-06-30T23:59:59-04:00",
                "This market will resolve to \"Yes\" if the Indiana Pacers win the 2025 NBA Finals. If the Oklahoma "
                "City Thunder win the series, this market will resolve to \"No\".")
SPORTSWORLD = ("https://www.sportsworldnews.com/articles/78967/20250623/2025-nba-finals-sga-seals-mvp-season-okcs-game-7-"
               "win-haliburton-exits-achilles-injury.htm")


def test_beaten_in_game_7_of_the_named_series_is_a_no_but_not_in_another_series():
    sent = "Punctuating a record 2024-25 season, the Thunder topped the Indiana Pacers 103-91 in Game 7 of the NBA Finals on Sunday evening."
    v = evaluate_market(PACERS, [article(SPORTSWORLD, "2025-06-23T00:00:00-04:00", "2025 NBA Finals", sent)],
                        ts("2025-06-23T12:00:00+00:00"))
    assert v.verdict == "likely-no" and rule(v, "rival_outcome")
    other = sent.replace("Game 7 of the NBA Finals", "Game 7 of the Eastern Conference finals")
    v = evaluate_market(PACERS, [article(SPORTSWORLD, "2025-06-23T00:00:00-04:00", "NBA playoffs", other)],
                        ts("2025-06-23T12:00:00+00:00"))
    assert not rule(v, "rival_outcome")


# batch-36, b36-dylan-wins-bake-off-2024-no: 'The winner of GBBO was Georgie'
DYLAN = market("Will Dylan win The Great British Bake Off 2024?", "2024-11-26T23:59:59+00:00",
               "This market will resolve to \"Yes\" if Dylan is crowned the winner of series 15 of The Great British Bake "
               "Off in the final broadcast on Channel 4 on November 26, 2024. If another finalist is crowned, this "
               "market will resolve to \"No\".")
BUCKS = "https://www.bucksherald.co.uk/whats-on/who-won-gbbo-final-4884671"


def test_the_winner_of_the_contest_was_another_is_a_no_and_a_question_is_not():
    v = evaluate_market(DYLAN, [article(BUCKS, "2024-11-26T00:00:00+00:00", "Who won GBBO final",
                                        "Who won the Great British Bake Off 2024?\n\nThe winner of GBBO was Georgie.")],
                        ts("2024-11-27T00:00:00+00:00"))
    reasons = [c.reason for c in rule(v, "rival_outcome")]
    assert v.verdict == "likely-no" and len(reasons) == 1
    assert reasons[0].startswith("reports 'the winner … was' for someone other than Dylan (Georgie) (sentence 2)")


def test_the_winner_announced_is_no_name():
    # batch-20, b20-jesse-darling-turner-prize-2023-yes
    turner = market("Will Jesse Darling win the 2023 Turner Prize?", "2023-12-31T23:59:59+00:00")
    text = ("The winner of the £25,000 prize was declared this evening at a ceremony presented by musician, creative "
            "and broadcaster Tinie Tempah at Eastbourne’s Winter Garden.")
    v = evaluate_market(turner, [article("https://www.tate.org.uk/press/turner-prize-2023", "2023-12-05T00:00:00+00:00",
                                         "Turner Prize 2023", text)], ts("2023-12-06T00:00:00+00:00"))
    assert not rule(v, "rival_outcome")


# batch-20, b20-norwegian-author-nobel-literature-2023-yes: the candidate is a class
NORWEGIAN = market("Will a Norwegian author win the 2023 Nobel Prize in Literature?", "2023-10-31T23:59:59+01:00",
                   "This market will resolve to \"Yes\" if the Swedish Academy awards the 2023 Nobel Prize in Literature "
                   "to an author of Norwegian nationality. Otherwise, this market will resolve to \"No\".")
KALINGA = article("https://kalingatv.com/world/2023-nobel-for-literature-awarded-to-jon-fosse/", "2023-10-05T00:00:00+05:30",
                  "2023 Nobel for Literature Awarded to Jon Fosse",
                  "Stockholm: The 2023 Nobel Prize in Literature was awarded to Jon Fosse on Thursday, said reliable "
                  "official reports.")


def test_a_named_winner_is_no_rival_of_a_class_of_candidates():
    assert not rule(evaluate_market(NORWEGIAN, [KALINGA], ts("2023-10-06T12:00:00+00:00")), "rival_outcome")


# batch-34, b34-kt-rolster-win-lol-worlds-2025-undet: the word before 'win' names the contest
KT = market("Will KT Rolster win the 2025 League of Legends World Championship?", "2025-11-09T23:59:59+08:00",
            "This market will resolve to \"Yes\" if KT Rolster wins the final of the 2025 League of Legends World "
            "Championship (Worlds 2025). If any other team wins, this market will resolve to \"No\".")
HERALD = article("https://www.koreaherald.com/article/10608677", "2025-11-04T00:00:00+09:00",
                 "Faker's T1 on the brink of snatching third consecutive League of Legends World Championship win",
                 "Both T1 and KT Rolster have endured grueling runs throughout this year’s Worlds.")


def test_the_contests_own_name_before_a_win_noun_is_no_winner():
    v = evaluate_market(KT, [HERALD], ts("2025-11-05T00:00:00+00:00"))
    assert not rule(v, "rival_outcome") and v.verdict == "undetermined"


# batch-19, b19-sandra-torres-wins-guatemala-runoff-2023-no: the second round is the runoff
TORRES = market("Will Sandra Torres win Guatemala's 2023 presidential runoff?", "2023-09-30T23:59:59-06:00",
                "This market will resolve to \"Yes\" if Sandra Torres receives the most votes in Guatemala's August 20, "
                "2023 presidential runoff, according to the Supreme Electoral Tribunal. If Bernardo Arévalo receives the "
                "most votes, this market will resolve to \"No\".")
PLEDGE = article("https://pledgetimes.com/bernardo-arevalo-wins-second-round-of-presidential-elections-in-guatemala/",
                 "2023-08-21T00:00:00-06:00", "Bernardo Arevalo wins second round of presidential elections in Guatemala",
                 "Bernardo Arévalo has won the second round of the presidential election in Guatemala.")


def test_another_winning_the_second_round_is_a_no_for_the_runoff():
    v = evaluate_market(TORRES, [PLEDGE], ts("2023-08-22T12:00:00+00:00"))
    assert v.verdict == "likely-no" and rule(v, "rival_outcome")


# batch-31, b31-kiribati-maamau-wins-2024-presidential-yes: 'president-elect X' has won
KIRIBATI_Q = "Will {0} win the 2024 Kiribati presidential election?"
RNZ = article("https://www-blue.cache-blue.aws.rnz.net.nz/international/pacific-news/532111/taneti-maamau-back-to-tarawa-"
              "for-victory-celebrations", "2024-10-28T17:24:00+13:00", "Taneti Maamau back to Tarawa for victory celebrations",
              "Kiribati's president-elect Taneti Maamau arrived back in the capital Tarawa from his home island of Onotoa "
              "on Monday morning, ahead of his party's planned victory celebrations tonight.")


def test_the_candidate_titled_president_elect_has_won_and_another_so_titled_is_a_no():
    v = evaluate_market(market(KIRIBATI_Q.format("Taneti Maamau"), "2024-10-31T23:59:59+12:00"), [RNZ],
                        ts("2024-10-29T00:00:00+00:00"))
    assert v.verdict == "likely-yes" and rule(v, "confirmation")
    v = evaluate_market(market(KIRIBATI_Q.format("Kaotitaake Kokoria"), "2024-10-31T23:59:59+12:00"), [RNZ],
                        ts("2024-10-29T00:00:00+00:00"))
    assert v.verdict == "likely-no" and rule(v, "rival_outcome")


def test_another_countrys_president_elect_is_no_rival():
    text = "US President-elect Donald Trump spoke with Taneti Maamau on Monday about the Kiribati presidential election."
    v = evaluate_market(market(KIRIBATI_Q.format("Taneti Maamau"), "2024-10-31T23:59:59+12:00"),
                        [article("https://example.org/call", "2024-10-28T17:24:00+13:00", "A call", text)],
                        ts("2024-10-29T00:00:00+00:00"))
    assert not rule(v, "rival_outcome") and not rule(v, "confirmation")
