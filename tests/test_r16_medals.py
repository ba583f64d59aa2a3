"""Readings of batch 77 (sixteenth round, r16-b77), on verbatim development sentences, each with the
nearby wording that must not be read the same way: a medal table's list by colour ('a final tally of
51 gold, 21 silver and 28 bronze') gives the subject team's count of the market's colour
(rules/medal_tally.py); a short count is a no only when the Games are told over; '…, dpa reported.'
is a trailing named source, no hedge (hedges._source_words, reporters.json news_bodies)."""

from tests.conftest import decided, fired, run_case

# b77-china-50-golds-beijing-2008-yes
CHINA_Q = ("Will China win at least 50 gold medals at the 2008 Beijing Olympics?", "2008-08-24T23:59:59+08:00",
           'This market will resolve to "Yes" if China (the People\'s Republic of China team) wins 50 or more gold medals '
           'at the 2008 Summer Olympic Games in Beijing, according to the final official medal table. Otherwise, this '
           'market will resolve to "No".')
CHINA_TEXT = ("China finishes the 2008 Beijing Games sitting proudly on top of the medals table with a final tally of 51 "
              "gold, 21 silver and 28 bronze, dpa reported.")


def _china(text, as_of="2008-08-26T00:00:00+00:00", published="2008-08-25T07:39:00+04:00"):
    return run_case(*CHINA_Q, [("https://en.trend.az/azerbaijan/society/1277727.html", published,
                                "Mission accomplished for Team China", text)], as_of)


def test_final_tally_by_colour_meets_the_bar():
    v = _china(CHINA_TEXT)
    assert decided(v) == "likely-yes" and fired(v, "confirmation")


def test_dpa_reported_is_no_hedge():
    v = _china(CHINA_TEXT)
    assert not fired(v, "hedged")


def test_another_teams_tally_after_while_is_not_ours():
    v = _china("China finishes the Games second, while the United States ends with a final tally of 51 gold, 21 silver "
               "and 28 bronze.")
    assert not [c for c in fired(v, "confirmation") if "medal tally" in c.reason]


def test_short_tally_during_the_games_is_no_no():
    v = _china("China leads the medals table with 45 gold, 16 silver and 20 bronze.", as_of="2008-08-21T00:00:00+00:00",
               published="2008-08-20T09:00:00+08:00")
    assert decided(v) != "likely-no" and not fired(v, "magnitude_short")


def test_silver_list_gives_no_gold_count():
    v = _china("China finishes the 2008 Beijing Games with 21 silver and 28 bronze.")
    assert not [c for c in v.contributions if "medal tally" in c.reason]


# b60-usa-40-golds-tokyo-2021-no
USA_Q = ("Will the United States win 40 or more gold medals at the Tokyo 2020 Olympics?", "2021-08-08T23:59:59+09:00",
         'This market will resolve to "Yes" if Team USA\'s final gold medal count at the Tokyo 2020 Summer Olympics (held '
         'in 2021) is 40 or more. Otherwise, this market will resolve to "No".')
USA_TEXT = ("The United States have topped the Olympic medal table for the third successive time after ending the Tokyo "
            "Games on Sunday with a best 39 golds, 41 silvers and 33 bronze.")


def test_short_final_tally_is_a_no():
    v = run_case(*USA_Q, [("https://newsghana.com.gh/united-states-top-medal-table-for-third-successive-games/",
                           "2021-08-08T00:00:00+00:00", "United States top medal table for third successive games",
                           USA_TEXT)], "2021-08-09T00:00:00+00:00")
    assert decided(v) == "likely-no" and fired(v, "magnitude_short")
