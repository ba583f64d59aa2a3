"""Held since (engine/held_since.py): a value told as held through a stays-true window in words that
are no hold verb lets a passed deadline decide (weak_readings.json 'unless_note' 'held_since')."""

from conftest import decided, run_case

from resolver.engine import held_since

JAMAICA_Q = "Will the Bank of Jamaica's policy rate stay at or above 6.00% through April 30, 2025?"
JAMAICA_C = ("This market will resolve to \"Yes\" if the Bank of Jamaica's policy interest rate remains at or above 6.00% "
             "at all times from January 1 through April 30, 2025, 11:59 PM Kingston time. Any reduction below 6.00% "
             "announced in that period resolves the market to \"No\". Otherwise, this market will resolve to \"No\".")
# b31-bank-of-jamaica-rate-stays-6-or-above-through-apr-yes
JAMAICA_S = ("THE Bank of Jamaica (BOJ) on Tuesday announced a 25 basis points cut in its key interest rate to 5.75 per "
             "cent, its first reduction this year, saying initial US tariff impacts on prices should be minimal though "
             "future growth may be affected.")
JAMAICA_URL = "https://www.jamaicaobserver.com/2025/05/21/boj-cuts-interest-rate-5-75-per-cent-warns-us-policy-risks"
JAMAICA_T = "BOJ cuts interest rate to 5.75 per cent, warns of US policy risks"

FED_Q = "Will the federal funds target range stay at 5.25%-5.50% through August 31, 2024?"
FED_C = ("This market will resolve to \"Yes\" if the target range for the federal funds rate remains 5.25%-5.50% at all "
         "times from January 1, 2024 through August 31, 2024. If the FOMC changes the range in that period, this market "
         "will resolve to \"No\".")
FED_URL = "https://legitgov.org/index.php/2024/09/18/federal-reserve-cuts-interest-rates-48-days-from-election-day"
FED_T = "Federal Reserve cuts interest rates 48 days from Election Day"
# b02-fed-range-5.25-through-aug2024-stays-yes
FED_S1 = ("The Federal Reserve on Wednesday announced a long-awaited interest rate cut, lowering the benchmark rate by 50 "
          "basis points from what was the highest level in 23 years as the central bank eased borrowing costs following "
          "progress in the fight against inflation.")
FED_S2 = ("The Fed's first interest rate cut since March 2020 lowers the benchmark federal funds rate to a range of 4.75% "
          "to 5%.")
FED_S3 = ("Interest rates had been at a range of 5.25% to 5.50% since July 2023, the highest level since 2001, as the "
          "central bank monitored economic data for signs that stubborn inflation was trending toward its 2% target.")


def _notes(v):
    return [c for c in v.contributions if held_since.MARK in (c.reason or "")]


def test_first_reduction_this_year_after_the_deadline():
    v = run_case(JAMAICA_Q, "2025-04-30T23:59:59-05:00", JAMAICA_C,
                 [(JAMAICA_URL, "2025-05-21T00:00:00-05:00", JAMAICA_T, JAMAICA_S)], "2025-05-22T00:00:00+00:00")
    assert _notes(v) and v.verdict == "likely-yes"


def test_first_reduction_inside_the_window_does_not_fire():
    # the same cut told inside the window (published and dated before the deadline) is the state ending
    v = run_case(JAMAICA_Q, "2025-06-30T23:59:59-05:00", JAMAICA_C.replace("April 30", "June 30"),
                 [(JAMAICA_URL, "2025-05-21T00:00:00-05:00", JAMAICA_T, JAMAICA_S)], "2025-07-02T00:00:00+00:00")
    assert not _notes(v) and v.verdict != "likely-yes"


def test_first_hike_does_not_hold_a_floor_bar_for_a_cut():
    # a hike would not break 'at or above'; but a 'first hike since' says nothing of cuts either
    s = JAMAICA_S.replace("cut in", "hike in").replace("to 5.75", "to 6.25").replace("first reduction", "first hike")
    v = run_case(JAMAICA_Q, "2025-04-30T23:59:59-05:00", JAMAICA_C,
                 [(JAMAICA_URL, "2025-05-21T00:00:00-05:00", JAMAICA_T.replace("cuts", "raises"), s)],
                 "2025-05-22T00:00:00+00:00")
    assert not _notes(v)


def test_first_reduction_since_a_time_inside_the_window_does_not_fire():
    s = JAMAICA_S.replace("its first reduction this year", "its first reduction since March")
    v = run_case(JAMAICA_Q, "2025-04-30T23:59:59-05:00", JAMAICA_C,
                 [(JAMAICA_URL, "2025-05-21T00:00:00-05:00", JAMAICA_T, s)], "2025-05-22T00:00:00+00:00")
    assert not _notes(v)


def test_hedged_first_cut_does_not_fire():
    s = ("The Bank of Jamaica could announce a 25 basis points cut in its key interest rate to 5.75 per cent, "
         "which would be its first reduction this year.")
    v = run_case(JAMAICA_Q, "2025-04-30T23:59:59-05:00", JAMAICA_C,
                 [(JAMAICA_URL, "2025-05-21T00:00:00-05:00", "BOJ weighs rate cut", s)], "2025-05-22T00:00:00+00:00")
    assert not _notes(v)


def test_had_been_at_the_value_since_before_the_window_with_the_first_cut_after_it():
    v = run_case(FED_Q, "2024-08-31T23:59:59-04:00", FED_C,
                 [(FED_URL, "2024-09-18T00:00:00-04:00", FED_T, " ".join((FED_S1, FED_S2, FED_S3)))],
                 "2024-09-19T00:00:00+00:00")
    assert _notes(v) and v.verdict == "likely-yes"


def test_first_cut_alone_does_not_hold_a_one_value_market():
    # a cut first since March 2020 leaves a hike inside the window open: no reading for 'stay at 5.25%-5.50%'
    v = run_case(FED_Q, "2024-08-31T23:59:59-04:00", FED_C,
                 [(FED_URL, "2024-09-18T00:00:00-04:00", FED_T, " ".join((FED_S1, FED_S2)))],
                 "2024-09-19T00:00:00+00:00")
    assert not _notes(v) and v.verdict != "likely-yes"


def test_had_been_at_another_value_does_not_fire():
    s3 = FED_S3.replace("5.25% to 5.50%", "5.00% to 5.25%")
    v = run_case(FED_Q, "2024-08-31T23:59:59-04:00", FED_C,
                 [(FED_URL, "2024-09-18T00:00:00-04:00", FED_T, " ".join((FED_S1, FED_S2, s3)))],
                 "2024-09-19T00:00:00+00:00")
    assert not _notes(v)


def test_past_perfect_hold_without_a_change_after_the_deadline_does_not_fire():
    # 'had been … since' reaches only the article's own change; with none dated after the deadline it says
    # nothing of the window's end
    v = run_case(FED_Q, "2024-08-31T23:59:59-04:00", FED_C,
                 [(FED_URL, "2024-09-18T00:00:00-04:00", "Fed in focus", FED_S3)], "2024-09-19T00:00:00+00:00")
    assert not _notes(v)


def test_present_perfect_hold_told_before_the_deadline_does_not_fire():
    # b67-faymann shape: a hold told weeks before the deadline, the rest of the window silent
    s = "Interest rates have been at a range of 5.25% to 5.50% since July 2023, the highest level since 2001."
    v = run_case(FED_Q, "2024-08-31T23:59:59-04:00", FED_C,
                 [(FED_URL, "2024-08-01T00:00:00-04:00", "Fed holds", s)], "2024-09-02T00:00:00+00:00")
    assert not _notes(v)


def test_present_perfect_hold_after_the_deadline_fires():
    s = "Interest rates have been at a range of 5.25% to 5.50% since July 2023, the highest level since 2001."
    v = run_case(FED_Q, "2024-08-31T23:59:59-04:00", FED_C,
                 [(FED_URL, "2024-09-03T00:00:00-04:00", "Fed in focus", s)], "2024-09-04T00:00:00+00:00")
    assert _notes(v) and decided(v) == "likely-yes"


def test_no_window_start_no_reading():
    v = run_case(FED_Q, "2024-08-31T23:59:59-04:00", "",
                 [(FED_URL, "2024-09-18T00:00:00-04:00", FED_T, " ".join((FED_S1, FED_S2, FED_S3)))],
                 "2024-09-19T00:00:00+00:00")
    assert not _notes(v)
