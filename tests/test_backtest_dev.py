"""Regression gate on the project's own development sets (tests/data/dev_cases*.json): cases
written for this project from public reporting, in the shared eval format, each set written
before the engine changes it drove. Every set must stay at ≥ 90 % accuracy with no
wrong-direction verdict, through the same backtest path as `resolver backtest`."""

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
    assert report["accuracy"] >= 0.9, misses


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
