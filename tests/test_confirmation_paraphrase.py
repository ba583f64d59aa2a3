"""Acts reported in other words than the question's: whole paraphrase families (landing,
restoring contact, overturning, refusing, reaching a record, dismissing a manager), verbs the
dictionary does not list ('soft-land', 'resentenced'), an announced intent, and a country named
by its alias. Sentences are verbatim from published reports (tests/data/realnews batches 08-10;
source URL above each)."""

from resolver.engine import default_rule_set, evaluate_market
from resolver.engine.derive import derive_target
from tests.conftest import decided, article, news_market, ts


def _verdict(m, articles, as_of):
    return evaluate_market(m, articles, ts(as_of))


# -- question verbs: hyphenated, prefixed, announced ------------------------------------------------

def test_a_hyphenated_question_verb_is_its_last_part():
    t = derive_target(news_market("Will Japan's SLIM spacecraft soft-land on the Moon by January 31, 2024?",
                                  "2024-01-31T23:59:59+09:00"))
    assert t.kind == "event" and t.act == "land"


def test_a_re_prefixed_participle_is_a_verb():
    t = derive_target(news_market("Will Erik and Lyle Menendez be resentenced by May 31, 2025?",
                                  "2025-05-31T23:59:59-07:00"))
    assert t.act == "resentence"


def test_announcing_an_intent_makes_the_intended_act_the_act():
    t = derive_target(news_market("Will prosecutors announce they will seek the death penalty against Tyler Robinson "
                                  "by September 30, 2025?", "2025-09-30T23:59:59-06:00"))
    assert t.act == "seek" and t.object_terms == ["death", "penalty"] and t.announcement_counts
    assert "prosecutors" in t.actors


def test_all_time_is_no_universal_quantifier():
    t = derive_target(news_market("Will Ethereum (ETH) reach a new all-time high by August 31, 2025?",
                                  "2025-08-31T23:59:59-04:00"))
    assert t.quantifier is None
    assert "smash" in t.act_forms and "agree" not in t.act_forms


# -- paraphrases read as the act --------------------------------------------------------------------

def test_touched_down_is_a_landing():
    # https://headtopics.com/uk/japanese-robot-lands-on-moon-but-faces-power-problems-49099503
    m = news_market("Will Japan's SLIM spacecraft soft-land on the Moon by January 31, 2024?", "2024-01-31T23:59:59+09:00")
    a = article("A Japanese robot has successfully touched down on the Moon but problems with its solar power system "
                "mean the mission may live for just a few hours.", published="2024-01-20T00:00:00+00:00")
    v = _verdict(m, [a], "2024-02-01T12:00:00+00:00")
    assert decided(v) == "likely-yes"


def test_communication_restored_is_contact_restored():
    # https://www3.nhk.or.jp/nhkworld/en/news/20240129_15/
    m = news_market("Will JAXA restore contact with the SLIM lunar lander by January 31, 2024?",
                    "2024-01-31T23:59:59+09:00")
    a = article("Japan's space agency says it has successfully re-established communication with its lunar probe and "
                "has received new images from the moon's surface.", published="2024-01-29T00:00:00+09:00")
    v = _verdict(m, [a], "2024-01-30T00:00:00+00:00")
    assert decided(v) == "likely-yes"


def test_thrown_out_is_overturned():
    # https://www.expressandstar.com/world-news/2025/08/21/appeal-court-throws-out-massive-civil-fraud-penalty-against-donald-trump
    m = news_market("Will a New York appeals court overturn the civil fraud penalty against Donald Trump by "
                    "August 31, 2025?", "2025-08-31T23:59:59-04:00")
    a = article("An appeal court has thrown out a massive civil fraud penalty against Donald Trump in a New York state "
                "lawsuit accusing him of exaggerating his wealth.", published="2025-08-21T12:00:00+01:00")
    v = _verdict(m, [a], "2025-08-22T12:00:00+00:00")
    assert decided(v) == "likely-yes"


def test_a_refusal_is_the_act_of_a_denial_market():
    # https://www.btimesonline.com/articles/175550/20251006/supreme-court-rejects-ghislaine-maxwell-appeal-leaving-20-year-sentence-for-epstein-crimes-intact.htm
    m = news_market("Will the Supreme Court deny Ghislaine Maxwell's petition to hear her appeal by October 31, 2025?",
                    "2025-10-31T23:59:59-04:00")
    a = article("The Supreme Court on Monday declined to hear an appeal from Ghislaine Maxwell, the former British "
                "socialite convicted of sex trafficking in connection with Jeffrey Epstein's abuse of underage girls, "
                "effectively ending her bid to overturn a 20-year federal prison sentence.",
                published="2025-10-06T12:00:00-04:00")
    v = _verdict(m, [a], "2025-10-07T12:00:00+00:00")
    assert decided(v) == "likely-yes"
    assert not any(c.rule == "not_yet" and "declined" in c.reason for c in v.contributions if c.direction != "none")


def test_a_refusal_still_negates_another_act():
    m = news_market("Will the Supreme Court hear Ghislaine Maxwell's appeal by October 31, 2025?",
                    "2025-10-31T23:59:59-04:00")
    a = article("The Supreme Court on Monday declined to hear an appeal from Ghislaine Maxwell, the former British "
                "socialite convicted of sex trafficking in connection with Jeffrey Epstein's abuse of underage girls, "
                "effectively ending her bid to overturn a 20-year federal prison sentence.",
                published="2025-10-06T12:00:00-04:00")
    v = _verdict(m, [a], "2025-10-07T12:00:00+00:00")
    assert decided(v) != "likely-yes"


def test_a_headline_participle_of_a_prefixed_verb_reports_it_done():
    # https://dailyvoice.com/ny/new-city/menendez-brothers-resentenced-for-murder-of-parents-now-eligible-for-parole/
    m = news_market("Will Erik and Lyle Menendez be resentenced by May 31, 2025?", "2025-05-31T23:59:59-07:00")
    a = article("", title="Menendez brothers resentenced for murder of parents now eligible for parole",
                published="2025-05-14T12:00:00-04:00")
    v = _verdict(m, [a], "2025-05-15T12:00:00+00:00")
    assert decided(v) == "likely-yes"


def test_smashed_a_new_all_time_high_is_reaching_it():
    # https://www.mexc.co/fr/news/powerful-legendary-trader-peter-brandt-on-new-ethereum-ath/71500
    m = news_market("Will Ethereum (ETH) reach a new all-time high by August 31, 2025?", "2025-08-31T23:59:59-04:00")
    a = article("However, the Bitcoin dominance slipped to 56.5% and Ethereum smashed a new all-time high.",
                published="2025-08-23T12:00:00+00:00")
    v = _verdict(m, [a], "2025-08-24T12:00:00+00:00")
    assert decided(v) == "likely-yes"


def test_said_he_is_seeking_is_the_announcement():
    # https://www.newser.com/story/375317/tyler-robinson-charged-with-capital-offense.html
    m = news_market("Will prosecutors announce they will seek the death penalty against Tyler Robinson by "
                    "September 30, 2025?", "2025-09-30T23:59:59-06:00")
    a = article("He said he is seeking the death penalty, the New York Times reports.",
                published="2025-09-16T12:00:00-05:00")
    v = _verdict(m, [a], "2025-09-17T12:00:00+00:00")
    assert decided(v) == "likely-yes"


def test_a_country_complement_named_by_its_short_name():
    # https://www.wcpo.com/politics/immigration/kilmar-abrego-garcia-returned-to-us-to-face-charges-after-wrongful-deportation
    m = news_market("Will Kilmar Abrego Garcia be returned to the United States by June 30, 2025?",
                    "2025-06-30T23:59:59-04:00")
    a = article("", title="Kilmar Abrego Garcia returned to US to face charges after wrongful deportation",
                published="2025-06-06T12:00:00-04:00")
    v = _verdict(m, [a], "2025-06-07T12:00:00+00:00")
    assert decided(v) == "likely-yes"
    assert not any(c.rule == "does_not_count" for c in v.contributions)


# -- a state ended by dismissal ---------------------------------------------------------------------

def test_a_sacking_ends_the_managers_tenure():
    # https://dailypost.ng/2024/10/28/man-united-sack-erik-ten-hag/
    m = news_market("Will Erik ten Hag remain Manchester United manager through December 31, 2024?",
                    "2024-12-31T23:59:59+00:00")
    a = article("Manchester United have sacked Erik ten Hag.", published="2024-10-28T12:00:00+01:00")
    v = _verdict(m, [a], "2024-10-29T12:00:00+00:00")
    assert decided(v) == "likely-no"


def test_a_spell_that_ended_is_the_state_over():
    # https://dailypost.ng/2024/10/28/man-united-sack-erik-ten-hag/
    m = news_market("Will Erik ten Hag remain Manchester United manager through December 31, 2024?",
                    "2024-12-31T23:59:59+00:00")
    a = article("Ten Hag’s two-and-a-half-year spell at Old Trafford ended on Monday after a poor start to the campaign.",
                published="2024-10-28T12:00:00+01:00")
    v = _verdict(m, [a], "2024-10-29T12:00:00+00:00")
    assert decided(v) == "likely-no"


# -- 'the first … to land': a record names an act that happened --------------------------------------

def _land_mention(text: str):
    from resolver.engine import mentions
    from resolver.engine.text import make_sentence
    sent = make_sentence(text, 1)
    return next(m for m in mentions.read(sent) if m.predicate == "land")


def test_the_first_spacecraft_to_land_reports_a_landing():
    # https://news.yahoo.com/odysseus-moon-lander-tipped-over-181125223.html
    m = _land_mention("Odysseus, the first U.S.-built spacecraft to land on the moon since 1972, got tripped up just "
                      "before touchdown and now rests horizontally on its side on the lunar surface.")
    assert m.affirmed


def test_a_record_still_to_come_is_no_landing():
    assert not _land_mention("The company aims to become the first private firm to land on the moon.").affirmed
    assert not _land_mention("Odysseus would be the first U.S.-built spacecraft to land on the moon since 1972.").affirmed
    assert not _land_mention("Odysseus is racing to be the first private spacecraft to land on the moon.").affirmed


def test_a_record_infinitive_does_not_date_its_object():
    # https://www.wri.org/news/statement-high-seas-treaty-reaches-60-ratifications-poised-enter-force (batch-08)
    m = news_market("Will the High Seas Treaty enter into force by December 31, 2025?", "2025-12-31T23:59:59+00:00")
    a = article("More than a year and a half after Palau became the first country to ratify the treaty, Morocco has "
                "become the 60th, triggering a 120-day countdown to its entry into force and setting the stage for a "
                "conference of parties (COP) to be held in 2026.",
                published="2025-09-20T12:00:00+00:00")
    v = _verdict(m, [a], "2025-09-21T12:00:00+00:00")
    assert decided(v) != "likely-yes"


# -- a declaration that something is over names the state declared -----------------------------------

_MARBURG = "Will Rwanda's Marburg virus outbreak be declared over by December 31, 2024?"


def test_declaring_the_outbreak_is_not_declaring_it_over():
    # https://kvia.com/ap-national-news/2024/12/20/rwanda-and-who-declare-end-of-marburg-outbreak-after-no-new-cases-reported/
    m = news_market(_MARBURG, "2024-12-31T23:59:59+02:00")
    a = article("The country first declared the outbreak on Sept. 27 and reported a total of 15 deaths and 66 cases, "
                "with the majority of those affected healthcare workers who handled the first patients.",
                published="2024-12-20T12:00:00-07:00")
    v = _verdict(m, [a], "2024-12-21T12:00:00+00:00")
    assert decided(v) != "likely-yes"
    assert not any(c.rule in ("confirmation", "hedged") and c.direction == "yes" for c in v.contributions)


def test_declared_an_end_to_is_declared_over():
    # https://dunyanews.tv/en/Health/857824-rwanda-declares-that-marburg-virus-outbreak-is-over
    m = news_market(_MARBURG, "2024-12-31T23:59:59+02:00")
    a = article("KIGALI (Reuters) - Rwanda has declared an end to the country's Marburg virus outbreak following the "
                "recovery of the last patient 42 days ago, Health Minister Sabin Nsanzimana told a news conference on "
                "Friday.", published="2024-12-20T12:00:00+05:00")
    v = _verdict(m, [a], "2024-12-21T12:00:00+00:00")
    assert decided(v) == "likely-yes"


# -- 'reported' hedges hearsay, not a tally -----------------------------------------------------------

def _hearsay(text: str) -> bool:
    from resolver.engine.hedges import _hearsay as hearsay
    from resolver.engine.text import make_sentence
    sent = make_sentence(text, 1)
    return hearsay(sent, next(k for k, t in enumerate(sent.tokens) if t.lower == "reported"))


def test_a_count_being_reported_is_no_hedge():
    # https://www.thehindu.com/news/national/kerala/malappuram-declared-nipah-free-all-curbs-lifted/article68551424.ece (batch-10)
    assert not _hearsay("The threat posed by the Nipah outbreak has receded from Malappuram with no new cases being "
                        "reported in the double incubation period of 42 days (from the time the last case was reported) "
                        "declared by the Health department, a statement issued by the Health department on Wednesday said.")
    # https://kvia.com/ap-national-news/2024/12/20/rwanda-and-who-declare-end-of-marburg-outbreak-after-no-new-cases-reported/
    assert not _hearsay("The country first declared the outbreak on Sept. 27 and reported a total of 15 deaths and 66 "
                        "cases, with the majority of those affected healthcare workers who handled the first patients.")


def test_passing_on_what_others_say_is_a_hedge():
    # https://collisionweek.com/2025/05/29/tesla-reported-launch-robotaxi-service-austin-texas-june-12/
    assert _hearsay("Bloomberg reported that the launch date was discussed internally but could still change.")
    assert _hearsay("The deal was reported to have been signed on Friday.")


def test_a_winless_spell_that_ended_is_no_tenure():
    # constructed control sentence
    m = news_market("Will Erik ten Hag remain Manchester United manager through December 31, 2024?",
                    "2024-12-31T23:59:59+00:00")
    a = article("Manchester United's winless spell ended on Saturday.", published="2024-10-20T12:00:00+01:00")
    v = _verdict(m, [a], "2024-10-21T12:00:00+00:00")
    assert not any(c.rule == "state_ended" for c in v.contributions)


# -- families as a thesaurus, not the question's one word ---------------------------------------------

def test_families_cover_the_domain_synonyms():
    hire = derive_target(news_market("Will the New York Jets hire Mike Vrabel as head coach by January 31, 2025?",
                                     "2025-01-31T23:59:59-05:00"))
    assert {"hire", "appoint", "name"} <= set(hire.act_forms)
    land = derive_target(news_market("Will Intuitive Machines' Odysseus lander land on the Moon by February 29, 2024?",
                                     "2024-02-29T23:59:59-06:00"))
    assert land.act_forms[0] == "land" and "visit" not in land.act_forms
    deny = derive_target(news_market("Will the Supreme Court deny Ghislaine Maxwell's petition to hear her appeal by "
                                     "October 31, 2025?", "2025-10-31T23:59:59-04:00"))
    assert {"deny", "reject", "refuse"} <= set(deny.act_forms)


def test_a_record_in_a_sentence_about_a_delay_is_no_landing():
    assert not _land_mention("Artemis III, the first crewed mission to land on the moon in decades, has been "
                             "delayed.").affirmed
    assert not _land_mention("Odysseus, the first U.S.-built spacecraft to land on the moon since 1972, "
                             "is scheduled to launch on Wednesday.").affirmed


def test_parting_ways_with_the_holder_ends_the_state():
    # constructed sentences (no corpus report words a dismissal this way yet)
    m = news_market("Will Erik ten Hag remain Manchester United manager through December 31, 2024?",
                    "2024-12-31T23:59:59+00:00")
    a = article("Manchester United have parted ways with Erik ten Hag.", published="2024-10-28T12:00:00+01:00")
    assert decided(_verdict(m, [a], "2024-10-29T12:00:00+00:00")) == "likely-no"
    b = article("Manchester United have parted ways with their goalkeeping coach.", published="2024-10-28T12:00:00+01:00")
    assert not any(c.rule == "state_ended" for c in _verdict(m, [b], "2024-10-29T12:00:00+00:00").contributions)


# -- a light verb carries the act in its noun ---------------------------------------------------------

_LEQEMBI = "Will the FDA grant traditional (full) approval to Leqembi by July 31, 2023?"


def test_granting_approval_is_approving_with_its_qualifier():
    t = derive_target(news_market(_LEQEMBI, "2023-07-31T23:59:59-04:00"))
    assert t.act == "approve" and t.object_terms == ["leqembi"] and t.complement_terms == ["traditional", "full"]


def test_converted_to_traditional_approval_is_the_grant():
    # https://www.mlo-online.com/disease/article/53065458/fda-converts-novel-alzheimers-disease-treatment-to-traditional-approval
    m = news_market(_LEQEMBI, "2023-07-31T23:59:59-04:00",
                    "This market will resolve to \"Yes\" if the U.S. Food and Drug Administration grants traditional "
                    "approval to Eisai and Biogen's Alzheimer's drug Leqembi (lecanemab), converting its accelerated "
                    "approval, between June 1, 2023 and July 31, 2023, 11:59 PM ET.")
    a = article("The U.S. Food and Drug Administration converted Leqembi (lecanemab-irmb), indicated to treat adult "
                "patients with Alzheimer’s Disease, to traditional approval following a determination that a "
                "confirmatory trial verified clinical benefit.", published="2023-07-07T12:00:00-04:00")
    assert decided(_verdict(m, [a], "2023-07-08T12:00:00+00:00")) == "likely-yes"


def test_another_kind_of_approval_is_not_the_grant():
    # https://www.fox16.com/donna-terrells-family-health/alzheimers-drug-gets-fda-panel-approval/
    m = news_market(_LEQEMBI, "2023-07-31T23:59:59-04:00")
    a = article("The FDA gave accelerated approval back in January, so it’s already available to some patients.",
                title="Alzheimer's drug gets FDA panel approval", published="2023-06-12T12:00:00-05:00")
    assert decided(_verdict(m, [a], "2023-06-13T12:00:00+00:00")) != "likely-yes"


def test_the_light_verb_itself_still_reports_the_act():
    # https://www.ascp.org/news/external-news/industry-news/2025/05/19/FDA-Grants-Full-Approval-To-Novavax-s-COVID-19-Vaccine-But-With-New-Restrictions
    m = news_market("Will the FDA grant full approval to Novavax's COVID-19 vaccine by May 31, 2025?",
                    "2025-05-31T23:59:59-04:00")
    a = article("", title="FDA Grants Full Approval To Novavax's COVID-19 Vaccine, But With New Restrictions",
                published="2025-05-19T12:00:00-05:00")
    assert decided(_verdict(m, [a], "2025-05-20T12:00:00+00:00")) == "likely-yes"
