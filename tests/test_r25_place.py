"""Readings of the twenty-fifth round's pass 'place' (a sports side named by its place alone):

- team_places (MarketContext.candidate_pattern, so rival_outcome and confirmation): for a market on a side named by a
  place and a nickname ('Will the Dallas Mavericks win the 2011 NBA Finals?'), the place alone names the candidate:
  'Dallas won the NBA Finals on Sunday, beating Miami 105-95 in Game 6' is the candidate's win, not a rival's (on main
  it read 'Dallas' as a rival of 'Dallas Mavericks' and gave likely-no). Guards: the market writes the side with 'the'
  (a person is never shortened), names a sports contest, and names no other side of the same place ('Los Angeles
  Lakers' and 'Los Angeles Clippers').

The verbatim sentence is pgap4b's variant on development case b101-heat-win-nba-finals-2011-asof-game5-undet (its
market swapped to the Mavericks); generated variants swap teams, leagues and verbs, and near-misses must not fire.
`wrong_fires()` counts the variants read the wrong way; it runs on any engine (the report gives the count before the
change and after)."""

from __future__ import annotations

from conftest import case_runner, fired_no, fired_yes
from cpu_budget import assert_each_within, word_soup

CASE = "b101-heat-win-nba-finals-2011-asof-game5-undet"


def _market(side: str, contest: str, other: str):
    return {"question": f"Will the {side} win the 2011 {contest}?", "deadline": "2011-06-30T23:59:59-04:00",
            "criteria": f"This market will resolve to \"Yes\" if the {side} win the 2011 {contest} against the {other}. "
                        f"If the {other} win, this market will resolve to \"No\"."}


def _run(side: str, contest: str, other: str):
    return case_runner(CASE, "http://www.nola.com/x", "2011-06-10T00:05:00-05:00", market=_market(side, contest, other))


_mavs = _run("Dallas Mavericks", "NBA Finals", "Miami Heat")
_heat = _run("Miami Heat", "NBA Finals", "Dallas Mavericks")
# b101-heat-win-nba-finals-2011-asof-game5-undet, its market swapped to the Mavericks (found by pgap4b)
MAVS_S = "Dallas won the NBA Finals on Sunday, beating Miami 105-95 in Game 6."

# (side, contest, rival, side's place, rival's place)
TEAMS = [
    ("Dallas Mavericks", "NBA Finals", "Miami Heat", "Dallas", "Miami"),
    ("Miami Heat", "NBA Finals", "Dallas Mavericks", "Miami", "Dallas"),
    ("Boston Celtics", "NBA Finals", "Golden State Warriors", "Boston", "Golden State"),
    ("Brisbane Lions", "AFL Grand Final", "Sydney Swans", "Brisbane", "Sydney"),
    ("Kansas City Chiefs", "Super Bowl", "Philadelphia Eagles", "Kansas City", "Philadelphia"),
    ("Tampa Bay Lightning", "Stanley Cup Final", "Edmonton Oilers", "Tampa Bay", "Edmonton"),
    ("Los Angeles Dodgers", "World Series", "New York Yankees", "Los Angeles", "New York"),
]
WIN_FRAMES = [
    "{a} won the {c} on Sunday, beating {b} 105-95 in Game 6.",
    "{a} beat {b} 105-95 on Sunday to win the {c}.",
    "{a} defeated {b} 4-2 to clinch the {c} on Sunday.",
    "{a} captured the {c} on Sunday after beating {b} 31-17.",
    "{a} clinched the {c} with a 105-95 win over {b} on Sunday.",
]


def _cases():
    """(runner, sentence, the candidate's win?) for each team, frame and side."""
    out = []
    for side, contest, other, place, rival in TEAMS:
        run = _run(side, contest, other)
        for fr in WIN_FRAMES:
            out.append((run, fr.format(a=place, b=rival, c=contest), True))
            out.append((run, fr.format(a=rival, b=place, c=contest), False))
    return out


CASES = _cases()

# near-misses: the place shared by another side the market names, a person, no sports contest
_lakers = case_runner(CASE, "http://www.nola.com/x", "2011-06-10T00:05:00-05:00", market={
    "question": "Will the Los Angeles Lakers win the 2011 NBA Finals?", "deadline": "2011-06-30T23:59:59-04:00",
    "criteria": "Resolves \"Yes\" if the Los Angeles Lakers win the 2011 NBA Finals. The Los Angeles Clippers, "
                "the Miami Heat and all other teams resolve \"No\"."})
LA_S = "Los Angeles won the NBA Finals on Sunday, beating Miami 105-95 in Game 6."
_venus = case_runner(CASE, "http://www.nola.com/x", "2011-06-10T00:05:00-05:00", market={
    "question": "Will Venus Williams win the 2011 Wimbledon women's singles title?", "deadline": "2011-07-10T23:59:59-04:00",
    "criteria": "Resolves \"Yes\" if Venus Williams wins the 2011 Wimbledon women's singles title."})
VENUS_S = "Venus won the Wimbledon women's singles title on Saturday, beating Maria Sharapova 6-2, 6-3."


def test_place_of_guards():
    from resolver.engine.team_places import place_of
    q = "Will the Dallas Mavericks win the 2011 NBA Finals?"
    assert place_of("Dallas Mavericks", q, "") == "Dallas"
    assert place_of("Miami Heat", "Will the Miami Heat win the 2011 NBA Finals?", "") == "Miami"
    assert place_of("Los Angeles Lakers", "Will the Los Angeles Lakers win the NBA Finals?",
                    "The Los Angeles Clippers resolve No.") is None
    assert place_of("Venus Williams", "Will Venus Williams win Wimbledon's final?", "") is None
    assert place_of("Sweden Democrats", "Will the Sweden Democrats win the most seats?", "") is None
    assert place_of("Manchester United", "Will the Manchester United win the FA Cup?", "") is None
    assert place_of("Solomon Islands", "Will the Solomon Islands win the Pacific Games title?", "") is None
    assert place_of("Dallas Mavericks", "Will the Dallas Mavericks be sold in 2024?", "") is None


def test_verbatim_place_is_the_candidate():
    v = _mavs(MAVS_S)
    assert v.verdict == "likely-yes"
    assert not fired_no(v, "rival_outcome")
    assert fired_no(_heat(MAVS_S), "rival_outcome")


def test_variants():
    for run, s, own in CASES:
        v = run(s)
        if own:
            assert not fired_no(v), s
            assert v.verdict != "likely-no", s
        else:
            assert v.verdict != "likely-yes", s


def test_near_misses_stay_unread():
    assert not fired_yes(_lakers(LA_S), "confirmation")
    assert not fired_yes(_venus(VENUS_S), "confirmation")


def wrong_fires() -> dict[str, int]:
    own = [(r, s) for r, s, o in CASES if o]
    other = [(r, s) for r, s, o in CASES if not o]
    return {
        "own_place_read_no": sum(r(s).verdict == "likely-no" for r, s in own),
        "own_place_not_yes": sum(r(s).verdict != "likely-yes" for r, s in own),
        "rival_place_read_yes": sum(r(s).verdict == "likely-yes" for r, s in other),
        "rival_place_not_no": sum(r(s).verdict != "likely-no" for r, s in other),
        "near_miss_confirmed": int(fired_yes(_lakers(LA_S), "confirmation")) + int(fired_yes(_venus(VENUS_S), "confirmation")),
        "of": len(own),
    }


def test_hostile_input_bounded():
    from resolver.engine import team_places  # noqa: F401  (the reading under test)
    words = ("Dallas won the NBA Finals Miami beating Dallas Mavericks Los Angeles Kansas City Chiefs , 105-95 in Game 6 "
             "the Heat").split()
    assert_each_within([_mavs, _heat], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
