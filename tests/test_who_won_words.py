"""Who won, told in the words results are reported in (batches 39, 40 and 43, verbatim sentences):
a registrar naming the winner, a side beaten in the named final, the winner of a recount, a verdict on some of the
counts with the rest unresolved; and guards that each reading does not fire where it should not."""

from resolver.engine import evaluate_market
from tests.conftest import decided, news_article as article, news_market as market, ts


def rule(v, name: str) -> list:
    return [c for c in v.contributions if c.rule == name and c.counted]


# batch-40, b40-oakland-mayor-2010-quan-multi-yes
OAKLAND_CRITERIA = ("This market will resolve to \"Yes\" if {0} is certified as the winner of the November 2, 2010 "
                    "Oakland mayoral election after all ranked-choice tabulation by December 31, 2010. If another "
                    "candidate is certified, this market will resolve to \"No\". Otherwise, this market will resolve "
                    "to \"No\".")
QUAN = market("Will Jean Quan win the 2010 Oakland mayoral election?", "2010-12-31T23:59:59-08:00",
              OAKLAND_CRITERIA.format("Jean Quan"))
# http://www.berkeleydailyplanet.com/issue/2010-11-10/article/36734?headline=Registrar-Proclaims-Quan-the-Unofficial-Winner-in-Oakland-Mayor-s-Race
REGISTRAR = article(
    "http://www.berkeleydailyplanet.com/issue/2010-11-10/article/36734", "2010-11-10T17:55:00-08:00",
    "Updated: Registrar Proclaims Quan the Unofficial Winner in Oakland Mayor's Race",
    "City Councilwoman Jean Quan has been named the unofficial winner in Oakland's mayoral race, a spokesman for the "
    "Alameda County Registrar of Voters said today. \n\nQuan edged out former state Senate President Pro Tem Don "
    "Perata in a ranked-choice voter runoff, Registrar of Voters spokesman Guy Ashley said.  \n\nAfter all the votes "
    "had been counted, Quan had 50.98 percent of the vote to Perata's 49.02 percent, Ashley said. She led by 2,058 "
    "votes in a race where more than 100,000 ballots were cast. \n\nThe results aren't considered final yet because "
    "they still need to be certified, Ashley said.")
AS_OF_OAKLAND = ts("2010-11-11T12:00:00+00:00")


def test_a_candidate_named_the_winner_by_the_registrar_won():
    v = evaluate_market(QUAN, [REGISTRAR], AS_OF_OAKLAND)
    assert decided(v) == "likely-yes" and "named the unofficial winner" in rule(v, "confirmation")[0].reason


def test_the_rival_is_not_the_one_named_the_winner():
    perata = market("Will Don Perata win the 2010 Oakland mayoral election?", "2010-12-31T23:59:59-08:00",
                    OAKLAND_CRITERIA.format("Don Perata"))
    assert decided(evaluate_market(perata, [REGISTRAR], AS_OF_OAKLAND)) != "likely-yes"


# batch-43, b43-australia-win-wtc-final-2023-multi-yes
WTC_CRITERIA = ("This market will resolve to \"Yes\" if {0} win the 2021-23 ICC World Test Championship final against "
                "{1} at The Oval (June 7-12, 2023, including the reserve day). A draw or tie does not count. Otherwise, "
                "this market will resolve to \"No\".")
AUSTRALIA = market("Will Australia win the 2023 World Test Championship final?", "2023-06-12T23:59:59+01:00",
                   WTC_CRITERIA.format("Australia", "India"))
AS_OF_WTC = ts("2023-06-11T20:00:00+00:00")
WTC_TITLE = "Australia Crowned ICC World Test Champions With Win Over India"
# https://www.thekashmirmonitor.net/australia-crowned-icc-world-test-champions-with-win-over-india/
WTC_WIN = ("Australia secured a commanding 209-run victory over India in the World Test Championship (WTC) Final at "
           "The Oval, thus earning the title of World Test Champions.")


def wtc(text: str):
    return article("https://www.thekashmirmonitor.net/australia-crowned-icc-world-test-champions-with-win-over-india/",
                   "2023-06-11T00:00:00+05:30", WTC_TITLE, text)


def test_the_side_beaten_in_the_named_final_is_no_qualifier_of_another_contest():
    v = evaluate_market(AUSTRALIA, [wtc(WTC_WIN)], AS_OF_WTC)
    assert decided(v) == "likely-yes" and not [c for c in v.contributions if c.rule == "does_not_count"]


def test_a_win_in_another_named_final_still_names_another_contest():
    other = WTC_WIN.replace("the World Test Championship (WTC) Final at The Oval", "the Asia Cup final")
    v = evaluate_market(AUSTRALIA, [article("https://example.org/asia-cup", "2023-06-11T00:00:00+05:30",
                                            "Australia beat India", other)], AS_OF_WTC)
    assert decided(v) != "likely-yes"
    assert any("another contest" in c.reason for c in v.contributions if c.rule == "does_not_count")


# batch-43, b43-masterson-convicted-all-three-counts-2023-no
MASTERSON = market("Will Danny Masterson be convicted on all three rape counts at his 2023 retrial?",
                   "2023-06-30T23:59:59-07:00",
                   "This market will resolve to \"Yes\" if a jury convicts Danny Masterson on all three counts of "
                   "forcible rape at his 2023 retrial in Los Angeles by June 30, 2023. Otherwise, this market will "
                   "resolve to \"No\".")
AS_OF_MASTERSON = ts("2023-06-01T18:00:00+00:00")
# https://www.pressdemocrat.com/article/entertainment/what-led-to-danny-mastersons-rape-retrial-and-what-happens-next/
CONVICTED = ("LOS ANGELES — A Los Angeles jury on Wednesday convicted actor Danny Masterson of two counts of rape in a "
             "retrial that focused on allegations the \"That ‘70s Show’ star raped three women between 2001 and 2003.")
HUNG = (" The verdict sided with two of Masterson's accusers, but the panel was unable to reach a verdict on similar "
        "allegations by a longtime girlfriend of Masterson.")


def masterson(text: str):
    return article("https://www.pressdemocrat.com/article/entertainment/what-led-to-danny-mastersons-rape-retrial-and-"
                   "what-happens-next/", "2023-06-01T00:00:00-07:00",
                   "What Led To Danny Masterson's Rape Retrial And What Happens Next", text)


def test_a_verdict_on_two_of_three_counts_with_the_third_unresolved_is_a_no():
    v = evaluate_market(MASTERSON, [masterson(CONVICTED + HUNG)], AS_OF_MASTERSON)
    assert decided(v) == "likely-no" and "on 2 of the 3, not all" in rule(v, "magnitude_short")[0].reason


def test_a_partial_verdict_with_the_jury_still_out_on_the_rest_is_not_a_no():
    still = CONVICTED + " The jury will continue deliberating on the third count on Thursday."
    v = evaluate_market(MASTERSON, [masterson(still)], AS_OF_MASTERSON)
    assert decided(v) == "undetermined" and not rule(v, "magnitude_short")


def test_a_plea_of_not_guilty_is_no_word_for_the_rest_unresolved():
    plea = CONVICTED + " Masterson had pleaded not guilty to all the charges."
    v = evaluate_market(MASTERSON, [masterson(plea)], AS_OF_MASTERSON)
    assert not rule(v, "magnitude_short")


# batch-39, b39-trump-wisconsin-after-recount-2016-yes
RECOUNT = market("Will Donald Trump remain the winner of Wisconsin's 2016 presidential vote after the statewide recount?",
                 "2016-12-13T23:59:59-06:00",
                 "This market will resolve to \"Yes\" if Donald Trump is still the winner of Wisconsin's November 8, "
                 "2016 presidential election once the statewide recount is completed and certified by December 13, "
                 "2016. If the recount changes the winner, or is not certified by then, this market will resolve to "
                 "\"No\".")
AS_OF_RECOUNT = ts("2016-12-13T06:00:00+00:00")
SHEBOYGAN_URL = ("https://www.sheboyganpress.com/story/news/politics/elections/2016/12/12/sheboygan-county-recount-"
                 "heading-towards-finish/95331594/")
STATEWIDE = ("SHEBOYGAN - Republican President-elect Donald Trump has officially come out the winner of a presidential "
             "recount, both locally and across the state.\n\nThe Wisconsin Elections Commission certified state recount "
             "numbers Monday afternoon, days after Sheboygan County wrapped up its own work re-tallying ballots from "
             "the Nov. 8 election.")


def test_remaining_the_winner_after_the_recount_is_winning_the_recount():
    from resolver.engine.shapes import recount_winner
    assert recount_winner("Donald Trump remain the winner of Wisconsin's 2016 presidential vote after the statewide "
                          "recount") == "Donald Trump win the statewide recount of Wisconsin's 2016 presidential vote"
    assert recount_winner("Donald Trump remain the winner of the vote") == "Donald Trump remain the winner of the vote"
    v = evaluate_market(RECOUNT, [article(SHEBOYGAN_URL, "2016-12-12T00:00:00-06:00",
                                          "It's official: Trump wins county recount", STATEWIDE)], AS_OF_RECOUNT)
    assert decided(v) == "likely-yes" and "come out the winner" in rule(v, "confirmation")[0].reason


def test_a_county_recount_is_no_count_of_the_statewide_one():
    v = evaluate_market(RECOUNT, [article(SHEBOYGAN_URL, "2016-12-12T00:00:00-06:00",
                                          "It's official: Trump wins county recount",
                                          "Sheboygan County wrapped up its own work re-tallying ballots.")], AS_OF_RECOUNT)
    assert decided(v) == "undetermined" and not rule(v, "confirmation")
    assert any("narrower count than the market's statewide one" in c.reason for c in v.contributions)
