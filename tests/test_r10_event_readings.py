"""Tenth round: acts the engine left unread in batches 47-48, each read at its cause on the corpus
sentences verbatim (each test names its case): a capitalised hedge word that is a name ('UAE's Hope
probe'), a candidate's exit told as under way ('says he is pulling out of … run-off', with the
subject behind an opening possessor), and a negated modal whose subject is the market's object but
whose verb is another act ('Ben Ali "cannot fulfill his duties"'). Each reading has must-not-fire
cases from other corpus sentences."""

from resolver.engine import evaluate_market
from resolver.engine.analysis import SentenceFacts
from resolver.engine.hedges import hedge_cue, in_actor_name
from resolver.engine.text import make_sentence
from tests.conftest import decided, news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if c.rule == rule and c.weight]


# b47-hope-probe-mars-orbit-by-feb10-2021-yes
HOPE_Q = "Will the UAE's Hope probe successfully enter orbit around Mars by February 10, 2021?"
HOPE_C = ("This market will resolve to \"Yes\" if the Emirates Mars Mission's Hope probe completes its Mars orbit insertion "
          "and is confirmed in orbit around Mars between February 1, 2021 and February 10, 2021, 11:59 PM UAE time. "
          "Otherwise, this market will resolve to \"No\".")
HOPE_TITLE = "UAE's Hope probe successfully enters Mars orbit"
HOPE_BODY = ("Dubai, (APP - UrduPoint / Pakistan Point News - 9th Feb, 2021 ):The United Arab Emirates' \"Hope\" probe on "
             "Monday successfully entered Mars' orbit, mission officials said, becoming the first Arab country to reach "
             "the Red Planet.")


def test_a_hedge_word_in_the_actors_name_is_a_name():
    m = market(HOPE_Q, "2021-02-10T23:59:59+04:00", HOPE_C)
    a = article("https://www.urdupoint.com/en/world/uaes-hope-probe-successfully-enters-mars-1163967.html",
                "2021-02-10T00:00:00+05:00", HOPE_TITLE, HOPE_BODY)
    v = evaluate_market(m, [a], ts("2021-02-10T12:00:00+04:00"))
    assert v.verdict == "likely-yes"
    assert not any("'Hope'" in c.reason for c in v.contributions)


def _facts(text, actors, headline=False):
    return SentenceFacts(sent=make_sentence(text, 0 if headline else 1, headline), article=None, actors=actors)


def test_a_quoted_capitalised_hedge_word_is_a_name():
    f = _facts(HOPE_BODY, ["UAE's Hope"])
    k = next(i for i, t in enumerate(f.sent.tokens) if t.text == "Hope")
    assert in_actor_name(f, k)


def test_a_capitalised_hedge_word_outside_a_name_still_hedges():
    # must not fire: b36-galaxy-z-fold7-flip7-korea-preorders-record-undet (headline)
    title = "Samsung May Shatter Pre‑Order Records with Z Fold 7 and Flip 7 in South Korea"
    f = _facts(title, ["Samsung"], headline=True)
    k = next(i for i, t in enumerate(f.sent.tokens) if t.text == "Shatter")
    assert hedge_cue(f, k) == "May"
    # b46-jeanne-landfall-cat3-florida-2004-undet (headline)
    f = _facts("Hurricane Jeanne Heading Toward Florida, Could Be Category 4", ["Hurricane Jeanne", "Florida"], headline=True)
    k = next(i for i, t in enumerate(f.sent.tokens) if t.text == "Category")
    assert hedge_cue(f, k) == "Could"


# b48-zimbabwe-2008-runoff-tsvangirai-wins-multi-no
ZIM_Q = "Will Morgan Tsvangirai win Zimbabwe's June 27, 2008 presidential runoff?"
ZIM_C = ("This market will resolve to \"Yes\" if Morgan Tsvangirai is officially declared the winner of Zimbabwe's "
         "presidential runoff election scheduled for June 27, 2008. If Robert Mugabe is declared the winner, or Tsvangirai "
         "does not contest the runoff, this market will resolve to \"No\".")
ZIM = ("Zimbabwe's opposition leader Morgan Tsvangirai says he is pulling out of Friday's presidential run-off, handing "
       "victory to President Robert Mugabe.")


def _zim(question, text):
    m = market(question, "2008-07-15T23:59:59+02:00", ZIM_C)
    a = article("http://news.bbc.co.uk/2/hi/africa/7467990.stm", "2008-06-22T17:10:00+00:00", "", text)
    return evaluate_market(m, [a], ts("2008-06-25T12:00:00+02:00"))


def test_a_candidate_pulling_out_of_the_runoff_cannot_win_it():
    v = _zim(ZIM_Q, ZIM)
    assert decided(v) == "likely-no"
    assert any("pulling out of" in c.reason for c in _fired(v, "opposite_outcome"))


def test_the_exit_is_read_only_for_its_subject():
    # must not fire: the rival's market ('handing victory to President Robert Mugabe' is no exit of his)
    v = _zim("Will Robert Mugabe win Zimbabwe's June 27, 2008 presidential runoff?", ZIM)
    assert not _fired(v, "opposite_outcome")


def test_a_party_pulling_out_of_a_race_is_no_candidate_exit():
    # must not fire: b09-novo-wins-metsera-no (verbatim), read for a market whose candidate is not its subject
    v = _zim(ZIM_Q, "Novo, known for its popular weight-loss drugs Wegovy and Ozempic, pulled out of the race after "
                    "Pfizer matched its latest offer.")
    assert not _fired(v, "opposite_outcome")


# b48-ben-ali-ceases-president-by-jan31-2011-multi-yes
BEN_Q = "Will Zine El Abidine Ben Ali cease to be President of Tunisia by January 31, 2011?"
BEN_C = ("This market will resolve to \"Yes\" if Zine El Abidine Ben Ali resigns, flees, is removed, or otherwise stops "
         "exercising the office of President of Tunisia (with another person assuming presidential powers) between "
         "January 1, 2011 and January 31, 2011, 11:59 PM Tunis time. A promise to leave at a later date does not count. "
         "Otherwise, this market will resolve to \"No\".")
BEN = "Ghannouchi said President Zine El Abidine Ben Ali \"cannot fulfill his duties,\" CNN reported."


def test_a_negated_modal_of_another_verb_of_the_object_rules_nothing_out():
    m = market(BEN_Q, "2011-01-31T23:59:59+01:00", BEN_C)
    a = article("https://www.upi.com/Top_News/World-News/2011/01/14/Ben-Ali-leaves-Tunisia-replaced-by-PM/94771295010029/",
                "2011-01-14T00:00:00+01:00", "", BEN)
    v = evaluate_market(m, [a], ts("2011-01-15T12:00:00+00:00"))
    assert not _fired(v, "ruled_out")


def test_a_negated_modal_of_the_act_still_rules_it_out():
    # must not fire: b03-armenia-azerbaijan-treaty-signed-aug-undet (the verb is the act)
    m = market("Will Armenia and Azerbaijan sign a peace treaty by August 31, 2025?", "2025-08-31T23:59:59+04:00")
    a = article("https://armenia.news-pravda.com/en/world/2025/08/05/16337.html", "2025-08-05T00:00:00+04:00", "",
                "The leaders of Armenia and Azerbaijan will not sign a peace treaty in Washington, but a memorandum on "
                "striving for peace, Middle East Eye reports, citing its sources.")
    v = evaluate_market(m, [a], ts("2025-08-08T06:00:00+00:00"))
    assert _fired(v, "ruled_out")


# b47-bootleg-fire-containment-80pct-by-aug1-2021-multi-yes
FIRE_Q = "Will the Bootleg Fire in Oregon be at least 80% contained by August 1, 2021?"
FIRE_C = ("This market will resolve to \"Yes\" if officials report containment of the Bootleg Fire in southern Oregon at "
          "80% or higher at any time on or before August 1, 2021, 11:59 PM Pacific Time. Otherwise, this market will "
          "resolve to \"No\".")


def test_a_level_told_with_the_copula_and_up_to_is_reached():
    m = market(FIRE_Q, "2021-08-01T23:59:59-07:00", FIRE_C)
    a = article("https://www.wsls.com/news/2021/08/02/evacuations-lifted-as-progress-made-against-fires-in-us-west/",
                "2021-08-02T00:00:00-04:00", "Evacuations lifted as progress made against fires in US West",
                "Containment of the Bootleg Fire in remote southern Oregon was up to 84% late Sunday. It was 56% contained "
                "a day earlier.")
    v = evaluate_market(m, [a], ts("2021-08-02T12:00:00-04:00"))
    assert v.verdict == "likely-yes"
    assert any("84%" in c.reason for c in _fired(v, "threshold_crossed"))


def test_up_to_with_no_copula_is_still_a_bound():
    from resolver.engine.rules.threshold_figures import _LEVEL
    assert _LEVEL.search("Containment of the Bootleg Fire in remote southern Oregon was up to ")
    # must not fire: b08-do-kwon-sentence-over-12-years-asof-plea-undet, b09-klarna-first-day-close-50-no,
    # b12-shanshan-landfall-japan-by-aug31-2024-yes (the words before each figure, verbatim)
    assert not _LEVEL.search("He faces up to ")
    assert not _LEVEL.search("The company’s shares, which experienced a surge of up to ")
    assert not _LEVEL.search("The typhoon made landfall near Satsumasendai in southern Kyushu, with up to ")


# b48-juno-jupiter-orbit-by-jul10-2016-multi-yes
JUNO_Q = "Will NASA's Juno spacecraft be in orbit around Jupiter by July 10, 2016?"
JUNO_C = ("This market will resolve to \"Yes\" if NASA confirms that the Juno spacecraft successfully completed its Jupiter "
          "orbit insertion and is orbiting Jupiter by July 10, 2016, 11:59 PM Pacific time. A scheduled or attempted burn "
          "without confirmed capture does not count. Otherwise, this market will resolve to \"No\".")


def test_be_in_orbit_asks_for_entering_orbit():
    from resolver.engine.derive import derive_target
    assert derive_target(market(JUNO_Q, "2016-07-10T23:59:59-07:00", JUNO_C)).act == "enter-orbit"
    # must not: the copula before a participle keeps its own phrase (b33-estonia-michal-sworn-in-by-jul31-2024-yes)
    sworn = derive_target(market("Will Kristen Michal be sworn in as Prime Minister of Estonia by July 31, 2024?",
                                 "2024-07-31T23:59:59+03:00"))
    assert sworn.act != "enter-orbit"


def test_a_craft_looping_into_orbit_has_entered_it():
    m = market(JUNO_Q, "2016-07-10T23:59:59-07:00", JUNO_C)
    a = article("http://athavaneng.com/?p=253407", "2016-07-05T10:56:00+00:00",
                "NASA’s Juno spacecraft loops into orbit around Jupiter after 5 years", "")
    v = evaluate_market(m, [a], ts("2016-07-05T12:00:00+00:00"))
    assert v.verdict == "likely-yes"


def test_a_burn_planned_to_place_it_into_orbit_is_no_entry():
    # must not fire: the same case's plan (parabolicarc.com, 2016-07-03), verbatim
    m = market(JUNO_Q, "2016-07-10T23:59:59-07:00", JUNO_C)
    a = article("http://parabolicarc.com/2016/07/03/juno-enter-orbit-jupiter-july-4/", "2016-07-03T00:00:00-07:00",
                "Juno to Enter Orbit Around Jupiter on July 4",
                "On July 4, at 8:18 p.m. PDT, Juno will fire its main engine, beginning a 35-minute burn that will place it "
                "into orbit around Jupiter.")
    v = evaluate_market(m, [a], ts("2016-07-03T12:00:00-07:00"))
    assert v.verdict != "likely-yes"
    assert not _fired(v, "confirmation")
