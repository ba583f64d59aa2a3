"""Published statistics and box-office totals against a bar (batches 37-38): the date of a level's
earlier time is not the figure's period, 'the government reports' is an official statistic's
release, a named body's 'estimated' figure is the published estimate a market on that estimate
reads, the quarter named in words dates a quarterly figure, and 'raising its haul to' is a rise.
Sentences are verbatim from the cited dev cases."""

from resolver.engine import Market, evaluate_market
from tests.conftest import article, ts


def market(question: str, deadline: str, criteria: str = "") -> Market:
    return Market(id="m", question=question, deadline=ts(deadline), criteria=criteria)


_JOBS = ("Unemployment hit a 50-year low in September even though nonfarm payrolls rose by just 136,000 as the "
         "economy nears full employment, the Labor Department said Friday. The jobless rate dropped 0.2 percentage "
         "points to 3.5 percent, matching a level it last saw in December 1969, the report said.")
_SEP_2019 = ("Will the U.S. unemployment rate for September 2019 be below 3.6%?", "2019-10-31T23:59:59-04:00",
             "This market will resolve to \"Yes\" if the U.S. headline (U-3) unemployment rate for September 2019, as "
             "first reported by the Bureau of Labor Statistics, is below 3.6%. Otherwise, this market will resolve to \"No\".")


def test_the_date_of_a_level_s_earlier_time_does_not_date_the_figure():
    # batch-37, unemployment September 2019 (the headline left out: it names no month)
    a = article(_JOBS, title="Jobs report", published="2019-10-11T00:00:00-04:00")
    v = evaluate_market(market(*_SEP_2019), [a], ts("2019-10-12T12:00:00+00:00"))
    assert v.verdict == "likely-yes"
    # guard: with no month named near it, the figure is for no known period
    b = article("The jobless rate dropped 0.2 percentage points to 3.5 percent, matching a level it last saw in "
                "December 1969, the report said.", title="Jobs report", published="2019-10-11T00:00:00-04:00")
    assert evaluate_market(market(*_SEP_2019), [b], ts("2019-10-12T12:00:00+00:00")).verdict == "undetermined"


_SEP_2012 = ("Will the US unemployment rate for September 2012 be below 8.0%?", "2012-10-05T23:59:59-04:00",
             "This market will resolve to \"Yes\" if the seasonally adjusted US unemployment rate for September 2012, as "
             "first published by the Bureau of Labor Statistics in its Employment Situation report, is below 8.0%. "
             "Otherwise, this market will resolve to \"No\".")


def test_the_government_reporting_a_statistic_is_its_release():
    # batch-38, AP jobs report of 5 Oct 2012
    a = article("The government reports the nation's jobless rate fell to 7.8 percent last month.",
                title="wcsh6 story local 2012 10 05", published="2012-10-05T00:00:00-04:00")
    assert evaluate_market(market(*_SEP_2012), [a], ts("2012-10-05T18:00:00+00:00")).verdict == "likely-yes"
    # guard: someone else's figure still settles nothing for a market that reads the Bureau's
    b = article("Economists reported the nation's jobless rate fell to 7.8 percent last month.",
                title="wcsh6 story local 2012 10 05", published="2012-10-05T00:00:00-04:00")
    assert evaluate_market(market(*_SEP_2012), [b], ts("2012-10-05T18:00:00+00:00")).verdict == "undetermined"


_GDP = ("GDP grew at an estimated 2.3 percent annualized rate, the Commerce Department reported Friday. That's a slight "
        "slowdown from the 2.9 percent rate estimated for the prior quarter.")
_Q1 = ("Will the BEA's advance estimate show U.S. real GDP growth of 2.0% or more in Q1 2018?", "2018-04-30T23:59:59-04:00",
       "This market will resolve to \"Yes\" if the Bureau of Economic Analysis advance estimate of U.S. real GDP growth for "
       "the first quarter of 2018 (seasonally adjusted annualized rate) is 2.0% or higher. Otherwise, this market will "
       "resolve to \"No\".")


def test_a_named_body_s_estimate_is_the_published_estimate_for_the_quarter_named_in_words():
    # batch-37, GDP advance estimate for Q1 2018
    a = article(_GDP, title="GDP slows down modestly in first quarter", published="2018-04-27T00:00:00-04:00")
    v = evaluate_market(market(*_Q1), [a], ts("2018-04-28T12:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert any("'2.3 percent'" in c.reason for c in v.contributions if c.direction == "yes")
    # guard: a market that reads no estimate takes 'an estimated' figure as a rough one
    plain = market("Will U.S. real GDP growth be 2.0% or more in Q1 2018?", "2018-04-30T23:59:59-04:00")
    assert evaluate_market(plain, [a], ts("2018-04-28T12:00:00+00:00")).verdict == "undetermined"
    # guard: the quarter the headline names is another one
    b = article(_GDP, title="GDP slows down modestly in second quarter", published="2018-04-27T00:00:00-04:00")
    assert evaluate_market(market(*_Q1), [b], ts("2018-04-28T12:00:00+00:00")).verdict == "undetermined"


_AQUAMAN = ("Will 'Aquaman' reach $230 million at the domestic box office by January 5, 2019?", "2019-01-05T23:59:59-05:00",
            "This market will resolve to \"Yes\" if Warner Bros.' 'Aquaman' has a cumulative US/Canada (domestic) box "
            "office gross of $230 million or more by January 5, 2019, as reported by the studio. Worldwide or "
            "international grosses do not count. Otherwise, this market will resolve to \"No\".")


def test_raising_a_running_total_to_a_figure_is_a_rise_to_it():
    # batch-37, Aquaman weekend estimates
    a = article("Saturday Update: Warner Bros. reports Aquaman added another $9.3 million on Friday, raising its "
                "domestic haul to $238.3 million after 15 days in release.", title="Weekend Estimates",
                published="2019-01-05T00:00:00-05:00")
    assert evaluate_market(market(*_AQUAMAN), [a], ts("2019-01-05T18:00:00+00:00")).verdict == "likely-yes"
    # guard: a total raised short of the bar crosses nothing
    b = article("Saturday Update: Warner Bros. reports Aquaman added another $9.3 million on Friday, raising its "
                "domestic haul to $218.3 million after 15 days in release.", title="Weekend Estimates",
                published="2019-01-05T00:00:00-05:00")
    assert evaluate_market(market(*_AQUAMAN), [b], ts("2019-01-05T18:00:00+00:00")).verdict == "undetermined"
