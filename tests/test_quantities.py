"""Quantity markets: one reading of a market's bar (value, direction, inclusive, unit,
occasion), and one-occasion figures that settle both ways, with partial-count arithmetic.
Sentences are verbatim from published reports (tests/data/realnews batches 03-06)."""

from resolver.engine import Market, evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.quantities import Completeness, completeness, final_range, occasion, required, settled
from tests.conftest import article, ts


def market(question: str, criteria: str = "", deadline: str = "2025-12-31T23:59:59+00:00") -> Market:
    return Market(id="m", question=question, deadline=ts(deadline), criteria=criteria)


def test_the_same_bar_reads_the_same_whatever_its_wording():
    for q in ("Will Bob Menendez be sentenced to at least 15 years in prison?",
              "Will Bob Menendez be sentenced to 15 years or more in prison?"):
        r = required(q)
        assert (r.value, r.direction, r.inclusive, r.unit) == (15.0, "above", True, "years"), q
        t = derive_target(market(q))
        assert (t.kind, t.quantity, t.quantity_unit, t.occasion) == ("event", 15.0, "years", "one"), q
    r = required("Will PAS win at least 51 of the 101 seats in Moldova's September 28, 2025 parliamentary election?")
    assert (r.value, r.unit, r.total) == (51.0, "seats", 101.0)
    assert required("Will the BJP win 272 or more Lok Sabha seats on its own?").unit == "seats"
    assert required("Will Kylian Mbappé score three or more goals in the 2022 World Cup final?").value == 3.0
    r = required("Will Delta Air Lines cancel more than 4,000 flights due to the July 2024 CrowdStrike IT outage?")
    assert (r.value, r.inclusive, r.unit) == (4000.0, False, "flights")
    r = required("Will the ANC win more than 50% of the national vote in South Africa's 2024 general election?")
    assert (r.value, r.inclusive, r.unit) == (50.0, False, "percent")


def test_occasions():
    assert occasion("Will Friedrich Merz receive at least 320 votes in a Bundestag chancellor ballot in May 2025?") == "rounds"
    assert occasion("Will Bob Menendez be sentenced to 15 years or more in prison?") == "one"
    assert occasion("Will Shohei Ohtani hit 55 or more home runs in the 2024 MLB regular season?") == "path"
    assert occasion("Will Brent crude oil trade above $100 per barrel by March 15, 2026?") == "path"


def test_the_election_date_in_the_question_is_the_window():
    t = derive_target(market("Will the Patriotic Electoral Bloc receive at least 30% of the vote in Moldova's "
                             "September 28, 2025 parliamentary election?"))
    assert t.window_start.date().isoformat() == "2025-09-28" and t.occasion == "one"


def test_partial_count_arithmetic():
    done = completeness(["The ANC took the lead nationally, with 6,344,057 votes, representing 40.25 percent.",
                         "According to the IEC results dashboard, as of 2 p.m. local time on Saturday, votes from "
                         "23,096 of 23,292 voting districts had been counted and captured."])
    lo, hi, why = final_range(40.25, "percent", done)
    assert 39.9 < lo < 40.0 and 40.7 < hi < 40.8 and "counted" in why
    assert settled(required("Will the ANC receive at least 42% of the national vote?"), lo, hi) is False
    early = Completeness(11.3, "results in from 11.3% of polling stations")
    lo, hi, _ = final_range(42.8, "percent", early)
    assert settled(required("Will the ANC receive at least 42% of the national vote?"), lo, hi) is None
    assert completeness(["Sandu's party has 43.45%.", "Currently, 62.62% of the protocols have been processed."]).share == 62.62
    assert completeness(["D66 is leading, according to the exit poll."]).share is None


def test_one_sentencing_settles_both_ways():
    a = article("Former Sen. Bob Menendez is sentenced to 11 years in prison", published="2025-01-30T12:00:00-05:00")
    as_of = ts("2025-02-01T00:00:00+00:00")
    no = market("Will Bob Menendez be sentenced to 15 years or more in prison?", deadline="2025-02-28T23:59:59-05:00")
    yes = market("Will Bob Menendez be sentenced to at least 10 years in prison?", deadline="2025-02-28T23:59:59-05:00")
    assert evaluate_market(no, [a], as_of).verdict == "likely-no"
    assert evaluate_market(yes, [a], as_of).verdict == "likely-yes"
    ballot = market("Will Friedrich Merz receive at least 320 votes in a Bundestag chancellor ballot in May 2025?",
                    deadline="2025-05-31T23:59:59+02:00")
    b = article("In the first round earlier on Tuesday, Merz received 310 votes.", published="2025-05-06T12:00:00+02:00")
    v = evaluate_market(ballot, [b], ts("2025-05-07T00:00:00+00:00"))
    assert v.verdict == "undetermined" and all(c.weight == 0 for c in v.contributions if c.rule == "magnitude_short")


def test_vote_share_belongs_to_the_name_that_owns_it():
    m = market("Will Catherine Connolly receive at least 65% of first-preference votes in the 2025 Irish presidential "
               "election?", deadline="2025-10-31T23:59:59+00:00")
    rival = article("Humphreys, who won 29.46 percent of first preference votes, has congratulated Connolly on becoming "
                    "\"a president for all of us\" on Saturday afternoon.", published="2025-10-26T00:00:00+08:00")
    v = evaluate_market(m, [rival], ts("2025-10-27T00:00:00+00:00"))
    assert not [c for c in v.contributions if c.rule in ("threshold_crossed", "threshold_missed") and c.weight]
    won = article("Independent politician Catherine Connolly has won Ireland's presidential election and will serve as "
                  "the country's 10th president after receiving 63.36 percent of first preference votes.",
                  published="2025-10-26T00:00:00+08:00")
    v = evaluate_market(m, [won], ts("2025-10-27T00:00:00+00:00"))
    assert v.verdict == "likely-no" and "63.36" in v.contributions[0].reason


def test_the_counted_share_itself_is_not_a_result():
    m = market("Will the ANC receive at least 42% of the national vote in South Africa's 2024 general election?",
               deadline="2024-06-05T23:59:59+02:00")
    a = article("Africa's ruling African National Congress (ANC) has secured about 40 percent of votes, with 99 percent "
                "of ballot counting completed in the country's general elections.", title="South Africa's ANC loses "
                "majority with 99% votes counted", published="2024-06-02T00:00:00+08:00")
    v = evaluate_market(m, [a], ts("2024-06-02T18:00:00+00:00"))
    assert not [c for c in v.contributions if c.direction == "yes"]


def test_a_count_of_voters_is_read_from_the_split_not_the_decision():
    m = market("Will at least four MPC members vote to raise Bank Rate at the Bank of England's September 2023 meeting?",
               deadline="2023-09-21T23:59:59+01:00")
    hold = article("The BoE Monetary Policy Committee, headed by Governor Andrew Bailey, voted by a narrow margin of 5-4 "
                   "to maintain the bank rate at 5.25 percent.", title="Bank of England pauses rate hike unexpectedly "
                   "on softening inflation", published="2023-09-21T00:00:00+01:00")
    v = evaluate_market(m, [hold], ts("2023-09-22T18:00:00+00:00"))
    assert not [c for c in v.contributions if c.rule == "opposite_outcome"]
    split = article("Four members preferred to increase the interest rate by 0.25 percentage points to 5.5 percent.",
                    published="2023-09-22T00:00:00+03:00")
    v = evaluate_market(m, [hold, split], ts("2023-09-22T18:00:00+00:00"))
    assert v.verdict == "likely-yes" and "4 members" in v.contributions[0].reason
    five = market("Will at least five MPC members vote to raise Bank Rate at the Bank of England's September 2023 "
                  "meeting?", deadline="2023-09-21T23:59:59+01:00")
    assert evaluate_market(five, [split], ts("2023-09-22T18:00:00+00:00")).verdict != "likely-yes"


def test_a_count_before_the_act_word_of_another():
    m = market("Will Sanae Takaichi receive at least 240 votes in the House of Representatives prime ministerial vote "
               "in October 2025?", deadline="2025-10-31T23:59:59+09:00")
    a = article("During the parliamentary session, Takaichi secured 237 votes—four more than needed for a majority—"
                "defeating Yoshikoko Noda, the head of the Constitutional Democratic Party of Japan, who received 149 "
                "votes.", published="2025-10-22T00:00:00+04:00")
    v = evaluate_market(m, [a], ts("2025-10-23T12:00:00+00:00"))
    assert v.verdict == "likely-no" and "'secured 237 votes' is Takaichi's count" in v.contributions[0].reason


def test_the_final_figure_of_an_ended_season_settles_a_running_total():
    m = market("Will Shohei Ohtani hit 55 or more home runs in the 2024 MLB regular season?",
               deadline="2024-09-30T23:59:59-04:00")
    a = article("Shohei Ohtani finished his 2024 MVP season with 54 home runs and 59 stolen bases.",
                published="2025-03-20T00:00:00-04:00")
    v = evaluate_market(m, [a], ts("2025-03-21T12:00:00+00:00"))
    assert v.verdict == "likely-no" and any("'54'" in c.reason and c.rule == "threshold_missed" for c in v.contributions)
    fifty = market("Will Shohei Ohtani hit 50 or more home runs in the 2024 MLB regular season?",
                   deadline="2024-09-30T23:59:59-04:00")
    assert evaluate_market(fifty, [a], ts("2025-03-21T12:00:00+00:00")).verdict == "likely-yes"
    other = market("Will Shohei Ohtani hit 55 or more home runs in the 2025 MLB regular season?",
                   deadline="2025-09-30T23:59:59-04:00")
    assert not [c for c in evaluate_market(other, [a], ts("2025-03-21T12:00:00+00:00")).contributions
                if c.rule == "threshold_missed"]


def test_a_seat_result_with_its_declared_share_settles_the_count():
    m = market("Will the BJP win 272 or more Lok Sabha seats on its own in India's 2024 general election?",
               deadline="2024-06-10T23:59:59+05:30")
    a = article("Results for 542 of the 543 Lok Sabha seats have been released by the Election Commission of India -- "
                "with the Bharatiya Janata Party (BJP) winning 240 seats and the Congress 99, according to NDTV report.",
                published="2024-06-05T00:00:00+06:00")
    v = evaluate_market(m, [a], ts("2024-06-06T12:00:00+00:00"))
    assert v.verdict == "likely-no" and "[240, 241]" in v.contributions[0].reason
    pas = market("Will PAS win at least 51 of the 101 seats in Moldova's September 28, 2025 parliamentary election?",
                 deadline="2025-10-31T23:59:59+03:00")
    b = article("Moldovan President Maia Sandu's Party of Action and Solidarity (PAS) receives 50.20% in the country's "
                "parliamentary election and may retain the parliamentary majority, the Central Election Commission "
                "(CEC) said after 100% of ballots have been counted.\n\nThe results grant PAS 55 seats in the 101-seat "
                "parliament. the Patriotic Electoral Bloc will get 26 seats, the Alternative bloc - 8, Our Party - 6, "
                "Democracy at Home - 6.", published="2025-09-29T00:00:00+03:00")
    v = evaluate_market(pas, [b], ts("2025-09-30T00:00:00+00:00"))
    assert v.verdict == "likely-yes" and "'grant PAS 55 seats'" in v.contributions[0].reason
    bloc = market("Will the Patriotic Electoral Bloc win at least 30 of the 101 seats in Moldova's September 28, 2025 "
                  "parliamentary election?", deadline="2025-10-31T23:59:59+03:00")
    assert not [c for c in evaluate_market(bloc, [b], ts("2025-09-30T00:00:00+00:00")).contributions
                if "55 seats" in c.reason]


def test_scales_a_storm_category_and_degrees():
    r = required("Will Hurricane Beryl reach Category 5 strength by July 5, 2024?")
    assert (r.value, r.direction, r.inclusive, r.unit) == (5.0, "above", True, "category")
    r = required("Will Copernicus report that 2024's global average temperature was at least 1.5°C above pre-industrial "
                 "levels?")
    assert (r.value, r.unit, r.describe()) == (1.5, "celsius", "≥ 1.5°C")
    beryl = market("Will Hurricane Beryl reach Category 5 strength by July 5, 2024?", deadline="2024-07-05T23:59:59-04:00")
    weaker = article("The storm has since weakened to a Category 3 storm, but the NHC predicts there may be fluctuations "
                     "in its strength over the next day or so.", title="Hurricane Beryl weakens to Category 3 storm",
                     published="2024-07-01T00:00:00-04:00")
    as_of = ts("2024-07-03T12:00:00+00:00")
    assert evaluate_market(beryl, [weaker], as_of).verdict == "undetermined"
    five = article("Hurricane Beryl became the earliest Category 5 hurricane on record Monday night as it moved through "
                   "the southeastern Caribbean, according to the National Weather Service.",
                   published="2024-07-02T00:00:00-05:00")
    assert evaluate_market(beryl, [weaker, five], as_of).verdict == "likely-yes"
    c3s = market("Will Copernicus report that 2024's global average temperature was at least 1.5°C above pre-industrial "
                 "levels?", deadline="2025-01-31T23:59:59+01:00")
    forecast = article("\u201cAfter 10 months of 2024, it is now virtually certain that 2024 will be the warmest year on "
                       "record, and the first year with temperatures exceeding 1.5 degrees Celsius above pre-industrial "
                       "levels,\u201d she said.", published="2024-11-07T00:00:00+05:30")
    as_of = ts("2025-01-11T12:00:00+00:00")
    assert evaluate_market(c3s, [forecast], as_of).verdict == "undetermined"
    confirmed = article("Copernicus, the European climate agency, confirmed on Friday that 2024 will be remembered as the "
                        "hottest year on record, with the first global average temperature recorded at 1.5 degrees "
                        "Celsius above pre-industrial levels.", published="2025-01-10T00:00:00+05:30")
    v = evaluate_market(c3s, [forecast, confirmed], as_of)
    assert v.verdict == "likely-yes" and "(Copernicus's)" in v.contributions[0].reason
