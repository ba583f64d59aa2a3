"""Is the reported outcome about the market's whole object? (package qa, engine/parts.py)

A part of a multi-part contest (a match, a stage) won or lost is not the contest; a result of
another member of the market's kind ('Hougang SMC' for 'Jalan Kayu SMC') is not the market's;
an act on one of a set ('its first military base') does not confirm a market on all of them.
Sentences verbatim from the pages of tests/data/realnews batch-23 and batch-24 (and, for what
must still count, batch-01, -02, -05, -12, -14, -23)."""

import json
from pathlib import Path

from resolver.engine import evaluate_market, parts
from resolver.engine.actors import actor_aliases
from resolver.engine.text import make_sentence
from tests.conftest import news_article, news_market, ts

DATA = Path(__file__).parent / "data" / "realnews"


def _case(batch: str, case_id: str):
    case = next(c for c in json.loads((DATA / f"batch-{batch}.json").read_text()) if c["id"] == case_id)
    m = case["market"]
    market = news_market(m["question"], m["deadline"], m.get("criteria", ""))
    arts = [news_article(e["url"], e["published"], e["title"], e["text"]) for e in case["evidence"]]
    return market, arts, ts(case["as_of"].replace("Z", "+00:00"))


def _s(text: str, headline: bool = False):
    return make_sentence(text, 0, headline)


# -- a part of a contest ----------------------------------------------------------------------
RYDER = ("Ryder Cup 2023 LIVE: USA FINALLY win a match in Rome but Europe add two more points to their tally... "
         "with nail-biting fourth and final foursomes match all square with two holes left to play")


def test_a_match_won_is_a_part_of_the_cup():
    assert parts.contest_part(_s(RYDER, True), "Will Team USA win the 2023 Ryder Cup?") == "a match"


def test_the_deciding_part_is_not_a_part():
    s = _s("Max Verstappen beats Lewis Hamilton in last lap to win Abu Dhabi GP, World Championship", True)
    assert parts.contest_part(s, "Will Lewis Hamilton win the 2021 Formula 1 Drivers' Championship?") is None
    s = _s("Chelsea beat PSG 3-0 in final to win Club World Cup", True)
    assert parts.contest_part(s, "Will Paris Saint-Germain win the 2025 FIFA Club World Cup?") is None


def test_common_part_words_need_an_ordinal_or_a_number():
    s = _s("Ecuador's election authorities have declared President Daniel Noboa the winner of Sunday's runoff vote.")
    assert parts.contest_part(s, "Will Luisa González win Ecuador's 2025 presidential election?") is None
    s = _s("Tour De France 2024 Stage 4: Tadej Pogacar Reclaims Yellow Jersey - In Pics", True)
    assert parts.contest_part(s, "Will Tadej Pogačar win the 2024 Tour de France?") == "Stage 4"


def test_team_usa_goes_by_usa():
    assert "usa" in actor_aliases("Team USA")


def test_a_match_of_the_ryder_cup_decides_nothing():
    market, arts, as_of = _case("24", "b24-usa-win-ryder-cup-2023-asof-day2-multi-undet")
    v = evaluate_market(market, arts, as_of)
    assert v.verdict == "undetermined"
    assert not any(c.rule == "rival_outcome" for c in v.contributions)


# -- a defeat in a contest made of stages -----------------------------------------------------
def test_a_defeat_in_a_stage_race_is_not_the_race():
    s = _s("Tour De France Jonas Vingegaard Edges Tadej Pogacar In Battle", True)
    assert parts.multi_part(["tour", "de", "france"], "france") == "tour"
    assert not parts.whole_decided(s, ["tour", "de", "france"], False)
    market, arts, as_of = _case("24", "b24-pogacar-wins-tour-2024-by-5-minutes-asof-stage11-multi-undet")
    v = evaluate_market(market, arts, as_of)
    assert v.verdict == "undetermined"
    assert not any(c.rule == "rival_outcome" for c in v.contributions)


def test_a_defeat_that_decides_the_whole_still_counts():
    s = _s("Lionel Messi led Argentina to a stunning World Cup victory, beating defending champions France 4-2 "
           "on penalties after an enthralling 3-3 draw over 120 minutes.")
    assert parts.whole_decided(s, ["fifa", "world", "cup"], False)
    s = _s("India clinched a thrilling four-wicket win over New Zealand in the final of Champions Trophy 2025 to "
           "clinch a record third title.")
    assert parts.whole_decided(s, ["icc", "champion", "trophy"], False)


# -- another member of the kind ---------------------------------------------------------------
def test_another_constituency_is_not_the_markets():
    s = _s("The Workers' Party (WP) retained Aljunied GRC, Sengkang GRC and Hougang SMC.")
    assert parts.other_member(s, "smc", ["jalan", "kayu", "smc"], {"jalan", "kayu", "smc", "people", "action",
                                                                   "party", "singapore"},
                              "Will the People's Action Party win Jalan Kayu SMC in Singapore's 2025 general "
                              "election?") == "Hougang SMC"
    market, arts, as_of = _case("23", "b23-pap-wins-jalan-kayu-smc-ge2025-yes")
    v = evaluate_market(market, arts, as_of)
    assert v.verdict != "likely-no"
    assert not any(c.rule == "rival_outcome" for c in v.contributions)


def test_the_markets_own_member_is_still_read():
    s = _s("The PAP also took Punggol GRC, which is led by Deputy Prime Minister Gan Kim Yong, as well as West "
           "Coast-Jurong West GRC, which saw the closest fight in the last election.")
    assert parts.other_member(s, "grc", ["punggol", "grc"], {"punggol", "grc", "workers", "party"}) is None
    s = _s("Europe retain Ryder Cup after holding off stunning United States fightback", True)
    assert parts.other_member(s, "cup", ["ryder", "cup"], {"ryder", "cup", "united", "states"}) is None


# -- all of them ------------------------------------------------------------------------------
def test_the_first_of_the_bases_is_not_all_of_them():
    noun = parts.universal_noun("Will France hand over all of its military bases in Chad to the Chadian army by "
                                "January 31, 2025?")
    assert noun == "base"
    s = _s("France has handed over its first military base as part of the withdrawal of its military forces from "
           "Chad, the Chadian army said Thursday.")
    assert parts.partial_mention(s, noun) == "its first military base"
    s = _s("\"The three bases of French elements in Chad have all been handed over to the Chadian National Army.")
    assert parts.partial_mention(s, noun) is None
    market, arts, as_of = _case("23", "b23-france-hands-over-all-chad-bases-by-jan31-2025-asof-first-base-undet")
    v = evaluate_market(market, arts, as_of)
    assert v.verdict == "undetermined"


def test_all_of_the_bases_still_confirms():
    market, arts, as_of = _case("23", "b23-france-hands-over-all-chad-bases-by-jan31-2025-multi-yes")
    assert evaluate_market(market, arts, as_of).verdict == "likely-yes"


def test_a_kind_with_an_adjective_is_not_a_named_member():
    s = _s("Ecuador's election authorities have declared President Daniel Noboa the winner of Sunday's runoff vote.")
    assert parts.other_member(s, "election", ["ecuadorian", "presidential", "election"],
                              {"ecuadorian", "luisa", "gonzález"},
                              "Will Luisa González win the 2025 Ecuadorian presidential election?") is None


def test_an_elections_second_round_is_its_deciding_one():
    s = _s("Former Bolivian President Jorge Quiroga (2001-2002) congratulated his rival Rodrigo Paz on his victory "
           "in the second round of the presidential election.")
    assert parts.contest_part(s, "Will Jorge Quiroga win the 2025 Bolivian presidential election?") is None


def test_a_session_swept_is_a_part_of_the_cup():
    # https://www.nbcsports.com/golf/news/xander-schauffele-u-s-not-sweating-it-after-foursomes-shutout (2023-09-29)
    s = _s("For the first time in the Ryder Cup, the U.S. team was swept in the first session and found themselves "
           "trailing 4-0.")
    assert parts.contest_part(s, "Will Team USA win the 2023 Ryder Cup?") == "first session"
