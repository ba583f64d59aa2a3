"""Figures read against a market's bar (twelfth round, figures 2): a quarter named as a modifier of
the statistic is the market's period; a statistic's sign asked with a passive report verb; a later
revision and a later release; a price set; a party's members in the plural; a measure had at the
moment of an act, settled by a hurricane's category. Sentences verbatim from the development
corpus; each names its case."""

from resolver.engine import evaluate_market
from resolver.engine.actors import actor_aliases
from resolver.engine.contests import other_prize
from resolver.engine.derive import derive_target
from resolver.engine.indicators import statistic_period
from resolver.engine.measured_with import check as measured
from resolver.engine.text import article_sentences
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if c.rule in rules and c.weight]


def _eval(q, deadline, criteria, published, title, body, as_of):
    a = article("https://example.com/news/story", published, title, body)
    return evaluate_market(market(q, deadline, criteria), [a], ts(as_of))


# b56-us-q3-2001-gdp-advance-minus1-or-worse-multi-no
US_Q = ("Will the Commerce Department's advance estimate of U.S. third-quarter 2001 real GDP show a decline of 1.0% or "
        "more (annualized)?")
US_C = ("This market will resolve to \"Yes\" if the advance (first) estimate of U.S. real GDP for the third quarter of "
        "2001, released by the Commerce Department, shows a seasonally adjusted annualized change of -1.0% or lower. "
        "Later revisions do not count. Otherwise, this market will resolve to \"No\".")
US_FIRST = ("Gross domestic product, the broadest measure of the world's largest economy, fell at a 0.4 percent rate in "
            "the quarter after growing at a 0.3 percent rate in the second quarter, the Commerce Department said in its "
            "first reading of the economy's third-quarter performance.")
US_REVISED = ("U.S. gross domestic product (GDP), the broadest measure of the economy, contracted at a revised 1.1 percent "
              "annual rate in the third quarter, the Commerce Department reported.")


def _us(body, published="2001-10-31T13:58:00-05:00"):
    return _eval(US_Q, "2001-11-15T23:59:59-05:00", US_C, published, "U.S. economy shrinks", body,
                 "2001-11-10T00:00:00+00:00")


def test_a_quarter_named_as_a_modifier_is_the_period():
    assert derive_target(market(US_Q, "2001-11-15T23:59:59-05:00", US_C)).window_start.month == 7
    assert statistic_period(US_Q) == (2001, 7)
    assert statistic_period("Will America's economy show at least 4% annualized growth in the BEA's first Q2 2018 "
                            "reading?") == (2018, 4)
    # must not fire: a quarter with no year, or a month named, which is the period
    assert statistic_period("Will GDP grow in the third quarter?") is None
    assert statistic_period("Will US CPI for May 2024 be 3% or higher in the second quarter of 2024?") == (2024, 5)


def test_the_first_reading_of_the_quarter_settles_it():
    v = _us(US_FIRST)
    assert v.verdict == "likely-no" and _fired(v, "threshold_missed")


def test_a_figure_told_as_revised_is_a_later_revision():
    v = _us(US_REVISED, "2001-11-14T14:06:00-05:00")
    assert v.verdict == "undetermined" and not _fired(v, "threshold_crossed")


# b42-us-q1-2014-gdp-second-estimate-negative-asof-advance-undet
SECOND_Q = "Will the second estimate of US Q1 2014 real GDP growth be negative?"
SECOND_C = ("This market will resolve to \"Yes\" if the Bureau of Economic Analysis's second estimate of first-quarter "
            "2014 U.S. real GDP growth (seasonally adjusted annualized rate), scheduled for release on May 29, 2014, is "
            "below 0.0%. Otherwise, this market will resolve to \"No\".")


def _second(body):
    return _eval(SECOND_Q, "2014-05-29T23:59:59-04:00", SECOND_C, "2014-04-30T00:00:00-04:00", "Telegram.com", body,
                 "2014-05-01T12:00:00+00:00")


def test_a_market_on_the_second_estimate_does_not_read_an_unnamed_figure():
    v = _second("Gross domestic product grew at a 0.1 percent annualized rate from January through March, compared "
                "with a 2.6 percent gain in the prior quarter, figures from the Commerce Department showed today in "
                "Washington.")
    assert v.verdict == "undetermined" and not _fired(v, "threshold_missed", "threshold_crossed")


def test_a_figure_named_with_the_second_estimate_is_read():
    # must fire: the release the market asks for, named with its figure
    v = _second("In the second estimate, real GDP fell 1.0 percent in the first quarter.")
    assert _fired(v, "threshold_crossed")


# b55-germany-q1-2023-gdp-contraction-multi-yes
DE_Q = "Will Germany's Q1 2023 GDP be reported as contracting quarter on quarter by May 31, 2023?"
DE_C = ("This market will resolve to \"Yes\" if the most recent estimate of Germany's price-, seasonally and "
        "calendar-adjusted quarter-on-quarter GDP change for Q1 2023 published by the Federal Statistical Office "
        "(Destatis) on or before May 31, 2023 is below 0.0%. Otherwise, this market will resolve to \"No\".")


def _de(body):
    return _eval(DE_Q, "2023-05-31T23:59:59+02:00", DE_C, "2023-05-25T00:00:00-07:00", "German economy data", body,
                 "2023-05-26T00:00:00+00:00")


def test_a_sign_asked_with_a_passive_report_verb_is_a_bar_on_zero():
    t = derive_target(market(DE_Q, "2023-05-31T23:59:59+02:00", DE_C))
    assert (t.kind, t.threshold, t.threshold_direction) == ("threshold", 0.0, "below")
    t = derive_target(market("Will Japan's GDP be shown to have shrunk in Q3 2023?", "2023-12-31T23:59:59+09:00"))
    assert (t.kind, t.threshold_direction) == ("threshold", "below")
    # must not fire: a report of something other than the statistic's sign
    t = derive_target(market("Will Germany's Q1 2023 GDP be reported by May 31, 2023?", "2023-05-31T23:59:59+02:00"))
    assert t.kind != "threshold"


def test_gdp_down_by_is_a_fall_for_the_period():
    v = _de("Data released Thursday by the Federal Statistical Office has Germany’s gross domestic product down by "
            "0.3% in the period from January to March.")
    assert v.verdict == "likely-yes" and _fired(v, "threshold_crossed")


def test_the_last_quarter_of_another_year_is_another_period():
    # must not fire: the quarter before, told with its year
    v = _de("New figures show the German economy made an unexpected dip in the first quarter of this year. "
            "This follows a drop of 0.5% in Europe’s biggest economy during the last quarter of 2022.")
    assert not _fired(v, "threshold_crossed", "threshold_missed")


# b56-google-ipo-priced-at-least-85-2004-yes
IPO_Q = "Will Google's initial public offering be priced at $85 or more per share?"
IPO_C = ("This market will resolve to \"Yes\" if the final initial public offering price for Google Inc.'s Class A "
         "common stock, as set by the company and its underwriters, is $85.00 per share or higher. Otherwise, this "
         "market will resolve to \"No\".")


def _ipo(body):
    return _eval(IPO_Q, "2004-08-31T23:59:59-04:00", IPO_C, "2004-08-19T00:00:00-10:00", "Google IPO", body,
                 "2004-08-20T00:00:00+00:00")


def test_a_price_set_is_a_level():
    v = _ipo("SAN JOSE, Calif. — Initial shares of Google Inc. were priced yesterday at $85, the low end of a range "
             "revised downward just hours earlier, somewhat dampening expectations for the most ballyhooed Internet "
             "company public stock offering since the dot-com boom went bust.")
    assert v.verdict == "likely-yes" and _fired(v, "threshold_crossed")


def test_a_price_set_short_of_the_bar_or_a_range_is_no_crossing():
    # must not fire: a price set below the bar; a range lowered toward it
    assert not _fired(_ipo("Initial shares of Google Inc. were priced yesterday at $80."), "threshold_crossed")
    assert not _fired(_ipo("Earlier yesterday, Google dramatically lowered its estimated per-share price range to "
                           "between $85 and $95, down from the previous range of $108 to $135."), "threshold_crossed")


# b56-canada-liberals-170-seats-2015-multi-yes
CA_Q = "Will the Liberal Party win at least 170 seats in Canada's October 19, 2015 federal election?"
CA_C = ("This market will resolve to \"Yes\" if the Liberal Party of Canada wins 170 or more of the 338 House of "
        "Commons seats (a majority) in the federal election held on October 19, 2015, according to validated "
        "results. Otherwise, this market will resolve to \"No\".")


def test_a_party_goes_by_its_members_in_the_plural():
    assert "liberals" in actor_aliases("Liberal Party")
    assert "conservatives" in actor_aliases("Conservative Party")
    # must not fire: no creed adjective, or not a party
    assert "labours" not in actor_aliases("Labour Party")
    assert "democratics" not in actor_aliases("Democratic Party")
    assert "liberals" not in actor_aliases("Liberal Alliance")
    v = _eval(CA_Q, "2015-10-31T23:59:59-04:00", CA_C, "2015-10-20T00:00:00-05:00", "Federal election results 2015",
              "Justin Trudeau's Liberals won a decisive majority government, capturing 184 seats.",
              "2015-10-21T00:00:00+00:00")
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")


def test_a_win_of_another_thing_before_a_modal_verb():
    # b54-uk-2010-conservative-majority-multi-no: 'will fall … short of a majority' names the majority with another verb
    s = ("LONDON - The Conservatives captured the largest number of seats Thursday in Britain's national election but "
         "will fall slightly short of a majority, leaving the country with a \"hung Parliament\" and no clear winner, "
         "according to television projections based on exit polls.")
    sent = article_sentences("t", s)[1]
    toks = sent.tokens
    i = next(k for k, t in enumerate(toks) if t.lower == "captured")
    majority = [k for k, t in enumerate(toks) if t.lower == "majority"]
    assert other_prize(sent, i, majority, ["overall", "majority"]) == "the largest number of seats Thursday"
    # must not fire: the object in apposition, with no verb between
    s2 = "The Conservatives captured 330 seats, a majority."
    sent2 = article_sentences("t", s2)[1]
    k2 = next(k for k, t in enumerate(sent2.tokens) if t.lower == "captured")
    assert other_prize(sent2, k2, [k for k, t in enumerate(sent2.tokens) if t.lower == "majority"],
                       ["overall", "majority"]) is None


# b55-otis-landfall-cat5-winds-157mph-yes
OTIS_Q = "Will Hurricane Otis have maximum sustained winds of at least 157 mph when it makes landfall in Mexico?"
OTIS = ("Hurricane Otis made a historic landfall near Acapulco, Mexico , at Category 5 intensity early Wednesday, "
        "packing destructive winds up to 165 mph after rapidly intensifying just hours before reaching the coast.")


def _at(text, word="made"):
    return measured(OTIS_Q, text, text.index(word))


def test_a_measure_had_when_the_act_happens_bars_the_act():
    t = derive_target(market(OTIS_Q, "2023-10-31T23:59:59-06:00"))
    assert (t.kind, t.act, t.object) == ("event", "make", "landfall")
    assert _at(OTIS)[0] == "met"


def test_a_category_settles_the_bar_only_by_its_whole_range():
    assert _at("Otis made landfall near Acapulco as a Category 3 hurricane.")[0] == "short"
    # must not fire: Category 4 spans 130-156 mph, below 157 only in part for other bars; another moment's category
    assert measured("Will X have maximum sustained winds of at least 140 mph when it makes landfall?",
                    "X made landfall as a Category 4 hurricane.", 2) is None
    assert _at("Otis made landfall near Acapulco, then weakened as a Category 1 storm.") is None
    assert _at("Otis made landfall near Acapulco on Wednesday.") is None
