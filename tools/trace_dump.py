"""Dump every development case's verdict and full reasoning, one JSON line per case, sorted by
(file, id): the identity check of an engine change that must not change what it decides.

    python tools/trace_dump.py OUT.jsonl [FILE ...]

Without FILEs: tests/data/realnews/batch-*.json and tests/data/dev_cases*.json. Each case runs the
backtest's engine path (resolver.backtest.evaluate_case, over two forked workers); each line holds
the verdict, score, confidence, status, known_at, the summary and contributions, and the rendered
reasoning text (`resolver backtest --trace`). Refuses sealed and held-out files. Compare two dumps
with `cmp`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> None:
    from resolver import backtest
    from resolver.config import Settings

    if not argv:
        raise SystemExit(__doc__)
    out, files = Path(argv[0]), [Path(f) for f in argv[1:]]
    if not files:
        files = sorted((ROOT / "tests/data/realnews").glob("batch-*.json")) + sorted((ROOT / "tests/data").glob("dev_cases*.json"))
    for f in files:
        if f.name.startswith("sealed-") or "heldout" in f.parts:
            raise SystemExit(f"{f}: sealed or held-out, not read")
    settings = Settings()
    cases, names = [], []
    for f in files:
        for case in backtest.load_cases(f, settings):
            cases.append(case)
            names.append(f.name)
    backtest._load_engine()
    with backtest._run_gc():
        results = backtest._results(cases, settings, backtest._workers(len(cases)), False, None)
    lines = []
    for name, r in zip(names, results):
        row = {"file": name, "id": r["id"], "verdict": r["got"], "score": r["score"], "confidence": r["confidence"],
               "status": r["status"], "known_at": r["known_at"], "reason": r["reasoning"],
               "reasoning_text": r["reasoning_text"]}
        lines.append(((name, str(r["id"])), json.dumps(row, sort_keys=True, ensure_ascii=False)))
    lines.sort(key=lambda x: x[0])
    out.write_text("".join(line + "\n" for _, line in lines))
    print(f"{len(lines)} cases -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
