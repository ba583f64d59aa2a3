"""Batch 100 misses (eighteenth round, r18-b100). Sentences verbatim from the development corpus; each
names its case; the must-not-fire sentences are real or close wordings of the same shape that mean
something else.

- an exclusion's hyphenated word gives its parts ('Prices of the spot-month … do not count'), so a
  'spot month contract' figure is excluded (criteria_terms._phrase_terms, excluded_figures.py);
- a reach word of an excluded kind ('worldwide gross figures do not count') marks a figure told with it
  alone ('crossed the Rs 500 crore mark worldwide') (excluded_figures._SCOPE);
- a date between 'after/following the' and a noun behind the act dates that noun's event, not the act
  ('has fully reopened … following the March 26 collapse') (object_dates._after_the_event);
- a company's purchase is named by reporters as its acquisition (lexicon.NOUN_FAMILIES['purchase']);
- an unbeaten run that must 'remain intact' is a side staying unbeaten (unbeaten_endings._ASKED);
- a level held at a colour ('remain at Orange') is ended by a done move to another colour ('lowered
  from Orange to Yellow') (level_change._COLOURS)."""

from resolver.engine import criteria_terms
from resolver.engine.derive import _STOP
from tests.conftest import decided, fired, run_case

# b100-sanju-india-nett-300cr-by-jul15-2018-asof-week2-undet
SANJU_Q = "Will the Hindi film Sanju reach ₹300 crore nett at the India box office by July 15, 2018?"
SANJU_C = ("This market will resolve to \"Yes\" if trade figures (e.g. Taran Adarsh) report that Sanju's India nett "
           "box-office collection has reached ₹300 crore or more by the end of July 15, 2018. India gross and worldwide "
           "gross figures do not count. Otherwise, this market will resolve to \"No\".")
SANJU_S = "The Sanjay Dutt biopic has crossed the Rs 500 crore mark worldwide."
SANJU_LEAD = "Sanju box office collection: Sanju starring Ranbir Kapoor has achieved a big feat. "


def _sanju(text, criteria=SANJU_C):
    return run_case(SANJU_Q, "2018-07-15T23:59:59+05:30", criteria,
                    [("https://example.com/sanju", "2018-07-13T00:00:00+05:30", "", SANJU_LEAD + text)], "2018-07-13T12:00:00+00:00")


def test_worldwide_figure_is_of_the_excluded_worldwide_kind():
    assert not fired(_sanju(SANJU_S), "threshold_crossed")


def test_india_nett_figure_still_read():
    assert fired(_sanju("The Sanjay Dutt biopic has crossed the Rs 300 crore mark at the India box office."),
                 "threshold_crossed")


def test_worldwide_read_when_the_criteria_do_not_exclude_it():
    crit = SANJU_C.replace("India gross and worldwide gross figures do not count. ", "")
    assert fired(_sanju(SANJU_S, crit), "threshold_crossed")


# b100-palm-oil-benchmark-5000-ringgit-by-oct31-2021-asof-oct6-multi-undet
PALM_Q = ("Will the benchmark Malaysian palm oil futures contract trade at or above 5,000 ringgit per tonne by "
          "October 31, 2021?")
PALM_C = ("This market will resolve to \"Yes\" if the benchmark crude palm oil futures contract on Bursa Malaysia "
          "Derivatives (the third-month contract, December 2021 delivery in early October) trades at or above 5,000 "
          "ringgit per tonne at any time on or before October 31, 2021. Prices of the spot-month or other contract "
          "months do not count. Otherwise, this market will resolve to \"No\".")
PALM_S = ("The contract had climbed as much as 3%, while the spot month contract advanced to an all-time high of "
          "5,067 ringgit ($1,216).")

PALM_LEAD = ("KUALA LUMPUR: Malaysian palm oil futures closed at a record high on Wednesday, driven by a rally in crude "
             "prices and expectations of tighter supplies. ")


def _palm(text):
    return run_case(PALM_Q, "2021-10-31T23:59:59+08:00", PALM_C,
                    [("https://example.com/palm", "2021-10-06T00:00:00+08:00", "", PALM_LEAD + text)], "2021-10-07T00:00:00+00:00")


def test_spot_month_price_is_excluded():
    assert not fired(_palm(PALM_S), "threshold_crossed")


def test_benchmark_price_above_the_bar_is_read():
    assert fired(_palm("The benchmark December contract advanced to an all-time high of 5,067 ringgit ($1,216)."),
                 "threshold_crossed")


def test_hyphenated_exclusion_words():
    assert criteria_terms.exclusions("Prices of the spot-month or other contract months do not count.", _STOP)[0] \
        == "prices spot month"
    # a name with a figure stays out ('Niño-3'): the market's own 'Niño' is no excluded kind
    assert criteria_terms.exclusions("Other Niño regions (Niño-3, Niño-1+2, Niño-4) do not count.", _STOP) \
        == ["other niño regions"]
    assert "limited access channels" in criteria_terms.exclusions("Partial or limited-access channels do not count.", _STOP)


# b05-baltimore-channel-fully-reopen-by-may31-no (its exclusion now read whole, 'limited access channels',
# not 'channels': the sentence is read, and its act is not dated by the collapse)
BALT_Q = "Will Baltimore's main shipping channel fully reopen by May 31, 2024?"
BALT_C = ("This market will resolve to \"Yes\" if the Fort McHenry Federal Channel into the Port of Baltimore is fully "
          "reopened to its original width and depth by May 31, 2024, following the March 26, 2024 Francis Scott Key "
          "Bridge collapse. Partial or limited-access channels do not count. Otherwise, this market will resolve to \"No\".")
BALT_S = ("BALTIMORE (AP) — The main shipping channel into Baltimore’s port has fully reopened to its original depth "
          "and width following the March 26 collapse of the Francis Scott Key Bridge.")


def _balt(text):
    return run_case(BALT_Q, "2024-05-31T23:59:59-04:00", BALT_C,
                    [("https://example.com/balt", "2024-06-10T00:00:00-04:00", "", text)], "2024-06-11T12:00:00+00:00")


def test_date_of_the_event_the_act_followed_is_not_the_acts():
    v = _balt(BALT_S)
    assert decided(v) == "likely-no" and not fired(v, "confirmation")


def test_date_of_the_act_itself_still_dates_it():
    v = _balt("The main shipping channel into Baltimore’s port fully reopened on May 20 to its original depth and width.")
    assert fired(v, "confirmation")


def test_the_day_after_counts_from_the_date():
    # 'the day after the May 20 survey' dates the act (May 21), before the deadline
    v = _balt("The main shipping channel into Baltimore’s port fully reopened to its original depth and width the day "
              "after the May 20 survey.")
    assert fired(v, "confirmation")


# b100-ec-clears-vodafone-liberty-by-jul31-2019-yes
VOD_Q = ("Will the European Commission clear Vodafone's purchase of Liberty Global's cable businesses in Germany and "
         "Central Europe by July 31, 2019?")
VOD_C = ("This market will resolve to \"Yes\" if, on or before July 31, 2019, the European Commission approves (with or "
         "without conditions) Vodafone's acquisition of Liberty Global's operations in Germany, the Czech Republic, "
         "Hungary and Romania. Otherwise, this market will resolve to \"No\".")
VOD_S = ("NEWBURY (dpa-AFX) - The European Commission or EC said Thursday that it has approved Vodafone Group Plc's "
         "(VOD.L, VOD) proposed acquisition of Liberty Global Inc.'s (LBTYA, LBTYB, LBTYK) cable business in Czechia, "
         "Germany, Hungary and Romania.")


def _vod(text):
    return run_case(VOD_Q, "2019-07-31T23:59:59+02:00", VOD_C,
                    [("https://example.com/vod", "2019-07-18T00:00:00+02:00", "", text)], "2019-07-19T00:00:00+00:00")


def test_purchase_named_as_acquisition():
    v = _vod(VOD_S)
    assert fired(v, "confirmation") and decided(v) == "likely-yes"


def test_approval_of_another_thing_is_not_the_purchase():
    v = _vod("The European Commission said Thursday that it has approved Vodafone Group Plc's proposed network-sharing "
             "plan with Liberty Global in Germany.")
    assert not fired(v, "confirmation")


# b100-leverkusen-bundesliga-unbeaten-through-sep30-2024-no
LEV_Q = ("Will Bayer Leverkusen's Bundesliga unbeaten run, dating back to May 2023, remain intact through "
         "September 30, 2024?")
LEV_C = ("This market will resolve to \"Yes\" if Bayer Leverkusen do not lose any Bundesliga match between the start of "
         "the 2024–25 season and September 30, 2024, so that their league unbeaten run that began after their last "
         "league defeat in May 2023 remains intact. If Leverkusen lose a Bundesliga match in that period, this market "
         "will resolve to \"No\".")
LEV_S = ("Leverkusen, Germany: champions Bayer Leverkusen suffered their first Bundesliga defeat since May 2023 as a 3-2 "
         "loss at home to RB Leipzig on Saturday snapped their 35-match unbeaten run in the top flight.")


def _lev(text):
    return run_case(LEV_Q, "2024-09-30T23:59:59+02:00", LEV_C,
                    [("https://example.com/lev", "2024-08-31T00:00:00+03:00", "", text)], "2024-09-01T00:00:00+00:00")


def test_first_defeat_ends_the_unbeaten_run():
    v = _lev(LEV_S)
    assert fired(v, "state_ended") and decided(v) == "likely-no"


def test_a_defeat_only_possible_ends_nothing():
    assert not fired(_lev("Bayer Leverkusen could suffer their first Bundesliga defeat since May 2023 at home to "
                          "RB Leipzig on Saturday."), "state_ended")


# b100-soufriere-alert-stays-orange-through-sep30-2021-multi-no
SOU_Q = "Will the volcanic alert level at La Soufrière on St Vincent remain at Orange through September 30, 2021?"
SOU_C = ("This market will resolve to \"Yes\" if the official volcano alert level for La Soufrière (St Vincent and the "
         "Grenadines) remains at Orange at all times from May 7, 2021 through September 30, 2021. If the alert level is "
         "raised or lowered from Orange at any point in that period, this market will resolve to \"No\".")
SOU_S = ("The advice came from Prime Minister Dr. Ralph Gonsalves, as he announced on NBC Radio last evening that the "
         "Volcano Hazard Alert Level had been lowered from Orange to Yellow")
SOU_BEGIN = ("● The Government of St. Vincent and the Grenadines has lowered the volcanic alert level at La Soufrière to "
             "ORANGE based on the advice of Scientists from the Seismic Research Centre of the University of the West Indies.")


def _sou(text, published="2021-09-16T00:00:00-04:00"):
    return run_case(SOU_Q, "2021-09-30T23:59:59-04:00", SOU_C,
                    [("https://example.com/sou", published, "", text)], "2021-09-17T00:00:00+00:00")


def test_level_moved_to_another_colour_ends_the_state():
    v = _sou(SOU_S)
    assert fired(v, "state_ended") and decided(v) == "likely-no"


def test_level_moved_to_the_market_colour_ends_nothing():
    assert not fired(_sou(SOU_BEGIN, "2021-05-07T00:00:00-04:00"), "state_ended")


def test_a_number_is_not_compared_with_a_colour():
    assert not fired(_sou("The Volcano Hazard Alert Level had been lowered to level 2 last evening."), "state_ended")
