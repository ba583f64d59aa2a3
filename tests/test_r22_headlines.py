"""Readings of the twenty-second round's headlines helper (census r20 classes B and the opposite outcome of a
rescue; tools/census_r20/README.md §6, tools/census_r21/misses_117_120.md):

- infinitive_forecasts.after_to: a split infinitive ('State of emergency and curfew to officially end on
  Thursday', 'Fed to formally cut rates') is an infinitive, a plan, not a headline's present; read in
  verb_aspect.aspect and mentions._aspect;
- infinitive_forecasts.headline_level: a headline whose predicate is the infinitive ('Gold to top $1,500') tells a
  level still to come; 'Gold jumps to top $1,500' (a finite verb before 'to') still reports it reached;
- lost_groups: the market's whole group told dead ('All four coal miners … have been found dead', 'Pirates Kill 4
  Hostages') rules out a market asking that they come through alive; a part, a doubt, a plan or another count
  does not.

Sentences quoted verbatim from development articles read one way; the generated variants vary subjects, verbs,
adverbs, figures, counts and nouns. `python tests/test_r22_headlines.py` prints the counts over the generated
sets (wrong before -> after are in /work/out/headlines.md)."""

from __future__ import annotations

import itertools
import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))  # (conftest, when run as a script)

import pytest

from conftest import decided, fired, realnews_case, run_case

from resolver.engine.text import make_sentence
from resolver.engine.verb_aspect import aspect
from cpu_budget import assert_cpu_within

# --- (a) verbatim development sentences ---------------------------------------------------------------------------
EGYPT = realnews_case("b102-egypt-curfew-still-in-force-nov13-2013-multi-stays-yes")
GLEISION = realnews_case("b119-gleision-miner-rescued-alive-by-sep30-2011-multi-no")
QUEST = realnews_case("b119-quest-hostages-freed-alive-by-mar31-2011-no")
UBB = realnews_case("b71-ubb-missing-miners-alive-apr2010-undet")
SAGO = realnews_case("b77-sago-miner-found-alive-2006-yes")


def _case(c, pick=None):
    ev = c["evidence"] if pick is None else [c["evidence"][i] for i in pick]
    m = c["market"]
    return run_case(m["question"], m["deadline"], m.get("criteria", ""),
                    [(e["url"], e["published"], e.get("title", ""), e["text"]) for e in ev], c["as_of"])


def test_verbatim_split_infinitive_headline_is_no_end():
    """'State of emergency and curfew to officially end on Thursday' (Ahram, 13 Nov 2013) is a plan."""
    v = _case(EGYPT, [1])
    assert not [c for c in fired(v, "state_ended") if "headline" in c.reason]
    assert decided(v) != "likely-no"


def test_verbatim_split_infinitive_aspect():
    from resolver.engine import infinitive_forecasts  # (imported here: the counts below run on any engine)
    s = make_sentence("State of emergency and curfew to officially end on Thursday", 0, headline=True)
    k = [t.lower for t in s.tokens].index("end")
    assert infinitive_forecasts.after_to(s, k) == k - 2
    assert aspect(s, k, "end") == "future"


def test_verbatim_all_four_found_dead_rules_out():
    v = _case(GLEISION)
    assert any("whole group" in c.reason for c in fired(v, "ruled_out"))
    assert decided(v) == "likely-no"


def test_verbatim_pirates_kill_four_hostages_rules_out():
    v = _case(QUEST)
    assert any("whole group" in c.reason for c in fired(v, "ruled_out"))
    assert decided(v) == "likely-no"


def test_verbatim_other_dead_count_is_no_finding():
    """'the devastating explosion that killed 25 coworkers', 'recover the bodies of 18 miners' (UBB, four missing)."""
    v = _case(UBB)
    assert not [c for c in fired(v, "ruled_out") if "whole group" in c.reason]
    assert decided(v) == "undetermined"


def test_verbatim_sole_survivor_not_ruled_out():
    v = _case(SAGO)
    assert decided(v) != "likely-no"


def test_verbatim_one_of_four_dead_is_a_part():
    from resolver.engine import lost_groups
    s = make_sentence("Trapped miners: One of four at Gleision Colliery dead", 0, headline=True)
    assert lost_groups._subject([t.lower for t in s.tokens], 5, 4, frozenset({"miners"})) is None


# --- (b) generated variants ---------------------------------------------------------------------------------------
EVENT = [
    ("Will the Federal Reserve cut interest rates by March 31, 2024?",
     'This market will resolve to "Yes" if the Federal Reserve cuts its benchmark interest rate by March 31, 2024. Otherwise "No".',
     "2024-03-31T23:59:59-04:00", ["Fed", "Federal Reserve"], ("cut", "cuts", "cut"), ["rates", "interest rates"]),
    ("Will Apple launch the iPhone 16 by September 30, 2024?",
     'This market will resolve to "Yes" if Apple launches the iPhone 16 by September 30, 2024. Otherwise "No".',
     "2024-09-30T23:59:59-04:00", ["Apple"], ("launch", "launches", "launched"), ["iPhone 16", "the iPhone 16"]),
    ("Will Hong Kong lift its mask mandate by March 31, 2023?",
     'This market will resolve to "Yes" if Hong Kong lifts its mask mandate by March 31, 2023. Otherwise "No".',
     "2023-03-31T23:59:59+08:00", ["Hong Kong"], ("lift", "lifts", "lifted"), ["mask mandate", "its mask mandate"]),
]
THRESH = [
    ("Will gold trade at or above $1,500 an ounce by December 31, 2019?",
     'This market will resolve to "Yes" if the spot price of gold trades at or above $1,500 per ounce at any time by '
     'December 31, 2019. Otherwise "No".',
     "2019-12-31T23:59:59-05:00", ["Gold", "Spot gold"], ("top", "tops", "topped"), ["$1,500", "$1,520"]),
    ("Will Bitcoin trade above $100,000 by December 31, 2024?",
     'This market will resolve to "Yes" if the price of Bitcoin trades above $100,000 at any time by December 31, 2024. '
     'Otherwise "No".', "2024-12-31T23:59:59-05:00", ["Bitcoin", "BTC"], ("hit", "hits", "hit"), ["$101,000", "$105,000"]),
]
STATE = ("Will Bob Smith remain CEO of Acme Corp through December 31, 2023?",
         'This market will resolve to "Yes" if Bob Smith is still the chief executive officer of Acme Corp on December 31, '
         '2023. Otherwise "No".', "2023-12-31T23:59:59-05:00")
NOT_DONE = ["{S} to {v} {o}", "{S} set to {v} {o}", "{S} to {v} {o} next week", "{S} to {v} {o}: report",
            "{S} 'to {v} {o}'", "{S} to formally {v} {o}", "{S} to officially {v} {o} on Thursday", "{S} to finally {v} {o}",
            "{S} poised to {v} {o}"]
DONE = ["{S} {v3} {o}", "{S} {vd} {o}"]
RESULT = ["{S} jumps to top {o}", "{S} rallies to top {o}", "{S} rises 2% to top {o}", "{S} surges to hit {o}",
          "{S} climbs to hit {o}", "{S} extends gains to top {o}"]
STATE_NOT_DONE = ["{S} to step down as CEO", "{S} to officially step down as CEO", "{S} to formally resign as CEO",
                  "{S} to resign", "{S} set to step down"]
STATE_DONE = ["{S} steps down as CEO", "{S} resigns", "{S} resigned as CEO"]
BODY = "Markets were watching closely on Wednesday. Analysts said the decision was widely discussed."


def _run(q, c, dl, head, body=BODY):
    return run_case(q, dl, c, [("http://news.example.com/a", dl[:8] + "05T09:00:00+00:00", head, body)],
                    dl[:8] + "06T12:00:00+00:00")


def headline_sets():
    nd, done, result, snd, sdone = [], [], [], [], []
    for q, c, dl, subjects, (v, v3, vd), objects in EVENT + THRESH:
        for s, o in itertools.product(subjects, objects):
            nd += [((q, c, dl), sh.format(S=s, v=v, o=o)) for sh in NOT_DONE]
            done += [((q, c, dl), sh.format(S=s, v3=v3, vd=vd, o=o)) for sh in DONE]
    for q, c, dl, subjects, _, objects in THRESH:
        result += [((q, c, dl), sh.format(S=s, o=o)) for s in subjects for o in objects for sh in RESULT]
    for s in ("Bob Smith", "Acme CEO Bob Smith", "Smith"):
        snd += [(STATE, sh.format(S=s)) for sh in STATE_NOT_DONE]
        sdone += [(STATE, sh.format(S=s)) for sh in STATE_DONE]
    return nd, done, result, snd, sdone


NUM = {2: "two", 4: "four", 6: "six", 9: "nine", 13: "13"}
GROUP_MARKETS = [(n, w, noun, place) for n, w in NUM.items()
                 for noun, place in (("miners", "Black Creek Mine"), ("workers", "Red Hill tunnel"), ("hostages", "yacht Sea Star"))]
DEAD = ["All {w} {noun} at the {place} have been found dead.", "All {w} {noun} trapped at the {place} were found dead on Friday.",
        "All {w} {noun} who were trapped at the {place} died, officials said.", "Gunmen killed {w} {noun} at the {place}.",
        "The bodies of all {w} {noun} were recovered from the {place} on Friday.",
        "Rescuers recovered the bodies of the {w} {noun} at the {place}."]
NOT_DEAD = ["One of the {w} {noun} at the {place} has been found dead.", "Three of the {w} {noun} at the {place} were found dead.",
            "{m} {noun} at the {place} were found dead on Friday.", "All {w} {noun} at the {place} are feared dead.",
            "All {w} {noun} at the {place} are presumed dead.", "All {w} {noun} at the {place} may have died.",
            "All {w} {noun} at the {place} were found alive.", "If all {w} {noun} at the {place} were killed, it would be a tragedy.",
            "The gunmen threatened to kill {w} {noun} at the {place}.", "The explosion at the {place} killed {o} other {noun}.",
            "Rescuers will try to recover the bodies of {o} {noun} near the {place}.",
            "None of the {w} {noun} at the {place} has been found dead."]


def _group(n, w, noun, place, sentence):
    q = f"Will any of the {w} {noun} trapped at the {place} be rescued alive by September 30, 2011?"
    c = (f'This market will resolve to "Yes" if at least one of the {w} {noun} trapped at the {place} is brought out '
         f'alive by September 30, 2011. Otherwise, "No".')
    return run_case(q, "2011-09-30T23:59:59+01:00", c, [("http://news.example.com/r", "2011-09-16T09:00:00+01:00", "",
                                                        sentence + " Rescue teams worked through the night.")],
                    "2011-09-17T12:00:00+01:00")


def group_sets():
    dead, not_dead = [], []
    for n, w, noun, place in GROUP_MARKETS:
        dead += [((n, w, noun, place), sh.format(w=w, noun=noun, place=place)) for sh in DEAD]
        not_dead += [((n, w, noun, place), sh.format(w=w, noun=noun, place=place, m="Two" if n > 2 else "One", o=n + 21))
                     for sh in NOT_DEAD]
    return dead, not_dead


def counts() -> dict[str, tuple[int, int]]:
    nd, done, result, snd, sdone = headline_sets()
    dead, not_dead = group_sets()
    return {
        "infinitive/plan headlines read as done (yes)": (sum(decided(_run(*m, h)) == "likely-yes" for m, h in nd), len(nd)),
        "present/past headlines not confirming": (sum(decided(_run(*m, h)) != "likely-yes" for m, h in done), len(done)),
        "'X jumps to top $N' not crossing": (sum(decided(_run(*m, h)) != "likely-yes" for m, h in result), len(result)),
        "infinitive headlines read as the state ended": (sum(decided(_run(*m, h)) == "likely-no" for m, h in snd), len(snd)),
        "present/past headlines not ending the state": (sum(decided(_run(*m, h)) != "likely-no" for m, h in sdone), len(sdone)),
        "whole group told dead, not ruled out": (sum(decided(_group(*m, s)) != "likely-no" for m, s in dead), len(dead)),
        "part/doubt/plan/other count, decided": (sum(decided(_group(*m, s)) != "undetermined" for m, s in not_dead),
                                                 len(not_dead)),
    }


_ND, _DONE, _RESULT, _SND, _SDONE = headline_sets()
_DEAD, _NOT_DEAD = group_sets()


@pytest.mark.parametrize("market,head", _ND)
def test_infinitive_headline_not_done(market, head):
    assert decided(_run(*market, head)) != "likely-yes"


@pytest.mark.parametrize("market,head", _DONE)
def test_present_headline_still_confirms(market, head):
    assert decided(_run(*market, head)) == "likely-yes"


@pytest.mark.parametrize("market,head", _RESULT)
def test_result_infinitive_after_a_rise_still_crosses(market, head):
    assert decided(_run(*market, head)) == "likely-yes"


@pytest.mark.parametrize("market,head", _SND)
def test_infinitive_headline_does_not_end_state(market, head):
    assert decided(_run(*market, head)) != "likely-no"


@pytest.mark.parametrize("market,head", _SDONE)
def test_present_headline_still_ends_state(market, head):
    assert decided(_run(*market, head)) == "likely-no"


@pytest.mark.parametrize("market,sentence", _DEAD)
def test_whole_group_dead_rules_out(market, sentence):
    assert decided(_group(*market, sentence)) == "likely-no"


@pytest.mark.parametrize("market,sentence", _NOT_DEAD)
def test_part_doubt_plan_or_other_count_rules_nothing_out(market, sentence):
    assert decided(_group(*market, sentence)) == "undetermined"


# --- (c) hostile input ----------------------------------------------------------------------------------------------
def test_hostile_input_is_cheap():
    words = ("All four miners to officially end to formally top $1,500 killed four hostages bodies of all the four "
             "miners found dead Gold to top $1,500 one of the four presumed dead. ")
    body = (words * (30_000 // len(words)))[:30_000]
    start = time.process_time()
    _group(4, "four", "miners", "Black Creek Mine", body)
    _run(*THRESH[0][:3], "Gold to officially top $1,500 " * 20, body)
    assert_cpu_within(start, 10)  # CPU time, never wall-clock (about 3.9 s here, as on main 3.8 + 0.4 s)


if __name__ == "__main__":
    for name, (wrong, total) in counts().items():
        print(f"{name}: {wrong}/{total}")
