"""Events that can no longer happen in time (issue 10), on sentences published verbatim (each
test names its source page): the party calling the act off ('cancels', 'abandoned') is a
reported event, not a forecast; a hedge in the statement's stated reason ('in order to assess
the potential impact') does not hedge the act; and calling off is no ruling-out when it is the
act the market asks about."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts

FIGMA = market("Will Adobe complete its acquisition of Figma by December 31, 2023?", "2023-12-31T23:59:59-08:00",
               "This market will resolve to \"Yes\" if Adobe's acquisition of Figma, announced on September 15, 2022, "
               "is completed (the transaction closes) by December 31, 2023, 11:59 PM PT. If the deal is terminated "
               "or has not closed by then, this market will resolve to \"No\".")
# https://www.medianama.com/2023/12/223-adobe-cancels-figma-deal-regulatory-hurdles/
CANCELS = article("https://www.medianama.com/2023/12/223-adobe-cancels-figma-deal-regulatory-hurdles/",
                  "2023-12-19T00:00:00+05:30", "Adobe cancels Figma deal over regulatory hurdles", "")


def test_the_party_cancelling_the_deal_rules_it_out():
    v = evaluate_market(FIGMA, [CANCELS], ts("2023-12-20T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert any(c.rule == "ruled_out" and "'cancels" in c.reason and "no new date" in (c.temporal or "")
               for c in v.contributions)


SWITCH = market("Will Nintendo open US pre-orders for the Switch 2 by April 9, 2025?", "2025-04-09T23:59:59-04:00",
                "This market will resolve to \"Yes\" if pre-orders for the Nintendo Switch 2 open to customers in the "
                "United States (through Nintendo or major retailers) on or before April 9, 2025.")
# https://www.androidauthority.com/nintendo-switch-2-pre-order-delay-3541750/
WILL_NOT = article("https://www.androidauthority.com/nintendo-switch-2-pre-order-delay-3541750/",
                   "2025-04-04T00:00:00-04:00", "",
                   "\"Pre-orders for Nintendo Switch 2 in the U.S. will not start April 9, 2025 in order to assess the "
                   "potential impact of tariffs and evolving market conditions,\" the company said in a statement sent "
                   "to Digital Trends.")


def test_a_hedge_in_the_stated_reason_does_not_hedge_the_act():
    v = evaluate_market(SWITCH, [WILL_NOT], ts("2025-04-05T00:00:00+00:00"))
    ruled = [c for c in v.contributions if (c.base_rule or c.rule) == "ruled_out"]
    assert ruled and ruled[0].rule == "ruled_out" and v.verdict == "likely-no"


KROGER = market("Will the Kroger\u2013Albertsons merger agreement be terminated by December 31, 2024?",
                "2024-12-31T23:59:59-05:00",
                "This market will resolve to \"Yes\" if Kroger or Albertsons formally terminates their merger agreement "
                "on or before December 31, 2024.")
# https://www.nbcmiami.com/news/business/money-report/albertsons-sues-kroger-after-judge-rules-against-grocery-merger/3492207/
TERMINATED = article("https://www.nbcmiami.com/news/business/money-report/albertsons-sues-kroger-after-judge-rules-"
                     "against-grocery-merger/3492207/", "2024-12-11T00:00:00-05:00", "",
                     "Albertsons on Wednesday formally terminated its proposed $25 billion merger with Kroger and filed "
                     "a lawsuit against its supermarket competitor, saying Kroger violated its contract and didn't "
                     "follow through on commitments to help get the deal approved.")


def test_calling_off_is_no_ruling_out_when_it_is_the_act():
    v = evaluate_market(KROGER, [TERMINATED], ts("2024-12-12T00:00:00+00:00"))
    assert not any(c.rule == "ruled_out" for c in v.contributions) and v.verdict == "likely-yes"
