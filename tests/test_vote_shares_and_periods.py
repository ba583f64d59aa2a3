"""Threshold markets on vote shares, tallies and released statistics (batches 17, 38-40): a
recorded vote's share in favour (a percent, a fraction in words, a carried split) against a
share-of-vote bar; a decimal comma ('44,08 %'); an election office's processing status as the
count's completeness; a statistic's figure the sentence sets in another quarter; a month's change
carried to the year's and an annualized rate for a market on the 12-month change. Sentences are
verbatim from the cited dev cases."""

from resolver.engine import Market, evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.partial_counts import in_count_cue
from resolver.engine.vote_counts import shares_in_favour
from tests.conftest import article, ts


def market(question: str, deadline: str, criteria: str = "") -> Market:
    return Market(id="m", question=question, deadline=ts(deadline), criteria=criteria)


# https://www.bangordailynews.com/2020/08/23/news/midcoast/striking-biw-union-overwhelmingly-ratifies-new-contract-will-return-to-work/
_BIW = ("Members of Bath Iron Works’ largest union have ratified a new contract to end a two-month long strike with "
        "{} percent of its members backing it in a vote that closed on Sunday.")
_BIW_MARKET = ("Will at least 90% of voting Local S6 members approve the new Bath Iron Works contract in August 2020?",
               "2020-08-31T23:59:59-04:00",
               "This market will resolve to \"Yes\" if the official result of the August 2020 ratification vote by IAM "
               "Local S6 members on a new contract with Bath Iron Works shows at least 90% of votes in favor. Otherwise, "
               "this market will resolve to \"No\".")


def _biw(share: str) -> str:
    a = article(_BIW.format(share), title="Striking BIW union overwhelmingly ratifies new contract, will return to work",
                published="2020-08-23T00:00:00-04:00")
    return evaluate_market(market(*_BIW_MARKET), [a], ts("2020-08-24T12:00:00+00:00")).verdict


def test_a_share_of_members_backing_a_ratified_contract_is_the_vote_share():
    assert _biw("87") == "likely-no"
    assert _biw("92") == "likely-yes"
    # guard: a rounded share close to the bar settles nothing
    assert _biw("about 89") == "undetermined"


# https://stats.nohib.com/archives/la-xpm-1997-aug-13-mn-21951-story.html
_WHEELING = ("Steel workers in three states voted overwhelmingly for a new contract, ending their 10-month strike at "
             "Wheeling-Pittsburgh Steel Corp.--the longest strike of a major steel company in modern history. The labor "
             "agreement was approved 3,105-817, according to United Steelworkers district representative Santo Santoro.")
_WHEELING_MARKET = ("Will at least 75% of voting Wheeling-Pittsburgh Steel workers approve the new contract in August 1997?",
                    "1997-08-31T23:59:59-04:00",
                    "This market will resolve to \"Yes\" if at least 75% of the votes cast by striking United Steelworkers "
                    "members at Wheeling-Pittsburgh Steel in the August 1997 ratification vote are in favor of the new "
                    "contract. Otherwise, this market will resolve to \"No\".")


def test_a_carried_split_gives_the_share_in_favour():
    [(_, share, wording, exact)] = shares_in_favour("The labor agreement was approved 3,105-817, according to United "
                                                    "Steelworkers district representative Santo Santoro.")
    assert round(share, 1) == 79.2 and wording == "approved 3,105-817" and exact
    a = article(_WHEELING, title="Steel Workers Vote to End Long Strike", published="1997-08-13T00:00:00-07:00")
    assert evaluate_market(market(*_WHEELING_MARKET), [a], ts("1997-08-14T00:00:00+00:00")).verdict == "likely-yes"
    # guard: a market on whether the contract is approved, with no share bar, is not read by the share
    plain = market("Will Wheeling-Pittsburgh Steel workers approve the new contract in August 1997?",
                   "1997-08-31T23:59:59-04:00")
    v = evaluate_market(plain, [a], ts("1997-08-14T00:00:00+00:00"))
    assert not any("share in favour" in c.reason for c in v.contributions)


# https://www.krqe.com/news/the-latest-gm-workers-ratify-contract-40-day-strike-ends/
_GM_MARKET = ("Will UAW members ratify the 2019 GM contract with more than 60% of the vote?", "2019-10-31T23:59:59-04:00",
              "This market will resolve to \"Yes\" if United Auto Workers members at General Motors approve the tentative "
              "2019 national agreement with GM and the official vote total announced by the UAW shows more than 60% of "
              "votes cast in favour, by October 31, 2019. If the contract is rejected, or approved with 60% or less, the "
              "market resolves to \"No\". Otherwise, this market will resolve to \"No\".")


def test_a_share_voted_in_favour_below_the_bar_settles_no():
    a = article("ROMULUS, Mich. (AP) – General Motors workers voted 57.2% in favor of a new contract with the company, "
                "ending a 40-day strike.\nThe United Auto Workers union says Friday that the contract was approved "
                "23,389 to 17,501.", title="The Latest: GM workers ratify contract, 40-day strike ends",
                published="2019-10-26T00:00:00-06:00")
    assert evaluate_market(market(*_GM_MARKET), [a], ts("2019-10-27T12:00:00+00:00")).verdict == "likely-no"


# https://www.lbc.co.uk/news/junior-doctors-in-england-vote-to-accept-government-pay-deal-strikes-nhs/
_DOCTORS = "Two thirds of the (British Medial Association) BMA's members have voted in favour of the agreement."


def _doctors(bar: str) -> str:
    m = market(f"Will more than {bar}% of voting junior doctors in England accept the government's 2024 pay offer?",
               "2024-09-30T23:59:59+01:00",
               f"This market will resolve to \"Yes\" if the British Medical Association announces, by September 30, 2024, "
               f"11:59 PM BST, that more than {bar}% of the junior doctors in England who voted in its referendum on the "
               f"government's 2024 pay offer voted to accept it. Otherwise, this market will resolve to \"No\".")
    a = article("Junior doctors have voted to accept a Government pay deal worth of 22.3% per cent on average.\n\n" + _DOCTORS,
                title="Junior doctors in England vote to accept government pay deal worth 22.3% after two-year dispute",
                published="2024-09-16T19:32:00+01:00")
    return evaluate_market(m, [a], ts("2024-09-17T12:00:00+00:00")).verdict


def test_a_fraction_in_words_settles_only_clear_of_the_bar():
    assert _doctors("60") == "likely-yes"
    assert _doctors("65") == "undetermined"  # guard: two thirds is a rounded share, 1.7 points from the bar


# https://static.valasztas.hu/dyn/onepsz201610/szavossz/en/napind_e.html
_HUNGARY = ("Will turnout in Hungary's October 2, 2016 national referendum reach 50%?", "2016-10-31T23:59:59+01:00",
            "This market will resolve to \"Yes\" if official figures from Hungary's National Election Office show voter "
            "turnout of at least 50% in the national referendum held on October 2, 2016. Otherwise, this market will "
            "resolve to \"No\".")


def _hungary(text: str) -> str:
    a = article(text, title="National referendum October 2, 2016 - turnout", published="2016-10-11T16:59:00+02:00")
    return evaluate_market(market(*_HUNGARY), [a], ts("2016-10-12T12:00:00+00:00")).verdict


def test_a_turnout_reaching_a_level_is_no_deal_reached():
    t = derive_target(market(*_HUNGARY))
    assert t.occasion == "one" and "agree" not in t.act_forms and "reach" in t.act_forms


def test_a_decimal_comma_turnout_and_the_processing_status():
    assert _hungary("National referendum\nOctober 2, 2016\n\nStatus of data processing:  100,00  %\n\n"
                    "percentage of voters turned out to vote\n\nat 19.00 o’clock:  44,08 %") == "likely-no"
    # guard: the processing status is how much is counted, not the turnout
    assert _hungary("National referendum\nOctober 2, 2016\n\nStatus of data processing:  100,00  %") == "undetermined"


# https://www.tpr.org/2013-04-26/economy-picked-up-in-first-quarter-grew-at-2-5-percent-pace
_GDP_MARKET = ("Will the BEA's advance estimate show U.S. real GDP growth of 2.5% or more in Q1 2013?",
               "2013-04-26T23:59:59-04:00",
               "This market will resolve to \"Yes\" if the Bureau of Economic Analysis' advance estimate of first-quarter "
               "2013 real GDP shows an annual growth rate of 2.5% or higher. Later revisions do not affect resolution. "
               "Otherwise, this market will resolve to \"No\".")
_GDP_OTHER = ("That's modest growth, and was below the 3.2 percent pace economists had expected to hear about. But growth "
              "was up substantially from fourth-quarter 2012, when the economy expanded at a scant 0.4 percent annual rate.")


def test_a_figure_the_sentence_sets_in_another_quarter_is_not_the_market_s():
    a = article("The U.S. economy grew at a 2.5 percent annual rate in the first quarter of 2013, the Bureau of Economic "
                "Analysis estimated Friday morning.\n" + _GDP_OTHER,
                title="Economy picked up in first quarter, grew at 2.5 percent pace", published="2013-04-26T00:00:00-05:00")
    v = evaluate_market(market(*_GDP_MARKET), [a], ts("2013-04-27T12:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert any("'fourth-quarter'" in c.reason for c in v.contributions)
    # guard: the market's own quarter named right after the figure dates it
    b = article("The economy picked up in the first quarter.\nThe economy expanded at a scant 0.4 percent annual rate in the "
                "first quarter, the Bureau of Economic Analysis estimated Friday morning.",
                title="Economy report", published="2013-04-26T00:00:00-05:00")
    assert evaluate_market(market(*_GDP_MARKET), [b], ts("2013-04-27T12:00:00+00:00")).verdict == "likely-no"


# http://cepr.net/publications/graphic-economics/prices-2020-01-ge
_CPI_MARKET = ("Will US annual CPI inflation for December 2019 be 2.3% or higher?", "2020-01-14T23:59:59-05:00",
               "This market will resolve to \"Yes\" if the 12-month change in the all-items Consumer Price Index for "
               "December 2019, as first published by the Bureau of Labor Statistics, is 2.3% or higher. Otherwise, this "
               "market will resolve to \"No\".")
_CPI = ("The overall Consumer Price Index (CPI) rose 0.2 percent in December, bringing the increase over the last year to "
        "{} percent. The core CPI increased by 0.1 percent, but also ended the year up 2.3 percent. There is modest "
        "evidence of acceleration in the overall CPI, although not in the core index. The annualized rate of inflation, "
        "comparing the last three months (October, November, December) with the prior three months (July, August, "
        "September), was 2.6 percent.")


def _cpi(year: str) -> str:
    a = article(_CPI.format(year), title="CEPR Graphic Economics: Prices 2020-01", published="2020-01-14T00:00:00-05:00")
    return evaluate_market(market(*_CPI_MARKET), [a], ts("2020-01-15T00:00:00+00:00")).verdict


def test_a_month_s_change_carried_to_the_year_s_and_an_annualized_rate_are_other_measures():
    assert _cpi("2.3") == "likely-yes"
    # the year's figure short of the bar: neither the month's change nor the annualized rate speaks for it
    assert _cpi("2.1") == "likely-no"


# https://www.lbcgroup.tv/news/world-news/795859/algeria-president-re-elected-with-843-percent-of-votes/en
_ALGERIA = ("Algeria's President Abdelmadjid Tebboune has won a second term with 84.3 percent of the votes in last week's "
            "election, according to final results announced Saturday by Omar Belhadj, president of the constitutional court.")


def test_a_share_of_the_votes_in_an_election_is_a_result_not_a_count_cue():
    assert not in_count_cue(_ALGERIA, _ALGERIA.index("84.3"))
    # guard: 'the votes in' closing the phrase is how much is counted
    counted = "With 95 percent of the votes in, Tebboune led with 84.3 percent."
    assert in_count_cue(counted, counted.index("95"))
    m = market("Will Abdelmadjid Tebboune receive at least 90% of the vote in the final certified results of Algeria's 2024 "
               "presidential election?", "2024-09-30T23:59:59+01:00",
               "This market will resolve to \"Yes\" if the final results of Algeria's September 7, 2024 presidential "
               "election, as proclaimed by the Constitutional Court, credit Abdelmadjid Tebboune with 90% or more of the "
               "votes. Preliminary figures from the electoral authority do not count. Otherwise, this market will resolve "
               "to \"No\".")
    a = article(_ALGERIA, title="Algeria president re-elected with 84.3 percent of votes", published="2024-09-14T00:00:00+03:00")
    assert evaluate_market(m, [a], ts("2024-09-15T12:00:00+00:00")).verdict == "likely-no"


def test_a_period_compared_with_or_an_unchanged_earlier_one_does_not_date_the_figure():
    # guard, https://en.mercopress.com/2024/12/12/argentina-s-indec-says-inflation-in-november-stood-at-2.4
    m = market("Will Argentina's monthly inflation rate for October 2024 be 3.0% or lower?", "2024-11-30T23:59:59-03:00",
               "This market will resolve to \"Yes\" if Argentina's national statistics institute (INDEC) reports "
               "month-on-month consumer price inflation of 3.0% or lower for October 2024. Otherwise, this market will "
               "resolve to \"No\".")
    a = article("October's inflation was 2.7%, the lowest figure since November 2021, which was encouraging for the "
                "Government despite a (CPI) of 76.5% during the first ten months of this year.",
                title="Argentina's Indec says inflation in November stood at 2.4%", published="2024-12-12T00:00:00-03:00")
    assert evaluate_market(m, [a], ts("2024-12-13T12:00:00+00:00")).verdict == "likely-yes"
    # guard, https://www.cbsnews.com/news/inflation-cpi-federal-reserve-consumer-prices/
    m = market("Will US annual CPI inflation for September 2023 come in below 3.7%?", "2023-10-12T23:59:59-04:00",
               "This market will resolve to \"Yes\" if the year-over-year increase in the all-items Consumer Price Index for "
               "September 2023, as published by the Bureau of Labor Statistics on October 12, 2023, is lower than 3.7%. "
               "Otherwise, this market will resolve to \"No\".")
    a = article("U.S. inflation continued to moderate in September, with price increases still a bit higher than expected "
                "and raising the risk of another interest rate hike by the Federal Reserve.\n\nPrices rose 0.4% from August "
                "to September, slowing from the previous month. Annual consumer inflation last month remained unchanged "
                "from a 3.7% increase in August, the Labor Department reported on Thursday.",
                title="Inflation continues to moderate in September", published="2023-10-12T00:00:00-04:00")
    assert evaluate_market(m, [a], ts("2023-10-13T00:00:00+00:00")).verdict == "likely-no"
