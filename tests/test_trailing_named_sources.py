"""A done act closed on a named source ('…, Xinhua reported.') is a report of the fact, not
hearsay (engine/hedges.py, data/reporters.json); a negated modal near the market's object rules
out only the verb it governs (engine/negated_modals.py). Sentences are verbatim from the
development corpus (tests/data/realnews), case ids in the comments."""

from resolver.engine import evaluate_market
from resolver.engine.hedges import _hearsay, trailing_named_source
from resolver.engine.text import make_sentence
from tests.conftest import news_article, news_market, ts


def _trailing(text: str) -> bool:
    sent = make_sentence(text, 1)
    return trailing_named_source(sent.tokens, next(k for k, t in enumerate(sent.tokens) if t.lower == "reported"))


def _hearsay_of(text: str) -> bool:
    sent = make_sentence(text, 1)
    return _hearsay(sent, next(k for k, t in enumerate(sent.tokens) if t.lower == "reported"))


MONGOLIA = ("ULAN BATOR: Gombojav Zandanshatar was on Friday (June 13) appointed as Mongolia's new prime minister at "
            "the proposal of the ruling Mongolian People's Party, Xinhua reported.")  # b18-mongolia-new-pm-appointed


def test_a_named_newsroom_after_the_news_is_no_hearsay():
    assert _trailing(MONGOLIA) and not _hearsay_of(MONGOLIA)
    # b16-nbp-reference-rate-5-25-by-may31-2025-yes
    assert _trailing("The move by the Polish central bank's rate-setting Monetary Policy Council means that the "
                     "reference rate will be lowered from 5.75 percent to 5.25 percent, public broadcaster Polish "
                     "Radio’s IAR news agency reported.")
    # b37-uruguay-2019-lacalle-pou-declared-by-nov29-multi-yes: a news body named by its kind, then a time
    assert _trailing("The recount of votes, which was necessary to name the winner of the presidential runoff in "
                     "Uruguay, has confirmed the victory of Luis Lacalle Pou from the opposition conservative National "
                     "Party, media reported on Thursday.")
    # b18-sudan-army-loses-el-fasher-by-oct31-multi-yes
    assert _trailing("Sudan's military chief confirmed their withdrawal from its last western stronghold -- el-Fasher "
                     "-- after the paramilitary Rapid Support Forces (RSF) declared control of the city, BBC reported "
                     "Tuesday.")


def test_unnamed_or_passed_on_sources_stay_hearsay():
    # b42-north-korea-nuclear-test-by-jan31-2016-yes: 'it was reported'
    text = ("North Korea Tuesday night announced that it had tested a hydrogen bomb for the first time, it was reported "
            "yesterday.")
    assert not _trailing(text) and _hearsay_of(text)
    # b44-fda-eua-pfizer-vaccine-by-dec12-2020-multi-yes: a named paper citing anonymous people
    text = ("Food and Drug Administration authorized Pfizer Inc (NYSE:PFE)'s COVID-19 vaccine for emergency use on "
            "Friday, the New York Times reported, citing two people with knowledge of the decision who spoke on "
            "condition of anonymity.")
    assert not _trailing(text) and _hearsay_of(text)
    # b45-merck-seagen-deal-announced-by-jul31-2022-talk: 'could', people familiar with the matter
    assert not _trailing("(SGEN) in a deal that could be worth roughly $40 billion or more, the Wall Street Journal "
                         "reported, citing people familiar with the matter.")
    # b41-sudan-jeddah-truce-holds-through-jun5-2023: a channel citing sources
    assert not _trailing("TUNIS (UrduPoint News / Sputnik - 06th June, 2023) Sudan's warning parties resumed US- and "
                         "Saudi Arabia-mediated ceasefire talks in the Saudi city of Jeddah on Tuesday, the Riyadh-based "
                         "Al Arabiya television channel reported, citing sources.")
    # b24-tesla-robotaxi-unveiling-by-aug31-2024-multi-no: 'is said to', first reported by a paper
    assert _hearsay_of("First reported by Bloomberg, Tesla is said to need more time to build the first units of the "
                       "Robotaxi.")


def test_mongolia_appointment_reported_by_xinhua_confirms():
    # b18-mongolia-new-pm-appointed-by-jun30-2025-yes
    m = news_market("Will Mongolia appoint a new prime minister by June 30, 2025?", "2025-06-30T23:59:59+08:00")
    a = news_article("https://www.thestar.com.my/aseanplus/aseanplus-news/2025/06/13/mongolian-president039s-chief-of-staff-"
                     "appointed-as-new-pm", "2025-06-13T00:00:00+08:00",
                     "Mongolian President039s Chief of Staff Appointed as New PM", MONGOLIA)
    v = evaluate_market(m, [a], ts("2025-06-14T06:00:00+00:00"))
    assert any(c.rule == "confirmation" and c.weight > 0 for c in v.contributions)
    assert not any(c.rule == "hedged" for c in v.contributions)


def test_anonymous_sources_behind_a_paper_still_hedge():
    # b44-fda-eua-pfizer-vaccine-by-dec12-2020-multi-yes
    m = news_market("Will the FDA authorize Pfizer's COVID-19 vaccine for emergency use by December 12, 2020?",
                    "2020-12-12T23:59:59-05:00")
    a = news_article("https://example.org/fda-pfizer", "2020-12-11T20:00:00-05:00", "FDA and the Pfizer vaccine",
                     "Food and Drug Administration authorized Pfizer Inc (NYSE:PFE)'s COVID-19 vaccine for emergency "
                     "use on Friday, the New York Times reported, citing two people with knowledge of the decision who "
                     "spoke on condition of anonymity.")
    v = evaluate_market(m, [a], ts("2020-12-12T01:00:00+00:00"))
    assert not any(c.rule == "confirmation" and c.weight > 0 for c in v.contributions)


TRUMP_Q = "Will the federal classified documents case against Donald Trump be dismissed by July 31, 2024?"


def test_cannot_of_another_verb_does_not_rule_the_act_out():
    # b19-trump-documents-case-dismissed-by-jul31-2024-yes: 'cannot prosecute', not 'cannot dismiss'
    m = news_market(TRUMP_Q, "2024-07-31T23:59:59-04:00")
    a = news_article("https://www.wedr.com/news/trending/judge-dismisses-trump-classified-documents-case/x",
                     "2024-07-15T00:00:00-04:00", "Judge dismisses Trump classified documents case",
                     "Cannon ruled that the special counsel cannot prosecute Trump in the case, CNN reported.")
    v = evaluate_market(m, [a], ts("2024-07-16T12:00:00+00:00"))
    assert not any(c.rule == "ruled_out" and c.weight < 0 for c in v.contributions)
    assert v.verdict == "likely-yes"


def test_cannot_of_the_question_verb_still_rules_out():
    # b13-zuma-cleared-to-stand-for-parliament-by-may28-2024-multi-no: 'cannot stand' is the question's own verb
    m = news_market("Will Jacob Zuma be cleared to stand for parliament by May 28, 2024?", "2024-05-28T23:59:59+02:00")
    a = news_article("https://example.org/zuma", "2024-05-20T12:00:00+02:00",
                     "South Africa's Top Court Rules Former President Zuma Cannot Stand In Election Over Criminal Record",
                     "The Constitutional Court has delivered a major blow to former president Jacob Zuma's political "
                     "ambitions, ruling on Monday that he cannot stand as a candidate in next week's national elections "
                     "in South Africa, reports Eyewitness News.")
    v = evaluate_market(m, [a], ts("2024-05-21T12:00:00+00:00"))
    assert any(c.rule == "ruled_out" and c.weight < 0 for c in v.contributions)
