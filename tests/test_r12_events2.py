"""Events of the twelfth round (r12-events2): a postponement told as a noun ('ordered a one-month
postponement of … execution'); no one left to rescue ('no chance of finding any survivors'); 'be
named a laureate of <prize>' is winning it, and a committee's 'decided to award … to' is the award;
a contest held at a named event is named by the event's title ('his Boston Marathon title') and a
title defended is the holder's win. Sentences verbatim from the development corpus (batches 07,
11, 12, 43, 55, 56); each names its case, with near wordings where a reading must not fire."""

from resolver.engine import delays, evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.pushback_nouns import announced
from resolver.engine.text import make_sentence
from tests.conftest import decided, news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if c.rule in rules and c.weight]


def _run(q, deadline, c, published, title, body, as_of):
    return evaluate_market(market(q, deadline, c), [article("https://news.example/a", published, title, body)], ts(as_of))


# b56-mcveigh-executed-by-may31-2001-no
MCV_Q = "Will Timothy McVeigh be executed by May 31, 2001?"
MCV_C = ("This market will resolve to \"Yes\" if Oklahoma City bomber Timothy McVeigh is executed by the U.S. federal "
         "government on or before May 31, 2001. A scheduled execution date alone does not count. Otherwise, this market "
         "will resolve to \"No\".")
MCV_FOX = "Attorney General John Ashcroft on Friday ordered a one-month postponement of Timothy McVeigh's execution."
MCV_GUARDIAN = ("Announcing the postponement of the execution from next Wednesday until June 11, the US attorney general, "
                "John Ashcroft, said: \"Our system of justice requires basic fairness.\" Yesterday McVeigh met his "
                "lawyers at the federal prison in Terre Haute, Indiana, to discuss the development.")


def _mcveigh(title, body, published="2001-05-11T00:00:00-04:00"):
    return _run(MCV_Q, "2001-05-31T23:59:59-05:00", MCV_C, published, title, body, "2001-05-13T12:00:00+00:00")


def _noun(text, noun, act):
    s = make_sentence(text, 1)
    low = [t.lower for t in s.tokens]
    return announced(s, low.index(noun), low.index(act), frozenset({"execute"}))


def test_a_postponement_ordered_as_a_noun_rules_the_act_out():
    v = _mcveigh("Attorney General statement", MCV_FOX)
    found = _fired(v, "ruled_out")
    assert found and "postponement" in found[0].reason and "after the deadline" in found[0].temporal
    assert decided(v) == "likely-no"


def test_a_postponement_announced_in_an_opening_participle_with_its_new_date():
    v = _mcveigh("Ashcroft statement", MCV_GUARDIAN, "2001-05-12T00:00:00+01:00")
    found = _fired(v, "ruled_out")
    assert found and "June 11" in found[0].temporal


def test_a_postponement_only_asked_considered_or_refused_is_none():
    # must not fire: b11-netanyahu-testimony ('requested a postponement'), b12-gaganyaan ('refrained from
    # directly confirming any postponement'), b12-apple-siri ('a postponement … is considered possible')
    assert _noun("Prime Minister Benjamin Netanyahu on Thursday requested a postponement of his execution.",
                 "postponement", "execution") is None
    assert _noun("While Narayanan refrained from directly confirming any postponement of the execution, sources "
                 "said so.", "postponement", "execution") is None
    assert _noun("Even a postponement of the execution to iOS 27 is considered possible according to the report.",
                 "postponement", "execution") is None
    assert _noun("Ashcroft could order a postponement of the execution.", "postponement", "execution") is None
    assert _noun("Ashcroft did not order a postponement of the execution.", "postponement", "execution") is None
    assert _noun("Ashcroft on Friday ordered a one-month postponement of McVeigh's execution.",
                 "postponement", "execution") is not None


def test_a_length_before_a_push_back_noun():
    assert delays.minimum_delay(MCV_FOX) == ("a one-month postponement", 28)
    assert delays.minimum_delay("Nigeria's electoral commission has announced a six-week postponement to the 14 February "
                                "presidential election.")[1] == 42
    # must not fire: a bound, not a length of the push-back
    assert delays.minimum_delay("The execution could come within a month.") is None


# b56-kursk-crew-rescued-alive-by-aug31-2000-multi-no, b07-titan-sub-occupants-rescued-alive-by-jun30-2023-no
KURSK_Q = ("Will any crew member of the sunken Russian submarine Kursk be rescued alive by August 31, 2000?")
KURSK_C = ("This market will resolve to \"Yes\" if at least one of the 118 crew members aboard the Russian nuclear "
           "submarine Kursk, which sank in the Barents Sea on August 12, 2000, is brought to the surface alive by "
           "August 31, 2000. Otherwise, this market will resolve to \"No\".")
KURSK = ("MOSCOW (AP) _ Norwegian divers determined Monday that a Russian nuclear submarine lying on the bottom of the "
         "sea was flooded and there was no chance of finding any survivors, an official said.")


def _kursk(title, body, q=KURSK_Q):
    return _run(q, "2000-08-31T23:59:59+04:00", KURSK_C, "2000-08-21T00:00:00+04:00", title, body,
                "2000-08-22T00:00:00+00:00")


def test_no_chance_of_finding_survivors_rules_a_rescue_alive_out():
    v = _kursk("Kursk submarine", KURSK)
    found = _fired(v, "ruled_out")
    assert found and "no chance of finding any survivors" in found[0].reason
    assert decided(v) == "likely-no"


def test_no_survivors_as_a_finding_in_a_headline():
    assert _fired(_kursk("No Survivors on Russian Submarine", "The Kursk lies on the sea bed."), "ruled_out")
    v = _run("Will any of the five people aboard OceanGate's Titan submersible be rescued alive by June 30, 2023?",
             "2023-06-30T23:59:59-04:00", "", "2023-06-23T00:00:00-05:00",
             "It's Over: The Titan Submersible Imploded, and There Were No Survivors",
             "The Coast Guard found a debris field on the sea floor.", "2023-06-24T12:00:00+00:00")
    assert _fired(v, "ruled_out")


def test_no_survivors_so_far_or_feared_is_no_finding():
    # must not fire: a count so far, a fear, signs not seen, a market that asks no one alive
    for body in ("No survivors have been found so far on the Russian submarine Kursk, officials said.",
                 "Officials said there may be no survivors on the Russian submarine Kursk.",
                 "The Norwegian divers found no signs of survivors on the Kursk.",
                 "If there are no survivors on the Kursk, the navy will raise the hull."):
        assert not _fired(_kursk("Kursk rescue", body), "ruled_out"), body
    assert not _fired(_kursk("Kursk submarine", KURSK, "Will the Kursk be raised by August 31, 2000?"), "ruled_out")


# b56-timochenko-nobel-peace-2016-other-winner-no
TIMO_Q = "Will FARC leader Rodrigo Londoño (\"Timochenko\") be named a laureate of the 2016 Nobel Peace Prize?"
TIMO = ("\"The Norwegian Nobel Committee has decided to award the Nobel Peace Prize for 2016 to Colombian President Juan "
        "Manuel Santos for his resolute efforts to bring the country's more than 50-year-long civil war to an end,\" said "
        "committee chairwoman Kaci Kullmann Five.")


def test_named_a_laureate_is_winning_the_prize():
    t = derive_target(market(TIMO_Q, "2016-10-07T23:59:59+02:00"))
    assert t.act == "win" and t.candidate and "Londoño" in t.candidate
    # must not change: a shortlist or a post is no prize won
    assert derive_target(market("Will Paul Lynch be named to the shortlist of the 2023 Booker Prize?",
                                "2023-10-01T00:00:00+00:00")).act != "win"


def test_a_committee_decided_to_award_is_the_award():
    v = _run(TIMO_Q, "2016-10-07T23:59:59+02:00", "", "2016-10-07T00:00:00+03:00",
             "Nobel Peace Prize goes to Colombia President for peace efforts", TIMO, "2016-10-08T00:00:00+00:00")
    found = _fired(v, "rival_outcome")
    assert found and "Santos" in found[0].reason and decided(v) == "likely-no"
    # must not fire: a decision still to come
    v = _run(TIMO_Q, "2016-10-07T23:59:59+02:00", "", "2016-10-06T00:00:00+03:00", "Nobel Peace Prize",
             "The Norwegian Nobel Committee could decide to award the Nobel Peace Prize for 2016 to Colombian "
             "President Juan Manuel Santos.", "2016-10-06T12:00:00+00:00")
    assert not _fired(v, "rival_outcome")


# b55-kipchoge-wins-boston-marathon-2023-no, b43-eeaao-wins-best-picture-2023-yes
KIP_Q = "Will Eliud Kipchoge win the men's race at the 2023 Boston Marathon?"
KIP = ("Kenya's Evans Chebet successfully defended his Boston Marathon title - with two-time Olympic champion Eliud "
       "Kipchoge back in sixth.")


def _kip(title, body):
    return _run(KIP_Q, "2023-04-17T23:59:59-04:00", "", "2023-04-17T00:00:00+01:00", title, body,
                "2023-04-18T12:00:00+00:00")


def test_a_title_defended_at_the_event_is_a_rivals_win():
    v = _kip("Boston Marathon", KIP)
    found = _fired(v, "rival_outcome")
    assert found and "Chebet" in found[0].reason and decided(v) == "likely-no"


def test_the_event_alone_or_the_other_side_names_no_contest():
    # must not fire: the women's title ('her'), a defence still to come, a title with no owner for a sided race
    for body in ("Kenya's Hellen Obiri won her Boston Marathon title in two hours 21 minutes.",
                 "Kenya's Evans Chebet will defend his Boston Marathon title on Monday.",
                 "Kenya's Evans Chebet successfully defended the Boston Marathon title."):
        assert not _fired(_kip("Boston Marathon", body), "rival_outcome"), body
    # must not fire: an awards night holds many categories (b43-eeaao-wins-best-picture-2023-yes)
    v = _run("Will \"Everything Everywhere All at Once\" win Best Picture at the 2023 Oscars?", "2023-03-12T23:59:59-07:00",
             "", "2023-03-13T00:00:00-04:00", "Oscars 2023",
             "A24 also walked away with a major splash at the Oscars, winning in all of the major categories and getting "
             "plenty of thanks from the stage.", "2023-03-13T12:00:00+00:00")
    assert not _fired(v, "rival_outcome")
