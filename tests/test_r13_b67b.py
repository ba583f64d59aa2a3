"""Readings of batch 67's misses, second pass (thirteenth round, r13-b67b): a currency mark with a
place's capitals glued to its dollar sign or a code before the number ('HK$17', 'SAR27.25') names
that currency, never the U.S. dollar (currency_marks.py); and a market asking the price an
offering is set at reads the price told as set, once, either way (offer_prices.py). Sentences
verbatim from the development corpus; each names its case."""

from resolver.engine import currency_marks, evaluate_market, offer_prices, quantities
from resolver.engine.derive import derive_target
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if (c.base_rule or c.rule) in rules and c.weight]


# b67-xiaomi-ipo-price-hk20-no
XIAOMI_Q = "Will Xiaomi price its 2018 Hong Kong IPO at HK$20 or more per share?"
XIAOMI_C = ("This market will resolve to \"Yes\" if the final offer price of Xiaomi Corp's 2018 Hong Kong initial public "
            "offering is HK$20.00 or more per share. Otherwise, this market will resolve to \"No\".")
XIAOMI = ("HONG KONG (Reuters) - Chinese smartphone maker Xiaomi Corp priced its Hong Kong initial public offering (IPO) "
          "at the bottom of an indicative range, Thomson Reuters publication IFR reported on Friday, citing sources close "
          "to the transaction.\n\nXiaomi priced its share offering at HK$17 per share ($2.17), the bottom of a price range "
          "of HK$17 to HK$22, according to IFR. The company planned to sell 2.18 billion shares.")


def _xiaomi(text=XIAOMI, title="China's Xiaomi prices Hong Kong IPO at bottom of range - IFR", question=XIAOMI_Q,
            as_of="2018-07-10T12:00:00+00:00"):
    m = market(question, "2018-07-09T23:59:59+08:00", XIAOMI_C)
    a = article("https://business-standard.com/article/reuters/china-s-xiaomi-prices-hong-kong-ipo-at-bottom-of-range-"
                "ifr-118062900179_1.html", "2018-06-29T09:57:00+05:30", title, text)
    return evaluate_market(m, [a], ts(as_of))


def test_a_prefixed_dollar_names_its_own_currency():
    assert currency_marks.unit("HK$") == "hkd" and currency_marks.unit("S$") == "sgd"
    assert currency_marks.unit("SAR") == "sar" and currency_marks.unit("SR") == "sar"
    assert currency_marks.unit("$") == "usd" and currency_marks.unit("US$") == "usd" and currency_marks.unit("us$") == "usd"
    bar = quantities.required(XIAOMI_Q)
    assert bar is not None and bar.unit == "hkd" and bar.value == 20
    t = derive_target(market(XIAOMI_Q, "2018-07-09T23:59:59+08:00", XIAOMI_C))
    assert t.threshold_unit == "hkd" and t.occasion == "one"


def test_an_offering_priced_short_of_the_bar_settles_no():
    v = _xiaomi()
    assert v.verdict == "likely-no"
    assert _fired(v, "threshold_missed")
    # before the deadline too: an offering is priced once
    assert _xiaomi(as_of="2018-06-30T12:00:00+00:00").verdict == "likely-no"


def test_a_price_in_another_currency_or_not_told_as_set_is_not_read():
    early = "2018-06-30T12:00:00+00:00"
    for text in ("Xiaomi priced its share offering at $22 per share.",       # U.S. dollars, for a bar in HK$
                 "Xiaomi priced its share offering at S$22 per share.",      # another place's dollar
                 "Xiaomi will price its offering at HK$17 per share.",
                 "Xiaomi is expected to price its IPO at HK$22 per share, sources said.",
                 "Xiaomi plans to price its IPO between HK$17 and HK$22 per share.",
                 "Xiaomi set an indicative price range of HK$17 to HK$22 per share.",
                 "Xiaomi is set to price its IPO at HK$22.",
                 "Xiaomi shares rose to HK$22 in grey market trading.",
                 "Xiaomi did not price its offering at HK$22."):
        v = _xiaomi(text, title="Xiaomi news", as_of=early)
        assert v.verdict == "undetermined", text
    # a U.S.-dollar market never reads a Hong Kong-dollar figure as its own
    v = _xiaomi("Xiaomi priced its share offering at HK$22 per share.", title="Xiaomi news",
                question="Will Xiaomi price its 2018 Hong Kong IPO at $20 or more per share?", as_of=early)
    assert v.verdict != "likely-yes"


def test_a_market_on_trading_against_the_ipo_price_asks_no_pricing():
    assert not offer_prices.asks_pricing("Will China Tower's shares close above their HK$1.26 IPO price on their first "
                                         "trading day in Hong Kong on August 8, 2018?")
    assert offer_prices.asks_pricing("Will Google's initial public offering be priced at $85 or more per share?")


# b21-aramco-spo-priced-28-riyals-or-more-2024-multi-no
ARAMCO_Q = "Will Saudi Aramco's 2024 secondary public offering be priced at SAR 28.00 or more per share?"
ARAMCO_C = ("This market will resolve to \"Yes\" if the final offer price of Saudi Aramco's 2024 secondary public offering "
            "of 1.545 billion shares is SAR 28.00 per share or higher. Otherwise, this market will resolve to \"No\".")
ARAMCO = ("Saudi Aramco announced on 7 June that following the completion of the bookbuilding process, the final offer "
          "price for its secondary public offering of 1.545bn shares (0.63% of issued shares) is SAR27.25/share "
          "($7.27/share). This is towards the lower end of the price range announced on 30 May (MEES, 31 May), and will "
          "raise $11.2bn for the government.")


def _aramco(text=ARAMCO):
    m = market(ARAMCO_Q, "2024-06-10T23:59:59+03:00", ARAMCO_C)
    a = article("https://mees.com/index.php/2024/6/7/news-in-brief/aramco-sets-offering-price/"
                "9cd24e50-24cc-11ef-9817-0310646ccfe9", "2024-06-07T00:00:00+03:00", "Aramco Sets Offering Price", text)
    return evaluate_market(m, [a], ts("2024-06-08T12:00:00+00:00"))


def test_a_final_offer_price_named_in_a_currency_code_settles_no():
    v = _aramco()
    assert v.verdict == "likely-no"
    assert _fired(v, "threshold_missed")


def test_an_expected_range_or_a_price_ahead_in_riyals_is_not_the_offer_price():
    for text in ("In a statement, Aramco announced a secondary public offering of 1.545 billion shares, with an expected "
                 "price range between SR 26.70 and 29 ($7 to $7.70).",
                 "The final offer price for its secondary public offering will be announced on Friday; analysts see "
                 "SAR27.25 per share.",
                 "Aramco's final offer price is expected to be SAR 29 per share."):
        assert _aramco(text).verdict == "undetermined", text
