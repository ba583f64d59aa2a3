"""A question's light verb or multi-word predicate names its act by the words after it ('come
into force', 'be taken into custody', 'strike down'), not by the light verb; a phrase in a
subordinate clause ('before it takes effect') and a copula in a ruling's that-clause ('rule that
civilians cannot be tried') do not name the question's act. Questions and sentences verbatim
from the dev batches named above each."""

from resolver.engine import evaluate_market
from resolver.engine.complement import other_title
from resolver.engine.derive import derive_target
from resolver.engine.text import article_sentences
from resolver.engine.verb_aspect import aspect
from tests.conftest import news_article as article, news_market as market, ts

# batch-31, b31-central-asia-junction-treaty-in-force (astanatimes.com)
TREATY = market("Will the trilateral Kyrgyzstan–Tajikistan–Uzbekistan treaty on the junction point of their borders "
                "enter into force by June 30, 2025?", "2025-06-30T23:59:59+05:00",
                "This market will resolve to \"Yes\" if the Treaty between Kyrgyzstan, Tajikistan and Uzbekistan on "
                "the Junction Point of their State Borders, signed in Khujand on March 31, 2025, enters into force, "
                "including through the exchange of instruments of ratification among all three states, by June 30, "
                "2025, 11:59 PM Dushanbe time (UTC+5). Otherwise, this market will resolve to \"No\".")
SIGNED = ("ASTANA – President Sadyr Japarov of the Kyrgyz Republic, President Emomali Rahmon of Tajikistan, and "
          "President Shavkat Mirziyoyev of Uzbekistan signed the Treaty on the Junction Point of State Borders and "
          "the Khujand Declaration on Eternal Friendship on March 31.")

# batch-05, b05-israel-hezbollah-ceasefire-in-effect (devdiscourse.com, 24.kg)
CEASEFIRE = market("Will a ceasefire between Israel and Hezbollah take effect by November 30, 2024?",
                   "2024-11-30T23:59:59+02:00",
                   "This market will resolve to \"Yes\" if a ceasefire agreed between Israel and Hezbollah (including "
                   "via the government of Lebanon) formally takes effect by November 30, 2024. Otherwise, this market "
                   "will resolve to \"No\".")
COMMENCED = "The ceasefire commenced early Wednesday morning, ceasing all military activities."
SET_TO = "The truce is set to take effect at 4 a.m. (local time) on November 27."

# batch-31, b31-uganda-supreme-court-bars-military-trials (ewn.co.za)
UGANDA = market("Will Uganda's Supreme Court rule that civilians cannot be tried in military courts by February 15, "
                "2025?", "2025-02-15T23:59:59+03:00",
                "This market will resolve to \"Yes\" if the Supreme Court of Uganda issues a ruling holding that the "
                "trial of civilians by military courts (such as the General Court Martial) is unconstitutional or "
                "otherwise not permitted, by February 15, 2025, 11:59 PM Kampala time. A ruling upholding military "
                "jurisdiction over civilians resolves to \"No\". Otherwise, this market will resolve to \"No\".")
RULED = ("KAMPALA - Uganda's Supreme Court ruled Friday that it was unconstitutional for civilians to be tried in "
         "military courts, raising hopes that the treason trial of ex-presidential candidate Kizza Besigye may be "
         "stopped.")


def _acts(question: str) -> str | None:
    return derive_target(market(question, "2025-12-31T23:59:59+00:00")).act


def test_into_force_and_take_effect_are_their_own_act_not_a_beginning():
    assert derive_target(TREATY).act == "take-effect"
    assert derive_target(CEASEFIRE).act == "take-effect"
    # batch-36, b36-uk-junk-food-ad-ban-legal-by-oct1-2025
    assert _acts("Will the UK's legal ban on junk food TV adverts before 9pm come into force by October 1, 2025?") \
        == "take-effect"


def test_a_signed_treaty_is_not_a_treaty_in_force():
    v = evaluate_market(TREATY, [article("https://astanatimes.com/2025/04/central-asian-leaders-sign", "2025-04-01T00:00:00+05:00",
                                         "", SIGNED)], ts("2025-04-02T00:00:00+00:00"))
    assert v.verdict != "likely-yes"


def test_a_ceasefire_that_commenced_took_effect_and_one_set_to_did_not():
    done = evaluate_market(CEASEFIRE, [article("https://www.devdiscourse.com/article/x", "2024-11-27T00:00:00+05:30",
                                               "", COMMENCED)], ts("2024-11-28T12:00:00+00:00"))
    assert done.verdict == "likely-yes"
    planned = evaluate_market(CEASEFIRE, [article("https://24.kg/english/x", "2024-11-27T00:00:00+06:00", "", SET_TO)],
                              ts("2024-11-26T20:00:00+00:00"))
    assert planned.verdict != "likely-yes"


def test_was_to_have_come_into_effect_is_a_plan_not_done():
    # batch-36, b36-uk-junk-food-ad-ban (shropshirestar.com)
    s = article_sentences("", "The delay to the ban, which was to have come into effect from October, comes as "
                              "ministers prepare to amend legislation to ensure brand-only advertising, which does "
                              "not show specific HFSS products, is not caught under the rules.")[0]
    k = next(i for i, t in enumerate(s.tokens) if t.lower == "come")
    assert aspect(s, k, "come") == "future"


def test_taken_into_custody_is_an_arrest_not_a_win():
    t = derive_target(market("Will former Brazilian president Fernando Collor be taken into custody to serve his "
                             "sentence by April 30, 2025?", "2025-04-30T23:59:59-03:00"))  # batch-31
    assert t.act == "arrest" and "Collor" in (t.object or "")
    # guard: a noun after a possessive is no act ('Collor's arrest order'; batch-31)
    assert _acts("Will a majority of Brazil's Supreme Court vote to uphold Fernando Collor's arrest order by April "
                 "30, 2025?") == "vote"


def test_a_phrase_in_a_subordinate_clause_is_not_the_act():
    # batch-35, b35-arkansas-ten-commandments-blocked-before-aug5-2025
    assert _acts("Will a federal court block enforcement of Arkansas' Ten Commandments school display law (Act 573) "
                 "before it takes effect on August 5, 2025?") == "block"
    # guard: the question's own 'take effect' (base form after 'Will'; batch-04)
    assert _acts("Will the additional 25% US tariff on Indian goods take effect by August 31, 2025?") == "take-effect"


def test_strike_down_is_overturning():
    # batch-21, b21-israel-court-strikes-reasonableness-law
    t = derive_target(market("Will Israel's Supreme Court strike down the 'reasonableness' amendment to the Basic Law "
                             "by January 31, 2024?", "2024-01-31T23:59:59+02:00"))
    assert t.act == "overturn" and t.object_terms[0] == "reasonableness"


def test_rule_that_is_a_ruling_with_its_finding():
    t = derive_target(UGANDA)
    assert t.act == "rule" and "civilian" in t.complement_terms
    v = evaluate_market(UGANDA, [article("https://ewn.co.za/2025/01/31/hope-for-uganda", "2025-01-31T00:00:00+02:00", "",
                                         RULED)], ts("2025-02-01T00:00:00+00:00"))
    assert v.verdict == "likely-yes"


def test_a_ruling_the_other_way_does_not_confirm():
    # guard: RULED with its finding turned round ('constitutional' for 'unconstitutional')
    other = RULED.replace("unconstitutional", "constitutional")
    v = evaluate_market(UGANDA, [article("https://ewn.co.za/2025/01/31/x", "2025-01-31T00:00:00+02:00", "", other)],
                        ts("2025-02-01T00:00:00+00:00"))
    assert v.verdict != "likely-yes"


# batch-36, b36-storm-darragh-ireland-300k-without-power (massachusettsexpress.com)
DARRAGH = market("Will more than 300,000 homes and businesses in Ireland lose power during Storm Darragh?",
                 "2024-12-08T23:59:59+00:00",
                 "This market will resolve to \"Yes\" if credible reporting states that more than 300,000 homes, "
                 "businesses or properties in the Republic of Ireland were without electricity at any point during "
                 "Storm Darragh (December 6-8, 2024). Otherwise, this market will resolve to \"No\".")
FLIGHTS = ("In Ireland, nearly 400,000 properties were without power and some flights at Dublin Airport were "
           "cancelled.")


def test_lose_power_is_losing_and_cancelled_flights_do_not_call_it_off():
    assert derive_target(DARRAGH).act == "lose"
    v = evaluate_market(DARRAGH, [article("https://www.massachusettsexpress.com/2024/12/08/x", "2024-12-08T00:00:00-05:00",
                                          "", FLIGHTS)], ts("2024-12-08T18:00:00+00:00"))
    assert v.verdict != "likely-no"


def test_shut_down_takes_its_object_after_the_particle():
    # batch-36, b36-skype-shut-down-by-may31-2025
    t = derive_target(market("Will Microsoft shut down Skype by May 31, 2025?", "2025-05-31T23:59:59+00:00"))
    assert t.act == "shut" and t.object == "Skype"


def test_a_treaty_named_by_another_title_is_another_treaty():
    # batch-31, b31-central-asia-junction-treaty-in-force (astanatimes.com): the bilateral alliance
    # treaty took effect, not the trilateral junction-point one
    took = "Uzbekistan-Tajikistan Alliance Treaty officially takes effect"
    v = evaluate_market(TREATY, [article("https://astanatimes.com/2025/04/central-asian-leaders-sign", "2025-04-01T00:00:00+05:00",
                                         "", took)], ts("2025-04-02T00:00:00+00:00"))
    assert v.verdict != "likely-yes"
    # guard: the market's own treaty, named with 'the' before it, is not another one
    s = article_sentences("", SIGNED)[0]
    k = next(i for i, t in enumerate(s.tokens) if t.text == "Treaty")
    assert other_title(TREATY.question, s, [k]) is None
