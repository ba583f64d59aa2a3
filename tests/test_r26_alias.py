"""The place alone as a name of a sports side in loser_roles: the guards of team_places.place_of, one rule for both.

loser_roles read a side's loss ('the Lions lost to Geelong 12.10 (82) to 8.6 (54)') under the candidate's names and,
until the twenty-sixth round, under its own alias for 'Place Nicknames': any two or three capitalised words ending in
a plural, with no check that the market is about sport at all, so a party ('the Sweden Democrats'), a person ('Serena
Williams') or a side whose place the market shares with another ('Los Angeles Lakers' and 'Los Angeles Clippers') got
'Sweden', 'Serena' or 'Los Angeles' as names. Now the place as written comes from MarketContext.candidate_pattern
(team_places.place_of, with its guards), and loser_roles adds only its headline capitals ('WIN OVER BRISBANE')."""

from __future__ import annotations

from resolver.engine.loser_roles import _place_capitals

SPORT_Q = "Will the Brisbane Lions win the 2024 AFL Grand Final?"
SPORT_C = 'This market will resolve to "Yes" if the Brisbane Lions win the 2024 AFL Grand Final. Otherwise, "No".'


def test_a_sports_side_gets_its_place_in_capitals():
    p = _place_capitals("Brisbane Lions", SPORT_Q, SPORT_C)
    assert p is not None and p.search("SYDNEY'S WIN OVER BRISBANE") and not p.search("Brisbane lost")
    assert not p.search("BRISBANE-BASED")


def test_no_place_alias_outside_the_guards_of_place_of():
    party = ("Will the Sweden Democrats win the most seats in the 2022 Swedish general election?",
             'This market will resolve to "Yes" if the Sweden Democrats win the most seats. Otherwise, "No".')
    person = ("Will Serena Williams win the 2016 Wimbledon women's singles title?",
              'This market will resolve to "Yes" if Serena Williams wins the 2016 Wimbledon title. Otherwise, "No".')
    shared = ("Will the Los Angeles Lakers beat the Los Angeles Clippers in the 2024 NBA playoffs?",
              'This market will resolve to "Yes" if the Los Angeles Lakers win the series against the Los Angeles '
              'Clippers. Otherwise, "No".')
    assert _place_capitals("Sweden Democrats", *party) is None
    assert _place_capitals("Serena Williams", *person) is None
    assert _place_capitals("Los Angeles Lakers", *shared) is None
