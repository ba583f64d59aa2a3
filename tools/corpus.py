"""Aggregate figures over real-news case files, and case-by-case comparison of two engines' runs.

    python tools/corpus.py metrics FILE... [--cases] [--json OUT]
    python tools/corpus.py diff BEFORE.json AFTER.json
    python tools/corpus.py show FILE [ID_PART ...]

`metrics` runs `resolver backtest FILE --json` in-process on each file and adds the figures up:
accuracy, wrong direction (yes<->no), decisive precision, coverage, the reliability table and the
confusion matrix. `--cases` lists the misses and `--json` writes each case's verdict for `diff`;
both are refused on a sealed split (`sealed-*.json`) or a held-out batch (`heldout/`), whose cases
are never looked at one by one (tests/data/realnews/README.md).

`show` prints each case of a development file whose id contains one of the ID_PARTs (every miss
when none is given): the market, the evidence, the label's `why`, and the engine's verdict with its
reasoning, the way an engine change is worked from a miss. Refused on sealed and held-out files.

`diff` compares two `--json` outputs of the same files: each case whose verdict changed, marked
BETTER (now right, or a wrong decisive verdict now undetermined), WORSE (right before and not now,
or a new wrong decisive verdict) or neutral.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

BANDS = ("0.00–0.50", "0.50–0.70", "0.70–0.85", "0.85–0.95", "0.95–1.00")
LABELS = ("likely-yes", "likely-no", "undetermined")
COUNTS = ("cases", "correct", "wrong_direction", "decisive", "decisive_right", "labelled_decisive", "covered")


def sealed(path: str) -> bool:
    p = Path(path)
    return p.name.startswith("sealed-") or "heldout" in p.parts


def add_up(reports: list[dict]) -> dict:
    """The sum of several backtest reports (resolver.backtest.backtest's dicts)."""
    total = {k: sum(r[k] for r in reports) for k in COUNTS}
    total["confusion"] = {e: {g: sum(r["confusion"].get(e, {}).get(g, 0) for r in reports) for g in LABELS}
                          for e in LABELS}
    bands = {b: [0, 0] for b in BANDS}
    for r in reports:
        for row in r["reliability"]:
            bands[row["band"]][0] += row["right"]
            bands[row["band"]][1] += row["decisive"]
    total["reliability"] = bands
    return total


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({a / b:.1%})" if b else f"{a}/{b}"


def describe(name: str, t: dict) -> list[str]:
    lines = [f"{name}: accuracy {_pct(t['correct'], t['cases'])}, wrong direction {_pct(t['wrong_direction'], t['cases'])}, "
             f"decisive precision {_pct(t['decisive_right'], t['decisive'])}, "
             f"coverage {_pct(t['covered'], t['labelled_decisive'])}"]
    if isinstance(t.get("reliability"), dict):
        lines.append("  reliability: " + ", ".join(f"{b} {r}/{n}" for b, (r, n) in t["reliability"].items() if n))
        lines.append("  confusion (rows expected; columns yes / no / undetermined):")
        lines += [f"    {e:13s} " + " ".join(f"{t['confusion'][e][g]:4d}" for g in LABELS) for e in LABELS]
    return lines


def metrics(files: list[str], cases: bool, out: str | None) -> int:
    if (cases or out) and any(sealed(f) for f in files):
        print("refused: --cases and --json are not allowed on a sealed split or a held-out batch "
              "(aggregates only)", file=sys.stderr)
        return 2
    from resolver.backtest import backtest
    from resolver.config import Settings

    settings = Settings()
    reports = []
    for f in files:
        report = backtest(Path(f), settings)
        reports.append(report)
        print(describe(Path(f).name, {k: report[k] for k in COUNTS})[0])
    print("\n".join(describe("TOTAL", add_up(reports))))
    results = [r for report in reports for r in report["results"]]
    if cases:
        for r in results:
            if not r["correct"]:
                print(f"  miss {r['id']}: expected {r['expected']}, got {r['got']} ({r['status']})")
    if out:
        Path(out).write_text(json.dumps({r["id"]: {"expected": r["expected"], "got": r["got"], "correct": r["correct"],
                                                   "status": r["status"]} for r in results}, indent=1), encoding="utf-8")
    return 0


def show(file: str, parts: list[str]) -> int:
    if sealed(file):
        print("refused: show is not allowed on a sealed split or a held-out batch (aggregates only)", file=sys.stderr)
        return 2
    from resolver.backtest import CaseDatabase, load_cases, reasoning_text, run_case
    from resolver.config import Settings

    settings = Settings()
    with CaseDatabase() as db:
        for n, case in enumerate(load_cases(Path(file), settings), 1):
            cid = str(case.get("id", f"case-{n}"))
            if parts and not any(p in cid for p in parts):
                continue
            v = run_case(case, n, settings, db)
            if not parts and v.verdict == case["expected"]:
                continue
            m = case["market"]
            print("=" * 100)
            print(f"{cid}: expected {case['expected']}, got {v.verdict} ({v.status}, confidence {v.confidence})")
            print(f"Q: {m['question']} | deadline {m['deadline']} | as of {case['as_of']}")
            print(f"C: {m.get('criteria', '')}")
            for a in case["evidence"]:
                print(f"--- {a.get('published')} {a.get('title', '')} <{a.get('url', '')}>")
                print(a.get("text", ""))
            print(f"WHY: {case.get('why', '')}")
            print(reasoning_text(v))
    return 0


def compare(before: dict, after: dict) -> list[tuple[str, str, str, str, str]]:
    """(mark, id, expected, got before, got after) for each case whose verdict changed."""
    out = []
    for cid in sorted(set(before) & set(after)):
        a, b = before[cid], after[cid]
        if a["got"] == b["got"]:
            continue
        if (a["correct"] and not b["correct"]) or (a["got"] == "undetermined" and not b["correct"]):
            mark = "WORSE"
        elif b["correct"] or b["got"] == "undetermined":
            mark = "BETTER"
        else:
            mark = "neutral"
        out.append((mark, cid, a["expected"], a["got"], b["got"]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="corpus", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("metrics", help="aggregate figures over case files")
    m.add_argument("files", nargs="+")
    m.add_argument("--cases", action="store_true", help="list the misses (not on sealed or held-out files)")
    m.add_argument("--json", dest="out", help="write each case's verdict, for diff (not on sealed or held-out files)")
    s = sub.add_parser("show", help="a development case with the engine's reasoning (the misses by default)")
    s.add_argument("file")
    s.add_argument("parts", nargs="*", help="parts of case ids to show")
    d = sub.add_parser("diff", help="compare two --json outputs case by case")
    d.add_argument("before")
    d.add_argument("after")
    args = parser.parse_args(argv)
    if args.command == "metrics":
        return metrics(args.files, args.cases, args.out)
    if args.command == "show":
        return show(args.file, args.parts)
    before = json.loads(Path(args.before).read_text(encoding="utf-8"))
    after = json.loads(Path(args.after).read_text(encoding="utf-8"))
    changes = compare(before, after)
    for mark, cid, expected, was, now in changes:
        print(f"{mark:7s} {cid}: {was} -> {now} (expected {expected})")
    counts = {k: sum(1 for c in changes if c[0] == k) for k in ("BETTER", "WORSE", "neutral")}
    print(f"{counts['BETTER']} better, {counts['WORSE']} worse, {counts['neutral']} neutral")
    return 0


if __name__ == "__main__":
    sys.exit(main())
