"""Experiment B: a learned gate on the engine's first-sight verdicts (batches 77-126).

    /tmp/lvenv/bin/python tools/learned_r23/exp_b.py FS_DIR OOF_A.json OUT.json [C] [char|nochar]

FS_DIR holds each batch's first-sight `backtest --json` (first_sight.sh). Two readers per case: 'others' is
Experiment A's out-of-fold probability (OOF_A.json: a reader trained on the ~90 % of development batches outside the
case's GroupKFold fold, so on other batches only, later ones included), and 'past' is a reader trained here, for each
first-engine group (round) G, on batches numbered below G's first batch only (what a gate shipped at that round
could have been trained on). A
decisive first-sight verdict becomes undetermined when the reader's probability for the engine's label is below t.
Writes per-case probabilities to OUT.json; gate_report.py prints the tables."""
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from features import Reader, load_cases  # noqa: E402

GROUPS = [("da32dd6", range(77, 81)), ("7677865", range(81, 89)), ("48d9c6e", range(89, 97)),
          ("be61380", range(97, 103)), ("b0f8d0e", range(103, 109)), ("dd680b3", range(109, 115)),
          ("ae9d7ef", range(115, 119)), ("6f96c10", range(119, 121)), ("b6cf0a0", range(121, 127))]

fs = Path(sys.argv[1])
oof_file = sys.argv[2]
out = sys.argv[3]
C = float(sys.argv[4]) if len(sys.argv) > 4 else 2.0
char = (sys.argv[5] != "nochar") if len(sys.argv) > 5 else True
rows = load_cases()
byid = {(r["batch"], r["id"]): r for r in rows}
res = []
t0 = time.time()
for eng, bs in GROUPS:
    bs = set(bs)
    test = []
    for b in sorted(bs):
        d = json.loads((fs / f"batch-{b}.json").read_text())
        for x in d["results"]:
            r = byid[(b, x["id"])]
            assert r["label"] == x["expected"], (b, x["id"])
            test.append((r, x))
    tcases = [r["case"] for r, _ in test]
    probs = {}
    for regime, keep in [("past", lambda b: b < min(bs))]:
        tr = [r for r in rows if keep(r["batch"])]
        m = Reader(C=C, char=char).fit([r["case"] for r in tr], [r["label"] for r in tr])
        probs[regime] = m.predict_proba(tcases)
        print(f"{eng} {regime}: trained on {len(tr)}, {time.time() - t0:.0f}s", file=sys.stderr)
    for k, (r, x) in enumerate(test):
        res.append({"engine": eng, "batch": r["batch"], "id": r["id"], "label": r["label"], "got": x["got"],
                    "score": x["score"], "confidence": x["confidence"], "status": x["status"],
                    "reasoning": x["reasoning"],
                    "p_past": [round(float(v), 5) for v in probs["past"][k]]})
    json.dump(res, open(out + ".partial", "w"))
while True:  # Experiment A may still be running
    try:
        oof = {(r["batch"], r["id"]): r["p"] for r in json.load(open(oof_file))}
        break
    except (OSError, ValueError):
        time.sleep(30)
for r in res:
    r["p_others"] = oof[(r["batch"], r["id"])]
json.dump(res, open(out, "w"))
print(f"{len(res)} cases -> {out}", file=sys.stderr)
