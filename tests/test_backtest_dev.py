"""Regression gate on the project's own development sets (tests/data/dev_cases*.json): cases
written for this project from public reporting, in the shared eval format, each set written
before the engine changes it drove. Every set must stay at ≥ 75 % accuracy with no
wrong-direction verdict, through the same backtest path as `resolver backtest`. (The bar was 90 %
until the ninth round's weak-reading gate, engine/weak_readings.py: these sets' short texts often
decide on one sentence of a reading kind that is right only about half the time on unseen text,
and the gate now holds such verdicts back for an analyst; the six sets score 76.7–88.9 % with it.)"""

from pathlib import Path

import pytest

from resolver.backtest import backtest
from resolver.config import Settings

DATA = Path(__file__).parent / "data"
SETS = sorted(DATA.glob("dev_cases*.json"))


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_dev_set(path):
    report = backtest(path, Settings())
    misses = [f"{r['id']}: expected {r['expected']}, got {r['got']}" for r in report["results"] if not r["correct"]]
    assert report["wrong_direction"] == 0, misses
    assert report["accuracy"] >= 0.75, misses


def test_every_decisive_verdict_cites_a_sentence():
    for path in SETS:
        for r in backtest(path, Settings())["results"]:
            if r["got"] == "undetermined":
                continue
            direction = "yes" if r["got"] == "likely-yes" else "no"
            cited = [c for c in r["reasoning"]["contributions"]
                     if c["counted"] and c["direction"] == direction and c["sentence"]]
            deadline_only = all(c["rule"] == "deadline_passed" for c in r["reasoning"]["contributions"]
                                if c["counted"] and c["direction"] == direction)
            assert cited or deadline_only, r["id"]
