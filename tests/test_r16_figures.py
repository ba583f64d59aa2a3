"""Deaths counted in their own words for a market that counts them by another act ('cause',
'confirm', 'report'): resolver/engine/death_tolls.py and rules/death_counts.py. Sentences verbatim
from the development corpus (case named in a comment); near misses that must not fire."""

from __future__ import annotations

from conftest import decided, fired, run_case
from resolver.engine import death_tolls

# b43-ecuador-quake-10-deaths-in-ecuador-by-mar20-2023-yes
ECUADOR_Q = "Will at least 10 deaths in Ecuador be confirmed from the March 18, 2023 earthquake by March 20, 2023?"
ECUADOR_C = ("This market will resolve to \"Yes\" if Ecuador's government or credible media report at least 10 deaths in "
             "Ecuador caused by the magnitude 6.5-6.8 earthquake of March 18, 2023, by March 20, 2023, 11:59 PM Ecuador "
             "time. Deaths in other countries do not count. Otherwise, this market will resolve to \"No\".")
ECUADOR_TEXT = ("At least 14 people died and over 300 others were injured as a result of the 6.5-magnitude earthquake in "
                "western Ecuador")
ECUADOR_TITLE = "Death Toll From Earthquake in Ecuador Rises to at least 14, One Dead in Peru"


def _ecuador(text: str, title: str = "Earthquake in Ecuador"):
    return run_case(ECUADOR_Q, "2023-03-20T23:59:59-05:00", ECUADOR_C,
                    [("https://sputniknews.com/20230319/death-toll-from-earthquake-in-ecuador", "2023-03-19T02:05:00+00:00",
                      title, text)], "2023-03-19T12:00:00+00:00")


# b12-brazil-oropouche-death-reported-2024-yes
OROPOUCHE_Q = "Will Brazil report a death from Oropouche fever by August 31, 2024?"
OROPOUCHE_C = ("This market will resolve to \"Yes\" if Brazil's Ministry of Health reports at least one death attributed to "
               "Oropouche fever in 2024 by August 31, 2024, 11:59 PM Brasília time. Otherwise, this market will resolve to "
               "\"No\".")
OROPOUCHE_TEXT = ("14ymedio, Havana, 25 August 2024 — Authorities in Cuba, Brazil and Colombia are concerned about the "
                  "outbreak of the Oropouche virus, a disease that is transmitted by mosquitoes and that, for the first "
                  "time, has caused two deaths in Brazil.")


def _oropouche(text: str):
    return run_case(OROPOUCHE_Q, "2024-08-31T23:59:59-03:00", OROPOUCHE_C,
                    [("https://translatingcuba.com/an-outbreak-of-oropouche", "2024-08-25T00:00:00-04:00",
                      "An outbreak of Oropouche puts Latin America on alert", text)], "2024-08-26T12:00:00+00:00")


def test_people_died_of_the_quake_confirm_its_count():
    v = _ecuador(ECUADOR_TEXT)
    assert decided(v) == "likely-yes" and fired(v, "confirmation")


def test_death_toll_rises_to_in_a_headline():
    v = _ecuador("Rescue teams worked through the night.", title=ECUADOR_TITLE)
    assert decided(v) == "likely-yes" and fired(v, "confirmation")


def test_caused_two_deaths_reports_a_death():
    v = _oropouche(OROPOUCHE_TEXT)
    assert decided(v) == "likely-yes" and fired(v, "confirmation")


def test_near_misses_do_not_fire():
    # a count short of the bar, feared deaths, a modal, another year's quake, people left homeless
    for text in ("At least 8 people died as a result of the 6.5-magnitude earthquake in western Ecuador",
                 "At least 14 people are feared dead after the 6.5-magnitude earthquake in western Ecuador",
                 "The 6.5-magnitude earthquake in western Ecuador could have killed at least 14 people",
                 "In 2016, a 7.8-magnitude earthquake in Ecuador killed more than 670 people",
                 "No one died in the 6.5-magnitude earthquake in western Ecuador, which left 14 people homeless"):
        assert not fired(_ecuador(text), "confirmation"), text
    # b26-maiduguri-flood-deaths-50-by-sep30-2024-asof-sep12-multi-undet: people left homeless are not dead
    maiduguri = run_case(
        "Will Nigerian authorities report at least 50 deaths from the September 2024 Maiduguri (Alau Dam) floods by "
        "September 30, 2024?", "2024-09-30T23:59:59+01:00", "",
        [("https://www.tvcnews.tv/2024/09/maiduguri-flood", "2024-09-12T00:00:00+01:00", "Maiduguri flood",
          "It’s the third day of the Maiduguri flood, which has left over 200,000 people homeless and affected an "
          "estimated one million others.")], "2024-09-12T18:00:00+00:00")
    assert not fired(maiduguri, "confirmation")


def test_deaths_of_another_cause_do_not_count():
    # the sentence names no word of the market's cause (the virus), only the country
    assert not fired(_oropouche("Floods in southern Brazil have caused two deaths this week."), "confirmation")


def test_cause_words():
    assert death_tolls.cause_words(ECUADOR_Q, "confirm") == frozenset({"earthquake"})
    assert {"storm", "boris"} <= death_tolls.cause_words(
        "Will Storm Boris cause at least 15 deaths in Europe in September 2024?", "cause")
    assert "oropouche" in death_tolls.cause_words(OROPOUCHE_Q, "report")
