"""Event markets whose act cannot come by the deadline because the article dates it, or the process
that must produce it, after the deadline — read on the corpus sentences verbatim (each test names
its case): a pause of the act's object lasting until a day after the deadline ('Production at its
factories will remain paused until Oct. 1') and a process that has not produced the act taking up
again after the deadline ('The jury didn't reach a verdict Friday and is scheduled to resume work
next week') are limits like 'will not take place before …' (ruled_out), not plans. Guards: the
same sentences with a day inside the window, a process that takes up again after the act was done,
and a resumption with no date read nothing."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if (c.base_rule or c.rule) == rule and c.weight]


# b51-alex-jones-ct-verdict-by-oct9-asof-deliberating-no
JONES_Q = "Will the Connecticut jury return a damages verdict against Alex Jones in the Sandy Hook defamation trial by October 8, 2022?"
JONES_C = ("This market will resolve to \"Yes\" if the jury in the Connecticut Sandy Hook defamation damages trial against "
           "Alex Jones announces its damages verdict in court by October 8, 2022, 11:59 PM ET. Otherwise, this market will "
           "resolve to \"No\".")
JONES_TEXT = ("A Connecticut jury is still deliberating on how much conspiracy theorist Alex Jones and his company must pay "
              "victims’ families for calling the 2012 shooting at Sandy Hook Elementary School a hoax. The jury didn’t reach "
              "a verdict Friday and is scheduled to resume work next week.")


def _jones(text=JONES_TEXT, deadline="2022-10-08T23:59:59-04:00", q=JONES_Q):
    m = market(q, deadline, JONES_C)
    a = article("https://ktbb.com/post/?p=1169892", "2022-10-07T16:35:00-05:00",
                "Jurors weigh cost of Alex Jones’ Sandy Hook lies", text)
    return evaluate_market(m, [a], ts("2022-10-07T23:00:00+00:00"))


def test_an_act_not_done_whose_process_resumes_after_the_deadline_is_ruled_out():
    v = _jones()
    assert v.verdict == "likely-no"
    fired = _fired(v, "ruled_out")
    assert fired and "resume" in fired[0].reason and "not before then" in fired[0].temporal


def test_a_resumption_inside_the_window_reads_nothing():
    # must not fire: next week is inside a window that closes on October 31
    v = _jones(deadline="2022-10-31T23:59:59-04:00",
               q=JONES_Q.replace("October 8, 2022", "October 31, 2022"))
    assert v.verdict == "undetermined"
    assert not any("resume" in c.reason for c in _fired(v, "ruled_out"))


def test_a_resumption_after_the_act_was_done_reads_nothing():
    # must not fire: the verdict reached, the jury coming back for another phase
    text = JONES_TEXT.replace("The jury didn’t reach a verdict Friday", "The jury reached a verdict Friday")
    v = _jones(text)
    assert not any("resume" in c.reason for c in _fired(v, "ruled_out"))


def test_a_resumption_with_no_date_reads_nothing():
    # must not fire: no day given for the resumption
    v = _jones(JONES_TEXT.replace(" next week.", " soon."))
    assert not any("resume" in c.reason for c in _fired(v, "ruled_out"))


# b14-jlr-uk-production-restart-by-sep30-2025-multi-no
JLR_Q = "Will Jaguar Land Rover resume vehicle production at its UK factories by September 30, 2025?"
JLR_SENT = "Production at its factories will remain paused until Oct. 1, JLR said Tuesday."


def _jlr(sentence=JLR_SENT, deadline="2025-09-30T23:59:59+01:00", q=JLR_Q):
    m = market(q, deadline, "This market will resolve to \"Yes\" if Jaguar Land Rover restarts vehicle production at "
                            "its UK factories by the deadline. Otherwise, this market will resolve to \"No\".")
    a = article("https://www.business-standard.com/industry/auto/jlr-extends-shutdown", "2025-09-23T00:00:00+05:30",
                "Jaguar Land Rover Extends Plant Shutdown Till Oct 1 As Disruption Continues",
                "Jaguar Land Rover said its production would stay halted after a cyber attack. " + sentence)
    return evaluate_market(m, [a], ts("2025-09-23T18:00:00+00:00"))


def test_a_pause_until_a_day_after_the_deadline_is_a_limit_not_a_plan():
    v = _jlr()
    assert v.verdict == "likely-no"
    fired = _fired(v, "ruled_out")
    assert fired and "paused" in fired[0].reason and "not before then" in fired[0].temporal


def test_a_pause_ending_inside_the_window_reads_nothing():
    # must not fire: the pause ends on Oct. 1 and the window runs to Oct. 31
    v = _jlr(deadline="2025-10-31T23:59:59+00:00", q=JLR_Q.replace("September 30", "October 31"))
    assert not any("paused" in c.reason for c in _fired(v, "ruled_out"))


# b52-lhc-collisions-by-dec31-2008-no
LHC_Q = "Will the Large Hadron Collider produce proton collisions before the end of 2008?"
LHC_C = ("This market will resolve to \"Yes\" if CERN reports that the Large Hadron Collider recorded proton-proton "
         "collisions (at any energy) between September 25, 2008 and December 31, 2008. Otherwise, this market will "
         "resolve to \"No\".")
LHC_TITLE = "LHC on hold until spring of 2009"


def _lhc(title=LHC_TITLE, q=LHC_Q, deadline="2008-12-31T23:59:59+01:00", criteria=LHC_C):
    m = market(q, deadline, criteria)
    a = article("http://physicsworld.com/cws/article/news/2008/sep/24/lhc-on-hold-until-spring-of-2009",
                "2008-09-24T00:00:00+01:00", title,
                "They are now warming up a sector of the beam line that failed on 19 September.")
    return evaluate_market(m, [a], ts("2008-09-25T12:00:00+00:00"))


def test_the_markets_actor_on_hold_until_after_the_deadline_rules_the_act_out():
    v = _lhc()
    assert v.verdict == "likely-no"
    fired = _fired(v, "ruled_out")
    assert fired and "on hold" in fired[0].reason and "not before then" in fired[0].temporal


def test_a_hold_ending_inside_the_window_reads_nothing():
    # must not fire: the window runs to the end of 2009, past the spring
    v = _lhc(q=LHC_Q.replace("end of 2008", "end of 2009"), deadline="2009-12-31T23:59:59+01:00",
             criteria=LHC_C.replace("December 31, 2008", "December 31, 2009"))
    assert not any("on hold" in c.reason for c in _fired(v, "ruled_out"))


def test_a_name_governed_by_a_preposition_is_not_the_held_subject():
    # must not fire: the talks are on hold, not the collider
    v = _lhc(title="Talks with LHC on hold until spring of 2009")
    assert not any("on hold" in c.reason for c in _fired(v, "ruled_out"))


def test_a_pause_that_is_the_act_itself_is_not_read_as_a_limit():
    # must not fire: closing is what the market asks, so 'closed until' reports it, not a limit on it
    m = market("Will the Large Hadron Collider close by December 31, 2008?", "2008-12-31T23:59:59+01:00",
               "This market will resolve to \"Yes\" if CERN closes the Large Hadron Collider by December 31, 2008.")
    a = article("http://physicsworld.com/lhc-closed", "2008-09-24T00:00:00+01:00",
                "LHC closed until spring of 2009", "The accelerator failed on 19 September.")
    v = evaluate_market(m, [a], ts("2008-09-25T12:00:00+00:00"))
    assert not any("closed" in c.reason for c in _fired(v, "ruled_out"))
