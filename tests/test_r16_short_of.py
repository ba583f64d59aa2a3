"""Short of the mark with the gap told ('fell just short', 'fell about 1% short', 'fell one seat
short') and, for a market on reaching a bar, the bar named as what was not reached or was needed
(resolver/engine/short_of.py, read by rules/failed_attempt.py). Sentences verbatim from the
development corpus; near misses that must not fire."""

from __future__ import annotations

import pytest

from conftest import decided, fired, run_case
from resolver.engine import short_of

LULA_Q = ("Will Luiz Inacio Lula da Silva receive more than 50% of valid votes in the first round of Brazil's "
          "October 1, 2006 presidential election?")
LULA_C = ("This market will resolve to \"Yes\" if official results show President Lula receiving more than 50% of "
          "valid votes in the October 1, 2006 first round, winning re-election without a runoff. Otherwise, this "
          "market will resolve to \"No\".")
ERDOGAN_Q = ("Will Recep Tayyip Erdogan win more than 50% of the vote in the first round of Turkey's 2023 "
             "presidential election?")
ERDOGAN_C = ("This market will resolve to \"Yes\" if the results announced by Turkey's Supreme Election Council (YSK) "
             "for the May 14, 2023 first round of the presidential election show Recep Tayyip Erdogan receiving more "
             "than 50% of the valid votes, so that no runoff is needed. Otherwise, this market will resolve to \"No\".")


def _lula(text: str):
    return run_case(LULA_Q, "2006-10-03T23:59:59-03:00", LULA_C,
                    [("http://news.bbc.co.uk/2/hi/americas/5397772.stm", "2006-10-02T05:50:00+00:00",
                      "Brazil set for election run-off", text)], "2006-10-02T12:00:00+00:00")


def _erdogan(title: str, text: str):
    return run_case(ERDOGAN_Q, "2023-05-31T23:59:59+03:00", ERDOGAN_C,
                    [("https://www.thenationalnews.com/mena/2023/05/15/turkey-election-results-2023/",
                      "2023-05-15T00:00:00+04:00", title, text)], "2023-05-16T12:00:00+00:00")


def test_needed_bar_then_fell_about_one_percent_short():
    # b58-lula-first-round-majority-2006-no
    v = _lula("Lula needed at least 50% of the vote to avoid a run-off on 29 October, but fell about 1% short, "
              "officials say.")
    assert fired(v, "failed_attempt")
    assert decided(v) == "likely-no"


def test_headline_falls_short_of_the_markets_bar():
    # b15-erdogan-first-round-over-50pct-multi-no (headline)
    v = _erdogan("Turkey election results: Run-off as Erdogan falls short of 50% threshold",
                 "The second round of voting will be held on May 28.")
    assert fired(v, "failed_attempt")
    assert decided(v) == "likely-no"


def test_needed_bar_without_a_shortfall_does_not_fire():
    v = _lula("Lula needed at least 50% of the vote to avoid a run-off on 29 October, officials say.")
    assert not fired(v, "failed_attempt")


def test_another_figure_than_the_bar_does_not_fire():
    v = _erdogan("Turkey election results: Kilicdaroglu falls short of 45% as count nears end",
                 "The second round of voting will be held on May 28.")
    assert not fired(v, "failed_attempt")


@pytest.mark.parametrize("text, phrase", [
    # b58-lula-first-round-majority-2006-no
    ("Lula needed at least 50% of the vote to avoid a run-off on 29 October, but fell about 1% short, officials say.",
     "fell short"),
    # the Berlin marathon case (world record)
    ("Kenenisa Bekele claimed a stunning victory at the Berlin marathon but fell two seconds short of breaking the "
     "world record.", "fell short"),
    # the SNP majority case (Scottish elections)
    ("THE SNP were returned to a fourth successive term in government as they won the Scottish elections - but fell "
     "one seat short of an overall majority", "fell short"),
    # b15-erdogan-first-round-over-50pct-multi-no
    ("Almost complete results from Turkey's pivotal election showed President Erdogan falling just short of the "
     "50-percent threshold needed to win", "falling short"),
])
def test_gapped_cue(text, phrase):
    assert short_of.gapped_cue(text)[0] == phrase


@pytest.mark.parametrize("text", [
    "Shares fell 3% in short order after the announcement.",
    "Prices fell 2% on short covering.",
    "The rally fell away and proved short-lived.",
    "Bitcoin fell sharply shortly after the open.",
])
def test_gapped_cue_must_not_fire(text):
    assert short_of.gapped_cue(text) is None
