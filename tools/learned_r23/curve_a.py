"""Experiment A's precision-coverage curve from exp_a.py's out-of-fold probabilities, beside the engine's first sight.

    /tmp/lvenv/bin/python tools/learned_r23/curve_a.py OOF_A.json FIRST_SIGHT_TSV"""
import csv
import json
import sys

import numpy as np

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from features import LABELS, fmt, gate, metrics  # noqa: E402

oof = json.load(open(sys.argv[1]))
fs = {(int(r["batch"]), r["id"]): r["got"] for r in csv.DictReader(open(sys.argv[2]), delimiter="\t")}
for name, sel in (("all batches 01-126", lambda r: True), ("batches 77-126", lambda r: r["batch"] >= 77)):
    rs = [r for r in oof if sel(r)]
    y = [r["label"] for r in rs]
    P = np.array([r["p"] for r in rs])
    print(f"== {name}")
    for t in (0.0, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        print(f"t={t:.2f}: " + fmt(metrics(y, gate(P, t))))
    if name.startswith("batches 77"):
        print("engine first sight: " + fmt(metrics(y, [fs[(r["batch"], r["id"])] for r in rs])))
        # learned reader restricted to the cases where the engine is decisive, and agreement
        dec = [k for k, r in enumerate(rs) if fs[(r["batch"], r["id"])] != "undetermined"]
        agree = [k for k in dec if LABELS[int(np.argmax(P[k]))] == fs[(rs[k]["batch"], rs[k]["id"])]]
        print(f"reader argmax = engine verdict on {len(agree)}/{len(dec)} engine-decisive cases; "
              f"engine right on {sum(y[k] == fs[(rs[k]['batch'], rs[k]['id'])] for k in agree)} of those, "
              f"{sum(y[k] == fs[(rs[k]['batch'], rs[k]['id'])] for k in dec if k not in set(agree))} of the other {len(dec) - len(agree)}")
        # per-class confusion of the reader's argmax
        conf = {e: {g: 0 for g in LABELS} for e in LABELS}
        for yy, p in zip(y, P):
            conf[yy][LABELS[int(np.argmax(p))]] += 1
        print("reader argmax confusion (rows expected, cols yes/no/undet): " +
              "; ".join(f"{e}: {'/'.join(str(conf[e][g]) for g in LABELS)}" for e in LABELS))
