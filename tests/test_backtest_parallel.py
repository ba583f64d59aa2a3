"""A long backtest is spread over worker processes; its report must equal the sequential one."""

from pathlib import Path

import pytest

from resolver import backtest as bt
from resolver.config import Settings

BATCH = Path(__file__).parent / "data" / "realnews" / "batch-01.json"


def test_parallel_report_equals_the_sequential_one(monkeypatch):
    sequential = bt.backtest(BATCH, Settings())
    monkeypatch.setattr(bt, "PARALLEL_FROM", 10)
    if bt._workers(len(sequential["results"])) < 2:
        pytest.skip("one core or no fork here: the run stays sequential")
    assert bt.backtest(BATCH, Settings()) == sequential
