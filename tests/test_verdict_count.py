"""tools/verdict_count.py: verdict changes between two engines, counted without printing a case."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import verdict_count  # noqa: E402


def test_count_sorts_changes_against_the_expected_label():
    before = [("likely-yes", "undetermined"), ("likely-no", "likely-no"), ("likely-no", "likely-yes"),
              ("undetermined", "undetermined")]
    after = [("likely-yes", "likely-yes"), ("likely-no", "undetermined"), ("likely-no", "undetermined"),
             ("undetermined", "undetermined")]
    assert dict(verdict_count.count(before, after)) == {"better": 1, "worse": 1, "other": 1}


def test_the_same_engine_twice_differs_nowhere_and_prints_no_case(capsys):
    cases = ROOT / "tests" / "data" / "dev_cases_5.json"
    assert verdict_count.main([str(ROOT), str(ROOT), str(cases)]) == 0
    out = capsys.readouterr().out
    assert out.strip() == "0 of 18 verdicts differ: {}"
