"""The deadline's silence (seventeenth round, r17-silence): two shapes of unread evidence that held
back no likely-no before, each listed so a passed deadline cannot say no while it stands.

- rules/eve_reports.py: a figure beyond the bar, set aside as after the deadline only because its
  article (stamped with its day only, the day right after the deadline's) dates it, in an article
  that names no day at all: a next-day edition may report the eve.
- rules/first_occurrences.py: for a market on something starting again, 'first' + the object told
  done ('First flights leave Brisbane airport …'): the restart in the object's own words.

Sentences verbatim from the development corpus; each names its case; the must-not-fire sentences are
the nearby wordings (a day named in the article, a stamp with a time of day, two days after, a plan)."""

from tests.conftest import run_case


def _unread(v) -> list[str]:
    return [c.reason for c in v.contributions if c.rule == "unread_evidence"]


# b87-satyam-shares-below-rs50-jan7-2009-yes
SAT_Q = "Will Satyam Computer Services shares trade below Rs 50 on the Bombay Stock Exchange on January 7, 2009?"
SAT_C = ('This market will resolve to "Yes" if Satyam Computer Services\' equity shares trade at any price below Rs 50.00 '
         'on the Bombay Stock Exchange during the January 7, 2009 session (intraday lows count). Otherwise, this market '
         'will resolve to "No".')
SAT_T = "Satyam chief admits to fraud, quits"
SAT_1 = ("Markets reacted virulently to Mr. Raju\u2019s admission of hiding several facts from the board and the "
         "stakeholders. Satyam\u2019s stock nosedived on the Bombay Stock Exchange to an all-time low of Rs. 39.95, "
         "losing 77.69 per cent, though it opened at Rs. 188.70.")
SAT_URL = "http://www.hindu.com/2009/01/08/stories/2009010860840100.htm"


def _satyam(published: str, text: str = SAT_1):
    return run_case(SAT_Q, "2009-01-07T23:59:59+05:30", SAT_C, [(SAT_URL, published, SAT_T, text)],
                    "2009-01-08T12:00:00+00:00")


def test_next_day_edition_naming_no_day_holds_the_deadline():
    v = _satyam("2009-01-08T00:00:00+05:30")
    assert v.verdict == "undetermined" and v.status == "unread-evidence"
    assert any("edition of the day after the deadline" in r for r in _unread(v))


def test_edition_naming_its_day_is_read_as_dated():
    # must not fire: the article names the day of the fall (a nearby wording, the shape of
    # 'The Dow Jones Industrial Average closed at its highest point ever on Tuesday')
    text = SAT_1.replace("Satyam\u2019s stock nosedived", "On Thursday, Satyam\u2019s stock nosedived")
    v = _satyam("2009-01-08T00:00:00+05:30", text)
    assert not any("edition of the day after the deadline" in r for r in _unread(v))


def test_stamp_with_a_time_of_day_is_not_held():
    # must not fire: a time of day places the report's undated fall on the publication day
    v = _satyam("2009-01-08T09:30:00+05:30")
    assert not any("edition of the day after the deadline" in r for r in _unread(v))


def test_two_days_after_is_not_the_eve():
    # must not fire: the eve of the edition is not the deadline's day
    v = run_case(SAT_Q, "2009-01-07T23:59:59+05:30", SAT_C, [(SAT_URL, "2009-01-09T00:00:00+05:30", SAT_T, SAT_1)],
                 "2009-01-09T12:00:00+00:00")
    assert v.verdict == "likely-no"
    assert not _unread(v)


# b91-qantas-resumes-flights-by-oct31-2011-multi-yes
QF_Q = "Will Qantas resume commercial passenger flights by October 31, 2011?"
QF_C = ('This market will resolve to "Yes" if, on or before October 31, 2011 (Australian Eastern Daylight Time), at '
        'least one Qantas mainline commercial passenger flight takes off following the grounding of the airline\'s '
        'fleet on October 29, 2011. Positioning flights without passengers do not count. Otherwise, this market will '
        'resolve to "No".')
QF_T = "Live coverage: Qantas ordered back in the air"
QF_1 = ("Here's our brief summary of the past 24 hours.\n\n  \u2022 First flights leave Brisbane airport around 4.12 "
        "(EST)\n  \u2022 CASA gives Qantas the all-clear to resume normal service.")
QF_URL = "https://www.smh.com.au/traveller/travel-news/live-coverage-qantas-ordered-back-in-the-air-20111031-1mqtm.html"


def _qantas(text: str, published: str = "2011-10-31T16:37:00+11:00"):
    return run_case(QF_Q, "2011-10-31T23:59:59+11:00", QF_C, [(QF_URL, published, QF_T, text)],
                    "2011-11-01T00:00:00+00:00")


def test_first_flights_told_leaving_hold_the_deadline():
    v = _qantas(QF_1)
    assert v.verdict == "undetermined" and v.status == "unread-evidence"
    assert any("first occurrence of the market's object" in r for r in _unread(v))


def test_first_flights_in_the_past_tense():
    # the shape of b55-nj-transit-rail-resumes ('The first train left Trenton for New York'), in the window
    v = _qantas("The first flights left Brisbane airport around 4.12pm, Qantas said.")
    assert any("first occurrence of the market's object" in r for r in _unread(v))


def test_first_flights_planned_or_halted_are_not_held():
    # must not fire: a plan ('our first commercial flights by 2:00pm', b91), a schedule, a delay,
    # a negation, a present tense in running prose, a first occurrence dated after the deadline
    for text in (
        "\"The likelihood is we'll have our first positioning flight at 12:25pm today and our first commercial "
        "flights by 2:00pm this afternoon,\" Qantas CEO Alan Joyce said this morning.",
        "Qantas said the first flights are scheduled to leave Brisbane on Tuesday.",
        "Qantas said the first flights delayed by the dispute would leave on Tuesday.",
        "Qantas said the first flights did not leave Brisbane on Monday.",
        "Qantas says first flights leave Brisbane on Wednesday.",
    ):
        v = _qantas(text)
        assert not any("first occurrence of the market's object" in r for r in _unread(v)), text
