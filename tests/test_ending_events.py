"""Stays-true markets whose state has an object of its own, ended by an event told in other
words (resolver/engine/ending_events.py): a stock that ceased trading, a ban that has come into
force, a shortage listed as resolved, an ambassador recalled — on verbatim corpus sentences (each
names its batch) — and the same events announced for later, which end nothing yet."""

from resolver.engine import evaluate_market
from tests.conftest import decided, news_article as article, news_market as market, ts
from tests.test_state_endings import ended


WALGREENS = market("Will Walgreens Boots Alliance remain listed on Nasdaq through December 31, 2025?",
                   "2025-12-31T23:59:59-05:00",
                   "This market will resolve to \"Yes\" if Walgreens Boots Alliance common stock (WBA) remains listed "
                   "and trading on the Nasdaq continuously from market creation through December 31, 2025. If the "
                   "stock is delisted or ceases trading at any point before then, this market will resolve to \"No\".")
# batch-32, Walgreens take-private (ainvest.com)
CEASED = article("https://www.ainvest.com/news/walgreens-transitions-private-ownership", "2025-08-28T13:26:00-04:00",
                 "Walgreens Transitions to Private Ownership Under Sycamore Partners",
                 "The acquisition by Sycamore Partners Management, L.P. was finalized on August 28, 2025, with WBA's "
                 "common stock ceasing to trade on the Nasdaq [1].")


def test_a_stock_that_ceased_trading_is_no_longer_listed():
    v = evaluate_market(WALGREENS, [CEASED], ts("2025-08-29T00:00:00+00:00"))
    assert decided(v) == "likely-no" and "ceasing to trade" in ended(v)[0].reason


CREDIT_SUISSE = market("Will Credit Suisse Group shares remain listed on the SIX Swiss Exchange through June 30, 2023?",
                       "2023-06-30T23:59:59+02:00",
                       "This market will resolve to \"Yes\" if Credit Suisse Group shares remain listed on the SIX "
                       "Swiss Exchange through June 30, 2023. If they are delisted before then, it resolves \"No\".")
# batch-15, UBS takeover announcement
WILL_BE_DELISTED = article("https://example.org/ubs-credit-suisse", "2023-06-05T12:00:00+02:00", "",
                           "Upon completion, Credit Suisse shares and American Depositary Shares (ADS) will be "
                           "delisted from the SIX Swiss Exchange and the New York Stock Exchange.")


def test_a_delisting_announced_for_later_ends_nothing():
    v = evaluate_market(CREDIT_SUISSE, [WILL_BE_DELISTED], ts("2023-06-06T18:00:00+00:00"))
    assert not ended(v)


TOSHIBA = market("Will Toshiba remain listed on the Tokyo Stock Exchange through December 31, 2023?",
                 "2023-12-31T23:59:59+09:00",
                 "This market will resolve to \"Yes\" if Toshiba shares remain listed on the Tokyo Stock Exchange "
                 "through December 31, 2023.")
# batch-22, Toshiba delisting date
DELISTED_ON_DATE = article("https://example.org/toshiba", "2023-11-23T00:00:00+09:00", "",
                           "Japan's Toshiba Corporation said on Thursday it will be delisted from the Tokyo Stock "
                           "Exchange on Dec. 20, ending its 74-year-long history as a public company, as it seeks to "
                           "rebuild itself following a takeover bid.")


def test_a_delisting_said_to_come_is_not_read_as_done():
    v = evaluate_market(TOSHIBA, [DELISTED_ON_DATE], ts("2023-11-24T00:00:00+00:00"))
    assert not [c for c in ended(v) if "delisted" in c.reason]


VAPES = market("Will it remain legal to sell disposable vapes in the UK through June 30, 2025?",
               "2025-06-30T23:59:59+01:00",
               "This market will resolve to \"Yes\" if retail sale of single-use (disposable) vapes remains legal "
               "across the UK at all times through June 30, 2025. If a ban on selling disposable vapes takes effect "
               "in the UK before that date, this market will resolve to \"No\".")
# batch-36, upday.com
BAN_IN_FORCE = article("https://www.upday.com/uk/disposable-vapes-ban-comes-into-force", "2025-06-01T00:00:00+01:00",
                       "", "A ban on disposable vapes across the UK has come into force, as the Government continues "
                       "its crackdown on nicotine.")
# batch-36, a ban on something else announced for later
OTHER_BAN = article("https://example.org/tv-9pm-ban", "2025-06-01T00:00:00+01:00", "",
                    "The government has confirmed the exact date that the new TV '9pm ban' will come into force.")


def test_a_ban_in_force_ends_legality():
    v = evaluate_market(VAPES, [BAN_IN_FORCE], ts("2025-06-02T00:00:00+00:00"))
    assert decided(v) == "likely-no" and "come into force" in ended(v)[0].reason


def test_a_ban_to_come_into_force_on_something_else_ends_nothing():
    v = evaluate_market(VAPES, [OTHER_BAN], ts("2025-06-02T00:00:00+00:00"))
    assert not ended(v)


TIRZEPATIDE = market("Will tirzepatide injection remain listed as 'currently in shortage' on the FDA Drug Shortage "
                     "List through October 31, 2024?", "2024-10-31T23:59:59-04:00",
                     "This market will resolve to \"Yes\" if tirzepatide injection (Mounjaro, Zepbound) remains listed "
                     "as 'currently in shortage' on the FDA Drug Shortage List continuously through October 31, 2024. "
                     "If the FDA lists the shortage as resolved at any time before then, this market will resolve "
                     "to \"No\".")
# batch-24, a4pc.org
RESOLVED = article("https://a4pc.org/?p=10782", "2024-10-02T00:00:00-04:00", "",
                   "October 2, 2024 – As of this afternoon, the FDA Drug Shortage List is showing that the shortage of "
                   "tirzepatide injection is \"resolved.\"")
UNTIL_RESOLVED = article("https://example.org/compounding", "2024-10-02T00:00:00-04:00", "",
                         "Pharmacies may keep compounding tirzepatide injection until the shortage is resolved.")


def test_a_shortage_listed_as_resolved_ends_the_listing():
    v = evaluate_market(TIRZEPATIDE, [RESOLVED], ts("2024-10-03T12:00:00+00:00"))
    assert decided(v) == "likely-no" and "resolved" in ended(v)[0].reason


def test_a_shortage_resolved_only_as_a_time_to_come_ends_nothing():
    v = evaluate_market(TIRZEPATIDE, [UNTIL_RESOLVED], ts("2024-10-03T12:00:00+00:00"))
    assert not ended(v)


AMBASSADOR = market("Will Israel's ambassador to Ireland remain at post in Dublin through May 31, 2024?",
                    "2024-05-31T23:59:59+01:00",
                    "This market will resolve to \"Yes\" if Israel's ambassador to Ireland remains at post in Dublin, "
                    "without being recalled or withdrawn, continuously from May 1, 2024 through May 31, 2024.")
# batch-29, newsukraine.rbc.ua
RECALLED = article("https://newsukraine.rbc.ua/news/norway-spain-ireland-decide-to-recognize-1716367394",
                   "2024-05-22T08:43:00+00:00", "",
                   "Israel recalled its ambassadors from Ireland and Norway in response to their decision to recognize "
                   "the Palestinian state.")
THREAT = article("https://example.org/threat", "2024-05-22T08:43:00+00:00", "",
                 "Israel threatened to recall its ambassadors from Ireland and Norway.")


def test_an_ambassador_recalled_is_no_longer_at_post():
    v = evaluate_market(AMBASSADOR, [RECALLED], ts("2024-05-23T12:00:00+00:00"))
    assert decided(v) == "likely-no" and "recalled" in ended(v)[0].reason


def test_a_threat_to_recall_ends_nothing():
    v = evaluate_market(AMBASSADOR, [THREAT], ts("2024-05-23T12:00:00+00:00"))
    assert not ended(v)


NVIDIA = market("Will Nvidia remain the world's most valuable publicly traded company through June 30, 2024?",
                "2024-06-30T23:59:59-04:00",
                "This market will resolve to \"Yes\" if, having become the world's most valuable listed company on "
                "June 18, 2024, Nvidia's market capitalization stays above that of every other listed company at "
                "every daily close through June 30, 2024. If another company regains the top spot at any close in "
                "that period, this market will resolve to \"No\".")
# batch-24, eastcoastdaily.in headline
REGAINS = article("https://www.eastcoastdaily.in/2024/06/21/microsoft-regains-position-as-worlds-most-valuable-company",
                  "2024-06-21T00:00:00+05:30", "Microsoft Regains Position As World's Most Valuable Company", "")
# batch-24, the holder taking the rank (same article)
HOLDER_TOOK_IT = article("https://example.org/nvidia-flips", "2024-06-21T00:00:00+05:30", "",
                         "Just one day after Nvidia briefly surpassed Microsoft to become the world’s most valuable "
                         "company, Nvidia’s shares fell by more than three percent on Thursday.")


def test_another_regaining_the_top_rank_ends_the_holders():
    v = evaluate_market(NVIDIA, [REGAINS], ts("2024-06-22T12:00:00+00:00"))
    assert decided(v) == "likely-no" and "Regains" in ended(v)[0].reason


def test_the_holder_surpassing_another_ends_nothing():
    v = evaluate_market(NVIDIA, [HOLDER_TOOK_IT], ts("2024-06-22T12:00:00+00:00"))
    assert not ended(v)


APPLE = market("Will Apple remain the world's most valuable company through January 31, 2024?",
               "2024-01-31T23:59:59-05:00",
               "This market will resolve to \"Yes\" if Apple has the largest market capitalization of any listed "
               "company at every daily close through January 31, 2024.")
# batch-21 (Microsoft overtakes Apple)
OVERTOOK = article("https://example.org/microsoft-overtakes-apple", "2024-01-12T00:00:00+00:00", "",
                   "Microsoft overtook Apple as the world’s most valuable company on Thursday after Apple’s shares "
                   "made a weak start to 2024 due to concerns from some analysts over iPhone demand.")


def test_the_holder_overtaken_loses_the_rank():
    v = evaluate_market(APPLE, [OVERTOOK], ts("2024-01-13T00:00:00+00:00"))
    assert decided(v) == "likely-no" and "overtook" in ended(v)[0].reason


KEJELCHA = market("Will Yomif Kejelcha's half marathon world record of 57:30 still stand on March 1, 2025?",
                  "2025-03-01T23:59:59+00:00",
                  "This market will resolve to \"Yes\" if no man runs a half marathon faster than Yomif Kejelcha's world "
                  "record of 57:30 in a record-eligible race between market creation and March 1, 2025. If any "
                  "athlete runs faster than 57:30 in that period, this market will resolve to \"No\".")
# batch-32, graphic.com.gh
ECLIPSED = article("https://www.graphic.com.gh/sports/sports-news/ugandas-kiplimo-shatters-half-marathon-record.html",
                   "2025-02-17T00:00:00+00:00", "",
                   "The 24-year-old ran 56 minutes and 42 seconds to eclipse Ethiopian Yomif Kejelcha's previous world "
                   "record of 57:30 minutes set in Valencia in October.")
# an intent, no figure achieved (not from the corpus: the guard's point is the missing figure)
AIMS = article("https://example.org/aims", "2025-02-17T00:00:00+00:00", "",
               "Kiplimo said he wanted to eclipse Ethiopian Yomif Kejelcha's previous world record of 57:30.")


def test_a_record_eclipsed_by_a_time_run_no_longer_stands():
    v = evaluate_market(KEJELCHA, [ECLIPSED], ts("2025-02-18T00:00:00+00:00"))
    assert decided(v) == "likely-no" and "eclipse" in ended(v)[0].reason


def test_wanting_to_break_a_record_ends_nothing():
    v = evaluate_market(KEJELCHA, [AIMS], ts("2025-02-18T00:00:00+00:00"))
    assert not ended(v)


EAST = market("Will China's EAST tokamak still hold the world record for tokamak plasma duration on March 1, 2025?",
              "2025-03-01T23:59:59+00:00",
              "This market will resolve to \"Yes\" if China's EAST (Experimental Advanced Superconducting Tokamak) "
              "continuously holds the world record for the longest plasma duration achieved in a tokamak from market "
              "creation through March 1, 2025. If any other tokamak is reported to have sustained a longer plasma "
              "before then, this market will resolve to \"No\".")
# batch-32, futuretimeline.net
NEW_RECORD = article("https://www.futuretimeline.net/blog/2025/02/20-nuclear-fusion-future-timeline.htm",
                     "2025-02-20T00:00:00+00:00", "",
                     "The WEST tokamak in France has maintained plasma for 1,337 seconds, a new world record duration "
                     "for nuclear fusion and 25% longer than a similar effort by China last month.")


def test_another_setting_a_new_world_record_in_the_field_ends_the_holders():
    v = evaluate_market(EAST, [NEW_RECORD], ts("2025-02-21T00:00:00+00:00"))
    assert decided(v) == "likely-no" and "new world record" in ended(v)[0].reason


DEATH_VALLEY = market("Will Death Valley's all-time high temperature record of 134°F remain unbroken through August 31, "
                      "2024?", "2024-08-31T23:59:59-07:00",
                      "This market will resolve to \"Yes\" if no temperature above 134°F is officially recorded at Death "
                      "Valley through August 31, 2024.")
# batch-36: another place breaking its own record
OWN_RECORD = article("https://example.org/death-valley-summer", "2024-09-01T00:00:00-07:00", "",
                     "While Death Valley didn’t surpass its official and disputed all-time record of 134 degrees this "
                     "summer, Las Vegas broke its all-time record with a temperature of 120 degrees.")


def test_another_place_breaking_its_own_record_ends_nothing():
    v = evaluate_market(DEATH_VALLEY, [OWN_RECORD], ts("2024-09-02T00:00:00+00:00"))
    assert not ended(v)


def test_still_stand_and_still_hold_a_record_ask_for_a_state():
    from resolver.engine.shapes import record_standing
    assert record_standing("Yomif Kejelcha's half marathon world record of 57:30 still stand on March 1, 2025") \
        == "Yomif Kejelcha's half marathon world record of 57:30 remain unbroken on March 1, 2025"
    assert record_standing("China's EAST tokamak still hold the world record for tokamak plasma duration on March 1") \
        == "China's EAST tokamak remain the holder of the world record for tokamak plasma duration on March 1"
    # a title defended in contests is not a record: left as it is
    assert record_standing("Australia still hold the Ashes at the end of the 2023 Ashes series in England") \
        == "Australia still hold the Ashes at the end of the 2023 Ashes series in England"


# a break told as background, dated long before the article (not from the corpus: the date is the point)
BACKGROUND = article("https://example.org/background", "2025-02-17T00:00:00+00:00", "",
                     "In March 2023 a rival ran 57 minutes and 2 seconds to eclipse Ethiopian Yomif Kejelcha's previous "
                     "world record of 57:30.")


def test_a_break_dated_long_before_the_article_is_background():
    v = evaluate_market(KEJELCHA, [BACKGROUND], ts("2025-02-18T00:00:00+00:00"))
    assert not ended(v)
