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
