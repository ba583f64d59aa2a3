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


# Package rb, part 2: a complete response letter is the FDA's refusal of the application.
# batch-26: https://www.biospace.com/complete-response-letters
ICODEC = market("Will the FDA approve Novo Nordisk's once-weekly insulin icodec by July 31, 2024?",
                "2024-07-31T23:59:59-04:00",
                "This market will resolve to \"Yes\" if the U.S. Food and Drug Administration approves Novo Nordisk's "
                "Biologics License Application for insulin icodec (once-weekly basal insulin) by July 31, 2024, 11:59 "
                "PM ET. Otherwise, this market will resolve to \"No\".")
CRL = ("The FDA's Complete Response Letter turned down Novo Nordisk's Biologics License Application for its "
       "once-weekly basal insulin icodec injection for diabetes mellitus, with \"requests\" related to the "
       "manufacturing process and the type 1 diabetes indication.")


def test_complete_response_letter_is_the_regulator_saying_no():
    v = evaluate_market(ICODEC, [article("https://www.biospace.com/complete-response-letters",
                                         "2024-07-17T00:00:00-04:00", "", CRL)], ts("2024-07-20T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert any(c.rule == "opposite_outcome" and c.direction == "no" for c in v.contributions)


# A figure for the one occasion the question names (the float day, the year's surveys) settles it
# on either side of the bar.
# batch-25: https://planetgim.co.ke/2024/07/29/ethiopias-central-bank-allows-currency-to-plunge-in-a-bid-to-secure-imf-loan/
BIRR = market("Will the Ethiopian birr lose 40% or more of its value against the US dollar on the day it is floated?",
              "2024-07-31T23:59:59+03:00",
              "This market will resolve to \"Yes\" if credible reporting shows the Ethiopian birr fell by 40% or more "
              "against the US dollar on the first trading day after the National Bank of Ethiopia floated it. "
              "Otherwise, this market will resolve to \"No\".")
BIRR_DROP = ("Ethiopia's birr currency dropped 30% against the dollar on Monday following the central bank's "
             "decision to float it.")
# batch-26: https://www.9news.com.au/national/great-barrier-reef-coral-bleaching-new-data-shows-mass-bleaching-in-pictures/c7f2beeb-a9cc-4b73-84a4-4469f40a40f0
REEF = market("Will the 2024 aerial surveys find coral bleaching on more than 75% of surveyed reefs in the Great "
              "Barrier Reef Marine Park?", "2024-04-30T23:59:59+10:00",
              "This market will resolve to \"Yes\" if the 2024 aerial bleaching surveys of the Great Barrier Reef "
              "Marine Park, as reported by the Reef Authority, AIMS or CSIRO by April 30, 2024, find coral bleaching "
              "on more than 75% of surveyed reefs within the Marine Park. Otherwise, this market will resolve to \"No\".")
REEF_FIGURE = ("Coral bleaching was observed on 73 per cent of surveyed reefs within the Marine Park and six per cent "
               "in the Torres Strait.")


def test_occasion_named_by_its_day_or_survey():
    from resolver.engine import quantities
    assert quantities.occasion(BIRR.question) == "one"
    assert quantities.occasion(REEF.question) == "one"


def test_figure_short_of_the_bar_on_the_one_occasion_is_no():
    v = evaluate_market(BIRR, [article("https://planetgim.co.ke/x", "2024-07-29T00:00:00+03:00", "", BIRR_DROP)],
                        ts("2024-07-30T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    v = evaluate_market(REEF, [article("https://www.9news.com.au/x", "2024-04-17T00:00:00+10:00", "", REEF_FIGURE)],
                        ts("2024-04-18T00:00:00+00:00"))
    assert v.verdict == "likely-no"


# An insider is an unnamed source only when the sentence reports what one said.
# batch-26: https://www.wsgw.com/the-outsiders-wins-best-musical-and-stereophonic-best-play-at-tony-awards
TONY = ("NEW YORK (AP) — “The Outsiders” became the essence of a Broadway insider on Sunday as the gritty "
        "adaptation of the classic American young adult novel won the Tony Award for best new musical.")
# batch-09 (SpaceX IPO case), batch-16 (Oasis case)
SPACEX = ("Elon Musk's SpaceX is poised to launch an initial public offering (IPO) by 2026, potentially boosting its "
          "valuation beyond $1 trillion, insiders revealed this Tuesday")
OASIS = ("According to Pitchfork, The Sunday Times reported an “industry insider” claimed Oasis would reunite for a "
         "10-night headlining series of concerts at Wembley Stadium with additional concerts at Heaton Park, in the "
         "band’s hometown of Manchester")


def test_insider_is_a_source_only_when_it_says_something():
    from resolver.engine.hedges import _attributes
    assert not _attributes(TONY.lower(), "insider")
    assert _attributes(SPACEX.lower(), "insiders")
    assert _attributes(OASIS.lower(), "insider")


# 'the fourth quarter of this year' names the reference's own year.
# batch-26: https://menafn.com/1109674206/Egypt-Postpones-Grand-Egyptian-Museum-Opening-To-Fourth-Quarter-Of-Year
GEM_HEAD = "Egypt Postpones Grand Egyptian Museum Opening To Fourth Quarter Of Year"


def test_quarter_of_this_year():
    from datetime import date, datetime, timezone
    from resolver.engine.timex import find_time_expressions
    spans = find_time_expressions(GEM_HEAD, datetime(2025, 6, 14, tzinfo=timezone.utc), "past")
    assert spans and spans[0].start.date() == date(2025, 10, 1) and spans[0].end.date() == date(2025, 12, 31)
