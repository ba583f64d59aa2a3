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


# b46-first-union-wins-wachovia-vote-2001-yes
FIRST_UNION = market("Will First Union, rather than SunTrust, win Wachovia shareholders' backing in the 2001 takeover "
                     "battle?", "2001-08-10T23:59:59-04:00",
                     "This market will resolve to \"Yes\" if, by August 10, 2001, Wachovia shareholders approve the "
                     "proposed merger with First Union Corp. (according to reported vote results, preliminary counts "
                     "included if the rival bidder concedes). If shareholders reject the First Union merger or "
                     "SunTrust's rival offer prevails, this market will resolve to \"No\".")
CONCEDED = article("https://products.kitsapsun.com/archive/2001/08-04/0013_merger__wachovia_shareholders_app.html",
                   "2001-08-04T00:00:00-07:00", "MERGER: Wachovia shareholders approve First Union bid; SunTrust defeated",
                   "A SunTrust Banks official conceded defeat for that bank's rival $15.1 billion offer.")


def test_the_one_rival_conceding_is_the_candidates_win():
    v = evaluate_market(FIRST_UNION, [CONCEDED], ts("2001-08-05T12:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert "'conceded'" in rule(v, "confirmation")[0].reason


def test_a_concession_without_a_question_naming_one_rival_is_not_read():
    # near miss: the same article for a market that names no single rival
    q = market("Will First Union win Wachovia shareholders' backing in the 2001 takeover battle?",
               "2001-08-10T23:59:59-04:00")
    v = evaluate_market(q, [CONCEDED], ts("2001-08-05T12:00:00+00:00"))
    assert not any("conceded" in c.reason for c in rule(v, "confirmation"))


def test_the_rivals_concession_of_another_election_is_not_read():
    # near miss, b04-nyc-cuomo-elected-mayor-multi-no (two verbatim sentences, the candidate named in a
    # third): the rival concedes a primary, to a third side, then bare in a report on that primary
    q = market("Will Curtis Sliwa, rather than Andrew Cuomo, win the 2025 New York City mayoral election?",
               "2025-11-05T23:59:59-05:00")
    a = article("https://example.org/cuomo", "2025-06-25T00:00:00-04:00", "Report",
                "Former New York governor Andrew Cuomo on Tuesday conceded New York City's Democratic mayoral primary "
                "election to left-wing rival Zohran Mamdani, who won 43 per cent of the vote with 90 per cent of "
                "ballots counted. Cuomo publicly conceded on Tuesday evening, congratulating Mamdani and acknowledging "
                "the night belonged to him. Curtis Sliwa is the Republican nominee.")
    v = evaluate_market(q, [a], ts("2025-06-26T12:00:00-04:00"))
    assert not any("conceded" in c.reason for c in rule(v, "confirmation"))
    assert v.verdict != "likely-yes"


# b46-armstrong-tour-2003-margin-over-1min-multi-yes
TOUR_MARGIN = market("Will the 2003 Tour de France be won by a margin of more than one minute?",
                     "2003-07-27T23:59:59+02:00",
                     "This market will resolve to \"Yes\" if the gap in the final general classification of the 2003 Tour "
                     "de France between the winner and the second-placed rider, as reported at the finish in Paris on "
                     "July 27, 2003, is more than 60 seconds. Otherwise, this market will resolve to \"No\".")


def test_beat_a_side_by_a_time_overall_is_the_contest_won_by_that_margin():
    a = article("http://news.bbc.co.uk/sport2/hi/other_sports/cycling/tour_de_france_2003/3101141.stm",
                "2003-07-27T16:07:00+00:00", "Armstrong wins fifth Tour",
                "\"It's a great feeling when someone like Hinault comes to you on the podium to say 'welcome to the "
                "club',\" said Armstrong, who beat German Jan Ullrich by 61 seconds overall, his narrowest Tour win by "
                "far.")
    v = evaluate_market(TOUR_MARGIN, [a], ts("2003-07-27T20:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert any("by 61 seconds overall" in c.reason and c.direction == "yes" for c in rule(v, "confirmation"))


def test_an_earlier_lead_is_not_the_final_margin():
    # near miss, same case: the lead before the last stage, told with 'lead … to'
    a = article("http://www.espn.com/oly/tdf2003/s/2003/0726/1585888.html", "2003-07-26T00:00:00+02:00",
                "Armstrong better than all the rest",
                "\"This was absolutely the most difficult year for many reasons,\" said Armstrong, who finished third "
                "in Saturday's stage to widen his lead over Ullrich to 1 minute, 16 seconds.")
    v = evaluate_market(TOUR_MARGIN, [a], ts("2003-07-26T20:00:00+00:00"))
    assert v.verdict != "likely-yes"
    assert not any(c.direction == "yes" for c in rule(v, "confirmation"))


def test_an_overall_lead_kept_is_not_read_as_a_side_beaten():
    # near miss: 'kept the overall lead by four seconds' names a lead, no side beaten
    q = market("Will the 2024 Tour de France Femmes be won by a margin of more than one minute?",
               "2024-08-18T23:59:59+02:00")
    a = article("https://example.org/femmes", "2024-08-18T20:00:00+02:00", "Report",
                "Vollering won the final stage but Niewiadoma kept the overall lead by four seconds and won the race.")
    v = evaluate_market(q, [a], ts("2024-08-19T12:00:00+02:00"))
    assert not any("overall'" in c.reason for c in rule(v, "confirmation"))
