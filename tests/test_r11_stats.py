"""Threshold readings of development batch 53, on the sentences verbatim (each test names its corpus
case): a figure the article gives in words the market does not use. The price of a thing named
after 'of' ('the spot price of gold') is about that thing ('Gold prices hit $2,000'); a statistic's
change told as a fall by a verb of collapse ('UK economic output collapses by 20.4%') is a fall, so
the first estimate meets a bar of a 20% fall and no longer conflicts with itself."""

from resolver.engine import evaluate_market
from resolver.engine.question_nouns import priced_thing
from resolver.engine.text import tokenize
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if c.rule == rule and c.weight]


# b53-spot-gold-2000-by-aug7-2020-multi-yes
GOLD_Q = "Will the spot price of gold reach $2,000 per ounce by August 7, 2020?"
GOLD_C = ("This market will resolve to \"Yes\" if the spot price of gold trades at or above $2,000.00 per troy ounce at any "
          "time (intraday counts) between August 1, 2020 and August 7, 2020, 11:59 PM ET, as reported by major financial "
          "media. Otherwise, this market will resolve to \"No\".")
GOLD_H = "Gold prices hit $2,000/ounce for the first time"
GOLD_1 = ("Aug 04, 2020: Gold prices hit $2,000 an ounce for the first time Tuesday, the latest surge in a commodity seen "
          "as a refuge amid economic uncertainty.")


def _gold(title, body):
    m = market(GOLD_Q, "2020-08-07T23:59:59-04:00", GOLD_C)
    a = article("https://mettisglobal.news/gold-prices-hit-2000-ounce-for-the-first-time", "2020-08-04T22:30:00+05:00",
                title, body)
    return evaluate_market(m, [a], ts("2020-08-06T00:00:00+00:00"))


def test_the_price_of_gold_is_about_gold():
    v = _gold(GOLD_H, GOLD_1)
    assert v.verdict == "likely-yes"
    assert any("$2,000" in c.reason for c in _fired(v, "threshold_crossed"))


def test_a_price_forecast_is_no_level_reached():
    # must not fire: a level gold may reach is no report of it
    v = _gold("Gold outlook", "Analysts expect gold prices could hit $2,000 an ounce by the end of the year.")
    assert not _fired(v, "threshold_crossed")


def test_another_metals_price_is_not_golds():
    # must not fire: silver's price is another thing priced
    v = _gold("Silver rallies", "Silver prices hit $2,000 per kilogram for the first time Tuesday.")
    assert not _fired(v, "threshold_crossed")


def _priced(q):
    toks = tokenize(q)
    verb = next(k for k, t in enumerate(toks) if t.lower in ("reach", "close", "exceed"))
    return priced_thing(toks, verb)


def test_the_priced_thing_of_a_question():
    assert _priced(GOLD_Q) == "gold"
    assert _priced("Will the price of a barrel of oil reach $100 by June 30?") == "oil"
    # a capitalised name is an actor already; a subject with no price is left as it is
    assert _priced("Will the price of Brent crude reach $100 by June 30?") is None
    assert _priced("Will the rate of inflation reach 5% by June 30?") is None


# b53-uk-q2-2020-gdp-first-estimate-fall-20pct-multi-yes
GDP_Q = "Will the ONS first estimate show UK GDP falling by 20% or more quarter-on-quarter in Q2 2020?"
GDP_C = ("This market will resolve to \"Yes\" if the Office for National Statistics' first quarterly estimate of UK GDP for "
         "April–June 2020 (published in August 2020) shows a quarter-on-quarter decline of 20.0% or more. Later revisions "
         "do not affect resolution. Otherwise, this market will resolve to \"No\".")
GDP_H = "UK economic output collapses by 20.4% in Q2 2020"
GDP_1 = ("Britain’s economy shrank by a record of 20.4% between April and June when the coronavirus lockdown was "
         "tightest, the largest contraction reported by any major economy so far. That’s according to official figures "
         "released today by the Office for National Statistics.")
GDP_REV = ("\"UK gross domestic product (GDP) is estimated to have contracted by 19.8% in Quarter 2 (Apr to June) 2020, "
           "revised from the initial estimate of a 20.4% fall,\" the ONS said.")


def _gdp(*arts):
    m = market(GDP_Q, "2020-08-31T23:59:59+01:00", GDP_C)
    return evaluate_market(m, [article(u, p, t, b) for u, p, t, b in arts], ts("2020-10-01T00:00:00+00:00"))


FIRST = ("https://www.tvcnews.tv/uk-economic-output-collapses-by-20-4-in-q2-2020/", "2020-08-13T00:00:00+01:00")
REVISED = ("https://sputniknews.com/uk/202009301080618357-uks-economy-suffers-largest-quarterly-contraction-of-198-"
           "between-april-june/", "2020-09-30T00:00:00+03:00")


def test_output_that_collapses_by_a_figure_fell_by_it():
    v = _gdp((*FIRST, GDP_H, GDP_1),
             (*REVISED, "UK's economy suffers largest quarterly contraction of 19.8% between April-June", GDP_REV))
    assert v.verdict == "likely-yes"
    assert not _fired(v, "threshold_missed")
    assert any("collapses" in (c.sentence or "") and "20.4%" in c.reason for c in _fired(v, "threshold_crossed"))


def test_a_collapse_forecast_is_no_reported_fall():
    # must not fire: what economists expect is not the estimate
    v = _gdp((*FIRST, "UK output seen collapsing", "Economists expect UK economic output to collapse by 20.4% in Q2 2020."))
    assert not _fired(v, "threshold_crossed")


def test_a_collapse_of_another_quarter_is_not_the_markets():
    # must not fire: the first quarter's fall is another period's figure
    v = _gdp((*FIRST, "UK output data", "UK economic output collapsed by 22.1% in the first quarter of 2020, the ONS said."))
    assert not _fired(v, "threshold_crossed")


# b53-us-payrolls-sep2017-positive-no
JOBS_Q = "Will the initial BLS report show U.S. nonfarm payrolls increasing in September 2017?"
JOBS_C = ("This market will resolve to \"Yes\" if the Bureau of Labor Statistics' initial Employment Situation report for "
          "September 2017, released in October 2017, shows a positive change (greater than 0) in total nonfarm payroll "
          "employment for September 2017. Later revisions do not count. Otherwise, this market will resolve to \"No\".")
JOBS_H = "US lost 33,000 jobs in September vs 90,000 jobs increase expected"
JOBS_1 = ("Hurricanes Harvey and Irma damaged not only Texas and Florida but also the U.S. jobs picture, as payrolls fell by "
          "33,000 in September. That drop came even as the unemployment rate fell to a 16-year low of 4.2 percent, the "
          "Bureau of Labor Statistics reported Friday.")
JOBS_4 = "Economists surveyed by Reuters expected payroll growth of 90,000 in September, compared to 169,000 in August."


def _jobs(body, title=JOBS_H):
    m = market(JOBS_Q, "2017-10-06T23:59:59-04:00", JOBS_C)
    a = article("https://www.cnbc.com/2017/10/06/us-lost-33000-jobs-in-sept-vs-90000-jobs-increase-expected.html",
                "2017-10-06T00:00:00-04:00", title, body)
    return evaluate_market(m, [a], ts("2017-10-07T00:00:00+00:00"))


def test_payrolls_shown_increasing_is_a_change_above_zero():
    from resolver.engine.thresholds import _threshold
    assert _threshold(JOBS_Q) == (0.0, "above", "")
    assert _threshold("Will the BLS report show nonfarm payrolls falling in April 2020?") == (0.0, "below", "")
    # a bar the question states is the bar
    assert _threshold("Will the July 2024 U.S. jobs report show nonfarm payroll gains of 150,000 or more?")[0] == 150000


def test_payrolls_that_fell_by_a_count_did_not_increase():
    v = _jobs(JOBS_1 + "\n\n" + JOBS_4)
    assert v.verdict == "likely-no"
    assert any("33,000" in c.reason for c in _fired(v, "threshold_missed"))


def test_a_payroll_forecast_is_no_report():
    # must not fire: what economists expected is not the report's figure
    v = _jobs(JOBS_4, title="September jobs report due Friday")
    assert not _fired(v, "threshold_missed") and not _fired(v, "threshold_crossed")


def test_payrolls_of_another_month_are_not_septembers():
    # must not fire: August's change is another period's
    v = _jobs("Payrolls fell by 33,000 in August, the Bureau of Labor Statistics reported Friday.", title="Jobs data")
    assert not _fired(v, "threshold_missed") and not _fired(v, "threshold_crossed")


def test_another_statistics_fall_is_not_the_payrolls():
    # must not fire: the unemployment rate's move is another statistic's
    v = _jobs("The unemployment rate fell by 0.2 percentage point in September, the Bureau of Labor Statistics reported "
              "Friday.", title="Jobless rate falls")
    assert not _fired(v, "threshold_missed") and not _fired(v, "threshold_crossed")


# b54-australia-national-max-temp-record-jan2013-yes (record_level.py)
AUS_Q = ("Will Australia set a new record for its highest national area-averaged daily maximum temperature in January "
         "2013?")
AUS_C = ("This market will resolve to \"Yes\" if the Bureau of Meteorology reports that, on any day in January 2013, "
         "Australia's national area-averaged daily maximum temperature exceeded the previous record (set on December 21, "
         "1972). Otherwise, this market will resolve to \"No\".")
AUS_1 = ("Australia recorded its hottest month on record in January 2013, with both the average mean temperature of "
         "29.68°C and the average mean maximum temperature of 36.92°, surpassing previous records set in January 1932.")
AUS_2 = ("The Northern Territory recorded 31.93°C and Queensland 30.75°C, also the hottest mean temperature on record for "
         "January for both states.")
AUS_4 = "The national average maximum temperature on 7 January was the highest on record."


def _aus(body):
    m = market(AUS_Q, "2013-01-31T23:59:59+11:00", AUS_C)
    a = article("http://watchingthedeniers.wordpress.com/2013/02/01/january-2013-hottest-month-on-record/",
                "2013-02-01T00:00:00+11:00", "January 2013: hottest month on record", body)
    return evaluate_market(m, [a], ts("2013-02-02T00:00:00+00:00"))


def _record(v):
    return [c for c in _fired(v, "confirmation") if "new record reported" in c.reason]


def test_the_measure_told_as_the_highest_on_record_is_a_new_record():
    v = _aus(AUS_1 + "\n\n" + AUS_2 + " The heatwave in the first half of January was exceptional in its extent and "
             "duration. " + AUS_4)
    assert v.verdict == "likely-yes"
    assert _record(v) and "highest on record" in _record(v)[0].reason


def test_another_measures_record_is_not_the_markets():
    # must not fire: the month's mean, the states' mean temperature: other statistics than the daily national maximum
    assert not _record(_aus(AUS_1 + "\n\n" + AUS_2))


def test_a_record_forecast_is_no_record():
    # must not fire: a level that could be the highest on record is not reported as one
    assert not _record(_aus("The national average maximum temperature on Tuesday could be the highest on record."))


def test_the_second_highest_is_no_record():
    # must not fire: 'second-highest on record' sets none
    assert not _record(_aus("The national average maximum temperature on 7 January was the second-highest on record."))


def test_a_record_of_another_period_is_not_the_markets():
    # must not fire: the 1972 record cited is not one set in January 2013
    assert not _record(_aus("The national average maximum temperature on 21 December 1972 was the highest on record."))


# b28-uae-heaviest-rain-on-record-apr2024-yes (record_level.py)
UAE_Q = "Will the UAE record its heaviest rainfall since records began during the April 2024 storm?"
UAE_C = ("This market will resolve to \"Yes\" if UAE authorities report that the April 2024 storm brought the heaviest "
         "rainfall in the UAE since records began in 1949. Otherwise, this market will resolve to \"No\".")
UAE_1 = ("Dubai (UAE), April 18 (ANI): A torrential storm struck the UAE, unleashing heavy rains that wreaked havoc in "
         "Dubai and triggered floods across the region. UAE witnessed the heaviest rainfall since 1949.")


def _uae(body):
    m = market(UAE_Q, "2024-04-30T23:59:59+04:00", UAE_C)
    a = article("https://middleeasttimes.news/video/heavy-rains-lash-uae-authorites-issue-unsettled-weather-warning",
                "2024-04-18T00:00:00+04:00", "Heavy rains lash UAE, authorites issue 'unsettled weather' warning", body)
    return evaluate_market(m, [a], ts("2024-04-18T12:00:00+00:00"))


def test_the_heaviest_since_the_year_records_began_is_a_record():
    v = _uae(UAE_1)
    assert v.verdict == "likely-yes"
    assert _record(v)


def test_the_heaviest_since_a_later_year_is_no_record():
    # must not fire: 'since 1995' is not since records began (1949)
    assert not _record(_uae("UAE witnessed the heaviest rainfall since 1995."))


def test_another_measure_since_records_began_is_not_the_markets():
    # must not fire: the strongest wind is not the heaviest rainfall
    assert not _record(_uae("UAE witnessed the strongest winds since records began in 1949."))


# b54-avatar-passes-titanic-worldwide-by-jan31-2010-yes
AVATAR_Q = "Will Avatar's worldwide box-office gross surpass Titanic's $1.843 billion by January 31, 2010?"
AVATAR_C = ("This market will resolve to \"Yes\" if, by January 31, 2010, 20th Century Fox or a major box-office tracker "
            "reports that James Cameron's Avatar has grossed more than $1.843 billion worldwide (unadjusted), surpassing "
            "Titanic's record. Otherwise, this market will resolve to \"No\".")
AVATAR_2 = ("The record-breaking worldwide figure -- $1.858 billion, to the \"Titanic\" number of $1.843 billion -- took "
            "just 39 days to secure.")


def _avatar(body):
    m = market(AVATAR_Q, "2010-01-31T23:59:59-08:00", AVATAR_C)
    a = article("https://www.mtv.com/news/dk32wz/avatar-breaks-titanic-worldwide-box-office-record",
                "2010-01-26T00:00:00-05:00", "'Avatar' Breaks 'Titanic' Worldwide Box-Office Record", body)
    return evaluate_market(m, [a], ts("2010-01-27T00:00:00+00:00"))


def test_another_films_figure_named_in_the_question_is_the_bar():
    from resolver.engine import quantities
    from resolver.engine.thresholds import _threshold
    assert _threshold(AVATAR_Q) == (1.843e9, "above", "usd")
    bar = quantities.required(AVATAR_Q, AVATAR_C)
    assert (bar.value, bar.direction, bar.inclusive) == (1.843e9, "above", False)


def test_a_gross_past_the_other_films_figure_surpasses_it():
    v = _avatar(AVATAR_2)
    assert v.verdict == "likely-yes"
    assert any("1.858 billion" in c.reason for c in _fired(v, "threshold_crossed"))


def test_a_gross_forecast_is_no_gross():
    # must not fire: a sum the film is expected to reach is not its gross
    v = _avatar("Analysts expect Avatar to gross $1.9 billion worldwide by the end of its run.")
    assert not _fired(v, "threshold_crossed")


def test_the_other_films_own_figure_does_not_surpass_it():
    # must not fire: Titanic's $1.843 billion is the bar, not past it
    v = _avatar("Titanic grossed $1.843 billion worldwide in its original run.")
    assert not _fired(v, "threshold_crossed")
