"""Readings of the twenty-sixth round's branch e148 (misses of development batch 148):

- on_course.approached (mentions._governing): an approach to a gerund ('are getting very close to announcing the deal',
  'on the verge of signing', 'nearer to agreeing') is an expected act, not one done; on main a saying verb then made
  it an announcement the criteria count (b148-mtn-reliance-deal-announced-by-jul7-2008-undet: likely-yes, a wrong
  decisive verdict).
- taken_privileges (rules/state_ended): a dismissal verb whose object is a privilege the holder keeps beside the office
  ('President of Guatemala stripped of immunity', 'voted 132-0 to remove Perez Molina's immunity'; endings.json
  'taken_privileges') ends nothing (b148-perez-molina-remains-president-sep30-2015-asof-immunity-stays-undet: on main
  likely-no). The office itself taken ('stripped of the presidency', 'removed from office') still ends it.
- paired_measures (other_measures): a figure told of the other side of a paired measure ('Imports in June fell 7.3%'
  for a market on exports; figures.json 'paired_measures') is not the market's (b148-china-jun2019-exports-fall-over-
  2pct-no: on main likely-yes from the imports' fall).

Verbatim sentences come from the development cases (conftest.case_runner); generated variants swap names, verbs,
numbers and frames, and near-misses must not change. `wrong_fires()` counts the variants read the wrong way on any
engine (the report gives the count before the change and after)."""

from __future__ import annotations

from conftest import case_runner, decided, fired_no, fired_yes
from cpu_budget import assert_each_within, word_soup

MTN = "b148-mtn-reliance-deal-announced-by-jul7-2008-undet"
PEREZ = "b148-perez-molina-remains-president-sep30-2015-asof-immunity-stays-undet"
CHINA = "b148-china-jun2019-exports-fall-over-2pct-no"

_mtn = case_runner(MTN, "http://it-online.co.za/x", "2008-07-03T00:00:00+02:00")
_perez = case_runner(PEREZ, "http://upi.com/x", "2015-09-02T00:00:00-06:00")
_china = case_runner(CHINA, "http://business.financialpost.com/x", "2019-07-12T00:00:00+08:00")

MTN_S = ('The Wall Street Journal, quoting sources close to the deal, says the two companies "are getting very close '
         'to announcing the deal.')
PEREZ_HEAD = "President of Guatemala stripped of immunity amid corruption scandal"
PEREZ_S = ("GUATEMALA CITY, Sept. 2 (UPI) -- President of Guatemala Otto Perez Molina has been stripped of immunity from "
           "prosecution in an unanimous vote by Congress after months of protests by citizens.")
PEREZ_S2 = "Guatemala's Congress voted 132-0 to remove Perez Molina's immunity on Tuesday."
CHINA_S = ("Imports in June fell 7.3% from a year earlier, sharper than a 4.5% decline tipped by analysts but less than a "
           "8.5% drop in May.")

# --- approach to a gerund -------------------------------------------------------------------------------------------
SAYERS = ["The Wall Street Journal says", "Sources said", "The paper reports that", "A person familiar with the matter said"]
APPROACHES = ["are getting very close to announcing", "are close to announcing", "are on the verge of announcing",
              "are on the brink of announcing", "are nearer to announcing", "came close to announcing",
              "are getting closer to announcing", "are close to finally announcing"]
OBJECTS = ["the deal", "the merger agreement", "a merger deal"]
MTN_NEAR = [f"{s} MTN and Reliance {a} {o}." for s in SAYERS for a in APPROACHES for o in OBJECTS]
MTN_DONE = [f"{s} MTN and Reliance announced {o}." for s in (SAYERS[0], SAYERS[2]) for o in OBJECTS]
MTN_DONE += ["MTN and Reliance announced the merger agreement on Thursday, the companies said."]

# --- a privilege taken ------------------------------------------------------------------------------------------------
BODIES = ["Congress", "Guatemala's Congress", "Lawmakers", "The Supreme Court"]
PRIVS = ["immunity", "his immunity", "his immunity from prosecution", "his passport", "his privileges"]
PEREZ_TAKEN = [f"{b} stripped Otto Perez Molina of {p} on Tuesday." for b in BODIES for p in PRIVS]
PEREZ_TAKEN += [f"{b} voted 132-0 to remove Perez Molina's {p} on Tuesday." for b in BODIES
                for p in ("immunity", "parliamentary immunity", "passport", "privileges")]
PEREZ_TAKEN += [f"Otto Perez Molina was stripped of {p} by {b.lower() if b[0] != 'G' else b} on Tuesday."
                for b in BODIES[:2] for p in PRIVS]
PEREZ_OFFICE = ["Congress stripped Otto Perez Molina of the presidency on Tuesday.",
                "Congress removed Otto Perez Molina from office on Tuesday.",
                "Congress stripped Otto Perez Molina of his immunity and removed him from office on Tuesday.",
                "Otto Perez Molina resigned on Tuesday."]

# --- the other side of a paired measure --------------------------------------------------------------------------------
PAIR_FRAMES = ["{w} in June fell {n}% from a year earlier, sharper than a 4.5% decline tipped by analysts.",
               "{w} fell {n}% in June from a year earlier, customs data showed.",
               "{w} dropped {n} percent year on year in June.",
               "Meanwhile, {w} in June slumped {n}% from a year earlier."]
NUMBERS = ["7.3", "5.1", "12.4"]
CHINA_OTHER = [fr.format(w=w, n=n) for fr in PAIR_FRAMES for n in NUMBERS for w in ("Imports", "China's imports")]
CHINA_OWN = [fr.format(w=w, n=n) for fr in PAIR_FRAMES for n in NUMBERS for w in ("China's exports",)]


def test_verbatim_mtn_not_announced():
    v = _mtn(MTN_S)
    assert v.verdict != "likely-yes"
    assert not fired_yes(v, "confirmation")


def test_verbatim_perez_immunity_not_office():
    v = _perez(PEREZ_S, head=PEREZ_HEAD)
    assert not fired_no(v, "state_ended")
    assert v.verdict != "likely-no"
    assert not fired_no(_perez(PEREZ_S2), "state_ended")


def test_verbatim_china_imports_not_exports():
    v = _china(CHINA_S)
    assert not fired_yes(v, "threshold_crossed")
    assert v.verdict != "likely-yes"


def test_approach_variants():
    for s in MTN_NEAR:
        assert not fired_yes(_mtn(s), "confirmation"), s


def test_done_announcements_still_confirm():
    for s in MTN_DONE:
        assert decided(_mtn(s)) == "likely-yes", s


def test_privilege_variants():
    for s in PEREZ_TAKEN:
        assert not fired_no(_perez(s), "state_ended"), s


def test_office_taken_still_ends():
    for s in PEREZ_OFFICE:
        assert fired_no(_perez(s), "state_ended"), s


def test_paired_measure_variants():
    for s in CHINA_OTHER:
        assert not fired_yes(_china(s), "threshold_crossed"), s


def test_own_measure_still_crosses():
    for s in CHINA_OWN:
        assert fired_yes(_china(s), "threshold_crossed"), s


def wrong_fires() -> dict[str, int]:
    return {
        "approach_confirmed": sum(fired_yes(_mtn(s), "confirmation") for s in MTN_NEAR),
        "done_not_yes": sum(decided(_mtn(s)) != "likely-yes" for s in MTN_DONE),
        "privilege_ended": sum(fired_no(_perez(s), "state_ended") for s in PEREZ_TAKEN),
        "office_not_ended": sum(not fired_no(_perez(s), "state_ended") for s in PEREZ_OFFICE),
        "other_side_crossed": sum(fired_yes(_china(s), "threshold_crossed") for s in CHINA_OTHER),
        "own_side_not_crossed": sum(not fired_yes(_china(s), "threshold_crossed") for s in CHINA_OWN),
        "of": len(MTN_NEAR) + len(MTN_DONE) + len(PEREZ_TAKEN) + len(PEREZ_OFFICE) + len(CHINA_OTHER) + len(CHINA_OWN),
    }


def test_hostile_input_bounded():
    from resolver.engine import paired_measures, taken_privileges  # noqa: F401  (the readings under test)
    words = ("close to announcing on the verge of the brink stripped of immunity remove Perez Molina's imports exports "
             "fell 7.3% , and but ; deal nearer to").split()
    assert_each_within([_mtn, _perez, _china], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
