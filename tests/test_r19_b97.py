"""Readings from batch 97's misses (nineteenth round): a sum the question sets on an act that fixes
it once ('agree to pay … at least R12,500') is met or missed by the sum the report gives with the
act, and a report naming no sum does not say (agreed_sums.py; a running total such as a film's gross
is not read); a figure told as the overall, worldwide or global total is not the count of the one
place a market counts in (wider_totals.py); a forecast decides only when two sources make it, and two
outlets quoting the same words carry one statement (evaluate._affirmative); a turnout told as placed
at, or judged before its figure ('a low 43 percent', 'a record 65 percent'), is the vote's turnout
(turnouts._TOLD). Sentences verbatim from the corpus (the case named in a comment), with near
wordings where the reading must stay silent."""

from __future__ import annotations

import time

from conftest import decided, fired, run_case

from resolver.engine import agreed_sums, wider_totals
from cpu_budget import assert_cpu_within


# --- a sum agreed below the bar -------------------------------------------------------------------

LONMIN_Q = ("Will Lonmin agree to pay Marikana rock drill operators a monthly wage of at least R12,500 by September 30, "
            "2012?")
LONMIN_C = ("This market will resolve to \"Yes\" if, on or before September 30, 2012, Lonmin agrees to a monthly pay level "
            "of at least 12,500 rand for rock drill operators at its Marikana platinum mine in South Africa, as reported "
            "by credible media. Otherwise, this market will resolve to \"No\".")
LONMIN_HEAD = "South Africa miners celebrate wage deal reached with Lonmin"
LONMIN_SENT = ("Lonmin agreed to a gross pay of 11,078 rand ($1,385) to rock drill operators who had been demanding a "
               "monthly take-home wage of 12,500 rand ($1,560).")


def _lonmin(title: str, text: str):
    return run_case(LONMIN_Q, "2012-09-30T23:59:59+02:00", LONMIN_C,
                    [("https://www.example.ca/2012/09/19/south-africa-miners-celeb", "2012-09-19T08:18:00-04:00", title,
                      text)], "2012-10-01T00:00:00+00:00")


def test_sum_agreed_below_the_bar_is_short():
    # b97-lonmin-r12500-rock-drill-wage-no
    v = _lonmin(LONMIN_HEAD, LONMIN_SENT)
    assert fired(v, "magnitude_short") and not fired(v, "confirmation") and decided(v) == "likely-no"


def test_deal_with_no_sum_does_not_confirm():
    # b97-lonmin-r12500-rock-drill-wage-no: the headline tells the deal, not its sum
    v = _lonmin(LONMIN_HEAD, "Workers cheered and laughed as they walked into the stadium.")
    assert not fired(v, "confirmation") and not fired(v, "magnitude_short")


def test_sum_agreed_at_the_bar_confirms():
    # must not say no: the same sentence with the sum agreed at the bar
    v = _lonmin(LONMIN_HEAD, LONMIN_SENT.replace("11,078 rand ($1,385)", "12,500 rand ($1,560)"))
    assert fired(v, "confirmation") and not fired(v, "magnitude_short") and decided(v) == "likely-yes"


def test_sum_only_demanded_is_not_agreed():
    # must not say no: the only sum after the act is the one demanded
    v = _lonmin("", "Lonmin agreed to a new wage deal with rock drill operators who had been demanding a monthly "
                    "take-home wage of 10,000 rand.")
    assert not fired(v, "magnitude_short")


def test_rough_sum_settles_nothing():
    # must not say no: a rough sum
    v = _lonmin("", "Lonmin agreed to a gross pay of about 11,000 rand to rock drill operators.")
    assert not fired(v, "magnitude_short") and not fired(v, "confirmation")


def test_running_total_is_not_read():
    # b84-wolf-warrior-2-4bn-yuan-by-aug20-2017-asof-aug9-multi-undet: a gross builds up; no sum reading
    q = "Will 'Wolf Warrior 2' gross at least 4 billion yuan at the mainland China box office by August 20, 2017?"
    assert agreed_sums.bar(q) is not None
    assert agreed_sums.check(q, "Domestic action film Wolf Warrior 2 topped the box office in an unprecedented "
                                "number, grossing 3.4 billion yuan (roughly $506 million) in just 13 days.", 70, "gross") is None


def test_pence_bar_read():
    # b97-glencore-ipo-priced-550p-no: the bar in pence, set after the figure
    b = agreed_sums.bar("Will Glencore price its London initial public offering at 550 pence per share or higher?")
    assert b is not None and b.value == 550 and b.currency == "GBX" and b.inclusive
    text = "As expected, Glencore yesterday set the final price for its IPO at 530 pence per share."
    assert agreed_sums.check("Will Glencore price its London initial public offering at 550 pence per share or higher?",
                             text, text.index("set"), "price")[0] == "short"


# --- a wider whole's total is not the place's count ---------------------------------------------------

SANDY_Q = "Will the U.S. death toll from Hurricane Sandy exceed 100 by November 15, 2012?"
SANDY_C = ("This market will resolve to \"Yes\" if, on or before November 15, 2012, officials or major news organisations "
           "report more than 100 deaths in the United States attributed to Hurricane/Superstorm Sandy. Deaths outside the "
           "United States do not count. Otherwise, this market will resolve to \"No\".")


def _sandy(text: str, q: str = SANDY_Q, c: str = SANDY_C):
    return run_case(q, "2012-11-15T23:59:59-05:00", c,
                    [("https://www.example.com/Top_News/US/2012/11/01/sandy", "2012-11-01T19:22:00-04:00", "", text)],
                    "2012-11-02T00:00:00+00:00")


def test_overall_toll_is_not_the_places():
    # b97-sandy-us-deaths-over-100-by-nov15-2012-multi-undet
    v = _sandy("The 88 U.S. deaths attributed to Sandy brought the storm's overall death toll to 157, with 67 dead in the "
               "Caribbean and two confirmed dead in Canada, CNN reported.")
    assert not fired(v, "threshold_crossed") and v.verdict == "undetermined"


def test_overall_toll_earlier_sentence():
    # b97-sandy-us-deaths-over-100-by-nov15-2012-multi-undet (the Oct. 30 report)
    v = _sandy("Earlier, 67 people died in the Caribbean, bringing the storm's overall death toll to 107.")
    assert not fired(v, "threshold_crossed")


def test_place_toll_still_crosses():
    # must not stay silent: the U.S. toll itself past the bar
    v = _sandy("The U.S. death toll from superstorm Sandy reached 106, officials said Thursday.")
    assert fired(v, "threshold_crossed")


def test_overall_toll_of_a_market_with_no_place():
    # b46-katrina-toll-1000-by-sep30-2005-multi-yes: a market with no place of its own reads the overall toll
    q = "Will the official death toll from Hurricane Katrina reach 1,000 by September 30, 2005?"
    assert wider_totals.wider_total(q, "Otherwise, this market will resolve to \"No\".",
                                    "the state's Department of Health and Hospitals said Wednesday, bringing the "
                                    "overall death toll to ") is None
    assert wider_totals.wider_total(SANDY_Q, SANDY_C, "brought the storm's overall death toll to ") == "overall death toll"


# --- one quote carried by two outlets is one statement -------------------------------------------------

GREECE_Q = "Will a new Greek government be sworn in following the May 6, 2012 election by May 15, 2012?"
GREECE_C = ("This market will resolve to \"Yes\" if, on or before May 15, 2012, a new Greek government formed from the "
            "parliament elected on May 6, 2012 is sworn in. A caretaker cabinet appointed only to organise a new election "
            "does not count. Otherwise, this market will resolve to \"No\".")


def _greece(first: str, second: str):
    return run_case(GREECE_Q, "2012-05-15T23:59:59+03:00", GREECE_C,
                    [("http://in.example.com/article/greece-samaras-idINA8E8E901Q20120507", "2012-05-07T00:00:00+03:00",
                      "", first),
                     ("http://suffragio.example.org/2012/05/07/samaras-unable-to-form-coalition/",
                      "2012-05-07T00:00:00-04:00", "BREAKING: ND leader Samaras unable to form coalition", second)],
                    "2012-05-08T00:00:00+00:00")


def test_same_quote_in_two_outlets_is_one_forecast():
    # b97-greece-new-govt-by-may15-2012-multi-undet
    v = _greece("\"We did everything we could,\" Samaras said. \"It was\nimpossible (to form a government). I handed back "
                "the mandate.\"",
                "”We did everything we could,” Samaras said. ”It was impossible (to form a government). I handed back the "
                "mandate.”")
    assert fired(v, "ruled_out") and v.verdict == "undetermined"


def test_two_statements_in_two_outlets_still_decide():
    # must still decide: two sources, two different statements of the act ruled out
    v = _greece("\"It is impossible to form a government,\" Samaras said.",
                "Tsipras said a coalition government cannot be formed by this parliament.")
    assert v.verdict == "likely-no"


# --- a turnout placed at, or judged before its figure ------------------------------------------------

CROATIA_Q = "Will official turnout in Croatia's January 22, 2012 EU membership referendum be 50% or higher?"
CROATIA_C = ("This market will resolve to \"Yes\" if the official turnout reported by Croatia's State Election Commission "
             "for the January 22, 2012 referendum on European Union membership is 50% or higher. Otherwise, this market "
             "will resolve to \"No\".")


def _croatia(text: str):
    return run_case(CROATIA_Q, "2012-01-31T23:59:59+01:00", CROATIA_C,
                    [("https://www.example.org/digest/post/16765/", "2012-01-22T00:00:00-05:00",
                      "Croatians vote in favor of European Union membership", text)], "2012-01-24T00:00:00+00:00")


def test_turnout_placed_at_a_low_figure():
    # b97-croatia-eu-referendum-turnout-50pct-multi-no
    v = _croatia("Although turnout was officially placed at a low 43 percent, Foreign Minister Vesna PUSIC stated that this "
                 "was a result of inaccurate and out of date voter registry.")
    assert fired(v, "threshold_missed") and decided(v) == "likely-no"


def test_turnout_claimed_closer_is_not_read():
    # must not decide: a claim of what the turnout may have been
    v = _croatia("PUSIC claimed that of the voter roll was accurate, actual turnout may have been closer to 60 percent of "
                 "voters.")
    assert not fired(v, "threshold_crossed", "threshold_missed")


def test_turnout_expected_is_not_read():
    # must not decide: a turnout still expected
    v = _croatia("Turnout was expected to be placed at a low 43 percent.")
    assert not fired(v, "threshold_crossed", "threshold_missed")


# --- hostile input -------------------------------------------------------------------------------

def test_long_run_on_sum_sentence_is_fast():
    words = "Lonmin agreed to a gross pay of 11,078 rand ($1,385) and demanded 12,500 rand overall death toll to 157 "
    text = (words * (30000 // len(words)))[:30000]
    start = time.process_time()
    _lonmin("", text)
    _sandy(text)
    assert_cpu_within(start, 5.0)
