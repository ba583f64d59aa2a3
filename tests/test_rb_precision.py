"""Package rb: a support verb with an event noun ('hold a bilateral meeting') names the noun's
event, so a report in the noun's own verb ('met') confirms it. Sentences verbatim from
batch-25 / batch-08 pages named above each article."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.question_verbs import support_verb_act
from tests.conftest import news_article as article, news_market as market, ts

# batch-25: https://www.dnaindia.com/india/report-india-china-pull-back-troops-begin-disengagement-in-demchok-depaang-in-eastern-ladakh-3114891
MEET = market("Will Narendra Modi and Xi Jinping hold a bilateral meeting at the 2024 BRICS summit in Kazan?",
              "2024-10-24T23:59:59+03:00",
              "This market will resolve to \"Yes\" if Indian Prime Minister Narendra Modi and Chinese President Xi "
              "Jinping hold a bilateral meeting on the sidelines of the BRICS summit in Kazan, Russia, by October 24, "
              "2024. A handshake or joint attendance at plenary sessions does not count. Otherwise, this market will "
              "resolve to \"No\".")
MET = ("On Wednesday, Prime Minister Narendra Modi met with Chinese President Xi Jinping on the sidelines of the "
       "BRICS Summit in Russia and welcomed the agreement reached between the two countries on patrolling "
       "arrangements along the LAC in eastern Ladakh.")


def test_hold_a_meeting_is_meeting():
    t = derive_target(MEET)
    assert t.act == "meet"


def test_met_confirms_hold_a_bilateral_meeting():
    v = evaluate_market(MEET, [article("https://www.dnaindia.com/india/report-x", "2024-10-25T00:00:00+05:30", "", MET)],
                        ts("2024-10-25T12:00:00+00:00"))
    assert v.verdict == "likely-yes"


def test_support_verb_readings():
    nouns = {"meeting": "meet", "visit": "visit", "election": "elect", "test": "test"}
    w = "will modi and xi hold a bilateral meeting at the summit ?".split()
    assert support_verb_act(w, w.index("hold"), nouns) == ("meet", w.index("at"), [])
    w = "will senegal hold its presidential election by february 29 ?".split()
    assert support_verb_act(w, w.index("hold"), nouns) is None  # who holds an election does not choose
    w = "will x carry out a nuclear test by june ?".split()
    assert support_verb_act(w, w.index("carry"), nouns) == ("test", w.index("by"), ["nuclear"])
    w = "will x hold a meeting room open ?".split()
    assert support_verb_act(w, w.index("hold"), nouns) is None  # the event noun is no head
