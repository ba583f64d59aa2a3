"""Readings from batch 84's misses (sixteenth round): a count announced names no winner and a party's
initials are the party (rival_outcome); a cancelled object is a restarting act's premise
(ruled_out); a share of the electorate is no vote share, and 'by X% of the votes' is a share
(threshold_crossed); a chamber's done 'voted … to elect' is the act.
Sentences verbatim from the corpus (the case named in a comment), with near misses that must not
fire the reading."""

from __future__ import annotations

from conftest import decided, fired, run_case

LESOTHO_Q = "Will the All Basotho Convention win the most seats in Lesotho's June 3, 2017 National Assembly election?"
LESOTHO_C = ("This market will resolve to \"Yes\" if, according to the seat tally announced by Lesotho's Independent "
             "Electoral Commission by June 30, 2017, the All Basotho Convention (ABC) holds more National Assembly seats "
             "than any other party from the June 3, 2017 election. An outright majority is not required. Otherwise, this "
             "market will resolve to \"No\".")


def _lesotho(text: str):
    return run_case(LESOTHO_Q, "2017-06-30T23:59:59+02:00", LESOTHO_C,
                    [("http://lestimes.com/final-elections-tally-announced/", "2017-06-06T00:00:00+02:00",
                      "Final elections tally announced", text)], "2017-06-08T00:00:00+02:00")


def test_count_announced_names_no_winner():
    # b84-abc-most-seats-lesotho-2017-yes
    v = _lesotho("THE Independent Electoral Commission (IEC) has announced the final National Assembly seats tally "
                 "after the 3 June 2017 elections.")
    assert not fired(v, "rival_outcome") and v.verdict != "likely-no"


def test_party_initials_are_the_party():
    # b84-abc-most-seats-lesotho-2017-yes
    v = _lesotho("The ABC has also won three constituencies in which the candidates died before the elections.")
    assert not fired(v, "rival_outcome") and v.verdict != "likely-no"


def test_other_party_initials_still_a_rival():
    # must not fire: another party's initials ('DC') win the contest
    v = _lesotho("The DC has won the most seats in the National Assembly election.")
    assert fired(v, "rival_outcome")


def test_winner_declared_still_a_rival():
    # must not fire: a naming verb whose object is the winner, not the count
    v = _lesotho("The Independent Electoral Commission declared the Democratic Congress the winner of the most seats "
                 "in the National Assembly election.")
    assert fired(v, "rival_outcome")


KANSAI_Q = "Will Kansai International Airport resume international passenger flights by September 9, 2018?"
KANSAI_C = ("This market will resolve to \"Yes\" if, on or before September 9, 2018, at least one scheduled international "
            "passenger flight departs from or arrives at Kansai International Airport (KIX) after its closure caused by "
            "Typhoon Jebi on September 4, 2018. Resumption of domestic flights only, evacuation ferries or buses do not "
            "count. Otherwise, this market will resolve to \"No\".")


def _kansai(text: str):
    return run_case(KANSAI_Q, "2018-09-09T23:59:59+09:00", KANSAI_C,
                    [("https://psabdp.com/news/typhoon-jebi-closes-osaka-port", "2018-09-05T00:00:00+09:00",
                      "Typhoon Jebi forces closure of Kansai airport, near Osaka in Japan", text)],
                    "2018-09-06T12:00:00+00:00")


def test_cancelled_object_is_restart_premise():
    # b84-kansai-international-flights-by-sep9-2018-asof-sep6-multi-undet
    v = _kansai("All flights have been canceled and there is no confirmation of when the airport will reopen.")
    assert not fired(v, "ruled_out") and v.verdict == "undetermined"


def test_halt_with_an_end_still_ruled_out():
    # must not fire: the cancellation is given an end past the deadline
    v = _kansai("All international flights have been cancelled through September 15.")
    assert fired(v, "ruled_out")


def test_negated_restart_still_ruled_out():
    # must not fire: a negated modal on the restart itself
    v = _kansai("International flights at Kansai International Airport will not resume before September 10.")
    assert fired(v, "ruled_out")


MALTA_Q = ("Will Malta's Labour Party receive more than 55% of first-preference votes in the June 3, 2017 general "
           "election?")
MALTA_C = ("This market will resolve to \"Yes\" if the official results of Malta's June 3, 2017 general election, as "
           "announced by the Electoral Commission by June 10, 2017, show the Labour Party receiving more than 55% of "
           "valid first-preference votes. Otherwise, this market will resolve to \"No\".")


def _malta(text: str):
    return run_case(MALTA_Q, "2017-06-10T23:59:59+02:00", MALTA_C,
                    [("http://www.thepacenews.com/2017/06/05/prime-minister-joseph-muscat-wins-malta-election/",
                      "2017-06-05T00:00:00+01:00", "Prime Minister Joseph Muscat wins Malta election", text)],
                    "2017-06-05T06:00:00+01:00")


def test_share_of_electorate_is_no_vote_share():
    # b84-malta-labour-over-55pct-2017-asof-unofficial-multi-undet
    v = _malta("A sample count of ballots on Sunday showed Labour having a majority of more than 30,000 votes, "
               "equivalent to nearly 10 percent of the electorate.")
    assert not fired(v, "threshold_missed", "threshold_crossed") and v.verdict == "undetermined"


def test_share_of_votes_still_read():
    # must not fire: a share of the votes
    v = _malta("The Electoral Commission announced that Labour received 54.3 percent of the vote.")
    assert fired(v, "threshold_missed")


MPLA_Q = ("Will the MPLA receive at least 62% of the valid votes in the final official results of Angola's August 23, "
          "2017 general election?")
MPLA_C = ("This market will resolve to \"Yes\" if the final official results of Angola's August 23, 2017 general "
          "election, as declared by the National Electoral Commission (CNE) by September 15, 2017, give the MPLA 62% or "
          "more of the valid votes. Provisional or partial results do not count. Otherwise, this market will resolve "
          "to \"No\".")


def _mpla(text: str):
    return run_case(MPLA_Q, "2017-09-15T23:59:59+01:00", MPLA_C,
                    [("https://dailytimes.ng/africa/angolas-ruling-mpla-won-august-23-polls-61/",
                      "2017-09-07T00:00:00+01:00", "Angola’s ruling MPLA won August 23 polls by 61%", text)],
                    "2017-09-08T00:00:00+00:00")


def test_by_share_of_votes_is_a_share():
    # b84-mpla-62pct-angola-2017-final-multi-no
    v = _mpla("The official declaration in the capital, Luanda, was delivered by CNE boss, Andre da Silva Neto, who "
              "declared that the MPLA won the polls by 61.07% of valid votes cast.")
    assert fired(v, "threshold_missed") and decided(v) == "likely-no"


def test_by_points_is_a_margin():
    # must not fire: a margin 'by' points, no share of the votes
    v = _mpla("Andre da Silva Neto declared that the MPLA won the polls by 61.07 percentage points.")
    assert not fired(v, "threshold_missed", "threshold_crossed")


PETKOV_Q = "Will Bulgaria's National Assembly elect Kiril Petkov as Prime Minister by December 20, 2021?"
PETKOV_C = ("This market will resolve to \"Yes\" if, on or before December 20, 2021, Bulgaria's National Assembly votes "
            "to elect Kiril Petkov as Prime Minister. Receiving a mandate from the President, a coalition agreement or a "
            "nomination does not count. Otherwise, this market will resolve to \"No\".")


def _petkov(text: str):
    return run_case(PETKOV_Q, "2021-12-20T23:59:59+02:00", PETKOV_C,
                    [("https://www.sandiegouniontribune.com/news/nation-world/story/2021-12-13/bulgarias-parliament-"
                      "approves-new-government", "2021-12-13T00:00:00-08:00",
                      "Bulgaria’s parliament approves new government", text)], "2021-12-14T00:00:00+00:00")


def test_voted_to_elect_is_the_election():
    # b84-bulgaria-petkov-elected-pm-by-dec20-2021-multi-yes
    v = _petkov("Lawmakers voted 134-104 to elect 41-year-old Kiril Petkov as prime minister.")
    assert fired(v, "confirmation") and v.verdict == "likely-yes"


def test_agreed_to_elect_is_no_election():
    # must not fire: an agreement to elect plans the election
    v = _petkov("The coalition partners agreed to elect Kiril Petkov as prime minister.")
    assert v.verdict != "likely-yes"


def test_voted_against_motion_to_elect_is_no_election():
    # must not fire: a vote against a motion to elect
    v = _petkov("Lawmakers voted against a motion to elect Kiril Petkov as prime minister.")
    assert v.verdict != "likely-yes"


def test_would_have_voted_to_elect_is_no_election():
    # must not fire: a vote told as a condition
    v = _petkov("Lawmakers would have voted to elect Kiril Petkov as prime minister.")
    assert v.verdict != "likely-yes"
