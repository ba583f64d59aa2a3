"""Light verb over an event noun (nineteenth round, r19-lightverb): 'announce an extension / a suspension /
the observation of …'. The market keeps its act (announcing) and is met both by the party announcing
the noun's act and by the party's own report that it has done it. Sentences verbatim from the
development corpus; each names its case; the must-not-fire sentences are close wordings of the same
shape that mean something else (weighed, hedged, negated, another party, another year).

- an event noun's verb by -sion / -ssion / -lution ('extension' → extend, 'suspension' → suspend,
  'dissolution' → dissolve), and no event noun in a word that is also an adjective ('final',
  'provisional'): nominals.noun_verb;
- the act told done in the party's own saying ('Putin said Thursday he has extended Russia's ban',
  'teams at CERN said they have both "observed" a new particle'): rules/announced_verbs;
- a year that ends a period ('until the end of 2028') is no other occasion's year: rules/base;
- a modal, 'to' or a negator before a manner adverb makes the next word a verb ('it will temporarily
  suspend union strikes'): word_class."""

import time

from resolver.engine import mentions
from resolver.engine.nominals import event_nouns, noun_verb
from resolver.engine.text import make_sentence
from tests.conftest import decided, fired, run_case
from cpu_budget import assert_cpu_within

# b97-russia-extends-grain-ban-by-sep15-2010-yes
RU_Q = "Will Russia announce an extension of its grain export ban beyond December 31, 2010 by September 15, 2010?"
RU_C = ("This market will resolve to \"Yes\" if, on or before September 15, 2010, the Russian government (including the "
        "President or Prime Minister) announces that the grain export ban imposed from August 15, 2010 will remain in "
        "force beyond December 31, 2010. Otherwise, this market will resolve to \"No\".")
RU_S = ("MOSCOW — Russian Prime Minister Vladimir Putin said Thursday he has extended Russia’s ban on wheat exports until "
        "next year’s harvest to ensure it has bounced back from a severe drought and wildfires that destroyed 20 percent "
        "of the crop this year.")


def _ru(text):
    return run_case(RU_Q, "2010-09-15T23:59:59+04:00", RU_C,
                    [("https://example.com/ru", "2010-09-02T00:00:00+04:00", "", text)], "2010-09-03T00:00:00+00:00")


def test_extension_announced_by_the_party_saying_it_has_extended():
    v = _ru(RU_S)
    assert fired(v, "confirmation") and decided(v) == "likely-yes"


def test_extension_weighed_is_not_announced():
    v = _ru("Russian Prime Minister Vladimir Putin said Thursday he is considering extending Russia’s ban on wheat exports.")
    assert not fired(v, "confirmation")


def test_extension_denied_is_not_announced():
    v = _ru("Russian Prime Minister Vladimir Putin said Thursday he has not extended Russia’s ban on wheat exports.")
    assert not fired(v, "confirmation")


def test_extension_by_another_country_is_not_russias():
    v = _ru("Ukrainian Prime Minister Mykola Azarov said Thursday he has extended Ukraine's ban on wheat exports until "
            "next year's harvest.")
    assert not fired(v, "confirmation")


def test_extension_told_by_another_party_is_not_the_partys_saying():
    v = _ru("Traders said Thursday the ban on wheat exports has been extended until next year's harvest.")
    assert not fired(v, "confirmation")


# b23-georgia-suspends-eu-accession-talks-by-nov30-2024-yes
GE_Q = "Will Georgia's government announce a suspension or freeze of its EU accession process by November 30, 2024?"
GE_S = "Georgia on Thursday said it will suspend accession talks with the European Union until the end of 2028."


def _ge(text):
    return run_case(GE_Q, "2024-11-30T23:59:59+04:00", "",
                    [("https://example.com/ge", "2024-11-28T00:00:00+03:00", "", text)], "2024-11-29T12:00:00+00:00")


def test_suspension_announced_with_a_period_ending_in_another_year():
    v = _ge(GE_S)
    assert fired(v, "confirmation") and decided(v) == "likely-yes"


def test_suspension_only_possible_is_not_announced():
    v = _ge("Georgia on Thursday said it could suspend accession talks with the European Union until the end of 2028.")
    assert not fired(v, "confirmation")


def test_suspension_of_another_year_is_another_occasion():
    v = _ge("Georgia said it suspended accession talks with the European Union in 2019.")
    assert not fired(v, "confirmation")


# b100-finland-unions-suspend-political-strikes-by-apr15-2024-multi-yes
FI_Q = ("Will Finnish trade unions announce a suspension of their strikes against the Orpo government's labour reforms "
        "by April 15, 2024?")
FI_S = ("Finnish trade unions announced on Thursday that it will temporarily suspend union strikes which have been "
        "ongoing for four weeks.")


def _fi(text):
    return run_case(FI_Q, "2024-04-15T23:59:59+03:00", "",
                    [("https://example.com/fi", "2024-04-04T15:21:07+00:00", "", text)], "2024-04-09T00:00:00+00:00")


def test_suspension_announced_with_a_manner_adverb():
    v = _fi(FI_S)
    assert fired(v, "confirmation") and decided(v) == "likely-yes"


def test_suspension_refused_is_not_announced():
    v = _fi("Finnish trade unions announced on Thursday that it will not temporarily suspend union strikes.")
    assert not fired(v, "confirmation")


def test_a_manner_adverb_after_a_modal_leaves_a_verb():
    m = {x.predicate: x for x in mentions.read(make_sentence(FI_S, 0))}
    assert m["suspend"].aspect == "future"
    assert "suspend" not in {x.predicate for x in mentions.read(make_sentence("The family rally suspend.", 0))}


# b42-cern-higgs-like-particle-by-jul31-2012-yes
CERN_Q = "Will CERN announce the observation of a new particle consistent with the Higgs boson by July 31, 2012?"
CERN_S = "He spoke after two independent teams at CERN said they have both \"observed\" a new particle."


def _cern(text):
    return run_case(CERN_Q, "2012-07-31T23:59:59+02:00", "",
                    [("https://example.com/cern", "2012-07-04T00:00:00-04:00", "", text)], "2012-07-05T12:00:00+00:00")


def test_observation_announced_by_saying_it_was_observed():
    v = _cern(CERN_S)
    assert fired(v, "confirmation") and decided(v) == "likely-yes"


def test_observation_denied_is_not_announced():
    v = _cern("He spoke after two independent teams at CERN said they have not observed a new particle.")
    assert not fired(v, "confirmation")


# nominals
def test_event_nouns_by_sion_ssion_lution():
    assert noun_verb("extension") == "extend" and noun_verb("suspension") == "suspend"
    assert noun_verb("dissolution") == "dissolve" and noun_verb("admission") == "admit"
    assert "extension" in event_nouns("extend") and "dissolution" in event_nouns("dissolve")


def test_no_event_noun_in_unrelated_or_adjective_words():
    for word in ("session", "version", "tension", "pension", "final", "provisional", "coral"):
        assert noun_verb(word) is None


def test_long_run_on_sentence_of_the_readings_words_is_fast():
    words = ("Finnish unions said on Thursday that it will temporarily suspend and Putin said he has extended Russia ban "
             "until the end of 2028 and ")
    text = (words * (30000 // len(words))).strip() + "."  # one 30 KB sentence (1.5 s for the two markets)
    start = time.process_time()
    _fi(text)
    _ru(text)
    assert_cpu_within(start, 5.0)
