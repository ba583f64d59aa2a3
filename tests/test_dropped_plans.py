"""A plan toward the act given up in other words (issue 10, engine/dropped_plans.py), on
sentences published verbatim (each names its corpus case): 'scuttled their IPO plans' rules out
beginning to trade, 'dropped its blockbuster bid to acquire Yahoo' a merger agreement; a rival's
withdrawn bid, a plan given up by unnamed companies, a withdrawn offer in a market on a strike and
a threat to scrap are not read. A postponement to a season after the deadline is dated."""

from resolver.engine import evaluate_market
from resolver.engine.rules import called_off
from tests.conftest import news_article as article, news_market as market, ts


def _dropped(v):
    return [c for c in v.contributions if (c.base_rule or c.rule) == "ruled_out" and "plan toward it given up" in c.reason]


JUSTWORKS = market("Will Justworks begin trading as a public company by December 31, 2022?", "2022-12-31T23:59:59-05:00",
                   "This market will resolve to \"Yes\" if shares of Justworks, Inc. begin trading on a U.S. stock exchange "
                   "(via IPO, direct listing, or SPAC merger) by December 31, 2022, 11:59 PM ET. Otherwise, this market "
                   "will resolve to \"No\".")
_FASTCO = ("https://www.fastcompany.com/90769442/from-ipo-to-mia-why-companies-are-getting-cold-feet-instead-of-going-"
           "public-in-2022")


def test_scuttled_ipo_plans_rule_out_beginning_to_trade():
    # b45-justworks-goes-public-by-dec31-2022-no
    a = article(_FASTCO, "2022-07-14T00:00:00-04:00", "",
                "And on Wednesday, two more companies got cold feet\u2014software firm Justworks and foot retailer Fresh "
                "Market both scuttled their IPO plans , according to CNBC.")
    v = evaluate_market(JUSTWORKS, [a], ts("2022-07-15T12:00:00-04:00"))
    assert v.verdict == "likely-no"
    assert any("'scuttled their IPO plans'" in c.reason and "no new date" in (c.temporal or "") for c in _dropped(v))


def test_unnamed_companies_withdrawing_filings_are_not_the_market_party():
    # b45-justworks-goes-public-by-dec31-2022-no (near miss: no market party gives the plan up)
    a = article(_FASTCO, "2022-07-14T00:00:00-04:00", "",
                "And the proof is evident: Almost 70 companies have withdrawn their IPO filings since the beginning of "
                "March, according to data from Stock Analysis.")
    v = evaluate_market(JUSTWORKS, [a], ts("2022-07-15T12:00:00-04:00"))
    assert not _dropped(v) and v.verdict == "undetermined"


YAHOO = market("Will Microsoft and Yahoo announce a definitive merger agreement by May 31, 2008?",
               "2008-05-31T23:59:59-04:00",
               "This market will resolve to \"Yes\" if Microsoft and Yahoo publicly announce a signed definitive agreement "
               "for Microsoft to acquire Yahoo by May 31, 2008, 11:59 PM ET. Otherwise, this market will resolve to \"No\".")


def test_a_dropped_bid_to_acquire_rules_out_the_merger_agreement():
    # b42-microsoft-yahoo-merger-deal-by-may31-2008-no
    a = article("https://abcnews.go.com/Technology/story?id=4785399", "2008-05-04T23:15:00-04:00", "",
                "SAN FRANCISCO -- Microsoft dropped its blockbuster bid to acquire Yahoo late Saturday, after the two tech "
                "titans could not agree on a price.")
    v = evaluate_market(YAHOO, [a], ts("2008-05-05T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert any("'dropped its blockbuster bid'" in c.reason for c in _dropped(v))


def test_a_firm_offer_is_ruled_out_when_the_bid_is_dropped():
    # b22-bhp-firm-offer-anglo-american-by-may31-2024-no
    m = market("Will BHP make a firm offer for Anglo American by May 31, 2024?", "2024-05-31T23:59:59+01:00")
    a = article("https://local10.com/business/2024/05/30/bhp-group-drops-its-bid-for-anglo-american-ending-plans-to-"
                "create-a-global-mining-giant", "2024-05-30T00:00:00-04:00",
                "BHP Group Drops Its Bid for Anglo American, Ending Plans to Create a Global Mining Giant", "")
    v = evaluate_market(m, [a], ts("2024-05-30T12:00:00+00:00"))
    assert v.verdict == "likely-no" and any("'Drops Its Bid'" in c.reason for c in _dropped(v))


def test_a_rivals_withdrawn_bid_is_not_the_candidates():
    # b09-pfizer-wins-metsera-yes (near miss: Novo Nordisk withdrew, the market asks about Pfizer)
    m = market("Will Pfizer win the bidding war for Metsera?", "2025-11-30T23:59:59-05:00")
    a = article("https://www.devdiscourse.com/article/business/3691328-pfizer-triumphs-in-bid-for-metsera-leaving-novo-"
                "nordisk-behind", "2025-11-10T00:00:00+05:30", "",
                "In a significant development in the pharmaceutical industry, shares in Novo Nordisk experienced an early "
                "rise on Monday after the company withdrew its bid for Metsera, a U.S.-based weight loss drug maker.")
    v = evaluate_market(m, [a], ts("2025-11-11T12:00:00+00:00"))
    assert not _dropped(v) and v.verdict != "likely-no"


def test_a_withdrawn_peace_offer_is_no_plan_toward_a_strike():
    # b42-ba-cabin-crew-strike-by-mar20-2010-asof-talks-multi-undet (near miss: an offer, but no takeover asked)
    m = market("Will British Airways cabin crew begin a strike by March 20, 2010?", "2010-03-20T23:59:59+00:00")
    a = article("https://visiontravel.ca/2010/03/12/british-airways-unnon-announces-strike/", "2010-03-12T00:00:00+00:00",
                "", "More than 500,000 BA passengers face strike disruption this month after the Unite trade union "
                "announced walkouts over two consecutive weekends, prompting BA to withdraw a last-ditch peace offer.")
    v = evaluate_market(m, [a], ts("2010-03-12T12:00:00+00:00"))
    assert not _dropped(v)


def test_a_threat_to_scrap_is_not_a_calling_off():
    # b03-trump-xi-meet-by-oct31-multi-undet (near miss: 'had threatened to scrap the meeting')
    m = market("Will Donald Trump and Xi Jinping meet in person by October 31, 2025?", "2025-10-31T23:59:59+09:00")
    a = article("https://www.channelnewsasia.com/east-asia/trump-meet-china-xi-jinping-south-korea-apec-summit-5409631",
                "2025-10-17T22:09:00+08:00", "",
                "Trump had threatened to scrap the meeting as he raised the stakes in his trade war with China, warning "
                "that he would impose 100 per cent tariffs on goods from the world's second-biggest economy.")
    v = evaluate_market(m, [a], ts("2025-10-18T12:00:00+00:00"))
    assert not any((c.base_rule or c.rule) == "ruled_out" for c in v.contributions)


SEVEN_I = market("Will Alimentation Couche-Tard and Seven & i Holdings announce a definitive merger agreement by "
                 "September 30, 2025?", "2025-09-30T23:59:59-04:00")


_UPI = ("https://www.upi.com/Top_News/World-News/2025/07/17/japan-couche-tard-withdraws-proposal-to-acquire-7-eleven-"
        "parent/7351752755988/")


def test_only_a_reported_past_is_read_not_a_progressive_in_a_quote():
    # b22-couche-tard-seven-i-deal-by-sep30-2025-no: the past sentence is read; the quoted
    # progressive ('we are withdrawing') is not taken as done
    done = article(_UPI, "2025-07-17T00:00:00-04:00",
                   "", "July 17 (UPI) -- Canadian retailer Couche-Tard Inc. announced Thursday it has withdrawn its buyout "
                   "proposal to acquire Seven and I Holdings Co. for $47 billion on Thursday.")
    v = evaluate_market(SEVEN_I, [done], ts("2025-07-18T12:00:00+00:00"))
    assert v.verdict == "likely-no" and any("'withdrawn its buyout proposal'" in c.reason for c in _dropped(v))
    said = article(_UPI, "2025-07-17T00:00:00-04:00",
                   "", "\"Based on this persistent lack of good faith engagement, we are withdrawing our proposal,\" "
                   "Couche-Tard said.")
    assert not _dropped(evaluate_market(SEVEN_I, [said], ts("2025-07-18T12:00:00+00:00")))


def test_a_postponement_to_a_season_after_the_deadline_is_dated():
    # b45-davos-wef-held-in-january-2021-no
    m = market("Will the World Economic Forum hold its 2021 Annual Meeting in Davos in January 2021?",
               "2021-01-31T23:59:59+01:00")
    a = article("https://www.irishtimes.com/business/economy/davos-meeting-delayed-to-summer-2021-on-covid-19-fears-1.4339362",
                "2020-08-26T00:00:00+01:00", "Davos meeting delayed to summer 2021 on Covid-19 fears", "")
    v = evaluate_market(m, [a], ts("2020-08-27T12:00:00+01:00"))
    ruled = [c for c in v.contributions if (c.base_rule or c.rule) == "ruled_out"]
    assert ruled and "'summer 2021', after the deadline" in (ruled[0].temporal or "")
    assert called_off.OPEN_DELAY_NOTE not in (ruled[0].temporal or "")


def test_called_off_for_a_month_names_the_occasion_not_a_new_date():
    # b45-davos-wef-held-in-january-2021-no: 'for January' is the meeting called off
    m = market("Will the World Economic Forum hold its 2021 Annual Meeting in Davos in January 2021?",
               "2021-01-31T23:59:59+01:00")
    a = article("https://www.irishtimes.com/business/economy/davos-meeting-delayed-to-summer-2021-on-covid-19-fears-1.4339362",
                "2020-08-26T00:00:00+01:00", "",
                "The 2021 Davos World Economic Forum (WEF) summit of business leaders and politicians has been called off "
                "for January due to the coronavirus pandemic, with organisers planning to reschedule the event to "
                "sometime early next summer.")
    v = evaluate_market(m, [a], ts("2020-08-27T12:00:00+01:00"))
    assert v.verdict == "likely-no"
    assert any(c.rule == "ruled_out" and "'called off'" in c.reason and "no new date" in (c.temporal or "")
               for c in v.contributions)


def test_a_push_back_rescheduled_for_a_day_in_the_window_is_no_ruling_out():
    # b26-proba3-launch-by-dec5-2024-asof-anomaly-undet (near miss: 'rescheduled for December 5' is a new date)
    m = market("Will ESA's Proba-3 mission launch on ISRO's PSLV by December 5, 2024?", "2024-12-05T23:59:59+05:30")
    a = article("https://www.newindianexpress.com/states/tamil-nadu/2024/Dec/05/proba-3-mission-launch-postponed-due-to-"
                "technical-issue-rescheduled-for-december-5", "2024-12-05T00:00:00+05:30",
                "Proba-3 mission launch postponed due to technical issue, rescheduled for December 5", "")
    v = evaluate_market(m, [a], ts("2024-12-05T04:00:00+00:00"))
    assert v.verdict != "likely-no"
