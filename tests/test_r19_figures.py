"""How figures are read in threshold markets (nineteenth round, r19-figures), each a general reading
measured over the development batches: a level told with the copula and 'at' and a total told as the
whole ('is at 20', 'In all, 51 people died', 'a cumulative total of …, including 207 deaths':
told_levels.py); a decimal comma before 'percent' ('52,4 percent') and two sides' shares told as a
lead ('leading … by 52,4 percent to 43,8 percent': figures.sides_pair), with the count told of the
election's votes ('With 98 percent of the votes from the Sunday election counted'); thousands set off
by a space ('2 384 … cases'); a 12-month figure whose sentence gives the month's change after it
(annual_figures.monthly_elsewhere). Sentences verbatim from the development corpus, each naming its
case; the must-not-fire sentences are the nearest wordings where the reading must not decide."""

import time

from resolver.engine import figures, partial_counts
from resolver.engine.annual_figures import monthly_elsewhere
from resolver.engine.rules.threshold_figures import _MONTHLY, _VALUE
from resolver.engine.told_levels import level_told
from tests.conftest import decided, fired, run_case
from cpu_budget import assert_cpu_within


def _values(text: str) -> list[str]:
    return [m.group().strip() for m in _VALUE.finditer(text)]


# b108-winston-fiji-deaths-20-by-feb29-2016-multi-yes
FIJI_Q = "Will the reported death toll in Fiji from Cyclone Winston reach 20 by February 29, 2016?"
FIJI_C = ('This market will resolve to "Yes" if a death toll of 20 or more in Fiji from Tropical Cyclone Winston is '
          'reported on or before February 29, 2016. Otherwise, "No".')
FIJI_LEAD = ("Tropical Cyclone Winston made landfall as a category 5 storm on the island nation of Fiji on Saturday, "
             "February 20, 2016.")
FIJI = ("The current death toll is at 20, although it is expected to rise when contact is resumed with hard-hit "
        "outlying islands.")


def _fiji(text: str):
    return run_case(FIJI_Q, "2016-02-29T23:59:59+12:00", FIJI_C,
                    [("http://www.imagecatinc.com/2016/02/tropical-cyclone-winston-feb-2016/", "2016-02-22T00:00:00-08:00",
                      "Tropical Cyclone Winston, Feb 2016", FIJI_LEAD + " " + text)],
                    "2016-02-23T00:00:00+12:00")


def test_a_level_told_with_is_at_reaches_the_bar():
    v = _fiji(FIJI)
    assert decided(v) == "likely-yes"
    assert fired(v, "threshold_crossed")
    assert level_told(FIJI_Q, FIJI, FIJI.index("20"), FIJI.index("20") + 2) == "is at"


def test_a_level_told_with_is_at_must_not_fire():
    # a level of another time, a level short of the bar
    assert not fired(_fiji("The death toll was at 20 a week earlier, officials said."), "threshold_crossed")
    assert not fired(_fiji("The current death toll is at 19, although it is expected to rise."), "threshold_crossed")
    text = "The annual rate of inflation was at 3.11% a year- ago."  # b91-india-wpi-week-oct18-2008-below-11pct-yes
    assert level_told("Will WPI inflation be below 11%?", text, text.index("3.11"), text.index("%") + 1) is None


# b108-albania-quake-toll-50-by-dec31-2019-multi-yes
ALB_Q = "Will the confirmed death toll from the November 26, 2019 Albania earthquake reach 50 by December 31, 2019?"
ALB_C = ('This market will resolve to "Yes" if Albanian authorities confirm 50 or more deaths caused by the magnitude 6.4 '
         'earthquake that struck Albania on November 26, 2019, on or before December 31, 2019. Otherwise, "No".')
ALB_LEAD = ("The search and rescue operation for earthquake survivors in Albania has ended, Prime Minister Edi Rama said "
            "Saturday.")
ALB_PART = "In the port city of Durres – 30 kilometers west of the capital, Tirana -- the quake killed 24."
ALB_ALL = "In all, 51 people died, including seven children. Nine-hundred were injured."


def _albania(text: str):
    return run_case(ALB_Q, "2019-12-31T23:59:59+01:00", ALB_C,
                    [("https://www.voanews.com/europe/albanias-earthquake-search-rescue-operation-ends",
                      "2019-11-30T00:00:00-05:00", "", ALB_LEAD + " " + text)],
                    "2019-12-01T00:00:00+01:00")


def test_a_total_told_in_all_reaches_the_bar():
    v = _albania(ALB_PART + " " + ALB_ALL)
    assert decided(v) == "likely-yes"
    assert fired(v, "threshold_crossed")


def test_a_total_told_in_all_must_not_fire():
    # the same count told with no word of the whole, a part of the toll, and a count of another group
    assert not fired(_albania("By Saturday, 51 people died, including seven children."), "threshold_crossed")
    assert not fired(_albania(ALB_PART), "threshold_crossed")
    assert not fired(_albania("In all, 51 people were injured, including seven children."), "threshold_crossed")
    # a whole the count is part of, not the count: 'This involves 87 members voting in favour out of a total of 130.'
    text = "This involves 87 members voting in favour out of a total of 130."
    assert level_told("Will the motion get 100 votes?", text, text.index("130"), text.index("130") + 3) is None


# b108-madagascar-plague-deaths-200-by-nov30-2017-yes
MAD_Q = "Will reported deaths in Madagascar's 2017 plague outbreak reach 200 by November 30, 2017?"
MAD_C = ('This market will resolve to "Yes" if the World Health Organization or Madagascar\'s Ministry of Health reports '
         'a cumulative total of 200 or more deaths (confirmed, probable and suspected cases) in the plague outbreak that '
         'began in Madagascar on August 1, 2017, on or before November 30, 2017. Otherwise, "No".')
MAD = ("From 1 August to 24 November 2017, a cumulative total of 2 384 confirmed, probable and suspected cases of plague, "
       "including 207 deaths (case fatality rate 9%), have been reported from 57 of 114 (50%) districts in Madagascar.")


def _madagascar(question: str, text: str):
    return run_case(question, "2017-11-30T23:59:59+03:00", MAD_C,
                    [("https://reliefweb.int/report/madagascar/madagascar-plague-outbreak-external-situation-report-13",
                      "2017-11-27T00:00:00+03:00", "Madagascar Plague Outbreak: External Situation Report #13 - 27 November 2017",
                      MAD)],
                    "2017-11-28T00:00:00+03:00")


def test_a_part_named_by_the_markets_noun_inside_a_total_is_its_count():
    v = _madagascar(MAD_Q, MAD)
    assert decided(v) == "likely-yes"
    assert [c for c in fired(v, "threshold_crossed") if "207" in c.reason]
    # the thousands set off by a space are one number, no longer '2' and '384'
    assert [v for v in _values(MAD) if v in ("2 384", "2", "384", "207")] == ["2 384", "207"]


def test_a_part_inside_a_total_must_not_fire():
    # a market counting something else than the part's noun ('cases'): the part is not its count
    q = "Will reported plague cases in Madagascar reach 3,000 by November 30, 2017?"
    assert level_told(q, MAD, MAD.index("207"), MAD.index("207") + 3) is None
    # with no total around it, a part is no whole count
    text = "Officials reported 2 384 cases, including 207 deaths."
    assert level_told(MAD_Q, text, text.index("207"), text.index("207") + 3) is None


def test_space_grouped_thousands_must_not_join_other_numbers():
    # b18-kalmaegi: a headline's two counts ('Kills 114 127 Missing'), a table row, a year before a count
    assert _values("Typhoon Kalmaegi Kills 114 127 Missing in Philippine Still Reeling From Quake") == ["114", "127"]
    assert _values("Change in Nonfarm Payrolls 295 239 257 329") == ["295", "239", "257", "329"]
    assert _values("In 2016 120 people died") == ["2016", "120"]
    assert _values("Chamisa received 1 967 343 which translates to 44%") == ["1 967 343", "44%"]  # b29


# b105-yushchenko-55pct-ukraine-rerun-dec2004-multi-no
YU_Q = ("Will Viktor Yushchenko receive at least 55% of the vote in Ukraine's December 26, 2004 presidential run-off "
        "re-vote?")
YU_C = ('This market will resolve to "Yes" if the final results of the December 26, 2004 repeat presidential run-off '
        'published by Ukraine\'s Central Election Commission show Viktor Yushchenko with 55.00% or more of the vote. '
        'Otherwise, this market will resolve to "No".')
YU = ("With 98 percent of the votes from the Sunday election counted Mr. Yushchenko was leading Prime Minister Viktor F. "
      "Yanukovich by 52,4 percent to 43,8 percent according to the Central Election Commission.")


def _yushchenko(text: str):
    return run_case(YU_Q, "2005-01-20T23:59:59+02:00", YU_C,
                    [("https://humanrightshouse.org/articles/yushchenko-appears-to-win-ukraine-election",
                      "2004-12-27T00:00:00+01:00", "", text)],
                    "2004-12-28T00:00:00+02:00")


def test_a_lead_told_with_decimal_commas_is_the_leaders_share():
    assert _values(YU) == ["98 percent", "52,4 percent", "43,8 percent"]
    v = _yushchenko(YU)
    assert decided(v) == "likely-no"
    assert [c for c in fired(v, "threshold_missed") if "52,4" in c.reason and "Yushchenko" in c.reason]
    assert partial_counts.completeness([YU]).share == 98.0


def test_a_lead_and_a_decimal_comma_must_not_fire():
    # with no measure of what is left, a leader's share settles nothing
    v = _yushchenko("Mr. Yushchenko was leading Prime Minister Viktor F. Yanukovich by 52,4 percent to 43,8 percent.")
    assert decided(v) == "undetermined"
    # a move's size and the level it reached are no two sides (b02: 'cuts interest rate by 0.25% to 3.75%')
    text = "European Central Bank (ECB) cuts interest rate by 0.25% to 3.75%"
    assert not any(figures.sides_pair(text, m) for m in _VALUE.finditer(text))
    # a comma in a list of numbers is no decimal comma; nor a thousands comma
    assert _values("rounds 3,4,5 percent") == ["3", "5 percent"]
    assert _values("a rise of 1,234 percent") == ["1,234"]  # (three digits after the comma: thousands, as before)
    # the share won told with the votes of the election is not a count ('84.3 percent of the votes in last week's election')
    assert partial_counts.completeness(["He won with 84.3 percent of the votes in last week's election."]).share == 100.0


# b108-angola-inflation-jul2018-below-20pct-yes
ANG_Q = "Will Angola's national year-on-year inflation rate for July 2018 be below 20%?"
ANG_C = ('This market will resolve to "Yes" if Angola\'s National Statistics Institute (INE) reports year-on-year '
         'inflation in the National Consumer Price Index for July 2018 below 20.00%. Otherwise, "No".')
ANG = ("Year-on-year inflation in July in Angola was the lowest since February 2016 at a rate of 19.01%, with the monthly "
       "price variation at 1.25% being the second lowest of the year, the National Statistics Institute (INE) said in "
       "Luanda.")


def _angola(text: str):
    return run_case(ANG_Q, "2018-08-31T23:59:59+01:00", ANG_C,
                    [("https://macauhub.com.mo/2018/08/17/pt-angola-regista-em-julho", "2018-08-17T00:00:00+08:00",
                      "Angola posts the lowest annual rate of inflation since February 2016", text)],
                    "2018-08-18T00:00:00+01:00")


def test_a_yearly_figure_with_the_months_change_told_after_it():
    v = _angola(ANG)
    assert decided(v) == "likely-yes"
    assert [c for c in fired(v, "threshold_crossed") if "19.01%" in c.reason]


def test_a_yearly_figure_with_the_months_change_must_not_fire():
    # the month's word before the figure labels it; no annual word before it; the month's word with no figure of its own
    text = "Monthly inflation in July in Angola was 1.25%, with the year-on-year rate at 19.01%."
    k = text.index("1.25%")
    assert not monthly_elsewhere(text, k, k + 5, _MONTHLY)
    text = "Inflation in July in Angola was 19.01%, with the monthly price variation at 1.25%."
    k = text.index("19.01%")
    assert not monthly_elsewhere(text, k, k + 6, _MONTHLY)
    text = "Year-on-year inflation in Angola was 19.01% in July, up from a month earlier."
    k = text.index("19.01%")
    assert not monthly_elsewhere(text, k, k + 6, _MONTHLY)
    assert decided(_angola("Inflation in July in Angola was 19.01%, with the monthly price variation at 1.25%.")) \
        == "undetermined"


def test_a_long_sentence_of_the_readings_words_is_read_fast():
    unit = ("In all, 51 people died, a cumulative total of 2 384 cases, including 207 deaths, the toll is at 20, "
            "leading by 52,4 percent to 43,8 percent, with the monthly variation at 1,25 percent, ")
    text = unit * (30_000 // len(unit))
    start = time.process_time()
    _albania(text)
    _yushchenko(text)
    assert_cpu_within(start, 10.0)
