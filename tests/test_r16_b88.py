"""Batch 88 misses (sixteenth round, r16-b88), each fixed by a general reading: a headline
percentage that lost its decimal point to the web address (engine/slug_figures.py). Sentences
verbatim from the development corpus; each names its case; the must-not-fire sentences are the
nearby wordings."""

from resolver.engine.slug_figures import restored
from tests.conftest import decided, fired, run_case

# b88-cnb-repo-2pct-by-dec31-2018-multi-no
CNB_TITLE = "Czech National Bank increases interest rate to 175 percent"
CNB_TEXT = ("The Czech National Bank on Thursday raised the basic interest rate by a quarter of a percentage point to "
            "1.75 percent. It is already the fifth hike in interest rates this year, as the bank response to rapid pace "
            "of wage growth and the resulting impact on inflation.\n\nAccording to Central Bank governor Jiří Rusnok, "
            "there will be no more hikes before the end of the year.")
CNB_LATER = ("The Bank Board of the Czech National Bank raised its basic interest rate to 2 percent, an increase of 0.25 "
             "percent, the Czech News Agency reports. It is the first rise since November 2018 and interest rates are "
             "now at their highest in the past 10 years.")


def test_slug_figure_restored():
    assert restored(True, "175", CNB_TEXT) == 1.75
    # b84-laos-dec2022-inflation-40pct-multi-no: 'Inflation in laos climbs to 393 pct in decem'
    assert restored(True, "393", "Laos' inflation climbed to 39.3 percent in December.") == 39.3
    # must not fire: a body sentence, a whole figure the text never gives with a point, two digits
    assert restored(False, "175", CNB_TEXT) is None
    assert restored(True, "175", "The index rose 175 percent, from 1.7 million.") is None
    assert restored(True, "25", "Rates between 2.25% and 2.5%.") is None


def test_slug_headline_not_a_crossing():
    v = run_case("Will the Czech National Bank raise its two-week repo rate to 2% or higher by December 31, 2018?",
                 "2018-12-31T23:59:59+01:00",
                 "This market will resolve to \"Yes\" if, on or before December 31, 2018, the Czech National Bank sets "
                 "its two-week repo rate (its main policy rate) at 2.00% or higher. Otherwise, this market will "
                 "resolve to \"No\".",
                 [("https://example.org/cnb-175", "2018-11-01T00:00:00+01:00", CNB_TITLE, CNB_TEXT),
                  ("https://example.org/cnb-2", "2019-05-02T00:00:00+02:00", "Czech National Bank raises interest rates",
                   CNB_LATER)], "2019-05-03T00:00:00+00:00")
    assert decided(v) != "likely-yes"
    assert not fired(v, "threshold_crossed")
