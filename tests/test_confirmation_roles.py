"""Confirmations the engine used to leave undetermined: conflicts read by roles (who did what),
and results stated as a level. Sentences are verbatim from published reports
(tests/data/realnews batches 01-06; source URL above each)."""

from resolver.engine import evaluate_market
from tests.conftest import decided, article, news_market, ts


def _verdict(m, articles, as_of):
    return evaluate_market(m, articles, ts(as_of))


# -- a rival's concession is the candidate's win, not a no ------------------------------------------

def test_the_rival_who_concedes_is_not_the_candidate():
    # https://www.newsletter.co.uk/news/national/irish-presidency-catherine-connolly-wins-the-election-decisively-as-heather-humphreys-concedes-defeat-saying-she-found-sectarian-remarks-against-her-difficult-5375114
    m = news_market("Will Catherine Connolly win the 2025 Irish presidential election?", "2025-10-31T23:59:59+00:00")
    a = article("", title="Irish presidency: Catherine Connolly wins the election decisively as Heather Humphreys "
                          "concedes defeat", published="2025-10-25T18:00:00+01:00")
    v = _verdict(m, [a], "2025-10-26T12:00:00+00:00")
    assert decided(v) == "likely-yes"
    assert not any(c.rule == "opposite_outcome" for c in v.contributions)


def test_a_rival_named_in_a_relative_clause_concedes_for_himself():
    # https://www.eaglenews.ph/urgent-argentinas-milei-wins-presidential-election-massa-concedes/
    m = news_market("Will Javier Milei win Argentina's presidential runoff?", "2023-11-30T23:59:59-03:00")
    a = article("BUENOS AIRES, Nov 19, 2023 (AFP) – Libertarian outsider Javier Milei will be Argentina's next "
                "president, said his rival, Economy Minister Sergio Massa, who conceded defeat after Sunday's election.",
                title="URGENT: Argentina's Milei wins presidential election, Massa concedes",
                published="2023-11-19T21:00:00-03:00")
    v = _verdict(m, [a], "2023-11-20T12:00:00+00:00")
    assert decided(v) == "likely-yes"
    assert not any(c.rule == "opposite_outcome" and c.counted for c in v.contributions)


def test_the_candidate_who_concedes_is_still_a_no():
    m = news_market("Will Heather Humphreys win the 2025 Irish presidential election?", "2025-10-31T23:59:59+00:00")
    a = article("", title="Irish presidency: Catherine Connolly wins the election decisively as Heather Humphreys "
                          "concedes defeat", published="2025-10-25T18:00:00+01:00")
    v = _verdict(m, [a], "2025-10-26T12:00:00+00:00")
    assert decided(v) != "likely-yes" and v.score < 0


# -- a rescheduling act: its own word and the date it sets are the act ---------------------------------

def test_a_delay_is_the_act_of_a_delay_market():
    # https://www.benzinga.com/trading-ideas/movers/25/11/48728673/take-two-shares-fall-after-rockstar-delays-grand-theft-auto-vi
    m = news_market("Will Rockstar Games delay Grand Theft Auto VI again, to a date after May 2026, before the end "
                    "of 2025?", "2025-12-31T23:59:59-05:00",
                    "This market will resolve to \"Yes\" if, between June 1, 2025 and December 31, 2025, Rockstar "
                    "Games or Take-Two Interactive officially announces a release date for Grand Theft Auto VI later "
                    "than May 31, 2026.")
    a = article("Take-Two Interactive Software, Inc. (NASDAQ:TTWO) shares are trading lower after Rockstar delayed "
                "the release of Grand Theft Auto VI.",
                title="Take-Two Shares Fall After Rockstar Delays Grand Theft Auto VI", published="2025-11-07T12:00:00-05:00")
    v = _verdict(m, [a], "2025-11-08T12:00:00+00:00")
    assert decided(v) == "likely-yes"
    assert not any(c.rule == "ruled_out" for c in v.contributions)


def test_the_new_date_an_extension_sets_is_not_a_later_schedule():
    # https://pastebn.online/story/news/politics/2025/07/08/trump-tariffs-august-deadline/84504771007
    m = news_market("Will Trump extend the July 9, 2025 reciprocal tariff deadline before it expires?",
                    "2025-07-09T23:59:59-04:00")
    a = article("But Trump on July 7 extended the deadline to Aug. 1 after his administration has struggled to secure "
                "trade deals with other nations during the pause.", published="2025-07-08T12:00:00-04:00")
    v = _verdict(m, [a], "2025-07-08T20:00:00+00:00")
    assert decided(v) == "likely-yes"
    assert not any(c.rule == "scheduled_after_deadline" for c in v.contributions)


def test_a_delay_still_rules_out_another_act():
    m = news_market("Will Nintendo Switch 2 pre-orders open in the US by April 30, 2025?", "2025-04-30T23:59:59-04:00")
    a = article("", title="Nintendo delays Switch 2 pre-orders in the US", published="2025-04-04T12:00:00-04:00")
    v = _verdict(m, [a], "2025-04-05T00:00:00+00:00")
    assert any(c.rule == "ruled_out" and c.direction == "no" for c in v.contributions)


# -- a figure stated as a level ---------------------------------------------------------------------

def test_a_rate_that_now_stands_at_the_level():
    # https://www.darpanmagazine.com/news/national/bank-of-canada-cuts-key-interest-rate-for-first-time-in-more-than-four-years/?page=23
    m = news_market("Will the Bank of Canada's policy rate be 4.75% or lower by June 30, 2024?", "2024-06-30T23:59:59-04:00")
    a = article("With the quarter-percentage-point cut, the central bank’s key interest rate now stands at 4.75 per cent.",
                title="Bank of Canada cuts key interest rate for first time in more than four years",
                published="2024-06-05T12:00:00-07:00")
    assert decided(_verdict(m, [a], "2024-06-06T12:00:00+00:00")) == "likely-yes"


def test_overnight_is_no_over():
    # https://ntv.ca/bank-of-canada-cuts-interest-rate/
    m = news_market("Will the Bank of Canada lower its policy rate to 4.50% or below by July 31, 2024?",
                    "2024-07-31T23:59:59-04:00")
    a = article("The Bank of Canada has decreased its policy interest rate for the second consecutive time. The 25 "
                "basis points reduction brings the overnight rate to 4.5 per cent, returning to levels not seen since "
                "June 2023.", title="Bank of Canada cuts interest rate", published="2024-07-24T12:00:00-02:30")
    assert decided(_verdict(m, [a], "2024-07-25T12:00:00+00:00")) == "likely-yes"


def test_went_up_to_is_a_movement_not_a_bound():
    # https://www.outlookindia.com/international/us/us-economic-crisis-are-we-on-the-brink-of-a-major-recession
    m = news_market("Will the U.S. unemployment rate for July 2024 be 4.2% or higher?", "2024-08-02T23:59:59-04:00")
    a = article("The main reason for this concern is the recent US jobs report for July. The data showed that employers "
                "in the US only added 114,000 new jobs, which was much lower than the expected 175,000 jobs. "
                "Additionally, the unemployment rate went up to 4.3%, which is close to its highest level in nearly "
                "three years.", published="2024-08-06T12:00:00+05:30")
    assert decided(_verdict(m, [a], "2024-08-06T12:00:00+00:00")) == "likely-yes"
    low = news_market("Will the U.S. unemployment rate for July 2024 be 4.5% or higher?", "2024-08-02T23:59:59-04:00")
    assert decided(_verdict(low, [a], "2024-08-06T12:00:00+00:00")) == "likely-no"


def test_inflation_is_the_cpi():
    # https://www.businessreport.com/economy/us-inflation-reaches-40-year-high-of-9-1-in-june
    m = news_market("Will US CPI inflation for June 2022 be 9.0% or higher year over year?", "2022-07-13T23:59:59-04:00")
    a = article("Consumer prices soared 9.1% compared with a year earlier, the government said this morning, the "
                "biggest yearly increase since 1981, and up from an 8.6% jump in May.",
                title="US inflation reaches 40-year high of 9.1% in June", published="2022-07-13T12:00:00-05:00")
    assert decided(_verdict(m, [a], "2022-07-14T12:00:00+00:00")) == "likely-yes"


# -- a headline's present is a schedule when its article tells the act as still to come -----------------

NOTRE_DAME = ("PARIS (AP) — France's iconic Notre Dame Cathedral is formally reopening its doors on Saturday for the "
              "first time since a devastating fire nearly destroyed the 861-year-old landmark in 2019.")


def test_a_headline_present_with_a_body_still_to_come_is_no_report():
    # https://www.semissourian.com/world/notre-dame-reopens-its-doors-to-macron-and-other-world-leaders-in-a-rare-symbol-of-unity-f2543dc7
    m = news_market("Will Notre-Dame de Paris officially reopen by December 7, 2024?", "2024-12-07T23:59:59+01:00")
    a = article(NOTRE_DAME, title="Notre Dame reopens its doors to Macron and other world leaders in a rare symbol "
                                  "of unity", published="2024-12-07T00:00:00-06:00")
    v = _verdict(m, [a], "2024-12-07T10:00:00+00:00")
    assert decided(v) == "undetermined"
    assert any("still to come" in c.reason for c in v.contributions if c.rule == "confirmation")


def test_a_headline_present_with_a_body_in_the_past_is_a_report():
    # https://todayheadline.co/5446785-trump-extends-china-truce/ ('decision to extend' is no future)
    m = news_market("Will the US extend its tariff truce with China before it expires on August 12, 2025?",
                    "2025-08-12T00:01:00-04:00")
    a = article("Trump’s decision to extend the truce came hours before it was set to expire Tuesday.",
                title="Trump extends China truce", published="2025-08-11T20:00:00-04:00")
    v = _verdict(m, [a], "2025-08-12T16:00:00+00:00")
    assert not any("still to come" in c.reason for c in v.contributions)


# -- names as reporters write them, and bounds that already lie beyond the bar ---------------------------

def test_names_as_reporters_write_them():
    from resolver.engine.actors import actor_aliases
    from resolver.engine.derive import derive_target
    t = derive_target(news_market("Will Sam Bankman-Fried be ordered to forfeit at least $10 billion at his sentencing?",
                                  "2024-03-31T23:59:59-04:00"))
    assert "Sam Bankman-Fried" in t.actors  # a double-barrelled surname is one name
    assert "bankman-fried" in actor_aliases("Sam Bankman-Fried")
    assert "delta airlines" in actor_aliases("Delta Air Lines") and "lines" not in actor_aliases("Delta Air Lines")
    assert derive_target(news_market("Will an Israel-Hamas ceasefire hold through March?", "2025-03-31T23:59:59+00:00")) \
        .actors[:2] == ["Israel", "Hamas"]


def test_a_lower_bound_beyond_the_bar_settles_a_one_occasion_figure():
    # https://techstartups.com/staging/2024/03/28/ftx-founder-sam-bankman-fried-sentenced-to-25-years-in-prison-to-forfeit-more-than-11-billion
    m = news_market("Will Sam Bankman-Fried be ordered to forfeit at least $10 billion at his sentencing?",
                    "2024-03-31T23:59:59-04:00")
    a = article("In addition to the hefty prison term, Bankman-Fried will forfeit over $11 billion.",
                published="2024-03-28T12:00:00-04:00")
    assert decided(_verdict(m, [a], "2024-03-30T12:00:00+00:00")) == "likely-yes"
    short = news_market("Will Sam Bankman-Fried be ordered to forfeit at least $12 billion at his sentencing?",
                        "2024-03-31T23:59:59-04:00")
    assert decided(_verdict(short, [a], "2024-03-30T12:00:00+00:00")) == "undetermined"  # 'over $11 billion' may be $12 billion


def test_a_count_named_by_the_company_short_name():
    # https://gigazine.net/gsc_news/en/20240722-crowdstrike-issue-flight
    m = news_market("Will Delta Air Lines cancel more than 4,000 flights due to the July 2024 CrowdStrike IT outage?",
                    "2024-07-31T23:59:59-04:00",
                    "This market will resolve to \"Yes\" if credible reports state that Delta Air Lines' cumulative "
                    "flight cancellations attributable to the July 19, 2024 CrowdStrike-related IT outage exceed 4,000 "
                    "by July 31, 2024.")
    a = article("The damage is particularly widespread in the aviation industry, with Delta Airlines canceling more "
                "than 4,000 flights so far.", published="2024-07-22T12:00:00+09:00")
    assert decided(_verdict(m, [a], "2024-07-22T12:00:00+00:00")) == "likely-yes"


# -- the same act in the words of its domain ----------------------------------------------------------

def test_found_not_guilty_is_an_acquittal():
    # https://dramawired.com/2025/06/12/harvey-weinstein-convicted-in-nyc-retrial-hollywood-unlocked
    m = news_market("Will Harvey Weinstein be acquitted on at least one count in his 2025 New York retrial?",
                    "2025-06-30T23:59:59-04:00")
    a = article("This retrial has been one for the books, especially with a mostly female jury delivering a mixed verdict "
                "that still has the public shook. Weinstein was found guilty of assaulting Miriam Haley but was found "
                "not guilty in the charge involving Kaja Sokola.", published="2025-06-12T12:00:00-04:00")
    assert decided(_verdict(m, [a], "2025-06-13T00:00:00+00:00")) == "likely-yes"
    counts = article("Weinstein, who once ruled Hollywood, faced two counts of first-degree criminal sexual act and one "
                     "count of third-degree rape.", published="2025-06-12T12:00:00-04:00")
    assert decided(_verdict(m, [counts], "2025-06-13T00:00:00+00:00")) != "likely-yes"


def test_a_block_lifted_is_a_veto_lifted():
    # https://www.devdiscourse.com/article/headlines/3508917-slovakia-lifts-block-on-eus-18th-sanctions-package-against-russia
    m = news_market("Will Slovakia lift its veto on the EU's 18th sanctions package against Russia by July 20, 2025?",
                    "2025-07-20T23:59:59+02:00")
    a = article("EU diplomats informed Reuters that ambassadors from EU countries will convene on Friday morning to "
                "approve the sanctions, initially proposed by the European Commission last month.", title="Slovakia lifts block on EU's 18th sanctions package against Russia",
                published="2025-07-18T12:00:00+05:30")
    assert decided(_verdict(m, [a], "2025-07-19T00:00:00+00:00")) == "likely-yes"


# -- time and negation belong to their own verb ----------------------------------------------------------

def test_a_date_after_a_coordinated_verb_dates_that_verb():
    # https://www.tvcnews.tv/nepal-sets-new-election-date-after-naming-interim-pm/
    m = news_market("Will Nepal's House of Representatives be dissolved by September 30, 2025?",
                    "2025-09-30T23:59:59+05:45")
    a = article("According to the statement, the president has “dissolved the House of Representatives” and fixed "
                "March 5 next year for the elections.", published="2025-09-14T12:00:00+01:00")
    assert decided(_verdict(m, [a], "2025-09-15T00:00:00+00:00")) == "likely-yes"


def test_a_bare_did_not_fails_only_the_act_it_negates():
    # https://www.oodaloop.com/briefs/2024/03/28/crypto-mogul-sam-bankman-fried-sentenced-to-25-years/
    m = news_market("Will Sam Bankman-Fried be sentenced by March 31, 2024?", "2024-03-31T23:59:59-04:00")
    a = article("US District Judge Lewis Kaplan handed down the sentence at a Manhattan court hearing after rejecting "
                "Bankman-Fried’s claim that FTX customers did not actually lose money and accusing him of lying during "
                "his trial testimony.", published="2024-03-28T12:00:00-04:00")
    v = _verdict(m, [a], "2024-03-29T12:00:00+00:00")
    assert not any(c.rule == "failed_attempt" for c in v.contributions)


def test_voters_who_voted_for_the_subject_are_its_votes():
    # https://www.shine.cn/news/world/2505065635
    m = news_market("Will Friedrich Merz receive at least 320 votes in a Bundestag chancellor ballot in May 2025?",
                    "2025-05-31T23:59:59+02:00")
    a = article("A total of 325 members of Germany's Bundestag, the country's lower house of parliament, voted for Merz, "
                "surpassing the 316 seats needed.", published="2025-05-06T18:00:00+08:00")
    assert decided(_verdict(m, [a], "2025-05-07T00:00:00+00:00")) == "likely-yes"
    more = news_market("Will Friedrich Merz receive at least 330 votes in a Bundestag chancellor ballot in May 2025?",
                       "2025-05-31T23:59:59+02:00")
    assert decided(_verdict(more, [a], "2025-05-07T00:00:00+00:00")) == "undetermined"


def test_a_double_dissent_is_two_dissenting_voters():
    # https://www.moneycontrol.com/news/business/markets/federal-reserve-sees-double-board-dissent-for-first-time-since-1993-13353560.html
    m = news_market("Will two or more FOMC voters dissent from the Federal Reserve's July 2025 interest rate decision?",
                    "2025-07-30T23:59:59-04:00")
    a = article("The U.S. Federal Reserve's Federal Open Market Committee (FOMC) saw its first double dissent since 1993.",
                title="Federal Reserve sees first double dissent since 1993 as two officials vote for rate cut",
                published="2025-07-31T00:48:00+05:30")
    assert decided(_verdict(m, [a], "2025-08-01T12:00:00+00:00")) == "likely-yes"
    from resolver.engine.quantities import act_count
    assert act_count("the Fed signalled two cuts this year", ["cut"]) is None  # cuts are not voters


def test_a_period_after_from_dates_the_earlier_figure():
    # verbatim from /work/reports/batch-09.md, case b09-canada-unemployment-aug2025-7.0-multi-yes
    m = news_market("Will Canada's unemployment rate for August 2025 be 7.0% or higher?", "2025-09-05T23:59:59-04:00")
    a = article("Statistics Canada reported on Friday that in August, the national unemployment rate climbed to 7.1 per "
                "cent from 6.9 per cent in July.", published="2025-09-05T12:00:00-04:00")
    assert decided(_verdict(m, [a], "2025-09-07T12:00:00+00:00")) == "likely-yes"


def test_the_mpc_is_the_bank_of_england():
    # verbatim from /work/reports/batch-09.md, case b09-boe-feb2025-bank-rate-4.50-yes
    m = news_market("Will the Bank of England cut Bank Rate to 4.50% or below at its February 2025 meeting?",
                    "2025-02-28T23:59:59+00:00")
    a = article("Last week the MPC voted 7-2 in favour of cutting the base rate by a quarter of a percentage point to "
                "4.5 per cent", published="2025-02-14T12:00:00+00:00")
    assert decided(_verdict(m, [a], "2025-03-02T12:00:00+00:00")) == "likely-yes"


def test_an_announced_appointment_is_the_appointment():
    # verbatim from /work/reports/batch-09.md, case b09-stellantis-new-ceo-by-jun30-multi-yes
    m = news_market("Will Stellantis name a new CEO by June 30, 2025?", "2025-06-30T23:59:59+02:00")
    a = article("Stellantis ... has officially announced the appointment of Antonio Filosa as new CEO.",
                published="2025-05-28T12:00:00+02:00")
    assert decided(_verdict(m, [a], "2025-05-29T12:00:00+00:00")) == "likely-yes"
