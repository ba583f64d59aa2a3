"""A report published after the deadline that the act is still not done ('The problem is that some of the
services still haven't been restored') tells that it was not done by the deadline (rules/not_yet.py,
_undone_after_deadline). A part told undone settles only a market on all of its object; the same words
published before the deadline, with no 'still'/'yet', or in a conditional, settle nothing.

The verbatim sentence is batch 132's (KBS, 17 Oct 2022, for a market on all Kakao services restored by 16 Oct);
the variants swap the party, the object, the act and the publication time. `python tests/test_r23_still_undone.py`
prints the counts."""

from __future__ import annotations

import time

from conftest import realnews_case, run_case
from cpu_budget import assert_cpu_within

KAKAO = realnews_case("b132-kakao-full-restoration-by-oct16-2022-multi-no")
VERBATIM = "The problem is that some of the services still haven't been restored."
HEAD = "DISRUPTIONS IN KAKAO SERVICES"
AFTER, BEFORE = "2022-10-17T15:06:00+09:00", "2022-10-16T15:06:00+09:00"

# (question, criteria, sentence): markets on ALL of an object; the sentence is told after the deadline
ALL_MARKETS = [
    (KAKAO["market"]["question"], KAKAO["market"]["criteria"], VERBATIM),
    (KAKAO["market"]["question"], KAKAO["market"]["criteria"], "Some of the services have still not been restored."),
    (KAKAO["market"]["question"], KAKAO["market"]["criteria"], "Several services have yet to be restored."),
    ("Will Kakao fully restore all of its services by October 16, 2022?",
     "This market will resolve to \"Yes\" if all Kakao services are fully restored on or before October 16, 2022. "
     "Otherwise, \"No\".", "Kakao said some of its services still haven't been restored."),
    ("Will the airline resume all of its flights by October 16, 2022?",
     "This market will resolve to \"Yes\" if the airline resumes all of its flights on or before October 16, 2022. "
     "Otherwise, \"No\".", "Some of the flights still haven't resumed, the airline said."),
]
# a market on the act at all (not all of it): a part told undone leaves the rest open
SOME_MARKETS = [
    ("Will Kakao restore its services by October 16, 2022?",
     "This market will resolve to \"Yes\" if Kakao restores its services on or before October 16, 2022. "
     "Otherwise, \"No\".", VERBATIM),
    ("Will the airline resume flights by October 16, 2022?",
     "This market will resolve to \"Yes\" if the airline resumes flights on or before October 16, 2022. "
     "Otherwise, \"No\".", "Some of the flights still haven't resumed, the airline said."),
]


def _verdict(question, criteria, sentence, published=AFTER):
    return run_case(question, "2022-10-16T23:59:59+09:00", criteria,
                    [("https://news.example/kakao", published, HEAD, sentence)], "2022-10-17T18:00:00+09:00")


def _rule_fired(v) -> bool:
    return any("still not done after the deadline" in c.reason and c.weight for c in v.contributions)


def wrong_counts() -> dict[str, tuple[int, int]]:
    """(wrong, total) per group: ALL markets must be read undone; the others must not fire."""
    fires_all = sum(not _rule_fired(_verdict(q, c, s)) for q, c, s in ALL_MARKETS)
    before = sum(_rule_fired(_verdict(q, c, s, BEFORE)) for q, c, s in ALL_MARKETS)
    some = sum(_rule_fired(_verdict(q, c, s)) for q, c, s in SOME_MARKETS)
    no_still = sum(_rule_fired(_verdict(q, c, s.replace("still ", "").replace("yet to be", "to be")))
                   for q, c, s in ALL_MARKETS)
    conditional = sum(_rule_fired(_verdict(q, c, "If " + s[0].lower() + s[1:-1] + ", users will complain."))
                      for q, c, s in ALL_MARKETS)
    return {"all, after the deadline": (fires_all, len(ALL_MARKETS)),
            "all, before the deadline (must not fire)": (before, len(ALL_MARKETS)),
            "not all, a part undone (must not fire)": (some, len(SOME_MARKETS)),
            "no 'still'/'yet' (must not fire)": (no_still, len(ALL_MARKETS)),
            "in a conditional (must not fire)": (conditional, len(ALL_MARKETS))}


def test_the_verbatim_case_is_ruled_out():
    v = run_case(KAKAO["market"]["question"], KAKAO["market"]["deadline"], KAKAO["market"]["criteria"],
                 [(e["url"], e["published"], e["title"], e["text"]) for e in KAKAO["evidence"]], KAKAO["as_of"])
    assert v.verdict == "likely-no" and _rule_fired(v)


def test_variants():
    counts = wrong_counts()
    assert all(wrong == 0 for wrong, _ in counts.values()), counts


def test_hostile_run_on_text_is_bounded():
    soup = " ".join(["some of the services still haven't been restored, yet still"] * 500)[:30_000]
    t = time.process_time()
    _verdict(KAKAO["market"]["question"], KAKAO["market"]["criteria"], soup)
    assert_cpu_within(t, 5.0)


if __name__ == "__main__":
    for group, (wrong, total) in wrong_counts().items():
        print(f"{group}: {wrong}/{total} wrong")
