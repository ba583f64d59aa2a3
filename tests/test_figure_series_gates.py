"""Package qb — is this figure the market's series? Verbatim corpus sentences (tests/data/realnews
batch-23, batch-24) for each rule: a sub-series' figure, a figure of a kind the criteria exclude,
an unofficial count, an earlier reading, and a count of another group of people."""

import json
import re
from pathlib import Path

import pytest

from resolver.backtest import run_case
from resolver.config import Settings
from resolver.engine import indicators
from resolver.engine.partial_counts import completeness, in_count_cue
from resolver.engine.rules.statistic_period import _earlier_reading
from resolver.engine.rules.threshold_figures import _OTHER_GROUP_BEFORE

DATA = Path(__file__).parent / "data" / "realnews"

CORE = "Core inflation, which strips out energy, food, and tobacco, eased slightly from 2.8% in August to 2.7% in September."
HEADLINE = ("According to flash estimates from the European Union's statistics office Eurostat today (1 October), "
            "inflation in the euro area fell to 1.8% in September, down from 2.2% in August, matching forecasts by a "
            "Reuters poll of economists.")
Q_FLASH = "Will Eurostat's flash estimate of euro area annual inflation for September 2024 be below 2.0%?"


def test_sub_series_figure_is_not_the_headline():
    names = indicators.indicator_names(Q_FLASH)
    assert indicators.sub_series(CORE, CORE.index("2.7%"), names, Q_FLASH) == "Core"
    assert indicators.sub_series(HEADLINE, HEADLINE.index("1.8%"), names, Q_FLASH) is None
    # a market on the core rate reads the core figure
    q_core = "Will euro area core inflation for September 2024 be below 2.8%?"
    assert indicators.sub_series(CORE, CORE.index("2.7%"), names, q_core) is None


def test_earlier_reading():
    s = "A month ago, inflation stood at 2.2 percent."
    assert _earlier_reading(s, re.search(r"2\.2 percent", s)) == "A month ago"
    # the base of a year-on-year change is no earlier reading
    s = ("The key inflation gauge, the consumer price index (CPI), rose 3.0 percent from a year ago last month, down "
         "from 4.0 percent in May and slightly lower than analysts expected.")
    assert _earlier_reading(s, re.search(r"3\.0 percent", s)) is None


def test_unofficial_count_is_provisional():
    texts = ["Nayib Bukele has been reelected as the President of El Salvador with an astounding 85% of the votes, "
             "securing a landslide victory.",
             "According to unofficial reports released by Bukele himself, his victory margin is more than ten times "
             "that of the second-place candidate."]
    done = completeness(texts)
    assert done.share is None and done.cue == "unofficial"


def test_share_won_is_not_share_counted():
    s = ("SAN SALVADOR.- The Supreme Electoral Tribunal (TSE) of El Salvador confirmed the victory of President Nayib "
         "Bukele in last Sunday's elections with 82.66% of the votes.")
    assert not in_count_cue(s, s.index("82.66"))
    for s in ("The ANC had 40.2% with 95% of the vote counted.", "With 95% of the vote reported, she led.",
              "After 99% of the ballots had been counted, the ANC had 40.2%."):
        assert in_count_cue(s, s.index("9"))


def test_displacement_of_people_is_not_a_death_toll():
    s = ("Flash floods have submerged roads and neighbourhoods, leading to the displacement of more than 130,000 people "
         "across 24,000 households, many of them in the capital, Nairobi, the government spokesperson, Isaac Mwaura, said.")
    assert _OTHER_GROUP_BEFORE.search(s[:s.index("130,000")])
    s = ("Within hours, air raid sirens warning of rocket fire were heard on the Israeli side of the border, and heavy "
         "shelling resumed in the southern Gaza city of Rafah, killing at least 35 people and wounding 100, medics said.")
    assert _OTHER_GROUP_BEFORE.search(s[:s.index("100")]) and not _OTHER_GROUP_BEFORE.search(s[:s.index("35")])


CASES = {
    "b23-euro-area-sep2024-flash-below-2pct-yes": "likely-yes",          # core 2.7% is not the headline 1.8%
    "b23-euro-area-sep2024-final-1.8-or-higher-multi-no": "likely-no",   # the flash 1.8% is not the final reading
    "b23-spot-gold-3000-by-mar13-2025-no": "likely-no",                  # futures prices excluded
    "b23-comex-gold-futures-3000-by-mar13-2025-yes": "likely-yes",       # ... but read for a futures market
    "b23-bukele-85pct-official-asof-claim-undet": "undetermined",        # an unofficial count
    "b23-bukele-85pct-official-multi-no": "likely-no",                   # the official 82.66% read
    "b24-kenya-floods-deaths-150-by-may31-2024-asof-apr28-undet": "undetermined",  # displaced, not dead
}


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_cases(case_id):
    batch = "batch-23.json" if case_id.startswith("b23") else "batch-24.json"
    case = next(c for c in json.loads((DATA / batch).read_text()) if c["id"] == case_id)
    verdict = run_case(case, 1, Settings())
    assert verdict.verdict == CASES[case_id]
