"""Threshold bars and the figures read against them (eleventh round, bars): a figure told with a
part of its measure left out ('Excluding gasoline, the country's inflation rate was 6.5 per cent')
is another measure than the headline one a market reads. Sentences verbatim from the development
corpus; each names its case."""

from resolver.engine import evaluate_market
from resolver.engine.component_cuts import asks_cut, component_cut
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if c.rule in rules and c.weight]


# b51-canada-cpi-jun2022-8pct-or-higher-multi-yes
CPI_Q = "Will Canada's annual CPI inflation rate for June 2022 be 8.0% or higher?"
CPI_C = ("This market will resolve to \"Yes\" if Statistics Canada reports that the Consumer Price Index rose 8.0% or more "
         "year over year in June 2022 in its initial release. Otherwise, this market will resolve to \"No\".")
CPI_EX = "Excluding gasoline, the country’s inflation rate was 6.5 per cent in June compared with 6.3 per cent in May."


def _cpi(body):
    m = market(CPI_Q, "2022-07-31T23:59:59-04:00", CPI_C)
    a = article("https://www.theprogress.com/news/canadian-inflation-may-have-peaked-in-june-as-gas-prices-soared-"
                "economists/", "2022-07-21T00:00:00-07:00",
                "Canadian inflation may have peaked in June as gas prices soared: economists", body)
    return evaluate_market(m, [a], ts("2022-07-22T00:00:00+00:00"))


def _cut(text, figure, q=CPI_Q):
    i = text.index(figure)
    return component_cut(q, text, i, i + len(figure))


def test_a_rate_excluding_a_part_is_not_the_headline_rate():
    v = _cpi(CPI_EX)
    assert not _fired(v, "threshold_missed", "threshold_crossed")
    assert _cut(CPI_EX, "6.5 per cent") == "Excluding gasoline"


def test_the_other_cuts_of_a_statistic():
    assert _cut("Consumer prices ex-food and energy rose 3.2% in June.", "3.2%") is not None
    assert _cut("The all-items index less shelter rose 2.1% over the year.", "2.1%") is not None
    assert _cut("Prices rose 2.1% in June, excluding food and energy.", "2.1%") is not None


def test_the_headline_rate_beside_a_cut_is_read():
    # must not fire: the cut is in its own conjunct; the headline figure stands in another
    text = "The annual inflation rate was 8.1 per cent in June, while excluding gasoline it was 6.5 per cent."
    assert _cut(text, "8.1 per cent") is None and _cut(text, "6.5 per cent") is not None
    assert _cpi("Statistics Canada said the annual inflation rate was 8.1 per cent in June.").verdict == "likely-yes"


def test_an_exclusion_of_a_time_or_a_comparison_is_no_cut():
    # must not fire: b09-canada-unemployment-aug2025-7.0-multi-yes ('excluding data from 2020 and 2021'), 'less than'
    assert _cut("The rate rose to 7.1%, the highest since May 2016, excluding data from 2020 and 2021.", "7.1%") is None
    assert _cut("The jobless rate, less than 4% a year ago, rose to 4.3%.", "4.3%") is None
    assert _cut("Former ex-president Smith said inflation was 5%.", "5%") is None


def test_a_question_on_a_cut_reads_its_cut():
    assert asks_cut("Will core CPI be above 3%?") and asks_cut("Will CPI excluding food and energy be above 3%?")
    assert component_cut("Will CPI excluding food and energy rise above 3%?", "Excluding food, prices rose 3.2%.", 27, 31) \
        is None


# b51-nino34-above-1c-june-2023-update-no
NINO_Q = ("Will NOAA's June 2023 ENSO diagnostic discussion report a latest weekly Niño-3.4 index above +1.0°C?")
NINO_C = ("This market will resolve to \"Yes\" if the ENSO Diagnostic Discussion issued by NOAA's Climate Prediction Center "
          "in June 2023 reports the latest weekly Niño-3.4 sea surface temperature anomaly as greater than +1.0°C. Other "
          "Niño regions (Niño-3, Niño-1+2, Niño-4) do not count. Otherwise, this market will resolve to \"No\".")
NINO = ("All of the latest weekly Niño indices were more than +0.5°C: Niño-3.4 was +0.8°C, Niño-3 was +1.1°C, and "
        "Niño1+2 was +2.3°C.")


def _nino(body):
    m = market(NINO_Q, "2023-06-30T23:59:59-04:00", NINO_C)
    a = article("https://www.julianprice.com/news-clippings/el-nino-conditions-are-present", "2023-06-08T00:00:00-04:00",
                "El Niño conditions are present and are expected to gradually strengthen into the Northern Hemisphere "
                "winter 2023-24.", body)
    return evaluate_market(m, [a], ts("2023-06-10T00:00:00+00:00"))


def test_a_bar_written_with_a_plus_sign_is_a_level():
    from resolver.engine import quantities
    bar = quantities.required(NINO_Q)
    assert (bar.value, bar.direction, bar.inclusive, bar.unit) == (1.0, "above", False, "celsius")


def test_the_series_named_with_its_own_number_owns_the_figure():
    v = _nino(NINO)
    assert v.verdict == "likely-no"
    assert all("0.8°C" in c.reason for c in _fired(v, "threshold_missed", "threshold_crossed"))


def test_another_numbered_series_and_a_lower_bound_are_not_the_markets():
    # must not fire: 'Niño-3 was +1.1°C' is another region's; 'more than +0.5°C' is a bound below the bar
    v = _nino("All of the latest weekly Niño indices were more than +0.5°C: Niño-3 was +1.1°C, and Niño1+2 was +2.3°C.")
    assert not _fired(v, "threshold_missed", "threshold_crossed")
    v = _nino("Niño-3 was +1.1°C, Niño-3.4 was +0.8°C.")
    assert v.verdict == "likely-no"


# b54-bolt-200m-under-19-20-berlin-2009-yes, b52-100m-world-record-9-70-or-below-beijing-yes
BOLT_Q = ("Will the men's 200m final at the 2009 World Championships in Berlin be won in a time under 19.20 seconds?")
BOLT = ("Bolt's winning time - 19.19* - looks more like a grandparent's year of birth than a time for the 200m, but although "
        "it may take a while to digest, those are the new World record figures.")
WR_Q = "Will the men's 100m world record be lowered to 9.70 seconds or faster at the Beijing 2008 Olympics?"
WR = ("BEIJING — Showboating for the cameras well before the finish line and beating his chest in triumph after his "
      "historic moment was official, Jamaica’s Usain Bolt broke his own world record today in the Olympics 100 meters "
      "with a time of 9.69.")


def _race(q, deadline, published, as_of, title, body):
    m = market(q, deadline)
    a = article("https://worldathletics.org/news/news/bolt", published, title, body)
    return evaluate_market(m, [a], ts(as_of))


def test_a_winning_time_in_bare_seconds_meets_a_bar_in_seconds():
    v = _race(BOLT_Q, "2009-08-20T23:59:59+02:00", "2009-08-20T00:00:00+02:00", "2009-08-21T00:00:00+00:00",
              "Bolt again, and again! 19.19 World record in Berlin", BOLT)
    assert v.verdict == "likely-yes"
    v = _race(WR_Q, "2008-08-24T23:59:59+08:00", "2008-08-16T00:00:00-06:00", "2008-08-17T12:00:00+00:00",
              "bolt races to gold in 100 meters", WR)
    assert v.verdict == "likely-yes"


def test_a_time_not_told_as_the_winning_or_record_one_is_not_read():
    # must not fire: the previous record's time, and a bare number not told as a performance's time
    v = _race(BOLT_Q, "2009-08-20T23:59:59+02:00", "2009-08-20T00:00:00+02:00", "2009-08-21T00:00:00+00:00",
              "Berlin", "Johnson said Bolt was too tired to improve on the previous winning time of 19.19 in the 200m.")
    assert not _fired(v, "confirmation")
    v = _race(WR_Q, "2008-08-24T23:59:59+08:00", "2008-08-16T00:00:00-06:00", "2008-08-17T12:00:00+00:00",
              "Beijing", "Bolt ran the 100 meters heat in 9.69 to win it, far from the world record.")
    assert not _fired(v, "confirmation")
