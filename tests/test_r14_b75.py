"""Batch 75's undetermined misses, fourteenth round (r14-b75): a resignation reported done entails its
tendering (frames.json entailments 'submit resignation'); a period named by its months ('January-March',
month_ranges.py); 'last night' dates its clause (timex); another person named to the holder's office,
the holder named only as the one replaced (named_successors.py); a rejection the criteria resolve No on
is not revisable (criteria_outcomes.py); victory conceded to a named side (acknowledged_wins); a place
named with its kind as a defeat's object (place_appositives.py). Sentences verbatim from the development
corpus; each names its case. Near-misses keep their verdict."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts


def _rules(v, rule):
    return [c for c in v.contributions if (c.base_rule or c.rule) == rule and c.weight]


# b75-monti-formally-resigns-by-2012-multi-yes
MONTI_Q = "Will Mario Monti formally submit his resignation as Italian Prime Minister by December 31, 2012?"
MONTI = ("Italian Prime Minister Mario Monti resigned as promised on Friday (21 December) after the Italian "
         "parliament adopted the 2013 budget.")


def _monti(text, question=MONTI_Q):
    m = market(question, "2012-12-31T23:59:59+01:00")
    a = article("https://euobserver.com/eu-political/ar313a52d6", "2012-12-21T00:00:00+01:00", "", text)
    return evaluate_market(m, [a], ts("2012-12-22T12:00:00+00:00"))


def test_a_resignation_done_entails_its_submission():
    assert _monti(MONTI).verdict == "likely-yes"


def test_a_resignation_to_come_or_another_act_is_not_a_submission():
    for text in ("Italian Prime Minister Mario Monti will resign as soon as budget passed, a statement said.",
                 "Italian Prime Minister Mario Monti intends to resign after parliament passes the budget law."):
        assert _monti(text).verdict != "likely-yes", text
    # the entailment is keyed by its object: a report submitted is no resignation
    assert _monti("Italian Prime Minister Mario Monti resigned on Friday.",
                  "Will Mario Monti submit his report to parliament by December 31, 2012?").verdict != "likely-yes"


# b75-india-gdp-jan-mar-2012-below-6pct-yes
GDP_Q = "Will India's year-on-year GDP growth for January-March 2012 come in below 6.0%?"
GDP = ("May 31 India's annual economic growth slumped in January-March to a nine-year low of 5.3 percent as the "
       "manufacturing sector contracted and a fall in the rupee to a record trough suggests the economy remains under "
       "pressure in the current quarter.")


def _gdp(text):
    m = market(GDP_Q, "2012-05-31T23:59:59+05:30")
    a = article("http://in.reuters.com/article/india-economy-gdp-idINL4E8GS26820120531", "2012-05-31T00:00:00+05:30",
                "", text)
    return evaluate_market(m, [a], ts("2012-06-01T00:00:00+00:00"))


def test_a_period_named_by_its_months_is_the_markets():
    assert _gdp(GDP).verdict == "likely-yes"


def test_another_month_range_or_a_lone_month_is_another_period():
    for text in (GDP.replace("January-March", "October-December"), GDP.replace("January-March", "March")):
        assert _gdp(text).verdict != "likely-yes", text


# b75-aol-time-warner-close-by-2000-multi-no
AOL_Q = "Will America Online complete its merger with Time Warner by December 31, 2000?"
AOL = ("America Online Inc. completed its $106 billion purchase of Time Warner Inc. last night, a union that joins the "
       "world's largest Internet and media companies.")


def _aol(published):
    m = market(AOL_Q, "2000-12-31T23:59:59-05:00")
    a = article("https://www.washingtontimes.com/news/2001/jan/12/20010112-020704-2095r/", published, "", AOL)
    return evaluate_market(m, [a], ts("2001-01-13T00:00:00+00:00"))


def test_last_night_dates_a_completion_after_the_deadline():
    assert _aol("2001-01-12T00:00:00-05:00").verdict == "likely-no"


def test_last_night_in_a_report_of_the_day_after_the_deadline_is_the_deadlines_evening():
    # must not fire: 'last night' of January 1 is December 31, inside the window
    assert _aol("2001-01-01T08:00:00-05:00").verdict != "likely-no"


# b75-apotheker-hp-ceo-through-oct2011-multi-stays-no
HP_Q = "Will Léo Apotheker remain CEO of Hewlett-Packard through October 31, 2011?"
HP = ("SAN FRANCISCO -- Hewlett-Packard on Thursday named Meg Whitman CEO, ending the disastrous 10-month run of Leo "
      "Apotheker.")


def _hp(text, title=""):
    m = market(HP_Q, "2011-10-31T23:59:59-07:00")
    a = article("https://abcnews.go.com/Technology/hp-replaces-leo-apotheker-meg-whitman-ceo/story?id=14586600",
                "2011-09-22T20:53:00-04:00", title, text)
    return evaluate_market(m, [a], ts("2011-09-23T12:00:00+00:00"))


def test_another_person_named_to_the_office_ends_the_holders_tenure():
    assert _rules(_hp(HP), "state_ended")
    # with the headline, two sentences tell the end: past the weak-reading gate
    assert _hp(HP, "HP replaces Leo Apotheker with Meg Whitman as new CEO").verdict == "likely-no"


def test_the_holder_named_to_it_or_another_office_is_no_ending():
    for text in ("SAN FRANCISCO -- Hewlett-Packard on Thursday named Leo Apotheker CEO, ending a long search.",
                 "SAN FRANCISCO -- Hewlett-Packard on Thursday named Meg Whitman CEO of its services unit.",
                 "SAN FRANCISCO -- Hewlett-Packard on Thursday named Meg Whitman deputy CEO, alongside Leo Apotheker.",
                 "SAN FRANCISCO -- Hewlett-Packard will name Meg Whitman CEO, ending the run of Leo Apotheker."):
        assert not _rules(_hp(text), "state_ended"), text


# b75-peru-congress-accepts-fujimori-resignation-2000-multi-no
PERU_Q = "Will Peru's Congress accept Alberto Fujimori's resignation as president by November 30, 2000?"
PERU_C = ("This market will resolve to \"Yes\" if Peru's Congress votes to accept the resignation submitted by President "
          "Alberto Fujimori on or before November 30, 2000. If Congress instead rejects the resignation or removes him "
          "by another procedure, this market will resolve to \"No\".")
PERU = ("After a marathon debate that became an outpouring of accumulated rage and political grudges, Peru’s Congress "
        "on Tuesday rejected President Alberto Fujimori’s resignation and instead ousted him on the grounds that he is "
        "morally unfit to hold office.")


def _peru(criteria):
    m = market(PERU_Q, "2000-11-30T23:59:59-05:00", criteria)
    a = article("https://www.latimes.com/archives/la-xpm-2000-nov-22-mn-55679-story.html", "2000-11-22T00:00:00-08:00",
                "", PERU)
    return evaluate_market(m, [a], ts("2000-11-23T00:00:00+00:00"))


def test_a_rejection_the_criteria_resolve_no_on_settles_it():
    assert _peru(PERU_C).verdict == "likely-no"


def test_a_rejection_the_criteria_do_not_name_could_be_revisited():
    # must not fire: criteria silent on a rejection, or naming it negated
    assert _peru(PERU_C.split(" If Congress")[0]).verdict != "likely-no"
    assert _peru(PERU_C.replace("instead rejects the resignation or removes him by another procedure",
                                "does not reject the resignation by then")).verdict != "likely-no"


# b75-fox-wins-mexico-2000-multi-yes
FOX_Q = "Will Vicente Fox win Mexico's July 2, 2000 presidential election?"
FOX = ("The PRI conceded victory to Vicente Fox, a former Coca-Cola executive who heads a movement dedicated to the sole "
       "task of kicking the ruling party out.")


def _fox(text):
    m = market(FOX_Q, "2000-07-31T23:59:59-05:00")
    a = article("https://www.theguardian.com/world/2000/jul/04/mexico", "2000-07-04T00:00:00+01:00", "", text)
    return evaluate_market(m, [a], ts("2000-07-05T00:00:00+00:00"))


def test_victory_conceded_to_the_candidate_is_his_win():
    assert _fox(FOX).verdict == "likely-yes"


def test_victory_conceded_to_another_or_not_conceded_is_not_his_win():
    for text in ("The PRI conceded victory to Francisco Labastida, its own candidate.",
                 "The PRI refused to concede victory to Vicente Fox on Monday.",
                 "The PRI has yet to concede victory to Vicente Fox."):
        assert _fox(text).verdict != "likely-yes", text


# b75-pyeongchang-hosts-2014-winter-games-no
OLY_Q = "Will Pyeongchang be selected to host the 2014 Winter Olympic Games?"
OLY = ("Sochi defeated the South Korean city of Pyeongchang 51-47 in the final round of voting by the International "
       "Olympic Committee.")


def _oly(text):
    m = market(OLY_Q, "2007-07-05T23:59:59-06:00")
    a = article("https://staging.mercurynews.com/2007/07/04/russian-resort-city-wins-2014-winter-olympics",
                "2007-07-04T00:00:00-07:00", "", text)
    return evaluate_market(m, [a], ts("2007-07-06T00:00:00+00:00"))


def test_a_place_named_with_its_kind_is_the_defeats_object():
    assert _oly(OLY).verdict == "likely-no"


def test_another_place_of_that_kind_is_not_the_candidate():
    for text in ("Sochi defeated the South Korean city of Busan 51-47 in the final round of voting.",
                 "Pyeongchang defeated the Austrian resort of Salzburg in the first round of voting."):
        assert _oly(text).verdict != "likely-no", text
