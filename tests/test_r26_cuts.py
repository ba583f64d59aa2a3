"""A consumer-price market that defines its measure by what it leaves out, and a cut written after the index's name.

- 'Will Japanese consumer prices excluding fresh food rise at least 4% …?' asks a core measure by its definition, so a
  figure told as 'core consumer prices' is the market's (indicators.sub_series: a question with 'excluding / ex /
  less <food, energy …>' asks 'core' and 'underlying'; threshold_figures._CORE now knows 'excluding fresh food', so
  the sentence need not repeat 'food' to name the statistic).
- 'CPI core-core (all items ex-food and energy) … to 3.0%' is another cut of the index, written after its name
  (indicators._CUT_AFTER): not the market's figure. On the merged engine of the round's fourth merge it was read as the
  market's figure missing the bar, against the 4.0% core reading, and the verdict fell to 'conflicting'.

The verbatim case is b146-japan-core-cpi-dec2022-at-least-4pct-multi-yes; the variants change indicators, figures
and frames."""

from __future__ import annotations

import pytest

from conftest import case_runner, fired_no, fired_yes
from cpu_budget import assert_each_within, word_soup

CASE = "b146-japan-core-cpi-dec2022-at-least-4pct-multi-yes"
_run = case_runner(CASE, "https://www.example-news.com/japan-cpi", "2023-01-20T06:38:00+00:00")
HEADLINE_Q = "Will Japan's nationwide consumer price index rise at least 4% from a year earlier in December 2022?"


def test_the_verbatim_sentences():
    v = _run("Japan CPI core (all items ex-fresh food) accelerated from 3.7% yoy to 4.0% yoy in December, matched "
             "expectations. That’s also the highest level in four decades since 1981. CPI core-core (all items ex-food "
             "and energy) also accelerated from 2.8% yoy to 3.0% yoy, hitting the highest level since 1991.")
    assert v.verdict == "likely-yes" and not fired_no(v, "threshold_crossed", "threshold_missed")


@pytest.mark.parametrize("cut", ["core-core", "supercore"])
@pytest.mark.parametrize("figure", ["3.0%", "2.1%", "3.6%"])
def test_a_cut_after_the_name_is_another_series(cut, figure):
    v = _run(f"CPI {cut} (all items ex-food and energy) accelerated from 2.8% yoy to {figure} yoy in December.")
    assert not fired_no(v, "threshold_crossed", "threshold_missed") and v.verdict != "likely-no"


@pytest.mark.parametrize("text", [
    "Core consumer prices in Japan rose 4.1 percent in December from a year earlier, government data showed Friday.",
    "Japan's core consumer price index climbed 4.2% in December from a year earlier, the ministry said.",
])
def test_core_named_is_the_market_s_measure_when_the_question_defines_it(text):
    v = _run(text + " Core prices have now risen for 16 months in a row, the ministry said on Friday.")
    assert fired_yes(v, "threshold_crossed")


@pytest.mark.parametrize("text", [
    "Core consumer prices in Japan rose 4.1 percent in December from a year earlier, government data showed Friday.",
    "CPI core-core rose 4.4% in December from a year earlier, the ministry said.",
])
def test_a_headline_market_still_sets_cuts_aside(text):
    v = _run(text, question_now=HEADLINE_Q)
    assert not fired_yes(v, "threshold_crossed")


def test_hostile_input_stays_cheap():
    soup = word_soup(["CPI", "core-core", "supercore", "core", "excluding", "fresh", "food", "4.0%", "rose", "yoy"])
    assert_each_within([_run], soup, 2.0)
