"""Wrong decisive readings of batches 47-48, fixed at their cause, on the sentences verbatim (each
test names its corpus case): an intraday level taken as a settlement ('During the session … Brent
hitting $139.13' for 'settle at or above $130'); one stage's end taken as the contest's final ('in
the final kilometers of the final climb of the day'); a lead taken as the win ('Sinema takes slim
lead'); one end of an open range taken as a level ('stuck at 7.8 percent or above since
September'); a later release's figure taken for the early one the market reads ('according to the
"third" estimate' for the advance estimate); and a weekday of a story datelined abroad read on the
publication zone's calendar ('TOKYO (AP) — … later Wednesday', published Tuesday evening in New
York). Guards: sentences of other corpus cases where the reading must not fire."""

from datetime import timedelta

from resolver.engine import datelines, evaluate_market, figure_words, parts, release_vintage
from resolver.engine.rules.threshold_figures import closing_market
from resolver.engine.quantities import Required
from resolver.engine.text import make_sentence
from tests.conftest import decided, news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if c.rule == rule and c.weight]


# b47-brent-settles-130-by-mar31-2022-undet
BRENT_Q = "Will front-month Brent crude futures settle at or above $130 per barrel by March 31, 2022?"
BRENT = ("Oil prices jumped on Monday to their highest levels since 2008 as the United States and European allies "
         "considered banning Russian oil imports.\n\nBrent rose $5.1, or 4.3%, to settle at $123.21 a barrel, and U.S. "
         "West Texas Intermediate (WTI) rose $3.72, or 3.2%, to settle at $119.40 a barrel. During the session, both "
         "benchmarks hit the highest since July 2008 with Brent hitting $139.13 a barrel and WTI $130.50.")


def _brent(question, criteria):
    m = market(question, "2022-03-31T23:59:59+01:00", criteria)
    a = article("https://olisa.tv/60913-2/", "2022-03-08T00:00:00+01:00", "olisa.tv post 60913 (oil prices, March 2022)",
                BRENT)
    return evaluate_market(m, [a], ts("2022-03-08T12:00:00+00:00"))


def test_an_intraday_level_is_no_settlement():
    v = _brent(BRENT_Q, "This market will resolve to \"Yes\" if the front-month ICE Brent crude futures contract records "
                        "a daily settlement price at or above $130.00 per barrel on any trading day between March 1, 2022 "
                        "and March 31, 2022. Intraday highs do not count. Otherwise, this market will resolve to \"No\".")
    assert not _fired(v, "threshold_crossed")
    assert decided(v) != "likely-yes"
    assert any("$139.13" in c.reason and "during the day" in c.reason for c in v.contributions)


def test_a_settlement_still_settles():
    # guard (same sentence, edited bar): 'to settle at $123.21' is a settlement at or above $120
    v = _brent(BRENT_Q.replace("$130", "$120"), "")
    assert _fired(v, "threshold_crossed")
    assert decided(v) == "likely-yes"


def test_which_questions_read_session_ends_only():
    assert closing_market(BRENT_Q)
    # b44 and b01 questions (corpus): a settle below a price, a close
    assert closing_market("Will Brent crude oil futures settle below $70 per barrel by September 13, 2024?")
    assert closing_market("Will the S&P 500 close above 2,000 by August 29, 2014?")
    # guard: a price 'traded' is no session's end; a lawsuit settled for a sum is no price
    assert not closing_market("Will spot gold trade at or above $5,000 per ounce by December 31, 2025?")
    assert not closing_market("Will Meta settle the lawsuit for at least $500 million by June 30, 2025?")  # edited


# b47-hindley-wins-giro-2020-undet
HINDLEY = ("Tao Geoghegan Hart (Ineos Grenadiers) took his second win of the race, beating Jai Hindley (Sunweb) in a "
           "sprint after the pair went clear in the final kilometers of the final climb of the day.")
# b14-psg-win-club-world-cup-2025-multi-no / b22-chinese-player-wins-world-chess-championship-2023-yes
CHELSEA = "Chelsea beat PSG 3-0 in final to win Club World Cup"
DING = ("Grandmaster Ding Liren of China is the new world champion after beating Russian grandmaster Ian Nepomniachtchi "
        "in the final rapid tiebreak game of FIDE World Championship 2023.")


def test_the_final_kilometers_of_a_stage_are_not_the_contests_final():
    assert not parts.whole_decided(make_sentence(HINDLEY, 1), ["Giro", "d'Italia"], False)


def test_the_final_itself_still_decides():
    assert parts.whole_decided(make_sentence(CHELSEA, 0, headline=True), ["FIFA", "Club", "World", "Cup"], False)
    assert parts.whole_decided(make_sentence(DING, 0), ["FIDE", "World", "Chess", "Championship"], False)


def test_a_stage_win_no_longer_rules_the_rider_out():
    m = market("Will Jai Hindley win the 2020 Giro d'Italia?", "2020-10-25T23:59:59+01:00",
               "This market will resolve to \"Yes\" if Jai Hindley wins the general classification (maglia rosa) of the "
               "2020 Giro d'Italia at the conclusion of the final stage. Otherwise, including if any other rider wins the "
               "general classification, this market will resolve to \"No\".")
    a = article("https://www.velonews.com/events/giro-ditalia/giro-ditalia-stage-20-tao-geoghegan-hart-wins-stage-to-"
                "draw-level-on-time-with-jai-hindley-on-gc/", "2020-10-24T00:00:00+02:00",
                "Giro d’Italia stage 20: Tao Geoghegan Hart wins stage to draw level on time with Jai Hindley on GC",
                "The GC battle of the Giro d’Italia is posed on a knife-edge with one stage remaining.\n\n" + HINDLEY)
    v = evaluate_market(m, [a], ts("2020-10-24T21:00:00+02:00"))
    assert not _fired(v, "rival_outcome")
    assert decided(v) != "likely-no"


# b48-arizona-senate-2018-sinema-count-multi-undet
SINEMA_Q = "Will Kyrsten Sinema win the 2018 U.S. Senate election in Arizona?"


def test_a_lead_taken_is_no_win():
    m = market(SINEMA_Q, "2018-12-31T23:59:59-07:00",
               "This market will resolve to \"Yes\" if Kyrsten Sinema is certified or projected by major news "
               "organizations as the winner of the November 6, 2018 U.S. Senate election in Arizona. If Martha McSally "
               "or anyone else wins, this market will resolve to \"No\".")
    a = article("https://www.politico.com/story/2018/11/08/sinema-takes-slim-lead-in-too-close-to-call-arizona-senate-"
                "race-978733", "2018-11-08T00:00:00-05:00", "Sinema takes slim lead in too-close-to-call Arizona Senate race",
                "Democratic Rep. Kyrsten Sinema took a narrow 9,610-vote lead over GOP Rep. Martha McSally Thursday "
                "evening as Arizona’s election authorities counted more ballots in the state’s uncalled Senate race.")
    v = evaluate_market(m, [a], ts("2018-11-09T08:00:00-07:00"))
    assert not _fired(v, "confirmation")
    assert decided(v) != "likely-yes"


def test_a_win_of_the_contest_still_confirms():
    # guard (b14 headline; the market asks about the winner, edited from the case's PSG market)
    m = market("Will Chelsea win the 2025 FIFA Club World Cup?", "2025-07-13T23:59:59-04:00")
    a = article("https://www.gulftoday.ae/sport/2025/07/14/chelsea-beat-psg-3-0-in-final-to-win-club-world-cup",
                "2025-07-13T22:00:00-04:00", CHELSEA, CHELSEA)
    v = evaluate_market(m, [a], ts("2025-07-14T12:00:00+00:00"))
    assert decided(v) == "likely-yes"


# b48-us-unemployment-feb-2013-at-or-below-7-8-preview-undet
STUCK = ("More hiring is needed to swiftly reduce the unemployment rate, which has been stuck at 7.8 percent or above "
         "since September.")
DIPPED = "The unemployment rate likely dipped to 7.8 percent from 7.9 percent."


def test_one_end_of_an_open_range_settles_no_bar_it_straddles():
    end = STUCK.index("7.8 percent") + len("7.8 percent")
    assert figure_words.open_bound(Required(7.8, "below", True, "percent").met_by, 7.8, STUCK, end) == "or above"
    # guard: the whole range lies on the bar's side of a bar at or below it; a plain level is no range
    assert figure_words.open_bound(Required(7.8, "above", True, "percent").met_by, 7.8, STUCK, end) is None
    d_end = DIPPED.index("7.8 percent") + len("7.8 percent")
    assert figure_words.open_bound(Required(7.8, "below", True, "percent").met_by, 7.8, DIPPED, d_end) is None


def test_the_preview_no_longer_confirms_the_rate():
    m = market("Will the U.S. unemployment rate for February 2013 be 7.8% or lower?", "2013-03-08T23:59:59-05:00",
               "This market will resolve to \"Yes\" if the Bureau of Labor Statistics' initial Employment Situation "
               "release for February 2013 reports a seasonally adjusted unemployment rate of 7.8% or lower. Otherwise, "
               "this market will resolve to \"No\".")
    a = article("https://archives.lincolndailynews.com/2013/Mar/08/News/news030813_d.shtml", "2013-03-08T00:00:00-06:00",
                "Steady US Job Gains Likely Continued In February",
                "Economists forecast that employers added 152,000 jobs in February, according to a survey by FactSet, "
                "about the same as in January. " + DIPPED + "\nThe Labor Department is scheduled to release the jobs "
                "report at 8:30 a.m. EST Friday.\n" + STUCK)
    v = evaluate_market(m, [a], ts("2013-03-08T07:00:00-05:00"))
    assert decided(v) != "likely-yes"


# b48-us-gdp-q1-2017-advance-at-least-1pct-multi-no
GDP_Q = "Will the BEA's advance estimate show U.S. real GDP growth of 1.0% or more in Q1 2017?"
GDP_C = ("This market will resolve to \"Yes\" if the U.S. Bureau of Economic Analysis' advance estimate of real GDP for "
         "the first quarter of 2017, released on or about April 28, 2017, shows growth at a seasonally adjusted annual "
         "rate of 1.0% or more. Later (second or third) estimates are not considered. Otherwise, this market will resolve "
         "to \"No\".")
THIRD = ("Real gross domestic product (GDP) increased at an annual rate of 1.4 percent in the first quarter of 2017\n"
         "(table 1), according to the \"third\" estimate released by the Bureau of Economic Analysis.")
ADVANCE = ("Real gross domestic product (GDP) increased at an annual rate of 0.7 percent in the first quarter of 2017 "
           "(table 1), according to the \"advance\" estimate released by the Bureau of Economic Analysis.")
THIRD_TITLE = ("Gross Domestic Product, 1st quarter 2017 (third estimate); Corporate Profits, 1st quarter 2017 (revised "
               "estimate)")


def test_a_later_estimate_is_not_the_early_one_asked():
    at = THIRD.index("1.4 percent")
    assert release_vintage.later_release(GDP_Q, GDP_C, THIRD, at, at + 11) == "third estimate"
    second = "In the second estimate, the increase in real GDP was 1.2 percent."
    assert release_vintage.later_release(GDP_Q, GDP_C, second, second.index("1.2"), second.index("1.2") + 11) == \
        "second estimate"
    plain = "In the fourth\nquarter of 2016, real GDP increased 2.1 percent."
    assert release_vintage.later_release(GDP_Q, GDP_C, plain, plain.index("2.1"), plain.index("2.1") + 11,
                                         THIRD_TITLE) == "third estimate (in the headline)"


def test_the_early_estimate_and_other_markets_are_read():
    at = ADVANCE.index("0.7 percent")
    assert release_vintage.later_release(GDP_Q, GDP_C, ADVANCE, at, at + 11) is None
    # guard: a market on no early release (b01 question) reads any estimate
    q = "Will the US annual CPI inflation rate for September 2016 be above 1.5%?"
    assert release_vintage.later_release(q, "", THIRD, THIRD.index("1.4"), THIRD.index("1.4") + 11) is None
    # guard: 'first five days of release' (b34 criteria) asks no early release
    assert release_vintage.asks_early("Will Stranger Things 5 reach 50 million views?",
                                      "views in its first five days of release") is None


def test_the_third_estimate_no_longer_overturns_the_advance_one():
    m = market(GDP_Q, "2017-04-28T23:59:59-04:00", GDP_C)
    early = article("https://www.advisorperspectives.com/dshort/updates/2017/04/28/q1-gdp-advance-estimate-real-gdp-drops-"
                    "to-0-7-disappoints-forecast", "2017-04-28T00:00:00-04:00",
                    "Q1 GDP Advance Estimate: Real GDP Drops to 0.7%, Disappoints Forecast", ADVANCE)
    late = article("https://www.bea.gov/news/2017/gross-domestic-product-1st-quarter-2017-third-estimate-corporate-"
                   "profits-1st-quarter-2017", "2017-06-29T08:30:00-04:00", THIRD_TITLE, THIRD)
    v = evaluate_market(m, [early, late], ts("2017-06-29T12:00:00-04:00"))
    assert decided(v) == "likely-no"


# b47-abe-still-pm-on-sep15-2020-multi-yes
ABE = ("TOKYO (AP) — Japanese Prime Minister Shinzo Abe and his Cabinet resigned, clearing the way for his successor to "
       "take over after parliamentary confirmation later Wednesday.")


def test_a_dateline_city_gives_the_stories_days():
    a = article("https://wtop.com/asia/2020/09/japans-pm-shinzo-abe-resigns-clearing-way-for-successor/",
                "2020-09-15T20:28:00-04:00", "Japan’s PM Shinzo Abe resigns, clearing way for successor", ABE)
    local = datelines.local(a)
    assert local.published == a.published and local.published.utcoffset() == timedelta(hours=9)
    assert local.published.date().isoformat() == "2020-09-16"


def test_a_dateline_is_no_clock_where_the_time_is_unknown_or_the_city_unlisted():
    # guard (b47 CNA article): a midnight publication gives a day, not an instant
    cna = article("https://www.channelnewsasia.com/news/asia/japan-prime-minister-shinzo-abe-successor-13068052",
                  "2020-08-31T00:00:00+08:00", "Japan's ruling LDP to hold leadership vote on Sep 14 to pick Abe successor: "
                  "Media", "TOKYO: Japan's ruling Liberal Democratic Party (LDP) will vote on Sep 14 to select a new leader "
                  "to succeed Prime Minister Shinzo Abe, Jiji news agency reported on Monday (Aug 31).")
    assert datelines.local(cna) is cna
    # guard (b24-737-max9-stays-grounded-through-jan14-2024-multi-yes, its text cut short): a city with daylight saving is not listed; its Friday story keeps its day
    faa = article("https://www.nasdaq.com/articles/us-faa-to-review-new-inspection-data-from-boeing-737-max-9-planes-"
                  "before-allowing-flights", "2024-01-12T18:54:00-05:00",
                  "US FAA to review new inspection data from Boeing 737 MAX 9 planes before allowing flights",
                  "WASHINGTON, Jan 12 (Reuters) - The Federal Aviation Administration (FAA) said late on Friday it will "
                  "require inspections")
    assert datelines.local(faa) is faa


def test_a_resignation_told_on_the_dateline_day_is_after_the_deadline():
    m = market("Will Shinzo Abe still be Prime Minister of Japan at the end of September 15, 2020 (Tokyo time)?",
               "2020-09-15T23:59:59+09:00",
               "This market will resolve to \"Yes\" if Shinzo Abe holds the office of Prime Minister of Japan continuously "
               "from August 28, 2020 through September 15, 2020, 11:59 PM Japan Standard Time. Otherwise, including if "
               "Abe and his cabinet formally resign, or a successor takes office, at or before that time, this market "
               "will resolve to \"No\".")
    a = article("https://wtop.com/asia/2020/09/japans-pm-shinzo-abe-resigns-clearing-way-for-successor/",
                "2020-09-15T20:28:00-04:00", "Japan’s PM Shinzo Abe resigns, clearing way for successor", ABE)
    v = evaluate_market(m, [a], ts("2020-09-16T12:00:00+09:00"))
    assert not _fired(v, "state_ended")
    assert decided(v) != "likely-no"
