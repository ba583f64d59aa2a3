"""Provisional states read as final (nineteenth round, r19-provisional; census-r19 class 5). Sentences
verbatim from the development corpus; each names its case; the must-not-fire sentences are the nearest
wordings that do report the outcome.

- a figure that is the object of an infinitive governed by a word of prospect ('poised to hit $4', 'on
  track to cross $2 billion') is a level to come, no crossing (engine/prospective_levels.py);
- for a market on a run-off, a win told beside a run-off still to come ('wins first presidential round,
  faces Frei in run-off') is an earlier round's (first_rounds.win_before_runoff)."""

from __future__ import annotations

import time

from resolver.engine import prospective_levels
from resolver.engine.first_rounds import win_before_runoff
from resolver.engine.text import article_sentences
from tests.conftest import decided, fired, run_case
from cpu_budget import assert_cpu_within

# --- a level to come ------------------------------------------------------------------------------
# b107-aaa-gas-4-dollars-by-may15-2011-asof-may9-multi-undet
AAA_Q = "Will AAA's national average price for regular gasoline reach $4.00 a gallon by May 15, 2011?"
AAA_C = ("This market will resolve to \"Yes\" if AAA's Fuel Gauge Report shows a U.S. national average price for "
         "self-serve regular gasoline of $4.000 a gallon or more on any day on or before May 15, 2011. Other surveys "
         "(e.g. Lundberg) do not count. Otherwise, \"No\".")
AAA_T = "Average gas price poised to hit $4 a gallon this week!"
AAA_S = "The national average price of self-serve regular today is $3.967 a gallon, according to AAA's Fuel Gauge Survey."


def _aaa(title, text=AAA_S):
    return run_case(AAA_Q, "2011-05-15T23:59:59-04:00", AAA_C,
                    [("https://example.com/aaa", "2011-05-03T00:00:00-04:00", title, text)], "2011-05-09T18:00:00-04:00")


def test_poised_to_hit_is_a_level_to_come():
    v = _aaa(AAA_T)
    assert not fired(v, "threshold_crossed")
    assert decided(v) == "undetermined"


def test_set_and_on_track_are_levels_to_come():
    for title in ("Average gas price set to hit $4 a gallon this week", "Average gas price on track to hit $4 a gallon"):
        assert decided(_aaa(title)) == "undetermined", title


def test_a_level_reached_still_crosses():
    # must not fire: the level told reached ('hits'), or set as a past fact ('was set at')
    v = _aaa("Average gas price hits $4 a gallon")
    assert fired(v, "threshold_crossed") and decided(v) == "likely-yes"
    assert prospective_levels.prospect("the national average was set at ") is None
    assert prospective_levels.prospect("the price set a record of ") is None


def test_corpus_wordings_of_a_level_to_come():
    # b74-avatar2-2b-worldwide-by-jan31-2023-multi-yes, b84-bangladesh-fy19-gdp-final-8pct-asof-provisional-multi-undet,
    # b67-italy-2018-m5s-largest-party-yes (verbatim, each up to its figure)
    for before, cue in (("is on track to cross ", "on track to cross"),
                        ("Bangladesh’s GDP growth in the current fiscal year is set to exceed ", "set to exceed"),
                        ("and the right-wing Brothers of Italy (FdI) set to get ", "set to get")):
        assert prospective_levels.prospect(before) == cue


# --- a win beside a run-off to come ---------------------------------------------------------------
# b89-pinera-wins-chile-runoff-jan2010-asof-dec-multi-undet
PINERA_Q = "Will Sebastián Piñera win Chile's January 17, 2010 presidential runoff?"
PINERA_C = ("This market will resolve to \"Yes\" if Sebastián Piñera wins the most votes in the second round of "
            "Chile's presidential election held on January 17, 2010, according to official results. Otherwise, this "
            "market will resolve to \"No\".")
PINERA_T = "Pinera wins first presidential round, faces Frei in run-off"
PINERA_S = "The pair will now face off in a second, knockout round on January 17."


def _pinera(title, text=PINERA_S, published="2009-12-13T00:00:00-03:00", as_of="2009-12-15T00:00:00+00:00"):
    return run_case(PINERA_Q, "2010-01-17T23:59:59-03:00", PINERA_C,
                    [("https://example.com/pinera", published, title, text)], as_of)


def test_a_win_beside_a_runoff_to_come_is_an_earlier_rounds():
    v = _pinera(PINERA_T)
    assert not fired(v, "confirmation")
    assert decided(v) == "undetermined"


def test_runoff_needed_headline():
    # b97-haavisto-reaches-finland-runoff-2012-multi-yes (verbatim headline)
    s = article_sentences("Conservative Wins Finland Election, Runoff Needed", "")[0]
    assert win_before_runoff(s, "Will Pekka Haavisto reach the runoff of Finland's 2012 presidential election?")


def test_the_runoff_itself_won_still_confirms():
    # must not fire: the run-off told won; a market not on a run-off; a run-off avoided
    v = _pinera("Pinera wins Chile presidential run-off", "Sebastian Pinera won Chile's presidential runoff on Sunday.",
                "2010-01-18T00:00:00-03:00", "2010-01-19T00:00:00+00:00")
    assert fired(v, "confirmation") and decided(v) == "likely-yes"
    s = article_sentences(PINERA_T, "")[0]
    assert not win_before_runoff(s, "Will Sebastián Piñera win Chile's 2009 presidential election first round?")
    s2 = article_sentences("", "Netumbo Nandi-Ndaitwah, 72, won with 57 percent of the vote, flouting predictions "
                               "that she might be forced into a run-off.")[0]  # b13 (verbatim): a run-off avoided
    assert not win_before_runoff(s2, "Will Netumbo Nandi-Ndaitwah win Namibia's 2024 presidency without a runoff?")
    s3 = article_sentences("", "Pinera won the runoff and will face a divided Congress.")[0]
    assert not win_before_runoff(s3, PINERA_Q)


# --- hostile input ---------------------------------------------------------------------------------
def test_a_long_run_on_sentence_of_the_readings_words_is_read_quickly():
    text = " ".join(["prices poised to hit $4 and set to cross $4, on track to top $4 faces runoff, wins first round,"]
                    * 330)
    assert len(text) > 30_000
    t0 = time.process_time()
    _aaa("Average gas price", text)
    _pinera("Pinera", text)
    assert_cpu_within(t0, 10)
