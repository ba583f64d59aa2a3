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


if __name__ == "__main__":
    print(wrong_fires())
