"""Readings from batch 106's misses (nineteenth round): a statistic's figure told for the market's own
month of another year ('the rate recorded in June 2023, which was 22.79 per cent' for June 2024) is
that year's (rules/statistic_period.other_period), unless that month is the base a change is told over
('for the month of October, 2025 over October, 2024 is 0.25%'); the wire services' 'pct' is a
percentage (text.normalize); a planned act's noun opening the subject ('A planned strike on Tuesday
… has been suspended') has its predicate found past the plan participle, and 'suspend' told by that
predicate takes the act's own noun (act_predicates, rules/called_off.py); 'day' in a time phrase ('on
the day', 'that day') is no part of the event called off (rules/called_off._time_day).
Sentences verbatim from the corpus (the case named in a comment), with near wordings where the
reading must stay silent."""

from __future__ import annotations

import time

from conftest import decided, fired, run_case

from resolver.engine.text import normalize
from cpu_budget import assert_cpu_within


# --- the market's month of another year: that year's figure ---------------------------------------

NIGERIA_Q = "Will Nigeria's headline inflation rate for June 2024 be 34% or higher?"
NIGERIA_C = ("This market will resolve to \"Yes\" if the year-on-year headline inflation rate for June 2024 published by "
             "Nigeria's National Bureau of Statistics is 34.00% or higher. Otherwise, this market will resolve to \"No\".")
NIGERIA_LEAD = ("The National Bureau of Statistics on Monday, announced that the Nigeria’s inflation rate, increased to "
                "34.19% in June 2024, amid economic hardship facing the country.")
NIGERIA_YEAR_AGO = ("According to NBS, on a year-on-year basis, the headline inflation rate was 11.40 per cent points higher "
                    "compared to the rate recorded in June 2023, which was 22.79 per cent.")


def _nigeria(text: str):
    return run_case(NIGERIA_Q, "2024-07-31T23:59:59+01:00", NIGERIA_C,
                    [("https://www.example.com/2024/07/nigerias-inflation-rate-hits-34-19-in-june.html",
                      "2024-07-15T00:00:00+01:00", "", text)], "2024-07-16T00:00:00+01:00")


def test_same_month_of_another_year_is_that_years_figure():
    # b106-nigeria-jun2024-inflation-34pct-yes
    v = _nigeria(f"{NIGERIA_LEAD}\n\n{NIGERIA_YEAR_AGO}")
    assert not fired(v, "threshold_missed") and v.verdict == "likely-yes"
    assert any("June 2023" in c.reason and "another period" in c.reason for c in v.contributions)


def test_year_ago_figure_alone_decides_nothing():
    # must not fire: the year-ago figure is no reading of June 2024
    v = _nigeria(NIGERIA_YEAR_AGO)
    assert not fired(v, "threshold_missed", "threshold_crossed") and v.verdict == "undetermined"


def test_own_month_and_year_still_read():
    # must not fire: the market's own month and year is the market's figure, on the wrong side too
    v = _nigeria("The National Bureau of Statistics on Monday said the inflation rate eased to 33.95% in June 2024.")
    assert fired(v, "threshold_missed") and decided(v) == "likely-no"


INDIA_Q = "Will India's year-on-year CPI inflation for October 2025 be below 0.50%?"
INDIA_C = ("This market will resolve to \"Yes\" if the year-on-year inflation rate based on the All India Consumer Price "
           "Index (combined) for October 2025, as first published by India's Ministry of Statistics and Programme "
           "Implementation, is below 0.50%. Otherwise, this market will resolve to \"No\".")


def test_month_of_another_year_as_base_is_not_the_period():
    # b33-india-cpi-oct2025-below-0-5-yes: 'over October, 2024' is the base of the 12-month change
    v = run_case(INDIA_Q, "2025-11-14T23:59:59+05:30", INDIA_C,
                 [("https://www.example.com/markets/consumer-price-inflation-slides-to-0-25.html",
                   "2025-11-12T00:00:00+05:30", "",
                   "Year-on-year inflation rate based on All India Consumer Price Index (CPI) for the month of October, "
                   "2025 over October, 2024 is 0.25% (Provisional).")], "2025-11-13T00:00:00+00:00")
    assert fired(v, "threshold_crossed") and decided(v) == "likely-yes"


# --- 'pct': a percentage ----------------------------------------------------------------------------

def test_pct_written_out():
    assert normalize("rose 3.1 pct in 2023") == "rose 3.1 percent in 2023"
    assert normalize("Maintains Interest Rate At 5.25 Pct") == "Maintains Interest Rate At 5.25 Percent"
    assert normalize("After 5 Pct Drop in Benchmark Index") == "After 5 Percent Drop in Benchmark Index"
    # not a word that merely starts so, nor 'pct' with no figure before it
    assert normalize("the pct. share, 5 pctx") == "the pct. share, 5 pctx"


JAPAN_Q = "Will Japan's average core consumer price index for 2023 rise 3.0% or more from 2022?"
JAPAN_C = ("This market will resolve to \"Yes\" if Japan's Ministry of Internal Affairs and Communications reports that the "
           "calendar-year 2023 average of the nationwide core CPI (excluding fresh food) rose 3.0% or more from the 2022 "
           "average. Monthly year-on-year readings do not count. Otherwise, this market will resolve to \"No\".")


def _japan(text: str):
    return run_case(JAPAN_Q, "2024-01-31T23:59:59+09:00", JAPAN_C,
                    [("https://www.example.com/business/economy/20240119-163039/", "2024-01-19T00:00:00+09:00", "", text)],
                    "2024-01-20T00:00:00+09:00")


def test_pct_figure_is_read():
    # b106-japan-2023-annual-core-cpi-3pct-yes
    v = _japan("Tokyo (Jiji Press)—Japan’s average core consumer prices rose 3.1 pct in 2023 from the previous year, marking "
               "their fastest increase in 41 years due mainly to higher food prices, the internal affairs ministry said "
               "Friday.\n\nThe core consumer price index, which excludes volatile fresh food prices, stood at 105.2 against "
               "the 2020 base of 100. In 2022, the index gained 2.3 pct.\n\nIn December alone, the index climbed 2.3 pct "
               "from a year before to 106.4, rising for 28 months in a row, though slowing from the 2.5 pct rise in "
               "November.")
    assert fired(v, "threshold_crossed") and v.verdict == "likely-yes"


def test_pct_figures_of_another_year_or_a_month_decide_nothing():
    # must not fire: the 2022 figure and December's alone
    v = _japan("The core consumer price index, which excludes volatile fresh food prices, stood at 105.2 against the 2020 "
               "base of 100. In 2022, the index gained 2.3 pct.\n\nIn December alone, the index climbed 2.3 pct from a year "
               "before to 106.4, rising for 28 months in a row, though slowing from the 2.5 pct rise in November.")
    assert not fired(v, "threshold_missed", "threshold_crossed") and v.verdict == "undetermined"


# --- a planned act's noun as the subject: its predicate past the plan participle ---------------------

HEATHROW_Q = "Will Unite union workers at Heathrow Airport go on strike on August 6, 2019?"
HEATHROW_C = ("This market will resolve to \"Yes\" if Unite union members at London's Heathrow Airport carry out a strike "
              "(any walkout) on August 6, 2019. If the strike is suspended, called off or otherwise does not take place that "
              "day, this market will resolve to \"No\".")
HEATHROW_S = ("A planned strike on Tuesday by thousands of workers at Heathrow Airport has been suspended while they vote on "
              "a new pay offer.")


def _heathrow(text: str):
    return run_case(HEATHROW_Q, "2019-08-06T23:59:59+01:00", HEATHROW_C,
                    [("https://www.example.com/breakingnews/world/heathrow-strike-941955.html", "2019-08-05T16:58:00+01:00",
                      "", text)], "2019-08-07T00:00:00+00:00")


def test_planned_strike_suspended_is_called_off():
    # b106-heathrow-unite-strike-aug6-2019-no
    v = _heathrow(HEATHROW_S)
    assert [c for c in fired(v, "ruled_out") if "suspended" in c.reason]


def test_planned_strike_announced_is_not_called_off():
    # must not fire: the plan only told
    v = _heathrow("A planned strike on Tuesday by thousands of workers at Heathrow Airport has been announced by Unite.")
    assert not fired(v, "ruled_out")


def test_planned_strike_not_suspended_is_not_called_off():
    # must not fire: the suspension denied
    v = _heathrow("A planned strike on Tuesday by thousands of workers at Heathrow Airport has not been suspended despite "
                  "a new pay offer.")
    assert not fired(v, "ruled_out")


def test_suspended_other_thing_after_planned_strike_is_not_called_off():
    # must not fire: 'suspended' with another subject than the planned act's noun
    v = _heathrow("A planned strike on Tuesday by thousands of workers at Heathrow Airport went ahead after talks were "
                  "suspended.")
    assert not [c for c in fired(v, "ruled_out") if "suspended" in c.reason]


# --- 'on the day': a time, not a part of the event ------------------------------------------------

H2A_Q = "Will Mitsubishi Heavy Industries launch H-IIA rocket No. 49 by September 18, 2024?"
H2A_C = ("This market will resolve to \"Yes\" if the 49th H-IIA (H2A) rocket, carrying the Japanese government's "
         "intelligence-gathering radar satellite, lifts off from the Tanegashima Space Center by September 18, 2024 "
         "(Japan time). Otherwise, this market will resolve to \"No\".")
H2A_S = ("Tokyo (Jiji Press)—Mitsubishi Heavy Industries Ltd. said Monday that the launch of the 49th unit of the H-2A "
         "rocket from a Japanese space center, scheduled for the afternoon on the day, has been postponed due to "
         "unsuitable weather conditions.")


def _h2a(text: str):
    return run_case(H2A_Q, "2024-09-18T23:59:59+09:00", H2A_C,
                    [("https://www.example.com/science-nature/technology/20240916-211489/", "2024-09-16T00:00:00+09:00",
                      "", text)], "2024-09-17T00:00:00+09:00")


def test_postponed_launch_scheduled_on_the_day_is_pushed_back():
    # b106-h2a-f49-launch-by-sep18-2024-no
    v = _h2a(f"{H2A_S}\n\nThe new launch date is expected to be set on Thursday or later.")
    assert fired(v, "ruled_out") and v.verdict == "likely-no"


def test_postponement_with_new_date_inside_window_is_no_decisive_no():
    # must not decide: the new date comes before the deadline
    v = _h2a(f"{H2A_S}\n\nThe new launch date is expected to be set on Wednesday.")
    assert v.verdict != "likely-no"


def test_final_day_called_off_is_still_a_part():
    # must not fire: 'the final day' is a part of the event ('day' with an ordinal)
    v = _h2a("Mitsubishi Heavy Industries said the launch of the H-2A rocket went ahead on Monday after the final day of "
             "rehearsals was cancelled.")
    assert not fired(v, "ruled_out")


# --- hostile input ---------------------------------------------------------------------------------

def test_long_run_on_sentence_of_the_readings_words():
    words = ("a planned strike on Tuesday by workers at Heathrow Airport scheduled for the afternoon on the day has been "
             "suspended over June 2023 which was 22.79 pct and 3.1 pct in June 2024 ")
    text = (words * (30_000 // len(words))).strip() + "."
    start = time.process_time()
    _heathrow(text)
    _nigeria(text)
    assert_cpu_within(start, 8.0)
