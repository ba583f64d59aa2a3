"""Readings of batch 67's misses (thirteenth round, r13-b67): an act noun heading its sentence's
subject, dated before the article ('The successful December 14 touchdown makes China …'); a court's
ruling to remove the holder, a dismissal by a named body, an office written as initials ('PM removed
from office'); a contracted 'will' ('Hints He'll Resign'); a name written closed ('Airberlin'); 'go
into' for 'enter' ('has gone into liquidation'); the actor closed for a market on its operations
('Bali airport closed'). Sentences verbatim from the development corpus; each names its case."""

from resolver.engine import evaluate_market
from resolver.engine.text import article_sentences
from resolver.engine import mentions
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if (c.base_rule or c.rule) in rules and c.weight]


# b67-change3-moon-landing-dec2013-yes
MOON_Q = "Will China's Chang'e-3 probe soft-land on the Moon by December 15, 2013?"
MOON_C = ("This market will resolve to \"Yes\" if China's Chang'e-3 lunar lander successfully soft-lands on the surface "
          "of the Moon on or before December 15, 2013 (Beijing time), as reported by Chinese authorities or credible "
          "media. Otherwise, this market will resolve to \"No\".")
MOON = ("The unmanned Chang’e-3 lunar lander and Yutu rover have made it to the surface of the moon.\n\n"
        "The successful December 14 touchdown makes China the third country to put a craft on the moon and the first "
        "to do so since 1976.")


def _moon(text=MOON, title="China’s Chang’e-3 craft lands on the moon"):
    m = market(MOON_Q, "2013-12-15T23:59:59+08:00", MOON_C)
    a = article("https://www.sciencenews.org/print/187817", "2013-12-16T09:41:00-05:00", title, text)
    return evaluate_market(m, [a], ts("2013-12-16T18:00:00+00:00"))


def test_a_dated_act_noun_heading_the_subject_is_done():
    v = _moon()
    assert v.verdict == "likely-yes"
    assert _fired(v, "confirmation")


def test_an_act_noun_planned_hedged_or_undated_as_subject_is_not_done():
    # must not fire: a plan's modifier, an indefinite hypothetical, a pushed-back or failed attempt
    for text in ("A successful December 14 touchdown would make China the third country to put a craft on the moon.",
                 "The planned December 14 touchdown makes China the third country to put a craft on the moon.",
                 "The December 14 touchdown was postponed, officials said.",
                 "The December 14 touchdown did not happen.",
                 "The December 14 landing attempt failed.",
                 "The December 14 touchdown was called off."):
        assert _moon(text, title="Chang'e-3 news").verdict != "likely-yes", text


# b67-yingluck-remain-pm-may2014-no
PM_Q = ("Will Yingluck Shinawatra remain Prime Minister of Thailand, including in a caretaker capacity, through May 31, "
        "2014?")
PM_C = ("This market will resolve to \"Yes\" if Yingluck Shinawatra continuously holds the office of Prime Minister of "
        "Thailand, including as caretaker Prime Minister, from market creation through May 31, 2014. If she is removed, "
        "resigns or otherwise ceases to hold the office before that date, this market will resolve to \"No\".")
PM = ("BANGKOK, 7 May 2014 – The Constitutional Court has unanimously ruled to remove Prime Minister Yingluck Shinawatra "
      "from her office after she was found guilty of illegally transferring the National Security Council (NSC) chief "
      "Thawin Pliensri.\nThe court delivered a verdict to remove Ms. Yingluck and nine other ministers who approved the "
      "transfer of Mr. Thawin of having abused their power. As a result, all ten of them were removed from their posts.")


def _pm(text=PM, title="Constitutional Court: PM removed from office"):
    m = market(PM_Q, "2014-05-31T23:59:59+07:00", PM_C)
    a = article("https://pattayamail.com/thailandnews/constitutional-court-pm-removed-from-office-37397",
                "2014-05-07T00:00:00+07:00", title, text)
    return evaluate_market(m, [a], ts("2014-05-08T12:00:00+00:00"))


def test_a_courts_ruling_to_remove_and_the_office_initials_end_the_state():
    v = _pm()
    assert v.verdict == "likely-no"
    assert len(_fired(v, "state_ended")) == 2


def test_a_named_body_removing_the_holder_is_the_state_ended():
    v = _pm("The Constitutional Court removed Prime Minister Yingluck Shinawatra from office on Wednesday.", "Thai news")
    assert _fired(v, "state_ended")


def test_a_ruling_still_to_come_or_a_clock_time_does_not_end_the_state():
    # must not fire: a ruling that may come, a negated one, 'PM' of a clock time
    for text, title in (("The Constitutional Court could rule to remove Prime Minister Yingluck Shinawatra next week.", "Thai news"),
                        ("The Constitutional Court has not ruled to remove Prime Minister Yingluck Shinawatra.", "Thai news"),
                        ("Prime Minister Yingluck Shinawatra will address the nation.", "Court to rule at 3 PM removed from schedule")):
        assert not _fired(_pm(text, title), "state_ended"), text


def test_a_contracted_will_is_future():
    # b64-kan-leaves-office-by-jul2011-und: "Japan's PM Beats Censure, Hints He'll Resign"
    sent = next(s for s in article_sentences("Japan's PM Beats Censure, Hints He'll Resign", "Body.") if s.headline)
    resign = next(m for m in mentions.read(sent) if m.predicate == "resign")
    assert resign.aspect == "future"


# b67-air-berlin-insolvency-aug2017-yes
AB_Q = "Will Air Berlin file for insolvency by August 31, 2017?"
AB_C = ("This market will resolve to \"Yes\" if Air Berlin PLC (airberlin) files an application to open insolvency "
        "proceedings (including self-administration) with a German court on or before August 31, 2017. Otherwise, this "
        "market will resolve to \"No\".")
AB = ("Airberlin has vowed to continue operations after filing for insolvency. The ailing German carrier, which posted "
      "a €782m loss last year, confirmed on August 15 it had filed to commence proceedings under self-administration at "
      "the Berlin-Charlottenburg District Court as it continues to push ahead with its restructuring programme.")


def _ab(text=AB):
    m = market(AB_Q, "2017-08-31T23:59:59+02:00", AB_C)
    a = article("http://www.airlinerworld.com/2017/08/airberlin-flies-on/", "2017-08-16T00:00:00+01:00",
                "airberlin flies on", text)
    return evaluate_market(m, [a], ts("2017-08-17T12:00:00+00:00"))


def test_a_name_written_closed_is_the_actor():
    v = _ab()
    assert v.verdict == "likely-yes"
    assert _fired(v, "confirmation")


def test_a_name_written_closed_with_a_plan_does_not_confirm():
    # must not fire: a filing that may come
    assert _ab("Airberlin may file for insolvency next week, people familiar said.").verdict != "likely-yes"


# b67-carillion-liquidation-jan2018-yes
CA_Q = "Will Carillion plc enter liquidation or administration by January 31, 2018?"
CA_C = ("This market will resolve to \"Yes\" if UK construction and services group Carillion plc enters compulsory "
        "liquidation, administration or another formal insolvency procedure on or before January 31, 2018. Otherwise, "
        "this market will resolve to \"No\".")
CA = ("UK construction giant, Carillion, has gone into liquidation after a breakdown in talks between the company, the "
      "government and lenders broke down.")


def _ca(text=CA):
    m = market(CA_Q, "2018-01-31T23:59:59+00:00", CA_C)
    a = article("https://theinvestmentobserver.co.uk/companies/2018/01/15/construction-giant-carillion-collapses",
                "2018-01-15T00:00:00+00:00", "Construction giant Carillion collapses", text)
    return evaluate_market(m, [a], ts("2018-01-16T12:00:00+00:00"))


def test_gone_into_liquidation_is_entering_it():
    v = _ca()
    assert v.verdict == "likely-yes"
    assert _fired(v, "confirmation")


def test_go_into_hedged_negated_or_of_another_thing_does_not_confirm():
    # must not fire
    for text in ("Carillion could go into liquidation this week.",
                 "Carillion is set to go into administration.",
                 "Carillion has not gone into liquidation, the company said.",
                 "Carillion went into detail about its debts.",
                 "Carillion will go into liquidation if talks fail."):
        assert _ca(text).verdict != "likely-yes", text


# b67-bali-airport-closed-agung-nov2017-yes
BALI_Q = "Will Bali's Ngurah Rai International Airport suspend operations because of Mount Agung volcanic ash by November 30, 2017?"
BALI_C = ("This market will resolve to \"Yes\" if Indonesian authorities close or suspend operations at I Gusti Ngurah Rai "
          "International Airport in Bali due to volcanic ash from Mount Agung at any time between market creation and "
          "November 30, 2017. Otherwise, this market will resolve to \"No\".")
BALI = ("In a separate tweet, Sutopo added that the international airport at Bali has been closed from 7am, Monday until "
        "7am on Tuesday.\n\"The closure of the airport is linked to the eruption of Mount Agung,\" he said.")


def _bali(text=BALI, title="Mount Agung news"):
    m = market(BALI_Q, "2017-11-30T23:59:59+08:00", BALI_C)
    a = article("http://www.channelnewsasia.com/news/asiapacific/mount-agung-bali-airport-closed-9443114",
                "2017-11-27T00:00:00+08:00", title, text)
    return evaluate_market(m, [a], ts("2017-11-27T12:00:00+00:00"))


def test_the_actor_closed_is_its_operations_suspended():
    v = _bali()
    assert v.verdict == "likely-yes"
    assert _fired(v, "confirmation")
    v = _bali("The alert was raised to level four.", "Mount Agung: Bali airport closed as Indonesia raises alert status to highest level")
    assert _fired(v, "confirmation")


def test_another_place_closed_or_a_closure_to_come_is_not_the_act():
    # must not fire: another place under the same name, a closure that may come, a negated one
    for text in ("Bali hotels closed on Monday as the volcano erupted.",
                 "Bali airport could be closed if the ash cloud spreads.",
                 "Bali airport remains open despite the eruption.",
                 "Authorities have not closed the airport in Bali."):
        assert _bali(text).verdict != "likely-yes", text
