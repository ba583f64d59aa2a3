"""Figures of another measure, place or count (twenty-first round, r21-figures; census r20 §6 class D). The twentieth
round's guards (tests/test_r20_figvintage.py) covered another period, a core cut, annualised against
quarter-on-quarter and a later release. Left were a figure told of another rate than a body's set rate (a mortgage
rate, a bond yield, inflation), of a region, a city or another country for a country's figure, of another series
(nominal GDP, GDP per capita, the producer price index), of the hurt for a death toll, and a change from the month
before for a 12-month rate.

(a) Deciding sentences verbatim from development articles (the case named), each read with its own market: they
must still decide it. (b) The same sentences minimally edited, generated systematically (one edit per variant: the
measure's noun, a place phrase after the figure or after the statistic's noun, the counted group): each must not
decide. tools/variants_r21/figure_variants.py runs the same edits over every right decisive threshold sentence of
the development batches."""

from __future__ import annotations

import re
import time
from datetime import datetime

import pytest

from conftest import decided, fired, run_case

from resolver.engine import figure_places, indicators, joint_counts
from resolver.engine.annual_figures import short_base
from cpu_budget import assert_cpu_within

RULES = ("threshold_crossed", "threshold_missed")

CASES = {
    'b01-boe-aug2025-cut-to-4pct-yes': dict(
        q='Will the Bank of England lower Bank Rate to 4.00% or below at its August 2025 Monetary Policy Committee meeting?',
        deadline='2025-08-31T23:59:59+01:00', as_of='2025-08-09T12:00:00+00:00',
        crit='This market will resolve to "Yes" if the Bank of England\'s Monetary Policy Committee announces a reduction of Bank Rate to 4.00% or lower at its August 2025 meeting. Otherwise, this market will resolve to "No".',
        url='https://www.coatesandpartners.co.uk/news/business-news/archive/article/2025/August/bank-of-england-cuts-interest-rates-to-4', pub='2025-08-08T00:00:00+01:00', title=True, expected='likely-yes',
        sentence='Bank of England cuts interest rates to 4%'),
    'b47-uk-cpi-july2022-10pct-or-higher-yes': dict(
        q='Will UK CPI inflation for July 2022 be 10.0% or higher?',
        deadline='2022-08-17T23:59:59+01:00', as_of='2022-08-17T18:00:00+01:00',
        crit='This market will resolve to "Yes" if the annual Consumer Prices Index (CPI) inflation rate for the 12 months to July 2022, as first published by the UK Office for National Statistics, is 10.0% or higher. Otherwise, this market will resolve to "No".',
        url='https://themanc.com/news/inflation-hits-another-new-40-year-uk-high-of-10-1-as-cost-of-living-crisis-worsens/', pub='2022-08-17T00:00:00+01:00', title=False, expected='likely-yes',
        sentence='As the rising cost of living crisis continues to make its impact felt across the country, it has been revealed this morning that the Consumer Prices Index (CPI) rose to 10.1% in the 12 months to July – which is up from 9.4% in June.'),
    'b40-us-unemployment-oct2001-5pt5-no': dict(
        q='Will the US unemployment rate for October 2001 be 5.5% or higher?',
        deadline='2001-11-05T23:59:59-05:00', as_of='2001-11-05T23:59:59-05:00',
        crit='This market will resolve to "Yes" if the seasonally adjusted US unemployment rate for October 2001, as reported by the Bureau of Labor Statistics, is 5.5% or higher. Otherwise, this market will resolve to "No".',
        url='https://www.bls.gov/opub/ted/2001/Nov/wk1/art01.htm', pub='2001-11-05T00:00:00-05:00', title=False, expected='likely-no',
        sentence='The unemployment rate rose by 0.5 percentage point to 5.4 percent in October, the highest level since December 1996.'),
    'b04-moldova-patriotic-bloc-30pct-no': dict(
        q="Will the Patriotic Electoral Bloc receive at least 30% of the vote in Moldova's September 28, 2025 parliamentary election?",
        deadline='2025-10-31T23:59:59+03:00', as_of='2025-09-30T00:00:00+00:00',
        crit='This market will resolve to "Yes" if the Patriotic Electoral Bloc receives 30% or more of the valid votes in Moldova\'s September 28, 2025 parliamentary election according to the Central Election Commission\'s count of all ballots. Otherwise, this market will resolve to "No".',
        url='https://tass.com/world/2022771', pub='2025-09-29T00:00:00+03:00', title=False, expected='likely-no',
        sentence='The main opposition force, the Patriotic Electoral Bloc, receives 24.17%.'),
    'b84-slovenia-water-referendum-turnout-45pct-2021-multi-yes': dict(
        q="Will turnout in Slovenia's July 11, 2021 Waters Act referendum be 45% or higher?",
        deadline='2021-07-18T23:59:59+02:00', as_of='2021-07-13T00:00:00+00:00',
        crit='This market will resolve to "Yes" if turnout in Slovenia\'s July 11, 2021 referendum on the amended Waters Act, as reported by Slovenia\'s State (National) Electoral Commission in results published by July 18, 2021, is 45% of registered voters or higher. The share of votes against or for the law is irrelevant. Otherwise, this market will resolve to "No".',
        url='https://nationalpost.com/pmn/news-pmn/crime-pmn/slovenia-rejects-government-changes-to-law-on-water-resources', pub='2021-07-11T00:00:00-04:00', title=False, expected='likely-yes',
        sentence='Turnout was 46%.'),
    'b88-us-q3-2023-gdp-advance-4.5-yes': dict(
        q='Will the advance estimate of US real GDP growth for the third quarter of 2023 be 4.5% or higher?',
        deadline='2023-10-26T23:59:59-04:00', as_of='2023-10-26T23:59:59-04:00',
        crit='This market will resolve to "Yes" if the Bureau of Economic Analysis\' advance estimate, released on October 26, 2023, shows U.S. real GDP growing at a seasonally adjusted annual rate of 4.5% or higher in the third quarter of 2023. Later revisions do not count. Otherwise, this market will resolve to "No".',
        url='https://forextv.com/forex-news/u-s-economic-growth-accelerates-more-than-expected-in-q3/', pub='2023-10-26T00:00:00-04:00', title=False, expected='likely-yes',
        sentence='The Commerce Department said gross domestic product spiked by 4.9 percent in the third quarter after jumping by 2.1 percent in the second quarter.'),
    'b38-us-cpi-oct2018-at-least-2p5pct-yes': dict(
        q='Will US CPI inflation for October 2018 be 2.5% or higher year over year?',
        deadline='2018-11-14T23:59:59-05:00', as_of='2018-11-14T18:00:00+00:00',
        crit='This market will resolve to "Yes" if the year-over-year change in the all-items Consumer Price Index for October 2018, as first reported by the Bureau of Labor Statistics, is 2.5% or higher. Otherwise, this market will resolve to "No".',
        url='https://www.axios.com/2018/11/14/gas-prices-oil-inflation-consumer-price-index', pub='2018-11-14T00:00:00-05:00', title=False, expected='likely-yes',
        sentence="The Consumer Price Index, a key measurement of inflation, rose 2.5% in October from a year earlier, more than the prior month's 2.3% year-over-year gain, the Labor Department said on Wednesday."),
    'b05-maui-fire-deaths-100-by-aug31-yes': dict(
        q='Will the confirmed death toll from the August 2023 Maui wildfires reach 100 by August 31, 2023?',
        deadline='2023-08-31T23:59:59-10:00', as_of='2023-08-22T18:00:00+00:00',
        crit='This market will resolve to "Yes" if Maui County or Hawaii officials report at least 100 confirmed deaths from the wildfires that began on Maui on August 8, 2023, at any time by August 31, 2023. Otherwise, this market will resolve to "No".',
        url='https://americanfaith.com/hawaii-wildfires-maui-tragedy-death-toll-rises-to-36/', pub='2023-08-10T06:00:00-07:00', title=False, expected='likely-yes',
        sentence="The death toll from the blazes climbed to 114, as authorities said they'd searched 85% of the destroyed historic town of Lahaina."),
    'b07-helene-us-deaths-200-by-oct5-2024-yes': dict(
        q="Will Hurricane Helene's confirmed U.S. death toll reach 200 by October 5, 2024?",
        deadline='2024-10-05T23:59:59-04:00', as_of='2024-10-05T12:00:00+00:00',
        crit='This market will resolve to "Yes" if, by October 5, 2024, 11:59 PM ET, officials or major news organisations compiling official figures report that at least 200 people have been confirmed dead in the United States as a result of Hurricane Helene. Otherwise, this market will resolve to "No".',
        url='https://telegraph.ng/news/2024/10/04/us-storm-death-toll-surpasses-200', pub='2024-10-04T00:00:00+01:00', title=False, expected='likely-yes',
        sentence='More than 200 people are confirmed dead after Hurricane Helene carved a path of destruction through several southeastern US states, officials said Thursday, making it the second deadliest storm to hit the US mainland in more than half a century.'),
    'b106-japan-jan2023-core-cpi-4pt2-multi-yes': dict(
        q="Will Japan's nationwide core CPI (excluding fresh food) for January 2023 be up 4.2% or more year on year?",
        deadline='2023-02-28T23:59:59+09:00', as_of='2023-02-26T00:00:00+09:00',
        crit='This market will resolve to "Yes" if the nationwide core consumer price index excluding fresh food for January 2023, as published by Japan\'s Ministry of Internal Affairs and Communications, shows a year-on-year rise of 4.2% or more. Tokyo-area figures do not count. Otherwise, this market will resolve to "No".',
        url='https://www.nippon.com/en/news/kd991491072834879488/urgent-tokyo-core-consumer-prices-hit-41-yr-high-at-4-3-in-jan.html', pub='2023-01-27T00:00:00+09:00', title=False, expected='likely-yes',
        sentence="Japan's core consumer prices rose 4.2 percent in January from a year earlier, increasing at a pace not seen since September 1981, owing to rising energy and food prices, the government said in a new report ."),
    'b63-turkey-cpi-oct2022-above85-yes': dict(
        q="Will Turkey's official annual CPI inflation for October 2022 be above 85%?",
        deadline='2022-11-03T23:59:59+03:00', as_of='2022-11-03T18:00:00+00:00',
        crit='This market will resolve to "Yes" if the Turkish Statistical Institute (TurkStat) reports annual consumer price inflation for October 2022 above 85.00%. Figures from independent groups such as ENAG do not count. Otherwise, this market will resolve to "No".',
        url='https://www.urdupoint.com/en/business/turkeys-annual-inflation-rate-reached-855-1588823.html', pub='2022-11-03T16:40:00+05:00', title=False, expected='likely-yes',
        sentence='The inflation accelerated to 85.51 percent in October.'),
    'b19-rba-cash-rate-4.35-or-higher-nov2023-yes': dict(
        q="Will the Reserve Bank of Australia's cash rate target be 4.35% or higher after its November 2023 board meeting?",
        deadline='2023-11-07T23:59:59+11:00', as_of='2023-11-07T23:59:59+11:00',
        crit='This market will resolve to "Yes" if the cash rate target announced by the Reserve Bank of Australia following its November 7, 2023 board meeting is 4.35% or higher. Otherwise, this market will resolve to "No".',
        url='https://www.nasdaq.com/articles/australia-central-bank-hikes-rates-to-12-year-high-of-4.35', pub='2023-11-06T22:31:00-05:00', title=True, expected='likely-yes',
        sentence='Australia central bank hikes rates to 12-year high of 4.35%'),
}


def _run(cid: str, text: str):
    c = CASES[cid]
    as_of = min(datetime.fromisoformat(c["as_of"]), datetime.fromisoformat(c["deadline"])).isoformat()
    title, body = (text, "") if c["title"] else ("", text)
    return run_case(c["q"], c["deadline"], c["crit"], [(c["url"], c["pub"], title, body)], as_of)


def _sub(cid: str, old: str, new: str) -> str:
    s = CASES[cid]["sentence"]
    assert old in s, (cid, old)
    return s.replace(old, new, 1)


# (a) the verbatim sentences decide their markets
@pytest.mark.parametrize("cid", sorted(CASES))
def test_verbatim_sentence_decides(cid):
    assert decided(_run(cid, CASES[cid]["sentence"])) == CASES[cid]["expected"]


# (b) generated variants: (case, old words, new words)
RATE_NOUNS = ("average mortgage rate", "10-year bond yield", "inflation rate", "prime lending rate", "savings rate")
RATE_VARIANTS = [(cid, old, new) for cid, old in (("b01-boe-aug2025-cut-to-4pct-yes", "interest rates"),
                                                   ("b19-rba-cash-rate-4.35-or-higher-nov2023-yes", "rates"))
                 for new in RATE_NOUNS]
PLACES = {"b47-uk-cpi-july2022-10pct-or-higher-yes": ("10.1%", "Consumer Prices Index", ("Scotland", "London", "Wales")),
          "b40-us-unemployment-oct2001-5pt5-no": ("5.4 percent", "unemployment rate", ("California", "Texas", "Canada")),
          "b63-turkey-cpi-oct2022-above85-yes": ("85.51 percent", "inflation", ("Ankara", "Iran")),
          "b88-us-q3-2023-gdp-advance-4.5-yes": ("4.9 percent", "gross domestic product", ("Florida", "Mexico"))}
PLACE_VARIANTS = [(cid, fig, f"{fig} in {p}") for cid, (fig, _, ps) in PLACES.items() for p in ps] + \
                 [(cid, noun, f"{noun} in {p}") for cid, (_, noun, ps) in PLACES.items() for p in ps] + \
                 [(cid, fig, f"{fig} in the capital") for cid, (fig, _, _) in PLACES.items()]
VOTE_VARIANTS = [("b04-moldova-patriotic-bloc-30pct-no", "24.17%", "24.17% in " + p) for p in ("the capital", "Chisinau")] + \
                [("b84-slovenia-water-referendum-turnout-45pct-2021-multi-yes", "46%", "46% in " + p)
                 for p in ("the capital", "Ljubljana")]
SERIES_VARIANTS = [("b88-us-q3-2023-gdp-advance-4.5-yes", "gross domestic product", "nominal gross domestic product"),
                   ("b88-us-q3-2023-gdp-advance-4.5-yes", "gross domestic product", "gross domestic product per capita"),
                   ("b38-us-cpi-oct2018-at-least-2p5pct-yes", "Consumer Price Index", "producer price index"),
                   ("b38-us-cpi-oct2018-at-least-2p5pct-yes", "Consumer Price Index", "wholesale price index"),
                   ("b106-japan-jan2023-core-cpi-4pt2-multi-yes", "from a year earlier", "from the previous month"),
                   ("b106-japan-jan2023-core-cpi-4pt2-multi-yes", "from a year earlier", "from the prior month")]
HURT_VARIANTS = [("b05-maui-fire-deaths-100-by-aug31-yes", "death toll", n) for n in ("injury toll", "number of injured")] + \
                [("b07-helene-us-deaths-200-by-oct5-2024-yes", "confirmed dead", n)
                 for n in ("confirmed injured", "reported injured", "confirmed wounded")]
VARIANTS = RATE_VARIANTS + PLACE_VARIANTS + VOTE_VARIANTS + SERIES_VARIANTS + HURT_VARIANTS


@pytest.mark.parametrize("cid,old,new", VARIANTS)
def test_variant_must_not_fire(cid, old, new):
    v = _run(cid, _sub(cid, old, new))
    assert not fired(v, *RULES), [c.reason for c in fired(v, *RULES)]


def test_variant_count():
    # 49 variants (see the report for how many fired on main before this branch); after, none
    assert len(VARIANTS) == 49


# --- the readers themselves ----------------------------------------------------------------------------------------
def test_the_market_country_and_its_own_places():
    q = "Will the U.S. unemployment rate for August 2025 be 4.3% or higher?"
    assert figure_places.market_country(q) == "united states"
    assert figure_places.market_country("Will the Patriotic Electoral Bloc receive at least 30% of the vote in "
                                        "Moldova's September 28, 2025 parliamentary election?") == "moldova"
    for text, place in (("Unemployment In California Reaches 4.3%", "California"),
                        ("California's unemployment rate rose to 4.3%", "California"),
                        ("The jobless rate in the state of Texas rose to 4.3%", "Texas"),
                        ("Unemployment rose to 4.3% in August", None),  # a month is no place
                        ("The jobless rate rose to 4.3% in the U.S.", None),  # the market's country
                        ("The national unemployment rate rose to 4.3% in California", None),  # told as national
                        ("The jobless rate rose to 4.3%, the Labor Department said in Washington", None)):  # where it was said
        k = text.find("4.3%")
        assert figure_places.other_place(q, "", text, k, k + 4, 0) == place, text
    # a place the market itself names is its own
    q = "Will Tokyo's core CPI for May 2024 be 2.0% or higher?"
    text = "Core consumer prices in Tokyo rose 2.0% in May"
    assert figure_places.other_place(q, "", text, text.find("2.0%"), text.find("2.0%") + 4, 0) is None


def test_counts_of_the_hurt():
    q = "Will the confirmed death toll reach 100 by August 31, 2023?"
    for text in ("The injury toll from the blazes climbed to 114", "The number of injured rose to 114",
                 "114 people were reported injured"):
        k = text.find("114")
        assert joint_counts.hurt_count(q, text, k, k + 3), text
    # the dead named between the count of the hurt and the figure: the figure is theirs
    text = "The injury toll rose to 300 and the death toll climbed to 114"
    assert joint_counts.hurt_count(q, text, text.find("114"), text.find("114") + 3) is None
    assert joint_counts.hurt_count("Will more than 500 people be injured?", "The injury toll rose to 600", 24, 27) is None


def test_another_price_index_and_per_capita():
    q = "Will US CPI inflation for October 2018 be 2.5% or higher year over year?"
    text = "The producer price index, a key measurement of inflation, rose 2.5% in October"
    assert indicators.other_price_index(text, 0, text.find("2.5%"), q) == "producer price"
    text = "Producer prices rose 5%, and the consumer price index, a key gauge of inflation, rose 2.5%"
    assert indicators.other_price_index(text, text.find("5%") + 2, text.find("2.5%"), q) is None
    q = "Will U.S. real GDP growth be 4.5% or more in Q3 2023?"
    text = "GDP per capita grew 4.9 percent in the third quarter"
    assert indicators.sub_series(text, text.find("4.9"), ("gdp",), q) == "per capita"


def test_a_change_from_the_previous_month_for_a_12_month_rate():
    q = "Will Japan's core CPI for January 2023 be up 4.2% or more year on year?"
    text = "Core prices rose 4.2 percent in January from the previous month"
    assert short_base(text, text.find("4.2"), text.find("4.2") + 11, q) == "in January from the previous month"
    text = "Core prices were 4.2 percent, up from the previous month's 4.0 percent"  # the level before, not a base
    assert short_base(text, text.find("4.2"), text.find("4.2") + 11, q) is None


def test_hostile_input_is_fast():
    # a 30 KB run-on sentence of the readers' trigger words, for a rate market, a country's statistic and a toll
    text = (("the average mortgage rate in the capital of California's producer price index rose 4.2% from the "
             "previous month in Ontario, the injury toll of 114 people were reported injured, ") * 200)[:30000]
    t0 = time.process_time()
    for cid in ("b01-boe-aug2025-cut-to-4pct-yes", "b40-us-unemployment-oct2001-5pt5-no", "b05-maui-fire-deaths-100-by-aug31-yes"):
        _run(cid, text + ".")
    assert_cpu_within(t0, 10.0)
