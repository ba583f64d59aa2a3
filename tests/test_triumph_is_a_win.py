"""'triumph' (verb and noun) reports a win like 'win'/'victory' in the win frame (frames.json):
'Pfizer triumphs in bid for Metsera'. Sentences are quoted verbatim from the real-news corpus
(case ids in comments); the near misses are a triumph still to be had and another party's."""

from resolver.engine import evaluate_market
from tests.conftest import article, news_market, ts


def test_triumphs_in_bid_confirms_the_win():
    # b09-pfizer-wins-metsera-yes (devdiscourse headline, 10 Nov 2025)
    m = news_market("Will Pfizer win the bidding war for Metsera?", "2025-11-30T23:59:59-05:00")
    a = article("In a significant development in the pharmaceutical industry, shares in Novo Nordisk experienced an "
                "early rise on Monday after the company withdrew its bid for Metsera, a U.S.-based weight loss drug "
                "maker.", title="Pfizer triumphs in bid for Metsera, leaving Novo Nordisk behind",
                published="2025-11-10T12:00:00+05:30")
    assert evaluate_market(m, [a], ts("2025-11-11T12:00:00+00:00")).verdict == "likely-yes"


def test_a_tilt_at_triumph_is_not_a_win():
    # near miss, b30-luke-littler-wins-pdc-worlds-2024-multi-no: the final still to be played
    m = news_market("Will Luke Littler win the 2024 PDC World Darts Championship?", "2024-01-03T23:59:59+00:00")
    a = article("Littler's remarkable run at Alexandra Palace continued with a dominant 6-2 semi-final win against "
                "Rob Cross, setting up a tilt at triumph as the debutant continues to thrive on darts' biggest stage.",
                title="World Darts Championship final LIVE", published="2024-01-03T12:00:00+00:00")
    assert evaluate_market(m, [a], ts("2024-01-03T13:00:00+00:00")).verdict != "likely-yes"


def test_another_sides_triumph_is_not_a_win():
    # near miss, b26-nz-3-0-whitewash-india-2024-multi-yes: a series England won in 2012
    m = news_market("Will New Zealand win all three Tests of their 2024 series in India?", "2024-11-05T23:59:59+05:30")
    a = article("The last time India lost a Test series at home was in 2012, when England, led by Alastair Cook, "
                "triumphed 2-1.", published="2024-10-27T12:00:00+05:30")
    assert evaluate_market(m, [a], ts("2024-10-28T12:00:00+00:00")).verdict != "likely-yes"
