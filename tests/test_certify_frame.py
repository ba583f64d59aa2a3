"""The 'certify' frame: a question asking whether a body will certify something ('Will the WHO
certify Belize as malaria-free …?') has certifying as its act, not the hyphenated adjective's
last part ('malaria-free' is no act of freeing), and a report that the body certified the named
party, or that the party received the certification, confirms it. Sentences are quoted verbatim
from the real-news corpus (case ids in comments)."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from tests.conftest import article, news_market, ts

_BELIZE = ("Will the WHO certify Belize as malaria-free by June 30, 2023?", "2023-06-30T23:59:59-06:00")
_TAJIK = ("Will the WHO certify Tajikistan as malaria-free by March 31, 2023?", "2023-03-31T23:59:59+05:00")
_TIMOR = ("Will the WHO certify Timor-Leste as malaria-free by December 31, 2025?", "2025-12-31T23:59:59+09:00")


def test_certify_is_the_act_not_the_adjectives_free():
    # b22-belize-malaria-free-by-jun30-2023-yes
    t = derive_target(news_market(*_BELIZE))
    assert t.act == "certify"


def test_who_certified_belize_confirms():
    # b22-belize-malaria-free-by-jun30-2023-yes (aabb.org, 22 Jun 2023)
    a = article("The World Health Organization (WHO) certified Belize as malaria-free yesterday following a "
                "70-year campaign to eradicate the disease in the country.",
                title="Belize Certified as Malaria-Free by WHO", published="2023-06-22T12:00:00-04:00")
    assert evaluate_market(news_market(*_BELIZE), [a], ts("2023-06-23T12:00:00+00:00")).verdict == "likely-yes"


def test_received_a_certification_confirms():
    # b17-egypt-certified-malaria-free-by-oct2024-multi-yes
    m = news_market("Will the WHO certify Egypt as malaria-free by October 31, 2024?", "2024-10-31T23:59:59+03:00")
    a = article("Egypt received on Sunday 20/10/2024 a certification of malaria elimination as an official "
                "recognition by the World Health Organization (WHO) of the country's malaria-free status.",
                published="2024-10-21T12:00:00+03:00")
    v = evaluate_market(m, [a], ts("2024-10-22T12:00:00+00:00"))
    assert v.verdict == "likely-yes" or (v.verdict == "undetermined" and v.status == "weak-reading")  # or gated: one weak reading alone (weak_readings.py)


def test_certifying_other_countries_does_not_confirm():
    # near miss, b22-who-tajikistan-malaria-free-by-mar31-2023-yes: the same report read for another country
    a = article("The World Health Organization (WHO) has certified Azerbaijan and Tajikistan for achieving "
                "elimination of malaria in their territories.",
                title="WHO certifies Azerbaijan and Tajikistan as malaria-free", published="2023-03-29T12:00:00+00:00")
    assert evaluate_market(news_market(*_TAJIK), [a], ts("2023-03-30T00:00:00+00:00")).verdict == "likely-yes"
    assert evaluate_market(news_market(*_TIMOR), [a], ts("2023-03-30T00:00:00+00:00")).verdict != "likely-yes"


def test_certifying_another_object_does_not_confirm():
    # near miss, b32-unitedhealth-amedisys-close-by-sep30-2025-multi-yes: a party certifying a statement
    m = news_market("Will the WHO certify Belize as malaria-free by June 30, 2023?", "2023-06-30T23:59:59-06:00")
    a = article("Additionally, Amedisys will be on the hook for a $1.1 million civil penalty for falsely certifying "
                "that it had provided \"true, correct and complete\" responses under the Hart-Scott-Rodino Antitrust "
                "Improvements Act of 1976.", title="DOJ Oks UnitedHealth Amedisys deal on divestiture conditions", published="2023-06-22T12:00:00-04:00")
    assert evaluate_market(m, [a], ts("2023-06-23T12:00:00+00:00")).verdict != "likely-yes"



_CABO = ("Will the WHO certify Cabo Verde as malaria-free by January 31, 2024?", "2024-01-31T23:59:59+00:00")


def test_declares_a_country_free_of_the_disease_confirms_the_certification():
    # b20-who-cabo-verde-malaria-free-by-jan31-2024-yes (briefly.co headline, 12 Jan 2024)
    a = article("Cape Verde, or officially Cabo Verde using the Portuguese name, a tiny archipelago of 10 islands in "
                "the Atlantic Ocean, joins Mauritius (in 1973) and Algeria (in 2009) in achieving the certification.",
                title="Africa: WHO Declares Cape Verde Free of Malaria DW 01/12/2024",
                published="2024-01-12T12:00:00-01:00")
    assert evaluate_market(news_market(*_CABO), [a], ts("2024-01-13T12:00:00+00:00")).verdict == "likely-yes"


def test_declaring_another_country_free_does_not_confirm():
    # near miss: the headline of the Kenya sleeping-sickness report read for the Cabo Verde question
    a = article("", title="Who declares kenya free of sleeping sickness", published="2024-01-12T12:00:00-01:00")
    assert evaluate_market(news_market(*_CABO), [a], ts("2024-01-13T12:00:00+00:00")).verdict != "likely-yes"
