"""Stays-true (state) markets, fourteenth round (r14-states): an employer's own statement of a done
dismissal or parting passes the weak-reading gate (official_endings.py); a holder told still in
office in an article of the deadline's day (standing_holders.py); a body's stated halt of its own
measure from a day inside the window (decided_endings.py). Sentences verbatim from the development
corpus; each names its case. Near-misses keep their verdict."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts


def _rules(v, rule):
    return [c for c in v.contributions if (c.base_rule or c.rule) == rule and c.weight]


# b74-tuchel-chelsea-coach-thru-sep30-2022-stays-no
COACH_Q = "Will Thomas Tuchel remain Chelsea head coach through September 30, 2022?"
COACH_C = ("This market will resolve to \"Yes\" if Thomas Tuchel continuously holds the position of head coach of "
           "Chelsea FC's men's first team through September 30, 2022. If he is dismissed, resigns or otherwise leaves "
           "the post before then, this market will resolve to \"No\".")
COACH = ("Chelsea have parted ways with manager Thomas Tuchel, the Premier League club announced on Wednesday, a day "
         "after they lost 1-0 to Croatian team Dinamo Zagreb in their opening game of the Champions League group stage.")


def _coach(text):
    m = market(COACH_Q, "2022-09-30T23:59:59+01:00", COACH_C)
    a = article("https://bdnews24.com/sport/ykumzjkhju", "2022-09-07T00:00:00+06:00", "", text)
    return evaluate_market(m, [a], ts("2022-09-08T00:00:00+00:00"))


def test_the_employers_own_statement_of_a_parting_is_decisive():
    v = _coach(COACH)
    assert v.verdict == "likely-no", v.status


def test_a_parting_at_second_hand_or_to_come_stays_held():
    # must not fire: a report at second hand, a speaker that is no organisation, a parting to come, a passive
    for text in ("Chelsea have parted ways with manager Thomas Tuchel, according to reports on Wednesday.",
                 "Chelsea have parted ways with manager Thomas Tuchel, sources said on Wednesday.",
                 "Chelsea have parted ways with manager Thomas Tuchel, the newspaper reported on Wednesday.",
                 "Chelsea will part ways with manager Thomas Tuchel, the Premier League club announced on Wednesday."):
        assert _coach(text).verdict != "likely-no", text
    # a passive is no statement of the body's own (official_endings.py); since the twentieth round it is
    # decisive by another reading, the holder told removed with the employer named (named_removals.py)
    v = _coach("Thomas Tuchel was sacked by Chelsea on Wednesday, the club said.")
    assert not any("told by the body that ends it" in (c.reason or "") for c in v.contributions)
    assert any("the holder and the post named" in (c.reason or "") for c in v.contributions)


# b10-xavi-barcelona-coach-through-jul31-2024-multi-stays-no (the same shape, another batch)
def test_a_sacking_stated_by_the_club_is_decisive():
    m = market("Will Xavi remain Barcelona head coach through July 31, 2024?", "2024-07-31T23:59:59+02:00")
    a = article("https://example.org/xavi", "2024-05-24T12:00:00+00:00", "",
                "Barcelona have sacked manager Xavi Hernández, the LaLiga club said on Friday, four weeks after "
                "confirming him in the job for the 2024-2025 campaign.")
    assert evaluate_market(m, [a], ts("2024-05-25T12:00:00+00:00")).verdict == "likely-no"


# b73-erdogan-remains-president-jul2016-yes
PRES_Q = "Will Recep Tayyip Erdoğan remain President of Turkey through July 17, 2016?"
PRES = ("WASHINGTON - Turkish President Recep Tayyip Erdogan survived a deadly challenge to his rule when loyal military "
        "units and mass protests on the streets turned back a coup attempt by insurgent troops aiming to overthrow him.")


def _pres(text, published="2016-07-17T00:00:00+01:00"):
    m = market(PRES_Q, "2016-07-17T23:59:59+03:00")
    a = article("https://thearabweekly.com/coup-attempt-against-erdogan-turkey-fails", published,
                "Coup attempt against Erdogan in Turkey fails", text)
    return evaluate_market(m, [a], ts("2016-07-18T00:00:00+00:00"))


def test_a_holder_who_survived_a_challenge_on_the_deadlines_day_holds():
    v = _pres(PRES)
    assert v.verdict == "likely-yes"
    assert _rules(v, "state_continues")


def test_a_survival_told_earlier_hedged_or_negated_is_not_read():
    assert not _rules(_pres(PRES, published="2016-07-15T00:00:00+01:00"), "state_continues")
    for text in ("Turkish President Recep Tayyip Erdogan is expected to survive a deadly challenge to his rule.",
                 "Turkish President Recep Tayyip Erdogan did not survive a deadly challenge to his rule.",
                 "Turkish President Recep Tayyip Erdogan's rival survived a deadly challenge to his rule, officials said."):
        assert not _rules(_pres(text), "state_continues"), text


# b65-jonathan-acting-president-through-mar2010-multi-yes
ACT_Q = "Will Goodluck Jonathan remain Nigeria's acting president through March 31, 2010?"
ACT_C = ("This market will resolve to \"Yes\" if Vice President Goodluck Jonathan continues to act as Nigeria's head of "
         "state (acting president) without interruption through March 31, 2010, i.e. President Umaru Yar'Adua does "
         "not formally resume his powers before then. Otherwise, this market will resolve to \"No\".")
ACT = ("The meeting, however, was chaired by Goodluck Jonathan, the vice-president, who is acting as the head of state.")


def _act(text, published="2010-03-31T00:00:00+01:00"):
    m = market(ACT_Q, "2010-03-31T23:59:59+01:00", ACT_C)
    a = article("https://www.aljazeera.com/news/africa/2010/03/2010331685559487.html", published,
                "Yar'Adua skips Nigeria meeting", text)
    return evaluate_market(m, [a], ts("2010-04-01T12:00:00+01:00"))


def test_a_holder_acting_in_the_office_on_the_deadlines_day_holds():
    v = _act(ACT)
    assert v.verdict == "likely-yes"
    assert _rules(v, "state_continues")


def test_acting_told_of_another_day_tense_or_office_is_not_read():
    assert not _rules(_act(ACT, published="2010-03-20T00:00:00+01:00"), "state_continues")
    for text in ("The meeting was chaired by Goodluck Jonathan, the vice-president, who was acting as the head of state.",
                 "The meeting was chaired by Goodluck Jonathan, who is acting as the chairman of the council.",
                 "The meeting was chaired by Umaru Yar'Adua, who is acting as the head of state."):
        assert not _rules(_act(text), "state_continues"), text


# b66-intel-dividend-through-2024-stays-no
DIV_Q = "Will Intel keep paying its regular quarterly dividend through December 31, 2024?"
DIV_C = ("This market will resolve to \"Yes\" if Intel Corporation declares and pays a regular quarterly cash dividend "
         "for every quarter of 2024, including the fourth quarter, without suspending it, through December 31, 2024. "
         "If Intel suspends or skips its dividend for any quarter of 2024, this market will resolve to \"No\".")
DIV = ("Intel said on Thursday it would cut more than 15% of its workforce, some 17,500 people, and suspend its dividend "
       "starting in the fourth quarter as the chipmaker pursues a turnaround focused on its money-losing manufacturing "
       "business.")


def _div(text):
    m = market(DIV_Q, "2024-12-31T23:59:59-08:00", DIV_C)
    a = article("https://telecomlive.in/web/2024/08/02/intel", "2024-08-02T00:00:00+05:30",
                "Intel to cut 15% jobs, suspend dividend in turnaround push; shares plummet", text)
    return evaluate_market(m, [a], ts("2024-08-02T12:00:00+00:00"))


def test_a_halt_of_the_bodys_own_measure_from_a_day_inside_the_window_is_decisive():
    v = _div(DIV)
    assert v.verdict == "likely-no", v.status


def test_a_halt_considered_after_the_deadline_or_not_stated_by_the_body_is_not_read():
    for text in ("Intel said on Thursday it could suspend its dividend starting in the fourth quarter.",
                 "Intel said on Thursday it is considering whether to suspend its dividend starting in the fourth quarter.",
                 "Intel said on Thursday it would suspend its dividend starting in the first quarter of 2025.",
                 "Analysts said on Thursday it would suspend its dividend starting in the fourth quarter, reportedly."):
        assert not _rules(_div(text), "state_ended"), text
