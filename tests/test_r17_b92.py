"""Batch 92 misses (seventeenth round, r17-b92): two wrong decisive verdicts undone and four
undetermined cases read, each by a general reading. A progressive negated modal governing another
verb ('will not be joining them', engine/negated_modals.py); 'collapse to' a result, a fall and not a
calling-off (engine/collapse_falls.py); a superlative's counted stretch ('first in 442 days') dates no
event (engine/timex.py); a release's running total is not a weekend's gross (engine/running_totals.py);
a side suffering its first defeat ends an unbeaten state (engine/unbeaten_endings.py); 'N people are
confirmed dead' counts deaths (engine/death_tolls.py); 'fatalities' counts a toll and 'stands at a
"staggering" 79' is a level (rules/threshold_figures.py). Sentences verbatim from the development
corpus; each names its case; the must-not-fire sentences are the nearby wordings."""

import re

from resolver.engine import collapse_falls, negated_modals, running_totals
from resolver.engine.text import make_sentence
from resolver.engine.comparison_baselines import is_comparison_baseline
from resolver.engine.timex import find_time_expressions
from tests.conftest import decided, fired, run_case, ts

# b92-liverpool-unbeaten-pl-through-feb28-2020-stays-yes
LIV_Q = "Will Liverpool remain unbeaten in the 2019-20 Premier League through February 28, 2020?"
LIV_C = ("This market will resolve to \"Yes\" if Liverpool have not lost any Premier League match of the 2019-20 season "
         "as of 11:59 p.m. UK time on February 28, 2020. Otherwise, this market will resolve to \"No\".")
LIV_1 = ("Arsenal’s class of 2003-04 can breathe easy as Liverpool will not be joining them as Premier League "
         "“Invincibles”.")
LIV_2 = ("“Phew…” was the immediate reaction from Arsenal’s Twitter account after Liverpool collapsed to their first "
         "league loss of the season and first in 442 days – a 3-0 defeat at Watford.")


def _liverpool(text: str):
    return run_case(LIV_Q, "2020-02-28T23:59:59+00:00", LIV_C,
                    [("https://example.com/liv", "2020-03-01T07:49:48+11:00", "Invincibles no more: Liverpool lose in EPL",
                      text)], "2020-03-01T12:00:00+00:00")


def test_progressive_modal_of_another_verb_rules_nothing_out():
    s = make_sentence(LIV_1, 0)
    k = next(i for i, t in enumerate(s.tokens) if t.text == "Liverpool")
    assert negated_modals.subject_modal_other_verb(s, k, "will not", 4, frozenset({"remain"}), [], frozenset())
    v = _liverpool(LIV_1)
    assert not fired(v, "ruled_out")


def test_progressive_of_the_act_itself_is_still_read():
    s = make_sentence("Liverpool will not be remaining unbeaten this season.", 0)
    assert not negated_modals.subject_modal_other_verb(s, 0, "will not", 4, frozenset({"remain"}), [], frozenset())


def test_collapse_to_a_result_is_a_fall_not_a_calling_off():
    assert collapse_falls.fell_to(make_sentence(LIV_2, 1))
    # b30-women-10000m-under-29min-by-jun30-2024-yes
    assert collapse_falls.fell_to(make_sentence("Chebet cruised through the finish at Hayward Field before collapsing "
                                                "to the ground as she beat the previous record.", 0))
    v = _liverpool(f"{LIV_1} {LIV_2}")
    assert not fired(v, "ruled_out")
    assert decided(v) == "likely-yes"


def test_collapse_of_an_occasion_stays_a_calling_off():
    for text in ("Talks on the deal collapsed on Sunday.", "The merger collapsed to the dismay of its backers.",
                 "The deal collapsed after regulators objected."):
        assert not collapse_falls.fell_to(make_sentence(text, 0))


_COUNTED = re.compile(r"in\s+\S+\s+(?:days?|weeks?|months?)\b", re.I)


def test_first_in_n_days_is_a_comparison_stretch():
    published = ts("2020-03-01T07:49:48+11:00")
    for text in (LIV_2, "The Nikkei stock index closed above the 40,000 threshold for the first time in three months.",
                 "The jobless rate fell to 9.4 percent in December, the lowest level in 19 months."):
        spans = [sp for sp in find_time_expressions(text, published) if _COUNTED.match(sp.text)]
        assert spans and all(is_comparison_baseline(text, sp) for sp in spans), text
        # ('in December', the month a figure is for, stays a date)
        assert not any(is_comparison_baseline(text, sp) for sp in find_time_expressions(text, published)
                       if sp.text == "in December")


def test_in_n_days_ahead_is_still_a_date():
    published = ts("2020-03-01T07:49:48+11:00")
    text = "The line will open in 10 days, the first of the new routes."
    spans = [sp for sp in find_time_expressions(text, published) if _COUNTED.match(sp.text)]
    assert spans and not any(is_comparison_baseline(text, sp) for sp in spans)


# b92-halloween-2018-second-weekend-30m-asof-saturday-undet
HAL_Q = ("Will 'Halloween' (2018) gross $30 million or more at the domestic box office in its second weekend "
         "(October 26-28, 2018)?")
HAL_C = ("This market will resolve to \"Yes\" if Universal's 'Halloween' (2018) grosses $30,000,000 or more in the United "
         "States and Canada over the three-day weekend of October 26-28, 2018, according to reported weekend actuals. "
         "Otherwise, this market will resolve to \"No\".")
HAL_S = ("The horror breakout crossed the $100 million domestic threshold yesterday, just its eighth of release, and "
         "now stands at $104.7 million going into Saturday.")


def test_running_total_is_not_the_weekend_gross():
    k = HAL_S.index("$100")
    assert running_totals.running_total(HAL_Q, HAL_S, k, k + len("$100 million"))
    k = HAL_S.index("$104.7")
    assert running_totals.running_total(HAL_Q, HAL_S, k, k + len("$104.7 million"))
    v = run_case(HAL_Q, "2018-10-29T23:59:59-04:00", HAL_C,
                 [("https://example.com/hal", "2018-10-27T00:00:00-04:00", "Weekend Estimates", HAL_S)],
                 "2018-10-27T16:00:00+00:00")
    assert not fired(v, "threshold_crossed")


def test_weekend_totals_and_total_markets_are_left_alone():
    for text, fig in (("Barbie crossed the $150 million mark in its opening weekend.", "$150 million"),
                      ("A three-day total of $35 million looks to be in the works.", "$35 million"),
                      ("Its weekend total stands at $35 million.", "$35 million")):
        k = text.index(fig)
        assert running_totals.running_total(HAL_Q, text, k, k + len(fig)) is None, text
    text = "Inside Out 2 has crossed the $1 billion mark at the worldwide box office."  # b30: a total by a date
    k = text.index("$1 billion")
    assert running_totals.running_total("Will Inside Out 2 gross $1 billion worldwide by June 30, 2024?", text, k,
                                        k + len("$1 billion")) is None


# b92-leeds-unbeaten-championship-through-sep30-2017-stays-no
LEEDS_Q = "Will Leeds United remain unbeaten in the 2017-18 Championship through September 30, 2017?"
LEEDS_S = ("LONDON, Sept 16 (Reuters) - Table-topping Leeds United suffered their first defeat of the Championship "
           "season with a 1-0 loss at battling Millwall on Saturday.")


def _leeds(text: str):
    return run_case(LEEDS_Q, "2017-09-30T23:59:59+01:00", "",
                    [("https://example.com/leeds", "2017-09-16T18:34:00+00:00", "Leeds unbeaten run ended by Millwall",
                      text)], "2017-09-17T00:00:00+00:00")


def test_first_defeat_ends_the_unbeaten_state():
    v = _leeds(LEEDS_S)
    assert fired(v, "state_ended")
    assert decided(v) == "likely-no"


def test_defeat_ahead_or_avoided_ends_nothing():
    for text in ("Table-topping Leeds United could suffer their first defeat of the season at Millwall on Saturday.",
                 "Table-topping Leeds United will hope to avoid their first defeat of the season at Millwall on Saturday.",
                 "Table-topping Leeds United did not suffer a defeat at Millwall on Saturday."):
        assert not fired(_leeds(text), "state_ended"), text


# b92-chiapas-quake-10-deaths-by-sep10-2017-yes
QUAKE_Q = ("Will at least 10 deaths be confirmed from the September 7, 2017 earthquake off southern Mexico by "
           "September 10, 2017?")
QUAKE_S = ("Fifteen people are confirmed dead after a powerful magnitude-8.1 earthquake shook Southern Mexico, bringing "
           "down buildings and triggering tsunami warnings.")


def _quake(text: str):
    return run_case(QUAKE_Q, "2017-09-10T23:59:59-05:00", "",
                    [("https://example.com/quake", "2017-09-08T00:00:00-07:00",
                      "Death Toll Rises After Magnitude-8.1 Quake Hits Southern Mexico", text)], "2017-09-09T00:00:00+00:00")


def test_people_confirmed_dead_count_deaths():
    v = _quake(QUAKE_S)
    assert fired(v, "confirmation")
    assert decided(v) == "likely-yes"


def test_people_feared_dead_or_short_of_the_bar_do_not():
    for text in ("Fifteen people are feared dead after a powerful magnitude-8.1 earthquake shook Southern Mexico.",
                 "Five people are confirmed dead after a powerful magnitude-8.1 earthquake shook Southern Mexico."):
        assert not fired(_quake(text), "confirmation"), text


# b92-surfside-toll-75-by-jul10-2021-multi-yes
SURF_Q = "Will the confirmed death toll from the Surfside, Florida condo collapse reach 75 by July 10, 2021?"
SURF_S = ("Miami-Dade County Mayor Daniella Levine Cava said the death toll from the June 24 disaster stands at a "
          "\"staggering\" 79 fatalities — with another 61 \"potentially\" unaccounted for.")


def _surf(text: str):
    return run_case(SURF_Q, "2021-07-10T23:59:59-04:00", "",
                    [("https://example.com/surf", "2021-07-09T00:00:00-04:00", "Surfside condo collapse", text)],
                    "2021-07-10T00:00:00+00:00")


def test_toll_standing_at_fatalities_crosses():
    v = _surf(SURF_S)
    assert fired(v, "threshold_crossed")


def test_toll_below_the_bar_or_another_count_does_not():
    for text in ("The death toll from the June 24 disaster stands at a \"staggering\" 61 fatalities.",
                 "Officials said a staggering 79 apartments were destroyed in the June 24 disaster."):
        assert not fired(_surf(text), "threshold_crossed"), text
