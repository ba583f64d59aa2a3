"""A stays-true state reported held on the deadline's day or after it (engine/held_at_end.py): the
state as the window closed, not the deadline's silence, so the weak-readings gate lets the passed
deadline decide; and a hold decided by vote is a hold. Sentences verbatim from the development
corpus (case named above each); the near misses keep the deadline's silence held back."""

from resolver.engine.held_at_end import MARK
from tests.conftest import run_case

WEAK = "weak-reading"


def marks(v) -> list:
    return [c for c in v.contributions if c.rule == "state_held" and MARK in (c.reason or "")]


def held(v) -> list:
    return [c for c in v.contributions if c.rule == "state_held"]


# b39-rbi-repo-6p25-through-mar31-2017-yes
RBI_Q = "Will the Reserve Bank of India's policy repo rate remain at 6.25% through March 31, 2017?"
RBI_C = ("This market will resolve to \"Yes\" if the Reserve Bank of India's policy repo rate stays at 6.25% "
         "continuously from the market's creation through March 31, 2017, 11:59 PM IST. Any change to the repo rate in "
         "that period resolves the market to \"No\". Changes to other rates, such as the reverse repo rate, do not count.")
RBI_DL = "2017-03-31T23:59:59+05:30"
RBI_URL = "http://www.cnbc.com/2017/04/06/india-central-bank-keeps-rate-on-hold-keen-to-drain-excess-cash.html"
RBI_DAY = ("The Reserve Bank of India kept its repo rate unchanged at 6.25 percent for a third consecutive policy "
           "meeting on Thursday as it continues to guard against any potential flare-up in inflation and an uncertain "
           "global economic environment.")


def test_a_hold_dated_after_the_deadline_lets_the_passed_deadline_decide():
    v = run_case(RBI_Q, RBI_DL, RBI_C, [(RBI_URL, "2017-04-06T00:00:00+05:30", "", RBI_DAY)], "2017-04-07T12:00:00+00:00")
    assert v.verdict == "likely-yes" and v.status != WEAK
    assert marks(v) and "after it" in (marks(v)[0].temporal or "")


def test_a_hold_at_another_value_after_the_deadline_is_not_the_state_held():
    # near miss: the same sentence at 6.50 percent for a 6.25% market (the state changed before)
    other = RBI_DAY.replace("6.25 percent", "6.50 percent")
    v = run_case(RBI_Q, RBI_DL, RBI_C, [(RBI_URL, "2017-04-06T00:00:00+05:30", "", other)], "2017-04-07T12:00:00+00:00")
    assert not marks(v) and v.verdict != "likely-yes"


def test_a_bare_past_hold_with_no_date_in_a_later_article_may_be_an_earlier_decision():
    # near miss: no date of its own, simple past, in an article after the deadline
    bare = "The Reserve Bank of India kept its repo rate unchanged at 6.25 percent."
    v = run_case(RBI_Q, RBI_DL, RBI_C, [(RBI_URL, "2017-04-10T00:00:00+05:30", "", bare)], "2017-04-11T12:00:00+00:00")
    assert held(v) and not marks(v)
    assert v.verdict == "undetermined" and v.status == WEAK


# b39-boe-bank-rate-5p25-through-dec14-2023-yes
BOE_Q = "Will the Bank of England's Bank Rate remain at 5.25% through its December 14, 2023 decision?"
BOE_C = ("This market will resolve to \"Yes\" if the Bank of England's Bank Rate remains at 5.25% through December 14, "
         "2023, 11:59 PM GMT, including after the Monetary Policy Committee decision announced that day. Otherwise, this "
         "market will resolve to \"No\".")
BOE_DL = "2023-12-14T23:59:59+00:00"
BOE_URL = "https://www.finanzen.at/nachrichten/zinsen/bank-of-england-keeps-rate-unchanged-for-third-time-1032900725"
BOE_TITLE = "Bank Of England Keeps Rate Unchanged For Third Time"
BOE_TEXT = ("(RTTNews) - The Bank of England left its benchmark rate unchanged for the third consecutive meeting on "
            "Thursday.\n\nThe Monetary Policy Committee governed by Andrew Bailey, voted 6-3 to maintain the Bank Rate at "
            "5.25 percent.")


def test_a_hold_on_the_deadline_day_closes_the_window_once_the_deadline_passed():
    v = run_case(BOE_Q, BOE_DL, BOE_C, [(BOE_URL, "2023-12-14T00:00:00+01:00", BOE_TITLE, BOE_TEXT)],
                 "2023-12-15T12:00:00+00:00")
    assert v.verdict == "likely-yes"
    assert marks(v) and "its day" in (marks(v)[0].temporal or "")


def test_a_hold_on_the_deadline_day_decides_nothing_before_the_deadline_has_passed():
    # near miss: the same report read in the evening of the deadline's day (a non-decision window)
    v = run_case(BOE_Q, BOE_DL, BOE_C, [(BOE_URL, "2023-12-14T00:00:00+01:00", BOE_TITLE, BOE_TEXT)],
                 "2023-12-14T18:00:00+00:00")
    assert v.verdict == "undetermined"


def test_a_hold_decided_by_vote_is_a_hold():
    v = run_case(BOE_Q, BOE_DL, BOE_C, [(BOE_URL, "2023-12-14T00:00:00+01:00", "", BOE_TEXT)],
                 "2023-12-15T12:00:00+00:00")
    assert any("'maintain … at 5.25'" in c.reason for c in held(v))


def test_a_faction_voting_to_keep_is_no_hold():
    # b06-boe-rate-stays-5.25-through-nov2-2023-multi-yes: the dissenters' side is a part of the body
    s = ("Six members of the nine-person Monetary Policy Committee voted to keep the Bank of England's base interest rate "
         "unchanged at 5.25%, but three voted to raise it to 5.5%.")
    v = run_case("Will Bank Rate stay at 5.25% from September 21 through November 2, 2023?", "2023-11-02T23:59:59+00:00",
                 "", [("https://www.lbc.co.uk/news/bank-of-england-holds-interest-rates-at-525-inflation",
                       "2023-11-02T12:21:00+00:00", "", s)], "2023-11-03T12:00:00+00:00")
    assert not held(v) and v.verdict != "likely-yes"


# b06-boe-rate-stays-5.25-through-nov2-2023-multi-yes
B06_Q = "Will Bank Rate stay at 5.25% from September 21 through November 2, 2023?"
B06_URL = "https://www.lbc.co.uk/news/bank-of-england-holds-interest-rates-at-525-inflation"
B06_TITLE = "Bank of England holds interest rates at 5.25% and says plan is ‘working’ to curb inflation"
B06_TEXT = "The Bank of England has held the base interest rate at 5.25%, the second time in a row the rate has been held."


def test_a_current_hold_with_no_date_in_the_deadline_day_article_is_the_state_at_the_end():
    v = run_case(B06_Q, "2023-11-02T23:59:59+00:00", "", [(B06_URL, "2023-11-02T12:21:00+00:00", B06_TITLE, B06_TEXT)],
                 "2023-11-03T12:00:00+00:00")
    assert v.verdict == "likely-yes" and marks(v)


def test_a_hold_before_the_deadline_day_leaves_the_rest_of_the_window_silent():
    # b19-rbi-repo-6.5-through-dec31-2023-stays-yes: a hold on December 8 for a December 31 deadline
    s = ("The Reserve Bank of India on Friday decided to keep the policy rate unchanged at 6.5 per cent for the fifth time "
         "in a row as it maintains a tight vigil on inflation.")
    v = run_case("Will the Reserve Bank of India's policy repo rate remain at 6.50% through December 31, 2023?",
                 "2023-12-31T23:59:59+05:30", "",
                 [("https://www.mid-day.com/news/india-news/article/rbi-retains-repo-rate-at-6-5-per-cent-for-fifth-time-in-a-row-23323926",
                   "2023-12-08T00:00:00+05:30", "", s)], "2024-01-02T12:00:00+00:00")
    assert held(v) and not marks(v)
    assert v.verdict == "undetermined" and v.status == WEAK
