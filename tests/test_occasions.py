"""One-occasion markets settled before the deadline (issue 10): the market hinges on one event
that happens once (a named ballot or round, a trial's verdict, a sentencing, a sweep's games),
and the evidence reports that occasion concluded with another outcome → likely-no, the trace
naming the occasion. An open 'by <date>' window is no occasion ('missed the April 1 deadline'
leaves April open), nor is an act that stages the occasion (a trial that may begin later).
Sentences are quoted verbatim from the pages named above each article."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.occasions import every_game, one_occasion
from tests.conftest import decided, news_article as article, news_market as market, ts


def fired(v, rule: str) -> list:
    return [c for c in v.contributions if (c.base_rule or c.rule) == rule and c.counted and c.direction == "no"]


MERZ = market("Will Friedrich Merz be elected German Chancellor in the first round of the Bundestag vote on May 6, "
              "2025?", "2025-05-06T23:59:59+02:00",
              "This market will resolve to \"Yes\" if Friedrich Merz obtains the absolute majority required to be "
              "elected Chancellor in the first ballot of the Bundestag's chancellor election held on May 6, 2025. "
              "A victory in any later ballot does not count. Otherwise, this market will resolve to \"No\".")
# https://nation.cymru/news/friedrich-merzs-bid-to-become-germanys-10th-chancellor-fails-first-ballot/
MERZ_FAILS = article("https://nation.cymru/news/friedrich-merzs-bid-to-become-germanys-10th-chancellor-fails-first-ballot/",
                     "2025-05-06T00:00:00+01:00",
                     "Friedrich Merz's bid to become Germany's 10th chancellor fails first ballot",
                     "Conservative leader Friedrich Merz's bid to become Germany's 10th chancellor since the Second "
                     "World War failed in the first round of voting in parliament on Tuesday by six votes, a vote he "
                     "had been widely expected to win smoothly.")


def test_a_bid_that_failed_in_the_named_ballot_is_a_no():
    v = evaluate_market(MERZ, [MERZ_FAILS], ts("2025-05-06T18:00:00+00:00"))
    assert decided(v) == "likely-no" and fired(v, "failed_attempt")
    assert "one occasion" in fired(v, "failed_attempt")[0].reason


IRAN = market("Will a candidate win Iran's 2024 presidential election outright in the first round?",
              "2024-07-01T23:59:59+03:30",
              "This market will resolve to \"Yes\" if any candidate receives more than 50% of the votes cast in the "
              "first round of Iran's June 28, 2024 presidential election, as announced by Iran's Interior Ministry, "
              "so that no runoff is needed. Otherwise, this market will resolve to \"No\".")
# https://www.dailysabah.com/world/mid-east/iran-to-hold-runoff-vote-after-no-candidate-secures-majority
RUNOFF = article("https://www.dailysabah.com/world/mid-east/iran-to-hold-runoff-vote-after-no-candidate-secures-majority",
                 "2024-06-29T00:00:00+03:00", "Iran to hold runoff vote after no candidate secures majority",
                 "Iran will hold a runoff vote next week after candidates Masoud Pezeshkian and Saeed Jalili failed to "
                 "secure 50% of the votes, the country's interior ministry said Saturday.")


def test_the_first_round_is_one_occasion_even_with_a_later_deadline():
    assert one_occasion(derive_target(IRAN), IRAN) == "'first round'"
    v = evaluate_market(IRAN, [RUNOFF], ts("2024-06-30T12:00:00+00:00"))
    assert decided(v) == "likely-no" and "'first round'" in fired(v, "failed_attempt")[0].reason


NOVAVAX = market("Will the FDA grant full approval to Novavax's COVID-19 vaccine by April 30, 2025?",
                 "2025-04-30T23:59:59-04:00",
                 "This market will resolve to \"Yes\" if the U.S. Food and Drug Administration grants approval (a "
                 "biologics license, not an emergency use authorization) to Novavax's COVID-19 vaccine for any "
                 "population between March 1, 2025 and April 30, 2025, 11:59 PM ET. Otherwise, this market will "
                 "resolve to \"No\".")
# https://www.ascp.org/news/external-news/industry-news/2025/04/03/FDA-Misses-Deadline-For-Decision-On-Novavax-s-COVID-19-Vaccine
MISSED = article("https://www.ascp.org/news/external-news/industry-news/2025/04/03/FDA-Misses-Deadline-For-Decision-On-"
                 "Novavax-s-COVID-19-Vaccine", "2025-04-03T00:00:00-05:00",
                 "FDA Misses Deadline For Decision On Novavax's COVID-19 Vaccine",
                 "The Wall Street Journal (4/2, Essley Whyte, Subscription Publication) reports the FDA missed the "
                 "April 1 deadline to approve Novavax's COVID-19 vaccine.")


def test_a_missed_target_date_inside_an_open_window_is_a_setback_not_a_verdict():
    assert one_occasion(derive_target(NOVAVAX), NOVAVAX) is None  # two months of chances, no occasion named
    v = evaluate_market(NOVAVAX, [MISSED], ts("2025-04-04T12:00:00+00:00"))
    assert decided(v) == "undetermined"


def test_an_act_that_stages_the_occasion_leaves_later_days_open():
    appeal = market("Will Nicolas Sarkozy's appeal trial in the Libyan financing case begin by December 31, 2025?",
                    "2025-12-31T23:59:59+01:00")
    assert one_occasion(derive_target(appeal), appeal) is None
    testify = market("Will Sean Combs testify at his 2025 federal trial?", "2025-07-31T23:59:59-04:00")
    assert one_occasion(derive_target(testify), testify) is None  # a trial is one occasion for its verdict only


TRUMP = market("Will Donald Trump be sentenced to jail time or a fine in the New York hush money case by January "
               "19, 2025?", "2025-01-19T23:59:59-05:00",
               "This market will resolve to \"Yes\" if, in the New York criminal case in which Donald Trump was "
               "convicted on 34 counts of falsifying business records, Judge Juan Merchan imposes a sentence that "
               "includes any term of imprisonment or any fine on or before January 19, 2025. Otherwise, this market "
               "will resolve to \"No\".")
# https://turkiyetoday.com/world/trump-receives-unconditional-discharge-after-hush-money-cover-up-conviction-103861
DISCHARGE = article("https://turkiyetoday.com/world/trump-receives-unconditional-discharge-after-hush-money-cover-up-"
                    "conviction-103861", "2025-01-10T18:52:00+03:00",
                    "Trump receives unconditional discharge after hush money cover-up conviction",
                    "A New York judge sentenced President-elect Donald Trump to an unconditional discharge Friday, "
                    "following his conviction for covering up hush money payments to an adult film actress.")


def test_a_sentencing_with_neither_custody_nor_a_fine_went_the_other_way():
    v = evaluate_market(TRUMP, [DISCHARGE], ts("2025-01-11T00:00:00+00:00"))
    assert decided(v) == "likely-no"
    assert "unconditional discharge" in fired(v, "opposite_outcome")[0].reason
    assert "one occasion, the verdict or sentencing" in fired(v, "opposite_outcome")[0].temporal


def test_a_sentence_naming_prison_with_probation_is_no_opposite():
    jail = article("https://example.org/sentenced", "2025-01-10T18:52:00+03:00", "Sentenced",
                   "A New York judge sentenced Donald Trump to two years in jail and three years of probation Friday.")
    v = evaluate_market(TRUMP, [jail], ts("2025-01-11T00:00:00+00:00"))
    assert not fired(v, "opposite_outcome")


COMBS = market("Will Sean Combs be convicted of racketeering conspiracy in his 2025 federal trial?",
               "2025-07-31T23:59:59-04:00",
               "This market will resolve to \"Yes\" if a jury in the federal criminal trial of Sean \"Diddy\" Combs in "
               "the Southern District of New York returns a guilty verdict on the racketeering conspiracy count on or "
               "before July 31, 2025. Convictions on other counts do not count. Otherwise, this market will resolve "
               "to \"No\".")
# https://usatrustedlawyers.com/blog/not-guilty-of-racketeering-and-sex-trafficking/
DEFEATED = article("https://usatrustedlawyers.com/blog/not-guilty-of-racketeering-and-sex-trafficking/",
                   "2025-07-02T00:00:00-04:00", "Not Guilty of Racketeering and Sex-Trafficking",
                   "Sean \u201cDiddy\u201d Combs has been convicted of illegal prostitution, but the disgraced rap mogul "
                   "defeated more serious sex-trafficking and racketeering charges that could have yielded a lengthier "
                   "prison term.")


def test_charges_defeated_on_the_count_asked_is_a_verdict_the_other_way():
    v = evaluate_market(COMBS, [DEFEATED], ts("2025-07-05T00:00:00+00:00"))
    assert decided(v) == "likely-no"
    c = fired(v, "opposite_outcome")[0]
    assert c.rule == "opposite_outcome"  # 'could' qualifies the charges (a relative clause), not the verdict


PAXTON = market("Will the Texas Senate convict Ken Paxton on at least one article of impeachment?",
                "2023-09-30T23:59:59-05:00")
# https://dailyconservative.com/texas-attorney-general-ken-paxton-jr-acquitted-of-all-charges/
ACQUITTED = article("https://dailyconservative.com/texas-attorney-general-ken-paxton-jr-acquitted-of-all-charges/",
                    "2023-09-17T00:00:00-05:00", "Texas Attorney General Ken Paxton, Jr. acquitted of all charges",
                    "The Texas State Senate has voted to acquit Texas Attorney General Ken Paxton, Jr. on all sixteen "
                    "impeachment charges and he has since been reinstated to his role.")


def test_convict_is_the_act_and_an_acquittal_is_its_opposite():
    assert derive_target(PAXTON).act == "convict"
    v = evaluate_market(PAXTON, [ACQUITTED], ts("2023-09-18T12:00:00+00:00"))
    assert decided(v) == "likely-no" and fired(v, "opposite_outcome")


SWEEP = market("Will the Boston Celtics sweep the 2024 NBA Finals 4-0?", "2024-06-23T23:59:59-04:00",
               "This market will resolve to \"Yes\" if the Boston Celtics win the 2024 NBA Finals against the Dallas "
               "Mavericks four games to none. If the Mavericks win any game of the series, this market will resolve "
               "to \"No\".")
# https://www.nbcsportsbayarea.com/nba/mavericks-blowout-celtics-nba-finals-game-4/1744838/
ROUT = article("https://www.nbcsportsbayarea.com/nba/mavericks-blowout-celtics-nba-finals-game-4/1744838/",
               "2024-06-14T00:00:00-07:00", "Mavericks blow out Celtics in NBA Finals Game 4",
               "The Dallas Mavericks staved off elimination in the 2024 NBA Finals on Friday with a 122-84 Game 4 "
               "rout of the Boston Celtics at the American Airlines Center in Dallas.")


def test_a_game_of_the_series_lost_settles_a_sweep():
    v = evaluate_market(SWEEP, [ROUT], ts("2024-06-15T12:00:00+00:00"))
    assert decided(v) == "likely-no" and "market asks for a sweep" in fired(v, "rival_outcome")[0].reason


def test_only_games_of_the_contest_count_for_a_sweep():
    assert every_game(SWEEP.question, ["Game 4"]) == "Game 4"
    assert every_game(SWEEP.question, ["conference finals"]) is None
    assert every_game("Will the Boston Celtics win the 2024 NBA Finals?", ["Game 4"]) is None


BLS = market("Will the BLS publish the September 2025 jobs report by November 15, 2025?", "2025-11-15T23:59:59-05:00")
# https://news.prairiepublic.org/news-from-npr/2025-11-14/better-late-than-never-the-delayed-september-jobs-report-will-be-out-next-week
NEXT_WEEK = article("https://news.prairiepublic.org/news-from-npr/2025-11-14/better-late-than-never-the-delayed-"
                    "september-jobs-report-will-be-out-next-week", "2025-11-14T00:00:00-06:00",
                    "Better late than never: The delayed September jobs report will be out next week",
                    "The Labor Department says it will release a key report on the September job market next "
                    "Thursday, almost seven weeks behind schedule.")


def test_a_release_dated_after_the_deadline_and_the_period_it_covers_is_no_date():
    v = evaluate_market(BLS, [NEXT_WEEK], ts("2025-11-16T00:00:00+00:00"))
    sched = [c for c in v.contributions if c.rule == "scheduled_after_deadline"]
    assert sched and "next Thursday" in sched[0].reason and decided(v) == "likely-no"


ECB = market("Will the ECB cut its main refinancing operations rate below 4.25% at its June 2024 meeting?",
             "2024-06-06T23:59:59+02:00",
             "This market will resolve to \"Yes\" if the European Central Bank announces at its June 6, 2024 meeting a "
             "main refinancing operations rate lower than 4.25%. Otherwise, this market will resolve to \"No\".")
# https://www.krone.at/3406420
ECB_CUT = article("https://www.krone.at/3406420",
                  "2024-06-06T00:00:00+02:00", "ECB cuts key interest rate for the first time",
                  "For the first time since the great wave of inflation, the European Central Bank (ECB) reduced its key "
                  "interest rate on Thursday. As expected by experts, it was lowered by 0.25 points to 4.25 percent.")


def test_as_expected_reports_the_figure_it_is_no_forecast_or_hedge():
    v = evaluate_market(ECB, [ECB_CUT], ts("2024-06-07T00:00:00+00:00"))
    missed = [c for c in v.contributions if c.rule == "threshold_missed"]
    assert decided(v) == "likely-no" and missed and "4.25 percent" in missed[0].reason


FED = market("Will the FOMC's September 2024 interest rate decision be unanimous?", "2024-09-18T23:59:59-04:00",
             "This market will resolve to \"Yes\" if every voting member of the Federal Open Market Committee votes in "
             "favour of the policy action announced on September 18, 2024. If any voting member dissents, this market "
             "will resolve to \"No\".")


def _fed(text: str):
    # https://www.hanoveradvisorsinc.com/blog/2024/09/fed-surprises-with-half-percentage-point-rate-cut/ (the first
    # text is its sentence verbatim; the 12-0 one is a made-up negative control)
    return article("https://www.hanoveradvisorsinc.com/blog/2024/09/fed-surprises-with-half-percentage-point-rate-cut/",
                   "2024-09-18T00:00:00-04:00", "Fed Surprises With Half Percentage Point Rate Cut", text)


def test_fewer_than_all_members_supporting_is_not_unanimous():
    v = evaluate_market(FED, [_fed("Eleven of 12 members of the committee supported the cut, which drops the key fed "
                                   "funds rate to a range between 4.75% and 5%.")], ts("2024-09-19T00:00:00+00:00"))
    assert decided(v) == "likely-no" and "Eleven of 12" in fired(v, "opposite_outcome")[0].reason
    v = evaluate_market(FED, [_fed("Federal Reserve policymakers voted 12-0 to cut interest rates.")],
                        ts("2024-09-19T00:00:00+00:00"))
    assert not fired(v, "opposite_outcome")


BRAVES = market("Will the Atlanta Braves' winning streak still be active at the end of June 18, 2022?",
                "2022-06-18T23:59:59-04:00")


def test_still_be_a_state_adjective_is_a_state_that_must_hold():
    assert derive_target(BRAVES).kind == "state"
    assert derive_target(market("Will the shop still be open by June 18, 2022?", "2022-06-18T23:59:59-04:00")).kind \
        != "state"  # 'by' asks for a change
    # https://www.cbssports.com/mlb/news/braves-14-game-winning-streak-snapped-by-cubs-who-also-break-10-game-losing-streak/
    snapped = article("https://www.cbssports.com/mlb/news/braves-14-game-winning-streak-snapped-by-cubs-who-also-break-"
                      "10-game-losing-streak/", "2022-06-17T00:00:00-04:00",
                      "Braves' 14-game winning streak snapped by Cubs, who also break 10-game losing streak",
                      "The reigning-champion Atlanta Braves on Friday saw their 14-game winning streak come to an end at "
                      "Wrigley Field, as the Chicago Cubs edged them, 1-0.")
    v = evaluate_market(BRAVES, [snapped], ts("2022-06-18T12:00:00+00:00"))
    assert decided(v) == "likely-no" and fired(v, "state_ended")


def test_a_failure_near_the_defendant_is_not_the_trial_s_outcome():
    # a made-up negative control: the trial is one occasion, but this failure is not its verdict
    quiet = article("https://example.org/combs", "2025-06-30T00:00:00-04:00", "Combs trial",
                    "Sean Combs did not testify in his defense at the trial on Monday.")
    v = evaluate_market(COMBS, [quiet], ts("2025-07-01T00:00:00+00:00"))
    assert decided(v) == "undetermined"
    assert all("another attempt may follow" in c.reason for c in fired(v, "failed_attempt"))  # a setback at most


DOW = market("Will the Dow Jones Industrial Average close above 40,000 by May 16, 2024?", "2024-05-16T16:00:00-04:00",
             "This market will resolve to \"Yes\" if the Dow Jones Industrial Average records an official daily close "
             "above 40,000 on any trading day up to and including May 16, 2024. Intraday moves above 40,000 do not "
             "count. Otherwise, this market will resolve to \"No\".")
# https://thenational-the-national-prod.cdn.arcpublishing.com/business/markets/2024/05/16/dow-jones-all-time-high
DOW_HIGH = article("https://thenational-the-national-prod.cdn.arcpublishing.com/business/markets/2024/05/16/dow-jones-"
                   "all-time-high", "2024-05-16T00:00:00+04:00", "Dow Jones hits all-time high above 40,000",
                   "The Dow Jones Industrial Average on Thursday climbed above 40,000 for the first time as recent "
                   "inflation data boosted hopes that US interest rates will go down this year. It reached a high of "
                   "40,048 on Thursday morning before closing at 39,869.83. The stock market index came close to 40,000 "
                   "earlier this year before slightly climbing down over fears of rate cut delays.")


def test_intraday_levels_and_near_misses_are_read_so_the_deadline_decides_a_close_market():
    v = evaluate_market(DOW, [DOW_HIGH], ts("2024-05-17T08:00:00+00:00"))
    notes = [c.reason for c in v.contributions if c.rule == "threshold_crossed" and c.direction == "none"]
    assert any("not a close" in n for n in notes) and any("came near" in n for n in notes)
    assert decided(v) == "likely-no" and v.status == "deadline-passed"


CORE = market("Will US core CPI inflation for June 2022 be 6.0% or higher year over year?", "2022-07-13T23:59:59-04:00",
              "This market will resolve to \"Yes\" if the 12-month percent change in the CPI for all items less food and "
              "energy (core CPI) for June 2022, as first published by the Bureau of Labor Statistics, is 6.0% or higher. "
              "Headline CPI does not count. Otherwise, this market will resolve to \"No\".")
# https://michaelsavage.com/bidenflation-much-worse-than-expected-consumer-prices-rise-9-1/
CPI = article("https://michaelsavage.com/bidenflation-much-worse-than-expected-consumer-prices-rise-9-1/",
              "2022-07-13T00:00:00-04:00", "Bidenflation much worse than expected: consumer prices rise 9.1%",
              "Inflation in the United States, already at 40 year highs, rose to an annual rate of 9.1 percent in June, "
              "the Department of Labor said Wednesday.\n\nEconomists look to a sub-category of inflation that excludes "
              "food and fuel prices as a better guide to future inflation than the headline number. This was up 5.9 "
              "percent in June compared with 12 months earlier. For the month it rose 0.7 percent.")


def test_the_headline_rate_is_another_figure_for_a_core_market():
    v = evaluate_market(CORE, [CPI], ts("2022-07-13T23:00:00-04:00"))
    figures = [c for c in v.contributions if c.rule in ("threshold_crossed", "threshold_missed") and c.weight]
    assert [c.rule for c in figures] == ["threshold_missed"] and "5.9 percent" in figures[0].reason
    assert decided(v) == "likely-no"


def test_a_month_before_an_occasion_dates_it_and_before_another_noun_names_a_period():
    # made-up control: 'the September meeting' dates the cut ('the September job market' does not, test above)
    fed = market("Will the Fed cut interest rates by September 30, 2024?", "2024-09-30T23:59:59-04:00")
    cut = article("https://example.org/fed", "2024-10-02T00:00:00-04:00", "Fed",
                  "The Federal Reserve cut interest rates by half a point at the September meeting.")
    v = evaluate_market(fed, [cut], ts("2024-10-03T00:00:00+00:00"))
    assert decided(v) == "likely-yes" and "1–30 Sep 2024" in v.contributions[0].temporal
