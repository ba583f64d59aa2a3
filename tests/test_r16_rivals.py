"""Rivals' wins told in words the engine did not read: a win idiom ('came out on top', 'emerged
victorious'; win_idioms.py, read by rules/rival_outcome.py), a title that only describes the
subject ('Former Mauritian PM'; party_names.json), and a side of one dated referendum beaten
('edged out the "Yes" vote'; ballot_sides.py)."""

from resolver.engine.ballot_sides import one_ballot
from tests.conftest import decided, fired, run_case

_G2_Q = "Will G2 Gozen win the 2024 VALORANT Champions Tour Game Changers Championship?"
_G2_C = ('This market will resolve to "Yes" if G2 Gozen wins the grand final of the 2024 VCT Game Changers '
         'Championship. If another team wins the championship, this market will resolve to "No".')
_G2_TITLE = "Shopify Rebellion are the Valorant Champions Tour Game Changers back-to-back champions"


def _g2(text: str, title: str = "Valorant report"):
    return run_case(_G2_Q, "2024-11-17T23:59:59-05:00", _G2_C,
                    [("https://news.example.org/vct", "2024-11-18T00:00:00+01:00", title, text)],
                    "2024-11-18T18:00:00+00:00")


def test_came_out_on_top_said_of_a_rival():
    # b24-g2-gozen-win-vct-game-changers-2024-no (sentence verbatim)
    v = _g2("The final that was played yesterday was a fairly dominant showing from Shopify Rebellion, who after a "
            "2024 dominating the North American scene, also came out on top of this premier international event, "
            "where they weren't just dubbed 2024 champions but also back-to-back champions too, following a victory "
            "in the Championship last year.")
    assert fired(v, "rival_outcome")


def test_emerged_victorious_in_a_game_is_not_the_match():
    # b16-gukesh-world-chess-title-2024-asof-game14-undet (verbatim): a game of the match, not the match
    v = run_case("Will Ding Liren win the 2024 FIDE World Chess Championship?", "2024-12-13T23:59:59+08:00",
                 'This market will resolve to "Yes" if Ding Liren is declared the winner of the 2024 FIDE World Chess '
                 'Championship match against D Gukesh in Singapore. Otherwise, this market will resolve to "No".',
                 [("https://news.example.org/chess", "2024-12-11T00:00:00+05:30", "World Chess Championship 2024",
                   "The 32-year-old Liren had won the opening game, while the 18-year-old Gukesh had emerged victorious "
                   "in the third game of the World Chess Championship to draw level.")],
                 "2024-12-12T06:00:00+00:00")
    assert not fired(v, "rival_outcome")


def test_came_out_on_top_in_a_first_round_is_not_the_election():
    # b47-macron-wins-2022-french-election-undet (verbatim), asked of a third candidate
    v = run_case("Will Jean-Luc Melenchon win the 2022 French presidential election?", "2022-04-24T23:59:59+02:00",
                 'This market will resolve to "Yes" if Jean-Luc Melenchon wins the 2022 French presidential election. '
                 'Otherwise, this market will resolve to "No".',
                 [("https://news.example.org/fr", "2022-04-11T00:00:00+07:00", "French election first round",
                   "Macron and Le Pen came out on top in Sunday's first-round vote, setting up a repeat of the 2017 "
                   "runoff between the pro-European economic liberal and euro-skeptic nationalist")],
                 "2022-04-11T18:00:00+02:00")
    assert not fired(v, "rival_outcome")


def test_a_hope_to_emerge_the_victor_is_no_win():
    # b39-kemp-georgia-gov-over-50pct-2018-und (verbatim), asked of his rival's win
    v = run_case("Will Stacey Abrams win Georgia's 2018 governor election?", "2018-11-30T23:59:59-05:00",
                 'This market will resolve to "Yes" if Stacey Abrams wins the 2018 Georgia governor election. '
                 'Otherwise, this market will resolve to "No".',
                 [("https://news.example.org/ga", "2018-11-07T00:00:00-05:00", "Election cliffhangers",
                   "GOP candidate Brian Kemp, the secretary of state, was leading with about 50.4 percent of the vote "
                   "in the governor election and said he was confident he would emerge the victor.")],
                 "2018-11-08T12:00:00+00:00")
    assert not fired(v, "rival_outcome")


def test_a_title_alone_names_no_rival():
    # b25-mauritius-alliance-changement-majority-2024-multi-yes: the headline's subject is the
    # candidate's own coalition, named only by its leader's title
    v = run_case("Will Navin Ramgoolam's Alliance du Changement win Mauritius's 2024 general election?",
                 "2024-11-30T23:59:59+04:00",
                 'This market will resolve to "Yes" if the Alliance du Changement wins the most directly elected seats '
                 "in Mauritius's November 10, 2024 general election. Otherwise, this market will resolve to \"No\".",
                 [("https://news.example.org/mu", "2024-11-12T00:00:00+03:00",
                   "Former Mauritian PM's opposition coalition emerges victorious in parliamentary elections",
                   "Results were announced on Monday night.")],
                 "2024-11-13T12:00:00+00:00")
    assert not fired(v, "rival_outcome") and decided(v) != "likely-no"


def test_other_side_edged_out_the_referendum_side():
    # b56-colombia-peace-referendum-yes-wins-2016-no (verbatim)
    v = run_case('Will "Yes" win Colombia\'s October 2, 2016 referendum on the peace agreement with the FARC?',
                 "2016-10-09T23:59:59-05:00",
                 'This market will resolve to "Yes" if the "Yes" option receives more votes than the "No" option in '
                 'the plebiscite held on October 2, 2016. Otherwise, this market will resolve to "No".',
                 [("https://news.example.org/co", "2016-10-02T00:00:00-05:00", "Colombia peace deal FARC fails",
                   'Results published online by national electoral authorities showed that the "No" vote, rejecting '
                   'the peace deal, edged out the "Yes" vote, 50.2% to 49.7%.')],
                 "2016-10-03T12:00:00+00:00")
    assert fired(v, "rival_outcome") and decided(v) == "likely-no"


def test_one_ballot_is_a_side_of_a_dated_referendum_not_a_share():
    assert one_ballot('Will "Yes" win the September 18, 2014 Scottish independence referendum?',
                      ["Scottish", "independence", "referendum"])
    assert not one_ballot("Will the Yes side win at least 60% of the vote in Ireland's October 2, 2009 Lisbon "
                          "Treaty referendum?", ["Lisbon", "Treaty", "referendum"])
    assert not one_ballot("Will Yes win the referendum?", ["referendum"])  # no year: which ballot
