"""Readings from the twelfth round's first-time batches 57-58 (r12-cov-b: winners and figures).
Sentences verbatim from the development corpus; each names its case, and each reading has its
must-not-fire neighbours."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.rules.failed_attempt import _short_of_forecast
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if c.rule in rules and c.weight]


# --- a statistic's period named as the modifier of its release ('the BEA's first Q2 2018 reading')
# b57-us-gdp-q2-2018-advance-4pct-yes
GDP_Q = "Will America's economy show at least 4% annualized growth in the BEA's first Q2 2018 reading?"
GDP_C = ("This market will resolve to \"Yes\" if the Bureau of Economic Analysis's advance estimate of U.S. real GDP growth "
         "for Q2 2018, at a seasonally adjusted annual rate, is 4.0% or higher. Otherwise, this market will resolve to \"No\".")
GDP_T = "U.S. Economy Grows 4.1% in Second Quarter, the Fastest Rate in 4 Years"
GDP_1 = ("Washington, D.C.–Real gross domestic product increased at an annual rate of 4.1 percent in the second quarter of "
         "2018, according to Bureau of Economic Analysis (BEA) of the Department of Commerce.")


def _gdp(title, body):
    m = market(GDP_Q, "2018-07-27T23:59:59-04:00", GDP_C)
    a = article("https://www.istoe.org/2018/07/27/u-s-economy-grows-4-1-in-second-quarter-the-fastest-rate-in-4-years/",
                "2018-07-27T00:00:00-04:00", title, body)
    return evaluate_market(m, [a], ts("2018-07-27T20:00:00+00:00"))


def test_the_period_of_a_release_named_as_its_modifier_opens_the_window():
    assert derive_target(market(GDP_Q, "2018-07-27T23:59:59-04:00", GDP_C)).window_start.date().isoformat() == "2018-04-01"
    assert derive_target(market("Will the economy grow at least 4% in the first Q2 2018 reading?",
                                "2018-07-27T23:59:59-04:00")).window_start.date().isoformat() == "2018-04-01"
    v = _gdp(GDP_T, GDP_1)
    assert v.verdict == "likely-yes" and _fired(v, "threshold_crossed")


def test_an_ordinal_that_does_not_lead_to_a_period_opens_no_window():
    # must not fire: 'first' before a word with no number ('the first reading') names no period
    assert derive_target(market("Will the economy grow at least 4% in the first reading?",
                                "2018-07-27T23:59:59-04:00")).window_start is None


# --- an official statistic's figure in an article quoting its publisher
# b58-us-jobless-dec2010-at-or-below-9-5-yes
JOB_Q = "Will the Labor Department report a U.S. jobless rate at or below 9.5% for December 2010?"
JOB_C = ("This market will resolve to \"Yes\" if the seasonally adjusted U.S. unemployment rate for December 2010, as first "
         "published by the Bureau of Labor Statistics in its Employment Situation report, is 9.5% or lower. Otherwise, this "
         "market will resolve to \"No\".")
JOB_T = "Jobless Rate Drops to 9.4 Percent, but Hiring Falls Short of Expectations"
JOB_1 = ("The U.S. jobless rate fell to 9.4 percent in December, the lowest level in 19 months -- a reflection of more people "
         "finding jobs, but also of others giving up on looking for work.")
JOB_2 = ("The economy added 103,000 jobs last month, up from a revised total of 71,000 in November, according to the Labor "
         "Department. But most analysts were expecting the economy to add about 175,000 jobs.")


def _jobs(title, body):
    m = market(JOB_Q, "2011-01-07T23:59:59-05:00", JOB_C)
    a = article("http://www.foxnews.com/politics/2011/01/07/unemployment-rate-falls-percent-december-hiring.html",
                "2011-01-07T00:00:00-05:00", title, body)
    return evaluate_market(m, [a], ts("2011-01-08T00:00:00+00:00"))


def test_an_unattributed_statistic_in_an_article_naming_its_publisher_is_the_release():
    v = _jobs(JOB_T, f"{JOB_1}\n\n{JOB_2}")
    assert v.verdict == "likely-yes"
    assert any("Labor Department" in c.reason for c in _fired(v, "threshold_crossed"))
    assert not _fired(v, "failed_attempt")  # 'Hiring Falls Short of Expectations' is no failed attempt


def test_an_unattributed_statistic_in_an_article_that_never_names_the_publisher_stays_unread():
    # must not fire: the question names its source, and nothing in the article ties the figure to it
    v = _jobs("Jobless Rate Drops to 9.4 Percent", JOB_1)
    assert v.verdict == "undetermined" and not _fired(v, "threshold_crossed")


def test_short_of_a_forecast_is_no_failed_attempt():
    assert _short_of_forecast(JOB_T, "falls short")
    assert _short_of_forecast("Payrolls fell short of economists' forecasts.", "fell short")
    # must not fire: a failure against the act's own bar
    assert not _short_of_forecast("Lula fell about 1% short, officials say.", "fell short")
    assert not _short_of_forecast("The bill fell short of the 60 votes it needed.", "fell short")


# --- a prize-taking verb whose own object is the prize
# b58-rourke-best-actor-oscar-2009-no
OSCAR_Q = "Will Mickey Rourke win Best Actor at the 81st Academy Awards?"
OSCAR_C = ("This market will resolve to \"Yes\" if Mickey Rourke is announced as the winner of the Academy Award for Best "
           "Actor at the 81st Academy Awards ceremony. Otherwise, this market will resolve to \"No\".")
PENN = "Sean Penn earned his second Oscar for best actor, portraying slain gay rights activist Harvey Milk in Milk."


def _oscar(body):
    m = market(OSCAR_Q, "2009-02-23T23:59:59-08:00", OSCAR_C)
    a = article("http://www.abc.net.au/news/2009-02-23/slumdog-awarded-top-oscar-honour/305308", "2009-02-23T00:00:00+11:00",
                "Slumdog awarded top Oscar honour", body)
    return evaluate_market(m, [a], ts("2009-02-23T12:00:00+00:00"))


def test_another_earned_the_prize_for_the_role():
    v = _oscar("Kate Winslet was named best actress for her dramatic turn as a former Nazi prison guard in The Reader.\n\n"
               + PENN)
    assert v.verdict == "likely-no"
    assert any("earned" in c.reason and "Sean Penn" in c.reason for c in _fired(v, "rival_outcome"))


def test_what_is_earned_or_received_besides_the_prize_is_no_win():
    # must not fire: a nomination, an ovation, a sum; the candidate's own prize
    for text in ("Sean Penn earned a nomination for best actor.", "Sean Penn received a standing ovation for best actor.",
                 "Sean Penn earned $5 million for the best actor role.", "Sean Penn received two best actor nods."):
        v = _oscar(text)
        assert not _fired(v, "rival_outcome"), text
    assert not _fired(_oscar("Mickey Rourke earned his first Oscar for best actor."), "rival_outcome")


# --- the recipient as the passive's subject ('X jointly awarded Booker prize')
# b57-atwood-booker-2019-yes
BOOKER_Q = "Will Margaret Atwood win the 2019 Booker Prize?"
BOOKER_C = ("This market will resolve to \"Yes\" if Margaret Atwood is announced as the winner of the 2019 Booker Prize for "
            "Fiction. Otherwise, this market will resolve to \"No\".")
BOOKER_T = "Margaret Atwood and Bernardine Evaristo jointly awarded Booker prize"


def _booker(title, body):
    m = market(BOOKER_Q, "2019-10-31T23:59:59+00:00", BOOKER_C)
    a = article("https://www.theguardian.com/global/video/2019/oct/15/margaret-atwood-and-bernardine-evaristo-jointly-"
                "awarded-booker-prize-video", "2019-10-15T00:00:00+01:00", title, body)
    return evaluate_market(m, [a], ts("2019-10-18T00:00:00+00:00"))


def test_the_candidate_awarded_the_prize_is_its_win():
    v = _booker(BOOKER_T, "Booker Prize judges have rebelled against the rules and split the prestigious literary award.")
    assert v.verdict == "likely-yes"
    assert any("awarded" in c.reason for c in _fired(v, "confirmation"))
    assert _booker("Atwood honoured", "Margaret Atwood was awarded the 2019 Booker Prize on Monday.").verdict == "likely-yes"


def test_an_award_to_come_another_prize_or_the_givers_act_is_no_win():
    # must not fire: a future award, another prize, the active 'awarded … to', a negated award
    for text in ("Margaret Atwood will be awarded the Booker Prize.", "Margaret Atwood was awarded a medal.",
                 "Margaret Atwood is to be awarded the Booker Prize.", "Margaret Atwood was not awarded the Booker Prize."):
        assert not _fired(_booker("Books", text), "confirmation"), text
    v = _booker("Books", "The judges awarded the Booker Prize to Bernardine Evaristo.")
    assert not _fired(v, "confirmation")
    # a body sentence's bare 'awarded' is active: its subject gave the prize
    assert not _fired(_booker("Books", "Margaret Atwood awarded the Booker Prize to a debut novelist."), "confirmation")
