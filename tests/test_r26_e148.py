"""Readings of the twenty-sixth round's branch e148 (misses of development batch 148):

- on_course.approached (mentions._governing): an approach to a gerund ('are getting very close to announcing the deal',
  'on the verge of signing', 'nearer to agreeing') is an expected act, not one done; on main a saying verb then made
  it an announcement the criteria count (b148-mtn-reliance-deal-announced-by-jul7-2008-undet: likely-yes, a wrong
  decisive verdict).
- taken_privileges (rules/state_ended): a dismissal verb whose object is a privilege the holder keeps beside the office
  ('President of Guatemala stripped of immunity', 'voted 132-0 to remove Perez Molina's immunity'; endings.json
  'taken_privileges') ends nothing (b148-perez-molina-remains-president-sep30-2015-asof-immunity-stays-undet: on main
  likely-no). The office itself taken ('stripped of the presidency', 'removed from office') still ends it.
- future_in_past (sentence_tense.resolved_spans): a plan told in the past ('Syria's military said a ceasefire in Aleppo
  was scheduled to be extended by 48 hours starting on Tuesday', in a sentence dated 'on Monday, May 9', an article of
  Thursday 12 May) is told as of the day the sentence names: a bare weekday after 'was scheduled (due, set, slated,
  planned) to' is the first such day after it (Tue 10 May), not the next after the article (17 May; on main a plan
  after the deadline, likely-no on b148-aleppo-truce-extended-beyond-may9-2016-multi-yes).
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
ALEPPO = "b148-aleppo-truce-extended-beyond-may9-2016-multi-yes"

_mtn = case_runner(MTN, "http://it-online.co.za/x", "2008-07-03T00:00:00+02:00")
_perez = case_runner(PEREZ, "http://upi.com/x", "2015-09-02T00:00:00-06:00")
_aleppo = case_runner(ALEPPO, "http://mirrorspectator.com/x", "2016-05-12T00:00:00-04:00")
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

ALEPPO_S = ("— Syrian government forces and their allies fought insurgents near Aleppo on Monday, May 9, and jets "
            "conducted raids around a nearby town seized by Islamist rebels, a monitoring group said, as Syria's military "
            "said a ceasefire in Aleppo was scheduled to be extended by 48 hours starting on Tuesday.")

# --- a plan told in the past -----------------------------------------------------------------------------------------
ANCHORS = ["on Monday, May 9", "on May 9", "on Monday"]
CUES = ["was scheduled to be extended", "was due to be extended", "was set to be extended", "was slated to be extended"]
ALEPPO_PLAN = [f"Fighting raged near Aleppo {a}, as Syria's military said the ceasefire in Aleppo {c} by 48 hours "
               f"starting on Tuesday." for a in ANCHORS[:2] for c in CUES]
# near-misses: no named day to tell the plan from (the weekday stays the next one after the article), or a plan told
# in the present ('is scheduled to'): the extension is still a plan after the deadline
ALEPPO_AHEAD = [f"Syria's military said the ceasefire in Aleppo {c} by 48 hours starting on Tuesday." for c in CUES]
ALEPPO_AHEAD += ["Fighting raged near Aleppo on Monday, May 9, and Syria's military says the ceasefire in Aleppo is "
                 "scheduled to be extended by 48 hours starting on Tuesday."]

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


def test_verbatim_aleppo_plan_dated_by_its_day():
    v = _aleppo(ALEPPO_S)
    assert not fired_no(v, "scheduled_after_deadline")
    assert fired_yes(v, "confirmation")


def test_plan_told_in_past_variants():
    for s in ALEPPO_PLAN:
        assert not fired_no(_aleppo(s), "scheduled_after_deadline"), s


def test_plan_ahead_near_misses():
    for s in ALEPPO_AHEAD:
        assert not fired_yes(_aleppo(s), "confirmation"), s


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
        "plan_read_after_deadline": sum(fired_no(_aleppo(s), "scheduled_after_deadline") for s in ALEPPO_PLAN),
        "ahead_confirmed": sum(fired_yes(_aleppo(s), "confirmation") for s in ALEPPO_AHEAD),
        "other_side_crossed": sum(fired_yes(_china(s), "threshold_crossed") for s in CHINA_OTHER),
        "own_side_not_crossed": sum(not fired_yes(_china(s), "threshold_crossed") for s in CHINA_OWN),
        "of": len(MTN_NEAR) + len(MTN_DONE) + len(PEREZ_TAKEN) + len(PEREZ_OFFICE) + len(ALEPPO_PLAN) + len(ALEPPO_AHEAD)
              + len(CHINA_OTHER) + len(CHINA_OWN),
    }


def test_hostile_input_bounded():
    from resolver.engine import future_in_past, paired_measures, taken_privileges  # noqa: F401  (the readings under test)
    words = ("close to announcing on the verge of the brink stripped of immunity remove Perez Molina's imports exports "
             "fell 7.3% , and but ; deal nearer to on Monday, May 9 was scheduled to be extended on Tuesday").split()
    assert_each_within([_mtn, _perez, _aleppo, _china], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
