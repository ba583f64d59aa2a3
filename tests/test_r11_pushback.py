"""Event markets whose act was pushed back in words the clause splitter did not tie to it — read on
the corpus sentences verbatim (each test names its case): the act noun's own predicate past its
modifiers ('The announcement of the Monetary Policy Statement (MPS) …, scheduled for today, has been
postponed'), a pronoun standing for a planned act after 'but' ('The deployment was due to start this
week, but President William Ruto said it would be delayed for three weeks'), and a court's passive
'continued to Oct. 19' of a sentencing (engine/act_predicates.py). A push-back whose act was set for
the deadline's own day, with no new date in the window, moves it past the deadline. Guards: a new
date inside the window, another subject than the pronoun, a negated or active verb, 'continued' of a
non-court noun or not passive, and a former day before the deadline read nothing decisive."""

from resolver.engine import evaluate_market
from resolver.engine.rules.called_off import OPEN_DELAY_NOTE
from tests.conftest import news_article as article, news_market as market, ts


def _ruled_out(v):
    return [c for c in v.contributions if (c.base_rule or c.rule) == "ruled_out" and c.weight]


# b25-kenya-police-deploy-haiti-by-may31-2024-no (and -jun30-…-asof-delay-undet)
KENYA_Q = "Will the first contingent of Kenyan police officers deploy to Haiti by {d}, 2024?"
KENYA_C = ("This market will resolve to \"Yes\" if the first contingent of Kenyan police officers for the Multinational "
           "Security Support mission arrives in Haiti for deployment by {d}, 2024, 11:59 PM ET. Advance or assessment "
           "teams do not count. Otherwise, this market will resolve to \"No\".")
KENYA = "The deployment was due to start this week, but President William Ruto said it would be delayed for three weeks."


def _kenya(text=KENYA, d="May 31", deadline="2024-05-31T23:59:59-04:00"):
    m = market(KENYA_Q.format(d=d), deadline, KENYA_C.format(d=d))
    a = article("https://toronto.citynews.ca/2024/05/25/kenyan-police-advance-team-leaves-haiti/", "2024-05-25T08:51:00-04:00",
                "Kenyan police advance team leaves Haiti", text)
    return evaluate_market(m, [a], ts("2024-05-26T12:00:00+00:00"))


def test_a_pronoun_after_but_tells_the_planned_act_pushed_back():
    v = _kenya()
    assert v.verdict == "likely-no"
    fired = [c for c in _ruled_out(v) if "for three weeks" in (c.temporal or "")]
    assert fired and "after the deadline" in fired[0].temporal


def test_a_pushback_ending_inside_the_window_stays_a_setback():
    # must not fire decisively: three weeks from May 25 is inside a window that closes on June 30
    v = _kenya(d="June 30", deadline="2024-06-30T23:59:59-04:00")
    assert v.verdict == "undetermined"
    assert not any("after the deadline" in (c.temporal or "") for c in _ruled_out(v))


def test_another_subject_than_the_pronoun_reads_nothing():
    # must not fire: 'the rotation' is what is delayed, not the deployment
    v = _kenya(KENYA.replace("said it would", "said the rotation would"))
    assert not any("for three weeks" in (c.temporal or "") for c in _ruled_out(v))


def test_a_pronoun_after_another_things_clause_reads_nothing():
    # must not fire: 'a court ruling on the funding' stands between, and 'it' may be the funding
    v = _kenya(KENYA.replace("President William Ruto said it", "a court ruling on the funding meant it"))
    assert not any("for three weeks" in (c.temporal or "") for c in _ruled_out(v))


def test_a_negated_pushback_reads_nothing():
    # must not fire: 'would not be delayed'
    v = _kenya(KENYA.replace("would be delayed", "would not be delayed"))
    assert not _ruled_out(v)


def test_an_act_told_done_not_planned_reads_no_pronoun_link():
    # must not fire: the first clause tells no plan ('started'), so 'it' is not read as the act pushed back
    v = _kenya(KENYA.replace("was due to start this week", "started this week"))
    assert not any("for three weeks" in (c.temporal or "") for c in _ruled_out(v))


# b39-bloomington-murder-sentencing-by-oct9-2020-no
BLOOM_Q = "Will the defendant Jackson in the Bloomington woman's murder case be sentenced by October 9, 2020?"
BLOOM_C = ("This market will resolve to \"Yes\" if the McLean County, Illinois court imposes a sentence on the defendant "
           "Jackson, convicted in the murder of a Bloomington woman, by October 9, 2020, 11:59 PM CT. Otherwise, this "
           "market will resolve to \"No\".")
BLOOM = ("Jackson’s sentencing, which was scheduled to follow the hearing for post-trial motions, was continued to Oct. 19 "
         "after Moran said a material witness, who is expected to give evidence in mitigation, was not able to attend "
         "Monday’s hearing.")


def _bloom(text=BLOOM):
    m = market(BLOOM_Q, "2020-10-09T23:59:59-05:00", BLOOM_C)
    a = article("https://www.pantagraph.com/news/local/crime-and-courts/motion-for-new-trial-denied", "2020-09-28T00:00:00-05:00",
                "Motion for new trial denied in Bloomington woman's murder case", text)
    return evaluate_market(m, [a], ts("2020-09-29T12:00:00+00:00"))


def test_a_sentencing_continued_to_a_date_after_the_deadline_is_ruled_out():
    v = _bloom()
    assert v.verdict == "likely-no"
    fired = [c for c in _ruled_out(v) if "continued" in c.reason]
    assert fired and "Oct. 19" in fired[0].temporal and "after the deadline" in fired[0].temporal


def test_a_sentencing_continued_inside_the_window_reads_nothing():
    # must not fire: Oct. 5 is a new date inside the window
    v = _bloom(BLOOM.replace("Oct. 19", "Oct. 5"))
    assert not any("continued" in c.reason for c in _ruled_out(v))


def test_continued_not_passive_is_not_a_postponement():
    # must not fire: 'the trial continued to Oct. 19' tells the trial went on, not a sentencing put off
    v = _bloom("Jackson’s sentencing will follow the trial, which continued to Oct. 19 after a material witness was not able to attend.")
    assert not any("continued" in c.reason for c in _ruled_out(v))


def test_a_non_court_noun_continued_is_not_a_postponement():
    # must not fire: a program 'continued to' a date is extended, not postponed
    m = market("Will the city launch its new bike share program by October 9, 2020?", "2020-10-09T23:59:59-05:00",
               "This market will resolve to \"Yes\" if the city launches its new bike share program by October 9, 2020.")
    a = article("https://example.com/bike-share", "2020-09-28T00:00:00-05:00", "City bike share program",
                "The city's pilot launch program, which was scheduled to end in September, was continued to Oct. 19 "
                "after the council vote.")
    v = evaluate_market(m, [a], ts("2020-09-29T12:00:00+00:00"))
    assert not any("continued" in c.reason for c in _ruled_out(v))


# b33-bangladesh-bank-mps-by-jan29-2026-no
BB_Q = "Will Bangladesh Bank announce its Monetary Policy Statement for the second half of FY26 by {d}, 2026?"
BB_C = ("This market will resolve to \"Yes\" if Bangladesh Bank publicly announces its Monetary Policy Statement (MPS) for "
        "the second half (January–June) of fiscal year 2025-26 by {d}, 2026, 11:59 PM Dhaka time. Otherwise, this "
        "market will resolve to \"No\".")
BB = ("Dhaka, Jan. 29 -- The announcement of the Monetary Policy Statement (MPS) for the second half of the current "
      "fiscal year (FY26), scheduled for today, has been postponed.")


def _bb(text=BB, d="January 29", deadline="2026-01-29T23:59:59+06:00", as_of="2026-01-30T00:00:00+00:00"):
    m = market(BB_Q.format(d=d), deadline, BB_C.format(d=d))
    a = article("https://www.htsyndication.com/the-financial-express/article/mps-declaration-deferred/97068261",
                "2026-01-29T00:00:00+06:00", "mps declaration deferred over inflation issue", text)
    return evaluate_market(m, [a], ts(as_of))


def test_an_act_set_for_the_deadline_day_and_postponed_is_ruled_out():
    v = _bb(as_of="2026-01-29T06:00:00+00:00")
    assert v.verdict == "likely-no"
    fired = [c for c in _ruled_out(v) if "to a later day" in (c.temporal or "")]
    assert fired and "'today'" in fired[0].temporal
    # the day it was set for is not read as its plan
    assert not any(c.rule == "plan_before_deadline" for c in v.contributions)


def test_an_act_set_for_a_day_before_the_deadline_stays_a_setback():
    # must not fire decisively: set for Jan. 29 and postponed, with the window open to Jan. 31
    v = _bb(d="January 31", deadline="2026-01-31T23:59:59+06:00", as_of="2026-01-29T06:00:00+00:00")
    assert v.verdict == "undetermined"
    assert all(OPEN_DELAY_NOTE in (c.temporal or "") for c in _ruled_out(v))


def test_a_new_hour_the_same_day_is_not_read_as_moved_past_the_deadline():
    # must not fire: 'to 4 pm' may be the new time, still on the deadline day
    v = _bb(BB.replace("has been postponed.", "has been postponed to 4 pm today."), as_of="2026-01-29T06:00:00+00:00")
    assert not any("to a later day" in (c.temporal or "") for c in _ruled_out(v))
