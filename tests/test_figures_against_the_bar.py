"""A figure read against a market's bar: a figure only neared is not reached, a figure counting
another group is not the market's count, a close told without 'at' or after the session is a
close, a comparative bar ('above the €24.50 IPO price') is a threshold, and a figure told in a
sentence naming neither the act nor the actor is still read. Real published sentences; each test
names its source page."""

from resolver.engine import evaluate_market
from tests.conftest import news_article, news_market, ts


def _crossings(v):
    return [c for c in v.contributions if c.rule == "threshold_crossed" and c.direction == "yes"]


# -- a figure only neared is not reached -----------------------------------------------------------

ARABICA = news_market("Will ICE arabica coffee futures trade at or above $4.00 per lb by February 7, 2025?",
                      "2025-02-07T23:59:59-05:00",
                      "This market will resolve to \"Yes\" if the front-month ICE arabica coffee futures contract trades "
                      "at or above $4.00 per pound at any time by February 7, 2025.")


def test_a_record_approaching_the_bar_is_not_the_bar_reached():
    # https://www.brecorder.com/news/40345547/records-highs-in-coffee-continue
    a = news_article("https://www.brecorder.com/news/40345547/records-highs-in-coffee-continue",
                     "2025-01-31T00:00:00+05:00", "Records highs in coffee continue",
                     "LONDON: The relentless coffee price rally continued on Thursday with arabica prices hitting a new "
                     "record approaching the $4 per lb level as supplies remain extremely tight and fears over the "
                     "outlook persist.\n\nArabica coffee futures on the ICE exchange, used as a benchmark to price "
                     "physical beans around the world, hit a record $3.72 lb earlier, marking gains in the year to date "
                     "of nearly 15%.")
    v = evaluate_market(ARABICA, [a], ts("2025-02-05T12:00:00+00:00"))
    assert v.verdict == "undetermined" and not _crossings(v)
    assert any("neared, not reached" in c.reason for c in v.contributions)


BITCOIN_100K = news_market("Will Bitcoin reach $100,000 by November 22, 2024?", "2024-11-22T23:59:00+00:00")


def test_a_price_inching_toward_a_mark_has_not_reached_it():
    # https://coinlume.com/news/bitcoin-surges-to-dollar98000-historic-six-figure-milestone-within-reach
    a = news_article("https://coinlume.com/news/bitcoin-surges-to-dollar98000-historic-six-figure-milestone-within-reach",
                     "2024-11-21T10:00:00+00:00", "Bitcoin Surges to $98,000: Historic Six-Figure Milestone Within Reach",
                     "Bitcoin reached new heights on Thursday, touching $97,765 in early Asian trading as the "
                     "cryptocurrency continues its remarkable ascent toward the historic $100,000 mark.\n\n"
                     "As Bitcoin inches closer to the psychological $100,000 barrier, market participants eagerly watch "
                     "whether it breaks through.")
    v = evaluate_market(BITCOIN_100K, [a], ts("2024-11-21T20:00:00+00:00"))
    assert v.verdict == "undetermined" and not _crossings(v)
    # https://cryptopulpit.com/bitcoin-nears-100k-as-trading-volume-and-futures-interest-surge
    b = news_article("https://cryptopulpit.com/bitcoin-nears-100k-as-trading-volume-and-futures-interest-surge",
                     "2024-11-21T10:00:00+00:00", "Bitcoin Nears $100K as Trading Volume and Futures Interest Surge", "")
    assert not _crossings(evaluate_market(BITCOIN_100K, [b], ts("2024-11-21T20:00:00+00:00")))


# -- a figure counts the group it stands with ------------------------------------------------------

TRAMI = news_market("Will the official death toll from Tropical Storm Trami (Kristine) in the Philippines reach 100 by "
                    "October 31, 2024?", "2024-10-31T23:59:59+08:00")


def test_people_forced_to_flee_are_no_death_toll():
    # https://www.tbsnews.net/worldbiz/asia/tropical-storm-trami-wreaks-havoc-philippines-least-26-dead-974826
    a = news_article("https://www.tbsnews.net/worldbiz/asia/tropical-storm-trami-wreaks-havoc-philippines-least-26-dead-974826",
                     "2024-10-24T13:20:00+06:00", "Tropical Storm Trami wreaks havoc in the Philippines, at least 26 dead",
                     "Tropical Storm Trami has killed at least 26 people and forced more than 150,000 to flee their homes "
                     "in the Philippines, officials said on Thursday, as it made landfall on the northeastern coast.")
    v = evaluate_market(TRAMI, [a], ts("2024-10-27T20:00:00+08:00"))
    assert v.verdict == "undetermined" and not _crossings(v)


def test_residents_forced_from_their_homes_are_no_death_toll():
    # https://zwinks.org/note/12095/typhoon-kills-2-displaces-14-million-in
    m = news_market("Will Typhoon Fung-wong's death toll in the Philippines reach 100 by November 15, 2025?",
                    "2025-11-15T23:59:00+08:00")
    a = news_article("https://zwinks.org/note/12095/typhoon-kills-2-displaces-14-million-in", "2025-11-10T12:00:00+08:00",
                     "Typhoon kills 2, displaces 1.4 million in Philippines",
                     "MANILA, Philippines — Typhoon Fung-wong exited the northwestern Philippines on Monday after "
                     "triggering floods and landslides, cutting off electricity in several provinces, killing at least "
                     "two people, and forcing more than 1.4 million residents from their homes.")
    assert not _crossings(evaluate_market(m, [a], ts("2025-11-11T12:00:00+08:00")))


def test_a_toll_for_several_countries_together_is_not_one_country_s():
    # https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/world/africa/2023/03/16/cyclone-freddy-death-toll-in-malawi-mozambique-and-madagascar-exceeds-300/
    m = news_market("Will Malawi's official death toll from Cyclone Freddy's March 2023 strike exceed 300 by March 31, 2023?",
                    "2023-03-31T23:59:59+02:00", "Deaths in Mozambique and Madagascar do not count.")
    a = news_article("https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/world/africa/2023/03/16/cyclone-freddy-"
                     "death-toll-in-malawi-mozambique-and-madagascar-exceeds-300/", "2023-03-16T00:00:00+00:00", "",
                     "Tropical Cyclone Freddy has killed more than 300 people in Malawi, Mozambique and Madagascar since "
                     "it first made landfall last month, with the toll expected to rise.")
    v = evaluate_market(m, [a], ts("2023-03-17T12:00:00+00:00"))
    assert v.verdict == "undetermined" and not _crossings(v)


# -- closes, and a bar set against a reference price -----------------------------------------------

PUIG = news_market("Will Puig shares close their first trading day above the €24.50 IPO price?", "2024-05-03T23:59:59+02:00",
                   "This market will resolve to \"Yes\" if Puig Brands shares close their first day of trading on the "
                   "Spanish stock exchanges above €24.50, the IPO price. Intraday prices do not count.")


def test_a_close_flat_at_the_ipo_price_is_not_above_it():
    # https://www.dawndigest.com/news/puigs-ipo-initial-euphoria-fades-as-shares-end-day-flat-at-24-5-euros
    a = news_article("https://www.dawndigest.com/news/puigs-ipo-initial-euphoria-fades-as-shares-end-day-flat-at-24-5-euros",
                     "2024-05-03T00:00:00+02:00", "Puig's IPO: Initial Euphoria Fades as Shares End Day Flat at 24.5 Euros",
                     "After a much-anticipated stock market debut, Puig, the Barcelona-based fragrance, cosmetics, and "
                     "fashion multinational, saw its initial surge of excitement cool off as it closed its first trading "
                     "day flat at 24.5 euros per share.")
    v = evaluate_market(PUIG, [a], ts("2024-05-04T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert any(c.rule == "threshold_missed" and "24.5" in c.reason for c in v.contributions)


def test_levels_of_the_session_s_first_minutes_leave_its_close_open():
    # https://bcointalk.com/bitcoin/puig-debuts-on-the-stock-market-rising-almost-82-to-265-euros-per.html
    m = news_market("Will Puig Brands shares close their first day of trading (May 3, 2024) at or above €26.00?",
                    "2024-05-03T17:35:00+02:00", "Intraday highs do not count.")
    a = news_article("https://bcointalk.com/bitcoin/puig-debuts-on-the-stock-market-rising-almost-82-to-265-euros-per.html",
                     "2024-05-03T00:00:00+02:00", "Puig debuts on the stock market rising almost 8.2% to 26.5 euros per",
                     "The fashion and perfumery group Puig Brands debuted this Friday on the Spanish stock market with "
                     "an increase of 8.2% compared to the price set in the initial placement of shares, standing at 26.5 "
                     "euros.\nThe price in the first minutes has been marked by volatility. "
                     "As is traditional in IPOs, the opening auction was held between 11:30 and 12:00, and ended with a "
                     "price of 25.5 euros, above the 24.5 euros established in the operation.\n"
                     "In the first minutes, the price has risen, reaching 26.5 euros. However, subsequently, the share has "
                     "reached around 25 euros.")
    v = evaluate_market(m, [a], ts("2024-05-04T12:00:00+02:00"))
    assert (v.verdict, v.status) == ("undetermined", "unread-evidence") and not _crossings(v)


def test_a_first_day_close_with_a_price_of_is_a_close():
    # http://www.daijiworld.com/news/newsDisplay.aspx?newsID=138329
    m = news_market("Will Facebook shares close above $40 on their first day of trading?", "2012-05-18T23:59:00-04:00")
    a = news_article("http://www.daijiworld.com/news/newsDisplay.aspx?newsID=138329", "2012-05-19T10:00:00+05:30",
                     "Facebook Shares End Flat on Day 1 of Trading",
                     "Facebook closed its first day of trading with a stock price of USD 38.23, a disappointing level "
                     "for an IPO that was touted as the largest ever by a technology firm.")
    v = evaluate_market(m, [a], ts("2012-05-20T10:00:00+00:00"))
    assert v.verdict == "likely-no" and any(c.rule == "threshold_missed" for c in v.contributions)


def test_a_close_told_as_a_change_after_its_figure():
    # https://ndtvprofit.com/amp/markets/why-swiggy-share-price-is-correcting-on-the-second-day-of-listing
    m = news_market("Will Swiggy shares close their first trading day at least 15% above the ₹390 IPO price?",
                    "2024-11-13T23:59:59+05:30", "The listing price does not count.")
    a = news_article("https://ndtvprofit.com/amp/markets/why-swiggy-share-price-is-correcting-on-the-second-day-of-listing",
                     "2024-11-14T00:00:00+05:30", "Why Swiggy Share Price Is Correcting on the Second Day of Listing",
                     "The company, which listed on Nov. 13 and closed 16% higher at Rs 456 a piece, taking its market cap "
                     "above Rs 1 lakh crore, fell over 4.5% on the second day of trade on profit book.")
    v = evaluate_market(m, [a], ts("2024-11-14T12:00:00+00:00"))
    assert v.verdict == "likely-yes" and any("16%" in c.reason for c in _crossings(v))


def test_a_market_value_after_the_first_session_is_its_close():
    # https://www.einpresswire.com/article/650191517/vinfast-s-market-value-surpasses-85-5-billion-after-first-day-on-nasdaq
    m = news_market("Will VinFast's market capitalization exceed $80 billion at the close of its first Nasdaq trading day?",
                    "2023-08-15T23:59:59-04:00")
    a = news_article("https://www.einpresswire.com/article/650191517/vinfast-s-market-value-surpasses-85-5-billion-after-"
                     "first-day-on-nasdaq", "2023-08-16T00:00:00+07:00",
                     "VinFast's market value surpasses $85.5 billion after first day on Nasdaq",
                     "The ticker symbol VFS wrapped up at US$37.06 per share at the end of the US trading session on "
                     "August 15, a gain of 68.4 per cent from the initial price of $22.")
    v = evaluate_market(m, [a], ts("2023-08-16T12:00:00+00:00"))
    assert v.verdict == "likely-yes" and any("85.5" in c.reason for c in _crossings(v))


# -- figures in sentences naming neither the act nor the actor -------------------------------------

def test_a_statistic_named_without_an_actor_is_read():
    # https://www.nbcchicago.com/news/business/money-report/u-s-job-creation-totaled-254000-in-september-much-better-than-expected/3565216/
    m = news_market("Will the September 2024 U.S. jobs report show nonfarm payroll gains of 200,000 or more?",
                    "2024-10-04T23:59:59-04:00", "Later revisions do not count.")
    a = news_article("https://www.nbcchicago.com/news/business/money-report/u-s-job-creation-totaled-254000-in-september-"
                     "much-better-than-expected/3565216/", "2024-10-04T00:00:00-05:00",
                     "U.S. job creation totaled 254000 in September much better than expected",
                     "The U.S. economy added far more jobs than expected in September, pointing to a vital labor market "
                     "as the unemployment rate edged lower.\nNonfarm payrolls surged by 254,000 for the month, up from a "
                     "revised 159,000 in August and better than the 150,000 Dow Jones consensus forecast.")
    v = evaluate_market(m, [a], ts("2024-10-05T12:00:00+00:00"))
    assert v.verdict == "likely-yes" and any("254,000" in c.reason and c.weight == 2.0 for c in _crossings(v))


def test_a_count_with_a_modifier_before_its_noun_is_the_count():
    # https://www.outlookindia.com/international/us/us-economic-crisis-are-we-on-the-brink-of-a-major-recession
    m = news_market("Will the July 2024 U.S. jobs report show nonfarm payroll gains of 150,000 or more?",
                    "2024-08-02T23:59:59-04:00")
    a = news_article("https://www.outlookindia.com/international/us/us-economic-crisis-are-we-on-the-brink-of-a-major-recession",
                     "2024-08-06T00:00:00+05:30", "US Economic Crisis: Are We On The Brink Of A Major Recession?",
                     "The main reason for this concern is the recent US jobs report for July. The data showed that "
                     "employers in the US only added 114,000 new jobs, which was much lower than the expected 175,000 jobs.")
    v = evaluate_market(m, [a], ts("2024-08-06T12:00:00+00:00"))
    assert v.verdict == "likely-no" and any(c.rule == "threshold_missed" and "114,000" in c.reason for c in v.contributions)


def test_a_price_told_of_a_pronoun_in_an_article_naming_the_subject():
    # https://cryptopotato.com/here-are-todays-biggest-losers-as-bitcoin-btc-dumps-below-59k-market-watch/
    m = news_market("Will Bitcoin trade below $50,000 at any time between August 1 and August 10, 2024?",
                    "2024-08-10T23:59:59+00:00")
    a = news_article("https://cryptopotato.com/here-are-todays-biggest-losers-as-bitcoin-btc-dumps-below-59k-market-watch/",
                     "2024-08-12T00:00:00+00:00", "Here are todays biggest losers as bitcoin BTC dumps below 59k market watch",
                     "The primary cryptocurrency had a violent start of the previous week. After the harmful weekend in "
                     "which it dropped to under $57,000, the bears took it a step further last Monday with a price slump "
                     "to $49,500 – the lowest position in about six months.")
    v = evaluate_market(m, [a], ts("2024-08-12T18:00:00+00:00"))
    assert v.verdict == "likely-yes" and any("49,500" in c.reason for c in _crossings(v))


# -- conditions beyond one figure ------------------------------------------------------------------

def test_one_close_above_the_bar_is_not_every_close_above_it():
    # https://www.upi.com/Top_News/World-News/2024/03/04/Japan-Nikkei-record-high/8571709561368/
    m = news_market("Will the Nikkei 225 close above 40,000 on every trading day from March 5 to March 29, 2024?",
                    "2024-03-29T23:59:59+09:00", "A single close at or below 40,000 resolves \"No\".")
    a = news_article("https://www.upi.com/Top_News/World-News/2024/03/04/Japan-Nikkei-record-high/8571709561368/",
                     "2024-03-04T00:00:00-05:00", "Japan Nikkei record high",
                     "March 4 (UPI) -- Japan's Nikkei stock index breached 40,000 for the first time Monday, closing at a "
                     "record-high 40,109.23 after reaching a high of 40,314.64 during trading.")
    v = evaluate_market(m, [a], ts("2024-03-05T00:00:00+00:00"))
    assert v.verdict == "undetermined" and not _crossings(v)
    after = evaluate_market(m, [a], ts("2024-03-31T00:00:00+00:00"))
    assert after.verdict == "undetermined"  # one close read, the others not: the deadline's silence decides nothing


def test_data_showing_growth_is_a_bar_at_zero_and_a_shrinking_economy_misses_it():
    # https://www.upi.com/Top_News/World-News/2024/02/15/Japan-economy-recession/6141707989217/
    m = news_market("Will Japan's preliminary GDP data show the economy grew in October–December 2023?",
                    "2024-02-29T23:59:59+09:00")
    a = news_article("https://www.upi.com/Top_News/World-News/2024/02/15/Japan-economy-recession/6141707989217/",
                     "2024-02-15T07:05:00-05:00",
                     "Japan slides into recession, cedes spot as third largest economy to Germany",
                     "Feb. 15 (UPI) -- Japan's economy contracted for the second straight quarter in the October to "
                     "December period, pushing it into a technical recession and ceding its spot as the world's "
                     "third-largest economy to Germany, GDP figures out Thursday show.\n\nJapan's fourth quarter GDP "
                     "shrunk 0.4% on an annualized basis following a 3.3% fall in the July to September quarter, the "
                     "Japanese government's Cabinet Office said in a data release.")
    v = evaluate_market(m, [a], ts("2024-02-16T12:00:00+00:00"))
    assert v.verdict == "likely-no" and any(c.rule == "threshold_missed" and "0.4%" in c.reason for c in v.contributions)


# -- levels told in other words: a close with its change, 'trading at', a mark, a unit's spelling ------

def test_a_close_told_with_its_change_before_the_level():
    # https://www.ainvest.com/news/hong-kong-hang-seng-index-closes-0-5-25-667-18-2507
    m = news_market("Will the Hang Seng Index close above 25,500 on any trading day by July 31, 2025?",
                    "2025-07-31T23:59:59+08:00")
    a = news_article("https://www.ainvest.com/news/hong-kong-hang-seng-index-closes-0-5-25-667-18-2507",
                     "2025-07-24T04:12:00-04:00", "Hong Kong Hang Seng Index closes up 0.5% at 25,667.18",
                     "The Hang Seng Index (HSI) closed up 0.5% at 25,667.18 on July 2, 2025, marking a new 52-week high.")
    v = evaluate_market(m, [a], ts("2025-07-25T00:00:00+00:00"))
    assert v.verdict == "likely-yes" and any("25,667.18" in c.reason for c in _crossings(v))
    assert not any("'2'" in c.reason for c in v.contributions)  # 'July 2' is a day, not a level


def test_a_rate_trading_at_a_level_is_at_that_level():
    # https://www.cnbc.com/2024/01/11/turkish-lira-hits-fresh-record-low-against-the-dollar.html
    m = news_market("Will the US dollar trade at or above 30.00 Turkish lira by January 31, 2024?", "2024-01-31T23:59:59+03:00")
    a = news_article("https://www.cnbc.com/2024/01/11/turkish-lira-hits-fresh-record-low-against-the-dollar.html",
                     "2024-01-11T00:00:00-05:00", "Turkish Lira Hits Fresh Record Low Against the Dollar",
                     "The Turkish lira hit a fresh record low against the U.S. dollar on Thursday, trading at 30.005 to "
                     "the greenback just before noon local time.")
    v = evaluate_market(m, [a], ts("2024-01-12T12:00:00+00:00"))
    assert v.verdict == "likely-yes" and any("30.005" in c.reason for c in _crossings(v))


def test_a_temperature_named_as_a_mark():
    # https://www.hits973.com/news/trending/heat-dome-bakes-southwest-portion-us/L6QL433UCBFNLAM3YDL6HTLT74/
    m = news_market("Will Las Vegas reach 110°F by June 10, 2024?", "2024-06-10T23:59:59-07:00")
    a = news_article("https://www.hits973.com/news/trending/heat-dome-bakes-southwest-portion-us/L6QL433UCBFNLAM3YDL6HTLT74/",
                     "2024-06-07T00:00:00-04:00", "Heat dome bakes southwest portion of US",
                     "Las Vegas broke a 2010 record of 110 with one degree higher on Thursday, reaching the 111 mark.")
    v = evaluate_market(m, [a], ts("2024-06-07T18:00:00+00:00"))
    assert v.verdict == "likely-yes" and any("111" in c.reason for c in _crossings(v))


def test_meters_are_metres():
    # https://krdo.com/news/2023/10/16/in-brazils-amazon-rivers-fall-to-record-low-levels-during-drought/
    m = news_market("Will the Negro River at the port of Manaus fall to 13.60 metres or lower by October 31, 2023?",
                    "2023-10-31T23:59:59-04:00")
    a = news_article("https://krdo.com/news/2023/10/16/in-brazils-amazon-rivers-fall-to-record-low-levels-during-drought/",
                     "2023-10-16T00:00:00-04:00", "In Brazil's Amazon, rivers fall to record low levels during drought",
                     "BRASILIA, Brazil (AP) — The Negro River, the Amazon’s second largest tributary, has reached its "
                     "lowest level since official measurements began near Manaus 121 years ago. Monday’s record confirms "
                     "that this part of the world’s largest rainforest is suffering its worst drought, just a little over "
                     "two years after its most significant flooding. In the morning, the water level in the city’s port "
                     "went as low as 13.5 meters (44.3 feet), down from 30.02 meters (98.5 feet) registered in June 2021 — "
                     "its highest level on record.")
    v = evaluate_market(m, [a], ts("2023-10-17T12:00:00-04:00"))
    assert v.verdict == "likely-yes" and any("13.5" in c.reason for c in _crossings(v))


def test_a_close_below_the_ipo_price_named_beside_it():
    # https://www.thetimes.co.uk/article/birkenstock-discovers-success-is-no-shoo-in-on-new-york-debut-zrnnjtj5n
    m = news_market("Will Birkenstock close its first day of trading at or above its $46 IPO price?", "2023-10-11T23:59:59-04:00")
    a = news_article("https://www.thetimes.co.uk/article/birkenstock-discovers-success-is-no-shoo-in-on-new-york-debut-zrnnjtj5n",
                     "2023-10-11T00:00:00+01:00", "Birkenstock Discovers Success Is No Shoo In on New York Debut",
                     "Although the business achieved a valuation of $7.6 billion, which is almost twice what its owners "
                     "paid two years ago, the shares listed under the ticker “BIRK” enjoyed a less than sparkling first "
                     "day, falling 12.6 per cent, or $5.80, to close at $40.20 compared with the initial public offering "
                     "price of $46 each.")
    v = evaluate_market(m, [a], ts("2023-10-12T12:00:00+00:00"))
    assert v.verdict == "likely-no" and any(c.rule == "threshold_missed" and "40.20" in c.reason for c in v.contributions)
    assert not any("'$46'" in c.reason for c in v.contributions)  # the IPO price is the bar's reference, not a level


def test_a_close_in_rupees():
    # https://indiaweekly.biz/hyundai-motor-india-makes-muted-debut-shares-tumble-over-7-per-cent
    m = news_market("Will Hyundai Motor India shares close at or above the ₹1,960 IPO price on their first trading day on "
                    "the BSE?", "2024-10-22T23:59:59+05:30", "The listing price and intraday prices do not count; only the "
                    "official closing price.")
    a = news_article("https://indiaweekly.biz/hyundai-motor-india-makes-muted-debut-shares-tumble-over-7-per-cent",
                     "2024-10-22T00:00:00+05:30", "Hyundai Motor India makes muted debut, shares tumble over 7 per cent",
                     "The stock listed at ₹1,931, reflecting a decline of 1.47 per cent from the issue price on the BSE. "
                     "The stock made some recovery during the initial trade and hit a high of ₹1,968.80, up 0.44 per cent. "
                     "But it failed to carry the momentum and slumped 7.80 per cent to ₹1,807.05 during the day.\n\n"
                     "Shares of the firm finally ended at ₹1,820.40 (£16.68) apiece, down 7.12 per cent.")
    v = evaluate_market(m, [a], ts("2024-10-23T06:00:00+00:00"))
    assert v.verdict == "likely-no" and any(c.rule == "threshold_missed" and "1,820.40" in c.reason for c in v.contributions)


def test_a_total_raked_in_is_the_level_reached():
    # https://www.channel3000.com/news/money/barbie-makes-history-with-1-billion-at-the-box-office/article_c297ccbc-5e01-5707-a5cc-61e41ad54cf6.html
    m = news_market("Will Barbie (2023) reach $1 billion at the worldwide box office by August 6, 2023?", "2023-08-06T23:59:59-04:00")
    a = news_article("https://www.channel3000.com/news/money/barbie-makes-history-with-1-billion-at-the-box-office/"
                     "article_c297ccbc-5e01-5707-a5cc-61e41ad54cf6.html", "2023-08-06T00:00:00-05:00",
                     "'Barbie' makes history with $1 billion at the box office",
                     "New York (CNN) — “Barbie” has answered the billion-dollar question with a resounding “yes.” Barely "
                     "three weeks into its run, writer-director Greta Gerwig’s blockbuster has raked in an astounding $1.03 "
                     "billion at the global box office, according to official Warner Bros. estimates.")
    v = evaluate_market(m, [a], ts("2023-08-07T12:00:00+00:00"))
    assert v.verdict == "likely-yes" and any("1.03 billion" in c.reason for c in _crossings(v))


def test_a_country_s_central_bank_is_its_national_bank():
    # https://kvia.com/news/ap-national/2024/05/02/czech-central-bank-cuts-a-key-interest-rate-again-with-inflation-down-and-the-economy-on-the-mend/
    m = news_market("Will the Czech National Bank lower its two-week repo rate to 5.25% or below at its May 2, 2024 meeting?",
                    "2024-05-02T23:59:59+02:00")
    a = news_article("https://kvia.com/news/ap-national/2024/05/02/czech-central-bank-cuts-a-key-interest-rate-again-with-"
                     "inflation-down-and-the-economy-on-the-mend/", "2024-05-02T00:00:00-06:00",
                     "Czech central bank cuts a key interest rate again with inflation down and the economy on the mend",
                     "PRAGUE (AP) — The Czech Republic’s central bank has cut its key interest rate for the fourth straight "
                     "time as inflation dropped and the economy has shown signs of recovery. The cut by a half-percentage "
                     "point on Thursday brought the interest rate down to 5.25%. The move was expected by analysts.")
    v = evaluate_market(m, [a], ts("2024-05-03T12:00:00+00:00"))
    assert v.verdict == "likely-yes" and any("5.25%" in c.reason for c in _crossings(v))


def test_a_toll_followed_by_the_missing_it_does_not_count():
    # https://www.tribuneindia.com/news/world/typhoon-kalmaegi-kills-114-127-missing-in-philippine-still-reeling-from-quake/
    m = news_market("Will the official death toll from Typhoon Kalmaegi in the Philippines reach 100 by November 10, 2025?",
                    "2025-11-10T23:59:59+08:00", "People reported missing do not count.")
    a = news_article("https://www.tribuneindia.com/news/world/typhoon-kalmaegi-kills-114-127-missing-in-philippine-still-"
                     "reeling-from-quake/", "2025-11-06T00:00:00+05:30",
                     "Typhoon Kalmaegi Kills 114 127 Missing in Philippine Still Reeling From Quake",
                     "Philippine officials on Wednesday said the death toll from widespread flooding and devastation caused "
                     "by Typhoon Kalmaegi in the country's central region has risen to at least 114 with 127 others "
                     "reported missing, many of them in a hard-hit province still recovering from a deadly earthquake.")
    v = evaluate_market(m, [a], ts("2025-11-06T12:00:00+00:00"))
    assert v.verdict == "likely-yes" and any("114" in c.reason and c.weight == 2.0 for c in _crossings(v))
