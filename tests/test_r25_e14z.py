"""Readings of the twenty-fifth round's pass e14z:

- participial_asides (mentions): an act noun separated from its own predicate by a comma-bounded plan aside
  ('The Dawn launch, planned for Saturday, was canceled because of storms') is the subject of that predicate:
  the aside's participle governs nothing after it (so 'was canceled' is asserted and rules the act out) and the
  calling-off verb governs the noun (so the noun is not read as the act done).

The sentence is a precision guard found on main (not in the corpus), on the market of
b133-dawn-launch-by-jul31-2007-no; the variants swap the nouns, participles, dates and calling-off verbs, with
must-not-fire near-misses (the act done after its aside, an aside that is no plan participle). `wrong_fires()`
counts the variants read the wrong way; it runs on any engine (the report gives the count before and after)."""

from __future__ import annotations

import time

from conftest import case_runner, fired_no, fired_yes
from cpu_budget import assert_cpu_within, word_soup

# b133-dawn-launch-by-jul31-2007-no (the market; the sentence is a guard found on main)
_dawn = case_runner("b133-dawn-launch-by-jul31-2007-no", "https://example.com/space/x", "2007-07-07T21:56:29-04:00")
DAWN_S = "The Dawn launch, planned for Saturday, was canceled because of storms."
_NOUNS = ("The Dawn launch", "The launch of Dawn", "Dawn's launch", "The Dawn spacecraft launch")
_ASIDES = ("planned for Saturday", "scheduled for July 7", "originally scheduled for Saturday",
           "initially planned for July 7", "slated for Saturday morning", "set for Saturday", "due on Saturday")
_CALLED = ("was canceled because of storms", "was cancelled", "has been postponed", "was scrubbed",
           "was called off", "has been postponed to September")
CALLED_OFF = [DAWN_S] + [f"{n}, {a}, {c}." for n in _NOUNS for a in _ASIDES for c in _CALLED]
# the act done after its aside: still confirms
DONE = [f"The Dawn launch, {a}, went ahead on Saturday." for a in _ASIDES]


def _wrong_confirm(s: str) -> bool:
    return fired_yes(_dawn(s), "confirmation")


def test_verbatim_guard_does_not_confirm():
    v = _dawn(DAWN_S)
    assert not fired_yes(v, "confirmation")
    assert fired_no(v, "ruled_out")
    assert v.verdict == "likely-no"


def test_called_off_variants_never_confirm():
    for s in CALLED_OFF:
        assert not _wrong_confirm(s), s


def test_called_off_variants_ruled_out():
    # (the aside's date and a push-back's weighing still leave some variants unruled: counted in wrong_fires)
    for s in [f"{n}, planned for Saturday, {c}." for n in _NOUNS for c in _CALLED[:2]]:
        assert fired_no(_dawn(s), "ruled_out"), s


def test_done_after_aside_still_confirms():
    for s in DONE:
        assert fired_yes(_dawn(s), "confirmation"), s


def wrong_fires() -> dict[str, int]:
    return {
        "called_off_confirmed": sum(_wrong_confirm(s) for s in CALLED_OFF),
        "called_off_not_ruled_out": sum(not fired_no(_dawn(s), "ruled_out") for s in CALLED_OFF),
        "done_not_confirmed": sum(not fired_yes(_dawn(s), "confirmation") for s in DONE),
        "campaign_given_up_missed": sum(not fired_yes(_ad(s), "confirmation") for s in GAVE_UP),
        "campaign_given_up_misread": sum(fired_yes(_ad(s), "confirmation") for s in NOT_GAVE_UP),
        "out_as_missed": sum(not fired_no(_wz(s), "state_ended") for s in OUT_AS),
        "out_as_misread": sum(fired_no(_wz(s), "state_ended") for s in NOT_OUT_AS),
    }


def test_hostile_input_bounded():
    from resolver.engine import participial_asides  # noqa: F401  (the reading under test)
    words = ("The Dawn launch , planned scheduled originally for Saturday was canceled postponed set due storms "
             "launch slated of spacecraft").split()
    soup = word_soup(words)
    _dawn("Warm-up sentence.")
    start = time.process_time()
    _dawn(soup)
    assert_cpu_within(start, 2.0)




# --- a campaign given up, for a market on dropping out of the race ------------------------------------------------
# b140-eric-adams-exits-nyc-mayor-race-before-nov4-2025-multi-yes
ADAMS = "b140-eric-adams-exits-nyc-mayor-race-before-nov4-2025-multi-yes"
_ad = case_runner(ADAMS, "https://example.com/nyc/x", "2025-09-28T00:00:00-04:00")
AD_S = ("New York City Mayor Eric Adams announced Sunday he is suspending his campaign for mayor, just weeks away "
        "from the closely watched election.")
AD_S2 = "Mayor Eric Adams is ending his bid for reelection, he said in a video message Sunday."
_SUBJ = ("Eric Adams", "Mayor Eric Adams", "New York City Mayor Eric Adams")
_GAVE = ("is suspending his campaign", "suspended his campaign", "has suspended his reelection campaign",
         "is ending his bid for reelection", "ended his reelection bid", "abandoned his mayoral campaign",
         "has withdrawn his candidacy", "is dropping his reelection bid")
_FR = ("{s} {g} on Sunday.", "{s} announced Sunday he {g}.", "{s} said on Sunday that he {g}.")
GAVE_UP = [AD_S, AD_S2] + [fr.format(s=s, g=g) for s in _SUBJ for g in _GAVE for fr in _FR
                           if not (fr.startswith("{s} announced") and not g.startswith(("is", "has")))]
NOT_GAVE_UP = [
    "Eric Adams said Andrew Cuomo is suspending his campaign.",
    "Eric Adams praised Curtis Sliwa, who suspended his campaign on Sunday.",
    "Eric Adams will not be suspending his campaign.",
    "Eric Adams is not suspending his campaign, a spokesman said.",
    "Eric Adams temporarily suspended his campaign on Sunday.",
    "Eric Adams suspended his campaign for the day after the shooting.",
    "If Eric Adams suspended his campaign, Cuomo would gain.",
    "Eric Adams denied he is suspending his campaign.",
    "Eric Adams is weighing whether to suspend his campaign.",
    "Eric Adams attended his campaign rally on Sunday.",
]


def test_verbatim_campaign_given_up_confirms():
    assert _ad(AD_S).verdict == "likely-yes"
    assert _ad(AD_S2).verdict == "likely-yes"


def test_campaign_given_up_variants():
    for s in GAVE_UP:
        assert fired_yes(_ad(s), "confirmation"), s


def test_not_a_campaign_given_up():
    for s in NOT_GAVE_UP:
        assert not fired_yes(_ad(s), "confirmation"), s


def test_campaign_hostile_input_bounded():
    from resolver.engine import dropped_races  # noqa: F401  (the reading under test)
    words = ("Eric Adams Mayor announced Sunday he is suspending ending his her campaign bid candidacy for reelection "
             "temporarily not said Cuomo withdrawn abandoned").split()
    soup = word_soup(words)
    _ad("Warm-up sentence.")
    start = time.process_time()
    _ad(soup)
    assert_cpu_within(start, 2.0)


# --- the holder told 'out as' the office ------------------------------------------------------------------------
# b140-waltz-remains-nsa-through-may31-2025-no (the reading fires; the weak-reading gate still holds the verdict
# when it is the one sentence reporting the state over)
_wz = case_runner("b140-waltz-remains-nsa-through-may31-2025-no", "https://example.com/dc/x", "2025-05-01T00:00:00-04:00")
WZ_S = ("The president nominated him to be UN ambassador on Thursday, hours after news broke that Waltz was out as "
        "NSA.")
_HOLDER = ("Waltz", "Mike Waltz")
_OUT = ("was out as", "is out as", "is now out as", "has been out as")
_POST = ("NSA", "National Security Advisor", "President Trump's National Security Advisor")
OUT_AS = [WZ_S] + [f"News broke on Thursday that {h} {o} {p}." for h in _HOLDER for o in _OUT for p in _POST] + [
    f"{h} {o} {p} on Thursday." for h in _HOLDER for o in _OUT[:2] for p in _POST[:2]]
NOT_OUT_AS = ["Mike Waltz could be out as National Security Advisor.",
              "Mike Waltz will be out as National Security Advisor next month.",
              "Mike Waltz was out as deputy National Security Advisor.",
              "Alex Wong was out as National Security Advisor.",
              "If Mike Waltz was out as National Security Advisor, Rubio would step in.",
              "Mike Waltz was not out as National Security Advisor.",
              "Mike Waltz was out as a congressman before he became National Security Advisor."]


def test_out_as_office_reads_the_state_over():
    for s in OUT_AS:
        assert fired_no(_wz(s), "state_ended"), s


def test_not_out_as_office():
    for s in NOT_OUT_AS:
        assert not fired_no(_wz(s), "state_ended"), s


if __name__ == "__main__":
    print(wrong_fires())
