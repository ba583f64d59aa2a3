"""TIME: publication days compared as instants across UTC offsets; 'overnight' as a rate's name;
a 'since' date that is a comparison's baseline does not date the event (batches 06, 13)."""

from datetime import date

import pytest

from resolver.engine.comparison_baselines import is_comparison_baseline
from resolver.engine.timex import day_span, find_time_expressions
from tests.conftest import ts


def pub_day(published: str):
    pub = ts(published)
    return day_span("", -1, pub.date(), pub.date(), pub.tzinfo, "publication day")


# batch-13 (Central Bank of Egypt, May 2025): an article of 23 May at +08:00 and a deadline of
# 22 May 23:59 +03:00. The publication day began at 19:00 on the 22nd at +03:00: not after it.
def test_publication_day_in_a_later_offset_is_not_after_the_deadline():
    span = pub_day("2025-05-23T00:00:00+08:00")
    assert not span.starts_after(ts("2025-05-22T23:59:59+03:00"))
    assert span.covers(ts("2025-05-22T23:59:59+03:00"))


@pytest.mark.parametrize("published,deadline,after", [
    ("2025-05-23T00:00:00+08:00", "2025-05-22T23:59:59+03:00", False),  # 22 May 19:00 +03:00
    ("2025-05-23T09:00:00+00:00", "2025-05-22T23:59:59-04:00", False),  # 23 May UTC began at 20:00 ET on the 22nd
    ("2025-05-24T00:00:00+08:00", "2025-05-22T23:59:59+03:00", True),   # 23 May 19:00 +03:00: after
    ("2025-05-23T12:00:00-05:00", "2025-05-22T23:59:59+00:00", True),   # 23 May 05:00 UTC: after
    ("2025-05-23T12:00:00+03:00", "2025-05-22T23:59:59+03:00", True),   # same offset: the next day
    ("2025-05-22T23:00:00+03:00", "2025-05-22T23:59:59+03:00", False),  # same offset: the same day
])
def test_publication_day_against_deadline_by_instants(published, deadline, after):
    assert pub_day(published).starts_after(ts(deadline)) is after


@pytest.mark.parametrize("published,window_start,before", [
    ("2025-05-21T10:00:00+08:00", "2025-05-22T00:00:00+03:00", True),   # ends 21 May 18:59 +03:00
    ("2025-05-22T10:00:00-04:00", "2025-05-22T00:00:00+03:00", False),
    ("2025-05-21T22:00:00-10:00", "2025-05-22T00:00:00+03:00", False),  # ends 22 May 12:59 +03:00
])
def test_publication_day_against_window_start_by_instants(published, window_start, before):
    assert pub_day(published).ends_before(ts(window_start)) is before


# A day the writer names ('on Friday') stays a calendar day, compared with the deadline's local
# date whatever offset the feed stamped: Friday is after a Thursday 23:59 ET deadline.
def test_named_day_stays_a_calendar_day():
    span = find_time_expressions("the bank cut rates on Friday", ts("2025-05-23T09:00:00+00:00"), "past")[0]
    assert span.start.date() == date(2025, 5, 23)
    assert span.starts_after(ts("2025-05-22T23:59:59-04:00"))


# batch-13: "The Central Bank of Egypt (CBE) decided on Thursday to cut overnight deposit rate,
# overnight lending rate, and the rate of the main operation by 100 basis points"
@pytest.mark.parametrize("text", [
    "The Central Bank of Egypt (CBE) decided on Thursday to cut overnight deposit rate, overnight lending rate, "
    "and the rate of the main operation by 100 basis points",
    "The 25 basis points reduction brings the overnight rate to 4.5 per cent",  # batch-06
    "the bank left its overnight policy rate unchanged",
    "demand at the overnight repo facility",
    "overnight index swaps price a cut",
])
def test_overnight_names_a_rate(text):
    spans = find_time_expressions(text, ts("2025-05-23T00:00:00+08:00"), "past")
    assert all(s.text.lower() != "overnight" for s in spans)


@pytest.mark.parametrize("text", ["Stocks fell overnight in Asia", "Overnight, the army shelled the city",
                                  "the rescue continued overnight"])
def test_overnight_as_a_time_word(text):
    spans = find_time_expressions(text, ts("2025-05-23T10:00:00+00:00"), "past")
    assert [s.text.lower() for s in spans] == ["overnight"]


# batch-06: "The 25 basis points reduction brings the overnight rate to 4.5 per cent, returning to
# levels not seen since June 2023."
@pytest.mark.parametrize("text,baseline", [
    ("The 25 basis points reduction brings the overnight rate to 4.5 per cent, returning to levels not seen "
     "since June 2023.", True),
    ("Inflation fell to its lowest level since March 2021.", True),
    ("the first time since October 2022", True),
    ("Rates have been cut by 125 basis points since last September.", False),
    ("He has been in office since January 2020.", False),
])
def test_since_date_as_a_comparison_baseline(text, baseline):
    spans = [s for s in find_time_expressions(text, ts("2024-07-24T12:00:00+00:00"), "past") if "since" in s.text.lower()]
    assert spans, text
    assert is_comparison_baseline(text, spans[0]) is baseline


# batch-12 (Ryder Cup 2025): once the Monday +03:00 article counts as in time, its headline
# "Europe wins Ryder Cup and reasserts dominance over Americans" must not confirm a market on the
# winning margin: a win is not a win 'by more than 2 points'.
@pytest.mark.parametrize("question,margin", [
    ("Will Europe win the 2025 Ryder Cup by more than 2 points?", True),
    ("Will Trump win Florida by at least 5 percentage points?", True),
    ("Will Spain beat Italy by 2 or more goals?", True),
    ("Will X win by 3 goals or more?", True),
    ("Will Europe win the 2025 Ryder Cup?", False),
    ("Will the Bank of Russia cut its key rate by more than 50 basis points at its June 2025 board meeting?", False),
    ("Will Labour win more than 400 seats?", False),
])
def test_market_asks_a_winning_margin(question, margin):
    from resolver.engine.margins import of_market
    assert (of_market(question) is not None) is margin


# batch-11 (S&P 500, week of 2 June 2025): "with the S&P 500 coming within a whisker of 6,000 and
# hitting an intraday high of 5,999.70 in Thursday's session before turning back" is past: the
# participle 'coming' does not make it a plan (which put 'Thursday' in the week after).
@pytest.mark.parametrize("text,tense", [
    ("That bounce has seen stocks take back all of their tariff-induced April losses and then some, with the "
     "S&P 500 coming within a whisker of 6,000 and hitting an intraday high of 5,999.70 in Thursday's session "
     "before turning back.", "past"),
    ("Talks resume in the coming days.", "future"),
    ("The vote is this coming Thursday.", "future"),
    ("More cuts are coming.", "future"),
    ("The team is coming off a loss on Sunday.", "past"),
])
def test_coming_as_a_participle_tells_no_future(text, tense):
    from resolver.engine.analysis import tense_of
    from resolver.engine.text import article_sentences
    assert tense_of(article_sentences("T", text)[-1]) == tense


# batch-11 (Infowars sale): "The Onion was named the winning bidder for Infowars in a November
# auction." -- a month after 'a'/'an' dates the occasion it modifies; a lowercase 'a march' does not.
@pytest.mark.parametrize("text,month", [
    ("The Onion was named the winning bidder for Infowars in a November auction.", 11),
    ("an August meeting of the board", 8),
    ("they held a march through the city", None),
    ("the march on the capital drew thousands", None),
    ("the august body met in March", 3),
])
def test_month_after_an_article(text, month):
    spans = find_time_expressions(text, ts("2024-12-11T00:00:00-06:00"), "past")
    assert [s.start.month for s in spans] == ([month] if month else [])
