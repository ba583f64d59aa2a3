"""Readings of the probe's group D, 'another measure read as the market's' (round 26, branch probed).

Generated variants (tests/r26_probed_data.py) on development markets; each names the wrong decisive verdict it must
not get. At the branch's base (main 5936e63e) 21 of 70 got it (6 of 12 among the ones written after the fix and
kept out of its tuning); after these readings none does:

- other_tenors (confirmation's doer gate): a one-year loan prime rate cut for a market on the five-year LPR ('China
  cut its one-year loan prime rate by 15 basis points'): the act's conjunct names another term of the measure.
- wider_totals.wider_scope (threshold_crossed): for a market on one country's toll ('the U.S. death toll', "Mexico's
  official death toll", 'in Haiti'), a figure told over several countries, a region the market does not name, or a
  list or range of places naming another country ('across the Caribbean, the United States and Canada', 'from
  Jamaica to New York', 'across Asia', 'in the region').
- indicators.sub_series (reported_figure): a price index's component for a consumer-price market ('Gasoline prices',
  'New vehicle prices'), 'core-core' for a core market, a group's rate ('the unemployment rate for Black workers')
  for the national one, the whole's ('overall') for a group's market, a figure in current prices for real growth.
- annual_figures.rate_base: a change 'compared with a year earlier' for a market on the quarter's (annualised) change.

Near-misses: the market's own figure or act, which must keep its decisive verdict (three were undetermined on main
too, and stay so: the passive 'five-year LPR was lowered', 'killed 113 people in the United States'; the third,
'cut the one-year LPR … but kept the five-year LPR unchanged', was a wrong likely-yes on main and is undetermined now).
`wrong_count()` runs on any engine."""

from __future__ import annotations

from conftest import case_runner
from cpu_budget import assert_each_within, word_soup
from r26_probed_data import LPR, NEAR, PUB, SANDY, V, as_of

URL = "https://news.example.com/story"
# near-misses undetermined on main as well (not readings of this class): allowed to stay undetermined
_UNREAD_ON_MAIN = {"The five-year LPR was lowered to 4.10% from 4.20% on Monday.",
                   "Sandy has killed 113 people in the United States, officials said.",
                   "China cut the one-year LPR to 3.45% but kept the five-year LPR unchanged at 4.20%."}


def _run(case: str, title: str = ""):
    return case_runner(case, URL, PUB[case], as_of=as_of(case), title=title)


def wrong_count() -> int:
    return sum(_run(case, title)(text).verdict == bad for _, case, bad, title, text in V)


def test_variants_not_misread():
    wrong = [(kind, text, bad) for kind, case, bad, title, text in V if _run(case, title)(text).verdict == bad]
    assert not wrong, wrong
    assert len(V) >= 40


def test_near_misses_stay_decisive():
    for case, exp, title, text in NEAR:
        got = _run(case, title)(text).verdict
        if text in _UNREAD_ON_MAIN:
            assert got in (exp, "undetermined"), text
        else:
            assert got == exp, (text, got)


def test_units():
    from resolver.engine import other_tenors, wider_totals
    q = "Will China lower its five-year loan prime rate at the August 2023 monthly fixing?"
    assert other_tenors.market_tenor(q) == (5, "year")
    s = "China cut its one-year loan prime rate by 15 basis points."
    assert other_tenors.other_tenor(q, s, s.index("cut"))
    s = "China cut its five-year loan prime rate by 10 basis points."
    assert other_tenors.other_tenor(q, s, s.index("cut")) is None
    s = "China cut the one-year LPR to 3.45% but kept the five-year LPR unchanged."
    assert other_tenors.other_tenor(q, s, s.index("cut"))
    assert other_tenors.other_tenor(q, s, s.index("kept")) is None
    assert other_tenors.market_tenor("Will the Fed cut rates in 2024?") is None
    def scope(q, s, n):
        k = s.index(n)
        return wider_totals.wider_scope(q, "", s, k, k + len(n), 0, len(s))
    tq = "Will the U.S. death toll from Hurricane Sandy exceed 100 by November 15, 2012?"
    assert scope(tq, "killed 150 people across eight countries", "150")
    assert scope(tq, "left 155 people dead from Jamaica to New York", "155")
    assert scope(tq, "killed 113 people in the United States", "113") is None
    assert scope(tq, "The U.S. toll rose to 110, while across the Caribbean many died", "110") is None
    assert scope(tq, "Helene killed 113 people in Georgia and Florida", "113") is None
    assert scope("Will the NCDC report 100 Lassa deaths in Nigeria?", "Lassa has killed 110 people in Nigeria, the worst outbreak in Africa this year", "110") is None
    assert scope(tq, "The death toll across the Caribbean, the United States and Canada climbed to 160", "160")
    assert scope(tq, "killed 113 people in New York and New Jersey", "113") is None
    mq = "Will reports put deaths from Hurricane Mitch in Central America at 10,000 by November 30, 1998?"
    assert scope(mq, "Mitch killed 11,000 people across Central America", "11,000") is None
    assert scope("Will the death toll from the Maui wildfires reach 100?", "killed 110 across the Caribbean",
                 "110") is None  # no place of its own


def test_hostile_input_bounded():
    words = ("China cut its one-year five-year 10-year loan prime rate LPR by 15 basis points to 3.45% , the "
             "U.S. death toll across the Caribbean from Jamaica to New York in Haiti , Cuba and the Bahamas rose to "
             "160 ; core-core CPI overall unemployment rate for Black workers in current prices compared with a year "
             "earlier Gasoline prices were up 59.9%").split()
    runs = [_run(LPR), _run(SANDY), _run("b06-us-cpi-jun2022-9pct-yes"), _run("b88-us-q3-2023-gdp-advance-4.5-yes"),
            _run("b74-china-youth-unemployment-may2023-21pct-multi-no")]
    assert_each_within(runs, word_soup(words), 2.0)


if __name__ == "__main__":
    print("wrong:", wrong_count(), "of", len(V))
