"""Temporary setbacks weighed by the window left (twenty-first round, r21-setbacks; census class I): an open-ended
push-back ('postponed indefinitely', 'until further notice') rules the act out only when no more than a week of the
window is left after it (data/open_setbacks.json cut_off_days), or the lead time of an act that needs one (a popular
vote, a summit, a trial); with more left it is a setback (weighs toward no, decides nothing alone). A dated retry
without a preposition ('next attempt Thursday', 'expected to resume next week') is a new date: inside the window it
rules nothing out.

(a) Sentences verbatim from development articles, read at their own report day with the windows their labels were
given for (the case named in a comment). (b) Must-not-fire variants: verbatim deciding sentences of development cases
whose verb of calling off is rewritten as an open-ended push-back, or followed by a dated retry, each read with
windows of several lengths (the deadline moved, the question's date with it): beyond the cut-off (or lead time) no
variant decides; within it the open-ended push-back still rules the act out."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest
from conftest import decided, fired, run_case
from cpu_budget import assert_cpu_within

RULES = ("ruled_out", "scheduled_after_deadline", "failed_attempt")
SETBACK = "no new date: the act may still come before the deadline"


def _run(question: str, pub: str, text: str, days: int, title: bool | str = False, criteria: str = ""):
    """The sentence alone (as the headline when `title` is True; under the headline `title` when it is a string), as an
    article of `pub`, for a market whose deadline is `days` days after that day (its question's '{date}' filled in),
    read half a day after the article."""
    if isinstance(title, str):
        title, text = False, (title, text)
    p = datetime.fromisoformat(pub)
    deadline = datetime.combine(p.date() + timedelta(days=days), datetime.max.time().replace(microsecond=0), p.tzinfo)
    q = question.format(date=f"{deadline:%B} {deadline.day}, {deadline.year}")
    head, body = text if isinstance(text, tuple) else (text, "") if title else ("", text)
    return run_case(q, deadline.isoformat(), criteria, [("https://news.example/setback", pub, head, body)],
                    (p + timedelta(hours=12)).isoformat())


def _ruled_out(v) -> bool:
    return decided(v) == "likely-no" and any(c.weight < 0 and c.counted for c in fired(v, *RULES))


# --- (a) verbatim ---------------------------------------------------------------------------------------------
# b14-ax4-launch-by-jun20-2025-multi-no / b14-ax4-launch-by-jun30-2025-asof-jun14-undet
AX4_Q = "Will Axiom Mission 4 launch by {date}?"
AX4 = ("The launch of the Axiom-4 commercial mission to the International Space Station (ISS), which includes Indian "
       "astronaut Shubhanshu Shukla among its crew, has been postponed indefinitely, the Indian Space Research "
       "Organisation (ISRO) announced on Saturday.")
# b09-openai-open-weight-by-jul18-asof-delay-no / b09-openai-open-weight-by-aug31-multi-yes
OAI_Q = "Will OpenAI release its open-weight model by {date}?"
OAI = ("The launch, originally due earlier this summer and then delayed to next week, has now been postponed "
       "indefinitely.")
OAI_HEAD = "OpenAI delays open AI model again Sam Altman says he doesnt know how long it will take"

VERBATIM = [
    (AX4_Q, "2025-06-14T00:00:00+05:30", AX4, False),
    (OAI_Q, "2025-07-12T00:00:00+05:30", OAI, OAI_HEAD),
    (OAI_Q, "2025-07-12T00:00:00+05:30", OAI_HEAD, True),
]


def _open_reading(v):
    return [c for c in fired(v, "ruled_out") if c.counted and "open-ended" in (c.temporal or "")]


@pytest.mark.parametrize("question,pub,text,title", VERBATIM)
def test_open_ended_within_a_week_rules_out(question, pub, text, title):
    """Labelled likely-no 6 days before the deadline (Ax-4 by June 20, OpenAI by July 18): the open-ended reading
    counts as a ruling-out (not a setback), and the Ax-4 sentence decides alone."""
    v = _run(question, pub, text, 6, title)
    assert _open_reading(v) and not any(SETBACK in (c.temporal or "") for c in _open_reading(v))


def test_open_ended_within_a_week_decides():
    assert _ruled_out(_run(AX4_Q, "2025-06-14T00:00:00+05:30", AX4, 6))


@pytest.mark.parametrize("question,pub,text,title", VERBATIM)
def test_open_ended_with_weeks_left_is_a_setback(question, pub, text, title):
    """Labelled undetermined with 16 days left (Ax-4 by June 30): the setback weighs, decides nothing."""
    v = _run(question, pub, text, 16, title)
    assert decided(v) != "likely-no"
    assert all(SETBACK in (c.temporal or "") for c in _open_reading(v)) and _open_reading(v)


# --- (b) systematic variants ------------------------------------------------------------------------------------
# (case, question, published, verbatim sentence, its verb of calling off, in a headline)
SOURCES = [
    ("b65-cnooc-completes-unocal-2005-no", "Will CNOOC complete an acquisition of Unocal by {date}?",
     "2005-08-02T14:26:00+00:00", "Chinese firm abandons Unocal bid", "abandons", True),
    ("b92-glastonbury-2020-held-multi-no", "Will Glastonbury Festival 2020 take place by {date}?", "2020-03-18T00:00:00+00:00",
     "Glastonbury festival organisers have bowed to the inevitable and cancelled this year's event due to the "
     "increasing spread of coronavirus.", "cancelled", False),
    ("b76-apple-airpower-ships-2019-no", "Will Apple begin selling its AirPower wireless charging mat by {date}?",
     "2019-03-29T00:00:00-07:00", "Apple cancelled its wireless charging product, AirPower, on Friday, saying in a "
     "statement that it was unable to meet its own standards for design and manufacturing.", "cancelled", False),
    ("b55-yoon-taken-into-custody-by-jan10-2025-multi-no", "Will South Korean President Yoon Suk Yeol be taken into "
     "custody by {date}?", "2025-01-03T00:00:00+03:00", "South Korean investigators have called off an attempt to "
     "arrest suspended president Yoon Suk Yeol after a dramatic six-hour standoff with the security team outside his "
     "home.", "called off", False),
    ("b45-maxlinear-completes-silicon-motion-by-aug31-2023-multi-no", "Will MaxLinear close its acquisition of Silicon "
     "Motion by {date}?", "2023-07-26T00:00:00-04:00", "Taiwan's Silicon Motion acquisition cancelled by chipmaker "
     "MaxLinear", "cancelled", True),
    ("b77-netflix-qwikster-launch-2011-no", "Will Netflix launch Qwikster as the separate brand for its DVD-by-mail "
     "service by {date}?", "2011-09-19T15:20:00-05:00", "In a blog post, he succinctly lets us know that Qwikster is "
     "canceled and that Netflix will remain unchanged.", "canceled", False),
]
OPEN_ENDED = ("postponed indefinitely", "postponed until further notice", "put on hold indefinitely")
# an open-ended push-back strong enough to decide alone within the cut-off (a hold is a lesser push-back)
DECIDING = ("postponed indefinitely", "postponed until further notice")
LONG = (10, 16, 30, 60, 120)
SHORT = (2, 5, 7)


def _open_variants(forms=OPEN_ENDED):
    for case, q, pub, text, verb, title in SOURCES:
        for words in forms:
            new = ("postpones" + words.removeprefix("postponed") if words.startswith("postponed") else "puts on hold"
                   + words.removeprefix("put on hold")) if verb.endswith("s") else words
            yield pytest.param(q, pub, text.replace(verb, new, 1), title, id=f"{case}-{words.replace(' ', '_')}")


@pytest.mark.parametrize("question,pub,text,title", list(_open_variants()))
def test_open_ended_variant_never_decides_with_more_than_a_week_left(question, pub, text, title):
    assert not any(_ruled_out(_run(question, pub, text, n, title)) for n in LONG)


@pytest.mark.parametrize("question,pub,text,title", list(_open_variants(DECIDING)))
def test_open_ended_variant_rules_out_within_a_week(question, pub, text, title):
    assert all(_ruled_out(_run(question, pub, text, n, title)) for n in SHORT)


def test_verbatim_sources_decide():
    """The sources themselves (calling off for good) rule the act out whatever the window."""
    for _, q, pub, text, _, title in SOURCES:
        assert all(_ruled_out(_run(q, pub, text, n, title)) for n in (5, 30, 120))


# a popular vote's lead time: b08-senegal-presidential-vote-by-feb29-2024-no
SEN_Q = "Will Senegal hold its presidential election by {date}?"
SEN = "Senegal president postpones February 25 election hours before campaign kick-off until further notice"


def test_popular_vote_lead_time():
    """An election postponed until further notice needs weeks to be re-set: ruled out with 26 days left, a setback with
    45."""
    assert _ruled_out(_run(SEN_Q, "2024-02-03T00:00:00+01:00", SEN, 26, True))
    assert not _ruled_out(_run(SEN_Q, "2024-02-03T00:00:00+01:00", SEN, 45, True))


# dated retries, without a preposition: b55-yoon-taken-into-custody-by-jan10-2025-multi-no (an article of Friday 3
# January 2025: Thursday is 9 January, six days on; next week is 6-12 January)
YOON = SOURCES[3]
RETRIES = [
    ("South Korean investigators have called off an attempt to arrest suspended president Yoon Suk Yeol, next attempt "
     "Thursday.", 6),
    ("South Korean investigators have scrubbed an attempt to arrest suspended president Yoon Suk Yeol, and the next "
     "attempt is Thursday.", 6),
    ("South Korean investigators have suspended an attempt to arrest suspended president Yoon Suk Yeol, and are expected "
     "to resume next week.", 9),
]


@pytest.mark.parametrize("text,first", RETRIES)
def test_dated_retry_inside_the_window_rules_nothing_out(text, first):
    assert not any(_ruled_out(_run(YOON[1], YOON[2], text, n)) for n in (first, 16, 30))


def test_dated_retry_after_the_deadline_may_rule_out():
    """'next attempt Thursday' with the deadline on Monday: the retry comes after it."""
    assert _ruled_out(_run(YOON[1], YOON[2], RETRIES[0][0], 3))


def test_lead_time_kinds():
    from resolver.engine import Market
    from resolver.engine.derive import derive_target
    from resolver.engine.open_setbacks import CUT_OFF_DAYS, lead_time

    def lead(q):
        return lead_time(derive_target(Market(id="m", question=q, deadline=datetime.fromisoformat(
            "2024-02-29T00:00:00+00:00"))), q)[0]
    assert CUT_OFF_DAYS == 7
    assert lead("Will Senegal hold its presidential election by February 29, 2024?") == 30
    assert lead("Will Trump and Kim hold a summit by June 30, 2018?") == 14
    assert lead("Will Rod Blagojevich be sentenced by October 31, 2011?") == 14
    assert lead("Will parliament pass the election law by March 1, 2024?") == CUT_OFF_DAYS
    assert lead("Will Axiom Mission 4 launch by June 20, 2025?") == CUT_OFF_DAYS


def test_hostile_input_stays_cheap():
    """30 KB of the reading's trigger words evaluates in a few seconds of CPU."""
    text = " ".join(["The launch was postponed indefinitely until further notice, next attempt Thursday, expected to "
                     "resume next week, on hold, sine die, scrubbed, suspended."] * 220)[:30000]
    start = time.process_time()
    _run(AX4_Q, "2025-06-14T00:00:00+05:30", text, 16)
    assert_cpu_within(start, 20)
