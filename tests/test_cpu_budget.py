"""The CPU bound of the hostile-input tests: within the bound on the reference machine nothing is
measured; over it, the bound is scaled by this machine's measured slowness, and still fails past it."""

from __future__ import annotations

import time

import pytest

import cpu_budget
from cpu_budget import assert_cpu_within, machine_factor


def test_work_within_the_bound_passes_without_calibration(monkeypatch):
    monkeypatch.setattr(cpu_budget, "reference_seconds", lambda runs=7: pytest.fail("calibrated needlessly"))
    assert assert_cpu_within(time.process_time(), 5.0) < 5.0


def test_a_slower_machine_scales_the_bound(monkeypatch):
    monkeypatch.setattr(cpu_budget, "reference_seconds", lambda runs=7: cpu_budget.REFERENCE_DEV_SECONDS * 4)
    start = time.process_time() - 2.0  # 2 s of CPU against a 1 s bound, on a machine 4× slower
    assert assert_cpu_within(start, 1.0) >= 2.0


def test_work_over_the_scaled_bound_fails(monkeypatch):
    monkeypatch.setattr(cpu_budget, "reference_seconds", lambda runs=7: cpu_budget.REFERENCE_DEV_SECONDS * 4)
    start = time.process_time() - 5.0  # 5 s against 1 s × 4
    with pytest.raises(AssertionError, match="over the bound of 1.0 s"):
        assert_cpu_within(start, 1.0)


def test_a_faster_machine_keeps_the_written_bound(monkeypatch):
    monkeypatch.setattr(cpu_budget, "reference_seconds", lambda runs=7: cpu_budget.REFERENCE_DEV_SECONDS / 3)
    assert machine_factor() == 1.0
    with pytest.raises(AssertionError):
        assert_cpu_within(time.process_time() - 1.5, 1.0)


def test_the_reference_work_is_measured_and_deterministic():
    assert cpu_budget._reference_work() == cpu_budget._reference_work()
    assert 0 < cpu_budget.reference_seconds(runs=2) < 60
