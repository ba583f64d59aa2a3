"""Seventeenth round, r17-ruledout: a ruling-out counts only when the negated or cancelled act is the
market's. A participant's own act ('he would not participate in …', 'he would not be leading the next
government') is not the event not happening (engine/negated_subjects.py); when a result is declared
says nothing of who wins (same module); a halt dated before the deadline ('canceled all services
Saturday') is that day's, not the restart ruled out (engine/halted_premise.py); an occasion of the
kind owned by another ('Ghana's presidential election') is not the market's (engine/other_fixtures.py).
Sentences verbatim from the development corpus name their case; the others are near wordings."""

from tests.conftest import decided, fired, run_case

AFGHAN_Q = "Will Afghanistan's presidential runoff election be held on November 7, 2009?"
AFGHAN_D = "2009-11-07T23:59:59+04:30"
ITALY_Q = "Will a Five Star Movement-League coalition government be sworn in in Italy by June 30, 2018?"
ITALY_D = "2018-06-30T23:59:59+02:00"
CLINTON_Q = "Will Hillary Clinton win the 2008 Democratic presidential nomination?"
CLINTON_D = "2008-08-31T23:59:59-04:00"
EUROSTAR_Q = "Will Eurostar resume passenger train services through the Channel Tunnel by December 21, 2009?"
EUROSTAR_D = "2009-12-21T23:59:59+00:00"
NIGERIA_Q = "Will Nigeria hold its 2015 presidential election by February 28, 2015?"
NIGERIA_D = "2015-02-28T23:59:59+01:00"
KISHIDA_Q = "Will Fumio Kishida run in the Liberal Democratic Party's September 2024 presidential election?"
KISHIDA_D = "2024-09-30T23:59:59+09:00"


def _run(q: str, deadline: str, text: str, pub: str):
    return run_case(q, deadline, "", [("https://example.com/a", pub, "News report", text)], pub)


def _ruled_out(q: str, deadline: str, text: str, pub: str):
    return fired(_run(q, deadline, text, pub), "ruled_out")


# --- a participant's own act -------------------------------------------------------------------------

def test_participant_not_taking_part_is_not_the_event_off():
    pub = "2009-11-01T12:00:00+04:30"
    # b64-afghan-runoff-held-nov7-2009-und (verbatim)
    assert not _ruled_out(AFGHAN_Q, AFGHAN_D, "Abdullah Abdullah announced today that he would not participate in "
                          "Afghanistan's runoff election next week, claiming it would result in widespread fraud.", pub)
    # near wordings: 'take part' is no 'take place'; 'contest'
    for text in ("Abdullah Abdullah announced today that he will not take part in Afghanistan's runoff election next week.",
                 "Abdullah Abdullah said he would not contest Afghanistan's runoff election next week."):
        v = _run(AFGHAN_Q, AFGHAN_D, text, pub)
        assert not fired(v, "ruled_out") and decided(v) != "likely-no", text


def test_person_declining_a_role_is_not_the_body_not_forming():
    # b70-m5s-league-govt-sworn-in-by-jun30-2018-asof-may28-multi-undet (verbatim)
    assert not _ruled_out(ITALY_Q, ITALY_D, "Italy's prime ministerial candidate, Giuseppe Conte, said Sunday he would "
                          "not be leading the next Italian government.", "2018-05-28T12:00:00+02:00")


def test_market_subject_or_act_still_ruled_out():
    # the government itself, passive: the market's object and act
    assert _ruled_out(ITALY_Q, ITALY_D, "The new government will not be sworn in before July.", "2018-05-28T12:00:00+02:00")
    # b66-kishida-runs-ldp-sep2024-multi-no (verbatim): the market's own subject and act
    assert _ruled_out(KISHIDA_Q, KISHIDA_D, "Prime Minister Fumio Kishida said Wednesday he will not run in the ruling "
                      "Liberal Democratic Party's presidential election slated for September, meaning Japan will have a "
                      "new prime minister after the LDP's leadership race.", "2024-08-14T12:00:00+09:00")
    # the event itself not coming about
    assert _ruled_out(AFGHAN_Q, AFGHAN_D, "Afghanistan's runoff election will not take place next week.",
                      "2009-11-01T12:00:00+04:30")


# --- when a result is known, in a market on who wins ----------------------------------------------------

def test_timing_of_the_result_says_nothing_of_who_wins():
    pub = "2008-02-10T03:10:00+09:00"
    # b58-clinton-wins-2008-dem-nomination-und (verbatim)
    assert not _ruled_out(CLINTON_Q, CLINTON_D, "The final winner for the party's nomination is unlikely to be declared "
                          "before the national convention in August.", pub)
    assert not _ruled_out(CLINTON_Q, CLINTON_D, "The nomination will not be decided before the national convention.", pub)
    # the candidate herself: still read
    assert _ruled_out(CLINTON_Q, CLINTON_D, "Clinton is unlikely to win the nomination, analysts said.", pub)


# --- a present halt, not the restart ruled out ---------------------------------------------------------

def test_halt_dated_before_the_deadline_is_that_days():
    pub = "2009-12-19T13:25:00-05:00"
    # b91-eurostar-resumes-by-dec21-2009-asof-dec19-undet (verbatim)
    v = _run(EUROSTAR_Q, EUROSTAR_D, "Eurostar said it canceled all services Saturday because of severe weather in "
             "northern France, stranding thousands of passengers on the weekend before Christmas.", pub)
    assert not fired(v, "ruled_out") and decided(v) != "likely-no"


def test_halt_with_an_end_past_the_deadline_still_rules_out():
    pub = "2009-12-19T13:25:00-05:00"
    assert _ruled_out(EUROSTAR_Q, EUROSTAR_D, "Eurostar said it canceled all services until December 23 because of "
                      "severe weather in northern France.", pub)
    assert _ruled_out(EUROSTAR_Q, EUROSTAR_D, "Eurostar said the resumption of services had been postponed.", pub)


# --- an occasion of the kind owned by another --------------------------------------------------------

def test_another_owners_occasion_is_not_the_markets():
    pub = "2015-02-05T12:00:00+01:00"
    for text in ("Ghana's presidential election has been postponed because of security fears.",
                 "The presidential election in Ghana has been postponed because of security fears."):
        assert not _ruled_out(NIGERIA_Q, NIGERIA_D, text, pub), text
    # the market's own owner, none, or a day's possessive: still the market's occasion
    for text in ("Nigeria's presidential election has been postponed because of security fears.",
                 "The presidential election has been postponed because of security fears.",
                 "Saturday's presidential election has been postponed because of security fears."):
        assert _ruled_out(NIGERIA_Q, NIGERIA_D, text, pub), text


def test_another_fixture_still_read():
    # b60-japan-scotland-rwc-played-oct2019-und (verbatim)
    q = "Will the Rugby World Cup Pool A match between Japan and Scotland be played on October 13, 2019?"
    assert not _ruled_out(q, "2019-10-13T23:59:59+09:00", "England's Rugby World Cup Pool C match against France has "
                          "been called off because of Typhoon Hagibis.", "2019-10-10T12:00:00+09:00")
