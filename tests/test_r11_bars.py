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
