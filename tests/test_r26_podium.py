"""Readings of the twenty-sixth round's probe class 'a part of a contest read as the contest' (found by the e145
branch's near-miss tests):

- won_parts (rules/confirmation_gates.py's win-family gate, rules/rival_outcome.py): for a market on a whole made of
  many parts (a season's championship, a league's title, a tour), a winning verb whose own object is one part of it
  ('Josh Brookes clinched a podium in the British Superbike Championship', 'won a race in the MotoGP World
  Championship', 'took the win in race two', 'claimed victory in the opening race', 'won three of the six races',
  'Felipe Massa won the Brazilian Grand Prix') reports a part: on main it read as the candidate's title (likely-yes)
  or a rival's (likely-no). The title itself stays read ('won the championship', 'clinched the title', 'sealed the
  drivers' crown', 'won the Tour de France', 'won the race to clinch the title').

Variants run on development markets (their market swapped to another candidate where needed) over one generated
article; `wrong_fires()` counts the wrong decisive verdicts (it runs on any engine: the report gives main's count and
the branch's)."""

from __future__ import annotations

from conftest import case_runner
from cpu_budget import assert_each_within, word_soup


def _market(q: str, c: str, deadline: str) -> dict:
    return {"question": q, "deadline": deadline, "criteria": c}


# (key: case id, published, market builder(candidate) , contest as a sentence names it, place, parts)
def _bsb(r: str):
    return case_runner("b145-redding-wins-bsb-2019-multi-yes", "https://x.example/bsb", "2019-10-13T00:00:00+01:00",
                       market=_market(f"Will {r} win the 2019 British Superbike Championship?",
                                      f"This market will resolve to \"Yes\" if {r} is the 2019 Bennetts British Superbike "
                                      "Championship riders' champion after the final round at Brands Hatch. If any other rider "
                                      "wins the championship, the market resolves to \"No\".", "2019-10-31T23:59:59+00:00"))


def _f1(r: str):
    return case_runner("b62-hamilton-2008-f1-title-yes", "https://x.example/f1", "2008-10-20T00:00:00+00:00",
                       market=_market(f"Will {r} win the 2008 Formula One World Drivers' Championship?",
                                      f"This market will resolve to \"Yes\" if {r} is the 2008 FIA Formula One World Drivers' "
                                      "Champion after the season-ending Brazilian Grand Prix on November 2, 2008. Otherwise, "
                                      "\"No\".", "2008-11-02T23:59:59-02:00"))


def _motogp(r: str):
    return case_runner("b115-stoner-wins-motogp-title-2007-yes", "https://x.example/motogp", "2007-09-10T00:00:00+01:00",
                       market=_market(f"Will {r} win the 2007 MotoGP World Championship?",
                                      f"This market will resolve to \"Yes\" if {r} is the 2007 MotoGP (premier class) World "
                                      "Champion, according to the official FIM/MotoGP championship standings at the end of the "
                                      "2007 season. Otherwise, \"No\".", "2007-11-04T23:59:59+01:00"))


def _tour(r: str):
    return case_runner("b54-wiggins-wins-tour-de-france-2012-yes", "https://x.example/tdf", "2012-07-15T00:00:00+00:00",
                       market=_market(f"Will {r} win the 2012 Tour de France?",
                                      f"This market will resolve to \"Yes\" if {r} is the overall winner (yellow jersey) of the "
                                      "2012 Tour de France at the conclusion of the final stage in Paris. Otherwise, this market "
                                      "will resolve to \"No\".", "2012-07-22T23:59:59+02:00"))


def _wrc(r: str):
    return case_runner("b114-evans-wins-wrc-title-2020-multi-no", "https://x.example/wrc", "2020-11-22T00:00:00+01:00",
                       market=_market(f"Will {r} win the 2020 World Rally Championship drivers' title?",
                                      f"This market will resolve to \"Yes\" if {r} is crowned 2020 FIA World Rally Championship "
                                      "drivers' champion after the season-ending Rally Monza. Otherwise, \"No\".",
                                      "2020-12-06T23:59:59+01:00"))


def _seriea(r: str):
    return case_runner("b30-napoli-win-serie-a-2024-25-yes", "https://x.example/seriea", "2025-04-20T00:00:00+02:00",
                       market=_market(f"Will {r} win the 2024-25 Serie A title?",
                                      f"This market will resolve to \"Yes\" if {r} finish first in the 2024-25 Serie A season. "
                                      "If any other club wins the title, this market will resolve to \"No\".",
                                      "2025-05-25T23:59:59+02:00"))


# (market builder, candidate, rival, contest as written, expected verdict when the candidate wins the whole)
MARKETS = [
    (_bsb, "Josh Brookes", "Tommy Bridewell", "British Superbike Championship", "Brands Hatch"),
    (_bsb, "Glenn Irwin", "Scott Redding", "British Superbike Championship", "Oulton Park"),
    (_f1, "Lewis Hamilton", "Felipe Massa", "Formula One World Championship", "Interlagos"),
    (_f1, "Felipe Massa", "Lewis Hamilton", "2008 Formula One season", "Fuji"),
    (_motogp, "Casey Stoner", "Valentino Rossi", "MotoGP World Championship", "Misano"),
    (_motogp, "Dani Pedrosa", "Casey Stoner", "2007 MotoGP season", "Estoril"),
    (_tour, "Bradley Wiggins", "Chris Froome", "Tour de France", "La Planche des Belles Filles"),
    (_wrc, "Elfyn Evans", "Sebastien Ogier", "World Rally Championship", "Monza"),
]

# a part of the contest won, by the candidate (no win of the whole: not likely-yes) or by a rival (not likely-no)
PART_FRAMES = [
    "{x} clinched a podium in the {c} at {p} on Sunday.",
    "{x} secured a podium finish in the {c} at {p}.",
    "{x} sealed a podium in the {c} at {p}.",
    "{x} won a race in the {c} at {p} on Sunday.",
    "{x} grabbed a stage win in the {c} at {p}.",
    "{x} took the win in race two of the {c} at {p}.",
    "{x} claimed victory in the opening race of the {c} weekend at {p}.",
    "{x} captured a third podium of the {c} at {p}.",
    "{x} won three of the six races in the {c} so far.",
    "{x} picked up a podium at {p} in the {c}.",
    "{x} wrapped up a podium at {p} to stay in the hunt in the {c}.",
    "{x} landed a silver medal at {p} in the {c}.",
]
PART_HEADLINES = [
    "{x} Clinches Podium At {p} In {c}",
    "{x} wins race at {p} as {c} heads to finale",
]

# the whole won: stays decisive (the candidate's: likely-yes; a rival's: likely-no)
WHOLE_FRAMES = [
    "{x} won the {c} on Sunday at {p}.",
    "{x} clinched the {c} title at {p} on Sunday.",
    "{x} won the race at {p} to clinch the {c} title.",
]

# a Grand Prix of the season (the race the criteria name) is not the drivers' championship
GP_FRAMES = [
    ("Felipe Massa won the Brazilian Grand Prix at Interlagos on Sunday.", _f1, "Lewis Hamilton"),
    ("Lewis Hamilton won the Chinese Grand Prix on Sunday.", _f1, "Lewis Hamilton"),
    ("Lewis Hamilton took his fifth Grand Prix win of the season in Shanghai.", _f1, "Lewis Hamilton"),
    ("Casey Stoner won the Japanese Grand Prix at Motegi on Sunday.", _motogp, "Valentino Rossi"),
    ("Inter took a point at Bologna on Sunday.", _seriea, "Napoli"),
    ("Napoli secured a point against Genoa on Sunday.", _seriea, "Napoli"),
    ("Inter won the match against Roma 3-1 on Sunday.", _seriea, "Napoli"),
    ("Chris Froome won the stage to La Planche des Belles Filles.", _tour, "Bradley Wiggins"),
    ("Peter Sagan won the points classification of the Tour de France.", _tour, "Bradley Wiggins"),
]

# near-misses that must stay decisive: the title itself, and a race market's own race
NEAR = [
    ("Lewis Hamilton sealed the Formula One drivers' crown at Interlagos on Sunday.", _f1, "Lewis Hamilton", "likely-yes"),
    ("Felipe Massa sealed the Formula One drivers' crown at Interlagos on Sunday.", _f1, "Lewis Hamilton", "likely-no"),
    ("Bradley Wiggins won the Tour de France on Sunday.", _tour, "Bradley Wiggins", "likely-yes"),
    ("Chris Froome won the Tour de France on Sunday.", _tour, "Bradley Wiggins", "likely-no"),
    ("Napoli clinched the Serie A title on Sunday.", _seriea, "Napoli", "likely-yes"),
    ("Inter clinched the Serie A title on Sunday.", _seriea, "Napoli", "likely-no"),
    ("Casey Stoner won the race at Motegi to clinch the MotoGP title.", _motogp, "Casey Stoner", "likely-yes"),
    ("Casey Stoner won the MotoGP title race at Motegi on Sunday.", _motogp, "Casey Stoner", "likely-yes"),
    # the object goes on to the title (b62-alonso-2010-f1-title-no's sentence, on another market)
    ("Felipe Massa won the race and the championship at Interlagos.", _f1, "Lewis Hamilton", "likely-no"),
    ("Lewis Hamilton won the race and the championship at Interlagos.", _f1, "Lewis Hamilton", "likely-yes"),
    ("Valentino Rossi won the race and the title at Valencia.", _motogp, "Casey Stoner", "likely-no"),
    ("Casey Stoner won the race at Motegi, sealing the MotoGP World Championship title.", _motogp, "Casey Stoner", "likely-yes"),
    ("Valentino Rossi won the race at Motegi, sealing the MotoGP World Championship title.", _motogp, "Casey Stoner", "likely-no"),
]


# a part's win in a headline: 'Stage Victory' names no winner called 'Stage' (b34-ferrand-prevot's headline, the
# candidate's own stage win, on main read by nominal_win once the part guard let the verb pass): neither yes nor no
OWN_PART_HEADLINES = [
    ("Bradley Wiggins Claims Stage Victory in Tour de France", _tour, "Bradley Wiggins"),
    ("Casey Stoner Claims Race Victory in MotoGP World Championship", _motogp, "Casey Stoner"),
    ("Josh Brookes Takes Podium Finish in British Superbike Championship", _bsb, "Josh Brookes"),
]


def test_own_part_headline_undecided():
    for head, market, cand in OWN_PART_HEADLINES:
        v = market(cand)("The teams travel to the next round.", head=head)
        assert v.verdict == "undetermined", head


def _told(run, text: str):
    """A frame without a full stop is a headline (over a neutral body), else a body sentence."""
    return run("The teams travel to the next round.", head=text) if not text.endswith(".") else run(text)


def _cases():
    """(runner, sentence, verdict that would be wrong, verdict expected or None for 'not the wrong one')."""
    out = []
    for market, cand, rival, contest, place in MARKETS:
        run = market(cand)
        for fr in PART_FRAMES + PART_HEADLINES:
            out.append((run, fr.format(x=cand, c=contest, p=place), "likely-yes", None))
            out.append((run, fr.format(x=rival, c=contest, p=place), "likely-no", None))
    for s, market, cand in GP_FRAMES:
        run = market(cand)
        out.append((run, s, "likely-no" if not s.startswith(cand) else "likely-yes", None))
    return out


def _near():
    out = []
    for market, cand, rival, contest, place in MARKETS[:1] + MARKETS[4:5]:
        run = market(cand)
        for fr in WHOLE_FRAMES:
            out.append((run, fr.format(x=cand, c=contest, p=place), "likely-yes"))
            out.append((run, fr.format(x=rival, c=contest, p=place), "likely-no"))
    for s, market, cand, exp in NEAR:
        out.append((market(cand), s, exp))
    return out


CASES = _cases()
NEARS = _near()


def test_parts_not_read_as_the_contest():
    for run, s, wrong, _ in CASES:
        assert _told(run, s).verdict != wrong, s


# unread on main as well (not this class): the infinitive's title after a race the candidate won, and a rival's
# 'sealed the … crown' in the F1 market; they must not turn wrong
UNREAD_ON_MAIN = {"Josh Brookes won the race at Brands Hatch to clinch the British Superbike Championship title.",
                  "Casey Stoner won the race at Misano to clinch the MotoGP World Championship title.",
                  "Felipe Massa sealed the Formula One drivers' crown at Interlagos on Sunday.",
                  "Valentino Rossi won the race and the title at Valencia."}


def test_whole_still_read():
    for run, s, exp in NEARS:
        assert _told(run, s).verdict in ((exp, "undetermined") if s in UNREAD_ON_MAIN else (exp,)), s


def test_race_market_keeps_its_race():
    """A market on one race, or on the part itself: the race (the medal) won is the contest (no guard)."""
    from resolver.engine.text import make_sentence
    from resolver.engine.won_parts import part_won
    s = make_sentence("George Russell won the race at Silverstone on Sunday.", 0)
    assert part_won(s, 2, "Will George Russell win the 2024 British Grand Prix?") is None
    assert part_won(s, 2, "Will George Russell win the 2024 Formula 1 Drivers' Championship?")
    s = make_sentence("Jakob Ingebrigtsen won the race in Budapest.", 0)
    assert part_won(s, 2, "Will Jakob Ingebrigtsen win the men's 1500m at the 2023 World Athletics Championships?") is None
    s = make_sentence("Jakob Ingebrigtsen won a silver medal in Budapest.", 0)
    assert part_won(s, 2, "Will Jakob Ingebrigtsen win the men's 1500m at the 2023 World Athletics Championships?")
    assert part_won(s, 2, "Will Jakob Ingebrigtsen win a medal at the 2023 World Athletics Championships?") is None
    s = make_sentence("Ireland won the match against France in Dublin.", 0)
    assert part_won(s, 1, "Will Ireland win the 2024 Six Nations Championship?")
    assert part_won(s, 1, "Will Ireland win the 2023 World Test Championship final?") is None
    s = make_sentence("Labour won the second round of the presidential election.", 0)
    assert part_won(s, 1, "Will Labour win the 2024 presidential election title?") is None


def wrong_fires() -> dict[str, int]:
    wrong = sum(_told(run, s).verdict == w for run, s, w, _ in CASES)
    near_bad = sum(_told(run, s).verdict != e for run, s, e in NEARS)
    return {"part_read_decisive_wrong": wrong, "of": len(CASES), "near_miss_not_right": near_bad, "near_of": len(NEARS)}


def test_hostile_input_bounded():
    words = ("Josh Brookes clinched won secured sealed a the podium race stage win victory in of at three six races "
             "British Superbike Championship title crown for , Brands Hatch up").split()
    assert_each_within([_bsb("Josh Brookes"), _f1("Lewis Hamilton")], word_soup(words), 2.0)


if __name__ == "__main__":
    import sys
    if "-v" in sys.argv:
        for run, s, w, _ in CASES:
            v = _told(run, s).verdict
            print("WRONG" if v == w else "ok   ", v, "|", s)
        for run, s, e in NEARS:
            v = _told(run, s).verdict
            print("near-ok " if v == e else "NEAR-BAD", v, "|", s)
    print(wrong_fires())
