"""Batch 101 misses (eighteenth round, r18-b101). Sentences verbatim from the development corpus; each
names its case; the must-not-fire sentences are real corpus sentences or close wordings of the same
shape that mean something else.

- a share under a hundred per cent told at the act word ('85 Percent Restored', 'restored to eighty-five
  percent of the city') is the act done for part of its object: not a confirmation when the market
  needs all (share_done.py, rules/confirmation_gates._partial);
- 'take 3-2 lead in NBA Finals' is a games score in a final still going on, so the game's 'win over'
  is not the title (other_meetings._SERIES_ON);
- a hedge noun naming a spell before the act ('After a day of feverish speculation …, X announced') does
  not hedge the act (hedges.spell_before);
- 'left 89 people dead' leaves a harm behind, 'fired live rounds' is shooting: neither ends an office
  (endings.json senses 'leave' results, 'fire');
- a noun of rising right after a figure ('a surprise 0.3 percent rise in France') is the figure's own
  direction, not a fall word before it (rules/reported_figure._RISE_AFTER)."""

from resolver.engine.hedges import spell_before
from resolver.engine.other_meetings import other_meeting
from resolver.engine.text import make_sentence
from tests.conftest import decided, fired, run_case

# b101-nyc-power-fully-restored-by-aug15-2003-undet
NYC_Q = "Will Con Edison restore power to all of New York City by August 15, 2003?"
NYC_C = ("This market will resolve to \"Yes\" if, by 11:59 p.m. Eastern Time on August 15, 2003, Consolidated Edison "
         "reports that electric service has been restored to all of its New York City customers affected by the August "
         "14, 2003 blackout. Partial restoration does not count. Otherwise, this market will resolve to \"No\".")


def _nyc(title, text):
    return run_case(NYC_Q, "2003-08-15T23:59:59-04:00", NYC_C,
                    [("https://example.com/power", "2003-08-15T00:00:00-04:00", title, text)], "2003-08-15T22:00:00+00:00")


def test_share_restored_headline_is_partial():
    v = _nyc("Power to New York City 85 Percent Restored", "New York struggled to return to normalcy on a second hot day.")
    assert not fired(v, "confirmation") and decided(v) == "undetermined"


def test_share_restored_sentence_is_partial():
    v = _nyc("", "City officials say power has been restored to eighty-five percent of the city.")
    assert not fired(v, "confirmation")


def test_share_near_act_real_corpus_shape():
    v = _nyc("", "Con Edison has restored nearly 70% of customers impacted.")
    assert not fired(v, "confirmation")


def test_full_restoration_still_confirms():
    v = _nyc("", "Con Edison said power has been restored to all of New York City.")
    assert fired(v, "confirmation")


def test_hundred_percent_is_not_a_share():
    v = _nyc("", "Con Edison said power has been restored to 100 percent of New York City.")
    assert fired(v, "confirmation")


# b101-heat-win-nba-finals-2011-asof-game5-undet
def test_games_lead_in_finals_is_a_series_still_on():
    assert other_meeting("Dallas Mavericks take 3-2 lead in NBA Finals with 112-103 win over Miami Heat")
    assert other_meeting("The Golden Knights scored three goals in the third period to defeat the Florida Panthers 5-2, "
                         "taking a 1-0 lead in the Stanley Cup Final.")


def test_lead_in_a_final_count_or_stage_is_not_a_series():
    assert not other_meeting("Mexican opposition candidate Enrique Pena Nieto maintained his lead in a final count from "
                             "Sunday's presidential election, confirming initial results published the night of the vote.")
    assert not other_meeting("Tom Dumoulin is the 2017 Giro d'Italia champion after overhauling Nairo Quintana's lead in "
                             "the final stage time trial.")
    assert not other_meeting("United took a 2-1 lead in the final minutes.")


def test_heat_game_five_not_a_rival_title():
    v = run_case("Will the Miami Heat win the 2011 NBA Finals?", "2011-06-30T23:59:59-04:00",
                 "This market will resolve to \"Yes\" if the Miami Heat win the 2011 NBA Finals against the Dallas "
                 "Mavericks. If the Mavericks win the series, this market will resolve to \"No\".",
                 [("https://example.com/nba", "2011-06-10T00:05:00-05:00",
                   "Dallas Mavericks take 3-2 lead in NBA Finals with 112-103 win over Miami Heat",
                   "DALLAS — In what he proclaimed to be the most important game of his life, Miami Heat forward "
                   "LeBron James put up a triple-double.")], "2011-06-10T12:00:00+00:00")
    assert not fired(v, "rival_outcome") and decided(v) == "undetermined"


# b101-sri-lanka-announces-prabhakaran-killed-may2009-multi-yes
def _spell(text, hedge, act):
    s = make_sentence(text, 0)
    k = next(j for j, t in enumerate(s.tokens) if t.lower == hedge)
    i = next(j for j, t in enumerate(s.tokens) if t.lower == act)
    return spell_before(s, k, i)


def test_spell_of_speculation_before_the_act():
    assert _spell("After a day of feverish speculation over Prabhakaran's fate, Sri Lankan army chief Lt Gen Sarath "
                  "Fonseka announced on state television that his body had been found.", "speculation", "announced")


def test_speculation_about_the_act_still_hedges():
    assert not _spell("Amid speculation that the army chief announced his body had been found, officials kept silent.",
                      "speculation", "announced")
    assert not _spell("There is speculation that Fonseka announced the death too early.", "speculation", "announced")


def test_sri_lanka_announcement_confirmed():
    v = run_case("Will the Sri Lankan military officially announce that Tamil Tiger leader Velupillai Prabhakaran has "
                 "been killed by May 31, 2009?", "2009-05-31T23:59:59+05:30", "",
                 [("https://example.com/lk", "2009-05-19T15:09:00+00:00", "Sri Lanka leader hails 'victory'",
                   "After a day of feverish speculation over Prabhakaran's fate, Sri Lankan army chief Lt Gen Sarath "
                   "Fonseka announced on state television that his body had been found.")], "2009-05-20T00:00:00+00:00")
    c = fired(v, "confirmation")
    assert c and all(x.weight >= 1.5 for x in c)


# b101-abhisit-remains-thai-pm-may2010-yes
ABHISIT_Q = "Will Abhisit Vejjajiva remain Prime Minister of Thailand through May 31, 2010?"


def _abhisit(text):
    return run_case(ABHISIT_Q, "2010-05-31T23:59:59+07:00", "",
                    [("https://example.com/th", "2010-05-20T00:00:00+07:00", "Prime Minister Abhisit Vejjajiva in Bangkok",
                      text)], "2010-05-21T00:00:00+00:00")


def test_left_people_dead_is_no_departure():
    v = _abhisit("The Red Shirts' rally, broken up on May 19 in an army assault on their vast encampment in the retail "
                 "heart of Bangkok, sparked outbreaks of violence that have left 89 people dead, mostly civilians, and "
                 "nearly 1,900 injured.")
    assert not fired(v, "state_ended")


def test_fired_live_rounds_is_no_dismissal():
    v = _abhisit("Prime Minister Abhisit Vejjajiva has been accused by his political opponents of violating human rights "
                 "in the tense standoff between protesters and armed troops, who fired live rounds during several "
                 "confrontations in the capital.")
    assert not fired(v, "state_ended", "state_continues")


def test_left_office_still_ends():
    v = _abhisit("Prime Minister Abhisit Vejjajiva left office on May 19 after parliament voted him out.")
    assert fired(v, "state_ended")


# b101-germany-q2-2009-gdp-growth-0-2pct-yes
GDP_Q = "Will Germany's preliminary Q2 2009 GDP estimate show quarter-on-quarter growth of 0.2% or more?"


def _gdp(text):
    return run_case(GDP_Q, "2009-08-31T23:59:59+02:00", "",
                    [("https://example.com/de", "2009-08-13T00:00:00+02:00", "German economy grows in second quarter",
                      text)], "2009-08-14T00:00:00+00:00")


def test_rise_noun_after_figure_is_its_direction():
    v = _gdp("The rise in German gross domestic product (GDP) came as a shock after four consecutive quarters of "
             "contraction and mirrored a surprise 0.3 percent rise in the April-June period.")
    assert not fired(v, "threshold_missed") and not any("a fall" in c.reason for c in v.contributions)


def test_fall_word_before_figure_still_a_fall():
    v = _gdp("German gross domestic product contracted 0.3 percent in the April-June period.")
    assert not fired(v, "threshold_crossed") and fired(v, "threshold_missed")


def test_rockets_fired_still_end_a_truce():
    # b89-gaza-truce-no-rocket-fire-through-jun26-2008-multi-no: for a truce (not an office) firing is its breach
    v = run_case("Will the Israel-Hamas truce in Gaza hold through June 26, 2008?", "2008-06-26T23:59:59+03:00", "",
                 [("https://example.com/gaza", "2008-06-26T00:00:00+03:00", "Rocket hits Israel, second violation of Gaza truce",
                   "JERUSALEM — Gaza militants fired two rockets into southern Israel on Thursday, further straining a "
                   "shaky, week-old truce as Israel kept vital Gaza border crossings closed in response.")],
                 "2008-06-27T00:00:00+00:00")
    assert fired(v, "state_ended")
