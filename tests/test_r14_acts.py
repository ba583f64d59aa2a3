"""Readings of acts named in another word class or another phrase (fourteenth round, r14-acts): a
gerund's event noun ('begin erupting' told as 'The eruption started'), an announced noun told by its
verb ('said … that it is winding down operations and would liquidate'), a withdrawal from the stage
the question names ('has withdrawn from Thursday's final individual all-round competition'), a
two-word exclusion that names one thing ('olympic record' is not 'Olympic gold medal … world record'),
and a decision against the act ('IOC decides not to ban …'). Sentences verbatim from the development
corpus; each names its case. Near misses keep their verdicts."""

from resolver.engine import evaluate_market
from resolver.engine.nominals import event_nouns, gerund_object_nouns, noun_verb
from tests.conftest import news_article as article, news_market as market, ts, fired as _fired


# --- word classes ------------------------------------------------------------------------------

def test_event_nouns_and_their_verbs():
    assert event_nouns("erupt") == ("eruption",)
    assert "shipment" in event_nouns("ship")
    assert noun_verb("liquidation") == "liquidate"
    assert noun_verb("approval") == "approve"
    assert noun_verb("nation") is None and noun_verb("station") is None
    assert gerund_object_nouns("erupting", "erupt") == frozenset({"eruption"})
    assert gerund_object_nouns("Mosul", "mosul") == frozenset()


# --- b66-mauna-loa-eruption-by-dec2022-yes ------------------------------------------------------
LOA_Q = "Will Hawaii's Mauna Loa volcano begin erupting by December 31, 2022?"
LOA_C = ("This market will resolve to \"Yes\" if the U.S. Geological Survey reports that an eruption of Mauna Loa began "
         "on or before December 31, 2022. Otherwise, this market will resolve to \"No\".")
LOA = ("Mauna Loa, the world’s largest active volcano, erupted for the first time in nearly four decades on Sunday "
       "night, the U.S. Geological Survey said. The eruption started around 11:30 p.m. local time in Mokuaweoweo, the "
       "summit caldera of Mauna Loa, inside Hawaii Volcanoes National Park. Its last eruption was in 1984.")


def _loa(text):
    m = market(LOA_Q, "2022-12-31T23:59:59-10:00", LOA_C)
    a = article("https://www.washingtonpost.com/nation/2022/11/28/hawaii-volcano-mauna-loa-eruption/",
                "2022-11-28T00:00:00-05:00", "Hawaii volcano Mauna Loa eruption", text)
    return evaluate_market(m, [a], ts("2022-11-29T12:00:00+00:00"))


def test_the_gerunds_event_noun_started_begins_the_act():
    v = _loa(LOA)
    assert v.verdict == "likely-yes"
    assert _fired(v, "confirmation")


def test_an_eruption_expected_to_start_is_no_beginning():
    v = _loa("Scientists said an eruption of Mauna Loa could start within days. The eruption is expected to start "
             "in the summit caldera, the U.S. Geological Survey said.")
    assert v.verdict != "likely-yes"


# --- b74-silvergate-wind-down-by-mar31-2023-yes -------------------------------------------------
SG_Q = "Will Silvergate Capital announce a wind-down or liquidation of Silvergate Bank by March 31, 2023?"
SG_C = ("This market will resolve to \"Yes\" if Silvergate Capital Corporation publicly announces, on or before March "
        "31, 2023, that Silvergate Bank will wind down operations, liquidate, or be placed into receivership. "
        "Discontinuing individual services (such as the Silvergate Exchange Network) does not count. Otherwise, this "
        "market will resolve to \"No\".")
SG = ("San Diego’s Silvergate Bank, which grew fast by catering to cryptocurrency traders, said late Wednesday that it "
      "is winding down operations and would liquidate amid mounting losses, customer defections and regulatory "
      "pressure.")


def _sg(text):
    m = market(SG_Q, "2023-03-31T23:59:59-07:00", SG_C)
    a = article("https://www.sandiegouniontribune.com/business/story/2023-03-08/san-diegos-silvergate-bank-to-close",
                "2023-03-08T00:00:00-08:00", "", text)
    return evaluate_market(m, [a], ts("2023-03-09T12:00:00+00:00"))


def test_the_announced_nouns_verb_after_the_partys_saying_is_the_announcement():
    v = _sg(SG)
    assert v.verdict == "likely-yes"
    assert any("announced act told by its verb" in c.reason for c in _fired(v, "confirmation"))


def test_weighed_hedged_negated_or_anothers_liquidation_is_no_announcement():
    for text in ("Silvergate Bank said on Wednesday that it is considering winding down operations.",
                 "Silvergate Bank said on Wednesday that it could liquidate if losses mount.",
                 "Silvergate Bank said on Wednesday that it would not liquidate.",
                 "Silvergate Bank said on Wednesday that regulators would liquidate the lender.",
                 "Silvergate Bank will announce on Friday whether it would liquidate."):
        assert _sg(text).verdict != "likely-yes", text


# --- b74-biles-tokyo-allaround-final-2021-no ----------------------------------------------------
BILES_Q = "Will Simone Biles compete in the women's individual all-around final at the Tokyo Olympics?"
BILES_C = ("This market will resolve to \"Yes\" if Simone Biles competes in at least one apparatus in the women's "
           "artistic gymnastics individual all-around final at the Tokyo 2020 Olympic Games, held on July 29, 2021. "
           "Participation in other finals does not count. Otherwise, this market will resolve to \"No\".")
BILES = ("Simone Biles has withdrawn from Thursday’s final individual all-round competition at the Tokyo Olympics, USA "
         "Gymnastics has confirmed.")
TEAM = ("The four-time gold medallist gymnast, who shot to superstardom at Rio 2016, pulled out of the gymnastics team "
        "finals on Tuesday, casting doubt over her involvement in the rest of the Games.")


def _biles(text):
    m = market(BILES_Q, "2021-07-29T23:59:59+09:00", BILES_C)
    a = article("https://extra.ie/2021/07/28/sport/sport-extra/simone-biles-withdraws-tokyo-olympics",
                "2021-07-28T00:00:00+01:00", "", text)
    return evaluate_market(m, [a], ts("2021-07-28T12:00:00+00:00"))


def test_a_withdrawal_from_the_stage_the_question_names_calls_the_act_off():
    v = _biles(BILES)
    assert v.verdict == "likely-no"
    assert _fired(v, "ruled_out")


def test_a_withdrawal_from_another_stage_is_not_the_markets():
    assert _biles(TEAM).verdict != "likely-no"
    assert _biles("Simone Biles pulled out of the team final at the Tokyo Olympics on Tuesday.").verdict != "likely-no"


# b62-nadal-plays-wimbledon-2009-no: a unit of play named by the question is no stage of its own
NADAL_Q = "Will Rafael Nadal play a singles match at the 2009 Wimbledon Championships?"


def _nadal(text):
    m = market(NADAL_Q, "2009-07-05T23:59:59+01:00")
    a = article("http://www.semissourian.com/story/1549099.html", "2009-06-20T00:00:00-05:00", "", text)
    return evaluate_market(m, [a], ts("2009-06-21T12:00:00+00:00"))


def test_a_withdrawal_from_the_event_still_reads_when_the_question_names_a_match():
    assert _nadal("WIMBLEDON, England -- Defending champion Rafael Nadal withdrew from Wimbledon on Friday because of "
                  "tendinitis in his knees.").verdict == "likely-no"
    assert _nadal("Rafael Nadal withdrew from Wimbledon before his third-round match on Friday.").verdict != "likely-no"


# --- b66-duplantis-world-record-paris-2024-yes --------------------------------------------------
DUP_Q = "Will Mondo Duplantis break the pole vault world record at the Paris 2024 Olympics?"
DUP_C = ("This market will resolve to \"Yes\" if Armand \"Mondo\" Duplantis clears a height above the existing men's "
         "pole vault world record (6.24 m) during the Paris 2024 Olympic Games. An Olympic record alone does not "
         "count. Otherwise, this market will resolve to \"No\".")
DUP = ("PARIS, France – Sweden’s Mondo Duplantis broke his own pole vault world record when he cleared 6.25 meters at "
       "the third attempt on Monday, August 5, having retained the Olympic gold medal with a 6.00m leap.")


def _dup(text):
    m = market(DUP_Q, "2024-08-11T23:59:59+02:00", DUP_C)
    a = article("https://www.rappler.com/sports/pole-vault-finals-results-mondo-duplantis-paris-olympics-august-5-2024/",
                "2024-08-05T00:00:00+08:00", "Pole vault finals results: Mondo Duplantis, Paris Olympics", text)
    return evaluate_market(m, [a], ts("2024-08-06T12:00:00+00:00"))


def test_an_exclusions_words_in_two_phrases_do_not_name_the_excluded_thing():
    assert _dup(DUP).verdict == "likely-yes"


def test_the_excluded_record_named_together_still_does_not_count():
    v = _dup("Sweden’s Mondo Duplantis broke the pole vault Olympic record when he cleared 6.10 meters on Monday, "
             "August 5.")
    assert v.verdict != "likely-yes"
    assert any("olympic record" in c.reason for c in v.contributions)


# b25-depsang-demchok-disengagement-complete-by-oct31-2024-multi-undet: an event and its verb stay loose
DEP_Q = "Will India and China complete troop disengagement at Depsang and Demchok by October 31, 2024?"
DEP_C = ("This market will resolve to \"Yes\" if Indian or Chinese officials confirm, by October 31, 2024, that "
         "disengagement of troops at both Depsang and Demchok in eastern Ladakh has been completed. The start of "
         "disengagement, or expectations of completion, do not count. Otherwise, this market will resolve to \"No\".")


def test_a_started_event_is_still_the_excluded_start():
    m = market(DEP_Q, "2024-10-31T23:59:59+05:30", DEP_C)
    a = article("https://www.dnaindia.com/india/report-india-china-pull-back-troops", "2024-10-25T00:00:00+05:30", "",
                "Disengagement of troops of India and China has started at two friction points in Demchok and Depsang "
                "Plains in the Eastern Ladakh sector, defence officials said.")
    assert evaluate_market(m, [a], ts("2024-10-26T12:00:00+00:00")).verdict != "likely-yes"


# --- b73-ioc-blanket-ban-russia-rio-2016-no -----------------------------------------------------
IOC_Q = "Will the IOC ban Russia's entire team from the 2016 Rio de Janeiro Olympics by August 5, 2016?"
IOC_C = ("This market will resolve to \"Yes\" if, on or before August 5, 2016, the International Olympic Committee bars "
         "the Russian Olympic Committee or all Russian athletes from competing at the Rio 2016 Olympic Games. Bans "
         "limited to particular sports or individual athletes will not count. Otherwise, this market will resolve to "
         "\"No\".")


def _ioc(title, text=""):
    m = market(IOC_Q, "2016-08-05T23:59:59-03:00", IOC_C)
    a = article("http://www.arkansasonline.com/news/2016/jul/24/ioc-decides-not-ban-entire-russian-team-olympics/",
                "2016-07-24T00:00:00+02:00", title, text)
    return evaluate_market(m, [a], ts("2016-07-25T00:00:00+00:00"))


def test_a_decision_against_the_act_is_the_decision_the_other_way():
    v = _ioc("IOC decides not to ban entire Russian team from Olympics")
    found = _fired(v, "opposite_outcome")
    assert found and found[0].direction == "no"
    assert v.verdict != "likely-yes"


def test_a_decision_against_hedged_or_by_another_party_is_not_read():
    assert not _fired(_ioc("IOC may decide not to ban entire Russian team from Olympics"), "opposite_outcome")
    assert not _fired(_ioc("WADA decided not to ban entire Russian team from Olympics"), "opposite_outcome")
