"""Readings of the twenty-fifth round's precision pass pgap4b (false decisive readings about contests):

- standings (rival_outcome.partial_win, so confirmation too): a standing inside a contest told with a result is not
  the contest's win: 'The Mavericks defeated the Heat 112-103 on Thursday and now lead the NBA Finals 3-2' (a game
  won, the series only led), 'Tom Watson won the third round of the Open Championship at Turnberry to lead by one'.
- other_terms (rival_outcome): a win of another contest in a relative clause about a rival is not the rival's win of
  the market's: 'Rick Scott of Florida, an underdog candidate who just won a second term' for a leadership vote.
- loser_roles ('lost to'): '<candidate> lost to <rival> in his bid to lead <body>' is the candidate's contest lost,
  read when a score follows or the bid's aim names the market's body or role (its contest checks kept), and
  forecast_cues.lost_bid: 'in his bid' after such a loss is no forecast.

Sentences verbatim from the development corpus (the case named in a comment), generated variants that must fire or
must not fire, must-fire near-misses (the series or the tournament won), and a 30 KB hostile run-on text.
`wrong_fires()` counts the variants read the wrong way; it runs on any engine (the report gives the count before the
change and after)."""

from __future__ import annotations

from conftest import case_runner, fired_no, fired_yes
from cpu_budget import assert_each_within, word_soup

# --- a series led, a round won to lead ----------------------------------------------------------------------------
# b101-heat-win-nba-finals-2011-asof-game5-undet (the variant found by pgap3)
_heat = case_runner("b101-heat-win-nba-finals-2011-asof-game5-undet", "http://www.nola.com/x", "2011-06-10T00:05:00-05:00")
_mavs = case_runner("b101-heat-win-nba-finals-2011-asof-game5-undet", "http://www.nola.com/x", "2011-06-10T00:05:00-05:00",
                    market={"question": "Will the Dallas Mavericks win the 2011 NBA Finals?",
                            "deadline": "2011-06-30T23:59:59-04:00",
                            "criteria": "This market will resolve to \"Yes\" if the Dallas Mavericks win the 2011 NBA Finals "
                                        "against the Miami Heat. If the Heat win the series, this market will resolve to \"No\"."})
HEAT_S = "The Mavericks defeated the Heat 112-103 on Thursday and now lead the NBA Finals 3-2."
SERIES_LED = [HEAT_S] + [
    "The Mavericks beat the Heat 112-103 on Thursday and now lead the NBA Finals 3-2.",
    "Dallas defeated Miami 112-103 on Thursday and leads the NBA Finals 3-2.",
    "The Mavericks routed the Heat 112-103 and lead the Finals 3-2.",
    "The Mavericks defeated the Heat 112-103 on Thursday and now lead the Finals series 3-2.",
    "The Mavericks defeated the Heat 112-103 on Thursday and now lead the NBA Finals three games to two.",
    "The Mavericks defeated the Heat 112-103 on Thursday and are now up 3-2 in the NBA Finals.",
    "The Mavericks defeated the Heat 112-103 on Thursday and now lead the best-of-seven NBA Finals 3-2.",
    "The Mavericks defeated the Heat 112-103 on Thursday, and the Heat now trail the NBA Finals 2-3.",
    "The Mavericks edged the Heat 112-103 on Thursday and moved ahead 3-2 in the NBA Finals.",
    "The Mavericks defeated the Heat on Thursday and now lead the NBA Finals 3-2.",
    "The Mavericks beat the Heat 112-103 in Game 5 to take a 3-2 lead in the NBA Finals.",
    "Dallas won Game 5 of the NBA Finals, defeating Miami 112-103 to lead the series 3-2.",
    "The Mavericks, who beat the Heat 112-103 in Game 5, lead the NBA Finals 3-2.",
    "Dallas edged Miami 112-103 to go up 3-2 in the NBA Finals.",
]
# must fire: the series won (a rival's win for the Heat, the win for the Mavericks)
SERIES_WON = [
    "The Mavericks defeated the Heat 105-95 on Sunday to win the NBA Finals 4-2.",
    "The Mavericks defeated the Heat 105-95 in Game 6 to win the NBA Finals.",
    "The Mavericks beat the Heat 105-95 on Sunday and won the NBA Finals 4-2.",
    "Dallas won the NBA Finals on Sunday, beating Miami 105-95 in Game 6.",
]

# b105-watson-wins-open-2009-asof-54-holes-multi-undet (the variant found by pgap3)
_watson = case_runner("b105-watson-wins-open-2009-asof-54-holes-multi-undet", "http://www.radionz.co.nz/x",
                      "2009-07-19T07:55:00+12:00")
WATSON_S = "Tom Watson won the third round of the Open Championship at Turnberry to lead by one."
ROUND_LED = [WATSON_S] + [
    "Tom Watson won the third round of the Open Championship on Saturday.",
    "Tom Watson won the second round of the Open Championship at Turnberry to lead by two strokes.",
    "Watson won the Open Championship's third round to lead by one.",
    "Tom Watson claimed the third round at the Open Championship to lead by one shot.",
    "Tom Watson won the 3rd round of the Open Championship at Turnberry.",
    "Tom Watson shot 71 and won the third round of the Open Championship to lead by one.",
    "Tom Watson won the third round at Turnberry and leads the Open Championship by one.",
    "Tom Watson won the Open Championship's third round on Saturday to lead by a stroke.",
    "Tom Watson leads the British Open by one stroke after the third round at Turnberry.",
    "Tom Watson took a one-shot lead into the final round of the Open Championship at Turnberry.",
]
# must fire: the tournament won
OPEN_WON = [
    "Tom Watson won the Open Championship at Turnberry on Sunday.",
    "Tom Watson won the final round of the Open Championship to win the title by one.",
    "Tom Watson won the Open Championship at Turnberry, his sixth Open title.",
]

# --- a relative clause about another contest ---------------------------------------------------------------------
# b140-thune-elected-senate-gop-leader-nov2024-multi-yes
_thune = case_runner("b140-thune-elected-senate-gop-leader-nov2024-multi-yes",
                     "https://www.nbcmiami.com/news/x", "2024-11-13T00:00:00-05:00")
THUNE_S = ("Thune, the Senate Republican whip, ran against two other senators for leader: John Cornyn of Texas, a former "
           "whip and Rick Scott of Florida, an underdog candidate who just won a second term.")
OTHER_TERM = [THUNE_S] + [
    "Thune ran against John Cornyn of Texas and Rick Scott of Florida, who just won a second term.",
    "Thune faced Rick Scott of Florida, an underdog candidate who recently won re-election.",
    "Thune faced Rick Scott of Florida, who won a second six-year term last week, and John Cornyn.",
    "The race pitted Thune against Rick Scott, who had won reelection in Florida, and John Cornyn of Texas.",
    "Thune defeated no one yet; Rick Scott, who won his seat in 2018, is an underdog.",
    "Rick Scott, a former governor who just won a second Senate term, challenged Thune.",
    "John Cornyn, who easily won a fourth term in 2020, ran against Thune.",
]
# must fire: the rival elected leader
OTHER_LEADER = [
    "Senate Republicans elected John Cornyn of Texas as their leader on Wednesday.",
    "Rick Scott of Florida won the vote to become Senate Republican leader on Wednesday.",
]
# --- lost to a rival in a bid -----------------------------------------------------------------------------------
# b140-wikler-elected-dnc-chair-feb2025-multi-no
_wikler = case_runner("b140-wikler-elected-dnc-chair-feb2025-multi-no", "https://wtmj.com/news/x",
                      "2025-02-02T00:00:00-06:00")
WIKLER_S = ("OXON HILL, Md. — Chair of the Democratic Party of Wisconsin Ben Wikler lost to Ken Martin of Minnesota in "
            "his bid to lead the Democratic National Committee.")
LOST_BID = [WIKLER_S] + [
    "Ben Wikler lost to Ken Martin of Minnesota in his bid to lead the Democratic National Committee.",
    "Ben Wikler lost to Ken Martin in his bid to become chair of the Democratic National Committee.",
    "Ben Wikler narrowly lost to Ken Martin in his bid to chair the Democratic National Committee.",
    "Ben Wikler lost to Minnesota's Ken Martin in his bid for the Democratic National Committee chairmanship.",
    "Ben Wikler has lost to Ken Martin in his bid to lead the Democratic National Committee.",
    "Ben Wikler ultimately lost to Ken Martin in his race to lead the Democratic National Committee.",
    "On Saturday Ben Wikler lost to Ken Martin in his bid to lead the Democratic National Committee.",
    "Wisconsin party chairman Ben Wikler lost to Ken Martin in his campaign to become DNC chair.",
]
# must not fire: another body, a forecast, a negation, a loss without a named rival or aim, another year
NOT_LOST_BID = [
    "Ben Wikler lost to Ken Martin in his bid to lead the Wisconsin Bar Association in 2019.",
    "Ben Wikler lost to Ken Martin in his bid to lead the state assembly caucus.",
    "Ben Wikler could lose to Ken Martin in his bid to lead the Democratic National Committee.",
    "Ben Wikler has never lost to Ken Martin in his bid to lead the Democratic National Committee.",
    "Ben Wikler lost ground to Ken Martin in his bid to lead the Democratic National Committee.",
    "Ben Wikler lost to Ken Martin.",
    "If Ben Wikler lost to Ken Martin in his bid to lead the Democratic National Committee, he would return to Wisconsin.",
]


def _no_from(v, rule: str = "rival_outcome") -> bool:
    return fired_no(v, rule)


def test_verbatim_series_lead_is_no_rival_win():
    assert _heat(HEAT_S).verdict != "likely-no"
    assert not _no_from(_heat(HEAT_S))


def test_series_led_variants_neither_side():
    for s in SERIES_LED:
        assert not _no_from(_heat(s)), s
        assert _mavs(s).verdict != "likely-yes", s


def test_series_won_still_decides():
    for s in SERIES_WON:
        assert _no_from(_heat(s)), s
    for s in SERIES_WON:  # (the fourth, 'Dallas won …': the place names the side, team_places.py)
        assert fired_yes(_mavs(s), "confirmation"), s


def test_verbatim_round_won_to_lead_is_no_win():
    assert _watson(WATSON_S).verdict != "likely-yes"


def test_round_led_variants():
    for s in ROUND_LED:
        assert not fired_yes(_watson(s), "confirmation"), s


def test_tournament_won_still_confirms():
    for s in OPEN_WON:
        assert fired_yes(_watson(s), "confirmation"), s


def test_verbatim_other_term_is_no_rival_win():
    assert not _no_from(_thune(THUNE_S))


def test_other_term_variants():
    for s in OTHER_TERM:
        assert not _no_from(_thune(s)), s


def test_rival_elected_leader_still_rules_out():
    for s in OTHER_LEADER:
        assert _no_from(_thune(s)), s


def test_term_office_keeps_the_term_won():
    """Where the market's role is won for a term (a president), or its question names a term, a term won in a
    relative clause may be the market's own contest: the guard stays off."""
    from resolver.engine.other_terms import other_contest
    from resolver.engine.text import make_sentence
    sent = make_sentence("Donald Trump, who just won a second term, thanked supporters on Wednesday.", 0)
    i = next(k for k, t in enumerate(sent.tokens) if t.lower == "won")
    assert other_contest(sent, i, "leader", "Will John Thune be elected Senate Republican Leader?")
    assert other_contest(sent, i, "president", "Will Kamala Harris win the 2024 US presidential election?") is None
    assert other_contest(sent, i, "leader", "Will X win a second term as party leader?") is None
    plain = make_sentence("Donald Trump won a second term on Tuesday.", 0)
    assert other_contest(plain, 2, "leader", "Will John Thune be elected Senate Republican Leader?") is None


def test_verbatim_lost_bid_rules_out():
    v = _wikler(WIKLER_S)
    assert _no_from(v) and v.verdict == "likely-no"


def test_lost_bid_variants():
    for s in LOST_BID:
        assert _no_from(_wikler(s)), s


def test_not_a_lost_bid():
    for s in NOT_LOST_BID:
        assert not _no_from(_wikler(s)), s


def wrong_fires() -> dict[str, int]:
    return {
        "series_led_read_as_rival_win": sum(_no_from(_heat(s)) for s in SERIES_LED),
        "series_led_read_as_win": sum(_mavs(s).verdict == "likely-yes" for s in SERIES_LED),
        "series_won_missed": sum(not _no_from(_heat(s)) for s in SERIES_WON) + sum(
            not fired_yes(_mavs(s), "confirmation") for s in SERIES_WON[:3]),
        "round_led_read_as_win": sum(fired_yes(_watson(s), "confirmation") for s in ROUND_LED),
        "open_won_missed": sum(not fired_yes(_watson(s), "confirmation") for s in OPEN_WON),
        "other_term_read_as_rival_win": sum(_no_from(_thune(s)) for s in OTHER_TERM),
        "rival_leader_missed": sum(not _no_from(_thune(s)) for s in OTHER_LEADER),
        "lost_bid_missed": sum(not _no_from(_wikler(s)) for s in LOST_BID),
        "not_lost_bid_read": sum(_no_from(_wikler(s)) for s in NOT_LOST_BID),
    }


def test_hostile_input_bounded():
    from resolver.engine import other_terms, standings  # noqa: F401  (the readings under test)
    words = ("The Mavericks defeated the Heat 112-103 and now lead the NBA Finals 3-2 , won the third round to lead by "
             "one who just won a second term Ben Wikler lost to Ken Martin in his bid to lead the Democratic "
             "National Committee up 3-2 in the series").split()
    assert_each_within([_heat, _watson, _thune, _wikler], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
