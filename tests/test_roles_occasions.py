"""Roles, occasions, states and attributes read on real sentences (tests/data/realnews batches 13
and 14; each sentence is verbatim from the page named above it): another party's act is not the
market's, an act told over a span since an earlier month is not the asked meeting's, a hold voted
by the majority is the decision going the other way, a concession does not end a term of office,
and a storm's present category is not its category at landfall."""

from resolver.engine import evaluate_market
from resolver.engine.timex import find_time_expressions
from tests.conftest import decided, article, news_market, ts


def _verdict(m, articles, as_of):
    return evaluate_market(m, articles, ts(as_of))


# -- 'since last September': the month a run of acts started, the year before ---------------------

def test_since_last_month_is_that_month_of_the_year_before():
    spans = find_time_expressions("Kganyago added that rates have already been cut by 125 basis points since last "
                                  "September.", ts("2025-09-18T00:00:00+02:00"), "past")
    assert len(spans) == 1
    assert str(spans[0].start.date()) == "2024-09-01" and str(spans[0].end.date()) == "2024-09-30"


# batch-13 (SARB, September 2025 MPC meeting)
SARB = ("Kganyago says four members of the Monetary Policy Committee voted to keep the repo rate at 7 percent while "
        "two preferred to cut it by 25 basis points.\n\n"
        "Kganyago added that rates have already been cut by 125 basis points since last September.")


def test_cuts_since_an_earlier_month_are_not_the_asked_meeting_and_the_majority_hold_is_a_no():
    # https://www.ecr.co.za/news/news/sarbs-monetary-policy-committee-keeps-repo-rate-7/
    m = news_market("Will the South African Reserve Bank cut its repo rate at its September 2025 MPC meeting?",
                    "2025-09-30T23:59:59+02:00")
    a = article(SARB, title="SARB's Monetary Policy Committee Keeps Repo Rate 7", published="2025-09-18T12:00:00+02:00")
    v = _verdict(m, [a], "2025-09-18T18:00:00+00:00")
    assert not any(c.rule == "confirmation" and c.direction == "yes" for c in v.contributions)
    assert any(c.rule == "opposite_outcome" and c.direction == "no" for c in v.contributions)
    assert decided(v) == "likely-no"


def test_a_hold_voted_by_the_minority_is_not_the_decision():
    m = news_market("Will the South African Reserve Bank cut its repo rate at its September 2025 MPC meeting?",
                    "2025-09-30T23:59:59+02:00")
    a = article("Kganyago says two members of the Monetary Policy Committee voted to keep the repo rate at 7 percent "
                "while four preferred to cut it by 25 basis points.", title="", published="2025-09-18T12:00:00+02:00")
    v = _verdict(m, [a], "2025-09-18T18:00:00+00:00")
    assert not any(c.rule == "opposite_outcome" and c.direction == "no" for c in v.contributions)


# -- another party's act: a challenger's self-declared victory is not the council's declaration ----

def test_a_challengers_declared_victory_is_not_the_councils_declaration():
    # batch-13: https://www.trtworld.com/article/3ee02b48846e
    m = news_market("Will Cameroon's Constitutional Council declare Paul Biya the winner of the 2025 presidential "
                    "election by October 26, 2025?", "2025-10-26T23:59:59+01:00")
    a = article("Cameroon opposition candidate Issa Tchiroma has declared victory in the country's October 12 "
                "presidential election, urging President Paul Biya to accept defeat and \"honour the truth of the "
                "ballot box\".", title="", published="2025-10-14T12:00:00+01:00")
    v = _verdict(m, [a], "2025-10-14T18:00:00+00:00")
    assert decided(v) == "undetermined"
    assert not any(c.rule == "confirmation" and c.direction == "yes" for c in v.contributions)


# -- a concession ends a race, not a term of office -------------------------------------------------

def test_a_concession_does_not_end_a_presidents_term():
    # batch-13: http://namibiadailynews.info/malawian-president-lazarus-chakwera-concedes-defeat-in-presidential-election/
    m = news_market("Will Lazarus Chakwera remain President of Malawi through September 30, 2025?",
                    "2025-09-30T23:59:59+02:00")
    a = article("LILONGWE, Sept. 24  — Malawi’s incumbent president Lazarus Chakwera on Wednesday conceded defeat in "
                "the Sept. 16 presidential election in which former president Peter Mutharika is leading by over one "
                "million votes.",
                title="Malawian President Lazarus Chakwera Concedes Defeat In Presidential Election",
                published="2025-09-24T12:00:00+02:00")
    v = _verdict(m, [a], "2025-09-24T18:00:00+00:00")
    assert not any(c.rule == "state_ended" for c in v.contributions)
    assert decided(v) == "undetermined"


# -- a storm's present category is not its category at landfall ------------------------------------

def test_the_category_of_the_system_now_is_not_the_landfall_category():
    # batch-14 (ABC, 4 March 2025)
    m = news_market("Will Tropical Cyclone Alfred make landfall in southeast Queensland at Category 2 or stronger by "
                    "March 9, 2025?", "2025-03-09T23:59:59+10:00")
    a = article("Modelling shows the category two system, which is about 630 kilometres east of Brisbane, will start "
                "heading towards the coast before making landfall between Brisbane and the Sunshine Coast later this "
                "week.", title="", published="2025-03-04T12:00:00+10:00")
    v = _verdict(m, [a], "2025-03-04T18:00:00+10:00")
    assert decided(v) == "undetermined"
    assert not any(c.rule == "threshold_crossed" and c.direction == "yes" for c in v.contributions)


# -- a suspension ends when the holder goes back to the role -------------------------------------------

def test_returning_to_his_duties_ends_a_suspension():
    # batch-13 (Constitutional Court ruling, 24 March 2025)
    m = news_market("Will Han Duck-soo remain suspended from his duties as South Korea's prime minister through "
                    "March 31, 2025?", "2025-03-31T23:59:59+09:00")
    a = article("On the 24th, the Constitutional Court ruled a 'dismissal of impeachment' for Prime Minister Han "
                "Duck-soo. Accordingly, Prime Minister Han immediately returned to his duties as acting president.",
                title="", published="2025-03-24T12:00:00+09:00")
    v = _verdict(m, [a], "2025-03-24T12:00:00+00:00")
    assert any(c.rule == "state_ended" and "returned to his duties" in c.reason for c in v.contributions)
    assert decided(v) == "likely-no"


def test_a_korean_name_goes_by_its_family_name():
    from resolver.engine.actors import actor_aliases
    assert "han" in actor_aliases("Han Duck-soo")
    assert "sam" not in actor_aliases("Sam Bankman-Fried")


# -- a named round that produced no winner ------------------------------------------------------------

def test_a_first_round_failure_with_no_one_named_settles_a_first_round_market():
    # batch-13 (Al-Ahed News, 9 January 2025)
    m = news_market("Will Joseph Aoun be elected President of Lebanon in the first round of voting on January 9, 2025?",
                    "2025-01-09T23:59:59+02:00")
    a = article("This came after Lebanese MPs voted today, Thursday, in the second round of the presidential election, "
                "after failing to secure two-thirds of the votes, or 86 votes, during the first round of voting in the "
                "morning, which is the minimum required for any candidate to win.",
                title="Joseph Aoun as President of Lebanon", published="2025-01-09T18:00:00+02:00")
    v = _verdict(m, [a], "2025-01-09T20:00:00+00:00")
    assert any(c.rule == "failed_attempt" and "first round" in c.reason for c in v.contributions)
    assert decided(v) == "likely-no"


def test_a_named_party_failing_in_the_round_is_not_the_rounds_result():
    m = news_market("Will Joseph Aoun be elected President of Lebanon in the first round of voting on January 9, 2025?",
                    "2025-01-09T23:59:59+02:00")
    a = article("Rival Jihad Azour failed to secure two-thirds of the votes during the first round of voting.",
                title="Joseph Aoun leads Lebanon vote", published="2025-01-09T12:00:00+02:00")
    v = _verdict(m, [a], "2025-01-09T20:00:00+00:00")
    assert not any(c.rule == "failed_attempt" and "no one named" in c.reason for c in v.contributions)


# -- a side written by its initials; another cup won; a runner-up finish ------------------------------

def test_a_club_written_by_its_initials_is_beaten_in_the_final():
    # batch-14: Chelsea v PSG, Club World Cup final (headline)
    m = news_market("Will Paris Saint-Germain win the 2025 FIFA Club World Cup?", "2025-07-13T23:59:59-04:00")
    a = article("", title="Chelsea beat PSG 3-0 in final to win Club World Cup", published="2025-07-14T00:30:00+04:00")
    v = _verdict(m, [a], "2025-07-14T12:00:00+00:00")
    assert any(c.rule == "rival_outcome" and "PSG" in c.reason for c in v.contributions)
    assert decided(v) == "likely-no"


def test_a_cup_of_another_competition_is_not_the_asked_cup():
    # batch-14 (NDTV preview, 13 July 2025)
    m = news_market("Will Paris Saint-Germain win the 2025 FIFA Club World Cup?", "2025-07-13T23:59:59-04:00")
    a = article("PSG won a French league and cup double before claiming the UEFA Champions League for the first time "
                "in their history with a record-breaking 5-0 victory over Inter Milan in the final at the end of May.",
                title="PSG And Chelsea Set For Club World Cup Final Showdown", published="2025-07-13T00:00:00+05:30")
    v = _verdict(m, [a], "2025-07-13T12:00:00+00:00")
    assert not any(c.rule == "confirmation" and c.direction == "yes" for c in v.contributions)
    assert decided(v) == "undetermined"


def test_the_runner_up_prize_is_not_the_top_prize():
    # batch-14: https://www.wbaa.org/2025-09-06/jim-jarmuschs-father-mother-sister-brother-wins-top-prize-at-venice-film-festival
    m = news_market("Will 'The Voice of Hind Rajab' win the Golden Lion at the 2025 Venice Film Festival?",
                    "2025-09-06T23:59:59+02:00")
    a = article("Kaouther Ben Hania's devastating Gaza docudrama \"The Voice of Hind Rajab\" won the Silver Lion, the "
                "runner-up prize.", title="", published="2025-09-06T12:00:00-04:00")
    v = _verdict(m, [a], "2025-09-06T20:00:00+00:00")
    assert any(c.rule == "rival_outcome" and "runner-up" in c.reason for c in v.contributions)
    assert not any(c.rule == "confirmation" and c.direction == "yes" for c in v.contributions)


def test_a_rival_finishing_second_is_not_the_candidates_result():
    m = news_market("Will 'The Voice of Hind Rajab' win the Golden Lion at the 2025 Venice Film Festival?",
                    "2025-09-06T23:59:59+02:00")
    a = article("\"The Voice of Hind Rajab\" beat \"No Other Choice\", which won the runner-up prize.",
                title="", published="2025-09-06T12:00:00-04:00")
    v = _verdict(m, [a], "2025-09-06T20:00:00+00:00")
    assert not any(c.rule == "rival_outcome" and "runner-up" in c.reason for c in v.contributions)
