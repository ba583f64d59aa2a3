"""A reading that matches the market's words with another scope (precision), on sentences published
verbatim (each names its dev batch and source page):

- an acquittal on the counts it names, in a report that tells a sentence on another count, is a
  partial verdict, not the verdict the other way (batch-31);
- a superlative narrowed by a qualifier the question lacks ('the most valuable Modern artwork') or
  ranked below the top ('the second-most expensive') is not the question's superlative (batch-32);
- another body's decision is not the decision a market asks of its own body (batch-35);
- an intensity class on a scale ('Severe Typhoon') below the one asked ('at super typhoon
  intensity') does not meet it (batch-16);
- an object approached ('reached 4793 close to that all-time high') is not reached (batch-19).
Guards show each reading does not over-reach."""

from resolver.engine import evaluate_market
from tests.conftest import decided, news_article as article, news_market as market, ts

CASTILLO = market("Will Pedro Castillo be convicted over his December 2022 attempt to dissolve Peru's Congress by "
                  "December 31, 2025?", "2025-12-31T23:59:59-05:00",
                  "This market will resolve to \"Yes\" if a Peruvian court convicts former President Pedro Castillo of "
                  "at least one criminal charge arising from his December 7, 2022 attempt to dissolve Congress (such as "
                  "rebellion, conspiracy to commit rebellion, abuse of power or disturbance of public order) by December "
                  "31, 2025, 11:59 PM Lima time. Otherwise, this market will resolve to \"No\".")
# batch-31: https://voz.us/en/world/251127/31419/peru-former-president-pedro-castillo-sentenced-to-more-than-11-years-in-prison-for-the-crime-of-rebellion.html
ACQUITTED_OF_SOME = "Castillo, 56, was acquitted of charges of abuse of power and disturbing public order."
SENTENCED = "Peru former president Pedro Castillo sentenced to more than 11 years in prison for the crime of rebellion"
URL31 = "https://voz.us/en/world/251127/31419/peru-former-president-pedro-castillo-sentenced.html"


def test_an_acquittal_on_named_counts_beside_a_sentence_is_not_the_other_way():
    v = evaluate_market(CASTILLO, [article(URL31, "2025-11-27T00:00:00-05:00", SENTENCED, ACQUITTED_OF_SOME)],
                        ts("2025-11-28T12:00:00+00:00"))
    assert decided(v) != "likely-no"
    assert any("partial verdict" in c.reason for c in v.contributions)


def test_guard_an_acquittal_with_no_conviction_told_is_still_the_other_way():
    v = evaluate_market(CASTILLO, [article(URL31, "2025-11-27T00:00:00-05:00", "Verdict in Lima", ACQUITTED_OF_SOME)],
                        ts("2025-11-28T12:00:00+00:00"))
    assert decided(v) == "likely-no"


def test_guard_an_acquittal_of_all_charges_is_still_the_other_way():
    v = evaluate_market(CASTILLO, [article(URL31, "2025-11-27T00:00:00-05:00", SENTENCED.replace("sentenced", "tried"),
                                           "Castillo, 56, was acquitted of all charges.")],
                        ts("2025-11-28T12:00:00+00:00"))
    assert decided(v) == "likely-no"


KLIMT = market("Will Klimt's \"Portrait of Elisabeth Lederer\" become the most expensive artwork ever sold at auction?",
               "2025-11-30T23:59:59-05:00",
               "This market will resolve to \"Yes\" if Gustav Klimt's \"Portrait of Elisabeth Lederer\" sells at auction "
               "in November 2025 for a price exceeding the all-time public auction record for any artwork. Otherwise, "
               "this market will resolve to \"No\".")
# batch-32: https://www.anews.com.tr/art/2025/11/19/gustav-klimt-portrait-sells-for-2364m-sets-record-for-modern-artwork-at-auction
MODERN = ("Portrait of Elisabeth Lederer (1914) also became the most valuable Modern artwork ever sold at auction, "
          "according to artnet.")
URL32 = "https://www.anews.com.tr/art/2025/11/19/gustav-klimt-portrait-sells"


def _klimt(text: str):
    return evaluate_market(KLIMT, [article(URL32, "2025-11-19T00:00:00+03:00", "", text)], ts("2025-11-20T00:00:00+00:00"))


def test_a_superlative_narrowed_by_a_qualifier_is_not_the_questions():
    v = _klimt(MODERN)
    assert decided(v) == "undetermined"
    assert any("narrower class ('Modern')" in c.reason for c in v.contributions)


def test_a_lower_rank_of_the_superlative_is_not_the_top():
    v = _klimt("Portrait of Elisabeth Lederer (1914) became the second-most expensive artwork ever sold at auction.")
    assert decided(v) != "likely-yes"


def test_guard_the_questions_own_superlative_still_confirms():
    v = _klimt("Portrait of Elisabeth Lederer (1914) also became the most expensive artwork ever sold at auction, "
               "according to artnet.")
    assert decided(v) == "likely-yes"


FCC = market("Will the FCC approve Charter's acquisition of Cox Communications by March 31, 2026?",
             "2026-03-31T23:59:59-04:00",
             "This market will resolve to \"Yes\" if the Federal Communications Commission (including by bureau-level "
             "order) approves the transfer of control of Cox Communications' licenses to Charter Communications by "
             "March 31, 2026. Otherwise, \"No\".")
CLOSE = market("Will Charter complete its acquisition of Cox Communications by March 31, 2026?",
               "2026-03-31T23:59:59-04:00",
               "This market will resolve to \"Yes\" if Charter Communications' acquisition of Cox Communications is "
               "completed (closed) by March 31, 2026, 11:59 PM ET. Regulatory approvals alone do not count. "
               "Otherwise, \"No\".")
# batch-35: https://broadbandbreakfast.com/charter-warns-california-delay-could-jeopardize-cox-merger-timeline
CPUC = article("https://broadbandbreakfast.com/charter-warns-california-delay-could-jeopardize-cox-merger-timeline",
               "2026-02-24T00:00:00-05:00", "charter warns california delay could jeopardize cox merger timeline",
               "WASHINGTON, Feb. 24, 2026 – Charter Communications urged the California Public Utilities Commission to "
               "issue a decision on its proposed acquisition of Cox Communications by July 16, 2026, citing the "
               "expiration of federal merger clearance later this year.")


def test_another_bodys_decision_is_not_the_market_bodys_prerequisite():
    v = evaluate_market(FCC, [CPUC], ts("2026-02-28T00:00:00+00:00"))
    assert decided(v) == "undetermined"
    assert any("California Public Utilities Commission's decision" in c.reason for c in v.contributions)


def test_guard_a_decision_still_pending_delays_the_completion():
    v = evaluate_market(CLOSE, [CPUC], ts("2026-03-03T00:00:00+00:00"))
    assert decided(v) == "likely-no"


RAGASA = market("Will Typhoon Ragasa make landfall in mainland China at super typhoon intensity?",
                "2025-09-26T23:59:59+08:00",
                "This market will resolve to \"Yes\" if Ragasa is classified as a super typhoon by the Hong Kong "
                "Observatory or the China Meteorological Administration at the time of its landfall on the coast of "
                "mainland China. Landfalls elsewhere (for example in the Philippines or Taiwan) do not count. Otherwise, "
                "this market will resolve to \"No\".")
# batch-16: https://www.chinadailyhk.com/article/620479
LANDFALL_TITLE = "HKO: T8 to stay till 8 pm as Ragasa makes landfall in western Guangdong"
SEVERE = ("The No 8 southeast gale or storm signal will remain in force until 8 pm on Wednesday as Severe Typhoon Ragasa "
          "was departing from Hong Kong and had made landfall over Yangjiang in western Guangdong province, the Hong "
          "Kong Observatory said.")
URL16 = "https://www.chinadailyhk.com/article/620479"


def test_a_weaker_intensity_class_does_not_meet_the_asked_one():
    v = evaluate_market(RAGASA, [article(URL16, "2025-09-24T18:10:00+08:00", LANDFALL_TITLE, SEVERE)],
                        ts("2025-09-25T06:00:00+00:00"))
    assert decided(v) != "likely-yes"
    assert any("weaker than a super typhoon" in c.reason for c in v.contributions)


def test_guard_the_asked_class_still_confirms():
    v = evaluate_market(RAGASA, [article(URL16, "2025-09-24T18:10:00+08:00", LANDFALL_TITLE,
                                         SEVERE.replace("Severe Typhoon", "Super Typhoon"))],
                        ts("2025-09-25T06:00:00+00:00"))
    assert decided(v) == "likely-yes"


SP500 = market("Will the S&P 500 set a new record closing high by January 19, 2024?", "2024-01-19T16:00:00-05:00",
               "This market will resolve to \"Yes\" if the S&P 500 index records an official daily close above its "
               "previous record close of 4,796.56 (January 3, 2022) on any trading day through January 19, 2024. "
               "Intraday highs do not count. Otherwise, this market will resolve to \"No\".")
# batch-19: https://www.forexlive.com/technical-analysis/sp-index-moves-closer-to-all-time-high-closing-level-20240110
NEAR = ("The high-priced reached near the end of December reached 4793 close to that all-time high, but the price "
        "backed off.")
URL19 = "https://www.forexlive.com/technical-analysis/sp-index-moves-closer-to-all-time-high-closing-level-20240110"


def test_an_object_approached_is_not_reached():
    v = evaluate_market(SP500, [article(URL19, "2024-01-10T00:00:00-05:00", "", NEAR)], ts("2024-01-19T17:00:00+00:00"))
    assert decided(v) == "undetermined"
    assert any("near the object" in c.reason for c in v.contributions)


def test_guard_an_object_reached_still_confirms():
    v = evaluate_market(SP500, [article(URL19, "2024-01-10T00:00:00-05:00", "",
                                        "The index reached a new all-time high closing level on Tuesday.")],
                        ts("2024-01-19T17:00:00+00:00"))
    assert decided(v) == "likely-yes"


def test_one_of_the_superlatives_and_a_class_after_the_noun_are_not_the_top():
    assert decided(_klimt("Portrait of Elisabeth Lederer (1914) became one of the most expensive artworks ever sold at "
                  "auction.")) != "likely-yes"
    assert decided(_klimt("Portrait of Elisabeth Lederer (1914) became the most expensive artwork by a woman ever sold at "
                  "auction.")) != "likely-yes"
    assert decided(_klimt("Portrait of Elisabeth Lederer (1914) became the most expensive artwork ever sold in Asia."
                  )) != "likely-yes"


def test_guard_at_least_is_no_superlative():
    from resolver.engine.narrowed import narrower_superlative
    from resolver.engine.text import make_sentence
    sent = make_sentence("The party won at least 12 more seats in the vote.", 1)
    assert narrower_superlative("Will the party win at least 10 seats?", sent, 1) is None
