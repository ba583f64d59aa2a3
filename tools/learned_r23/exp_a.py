"""Experiment A: the learned reader alone, leave-batch-out (GroupKFold by batch, 10 folds) over development batches.

    /tmp/lvenv/bin/python tools/learned_r23/exp_a.py [OUT.json]

Writes out-of-fold probabilities (per case: batch, id, label, p_yes, p_no, p_undet) to OUT.json and prints
figures: argmax, then abstaining below several probability thresholds; all batches and batches 77-126."""
import json
import sys
import time

import numpy as np
from sklearn.model_selection import GroupKFold

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from features import LABELS, Reader, fmt, gate, load_cases, metrics  # noqa: E402

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/learned_r23_oof.json"
C = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
char = (sys.argv[3] != "nochar") if len(sys.argv) > 3 else True
rows = load_cases()
cases = [r["case"] for r in rows]
y = np.array([r["label"] for r in rows])
groups = np.array([r["batch"] for r in rows])
P = np.zeros((len(rows), 3))
t0 = time.time()
for k, (tr, te) in enumerate(GroupKFold(n_splits=10).split(cases, y, groups)):
    m = Reader(C=C, char=char).fit([cases[i] for i in tr], y[tr])
    P[te] = m.predict_proba([cases[i] for i in te])
    print(f"fold {k}: {len(te)} test cases, {time.time() - t0:.0f}s", file=sys.stderr)
json.dump([{"batch": r["batch"], "id": r["id"], "label": r["label"], "p": [round(float(x), 5) for x in p]}
           for r, p in zip(rows, P)], open(out, "w"))
print(f"config: C={C} char={char}; {len(rows)} cases, batches {groups.min()}-{groups.max()}")
for name, sel in [("all batches", np.ones(len(rows), bool)), ("batches 77-126", groups >= 77)]:
    print(f"\n== {name}")
    for t in [0.0, 0.5, 0.6, 0.7, 0.8, 0.9]:
        got = gate(P[sel], t)
        print(f"t={t:.1f}: " + fmt(metrics(list(y[sel]), got)))
