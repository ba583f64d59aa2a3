"""tools/corpus.py: aggregates over case files, refusal of case-by-case output on sealed or held-out
files, and the case-by-case comparison marks."""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import corpus  # noqa: E402

DATA = ROOT / "tests" / "data" / "realnews"


@pytest.mark.parametrize("path", [DATA / "sealed-01.json", DATA / "heldout" / "batch-99.json"])
def test_case_by_case_output_is_refused_on_sealed_and_held_out_files(path, tmp_path, capsys):
    assert corpus.main(["metrics", str(path), "--cases"]) == 2
    assert corpus.main(["metrics", str(path), "--json", str(tmp_path / "out.json")]) == 2
    assert "aggregates only" in capsys.readouterr().err
    assert not (tmp_path / "out.json").exists()
    assert corpus.main(["show", str(path)]) == 2
    assert "aggregates only" in capsys.readouterr().err


def test_show_prints_a_case_with_its_reasoning(capsys):
    case = json.loads((DATA / "batch-01.json").read_text(encoding="utf-8"))[0]
    assert corpus.main(["show", str(DATA / "batch-01.json"), case["id"]]) == 0
    printed = capsys.readouterr().out
    assert f"{case['id']}: expected {case['expected']}, got " in printed
    assert case["market"]["question"] in printed and case["evidence"][0]["text"][:60] in printed
    assert "looking for:" in printed  # the engine's reasoning follows the case


def test_metrics_add_up_the_files_and_write_each_verdict(tmp_path, capsys):
    out = tmp_path / "verdicts.json"
    assert corpus.main(["metrics", str(DATA / "batch-01.json"), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    cases = json.loads((DATA / "batch-01.json").read_text(encoding="utf-8"))
    verdicts = json.loads(out.read_text(encoding="utf-8"))
    assert set(verdicts) == {c["id"] for c in cases}
    right = sum(v["correct"] for v in verdicts.values())
    assert f"TOTAL: accuracy {right}/{len(cases)}" in printed


def test_add_up_sums_counts_bands_and_confusion():
    one = {"cases": 2, "correct": 1, "wrong_direction": 1, "decisive": 2, "decisive_right": 1, "labelled_decisive": 2,
           "covered": 2, "confusion": {"likely-yes": {"likely-no": 1}, "likely-no": {"likely-no": 1}},
           "reliability": [{"band": "0.70–0.85", "right": 1, "decisive": 2}]}
    total = corpus.add_up([one, one])
    assert total["cases"] == 4 and total["wrong_direction"] == 2
    assert total["reliability"]["0.70–0.85"] == [2, 4]
    assert total["confusion"]["likely-yes"]["likely-no"] == 2 and total["confusion"]["undetermined"]["likely-yes"] == 0


def test_compare_marks_new_wrong_decisive_verdicts_worse_and_honest_abstentions_better():
    before = {"a": {"expected": "likely-no", "got": "undetermined", "correct": False},
              "b": {"expected": "likely-no", "got": "likely-yes", "correct": False},
              "c": {"expected": "likely-yes", "got": "likely-yes", "correct": True},
              "d": {"expected": "likely-yes", "got": "likely-no", "correct": False}}
    after = {"a": {"expected": "likely-no", "got": "likely-yes", "correct": False},
             "b": {"expected": "likely-no", "got": "undetermined", "correct": False},
             "c": {"expected": "likely-yes", "got": "undetermined", "correct": False},
             "d": {"expected": "likely-yes", "got": "likely-yes", "correct": True}}
    marks = {cid: mark for mark, cid, *_ in corpus.compare(before, after)}
    assert marks == {"a": "WORSE", "b": "BETTER", "c": "WORSE", "d": "BETTER"}


def test_case_overlap_names_development_cases_and_only_numbers_for_sealed(capsys):
    import case_overlap

    dev = json.loads((DATA / "batch-50.json").read_text(encoding="utf-8"))[0]
    assert case_overlap.main([dev["market"]["question"], dev["evidence"][0]["url"]]) == 0
    line = capsys.readouterr().out.strip()
    assert f"closest_dev={dev['id']} closest_dev_jaccard=1.0" in line
    assert "url_already_used=True" in line
    # the sealed part is one number: no sealed id, question or URL is printed
    fields = dict(part.split("=", 1) for part in line.split(" "))
    assert set(fields) == {"sealed_max_jaccard", "url_already_used", "closest_dev", "closest_dev_jaccard"}
    assert 0.0 <= float(fields["sealed_max_jaccard"]) <= 1.0
    sealed_ids = {c["id"] for f in DATA.glob("sealed-*.json") for c in json.loads(f.read_text(encoding="utf-8"))}
    assert not any(i in line for i in sealed_ids)
    assert case_overlap.main(["Will an unheard-of body do nothing by 2099?"]) == 0
    assert "url_already_used=False" in capsys.readouterr().out
