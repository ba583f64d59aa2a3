"""Stays-true readings of the tenth round, on corpus sentences verbatim (each test names its case):
question shapes that ask whether a state holds ('still be FIFA president on', 'remain shut down
through', 'remain closed to non-essential travel through'); a halted state ended by a restart
('the Colonial Pipeline restarted its flow'); a holder's lost confidence vote when the criteria make
it a removal; and a state carried past the deadline (rules/state_continues.py: 'will reopen in
November', 'will remain suspended on Saturday'), with its must-not-fire guards."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if (c.base_rule or c.rule) == rule and c.weight and c.rule != "weak_reading"]


# --- shapes ------------------------------------------------------------------------------------

def test_still_be_an_office_of_a_named_body_is_a_state():
    # b48-blatter-remains-fifa-president-through-jun30-2015-multi-yes
    t = derive_target(market("Will Sepp Blatter still be FIFA president on June 30, 2015?", "2015-06-30T23:59:59+02:00"))
    assert t.kind == "state" and "president" in (t.object or "").lower()
    # b22-pochettino-chelsea-coach-on-jul1-2024-no
    t = derive_target(market("Will Mauricio Pochettino still be Chelsea's head coach on July 1, 2024?", "2024-07-01T23:59:59+01:00"))
    assert t.kind == "state"


def test_being_confirmed_the_winner_by_a_date_is_no_state():
    # guard (b-batch question): 'be confirmed as winner of … by December 31' asks for a change
    t = derive_target(market("Will Daniel Chapo be confirmed as winner of Mozambique's 2024 presidential election by "
                             "December 31, 2024?", "2024-12-31T23:59:59+02:00"))
    assert t.kind != "state"


def test_remain_shut_down_and_remain_closed_to_are_states():
    # b47-colonial-pipeline-stays-shut-through-may14-2021-no, b47-us-land-borders-stay-closed-through-oct31-2021-yes
    t = derive_target(market("Will the Colonial Pipeline remain shut down through May 14, 2021?", "2021-05-14T23:59:59-04:00"))
    assert t.kind == "state" and t.act == "remain"
    t = derive_target(market("Will US land borders with Canada and Mexico remain closed to non-essential travel through "
                             "October 31, 2021?", "2021-10-31T23:59:59-04:00"))
    assert t.kind == "state" and "borders" in (t.object or "")


# --- a halted state restarted ------------------------------------------------------------------

COLONIAL_Q = "Will the Colonial Pipeline remain shut down through May 14, 2021?"
COLONIAL_C = ("This market will resolve to \"Yes\" if Colonial Pipeline's main pipeline system, shut down on May 7, 2021 "
              "after a ransomware attack, remains shut down continuously through May 14, 2021, 11:59 PM ET. Otherwise, "
              "including if Colonial restarts operations of its main pipeline system at any point before then, even if "
              "deliveries have not returned fully to normal, this market will resolve to \"No\".")
COLONIAL = ("At 4 p.m. central daylight time on Wednesday, May 12, the Colonial Pipeline restarted its flow according to "
            "the company after it was forced to shut down on Friday, May 7 due to a cyberattack.")


def _colonial(question, criteria=COLONIAL_C):
    m = market(question, "2021-05-14T23:59:59-04:00", criteria)
    a = article("https://www.shelbycountyreporter.com/2021/05/12/colonial-pipeline-restarts-operations-delay-of-product-expected/",
                "2021-05-12T17:54:00-05:00", "Colonial Pipeline restarts operations, delay of product expected", COLONIAL)
    return evaluate_market(m, [a], ts("2021-05-13T09:00:00-04:00"))


def test_a_restart_ends_a_halted_state():
    v = _colonial(COLONIAL_Q)
    assert v.verdict == "likely-no"
    assert any("restarted" in c.reason for c in _fired(v, "state_ended"))


def test_a_restart_does_not_end_a_state_that_is_no_halt():
    # guard: for a state that is not a halt, 'restarted' is no ending verb
    v = _colonial("Will the Colonial Pipeline remain in operation through May 14, 2021?", "")
    assert not any("restart" in c.reason for c in _fired(v, "state_ended"))


# --- a confidence vote lost --------------------------------------------------------------------

KHAN_Q = "Will Imran Khan remain Prime Minister of Pakistan through April 10, 2022?"
KHAN_C = ("This market will resolve to \"Yes\" if Imran Khan holds the office of Prime Minister of Pakistan continuously "
          "through April 10, 2022, 11:59 PM Pakistan time. Otherwise, including if he is removed by a no-confidence vote, "
          "resigns, or otherwise ceases to be Prime Minister before then, this market will resolve to \"No\".")
KHAN = ("Prime Minister Imran Khan lost the no-confidence vote against him in Pakistan's National Assembly, held during "
        "the early hours of Sunday, 10 April.")


def _khan(criteria):
    m = market(KHAN_Q, "2022-04-10T23:59:59+05:00", criteria)
    a = article("https://www.thequint.com/amp/story/news/world/welcome-purana-pakistan-imran-khan-loses-no-trust-vote",
                "2022-04-10T00:00:00+05:30", "welcome purana pakistan imran khan loses no trust vote", KHAN)
    return evaluate_market(m, [a], ts("2022-04-10T12:00:00+05:00"))


def test_a_lost_no_confidence_vote_removes_the_holder_when_the_criteria_say_so():
    # b47-imran-khan-remains-pm-through-apr10-2022-multi-no
    v = _khan(KHAN_C)
    assert v.verdict == "likely-no"
    assert any("no-confidence vote" in c.reason for c in _fired(v, "state_ended"))


def test_a_lost_confidence_vote_is_not_read_without_the_criteria():
    # guard: a government that loses a confidence vote may stay in office until an election
    v = _khan("This market will resolve to \"Yes\" if Imran Khan holds the office of Prime Minister of Pakistan "
              "continuously through April 10, 2022.")
    assert not any("vote" in c.reason for c in _fired(v, "state_ended"))


# --- the state carried past the deadline -------------------------------------------------------

BORDERS_Q = "Will US land borders with Canada and Mexico remain closed to non-essential travel through October 31, 2021?"
BORDERS = ("LAS VEGAS (KLAS) — The borders with Canada and Mexico will reopen in November after being closed for 19 months "
           "due to the pandemic.")


def test_an_end_set_after_the_deadline_carries_the_state_to_it():
    # b47-us-land-borders-stay-closed-through-oct31-2021-yes
    m = market(BORDERS_Q, "2021-10-31T23:59:59-04:00")
    a = article("https://www.8newsnow.com/news/local-news/mexican-canadian-borders-reopening-for-fully-vaccinated-travelers/",
                "2021-10-13T00:00:00-07:00", "Mexican, Canadian borders reopening for fully vaccinated travelers", BORDERS)
    v = evaluate_market(m, [a], ts("2021-10-14T12:00:00-04:00"))
    assert v.verdict == "likely-yes"
    assert _fired(v, "state_continues")


def test_an_end_before_the_deadline_does_not_carry_it():
    # guard: the same sentence, the deadline in November
    m = market(BORDERS_Q.replace("October 31", "November 30"), "2021-11-30T23:59:59-05:00")
    a = article("https://www.8newsnow.com/news/local-news/mexican-canadian-borders-reopening-for-fully-vaccinated-travelers/",
                "2021-10-13T00:00:00-07:00", "", BORDERS)
    v = evaluate_market(m, [a], ts("2021-10-14T12:00:00-04:00"))
    assert not _fired(v, "state_continues")


HK = ("The Education Bureau of the Hong Kong Special Administrative Region government announced class suspension of all "
      "schools, and classes of all schools will remain suspended on Saturday.")


def test_a_state_told_to_go_on_on_the_deadline_day():
    # b28-hk-schools-suspended-through-sep2-2023-stays-yes: 'Saturday' after a future verb is the coming one
    m = market("Will classes at all Hong Kong schools remain suspended on Saturday, September 2, 2023?",
               "2023-09-02T23:59:59+08:00")
    a = article("https://www.shine.cn/news/nation/2309012964/", "2023-09-01T00:00:00+08:00",
                "The Hong Kong Observatory issued No. 10 hurricane signal, the top level warning", HK)
    v = evaluate_market(m, [a], ts("2023-09-02T00:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert any("Saturday" in c.reason for c in _fired(v, "state_continues"))


BOUTEFLIKA_Q = "Will Abdelaziz Bouteflika remain President of Algeria through April 15, 2019?"


def test_an_end_promised_before_a_later_date_is_a_bound_not_a_floor():
    # guard, b48-bouteflika-remains-president-through-apr15-2019-multi-no
    m = market(BOUTEFLIKA_Q, "2019-04-15T23:59:59+01:00")
    a = article("https://www.bnnbloomberg.ca/algeria-army-steps-up-demand-for-bouteflika-to-go-without-delay-1.1238531",
                "2019-04-02T00:00:00-04:00", "Algeria Army Steps Up Demand For Bouteflika to Go Without Delay",
                "The military dismissed as bogus Bouteflika’s promise to resign before his term ends on April 28 and said "
                "in a statement it was time to invoke constitutional articles that would allow for the ailing 82-year-old "
                "leader to be declared unfit for office.")
    v = evaluate_market(m, [a], ts("2019-04-03T12:00:00+01:00"))
    assert not _fired(v, "state_continues")
    assert v.verdict != "likely-yes"


def test_a_holders_announced_departure_next_year_is_not_read():
    # guard, b43-rorsted-remains-adidas-ceo-through-dec31-2022-multi-stays-no: the board brought it forward
    m = market("Will Kasper Rorsted remain CEO of Adidas through December 31, 2022?", "2022-12-31T23:59:59+01:00")
    a = article("https://kion546.com/news/ap-national-business/2022/08/22/adidas-ceo-to-step-down-next-year-successor-sought-2/",
                "2022-08-22T00:00:00-07:00", "Adidas CEO To Step Down Next Year Successor Sought",
                "BERLIN (AP) — Sports apparel maker Adidas says CEO Kasper Rorsted will step down next year and it has "
                "started looking for a successor.")
    v = evaluate_market(m, [a], ts("2022-08-23T12:00:00+00:00"))
    assert not _fired(v, "state_continues")
    assert v.verdict != "likely-yes"


SELIC = "The rate will remain in effect for the next 45 days, when a new meeting will be held."


def _selic(deadline):
    m = market(f"Will Brazil's Selic rate remain at 15.00% through {deadline}?",
               "2025-09-30T23:59:59-03:00" if "September" in deadline else "2025-12-31T23:59:59-03:00")
    a = article("https://agenciabrasil.ebc.com.br/en/economia/noticia/2025-09/central-bank-keeps-benchmark-interest-rate-15-annum",
                "2025-09-17T00:00:00-03:00", "Central Bank keeps benchmark interest rate at 15% per annum", SELIC)
    return evaluate_market(m, [a], ts("2025-09-19T12:00:00+00:00"))


def test_a_stretch_from_now_that_holds_the_deadline():
    # b09-brazil-selic-stays-15-through-sep30-multi-yes
    assert _fired(_selic("September 30, 2025"), "state_continues")


def test_a_stretch_that_ends_before_the_deadline_says_nothing():
    # guard, b09-brazil-selic-stays-15-through-dec31-multi-undet
    v = _selic("December 31, 2025")
    assert not _fired(v, "state_continues")
    assert v.verdict == "undetermined"
