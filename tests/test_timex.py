"""Temporal expressions resolved against a fixed publication time (Wed 26 Nov 2025, 15:00 UTC)."""

from datetime import date

import pytest

from resolver.engine.timex import find_time_expressions
from tests.conftest import ts

PUB = ts("2025-11-26T15:00:00+00:00")  # a Wednesday


def one(text: str, tense: str = "unknown", pub=PUB):
    spans = find_time_expressions(text, pub, tense)
    assert spans, f"nothing found in {text!r}"
    return spans[0]


@pytest.mark.parametrize("text,tense,start,end", [
    ("talks are set for next week", "future", date(2025, 12, 1), date(2025, 12, 7)),
    ("they met last week", "past", date(2025, 11, 17), date(2025, 11, 23)),
    ("earlier this week the envoy said", "past", date(2025, 11, 24), date(2025, 11, 26)),
    ("later this week", "future", date(2025, 11, 26), date(2025, 11, 30)),
    ("the vote is tomorrow", "future", date(2025, 11, 27), date(2025, 11, 27)),
    ("yesterday the council met", "past", date(2025, 11, 25), date(2025, 11, 25)),
    ("they will meet on Thursday", "future", date(2025, 11, 27), date(2025, 11, 27)),
    ("they met on Monday", "past", date(2025, 11, 24), date(2025, 11, 24)),
    ("next Friday", "future", date(2025, 12, 5), date(2025, 12, 5)),
    ("by the end of Thursday", "future", date(2025, 11, 26), date(2025, 11, 27)),
    ("talks on December 3", "future", date(2025, 12, 3), date(2025, 12, 3)),
    ("signed on 3 December 2024", "past", date(2024, 12, 3), date(2024, 12, 3)),
    ("the Aug.15 summit", "past", date(2025, 8, 15), date(2025, 8, 15)),
    ("a record set in early October", "past", date(2025, 10, 1), date(2025, 10, 10)),
    ("prices fell in April", "past", date(2025, 4, 1), date(2025, 4, 30)),
    ("later this month", "future", date(2025, 11, 26), date(2025, 11, 30)),
    ("by the end of the month", "future", date(2025, 11, 26), date(2025, 11, 30)),
    ("next month", "future", date(2025, 12, 1), date(2025, 12, 31)),
    ("in two weeks", "future", date(2025, 12, 8), date(2025, 12, 12)),
    ("the September 10-11, 2025 meeting", "future", date(2025, 9, 10), date(2025, 9, 11)),
    ("later this year", "future", date(2025, 11, 26), date(2025, 12, 31)),
    ("in the coming days", "future", date(2025, 11, 26), date(2025, 12, 3)),
])
def test_resolves_against_publication_day(text, tense, start, end):
    span = one(text, tense)
    assert (span.start.date(), span.end.date()) == (start, end), span.explanation


def test_within_hours_is_exact_and_explained():
    span = one("a deal will not materialize within the current 24-hour window", "future")
    assert span.start == PUB
    assert (span.end - span.start).total_seconds() == 24 * 3600
    assert "Wed 26 Nov 2025" in span.explanation


def test_next_week_explanation_shows_arithmetic():
    span = one("a delegation will arrive next week", "future")
    assert span.explanation == "'next week' in an article of Wed 26 Nov 2025 → 1–7 Dec 2025"


def test_weekday_with_explicit_date_uses_the_date():
    span = one("will take place next Friday, August 15, 2025, in Alaska", "future", ts("2025-08-08T00:00:00-08:00"))
    assert span.start.date() == date(2025, 8, 15)


def test_local_publication_day_is_the_reference():
    # midnight in India is still the previous day in UTC: the journalist's day counts
    span = one("on Monday", "past", ts("2025-10-13T00:00:00+05:30"))
    assert span.start.date() == date(2025, 10, 13)


def test_year_inferred_towards_the_past_for_reports_and_future_for_plans():
    pub = ts("2026-01-05T12:00:00+00:00")
    assert one("it happened on December 30", "past", pub).start.date() == date(2025, 12, 30)
    assert one("talks on January 20", "future", pub).start.date() == date(2026, 1, 20)


def test_may_the_modal_is_not_a_month():
    assert find_time_expressions("the talks may resume", PUB, "future") == []
