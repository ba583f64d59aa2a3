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


@pytest.fixture(scope="module")
def reports():
    assert BATCHES, "the real-news batches are missing"
    return [backtest(path, Settings()) for path in BATCHES]


def test_real_news_accuracy_and_wrong_direction_hold(reports):
    cases = sum(r["cases"] for r in reports)
    correct = sum(r["correct"] for r in reports)
    wrong = sum(r["wrong_direction"] for r in reports)
    decisive = sum(r["decisive"] for r in reports)
    right = sum(r["decisive_right"] for r in reports)
    assert correct / cases >= MIN_ACCURACY, f"accuracy {correct}/{cases}"
    assert wrong / cases <= MAX_WRONG_DIRECTION, f"wrong direction {wrong}/{cases}"
    assert right / decisive >= MIN_DECISIVE_PRECISION, f"decisive precision {right}/{decisive}"


def test_unread_evidence_verdicts_list_their_sentences(reports):
    held = [r for rep in reports for r in rep["results"] if r["status"] == "unread-evidence"]
    for r in held:
        assert r["got"] == "undetermined"
        listed = [c for c in r["reasoning"]["contributions"] if c["rule"] == "unread_evidence"]
        assert listed and listed[0]["sentence"], r["id"]
