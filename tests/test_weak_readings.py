"""Gate on weak readings (engine/weak_readings.py): a decisive verdict resting only on one reading of
a kind that was right about half the time on unseen text becomes undetermined (weak-reading) and
cites the sentence; a second independent family (or, for state_ended, a second sentence) keeps it
decisive. Verbatim development cases, built from their JSON."""

import json
from pathlib import Path

from resolver.backtest import run_case
from resolver.config import Settings
from resolver.engine import weak_readings
from resolver.engine.types import Contribution

DATA = Path(__file__).parent / "data" / "realnews"
WHY = "right only about half the time on unseen text"


def _case(batch: str, case_id: str) -> dict:
    return next(c for c in json.loads((DATA / batch).read_text(encoding="utf-8")) if c["id"] == case_id)


def _gated(got, what: str) -> Contribution:
    assert got.verdict == "undetermined" and got.status == weak_readings.STATUS
    notes = [c for c in got.contributions if c.rule == weak_readings.NAME]
    assert len(notes) == 1 and WHY in notes[0].reason and what in notes[0].reason, notes
    return notes[0]


def test_a_date_after_the_deadline_alone_is_not_decisive():
    # b06-sweden-flag-nato-hq-by-mar10-scheduled-later-no: "A ceremony to raise the Swedish flag over
    # NATO Headquarters in Brussels is scheduled for M…" is the only reading
    got = run_case(_case("batch-06.json", "b06-sweden-flag-nato-hq-by-mar10-scheduled-later-no"), 1, Settings())
    note = _gated(got, "scheduled_after_deadline")
    assert note.sentence.startswith("A ceremony to raise the Swedish flag over NATO Headquarters")


def test_a_date_after_the_deadline_with_a_second_family_stays_decisive():
    # b01-gta6-release-by-may2026-no: the delay is read as ruled_out as well as scheduled_after_deadline
    got = run_case(_case("batch-01.json", "b01-gta6-release-by-may2026-no"), 1, Settings())
    assert got.verdict == "likely-no"
    assert not any(c.rule == weak_readings.NAME for c in got.contributions)


def test_a_noun_carried_by_another_verb_alone_is_not_decisive():
    # b10-ariane6-cso3-launch-by-mar10-multi-yes: "The VA263 mission carried into orbit the French
    # CSO-3 Earth Observation satellite." — the launch told by the satellite 'carried'
    got = run_case(_case("batch-10.json", "b10-ariane6-cso3-launch-by-mar10-multi-yes"), 1, Settings())
    note = _gated(got, "noun carried by another verb")
    assert "reported as done ('" in note.reason


def test_a_noun_carried_confirmation_with_a_plan_before_the_deadline_stays_decisive():
    # b43-australia-win-wtc-final-2023-multi-yes: the confirmation is a noun carried by another verb,
    # but a plan before the deadline (a second family) supports it too
    got = run_case(_case("batch-43.json", "b43-australia-win-wtc-final-2023-multi-yes"), 1, Settings())
    assert got.verdict == "likely-yes"
    assert not any(c.rule == weak_readings.NAME for c in got.contributions)


def test_one_sentence_reporting_the_state_over_is_not_decisive():
    # b01-athletics-streak-alive-apr25-2021-no without its headline: "The third-longest winning streak
    # in Athletics' history came to an end Sunday afternoon in …" is then the only sentence
    case = _case("batch-01.json", "b01-athletics-streak-alive-apr25-2021-no")
    case["evidence"] = [dict(e, title="") for e in case["evidence"]]
    got = run_case(case, 1, Settings())
    note = _gated(got, "state_ended")
    assert note.sentence.startswith("The third-longest winning streak in Athletics' history came to an end")


def test_the_headline_and_a_sentence_reporting_the_state_over_stay_decisive():
    # the same case with its headline, "Athletics' Winning Streak Ends at 13 in 8–1 Loss to Orioles"
    # (read since the nineteenth round's unbeaten_endings.streak_ended): two sentences, decisive
    got = run_case(_case("batch-01.json", "b01-athletics-streak-alive-apr25-2021-no"), 1, Settings())
    assert got.verdict == "likely-no"
    assert not any(c.rule == weak_readings.NAME for c in got.contributions)


def test_two_sentences_reporting_the_state_over_stay_decisive():
    # b05-mccarthy-remains-speaker-oct2023-no: two sentences report the speakership over
    got = run_case(_case("batch-05.json", "b05-mccarthy-remains-speaker-oct2023-no"), 1, Settings())
    assert got.verdict == "likely-no"
    support = [c for c in got.contributions if c.counted and c.direction == "no"]
    assert len({(c.article_url, c.sentence) for c in support}) >= 2
    assert not any(c.rule == weak_readings.NAME for c in got.contributions)


def test_the_deadlines_silence_as_a_stays_true_yes_is_not_decisive():
    # b01-fed-hold-through-jul2025-stays-yes: nothing reports a change; only the deadline's silence
    got = run_case(_case("batch-01.json", "b01-fed-hold-through-jul2025-stays-yes"), 1, Settings())
    _gated(got, "silence on a stays-true market")


def test_the_deadlines_silence_with_a_second_family_stays_decisive():
    # the same case's real contributions, plus a counted yes reading of another family (no dev case
    # has silence and a second family on a stays-true yes): the gate does not apply
    got = run_case(_case("batch-01.json", "b01-fed-hold-through-jul2025-stays-yes"), 1, Settings())
    real = [c for c in got.contributions if c.rule != weak_readings.NAME]
    assert weak_readings.gate(real, "yes") is not None
    held = Contribution(rule="state_held", direction="yes", weight=1.0, reason="state held at the last decision",
                        sentence="s", article_url="https://x.example/a")
    assert weak_readings.gate(real + [held], "yes") is None
    # silence giving a no is not gated (the gate is for a stays-true yes only)
    assert weak_readings.gate([c.model_copy(update={"direction": "no", "weight": -c.weight}) for c in real
                               if c.counted and c.direction == "yes"], "no") is None
