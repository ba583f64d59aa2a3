"""The rules-text deadline reader shared by every venue, on rules texts as venues write them
(quoted from issue 12 and from real Polymarket, Kalshi and Metaculus markets), and the choice
between the rules' deadline and a venue's own fields: never earlier than either allows."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from resolver.venues.common import Refused, choose_deadline
from resolver.venues.deadline import latest_date, read_deadline, sentences

ET, UTC = "America/New_York", "UTC"

# (rules text, venue zone, expected deadline or None, kind)
READ = [
    # Polymarket
    ('This market will resolve to "Yes" if China\'s General Secretary of the Communist Party, Xi Jinping, is removed '
     'from power for any length of time between July 3, 2025, and December 31, 2026, 11:59 PM ET. Otherwise, this '
     'market will resolve to "No".', ET, "2026-12-31T23:59:59-05:00", "deadline"),
    ('This market will resolve to "Yes" if the strike happens by March 31, 2026 ET.', ET, "2026-03-31T23:59:59-04:00",
     "deadline"),
    ('This market will resolve to "Yes" if it is announced before January 1st 2021.', ET, "2020-12-31T23:59:59-05:00",
     "deadline"),
    ('This market will resolve to "Yes" if tokens from the Eigenlayer stakedrop are unlocked and live for '
     'trading/swapping by September 30, 2024, 11:59 PM ET.', ET, "2024-09-30T23:59:59-04:00", "deadline"),
    ('This market will resolve to "Yes" if Nvidia is the largest company in the world by market cap at any point '
     'between July 1 and market close on July 31, 2024.', ET, "2024-07-31T23:59:59-04:00", "deadline"),
    ("This market will resolve to the temperature range that contains the highest temperature recorded at the "
     "LaGuardia Airport Station in degrees Fahrenheit on 30 Dec '25.", ET, "2025-12-30T23:59:59-05:00", "deadline"),
    ("This market will resolve according to the winner of Super Bowl LX, scheduled for February 8, 2026.", ET,
     "2026-02-08T23:59:59-05:00", "scheduled"),
    ("This market will resolve according to the party that wins control of the House in the midterm elections "
     "held on November 3, 2026.", ET, "2026-11-03T23:59:59-05:00", "scheduled"),
    # Kalshi
    ("If the Seahawks win the NFC Championship before Jan 19, 2026 at 12:00am ET, then the market resolves to Yes.",
     ET, "2026-01-19T00:00:00-05:00", "deadline"),
    ("If Syracuse wins the Syracuse vs Pittsburgh college football game originally scheduled for Sep 17, 2026, then "
     "the market resolves to Yes.", ET, "2026-09-17T23:59:59-04:00", "scheduled"),
    ("If the reading between 3:15 AM EST on Jan 12, 2026 and 3:30 AM EST on Jan 12, 2026 is at least 20, then the "
     "market resolves to Yes.", ET, "2026-01-12T03:30:00-05:00", "deadline"),
    ("If the temperature recorded at 3:15 AM EST on Jan 12, 2026 is at least the one recorded before 4:30 AM EST, "
     "then the market resolves to Yes.", ET, "2026-01-12T04:30:00-05:00", "deadline"),
    ("If the film is released by 11:59 PM PT on June 30, 2026, then the market resolves to Yes.", ET,
     "2026-06-30T23:59:59-07:00", "deadline"),
    ("If the bill is signed by 5 p.m. ET on March 3, 2026, then the market resolves to Yes.", ET,
     "2026-03-03T17:00:00-05:00", "deadline"),
    # Metaculus
    ("This question resolves Yes if it happens between 00:00 UTC on 8 September 2026 and 23:59 UTC on 18 September "
     "2026.", UTC, "2026-09-18T23:59:59+00:00", "deadline"),
    ("This question will resolve as Yes if the treaty enters into force before January 1, 2029.", UTC,
     "2028-12-31T23:59:59+00:00", "deadline"),
    ("This question resolves as **Yes** if Russia and Ukraine announce a ceasefire before May 1, 2025.", UTC,
     "2025-04-30T23:59:59+00:00", "deadline"),
    ("This question will resolve as Yes if the United States makes a public formal agreement with India at any time "
     "between January 1, 2022 and Sept 30, 2024", UTC, "2024-09-30T23:59:59+00:00", "deadline"),
    ("- Metaculus will resolve this question according to credible sources published on or before December 31, "
     "2026, Eastern Time.", UTC, "2026-12-31T23:59:59-05:00", "deadline"),
    ("This question will resolve as the stock with the highest relative growth from January 31, 2025 to March 31, "
     "2025, according to Yahoo Finance.", UTC, "2025-03-31T23:59:59+00:00", "deadline"),
    ("This multiple choice question resolves based on the total number of arms sales approvals listed at the "
     "notifications page (archive-date/202410) by the Defense Security Cooperation Agency for March 2025.", UTC,
     "2025-03-31T23:59:59+00:00", "deadline"),
    ("This question resolves as the option corresponding with the account that has the most posts in the 10-day "
     "period from December 21-December 30, 2024.", UTC, "2024-12-30T23:59:59+00:00", "deadline"),
    ("This question will resolve as Yes if credible sources report that the U.S. Department of Justice opens an "
     "investigation before January 1, 2026.", UTC, "2025-12-31T23:59:59+00:00", "deadline"),
    ("This question will resolve as Yes if it happens before 2027.", UTC, "2026-12-31T23:59:59+00:00", "deadline"),
    ("This question will resolve as the grouping who the Prime Minister of France belongs to at 12:00 CET "
     "December 31, 2025.", UTC, "2025-12-31T12:00:00+01:00", "deadline"),
    ("This question will resolve as Yes if South Africa is removed at the next Plenary in 2025 (currently scheduled "
     "for October 20\u201424).", UTC, "2025-10-24T23:59:59+00:00", "scheduled"),
    ("This question resolves Yes if revenue from deep learning has at least doubled over each two-year period between "
     "2023 and 2030 (inclusive), as reported by at least one of the organizations.", UTC, "2030-12-31T23:59:59+00:00",
     "deadline"),
    ("This question resolves as Yes if more than 350 reports are posted for the month of September 2025, as displayed "
     "when accessed by Metaculus on or after October 1, 2025.", UTC, "2025-09-30T23:59:59+00:00", "deadline"),
    # conditions and non-resolving sentences are not deadlines
    ("If Trump leaves office before January 20, 2029, and no qualifying incident has occurred, this question will "
     "immediately resolve as No.", UTC, None, None),
    ("If no winner is declared before January 1, 2026, this question will be **annulled**.", UTC, None, None),
    ('This market will resolve to "Yes" if the fight ends in a draw or is moved to a date after December 31, 2024, '
     '11:59 PM ET.', ET, None, None),
    ("If Yahoo Finance has not released the relevant data before April 7, 2025, Metaculus might use alternative "
     "credible sources to resolve this question.", UTC, None, None),
    ("The boxing match has been scheduled for Saturday, July 20, 2024 at the AT&T Stadium.", ET, None, None),
    ("Will Lula be a candidate for the 2026 Brazilian presidential election? It resolves YES if he registers.", UTC,
     None, None),
]


@pytest.mark.parametrize("text,tz,expected,kind", READ, ids=[f"rules-{i}" for i in range(len(READ))])
def test_reader_on_rules_texts(text, tz, expected, kind):
    r = read_deadline(text, tz)
    if expected is None:
        assert r is None, r
        return
    assert r is not None and r.when.isoformat() == expected and r.kind == kind


def test_dates_before_the_market_opened_describe_the_subject_not_the_window():
    text = "This question will resolve as **Yes** if a human born prior to January 1, 2001 is alive at an age of 150."
    assert read_deadline(text, UTC).when.isoformat() == "2000-12-31T23:59:59+00:00"  # read alone, it looks like one
    opened = datetime(2018, 5, 1, tzinfo=timezone.utc)
    assert read_deadline(text, UTC, not_before=opened) is None
    notes, flags = [], []
    d = choose_deadline(text, UTC, ("scheduled_resolve_time", datetime(2151, 1, 3, tzinfo=timezone.utc)), notes, flags,
                        opened=opened)
    assert d.when == datetime(2151, 1, 3, tzinfo=timezone.utc) and d.source == "venue field scheduled_resolve_time"


def test_the_question_states_the_window_when_the_rules_do_not():
    notes, flags = [], []
    d = choose_deadline("This question resolves YES if any neighbouring country closes its border with Sudan.", UTC,
                        ("scheduled_resolve_time", datetime(2026, 7, 4, 21, 59, tzinfo=timezone.utc)), notes, flags,
                        question="Will any of Sudan's neighbours close the border before July 1, 2026?")
    assert d.when.isoformat() == "2026-06-30T23:59:59+00:00" and d.source == "question text 'July 1, 2026'"


def test_year_only_mentions_need_a_deadline_word_and_abbreviations_do_not_end_sentences():
    assert latest_date("Will Lula be a candidate for the 2026 Brazilian presidential election?") is None
    assert latest_date("Resolves at the end of 2026.").when.isoformat() == "2026-12-31T23:59:59+00:00"
    assert len(sentences("The U.S. Senate votes before May 1, 2025. Then it ends.")) == 2


NOW_FIELD = datetime(2031, 1, 1, tzinfo=timezone.utc)


def test_choice_keeps_the_rules_and_notes_the_field():
    notes, flags = [], []
    d = choose_deadline('This market will resolve to "Yes" if it happens by December 31, 2030, 11:59 PM ET.', ET,
                        ("endDate", datetime(2030, 12, 31, 12, tzinfo=timezone.utc)), notes, flags)
    assert d.when.isoformat() == "2030-12-31T23:59:59-05:00" and d.source.startswith("rules text")
    assert any("disagrees" in n for n in notes) and not flags


def test_zoneless_date_and_the_same_day_end_in_the_venues_zone():
    notes, flags = [], []
    d = choose_deadline("The question will resolve as Yes if they announce it before January 1, 2026.", UTC,
                        ("scheduled_resolve_time", datetime(2026, 1, 1, 4, 59, tzinfo=timezone.utc)), notes, flags)
    assert d.when == datetime(2026, 1, 1, 4, 59, tzinfo=timezone.utc) and "same day" in notes[0]


def test_unreadable_rules_keep_the_later_of_field_and_rules_and_flag():
    notes, flags = [], []
    rules = ('This market will resolve to "Yes" if the fight ends in a draw or is moved to a date after December 31, '
             '2024, 11:59 PM ET.')
    d = choose_deadline(rules, ET, ("endDate", datetime(2024, 7, 20, tzinfo=timezone.utc)), notes, flags)
    assert d.when.isoformat() == "2024-12-31T23:59:59-05:00" and "never resolving early" in flags[0]


def test_a_day_placeholder_field_ends_with_its_day_and_nothing_is_refused():
    notes, flags = [], []
    d = choose_deadline('This market will resolve to "Yes" if a Democrat wins.', ET,
                        ("endDate", datetime(2024, 11, 5, 12, tzinfo=timezone.utc)), notes, flags, field_is_day=True)
    assert d.when.isoformat() == "2024-11-05T23:59:59-05:00" and "names a day" in flags[0]
    with pytest.raises(Refused, match="no deadline"):
        choose_deadline("No date here.", ET, ("endDate", None), [], [])
