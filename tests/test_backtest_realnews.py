"""Regression gate on the real-news development corpus (tests/data/realnews/batch-*.json,
excerpts verbatim from published pages; see its README). Thresholds, not 100 % per case: the
corpus measures how the engine generalises to real reporting. The sealed split is never read
here."""

from pathlib import Path

import pytest

from resolver.backtest import backtest
from resolver.config import Settings

DATA = Path(__file__).parent / "data" / "realnews"
BATCHES = sorted(DATA.glob("batch-*.json"))
# Floors a little under the figures measured when this gate was set (README 'How accuracy is
# measured'); raise them as the engine improves, never lower them to let a change through.
MIN_ACCURACY = 0.88
MAX_WRONG_DIRECTION = 0.01
MIN_DECISIVE_PRECISION = 0.97


# Batches the engine has been worked on (01–10) hold the floors above. Batches 11–14 were worked on
# in the fourth round, after their first-time runs (ledger: 53.3 %, 56.7 %, 55.0 %, 55.0 %); they
# hold floors a little under what that work reached (79.3 % after the fifth round, no wrong
# direction, decisive precision 100 %). Batches 15–18 and 23–26 were worked on in the fifth round
# after their first-time runs (together 176/320 = 55.0 % first time); they hold floors a little
# under what that work reached (67.5 %, one wrong direction in 320, decisive precision 112/113).
# Batches measured only first time (19–22, held out through the fifth round and run then only in
# aggregate: 58.8 % on its starting engine, 57.5 %, wrong direction 8, decisive precision 47/62 =
# 75.8 % on its final one) measure unseen text: they hold their own floors a little under those
# figures, so that no change makes unseen text worse, and join a worked set, with its floors, once
# engine work is done on them.
WORKED = [DATA / f"batch-{n:02d}.json" for n in range(1, 11)]
WORKED_ROUND4 = [DATA / f"batch-{n:02d}.json" for n in range(11, 15)]
ROUND4_MIN_ACCURACY = 0.78
ROUND4_MAX_WRONG_DIRECTION = 0.01
ROUND4_MIN_DECISIVE_PRECISION = 0.97
WORKED_ROUND5 = [DATA / f"batch-{n:02d}.json" for n in (15, 16, 17, 18, 23, 24, 25, 26)]
ROUND5_MIN_ACCURACY = 0.65
ROUND5_MAX_WRONG_DIRECTION = 0.01
ROUND5_MIN_DECISIVE_PRECISION = 0.97
# Batches 27 and 28, built after the fifth round's engine work to check it on fresh text (first time
# 56.2 %, wrong direction 5, decisive precision 24/34; the round's starting engine scored 61.3 %, 4,
# 27/35): the comparison showed four of the round's changes making them worse, fixed at their cause
# (tests/test_fresh_batch_regressions.py): 61.3 %, 4, 27/35 after. Nothing else was worked from them.
ROUND5_CHECK = [DATA / f"batch-{n:02d}.json" for n in (27, 28)]
CHECK_MIN_ACCURACY = 0.58
CHECK_MAX_WRONG_DIRECTION = 0.06
CHECK_MIN_DECISIVE_PRECISION = 0.74
# Batches 29 and 30, held out through the fifth round, first run at the sixth round's start (together
# 53.8 %, wrong direction 5, decisive precision 20/28), and 33 and 34, built in the sixth round (first
# time 50.0 %, wrong direction 1, decisive precision 15/17), then worked on in the sixth round.
WORKED_ROUND6 = [DATA / f"batch-{n:02d}.json" for n in (29, 30, 33, 34)]
ROUND6_MIN_ACCURACY = 0.52
ROUND6_MAX_WRONG_DIRECTION = 0.07
ROUND6_MIN_DECISIVE_PRECISION = 0.70
FIRST_TIME = [p for p in BATCHES if p not in WORKED + WORKED_ROUND4 + WORKED_ROUND5 + ROUND5_CHECK + WORKED_ROUND6]
FIRST_TIME_MIN_ACCURACY = 0.55
FIRST_TIME_MAX_WRONG_DIRECTION = 0.06
FIRST_TIME_MIN_DECISIVE_PRECISION = 0.72


@pytest.fixture(scope="module")
def reports():
    assert BATCHES, "the real-news batches are missing"
    return {path: backtest(path, Settings()) for path in BATCHES}


def _check(reports, paths, min_accuracy, max_wrong, min_precision):
    chosen = [reports[p] for p in paths]
    cases = sum(r["cases"] for r in chosen)
    correct = sum(r["correct"] for r in chosen)
    wrong = sum(r["wrong_direction"] for r in chosen)
    decisive = sum(r["decisive"] for r in chosen)
    right = sum(r["decisive_right"] for r in chosen)
    assert correct / cases >= min_accuracy, f"accuracy {correct}/{cases}"
    assert wrong / cases <= max_wrong, f"wrong direction {wrong}/{cases}"
    assert right / decisive >= min_precision, f"decisive precision {right}/{decisive}"


# (group, batches, min accuracy, max wrong direction, min decisive precision)
GROUPS = [
    ("worked in rounds 1-3 (01-10)", WORKED, MIN_ACCURACY, MAX_WRONG_DIRECTION, MIN_DECISIVE_PRECISION),
    ("worked in the fourth round (11-14)", WORKED_ROUND4, ROUND4_MIN_ACCURACY, ROUND4_MAX_WRONG_DIRECTION,
     ROUND4_MIN_DECISIVE_PRECISION),
    ("worked in the fifth round (15-18, 23-26)", WORKED_ROUND5, ROUND5_MIN_ACCURACY, ROUND5_MAX_WRONG_DIRECTION,
     ROUND5_MIN_DECISIVE_PRECISION),
    ("the fresh check (27-28)", ROUND5_CHECK, CHECK_MIN_ACCURACY, CHECK_MAX_WRONG_DIRECTION,
     CHECK_MIN_DECISIVE_PRECISION),
    ("worked in the sixth round (29-30, 33-34)", WORKED_ROUND6, ROUND6_MIN_ACCURACY, ROUND6_MAX_WRONG_DIRECTION,
     ROUND6_MIN_DECISIVE_PRECISION),
    ("measured only, never worked (19-22)", FIRST_TIME, FIRST_TIME_MIN_ACCURACY, FIRST_TIME_MAX_WRONG_DIRECTION,
     FIRST_TIME_MIN_DECISIVE_PRECISION),
]


@pytest.mark.parametrize("group", GROUPS, ids=[g[0] for g in GROUPS])
def test_each_group_of_batches_holds_its_floors(reports, group):
    _, paths, min_accuracy, max_wrong, min_precision = group
    assert paths and all(p.exists() for p in paths), "a group's batches are missing"
    _check(reports, paths, min_accuracy, max_wrong, min_precision)


def test_unread_evidence_verdicts_list_their_sentences(reports):
    held = [r for rep in reports.values() for r in rep["results"] if r["status"] == "unread-evidence"]
    for r in held:
        assert r["got"] == "undetermined"
        listed = [c for c in r["reasoning"]["contributions"] if c["rule"] == "unread_evidence"]
        assert listed and listed[0]["sentence"], r["id"]
