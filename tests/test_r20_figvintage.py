"""Figures of another period, measure or vintage (twentieth round, r20-figvintage): the census of first-sight
decisive verdicts (tools/census_r20/README.md, §6 class D) found that a figure compared with a market's bar is
most often wrong because it is the figure of another quarter, month or year, of another measure (core against
headline, annualised against quarter-on-quarter, a range's other bound) or of another release (a revision
against the first estimate, a flash estimate against the final one). Each guard below refuses the comparison
when the sentence's own words tie the figure to something else than what the market asks; the reading then
does not fire, and another sentence may still decide.

Sentences verbatim from the development corpus (the case named in a comment); the must-not-fire sentences are
the same sentences with one word of period, measure or vintage changed, the way a new article would word a
figure of another period, measure or release.

- told_periods.py (read by rules/statistic_period.other_period): a span told after the figure ('in the 12 months
  to August'), a month named alone for a quarter ('In May, South Africa recorded …'), a period at the head of
  the sentence ('August 2025 saw …'), another year right after the figure ('in 2007', 'at the end of 2005'), a
  sum from the year's start ('during the first ten months of this year');
- indicators.sub_series: a core cut named on the statistic anywhere in the figure's stretch;
- annual_figures.rate_base and short_base: annualised against quarter-on-quarter;
- reported_figure: a figure told as the one compared with ('compared to 6.1%'), another year after a vote's
  share; statistic_period._earlier_reading: 'the prior month's 2.3%'; 'remained steady at 6.7% in July 2023';
- release_vintage.later_by_value: a later release the article names with the figure's own number;
  statistic_period.later_revision reads 'the first official estimate'; excluded_figures: ', according to the
  preliminary estimate' for a final reading;
- figures.range_bound: the old range after 'from', the new told 'to between … and …'; a bound named after its
  figure ('0.25%, the bottom of a new range')."""

from __future__ import annotations

import time

from conftest import decided, fired, run_case

from resolver.engine import told_periods
from resolver.engine.annual_figures import rate_base, short_base
from resolver.engine.rules.statistic_period import _earlier_reading
from resolver.engine.rules.threshold_figures import _VALUE
from cpu_budget import assert_cpu_within

RULES = ("threshold_crossed", "threshold_missed")


def _fig(text: str, figure: str):
    return next(m for m in _VALUE.finditer(text) if m.group(0).strip() == figure)


# --- a month named alone for a market on a quarter -----------------------------------------------------------
# b113-south-africa-q2-2009-gdp-minus3-asof-preview-undet
SA_Q = ("Will Statistics South Africa report that real GDP contracted at an annualised rate of 3.0% or more in the "
        "second quarter of 2009?")
SA_C = ("This market will resolve to \"Yes\" if Statistics South Africa's first published estimate of seasonally "
        "adjusted, annualised real GDP growth for April-June 2009, released by August 31, 2009, shows a contraction of "
        "3.0% or more (i.e. -3.0% or lower). Otherwise, \"No\".")
SA_MAY = ("In May, South Africa recorded an annualised 6.4 percent contraction in GDP, the second contraction in a year "
          "indicating that the economy was in a recession for the first time in 17 years.")


def _sa(question: str, text: str):
    return run_case(question, "2009-08-31T23:59:59+02:00", SA_C,
                    [("https://www.sanews.gov.za/south-africa/gdp-expected-continue-weaker-trend",
                      "2009-08-17T00:00:00+02:00", "GDP expected to continue weaker trend", text)],
                    "2009-08-17T18:00:00+02:00")


def test_a_month_inside_the_quarter_is_not_the_quarter():
    v = _sa(SA_Q, SA_MAY)
    assert not fired(v, *RULES)
    assert any("another period" in c.reason for c in v.contributions if c.rule in RULES)
    assert decided(v) == "undetermined"


def test_the_quarter_named_fires():
    v = _sa(SA_Q, SA_MAY.replace("In May,", "In the second quarter,"))
    assert fired(v, "threshold_missed")


def test_a_month_after_the_quarter_is_its_release_month():
    # for the first quarter, May is the month its figure was released in: it names no other period
    may = told_periods.lone_months(SA_MAY, 0, len(SA_MAY))[0]
    assert told_periods.month_in_quarter(1, 2009, SA_MAY, may) is None
    assert told_periods.month_in_quarter(2, 2009, SA_MAY, may) == "May"
    assert told_periods.month_in_quarter(3, 2009, SA_MAY, may) == "May"


def test_lone_months():
    text = "Indian economy grows 7.8% in April-June, compared to 6.1% in last quarter"  # b69-india-q1-fy24-gdp-above-7p5-yes
    assert told_periods.lone_months(text, 0, len(text)) == []
    assert [p.group(0) for p in told_periods.lone_months(SA_MAY, 0, len(SA_MAY))] == ["May"]
    text = "GDP grew in the three months to June and May be revised"
    assert told_periods.lone_months(text, 0, len(text)) == []


# --- a span told after the figure -------------------------------------------------------------------------------
# b43-uk-cpi-dec2022-below-10.5-no
UK_DEC = "• The Consumer Prices Index (CPI) rose by 10.5% in the 12 months to December 2022, down from 10.7% in November."


def test_twelve_months_to_another_month():
    m = _fig(UK_DEC, "10.5%")
    assert told_periods.span_to("month", 12, 2022, UK_DEC, m.end(), len(UK_DEC)) == ""
    assert told_periods.span_to("month", 11, 2022, UK_DEC, m.end(), len(UK_DEC)) == "in the 12 months to December 2022"
    assert told_periods.span_to("month", 12, 2023, UK_DEC, m.end(), len(UK_DEC)) == "in the 12 months to December 2022"
    # a quarter: three months that end in its last month
    text = ("Japan's GDP shrank at an annualised pace of 6.3% from the previous quarter in the three months through "
            "December, the biggest slide since a previous tax increase")
    m = _fig(text, "6.3%")
    assert told_periods.span_to("quarter", 4, None, text, m.end(), len(text)) == ""
    assert told_periods.span_to("quarter", 3, None, text, m.end(), len(text)) == "in the three months through December"


UK_Q = "Will UK CPI annual inflation for December 2022 come in below 10.5%?"
UK_C = ("This market will resolve to \"Yes\" if the UK Office for National Statistics reports that the Consumer Prices "
        "Index (CPI) 12-month rate for December 2022 is below 10.5%, in its first release of that figure. Otherwise, "
        "this market will resolve to \"No\".")


def _uk(text: str):
    return run_case(UK_Q, "2023-01-18T23:59:59+00:00", UK_C,
                    [("https://cy.ons.gov.uk/economy/inflationandpriceindices/bulletins/consumerpriceinflation/december2022",
                      "2023-01-18T00:00:00+00:00", "Consumer price inflation, UK: December 2022", text)],
                    "2023-01-18T12:00:00+00:00")


def test_a_span_to_the_market_month_fires():
    assert decided(_uk(UK_DEC)) == "likely-no"


def test_a_span_to_another_month_must_not_fire():
    assert not fired(_uk(UK_DEC.replace("to December 2022", "to October 2022")), *RULES)
    assert not fired(_uk(UK_DEC.replace("to December 2022", "to December 2019")), *RULES)
    assert not fired(_uk(UK_DEC.replace("in the 12 months to December 2022", "in the year to October")), *RULES)


# b86-uk-cpi-sep2023-below-6.7-no
UK_SEP_Q = "Will UK CPI annual inflation for September 2023 come in below 6.7%?"
UK_SEP_C = ("This market will resolve to \"Yes\" if the Office for National Statistics reports that the Consumer Prices "
            "Index (CPI, not CPIH) rose by less than 6.7% in the 12 months to September 2023. Otherwise, this market will "
            "resolve to \"No\".")
UK_SEP = ("Data published by the Office for National Statistics (ONS) has shown that the rate of inflation remained "
          "steady at 6.7% in September 2023.")


def _uk_sep(text: str):
    return run_case(UK_SEP_Q, "2023-10-18T23:59:59+01:00", UK_SEP_C,
                    [("https://www.kimeobrien.co.uk/news/business-news/archive/article/2023/October/rate-of-inflation",
                      "2023-10-18T00:00:00+01:00", "Rate of inflation data", text)], "2023-10-19T00:00:00+00:00")


def test_steady_at_dates_the_figure_itself():
    assert decided(_uk_sep(UK_SEP)) == "likely-no"
    # 'remained steady at …' dates the figure itself (only 'unchanged from …' dates an earlier one)
    assert not fired(_uk_sep(UK_SEP.replace("September 2023", "July 2023")), *RULES)
    assert not fired(_uk_sep(UK_SEP.replace("September 2023", "September 2020")), *RULES)


# --- a period at the head of the sentence -------------------------------------------------------------------------
# b09-us-unemployment-aug2025-4.3-yes
US_AUG_Q = "Will the U.S. unemployment rate for August 2025 be 4.3% or higher?"
US_AUG_C = ("This market will resolve to \"Yes\" if the U.S. unemployment rate for August 2025, as first published by the "
            "Bureau of Labor Statistics, is 4.3% or higher. Otherwise, this market will resolve to \"No\".")
US_AUG = "August 2025 saw a sharp drop in U.S. job growth to 22,000, with unemployment rising to 4.3%."


def _us_aug(text: str):
    return run_case(US_AUG_Q, "2025-09-05T23:59:59-04:00", US_AUG_C,
                    [("https://wsnext.com/378014a-job-growth-unemployment-rate", "2025-09-05T00:00:00-04:00",
                      "US Job Growth", "Washington DC, Friday, 5 September 2025.\n" + text)], "2025-09-06T12:00:00+00:00")


def test_a_head_period_of_the_market_fires():
    assert fired(_us_aug(US_AUG), "threshold_crossed")


def test_a_head_period_of_another_month_must_not_fire():
    assert not fired(_us_aug(US_AUG.replace("August 2025", "June 2025")), *RULES)
    assert not fired(_us_aug(US_AUG.replace("August 2025", "August 2022")), *RULES)
    # b96-us-retail-sales-mar2023-decline-yes, its period in the subject: another year's month
    text = ("Advance estimates of U.S. retail and food services sales for March 2020, adjusted for seasonal variation "
            "and holiday and trading-day differences, but not for price changes, were $691.7 billion, down 1.0 percent "
            "(±0.5 percent) from the previous month.")
    v = run_case("Will the Census Bureau's advance estimate show US retail and food services sales declining "
                 "month-over-month in March 2023?", "2023-04-14T23:59:59-04:00",
                 "This market will resolve to \"Yes\" if the Census Bureau's advance estimate of US retail and food "
                 "services sales for March 2023 shows a decline from February 2023. Otherwise, \"No\".",
                 [("https://www.census.gov/retail/marts/www/marts_current.pdf", "2023-04-14T08:30:00-04:00", "",
                   text)], "2023-04-14T12:00:00+00:00")
    assert not fired(v, *RULES)


# --- another year after the figure ---------------------------------------------------------------------------------
def test_another_year_after_the_figure():
    text = "The economy grew 7.5 percent in 2007, the agency said."
    m = _fig(text, "7.5 percent")
    assert told_periods.other_year_after(2010, text, m.end(), len(text)) == "in 2007"
    assert told_periods.other_year_after(2007, text, m.end(), len(text)) is None
    # b46-us-gdp-q4-2008-advance-minus5-multi-no: a year's end named with another year
    text = ("The economy shrank at a 3.8 percent pace at the end of 2008, the worst showing in a quarter-century.")
    m = _fig(text, "3.8 percent")
    assert told_periods.other_year_after(2008, text, m.end(), len(text)) is None
    assert told_periods.other_year_after(2011, text, m.end(), len(text)) == "at the end of 2008"
    # a year compared with is no year of the figure's
    text = "Inflation rose to 5.2 percent, the highest since 2008."
    assert told_periods.other_year_after(2011, text, _fig(text, "5.2 percent").end(), len(text)) is None


# b06-anc-40pct-2024-official-yes
ANC_Q = "Will the ANC receive at least 40% of the national vote in South Africa's 2024 general election?"
ANC_C = ("This market will resolve to \"Yes\" if the African National Congress receives 40.00% or more of the national "
         "ballot vote in South Africa's May 29, 2024 general election, according to the Electoral Commission of South "
         "Africa (IEC). Otherwise, this market will resolve to \"No\".")
ANC = "LIVE BLOG: It is official, the ANC gets 40 percent of the vote"


def _anc(title: str):
    return run_case(ANC_Q, "2024-06-05T23:59:59+02:00", ANC_C,
                    [("https://www.iol.co.za/news/politics/live-blog-it-is-official", "2024-06-02T00:00:00+02:00",
                      title, "The Electoral Commission announced the final results on Sunday.")],
                    "2024-06-03T12:00:00+00:00")


def test_a_share_in_another_years_vote_must_not_fire():
    assert fired(_anc(ANC + " in the 2024 elections"), "threshold_crossed")
    assert not fired(_anc(ANC + " in the 2019 elections"), *RULES)


# --- a sum from the year's start ---------------------------------------------------------------------------------
# b23-argentina-oct2024-monthly-cpi-3pct-multi-yes
ARG_Q = "Will Argentina's monthly inflation rate for October 2024 be 3.0% or lower?"
ARG_C = ("This market will resolve to \"Yes\" if Argentina's national statistics institute (INDEC) reports "
         "month-on-month consumer price inflation of 3.0% or lower for October 2024. Otherwise, this market will "
         "resolve to \"No\".")
ARG = ("October's inflation was 2.7%, the lowest figure since November 2021, which was encouraging for the Government "
       "despite a (CPI) of 76.5% during the first ten months of this year.")


def _arg(text: str):
    return run_case(ARG_Q, "2024-11-30T23:59:59-03:00", ARG_C,
                    [("https://en.mercopress.com/2024/12/12/argentina-s-indec-says-inflation", "2024-12-12T00:00:00-03:00",
                      "Argentina's Indec says inflation in November stood at 2.4%", text)], "2024-12-13T12:00:00+00:00")


def test_a_sum_from_the_years_start_must_not_fire():
    assert decided(_arg(ARG)) == "likely-yes"
    v = _arg(ARG.replace("October's", "August's"))  # the month's figure of another month: only the sum is left
    assert not fired(v, *RULES)
    m = _fig(ARG, "76.5%")
    assert told_periods.cumulative(ARG_Q, ARG, 0, m.start(), m.end(), len(ARG)) == "during the first ten months"
    # a level reached since a month is no sum; a market on a half-month reads its half
    text = "The unemployment rate has climbed to 4.3% since January."
    m = _fig(text, "4.3%")
    assert told_periods.cumulative("Will the unemployment rate for May be 4.3% or higher?", text, 0, m.start(), m.end(),
                                   len(text)) is None
    text = "Inflation was 7.22 percent in the first half of February."
    m = _fig(text, "7.22 percent")
    assert told_periods.cumulative("Will Mexico's annual headline inflation for the first half of February 2022 be 7.0% "
                                   "or higher?", text, 0, m.start(), m.end(), len(text)) is None


# --- core against headline ---------------------------------------------------------------------------------------
# b90-us-cpi-may2023-4pct-or-lower-multi-yes
CPI_Q = "Will US annual CPI inflation for May 2023 be 4.0% or lower?"
CPI_C = ("This market will resolve to \"Yes\" if the year-over-year change in the US Consumer Price Index for All Urban "
         "Consumers (CPI-U) for May 2023, as first published by the Bureau of Labor Statistics, is 4.0% or lower. "
         "Otherwise, this market will resolve to \"No\".")
CPI = ("The Consumer Price Index, a key inflation gauge that measures price changes for a basket of goods and "
       "services, increased 4% for the year ending in May.")


def _cpi(text: str):
    return run_case(CPI_Q, "2023-06-13T23:59:59-04:00", CPI_C,
                    [("https://www.cnn.com/2023/06/13/economy/cpi-inflation-may/index.html", "2023-06-13T00:00:00-04:00",
                      "", text)], "2023-06-14T00:00:00+00:00")


def test_the_core_index_is_another_measure():
    assert decided(_cpi(CPI)) == "likely-yes"
    assert not fired(_cpi(CPI.replace("The Consumer", "The core Consumer")), *RULES)
    assert not fired(_cpi(CPI.replace("The Consumer", "The underlying Consumer")), *RULES)
    # the headline named after a core figure: the headline's figure is read
    text = "Core prices rose 5.3%, while headline consumer price inflation increased 4% for the year ending in May."
    assert decided(_cpi(text)) == "likely-yes"


# --- annualised against quarter-on-quarter ------------------------------------------------------------------------
# b55-germany-q1-2023-gdp-contraction-multi-yes
DE_Q = "Will Germany's Q1 2023 GDP be reported as contracting quarter on quarter by May 31, 2023?"
DE_C = ("This market will resolve to \"Yes\" if the most recent estimate of Germany's price-, seasonally and "
        "calendar-adjusted quarter-on-quarter GDP change for Q1 2023 published by the Federal Statistical Office "
        "(Destatis) on or before May 31, 2023 is below 0.0%. Otherwise, this market will resolve to \"No\".")
DE = "Germany's GDP shrinks by 0.3% in first quarter to put Europe's biggest economy into recession"


def _de(title: str):
    return run_case(DE_Q, "2023-05-31T23:59:59+02:00", DE_C,
                    [("https://kyma.com/news/2023/05/25/germanys-gdp-shrinks", "2023-05-25T00:00:00-07:00", title,
                      "The figures were released by the Federal Statistical Office.")], "2023-05-26T00:00:00+00:00")


def test_an_annualised_figure_for_a_quarter_on_quarter_market():
    assert fired(_de(DE), "threshold_crossed")
    assert not fired(_de(DE.replace("by 0.3%", "by 1.2% at an annualised rate")), *RULES)
    text = "On an annualized rate, Japan's economy contracted by 1.9 percent in the period under review."
    m = _fig(text, "1.9 percent")
    assert rate_base(DE_Q, DE_C, text, 0, m.start(), m.end(), len(text)) == "annualized"
    assert rate_base("Will Japan's GDP show an annualised contraction larger than 1.8%?", "", text, 0, m.start(), m.end(),
                     len(text)) is None


# b44-us-gdp-q2-2020-advance-minus35-multi-no
GDP_Q = "Will the advance estimate show U.S. real GDP falling at an annualized rate of 35% or more in Q2 2020?"
GDP_C = ("This market will resolve to \"Yes\" if the Bureau of Economic Analysis' advance estimate for second-quarter "
         "2020, released July 30, 2020, shows real GDP decreasing at a seasonally adjusted annual rate of 35.0% or "
         "more. Otherwise, this market will resolve to \"No\".")
GDP = ("Washington, DC, July 30, 2020–Real gross domestic product (GDP) decreased at an annual rate of 32.9% in the "
       "second quarter of 2020, according to the advance estimate released by the Bureau of Economic Analysis.")


def _gdp(text: str):
    return run_case(GDP_Q, "2020-07-30T23:59:59-04:00", GDP_C,
                    [("https://www.floordaily.net/flooring-news/gdp-drops-329-in-q2", "2020-07-30T00:00:00-04:00", "",
                      text)], "2020-07-31T12:00:00+00:00")


def test_a_quarter_on_quarter_figure_for_an_annualised_market():
    assert decided(_gdp(GDP)) == "likely-no"
    text = GDP.replace("decreased at an annual rate of 32.9%", "decreased 9.5% quarter-on-quarter")
    assert not fired(_gdp(text), *RULES)
    # even after 'to', the label names the measure
    text = "Inflation eases to 7.7% quarter-on-quarter in March from 8.5%"
    m = _fig(text, "7.7%")
    assert short_base(text, m.start(), m.end(), "Will Ireland's annual CPI inflation rate for March 2023 be below 8.0%?") \
        == "quarter-on-quarter"


# --- the figure compared with, the reading before ------------------------------------------------------------------
# b69-india-q1-fy24-gdp-above-7p5-yes
IN_Q = "Will India report real GDP growth above 7.5% for the April-June 2023 quarter?"
IN_C = ("This market will resolve to \"Yes\" if India's Ministry of Statistics and Programme Implementation (NSO) first "
        "estimate of year-on-year real GDP growth for the April-June 2023 quarter (Q1 FY2023-24), released on or before "
        "August 31, 2023, is above 7.5%. Otherwise, this market will resolve to \"No\".")
IN = "Indian economy grows 7.8% in April-June, compared to 6.1% in last quarter"


def _in(title: str):
    return run_case(IN_Q, "2023-08-31T23:59:59+05:30", IN_C,
                    [("https://www.ndtv.com/business/indian-economy-grows", "2023-08-31T00:00:00+05:30", title,
                      "The data was released by the National Statistical Office on Thursday.")],
                    "2023-08-31T18:00:00+00:00")


def test_the_figure_compared_with_must_not_fire():
    assert fired(_in(IN), "threshold_crossed")
    assert not fired(_in(IN.replace("grows 7.8%", "grows strongly")), *RULES)


def test_the_prior_months_figure_is_the_earlier_reading():
    # b38-us-cpi-oct2018-at-least-2p5pct-yes
    text = ("The Consumer Price Index, a key measurement of inflation, rose 2.5% in October from a year earlier, more "
            "than the prior month's 2.3% year-over-year gain, the Labor Department said on Wednesday.")
    assert _earlier_reading(text, _fig(text, "2.3%")) == "the prior month's"
    assert _earlier_reading(text, _fig(text, "2.5%")) is None


# --- vintage -------------------------------------------------------------------------------------------------------
# b90-us-q2-2015-gdp-advance-2.5pct-multi-no
ADV_Q = "Will the BEA's advance estimate of US Q2 2015 real GDP growth be 2.5% or higher?"
ADV_C = ("This market will resolve to \"Yes\" if the Bureau of Economic Analysis's advance (first) estimate of US real GDP "
         "growth for the second quarter of 2015, at a seasonally adjusted annual rate, is 2.5% or higher. Later "
         "revisions do not count. Otherwise, this market will resolve to \"No\".")
ADV_TITLE = "GDP: Economy Expands 3.9 Percent in Second Quarter"
ADV_BODY = ("The U.S. economy expanded in the second quarter of 2015 as real gross domestic product (GDP) increased at an "
            "annual rate of 3.9 percent, according to an estimate released by the Bureau of Economic Analysis (BEA).\n\n"
            "Experts have been consistently revising the GDP upwards from the advance estimate of 2.3 percent and the "
            "second estimate of 3.7 percent to reach the third estimate of 3.9 percent, which is based on more complete "
            "source data.")


def _adv(body: str):
    return run_case(ADV_Q, "2015-07-30T23:59:59-04:00", ADV_C,
                    [("https://freebeacon.com/?p=490750&post_type=post", "2015-07-30T00:00:00-04:00", ADV_TITLE, body)],
                    "2015-07-31T00:00:00+00:00")


def test_a_figure_the_article_names_as_a_later_release_must_not_fire():
    v = _adv(ADV_BODY)
    assert not [c for c in fired(v, "threshold_crossed") if c.direction == "yes"]
    # the same figure named as the advance estimate: it is the first release, and fires
    v = _adv(ADV_BODY.replace("the advance estimate of 2.3 percent", "the advance estimate of 3.9 percent"))
    assert [c for c in fired(v, "threshold_crossed") if c.direction == "yes"]


# b09-germany-2024-gdp-fall-0.2-yes
DE24_Q = "Will Germany's first official estimate show 2024 GDP falling by 0.2% or more?"
DE24_C = ("This market will resolve to \"Yes\" if the first official estimate of Germany's price-adjusted gross "
          "domestic product for calendar year 2024, published by the Federal Statistical Office (Destatis), shows a "
          "decline of 0.2% or more compared with 2023. Otherwise, this market will resolve to \"No\".")
DE24 = "The Federal Statistical Office said that gross domestic product contracted by 0.2% last year following a decline in 2023."


def _de24(text: str):
    return run_case(DE24_Q, "2025-01-31T23:59:59+01:00", DE24_C,
                    [("https://www.independent.co.uk/news/germany-ap-berlin-europe-olaf-scholz-b2679901.html",
                      "2025-01-15T00:00:00+00:00", "Germany's economy shrank for the second consecutive year in 2024",
                      text)], "2025-01-16T12:00:00+00:00")


def test_a_revised_figure_for_a_first_official_estimate_must_not_fire():
    assert fired(_de24(DE24), "threshold_crossed")
    assert not fired(_de24(DE24.replace("by 0.2%", "by a revised 0.2%")), *RULES)


# b23-euro-area-sep2024-final-1.8-or-higher-multi-no
EZ_Q = "Will Eurostat's final reading of euro area annual inflation for September 2024 be 1.8% or higher?"
EZ_C = ("This market will resolve to \"Yes\" if Eurostat's final (not flash) figure for euro area annual HICP inflation "
        "for September 2024 is 1.8% or higher. Otherwise, this market will resolve to \"No\".")
EZ = "Eurozone Inflation Eases To 1.7% In September"


def _ez(title: str):
    return run_case(EZ_Q, "2024-10-31T23:59:59+01:00", EZ_C,
                    [("https://www.finanznachrichten.de/nachrichten-2024-10/eurozone-inflation-eases",
                      "2024-10-17T00:00:00+02:00", title, "Eurostat published the figure on Thursday.")],
                    "2024-10-18T12:00:00+00:00")


def test_a_preliminary_figure_for_a_final_reading_must_not_fire():
    assert fired(_ez(EZ), "threshold_missed")
    assert not fired(_ez(EZ.replace("1.7%", "1.7%, according to the preliminary estimate,")), *RULES)


# --- a range's other bound -----------------------------------------------------------------------------------------
# b44-fed-upper-bound-0.50-dec2015-yes
FED_Q = ("Will the upper bound of the Fed's federal funds target range be 0.50% or higher after the December 2015 FOMC "
         "meeting?")
FED_C = ("This market will resolve to \"Yes\" if the Federal Open Market Committee's decision announced at the "
         "conclusion of its December 15–16, 2015 meeting sets the upper bound of the federal funds target range at "
         "0.50% or higher. Otherwise, this market will resolve to \"No\".")
FED = "The Federal Reserve raised its key interest rate on Wednesday from a range of 0% to 0.25% to a range of 0.25% to 0.5%."


def _fed(text: str):
    return run_case(FED_Q, "2015-12-16T23:59:59-05:00", FED_C,
                    [("https://www.fox13now.com/2015/12/16/federal-reserve-raises-interest-rates",
                      "2015-12-16T14:33:15-05:00", "Federal Reserve raises interest rates for first time since 2006",
                      text)], "2015-12-17T12:00:00+00:00")


def test_the_old_range_and_a_named_lower_bound_are_not_the_upper_bound():
    assert decided(_fed(FED)) == "likely-yes"
    assert decided(_fed(FED.replace("to a range of 0.25% to 0.5%", "to between 0.25% and 0.5%"))) == "likely-yes"
    assert decided(_fed(FED.replace("to a range of 0.25% to 0.5%", "to a 0.25 to 0.5 percent range"))) == "likely-yes"
    v = _fed("The Federal Reserve raised its key interest rate on Wednesday to 0.25%, the bottom of a new range.")
    assert not fired(v, *RULES)


def test_a_bound_named_after_a_price_is_no_bound_for_a_market_on_a_level():
    # b56-google-ipo-priced-at-least-85-2004-yes: 'the low end of a range' places the price; the price is read
    v = run_case("Will Google's IPO be priced at $85 or more per share?", "2004-08-20T23:59:59-04:00",
                 "This market will resolve to \"Yes\" if Google's initial public offering is priced at $85.00 per share "
                 "or more. Otherwise, \"No\".",
                 [("https://example.com/google-ipo-priced", "2004-08-19T00:00:00-04:00", "",
                   "Initial shares of Google Inc. were priced yesterday at $85, the low end of a range revised downward "
                   "just hours earlier.")], "2004-08-20T00:00:00-04:00")
    assert fired(v, "threshold_crossed")


# --- cost ----------------------------------------------------------------------------------------------------------
def test_hostile_input_is_fast():
    # a 30 KB run-on sentence of every guard's words (about 1 s of CPU; the bound leaves room for a loaded machine)
    text = (("In May, the rate rose 2.5% in the 12 months to June, compared to 2.4% in the first ten months of 2019, "
             "core and underlying, quarter-on-quarter and annualised, ") * 240)[:30000]
    t0 = time.process_time()
    _uk_sep(text + ".")
    _sa(SA_Q, text + ".")
    assert_cpu_within(t0, 10.0)
