"""No-side readings of the thirteenth round (r13-nomiss): a dismissal in a lower-case headline, an
ending told as 'in end to' the state, a holder freed (passive), a steady word before 'since' that
describes the object, a vote named by its kind ('runoff'), an entrant leaving a hosted event, and a
candidate named by its owner's possessive. Sentences verbatim from the development corpus (batches
59-64); each names its case, with near wordings where a reading must not fire."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if c.rule in rules and c.weight]


def _run(q, deadline, c, published, title, body, as_of):
    return evaluate_market(market(q, deadline, c), [article("https://news.example/a", published, title, body)], ts(as_of))


# b59-saleh-jets-coach-through-2024-season-no
SALEH_Q = "Will Robert Saleh remain head coach of the New York Jets through the end of the 2024 season?"
SALEH_D = "2025-01-05T23:59:59-05:00"


def _saleh(title):
    return _run(SALEH_Q, SALEH_D, "", "2024-10-08T09:39:00-05:00", title,
                "Saleh was 20-36 as coach of the Jets.", "2024-10-09T12:00:00+00:00")


def test_a_lower_case_headline_dismissal_is_the_state_over():
    for title in ("New york jets fire coach robert saleh after a 2 3 start to the season",
                  "Breaking jets fire hc robert saleh"):
        assert _fired(_saleh(title), "state_ended"), title


def test_a_lower_case_headline_that_asks_or_plans_is_not_read():
    for title in ("Should jets fire coach robert saleh after a 2 3 start?",
                  "jets to fire coach robert saleh after a 2 3 start",
                  "jets could fire coach robert saleh after a 2 3 start",
                  "New york jets fire coach jeff ulbrich after a 2 3 start"):
        assert not _fired(_saleh(title), "state_ended"), title


# b64-knox-remains-in-custody-oct2011-no
KNOX_Q = "Will Amanda Knox remain in Italian custody through October 31, 2011?"
KNOX_D = "2011-10-31T23:59:59+01:00"


def _knox(title):
    return _run(KNOX_Q, KNOX_D, "", "2011-10-04T00:00:00-04:00", title,
                "The decision was read out a little before 10 p.m. to a courtroom.", "2011-10-04T18:00:00+00:00")


def test_the_holder_freed_is_out_of_custody():
    assert _fired(_knox("Amanda Knox freed after appeal in Italian Court"), "state_ended")
    assert _fired(_knox("News from Perugia"), "state_ended") == []
    v = _run(KNOX_Q, KNOX_D, "", "2011-10-04T00:00:00-04:00", "Perugia",
             "Amanda Knox was released from prison on Monday night.", "2011-10-04T18:00:00+00:00")
    assert _fired(v, "state_ended")


def test_a_release_to_come_or_denied_is_not_read():
    for title in ("Amanda Knox to be freed after appeal in Italian Court",
                  "Amanda Knox not freed after appeal in Italian Court",
                  "Amanda Knox could be freed after appeal in Italian Court",
                  "Raffaele Sollecito freed after appeal in Italian Court"):
        assert not _fired(_knox(title), "state_ended"), title


# b59-lnp-coalition-intact-jun2025-no
LNP_Q = "Will the Liberal-National Coalition remain intact through June 30, 2025?"
LNP_D = "2025-06-30T23:59:59+10:00"
LNP = ("The Nationals have sensationally split from the Liberal Party, ending the formal Coalition in place since "
       "the 1980s in a decision made \u201con a principle basis\u201d.")


def _lnp(title, body="Nationals leader David Littleproud spoke."):
    return _run(LNP_Q, LNP_D, "", "2025-05-20T00:00:00+08:00", title, body, "2025-05-21T00:00:00+00:00")


def test_in_end_to_the_state_is_the_state_over():
    assert _fired(_lnp("Nationals split from liberals in end to federal coalition"), "state_ended")
    v = _lnp("Nationals split from liberals in end to federal coalition", LNP)
    assert len({c.sentence for c in _fired(v, "state_ended")}) == 2 and v.verdict == "likely-no"


def test_in_end_to_that_threatens_or_names_another_thing_is_not_read():
    for title in ("Nationals could split from liberals in end to federal coalition",
                  "Nationals threaten split from liberals in end to federal coalition",
                  "Nationals split from liberals in end to decades of talks"):
        assert not _fired(_lnp(title), "state_ended"), title


def test_a_steady_word_before_since_describes_the_object():
    assert _fired(_lnp("Politics", LNP), "state_ended")


def test_a_steady_word_after_leave_still_keeps_the_state():
    v = _lnp("Politics", "The Nationals have left the Coalition in place since the election.")
    assert not _fired(v, "state_ended")


# b60-afghan-runoff-held-nov2009-no
AFG_Q = "Will Afghanistan hold its presidential runoff vote on November 7, 2009?"
AFG_D = "2009-11-07T23:59:59+04:30"


def _afg(title, body="Kabul was quiet."):
    return _run(AFG_Q, AFG_D, "", "2009-11-02T14:30:00-05:00", title, body, "2009-11-03T00:00:00+00:00")


def test_a_vote_named_by_its_kind_is_the_object():
    v = _afg("Karzai Declared Winner of Afghan Election as Runoff Canceled")
    assert _fired(v, "ruled_out") and v.verdict == "likely-no"


def test_an_entrant_pulling_out_does_not_call_off_a_hosted_event():
    v = _afg("Abdullah Pulls Out of Runoff, Throws Afghan Politics Into Further Turmoil")
    assert not _fired(v, "ruled_out")


# b64-prodi-wins-senate-confidence-jan2008-no
PRODI_Q = "Will Romano Prodi's government win the confidence vote in the Italian Senate on January 24, 2008?"


def test_a_candidate_named_by_its_owner_goes_by_the_owner():
    assert derive_target(market(PRODI_Q, "2008-01-24T23:59:59+01:00")).candidate == "Romano Prodi"
    v = _run(PRODI_Q, "2008-01-24T23:59:59+01:00", "", "2008-01-24T00:00:00+01:00",
             "Prodi loses confidence vote in Italian Senate",
             "Italian Prime Minister Romano Prodi has lost his confidence vote in the Italian Senate.",
             "2008-01-25T08:00:00+00:00")
    assert _fired(v, "opposite_outcome") and v.verdict == "likely-no"


def test_an_owned_title_keeps_its_own_name():
    # must not change: a work named after its author's possessive is the candidate, not the author
    t = derive_target(market("Will Bernardine Evaristo's 'Girl, Woman, Other' win the 2019 Booker Prize?",
                             "2019-10-15T23:59:59+01:00"))
    assert t.candidate != "Bernardine Evaristo"
