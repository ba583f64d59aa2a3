"""Question parsing (r17-qparse): a second coordinated verb that is a fixed phrase ('sack or part
ways with …') takes its own words, so the object is what follows the phrase; a quoted title is one
actor, not the pieces its words fall into ('Justice League' read as 'League')."""

from __future__ import annotations

from resolver.engine.actors import _actors
from resolver.engine.derive import derive_target

from conftest import decided, fired, news_market, run_case

_DEADLINE = "2019-12-31T23:59:59+00:00"


def _target(question: str):
    return derive_target(news_market(question, _DEADLINE))


# --- 'part ways with': a fixed phrase whose object follows its preposition ---

def test_coordinated_part_ways_object_is_the_coach():
    # b92-arsenal-part-ways-emery-by-dec31-2019-multi-yes (question verbatim)
    t = _target("Will Arsenal sack or part ways with head coach Unai Emery by December 31, 2019?")
    assert t.object == "head coach Unai Emery"
    assert {"sack", "dismiss", "leave"} <= set(t.act_forms)
    assert "Arsenal" in t.actors and "Unai Emery" in t.actors


def test_part_ways_alone_and_part_company():
    for q in ("Will Chelsea part ways with manager Frank Lampard by January 31, 2021?",
              "Will Chelsea part company with manager Frank Lampard by January 31, 2021?"):
        t = _target(q)
        assert t.object == "manager Frank Lampard" and "sack" in t.act_forms, q


def test_part_ways_case_confirmed():
    # b92-arsenal-part-ways-emery-by-dec31-2019-multi-yes: the tnp.sg report, verbatim
    v = run_case("Will Arsenal sack or part ways with head coach Unai Emery by December 31, 2019?", _DEADLINE,
                 "This market will resolve to \"Yes\" if, on or before December 31, 2019, Arsenal announce that Unai "
                 "Emery has been dismissed or has otherwise left his post as head coach. Otherwise, this market will "
                 "resolve to \"No\".",
                 [("https://www.tnp.sg/sports/football/arsenal-sack-emery-ljungberg-installed-interim-head-coach",
                   "2019-11-29T00:00:00+08:00", "Arsenal sack Emery, Ljungberg installed as interim head coach",
                   "Arsenal manager Unai Emery has been sacked following a dismal run of results, the club announced "
                   "on Friday (Nov 29), with assistant first-team head coach Freddie Ljungberg taking over.")],
                 "2019-11-30T00:00:00+00:00")
    assert decided(v) == "likely-yes" and fired(v, "confirmation")


def test_part_as_noun_stays_silent():
    # must not fire: 'part' is a noun ('sell part of its stake'), and 'ways' elsewhere is no phrase
    t = _target("Will SoftBank sell part of its stake in Alibaba by December 31, 2019?")
    assert t.act == "sell" and "leave" not in t.act_forms
    t = _target("Will the Dutch government suspend or withdraw its Goods Availability Act order over Nexperia "
                "by November 30, 2025?")  # b18-dutch-suspend-nexperia-order (an ordinary second verb)
    assert t.object == "Goods Availability Act order" and t.act == "suspend"


# --- a quoted title is one actor ---

def test_quoted_titles_whole():
    # b76-justice-league-100m-opening-2017-no, b92-oceans-8-no1-weekend-jun8-2018-yes,
    # b14-showgirl-first-week-4-million-units-multi-yes, b78-deadpool-wolverine-opening-200m (questions verbatim)
    assert _actors("Will 'Justice League' gross $100 million or more in its domestic opening weekend "
                   "(November 17-19, 2017)?") == ["Justice League"]
    assert _actors("Will 'Ocean's 8' be the No. 1 film at the domestic box office for the weekend of "
                   "June 8-10, 2018?") == ["Ocean's 8"]
    assert _actors("Will 'The Life of a Showgirl' earn 4 million U.S. units in its first week?") == ["Life of a Showgirl"]
    assert _actors("Will \"Deadpool & Wolverine\" gross $200 million or more in its domestic opening weekend?") \
        == ["Deadpool & Wolverine"]


def test_quoted_titles_left_alone():
    # must not fire: a nickname inside a name, a subtitle, a lowercase phrase, a piece named outside the title
    assert "Scooter" in _actors("Will I. Lewis \"Scooter\" Libby report to federal prison to begin his sentence "
                                "by August 31, 2007?")  # b52-libby-reports-to-prison
    assert "Top Gun" in _actors("Will \"Top Gun: Maverick\" gross $150 million or more domestically over the "
                                "four-day Memorial Day 2022 weekend?")  # b78-top-gun-maverick-4day-150m
    assert "Rahul Gandhi" in _actors("Will India's Supreme Court stay Rahul Gandhi's conviction in the 'Modi "
                                     "surname' defamation case by August 31, 2023?")  # b41-rahul-gandhi
    actors = _actors("Will New York's \"New York on PAUSE\" stay-at-home order remain in effect in New York City "
                     "through May 15, 2020?")  # b53-ny-pause-in-effect (New York stays an actor of its own)
    assert "New York" in actors and "New York on PAUSE" in actors
    assert "The Interview" in _actors("Will Sony's film \"The Interview\" be screened in U.S. movie theaters by "
                                      "December 25, 2014?")  # b56-the-interview: already one actor, its article kept
    assert "Anora" in _actors("Will 'Anora' win the Palme d'Or at the 2024 Cannes Film Festival?")  # one word: as before
