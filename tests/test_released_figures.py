"""Released figures read against a market's bar (wave 2, batches 08-10): the clause that dates a
figure, a range's bound, a level ('closed at'), a statistic named in its sentence, unit typing
(a distance is no toll, months against years), a source the market names, a named body's
provisional result, and the gate that keeps a passed deadline from outvoting a figure no rule
read. Sentences are verbatim from the cited reports."""

from resolver.engine import Market, evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.quantities import acronym, names_overlap, required
from tests.conftest import article, ts


def market(question: str, deadline: str, criteria: str = "") -> Market:
    return Market(id="m", question=question, deadline=ts(deadline), criteria=criteria)


def test_a_range_is_read_at_the_bound_the_market_asks_and_a_date_in_another_clause_does_not_date_it():
    # http://financetom.com/economy/federal-reserve-watch-for-dec-20-daly-says-shes-comfortable-with-outlook-on-two-rate-cuts-in-2025-313680.htm
    a = article("Recent comments of note: The FOMC cut the target range for the federal funds rate by 25 basis points "
                "to 4.25% to 4.5%, but the Summary of Economic Projections indicated an expectation of fewer rate cuts "
                "next year than previously expected.", published="2024-12-20T14:31:00-05:00")
    m = market("Will the Federal Reserve lower the upper bound of the federal funds target range to 4.50% or below at "
               "its December 2024 meeting?", "2024-12-18T23:59:59-05:00")
    v = evaluate_market(m, [a], ts("2024-12-21T12:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert any("'4.5%'" in c.reason for c in v.contributions if c.rule == "threshold_crossed")
    lower = market("Will the Federal Reserve lower the lower bound of the federal funds target range to 4.00% or below "
                   "at its December 2024 meeting?", "2024-12-18T23:59:59-05:00")
    assert evaluate_market(lower, [a], ts("2024-12-21T12:00:00+00:00")).verdict == "likely-no"


def test_a_rate_climbing_to_a_level_from_an_earlier_one_is_the_released_figure():
    # https://globalnews.ca/news/11394548/canada-jobs-report-august-2025-statistics-canada/
    a = article("Statistics Canada reported on Friday that in August, the national unemployment rate climbed to 7.1 "
                "per cent from 6.9 per cent in July.", published="2025-09-05T00:00:00-04:00")
    m = market("Will Canada's unemployment rate for August 2025 be 7.0% or higher?", "2025-09-05T23:59:59-04:00")
    assert evaluate_market(m, [a], ts("2025-09-06T12:00:00+00:00")).verdict == "likely-yes"
    # https://wsnext.com/378014a-job-growth-unemployment-rate (a market that names no actor)
    b = article("This slowdown in job growth coincides with the unemployment rate climbing from 4.2% in July to 4.3% "
                "in August, marking the highest unemployment rate in nearly four years.",
                published="2025-09-05T00:00:00-04:00")
    us = market("Will the U.S. unemployment rate for August 2025 be 4.3% or higher?", "2025-09-05T23:59:59-04:00")
    assert evaluate_market(us, [b], ts("2025-09-06T12:00:00+00:00")).verdict == "likely-yes"


def test_a_level_without_a_direction_word_and_a_currency_written_after_the_sign():
    # https://www.donga.com/en/article/all/20251028/5927602/1
    a = article("The index closed at 4,042.83, up 2.57% from the previous session.", title="KOSPI surpasses 4,000",
                published="2025-10-28T07:38:00+09:00")
    m = market("Will the KOSPI close above 4,000 by October 31, 2025?", "2025-10-31T23:59:59+09:00")
    assert evaluate_market(m, [a], ts("2025-10-28T12:00:00+00:00")).verdict == "likely-yes"
    # https://www.sharecafe.com.au/2025/09/11/klarna-soars-in-trading-debut-after-ipo
    b = article("The company's shares, which experienced a surge of up to 43 per cent during Wednesday's trading, "
                "closed at $US45.82 each in New York.", title="Klarna soars in trading debut after IPO",
                published="2025-09-11T00:00:00+10:00")
    k = market("Will Klarna (KLAR) shares close at or above $50 on their first day of trading?",
               "2025-09-10T23:59:59-04:00")
    assert derive_target(k).occasion == "one"
    assert evaluate_market(k, [b], ts("2025-09-11T12:00:00+00:00")).verdict == "likely-no"


def test_a_distance_is_not_a_death_toll():
    # https://www.oodaloop.com/globalrisk/2024/04/03/taiwan-rescue-efforts-continue-after-900-injured-in-earthquake/
    a = article("With its epicenter near Hualien city, strong tremors were felt as far as Taipei, over 100km away, "
                "marking the strongest quake in 25 years.", title="Hualien earthquake", published="2024-04-03T00:00:00+08:00")
    m = market("Will the death toll from the April 3, 2024 Hualien earthquake reach 10 by April 10, 2024?",
               "2024-04-10T23:59:59+08:00")
    assert evaluate_market(m, [a], ts("2024-04-03T18:00:00+00:00")).verdict == "undetermined"


def test_months_against_a_bar_in_years():
    # https://www.deseret.com/politics/2025/04/25/george-santos-sentenced-87-months/
    a = article("George Santos was sentenced to 87 months in federal prison on Friday.", published="2025-04-25T00:00:00-06:00")
    m = market("Will George Santos be sentenced to more than 7 years in prison?", "2025-04-30T23:59:59-04:00")
    v = evaluate_market(m, [a], ts("2025-04-26T12:00:00+00:00"))
    assert v.verdict == "likely-yes" and any("87 months = 7.25 years" in c.reason for c in v.contributions)


def test_only_the_named_source_s_figure_counts():
    # https://headtopics.com/us/taiwan-hit-by-strongest-earthquake-in-25-years-50342462
    a = article("Taiwanese officials said the quake was magnitude 7.2, while the U.S. Geological Survey recorded 7.4 "
                "and Japanese seismologists reported an even stronger reading of 7.7.", title="Taiwan earthquake",
                published="2024-04-03T00:00:00+00:00")
    m = market("Will the USGS rate the April 3, 2024 Taiwan earthquake magnitude 7.5 or higher?",
               "2024-04-10T23:59:59+08:00")
    assert required(m.question).unit == "magnitude"
    v = evaluate_market(m, [a], ts("2024-04-04T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert acronym("U.S. Geological Survey") == "USGS" and names_overlap("U.S. Geological Survey", ["USGS"])
    assert not names_overlap("Japanese seismologists", ["USGS"])


def test_the_provisional_result_of_the_body_the_criteria_name_is_its_result():
    # https://gatekeepersnews.com/2025/10/28/ouattara-wins-fourth-term-in-ivory-coasts-presidential-election
    a = article("Gatekeepers News reports that according to provisional results announced on Monday by Independent "
                "Electoral Commission (IEC), Ouattara secured 89.77 percent of the vote.",
                published="2025-10-28T00:00:00+01:00")
    criteria = ("This market will resolve to \"Yes\" if Alassane Ouattara's share of the valid votes in Côte d'Ivoire's "
                "October 25, 2025 presidential election is 90.00% or higher, according to the results announced by the "
                "Independent Electoral Commission (CEI). Otherwise, this market will resolve to \"No\".")
    m = market("Will Alassane Ouattara receive 90% or more of the vote in the 2025 Ivorian presidential election?",
               "2025-11-15T23:59:59+00:00", criteria)
    assert evaluate_market(m, [a], ts("2025-10-29T12:00:00+00:00")).verdict == "likely-no"
    m2 = market(m.question, "2025-11-15T23:59:59+00:00")  # no body named: a provisional figure settles nothing
    assert evaluate_market(m2, [a], ts("2025-10-29T12:00:00+00:00")).verdict == "undetermined"


def test_a_passed_deadline_does_not_decide_an_unparsed_question():
    # https://headtopics.com/uk/japanese-robot-lands-on-moon-but-faces-power-problems-49099503
    a = article("A Japanese robot has successfully touched down on the Moon.", published="2024-01-20T00:00:00+00:00")
    m = market("SLIM on the Moon by January 31, 2024?", "2024-01-31T23:59:59+09:00")  # a title with no verb
    assert derive_target(m).kind == "unknown"
    v = evaluate_market(m, [a], ts("2024-02-01T12:00:00+00:00"))
    assert v.verdict == "undetermined"
    assert any(c.rule == "deadline_passed" and c.weight == 0 for c in v.contributions)


def test_a_figure_no_rule_read_holds_the_deadline_default():
    # https://globalnews.ca/news/11394548/canada-jobs-report-august-2025-statistics-canada/ (the same figure, with
    # no month named: no rule dates it, but it is the market's quantity on its yes side)
    a = article("The national unemployment rate in Canada climbed to 7.1 per cent, Statistics Canada said.",
                published="2025-09-05T00:00:00-04:00")
    m = market("Will Canada's unemployment rate for August 2025 be 7.0% or higher?", "2025-09-05T23:59:59-04:00")
    v = evaluate_market(m, [a], ts("2025-09-06T12:00:00+00:00"))
    assert v.verdict != "likely-no"


def test_a_change_statistic_reads_increased_by_and_not_the_forecast_or_a_revision():
    # https://www.thefrank.com/article/us-adds-22k-jobs-in-august-unemployment-rises-to-4-3
    a = article("Nonfarm payrolls increased by just 22,000 for the month, while the unemployment rate rose to 4.3%, "
                "according to a Bureau of Labor Statistics report Friday. Economists surveyed by Dow Jones had been "
                "looking for payrolls to rise by 75,000. The report showed a marked slowdown from the July increase "
                "of 79,000, which was revised up by 6,000.",
                title="US Adds 22K Jobs in August, Unemployment Rises to 4.3%", published="2025-09-05T00:00:00-04:00")
    criteria = ("This market will resolve to \"Yes\" if the initial estimate of the change in total nonfarm payroll "
                "employment for August 2025, as published by the Bureau of Labor Statistics in its Employment "
                "Situation report, is +50,000 or higher. Otherwise, this market will resolve to \"No\".")
    m = market("Will the August 2025 U.S. jobs report show nonfarm payroll gains of 50,000 or more?",
               "2025-09-05T23:59:59-04:00", criteria)
    t = derive_target(m)
    assert (t.kind, t.threshold, t.window_start.month) == ("threshold", 50000.0, 8)
    v = evaluate_market(m, [a], ts("2025-09-06T12:00:00+00:00"))
    assert v.verdict == "likely-no" and any("'22,000'" in c.reason for c in v.contributions)
    lower = market("Will the August 2025 U.S. jobs report show nonfarm payroll gains of 20,000 or more?",
                   "2025-09-05T23:59:59-04:00", criteria)
    assert evaluate_market(lower, [a], ts("2025-09-06T12:00:00+00:00")).verdict == "likely-yes"


def test_a_fall_by_at_least_a_bar_is_a_change_at_or_below_its_negative():
    # https://www.independent.co.uk/news/germany-ap-berlin-europe-olaf-scholz-b2679901.html
    a = article("The Federal Statistical Office said that gross domestic product contracted by 0.2% last year following "
                "a decline in 2023.", title="Germany's economy shrank for the second consecutive year in 2024",
                published="2025-01-15T00:00:00+00:00")
    m = market("Will Germany's first official estimate show 2024 GDP falling by 0.2% or more?", "2025-01-31T23:59:59+01:00")
    t = derive_target(m)
    assert (t.threshold, t.threshold_direction, t.window_start.year) == (-0.2, "below", 2024)
    v = evaluate_market(m, [a], ts("2025-01-16T12:00:00+00:00"))
    assert v.verdict == "likely-yes" and any("a fall: -0.2" in c.reason for c in v.contributions)
    deeper = market("Will Germany's first official estimate show 2024 GDP falling by 0.5% or more?",
                    "2025-01-31T23:59:59+01:00")
    assert evaluate_market(deeper, [a], ts("2025-01-16T12:00:00+00:00")).verdict == "likely-no"


def test_a_running_total_reported_so_far_by_a_named_body():
    # https://www.telesurenglish.net/news/Brazil-Exceeds-2-Million-Infected-Dengue-So-Far-2024--20240322-0019.html
    a = article("The Brazilian Ministry of Health reported 2,045,277 cases of dengue so far in 2024.",
                title="Brazil Exceeds 2 Million Infected Dengue So Far 2024", published="2024-03-22T00:00:00-03:00")
    m = market("Will Brazil record more than 2 million probable dengue cases in 2024 by March 31, 2024?",
               "2024-03-31T23:59:59-03:00")
    t = derive_target(m)
    assert (t.kind, t.occasion, t.threshold) == ("threshold", "path", 2e6)
    v = evaluate_market(m, [a], ts("2024-04-02T12:00:00+00:00"))
    assert v.verdict == "likely-yes" and any("> 2,000,000 cases" in c.reason for c in v.contributions)


def test_the_level_lowered_to_is_the_figure_and_the_old_high_it_came_from_is_not():
    # https://takingstock.info/european-central-bank-ecb-cuts-interest-rate-by-0-25-to-3-75
    a = article("The central bank's primary rate has been lowered to 3.75%, a decrease from the historic high of 4% "
                "where it has remained since September 2023.", title="European Central Bank (ECB) cuts interest rate",
                published="2024-06-06T00:00:00+01:00")
    m = market("Will the ECB lower its deposit facility rate to 3.75% or below at its June 6, 2024 meeting?",
               "2024-06-06T23:59:59+02:00")
    v = evaluate_market(m, [a], ts("2024-06-07T00:00:00+00:00"))
    assert v.verdict == "likely-yes" and not any("'4%'" in c.reason for c in v.contributions)


def test_a_count_short_of_the_bar_is_read_and_lets_the_deadline_decide():
    # https://www.aiweeklyreviews.com/amazon-cuts-14k-jobs/
    a = article("Beth Galetti, Amazon's Senior Vice President of People Experience and Technology, delivered the news "
                "in a company-wide message on October 28, 2025.", title="Amazon cuts 14k jobs",
                published="2025-11-01T00:00:00+00:00")
    m = market("Will Amazon announce cuts of at least 15,000 corporate jobs in October 2025?", "2025-10-31T23:59:59-07:00")
    v = evaluate_market(m, [a], ts("2025-11-02T12:00:00+00:00"))
    assert v.verdict == "likely-no" and any(c.rule == "figure_short" for c in v.contributions)


def test_a_level_that_qualifies_the_act_is_read_at_the_act_only():
    # https://www.wlox.com/2023/08/30/idalia-made-landfall-florida-major-hurricane/
    a = article("It briefly intensified into a category four hurricane earlier Wednesday before dropping back down to "
                "category three. The storm then made landfall as a category three in Florida.",
                title="Idalia made landfall Florida major hurricane", published="2023-08-30T00:00:00-05:00")
    four = market("Will Hurricane Idalia make U.S. landfall as a Category 4 or stronger hurricane?",
                  "2023-09-01T23:59:59-04:00")
    three = market("Will Hurricane Idalia make U.S. landfall as a major hurricane (Category 3 or stronger)?",
                   "2023-09-01T23:59:59-04:00")
    assert derive_target(four).occasion == "one"
    assert evaluate_market(four, [a], ts("2023-09-03T12:00:00+00:00")).verdict == "likely-no"
    assert evaluate_market(three, [a], ts("2023-08-31T00:00:00+00:00")).verdict == "likely-yes"


def test_a_total_is_the_sum_of_the_final_score_not_an_interim_one():
    # https://dknetwork.draftkings.com/2024/2/11/24053791/super-bowl-winner-final-score-49ers-vs-chiefs-who-won-2024-mvp-mahomes-hardman-andy-reid
    a = article("Patrick Mahomes found Mecole Hardman for the game-winning touchdown in overtime of Super Bowl 58, "
                "delivering the Kansas City Chiefs a 25-22 win over the San Francisco 49ers in Las Vegas.",
                title="Super Bowl winner final score 49ers vs Chiefs", published="2024-02-11T00:00:00-05:00")
    criteria = ("This market will resolve to \"Yes\" if the combined final score of the Kansas City Chiefs and the San "
                "Francisco 49ers in Super Bowl LVIII, including overtime, is greater than 47.5 points.")
    m = market("Super Bowl LVIII: Chiefs vs. 49ers — over 47.5 total points?", "2024-02-12T23:59:59-05:00", criteria)
    v = evaluate_market(m, [a], ts("2024-02-14T12:00:00+00:00"))
    assert v.verdict == "likely-no" and any("25 + 22 = 47" in c.reason for c in v.contributions)
    # https://www.vicksburgpost.com/2024/02/11/super-special-chiefs-beat-49ers-in-overtime-to-repeat-as-super-bowl-champs/
    b = article("The Chiefs (15-6) trailed 22-19 after Jake Moody kicked a 27-yard field goal on the first possession "
                "of overtime.", title="Chiefs beat 49ers", published="2024-02-11T22:54:00-06:00")
    assert not any(c.rule.startswith("threshold") and c.direction != "none"
                   for c in evaluate_market(m, [b], ts("2024-02-14T12:00:00+00:00")).contributions)
