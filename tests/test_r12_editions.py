"""Precision on contests held again and again (r12-editions): a win of another edition than the one
the market names is neither the candidate's win nor a rival's (engine/past_editions.py), and a
category named with a distinguishing word ('supporting', 'original' / 'adapted', 'junior',
'doubles') is another category (engine/categories.py). Corpus sentences are verbatim and name
their case; the near wordings around them are must-not-fire (and must-still-fire) neighbours."""

from resolver.engine import evaluate_market
from resolver.engine.past_editions import named_years, other_edition
from resolver.engine.text import make_sentence
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if c.rule in rules and c.weight]


def _run(question, deadline, criteria, published, title, body, as_of):
    a = article("https://example.org/news/2019/story", published, title, body)
    return evaluate_market(market(question, deadline, criteria), [a], ts(as_of))


# --- a win told with another edition's year, or as an earlier edition's -------------------------
# the market of b57-atwood-booker-2019-yes, asked before the result (shortlist time)
BOOKER_Q = "Will Margaret Atwood win the 2019 Booker Prize?"
BOOKER_C = ("This market will resolve to \"Yes\" if Margaret Atwood is announced as the winner of the 2019 Booker "
            "Prize for Fiction. Otherwise, this market will resolve to \"No\".")


def _booker(body, title="Booker prize 2019 shortlist announced", published="2019-09-03T00:00:00+01:00"):
    as_of = "2019-10-18T00:00:00+00:00" if published >= "2019-10" else "2019-09-04T00:00:00+00:00"
    return _run(BOOKER_Q, "2019-10-31T23:59:59+00:00", BOOKER_C, published, title, body, as_of)


def test_the_candidates_win_of_another_edition_does_not_confirm():
    for body in ("Margaret Atwood won the Booker Prize in 2000.",
                 "Margaret Atwood won the Booker Prize in 2000 for The Blind Assassin.",
                 "Margaret Atwood won the 2000 Booker Prize.",
                 "Margaret Atwood, who won the Booker Prize in 2000, is on the shortlist.",
                 "In 2000, Margaret Atwood won the Booker Prize.",
                 "Margaret Atwood won last year's Booker Prize.",
                 "Margaret Atwood won a previous edition of the Booker Prize.",
                 "Margaret Atwood has won the Booker Prize twice."):
        v = _booker(body)
        assert v.verdict == "undetermined" and not _fired(v, "confirmation"), body


def test_the_awarded_reading_of_another_edition_does_not_confirm():
    # the passive 'awarded' (prize_taken.recipient_awarded) dated by another edition's year
    v = _booker("Margaret Atwood was awarded the Booker Prize in 2000.")
    assert v.verdict == "undetermined" and not _fired(v, "confirmation")


def test_a_rivals_win_of_another_edition_is_no_rival_outcome():
    for body in ("Salman Rushdie won the Booker Prize in 1981.",
                 "Salman Rushdie won the 1981 Booker Prize.",
                 "Salman Rushdie won last year's Booker Prize.",
                 "The 2016 edition of the Booker Prize was won by Paul Beatty.",
                 "Salman Rushdie, a former Booker winner, is on the shortlist.",
                 "Salman Rushdie is a two-time winner of the prize."):
        v = _booker(body)
        assert v.verdict == "undetermined" and not _fired(v, "rival_outcome"), body


def test_the_markets_own_edition_still_confirms():
    # must still fire: b57-atwood-booker-2019-yes, the headline of the result
    v = _booker("Booker Prize judges have rebelled against the rules and split the prestigious literary award between "
                "Margaret Atwood and Bernardine Evaristo.",
                title="Margaret Atwood and Bernardine Evaristo jointly awarded Booker prize",
                published="2019-10-15T00:00:00+01:00")
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")
    for body in ("Margaret Atwood won the 2019 Booker Prize.", "Margaret Atwood won the Booker Prize in 2000 and again "
                                                               "in 2019."):
        v = _booker(body, published="2019-10-15T00:00:00+01:00")
        assert v.verdict == "likely-yes", body


def test_last_years_edition_is_the_markets_when_the_article_is_of_the_year_after():
    # 'last year's Booker' in January 2020 is the 2019 prize: not read as an earlier edition
    s = make_sentence("Margaret Atwood won last year's Booker Prize.", 1)
    assert other_edition(s, 2, BOOKER_Q, ts("2020-01-31T23:59:59+00:00"), ["booker", "prize"], True,
                         ts("2020-01-10T00:00:00+00:00")) is None
    assert other_edition(s, 2, BOOKER_Q, ts("2019-10-31T23:59:59+00:00"), ["booker", "prize"], True,
                         ts("2019-09-10T00:00:00+00:00")) is not None


def test_a_season_names_both_its_years():
    assert named_years("Will Sporting CP clinch the 2023–24 Primeira Liga title before the season's final matchday?") \
        == {2023, 2024}


def test_the_end_year_of_a_season_is_the_markets_edition():
    # must still fire: b24-sporting-clinch-primeira-liga-before-final-day-2024-yes
    v = _run("Will Sporting CP clinch the 2023–24 Primeira Liga title before the season's final matchday?",
             "2024-05-18T23:59:59+01:00",
             "This market will resolve to \"Yes\" if Sporting CP mathematically secures the 2023–24 Portuguese Primeira "
             "Liga title before the league's final round of matches. Otherwise, this market will resolve to \"No\".",
             "2024-05-05T00:00:00+01:00", "Sporting Lisbon Are The Champions Of Liga Portugal",
             "After Benfica lost 2-0 to Famalicao, Sporting, led by Ruben Amorim, secured the 2024 Portuguese Primeira "
             "Liga title with two games remaining.", "2024-05-06T12:00:00+00:00")
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")


# b12-cavendish-35th-tour-stage-win-2024-yes: the stage won in 2021, read before the 2024 Tour
CAV_Q = "Will Mark Cavendish win a record 35th Tour de France stage at the 2024 Tour?"
CAV_C = ("This market will resolve to \"Yes\" if Mark Cavendish wins at least one stage of the 2024 Tour de France "
         "(June 29 – July 21, 2024), taking his career total of Tour stage wins to 35. Otherwise, this market will "
         "resolve to \"No\".")
CAV_1 = ("Cavendish last won a stage in 2021, 13 years after his first in 2008, but returned in 2024 for a final shot at "
         "breaking Merckx’s record.")


def test_a_stage_won_in_an_earlier_year_does_not_confirm():
    v = _run(CAV_Q, "2024-07-21T23:59:59+02:00", CAV_C, "2024-07-01T00:00:00+01:00", "Tour de France preview", CAV_1,
             "2024-07-02T00:00:00+00:00")
    assert v.verdict == "undetermined" and not _fired(v, "confirmation")


# b26-croatia-wins-mens-handball-worlds-2025-multi-no: the champion of the three earlier editions
HB_1 = ("Denmark has a chance to make history in the next two weeks. They already became the first nation to win three "
        "consecutive World Men's Handball Championships, in 2019, 2021 and 2023.")


def test_a_list_of_earlier_editions_won_is_no_rival_outcome():
    v = _run("Will Croatia win the 2025 IHF World Men's Handball Championship?", "2025-02-02T23:59:59+01:00", "",
             "2025-01-14T00:00:00+01:00", "World Handball Championship 2025: Dates, groups, final and all you need to know",
             HB_1, "2025-01-15T00:00:00+00:00")
    assert v.verdict == "undetermined" and not _fired(v, "rival_outcome")


# b12-europe-ryder-cup-2025-margin-over-2-no: a count of editions won, read before the 2025 match
RC_1 = ("Europe has won 11 times in the last 14 Ryder Cups, and this was its fifth time winning on U.S. soil in the last "
        "10 tries.")


def test_a_count_of_editions_won_does_not_confirm():
    v = _run("Will Europe win the 2025 Ryder Cup?", "2025-09-28T23:59:59-04:00", "", "2025-09-20T00:00:00+03:00",
             "Ryder Cup preview", RC_1, "2025-09-21T00:00:00+00:00")
    assert v.verdict == "undetermined" and not _fired(v, "confirmation")


# b10-grammys-2024-swift-record-of-the-year-no: earlier Album of the Year wins, read before the 2024 ceremony
SWIFT_1 = ("Swift’s first Album of the Year victory came in 2010, when she took home the prestigious prize for her "
           "sophomore album, Fearless.")


def test_a_victory_that_came_in_an_earlier_year_is_no_rival_outcome():
    v = _run("Will Taylor Swift win Album of the Year at the 2024 Grammy Awards?", "2024-02-05T23:59:59-08:00", "",
             "2024-02-01T00:00:00-05:00", "Grammys preview", f"Taylor Swift is nominated. {SWIFT_1}",
             "2024-02-02T00:00:00+00:00")
    assert not _fired(v, "rival_outcome", "confirmation")


# b28-berlinale-2024-dahomey-golden-bear-yes: 'who previously won the Grand Prix at Cannes'
DIOP_1 = ("The coveted Golden Bear for Best Film went to Dahomey, by French-Senegalese filmmaker Mati Diop, who previously "
          "won the Grand Prix at Cannes for her 2019 film Atlantics")


def test_a_win_told_as_previous_does_not_confirm():
    v = _run("Will Mati Diop win the Golden Bear at the 2024 Berlin International Film Festival?",
             "2024-02-24T23:59:59+01:00", "", "2024-02-20T00:00:00+01:00", "Berlinale",
             "Mati Diop, who previously won the Golden Bear, is in competition.", "2024-02-21T00:00:00+00:00")
    assert not _fired(v, "confirmation")
    # must still fire: the film's own win in the same sentence (the giving verb, not 'previously won')
    v = _run("Will Dahomey win the Golden Bear at the 2024 Berlin International Film Festival?",
             "2024-02-24T23:59:59+01:00",
             "This market will resolve to \"Yes\" if Dahomey is awarded the Golden Bear for Best Film at the 74th "
             "Berlinale. Otherwise, this market will resolve to \"No\".", "2024-02-24T00:00:00+01:00",
             "Berlinale 2024: Golden Bear goes to Mati Diop’s restitution documentary 'Dahomey'", DIOP_1,
             "2024-02-25T00:00:00+00:00")
    assert v.verdict == "likely-yes"


def test_the_current_edition_beside_an_earlier_ones_year_is_still_read():
    # must still fire: b28-us-open-2023-gauff-wins-women-yes ('since … took the title in 1999' is another clause)
    v = _run("Will Coco Gauff win the 2023 US Open women's singles title?", "2023-09-09T23:59:59-04:00",
             "This market will resolve to \"Yes\" if Coco Gauff wins the 2023 US Open women's singles championship. "
             "Otherwise, this market will resolve to \"No\".", "2023-09-09T00:00:00-04:00",
             "'This is crazy': Coco Gauff on winning US Open",
             "The win is 19-year-old Gauff’s first career grand slam and makes her the first American teenager to win "
             "the US Open since 23-time major champion Serena Williams took the title in 1999.",
             "2023-09-10T12:00:00+00:00")
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")
    # must still fire: b15-haaland-wins-ballon-dor-2023-no, a rival's win of the market's edition
    v = _run("Will Erling Haaland win the 2023 Ballon d'Or?", "2023-10-31T23:59:59+01:00", "",
             "2023-10-31T00:00:00+09:00", "Messi eighth Ballon d'Or",
             "Argentina captain Lionel Messi won a record eighth Ballon d'Or for the best player in the world on Monday, "
             "beating Norway's UEFA player of the year and treble winner Erling Haaland of Manchester City to the "
             "prestigious prize.", "2023-10-31T12:00:00+00:00")
    assert v.verdict == "likely-no" and _fired(v, "rival_outcome")


def test_a_market_with_no_year_of_its_own_names_its_deadlines_edition():
    # an exclusive contest asked with no year: a win dated years before the deadline is an earlier edition's
    v = _run("Will Novak Djokovic win Wimbledon?", "2019-07-15T23:59:59+00:00", "", "2019-07-01T00:00:00+01:00",
             "Wimbledon preview", "Roger Federer won Wimbledon in 2017.", "2019-07-02T00:00:00+00:00")
    assert not _fired(v, "rival_outcome")
    v = _run("Will Novak Djokovic win Wimbledon?", "2019-07-15T23:59:59+00:00", "", "2019-07-15T00:00:00+01:00",
             "Wimbledon final", "Novak Djokovic won Wimbledon on Sunday.", "2019-07-15T12:00:00+00:00")
    assert v.verdict == "likely-yes"


# --- close categories: a distinguishing word sets a category apart from its kin -----------------
# b58-rourke-best-actor-oscar-2009-no: the best actor's win is a rival's; a supporting actor's is not
ROURKE_Q = "Will Mickey Rourke win Best Actor at the 81st Academy Awards?"
ROURKE_C = ("This market will resolve to \"Yes\" if Mickey Rourke is announced as the winner of the Academy Award for Best "
            "Actor at the 81st Academy Awards ceremony. Otherwise, this market will resolve to \"No\".")
PENN_1 = "Sean Penn earned his second Oscar for best actor, portraying slain gay rights activist Harvey Milk in Milk."


def _oscars(question, body, criteria=""):
    return _run(question, "2009-02-23T23:59:59-08:00", criteria, "2009-02-23T00:00:00+11:00",
                "Slumdog awarded top Oscar honour", body, "2009-02-23T12:00:00+00:00")


def test_the_best_actors_win_is_a_rivals():
    # must still fire: the verbatim corpus sentence
    v = _oscars(ROURKE_Q, PENN_1, ROURKE_C)
    assert v.verdict == "likely-no" and _fired(v, "rival_outcome")


def test_a_supporting_actors_win_is_no_rival_outcome_for_best_actor():
    for body in ("Heath Ledger earned his Oscar for best supporting actor, for The Dark Knight.",
                 "Heath Ledger won the Oscar for best supporting actor.",
                 "Heath Ledger won best supporting actor.",
                 "Heath Ledger won the supporting actor Oscar."):
        v = _oscars(ROURKE_Q, body, ROURKE_C)
        assert v.verdict == "undetermined" and not _fired(v, "rival_outcome"), body


def test_a_best_actors_win_is_no_rival_outcome_for_best_supporting_actor():
    v = _oscars("Will Heath Ledger win Best Supporting Actor at the 81st Academy Awards?", PENN_1)
    assert v.verdict == "undetermined" and not _fired(v, "rival_outcome")


def test_the_candidates_supporting_win_does_not_confirm_best_actor():
    v = _oscars(ROURKE_Q, "Mickey Rourke won the Oscar for best supporting actor.", ROURKE_C)
    assert not _fired(v, "confirmation")


def test_original_and_adapted_screenplay_are_two_categories():
    q = "Will 'Slumdog Millionaire' win Best Adapted Screenplay at the 81st Academy Awards?"
    for body in ("'Milk' won best original screenplay.", "'Milk' won the Oscar for original screenplay."):
        v = _oscars(q, body)
        assert not _fired(v, "rival_outcome"), body
    # must still fire: the market's own category
    v = _oscars(q, "'The Curious Case of Benjamin Button' won best adapted screenplay.")
    assert v.verdict == "likely-no" and _fired(v, "rival_outcome")


def test_a_list_of_categories_holding_the_markets_still_confirms():
    v = _oscars("Will 'Slumdog Millionaire' win Best Picture at the 81st Academy Awards?",
                "'Slumdog Millionaire' won best picture and best adapted screenplay.")
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")


def test_a_market_open_to_any_category_takes_a_marked_one():
    v = _oscars("Will Heath Ledger win an Oscar at the 81st Academy Awards?",
                "Heath Ledger won the Oscar for best supporting actor.")
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")


# b28-us-open-2023-gauff-wins-women-yes's market: another event of the tournament
GAUFF_Q = "Will Coco Gauff win the 2023 US Open women's singles title?"


def test_a_junior_or_doubles_title_is_another_event():
    for q, body in ((GAUFF_Q, "Aryna Sabalenka won the US Open junior title."),
                    ("Will Coco Gauff win the 2023 US Open?", "Coco Gauff won the US Open doubles title."),
                    ("Will Coco Gauff win the 2023 US Open?", "Aryna Sabalenka won the mixed doubles at the US Open.")):
        v = _run(q, "2023-09-09T23:59:59-04:00", "", "2023-09-08T00:00:00-04:00", "US Open", body,
                 "2023-09-09T12:00:00+00:00")
        assert v.verdict == "undetermined" and not _fired(v, "rival_outcome", "confirmation"), body


def test_another_prize_of_the_same_name_is_another_category():
    v = _booker("Salman Rushdie won the Booker International Prize.", published="2019-10-15T00:00:00+01:00")
    assert not _fired(v, "rival_outcome")


def test_a_later_win_in_the_sentence_is_read_past_an_earlier_editions():
    # must still fire: the earlier edition's win is skipped, the later verb is the market's edition
    v = _booker("Salman Rushdie, who won the Booker Prize in 1981, won it again on Monday.",
                published="2019-10-15T00:00:00+01:00")
    assert v.verdict == "likely-no" and _fired(v, "rival_outcome")
    v = _booker("Margaret Atwood, who won the Booker Prize in 2000, won it again on Monday.",
                published="2019-10-15T00:00:00+01:00")
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")
    v = _booker("Bernardine Evaristo won the Booker Prize on Monday, 19 years after Margaret Atwood won it in 2000.",
                published="2019-10-15T00:00:00+01:00")
    assert v.verdict == "likely-no" and _fired(v, "rival_outcome")


# b61-kalush-wins-eurovision-2022-und: the country's last win, read a week before the 2022 final
KALUSH_1 = "Ukraine last won the contest in 2016 and therefore hosted the 2017 event in its capital of Kyiv."


def test_the_candidates_last_win_in_an_earlier_year_does_not_confirm():
    v = _run("Will Ukraine's Kalush Orchestra win the Eurovision Song Contest 2022?", "2022-05-14T23:59:59+02:00",
             "This market will resolve to \"Yes\" if Ukraine's entry, Kalush Orchestra with \"Stefania\", is declared the "
             "winner of the Eurovision Song Contest 2022 grand final in Turin on May 14, 2022. Otherwise, \"No\".",
             "2022-05-08T00:00:00+01:00", "Who is favourite to win the Eurovision Song Contest 2022",
             f"The Ukrainian act is favourite to win with odds of 21/20, according to Betfair Exchange.\n\n{KALUSH_1}",
             "2022-05-13T18:00:00+00:00")
    assert v.verdict == "undetermined" and not _fired(v, "confirmation")
