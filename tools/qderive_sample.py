"""Draw the seeded sample of development questions whose derived targets were judged by hand
(tools/qderive_sample.md) and print each one's target.

    python tools/qderive_sample.py tests/data/realnews/batch-*.json [--seed 19] [--n 150] [--json OUT]

The sample is spread over every batch: each batch's cases are shuffled with the seed and the
batches are taken in turn (round robin, batches in a seeded order) until N questions are drawn;
a question already drawn (another case with the same wording) is skipped. Refused on sealed
splits and held-out batches.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path


def sample(files: list[str], seed: int, n: int) -> list[dict]:
    rng = random.Random(seed)
    queues = []
    for f in sorted(files):
        cases = json.loads(Path(f).read_text(encoding="utf-8"))
        rng.shuffle(cases)
        queues.append((Path(f).name, cases))
    rng.shuffle(queues)
    seen, out = set(), []
    while len(out) < n and any(q for _, q in queues):
        for name, q in queues:
            while q:
                case = q.pop()
                if case["market"]["question"] in seen:
                    continue
                seen.add(case["market"]["question"])
                out.append({"file": name, "case": case})
                break
            if len(out) >= n:
                break
    return out


def derived(case: dict) -> dict:
    from resolver.engine.derive import derive_target
    from resolver.engine.types import Market

    m = case["market"]
    t = derive_target(Market(id="sample", question=m["question"], criteria=m.get("criteria", ""), deadline=m["deadline"]))
    return {"kind": t.kind, "act": t.act, "object": t.object, "actors": t.actors, "candidate": t.candidate,
            "threshold": None if t.threshold is None else [t.threshold, t.threshold_direction, t.threshold_unit]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qderive_sample", description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--json", help="write the sample's targets to this file")
    args = parser.parse_args(argv)
    if any(Path(f).name.startswith("sealed-") or "heldout" in Path(f).parts for f in args.files):
        print("refused: sealed splits and held-out batches are not sampled", file=sys.stderr)
        return 2
    rows = []
    for k, s in enumerate(sample(args.files, args.seed, args.n), 1):
        d = derived(s["case"])
        rows.append({"n": k, "file": s["file"], "id": s["case"]["id"], "q": s["case"]["market"]["question"], **d})
        print(f"{k:3d} {s['case']['id']}\n    Q: {rows[-1]['q']}\n    kind={d['kind']} act={d['act']} object={d['object']!r} "
              f"actors={d['actors']} candidate={d['candidate']} threshold={d['threshold']}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
