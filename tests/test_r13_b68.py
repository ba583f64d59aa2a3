"""Batch 68's misses (thirteenth round, r13-b68): a placing below first told by a finishing verb
('had to settle for second', 'coming in third'), a headline's figure its article's lead tells as the
total of several places, a holder surviving a confidence vote (the motion against him defeated), a
bill named 'measure' or 'legislation', and a launch told as 'blasted into orbit'. Sentences verbatim
from the development corpus; each names its case."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if (c.base_rule or c.rule) in rules and c.weight]


# b68-london-marathon-2022-jepkosgei-no
LDN_Q = "Will Joyciline Jepkosgei win the women's race at the 2022 London Marathon?"
LDN_C = ("This market will resolve to \"Yes\" if Joyciline Jepkosgei is the official winner of the elite women's race at "
         "the 2022 London Marathon held on October 2, 2022. Otherwise, this market will resolve to \"No\".")
LDN = ("Yehualaw recovered from a fall to win the women's race. The 23-year-old appeared to trip on a speed bump with six "
       "miles remaining, but recovered to rejoin the leading pack and came home in 2:17:25, the third fastest time at the "
       "event. Defending champion Joyciline Jepkosgei of Kenya had to settle for second.")


def _london(text=LDN):
    m = market(LDN_Q, "2022-10-02T23:59:59+01:00", LDN_C)
    a = article("https://trinidadexpress.com/sports/local/debutant-kipruto-wins-london-marathon/a.html",
                "2022-10-02T00:00:00-04:00", "London Marathon results", text)
    return evaluate_market(m, [a], ts("2022-10-03T12:00:00+00:00"))


def test_settling_for_second_is_no_win():
    v = _london()
    assert v.verdict == "likely-no"
    assert _fired(v, "rival_outcome")


def test_a_past_or_partial_placing_or_a_later_title_is_not_read():
    # must not fire: a placing of a past year or of a heat, a title counted by its ordinal
    for text in ("Joyciline Jepkosgei, who came second last year, lined up again on Sunday.",
                 "Joyciline Jepkosgei finished second in the first heat.",
                 "Joyciline Jepkosgei won her second major title.",
                 "Joyciline Jepkosgei came within a second of the course record."):
        assert not _fired(_london(text), "rival_outcome"), text


# b68-boston-marathon-2022-kipruto-defends-no
BOS_Q = "Will defending champion Benson Kipruto win the men's race at the 2022 Boston Marathon?"
BOS_C = ("This market will resolve to \"Yes\" if Benson Kipruto is the official winner of the elite men's race at the "
         "126th Boston Marathon on April 18, 2022. Otherwise, this market will resolve to \"No\".")
BOS = ("Nairobi — Evans Chebet won his first ever major marathon title, clinching victory in a time of 2hrs, 6mins and "
       "51secs, with Lawrence Cherono coming in second and defending champion Benson Kipruto coming in third.")


def test_coming_in_third_is_no_win():
    m = market(BOS_Q, "2022-04-18T23:59:59-04:00", BOS_C)
    a = article("https://allafrica.com/stories/202204190081.html", "2022-04-19T00:00:00+03:00",
                "allafrica stories 202204190081", BOS)
    v = evaluate_market(m, [a], ts("2022-04-19T12:00:00+00:00"))
    assert v.verdict == "likely-no"


# b68-el-salvador-quake-toll-600-jan2001-undet
SAL_Q = ("Will the number of people confirmed dead in El Salvador from the January 13, 2001 earthquake reach 600 by "
         "January 31, 2001?")
SAL_C = ("This market will resolve to \"Yes\" if Salvadoran authorities report 600 or more deaths inside El Salvador from "
         "the magnitude 7.6 earthquake of January 13, 2001, on or before January 31, 2001. Deaths in other countries do "
         "not count. Otherwise, this market will resolve to \"No\".")
SAL_LEAD = ("SANTA TECLA, El Salvador -- The death toll rose to 600 on Monday in an earthquake that sparked landslides "
            "across El Salvador and Central America, roaring through villages and destroying countless homes.")
SAL_REST = ("\n\nAs information came in from the countryside, where hundreds of communities remained isolated without "
            "communications, police said 594 bodies had been counted in El Salvador. At least six more people died in "
            "Guatemala.")


def _salvador(lead=SAL_LEAD):
    m = market(SAL_Q, "2001-01-31T23:59:59-06:00", SAL_C)
    a = article("http://staugustine.com/stories/011601/wor_0116010010.shtml", "2001-01-16T00:00:00-05:00",
                "Quake death toll climbs to 600", lead + SAL_REST)
    return evaluate_market(m, [a], ts("2001-01-16T12:00:00+00:00"))


def test_a_headline_figure_its_lead_tells_for_several_places_is_not_the_markets():
    v = _salvador()
    assert v.verdict == "undetermined"
    assert any("together" in c.reason and c.sentence == "Quake death toll climbs to 600" for c in v.contributions)


def test_a_headline_figure_its_lead_tells_for_the_markets_place_still_counts():
    # must not fire: the lead gives the figure for El Salvador alone
    v = _salvador("SANTA TECLA, El Salvador -- The death toll in El Salvador rose to 600 on Monday, police said.")
    assert v.verdict == "likely-yes"


# b68-thai-abhisit-no-confidence-mar2011-survives-no
THAI_Q = ("Will Thailand's House of Representatives pass a no-confidence motion against Prime Minister Abhisit "
          "Vejjajiva by March 31, 2011?")
THAI_C = ("This market will resolve to \"Yes\" if a motion of no confidence against Prime Minister Abhisit Vejjajiva is "
          "passed by Thailand's House of Representatives on or before March 31, 2011. Otherwise, this market will "
          "resolve to \"No\".")
THAI = ("Thai prime minister Abhisit Vejjajiva narrowly survived a parliamentary no-confidence vote on Saturday, ensuring "
        "his government remains in office in the run-up to what is likely to be a close election.")


def _thai(text=THAI, deadline="2011-03-31T23:59:59+07:00"):
    m = market(THAI_Q, deadline, THAI_C)
    a = article("http://www.abc.net.au/news/2011-03-19/thai-pm-survives-no-confidence-vote/2650734",
                "2011-03-19T00:00:00+11:00", "Thai PM survives no-confidence vote", text)
    return evaluate_market(m, [a], ts("2011-03-20T00:00:00+00:00"))


def test_a_holder_surviving_the_vote_is_the_motion_defeated():
    v = _thai()
    assert v.verdict == "likely-no"
    assert _fired(v, "opposite_outcome")


def test_a_survival_hedged_or_with_another_motion_to_come_does_not_decide():
    # must not decide: a survival foreseen, one not told, or one with another motion still pending
    for text in ("Thai prime minister Abhisit Vejjajiva is expected to survive a parliamentary no-confidence vote on "
                 "Saturday.",
                 "Thai prime minister Abhisit Vejjajiva did not survive a parliamentary no-confidence vote on Saturday.",
                 THAI + " The opposition has also filed a separate no-confidence motion, with voting expected next week."):
        assert _thai(text).verdict != "likely-no", text


def test_a_survival_long_before_the_deadline_is_a_setback():
    # must not decide: months remain for another motion
    assert _thai(deadline="2011-09-30T23:59:59+07:00").verdict != "likely-no"


# b68-gregoire-signs-wasl-extension-may2007-yes
GREG_Q = ("Will Washington Governor Chris Gregoire sign a bill delaying the WASL math and science graduation "
          "requirements by May 15, 2007?")
GREG_C = ("This market will resolve to \"Yes\" if Governor Chris Gregoire signs into law, in whole or in part, legislation "
          "extending the deadline for Washington students to meet state math and science standards for high school "
          "graduation, on or before May 15, 2007. Otherwise, this market will resolve to \"No\".")
GREG = ("OLYMPIA - Governor Chris Gregoire today signed into law a measure that will extend the date to 2013 by which "
        "students must meet the state math and science standards for high school graduation.")


def _gregoire(text=GREG, title="Governor news"):
    m = market(GREG_Q, "2007-05-15T23:59:59-07:00", GREG_C)
    a = article("https://www.digitalarchives.wa.gov/GovernorGregoire/news/news-view.asp?pressRelease=573",
                "2007-05-08T00:00:00-07:00", title, text)
    return evaluate_market(m, [a], ts("2007-05-09T00:00:00+00:00"))


def test_a_measure_signed_into_law_is_the_bill_signed():
    v = _gregoire()
    assert v.verdict == "likely-yes"
    assert _fired(v, "confirmation")


def test_a_measure_not_signed_is_not_read():
    # must not fire: a signing still to come, or refused
    for text in ("OLYMPIA - Governor Chris Gregoire is expected to sign a measure that will extend the date to 2013.",
                 "OLYMPIA - Governor Chris Gregoire refused to sign a measure that would extend the date to 2013."):
        assert _gregoire(text).verdict != "likely-yes", text


# b68-sts103-discovery-hubble-launch-by-dec31-1999-yes
STS_Q = "Will Space Shuttle Discovery launch on the STS-103 Hubble servicing mission by December 31, 1999?"
STS_C = ("This market will resolve to \"Yes\" if Space Shuttle Discovery lifts off on mission STS-103 to service the "
         "Hubble Space Telescope on or before December 31, 1999 (Eastern Time). Otherwise, this market will resolve to "
         "\"No\".")
STS = ("CAPE CANAVERAL -- After an unprecedented nine delays, space shuttle Discovery blasted into orbit Sunday night to "
       "put the Hubble Space Telescope back in working order.")


def _sts(text=STS):
    m = market(STS_Q, "1999-12-31T23:59:59-05:00", STS_C)
    a = article("https://www.theledger.com/story/news/1999/12/20/after-nine-delays-shuttle-takes/8094487007/",
                "1999-12-20T00:00:00-05:00", "After nine delays, shuttle takes to the heavens", text)
    return evaluate_market(m, [a], ts("1999-12-20T12:00:00+00:00"))


def test_blasting_into_orbit_is_the_launch():
    v = _sts()
    assert v.verdict == "likely-yes"
    assert _fired(v, "confirmation")


def test_a_blast_into_orbit_to_come_is_not_read():
    # must not fire: a launch planned or hoped for
    for text in ("CAPE CANAVERAL -- Space shuttle Discovery is scheduled to blast into orbit next Thursday night.",
                 "CAPE CANAVERAL -- Space shuttle Discovery could blast into orbit Sunday night if the weather holds."):
        assert _sts(text).verdict != "likely-yes", text
