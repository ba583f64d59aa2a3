"""Is the reported act or figure the one the market asks about, in time? Gates against false
decisive verdicts, on sentences published verbatim (each names its source page; cases of
tests/data/realnews batch-15..18): a figure published before the market's occasion is an earlier
figure; 'two months back' dates its clause; a close on another day is not the year's final close,
and a figure dated in parentheses is a past record; a period that runs past the deadline, in a
report published after it, does not place the act on or before it; a figure belongs to the noun it
counts (the missing are not the dead); 'appeared to be' is no future tense; a monthly change is not
the annual rate, and 'the all items index' takes up the statistic named before it; an overseas
figure is not the domestic one, and 'another $X' is an addition; a quantity bar ('at least one
year') compares the reported term."""

from resolver.engine import evaluate_market, quantities
from resolver.engine.analysis import tense_of
from resolver.engine.text import article_sentences
from resolver.engine.rules.threshold_figures import year_end
from resolver.engine.comparison_baselines import is_comparison_baseline
from resolver.engine.timex import find_time_expressions, runs_past
from tests.conftest import news_article as article, news_market as market, ts

SBP = market("Will the State Bank of Pakistan cut its policy rate to 15% or lower at its November 4, 2024 meeting?",
             "2024-11-04T23:59:59+05:00",
             "This market will resolve to \"Yes\" if the State Bank of Pakistan's Monetary Policy Committee, at its "
             "meeting on November 4, 2024, sets the policy rate at 15.00% or lower, as announced by November 4, 2024, "
             "11:59 PM PKT. Otherwise, this market will resolve to \"No\".")
# https://arynews.tv/state-bank-of-pakistan-to-announce-monetary-policy-on-nov-4/
SBP_BEFORE = article("https://arynews.tv/state-bank-of-pakistan-to-announce-monetary-policy-on-nov-4/",
                     "2024-10-31T00:00:00+05:00", "State Bank of Pakistan to Announce Monetary Policy on Nov 4",
                     "Earlier on September 12, the SBP made a major cut by reducing 200 basis points in its policy. "
                     "The central bank slashed the interest rate by two percent to 17.5% in the policy announced two "
                     "months back.")


def test_two_months_back_dates_its_clause():
    spans = find_time_expressions("The central bank slashed the interest rate by two percent to 17.5% in the policy "
                                  "announced two months back.", ts("2024-10-31T00:00:00+05:00"))
    assert [s.text for s in spans] == ["two months back"]
    assert spans[0].end.date().isoformat() < "2024-10-01"


def test_a_figure_published_before_the_meeting_is_not_the_meetings_figure():
    v = evaluate_market(SBP, [SBP_BEFORE], ts("2024-11-02T12:00:00+00:00"))
    assert v.verdict == "undetermined"
    assert not any(c.rule == "threshold_missed" for c in v.contributions)


CAC = market("Will the CAC 40 close 2025 above 8,200 points?", "2025-12-31T23:59:59+01:00",
             "This market will resolve to \"Yes\" if the official closing level of the CAC 40 index on the last trading "
             "session of 2025 is above 8,200 points. Levels reached earlier in the year do not count. Otherwise, this "
             "market will resolve to \"No\".")
# https://newsbulletin247.com/markets/743677.html
CAC_OCTOBER = article("https://newsbulletin247.com/markets/743677.html", "2025-10-21T00:00:00+02:00", "",
                      "It is now done this Tuesday, October 21. The flagship index of the Paris Stock Exchange reached "
                      "8,262.81 points, beating its previous record of 8,259.19 points.\n\nThe CAC 40 also broke its "
                      "closing record (8,239.99 points, May 15, 2024) by closing at 8,258.86 points that same Tuesday, "
                      "up 0.64%.")


def test_a_close_in_october_is_not_the_years_final_close():
    v = evaluate_market(CAC, [CAC_OCTOBER], ts("2026-01-01T00:00:00+00:00"))
    assert v.verdict == "undetermined"
    reasons = " ".join(c.reason for c in v.contributions)
    assert "dated in parentheses" in reasons  # the May 2024 record; the October close is another day's
    assert not any(c.direction == "yes" for c in v.contributions)


def test_close_2025_reads_the_last_days_of_the_year_but_by_the_end_of_is_a_deadline():
    assert year_end(CAC.question, CAC.deadline).date().isoformat() == "2025-12-25"
    assert year_end("Will Bitcoin reach $150,000 by the end of 2025?", CAC.deadline) is None


KRATHON = market("Will Typhoon Krathon make landfall in Taiwan by October 2, 2024?", "2024-10-02T23:59:59+08:00",
                 "This market will resolve to \"Yes\" if Taiwan's Central Weather Administration reports that the center "
                 "(eye) of Typhoon Krathon made landfall on Taiwan's main island by October 2, 2024, 11:59 PM Taiwan "
                 "time. Otherwise, this market will resolve to \"No\".")
# https://focustaiwan.tw/society/202410030019
KRATHON_ASHORE = article("https://focustaiwan.tw/society/202410030019", "2024-10-03T22:36:00+08:00",
                         "Krathon becomes 1st recorded typhoon to land in Kaohsiung in October",
                         "Taipei, Oct. 3 (CNA) Typhoon Krathon is now the first storm on record to make landfall in "
                         "Kaohsiung in the month of October, the Central Weather Administration (CWA) said Thursday, "
                         "after it reported that the eye of the storm had come ashore in the southern city at 12:40 p.m.")


def test_a_month_that_runs_past_the_deadline_does_not_place_the_act_before_it():
    v = evaluate_market(KRATHON, [KRATHON_ASHORE], ts("2024-10-04T12:00:00+00:00"))
    assert not any(c.rule == "confirmation" and c.direction == "yes" for c in v.contributions)
    assert v.verdict != "likely-yes"
    # the month alone (were it the act's date) runs past the deadline, in a report published after it
    month = next(s for s in find_time_expressions("landfall in the month of October", KRATHON_ASHORE.published))
    assert runs_past(month, KRATHON.deadline, KRATHON_ASHORE.published)
    assert not runs_past(month, KRATHON.deadline, ts("2024-10-02T09:00:00+08:00"))  # reported by the deadline
    assert not runs_past(month, ts("2024-10-31T23:59:59+08:00"), KRATHON_ASHORE.published)


TOLL = market("Will the confirmed death toll from the February 2024 Valparaíso wildfires reach 150 by February 15, 2024?",
              "2024-02-15T23:59:59-03:00",
              "This market will resolve to \"Yes\" if, by February 15, 2024, 11:59 PM CLST, Chilean authorities report "
              "a confirmed death toll of 150 or more from the wildfires that began on February 2, 2024 in Chile's "
              "Valparaíso region. Missing persons do not count. Otherwise, this market will resolve to \"No\".")
TOLL_TEXT = ("The death toll from wildfires that ravaged central Chile for several days increased to 131 on Tuesday, and "
             "more than 300 people were still missing as the blazes appeared to be burning themselves out.")
# https://www.tbsnews.net/world/death-toll-chile-wildfires-reaches-131-more-300-people-still-missing-788642
TOLL_131 = article("https://www.tbsnews.net/world/death-toll-chile-wildfires-reaches-131-more-300-people-still-missing-"
                   "788642", "2024-02-07T10:56:00+06:00",
                   "Death toll from Chile wildfires reaches 131, with more than 300 people still missing", TOLL_TEXT)


def test_the_missing_are_not_the_death_toll():
    v = evaluate_market(TOLL, [TOLL_131], ts("2024-02-07T12:00:00+00:00"))
    assert v.verdict == "undetermined"
    assert not any(c.rule == "threshold_crossed" and c.direction == "yes" for c in v.contributions)


def test_appeared_to_be_is_no_future_tense():
    sent = article_sentences("", TOLL_TEXT)[0]
    assert tense_of(sent) == "past"
    assert tense_of(article_sentences("", "The meeting is set to be held on Tuesday.")[0]) == "future"


CPI = market("Will U.S. annual CPI inflation for September 2025 be 3.0% or higher?", "2025-10-31T23:59:59-04:00",
             "This market will resolve to \"Yes\" if the U.S. Bureau of Labor Statistics reports that the Consumer Price "
             "Index for All Urban Consumers (CPI-U), all items, not seasonally adjusted, rose 3.0% or more over the 12 "
             "months ending September 2025, in a release published by October 31, 2025. Otherwise, this market will "
             "resolve to \"No\".")
# https://www.bls.gov/news.Release/cpi.htm
CPI_RELEASE = article("https://www.bls.gov/news.Release/cpi.htm", "2025-10-24T08:30:00-04:00",
                      "Consumer Price Index News Release",
                      "The Consumer Price Index for All Urban Consumers (CPI-U) increased 0.3 percent on a seasonally "
                      "adjusted basis in\nSeptember, after rising 0.4 percent in August, the U.S. Bureau of Labor "
                      "Statistics reported today. Over the last 12\nmonths, the all items index increased 3.0 percent "
                      "before seasonal adjustment. Note that September CPI data collection\nwas completed before the "
                      "lapse in appropriations.")


def test_a_monthly_change_is_not_the_annual_rate_and_the_12_month_figure_meets_the_bar():
    v = evaluate_market(CPI, [CPI_RELEASE], ts("2025-10-25T00:00:00+00:00"))
    assert not any(c.rule == "threshold_missed" for c in v.contributions)
    assert v.verdict == "likely-yes"
    assert any("'3.0 percent' meets ≥ 3%" in c.reason for c in v.contributions)


F1 = market("Will \"F1\" gross more than $60 million at the domestic box office in its opening weekend?",
            "2025-06-30T23:59:59-04:00",
            "This market will resolve to \"Yes\" if the Apple Original Films movie \"F1\" (2025) grosses more than $60 "
            "million at the domestic (U.S. and Canada) box office over its opening weekend of June 27-29, 2025, "
            "according to Comscore or Box Office Mojo. International grosses do not count. Otherwise, this market will "
            "resolve to \"No\".")
# https://www.joblo.com/weekend-box-office-report-f1-break-through-m3gan-2-0-tanks/
F1_OVERSEAS = article("https://www.joblo.com/weekend-box-office-report-f1-break-through-m3gan-2-0-tanks/",
                      "2025-06-29T00:00:00-04:00", "Weekend Box Office Report F1 Break Through M3GAN 2 0 Tanks",
                      "While that’s a very respectable number, F1 was an even bigger hit overseas, grossing another "
                      "$88.4 million and bringing its international opening to over $144 million.")


def test_an_overseas_gross_is_not_the_domestic_one():
    v = evaluate_market(F1, [F1_OVERSEAS], ts("2025-06-30T12:00:00+00:00"))
    assert v.verdict == "undetermined"
    assert not any(c.direction == "yes" for c in v.contributions)


CZ = market("Will Changpeng Zhao be sentenced to at least one year in prison?", "2024-05-31T23:59:59-07:00",
            "This market will resolve to \"Yes\" if Binance founder Changpeng Zhao is sentenced by a U.S. federal court "
            "to a prison term of 12 months or longer in his money-laundering case by May 31, 2024, 11:59 PM PT. "
            "Probation, home confinement or supervised release do not count toward the term. Otherwise, this market "
            "will resolve to \"No\".")
# https://mondovisione.com/media-and-resources/news/binances-former-ceo-changpeng-zhao-sentenced-to-four-months-in-prison/
CZ_FOUR_MONTHS = article("https://mondovisione.com/media-and-resources/news/binances-former-ceo-changpeng-zhao-sentenced-"
                         "to-four-months-in-prison/", "2024-04-30T00:00:00+01:00",
                         "Binance's former CEO Changpeng Zhao sentenced to four months in prison",
                         "Changpeng Zhao, the former CEO of Binance, the world's largest cryptocurrency exchange, was "
                         "sentenced to four months in prison on Tuesday for pleading guilty to breaches of U.S. money "
                         "laundering laws.")


def test_at_least_one_year_is_a_bar_on_the_term():
    bar = quantities.required(CZ.question)
    assert (bar.value, bar.unit, bar.direction) == (1.0, "years", "above")
    assert quantities.required("Will X win at least one seat?") is None


def test_four_months_is_short_of_one_year():
    v = evaluate_market(CZ, [CZ_FOUR_MONTHS], ts("2024-05-01T12:00:00+00:00"))
    assert v.verdict != "likely-yes"
    assert any(c.rule == "magnitude_short" and "four months = 0.33 years" in c.reason for c in v.contributions)


def test_a_month_after_a_record_is_its_category_not_its_date():
    text = KRATHON_ASHORE.text
    spans = find_time_expressions(text, KRATHON_ASHORE.published)
    month = next(s for s in spans if "October" in s.text)
    assert is_comparison_baseline(text, month)
    # a day after a record still dates the act
    beryl = "Beryl became the earliest Category 5 hurricane on record Monday night as it moved"
    assert not any(is_comparison_baseline(beryl, s) for s in find_time_expressions(beryl, KRATHON_ASHORE.published))


def test_a_weekday_with_its_date_in_parentheses_is_that_date():
    # https://www.outlookindia.com/sports/cricket/india-vs-pakistan-asia-cup-2025-final-no-trophy-from-mohsin-naqvi
    text = ("As was being speculated in the lead-up to the final, Asia Cup champions India on Sunday (September 28, "
            "2025) refused to accept the winners' trophy from Asian Cricket Council (ACC) chairman Mohsin Naqvi")
    spans = find_time_expressions(text, ts("2025-09-29T00:00:00+05:30"), "future")
    assert [(s.text, s.start.date().isoformat()) for s in spans] == [("Sunday (September 28, 2025", "2025-09-28")]
    spans = find_time_expressions("on Sunday (28 September) they", ts("2025-09-29T00:00:00+05:30"), "future")
    assert [s.start.date().isoformat() for s in spans] == ["2025-09-28"]


HKO = market("Will the Hong Kong Observatory issue Hurricane Signal No. 10 for Typhoon Ragasa by September 25, 2025?",
             "2025-09-25T23:59:59+08:00",
             "This market will resolve to \"Yes\" if, by September 25, 2025, 11:59 PM Hong Kong time, the Hong Kong "
             "Observatory issues the Hurricane Signal No. 10 (T10) in connection with Typhoon Ragasa. Lower signals "
             "(No. 8 or No. 9) do not count. Otherwise, this market will resolve to \"No\".")
# https://www.nationalworld.com/travel/travel-news/typhoon-hong-kong-destination-issues-no-8-warning-signal-hurricane-force-wind-thunderstorms-5329813
HKO_NO8 = article("https://www.nationalworld.com/travel/travel-news/typhoon-hong-kong-destination-issues-no-8-warning-"
                  "signal-hurricane-force-wind-thunderstorms-5329813", "2025-09-23T00:00:00+01:00",
                  "Typhoon Hong Kong Destination Issues No 8 Warning Signal Hurricane Force Wind Thunderstorms",
                  "The Hong Kong Observatory has issued the No 8 warning signal as Super Typhoon Ragasa nears.")


def test_signal_no_8_is_not_signal_no_10():
    v = evaluate_market(HKO, [HKO_NO8], ts("2025-09-23T12:00:00+00:00"))
    assert v.verdict == "undetermined"
    assert any("'No 8' is another one" in c.reason for c in v.contributions)
    assert not any(c.direction == "yes" for c in v.contributions)
