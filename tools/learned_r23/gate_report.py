"""Tables for Experiment B from exp_b.py's output.

    /tmp/lvenv/bin/python tools/learned_r23/gate_report.py OUT.json

1. reader gate: a decisive first-sight verdict becomes undetermined when the reader's probability for the engine's
   label is below t (regimes 'others' and 'past'); pooled and per first engine.
2. trace gate: a second-stage logistic regression, trained leave-one-round-out on the OTHER rounds' first-sight
   decisive verdicts, predicts whether a decisive verdict is right from trace features (status, score, confidence,
   counted contributions for/against, rule families, distinct sentences, kind), with and without the reader's
   probability; a verdict is gated when P(right) < q."""
import json
import sys
from collections import Counter

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from features import KINDS, fmt, load_cases, metrics  # noqa: E402

L = {"likely-yes": 0, "likely-no": 1, "undetermined": 2}
res = json.load(open(sys.argv[1]))
engines = list(dict.fromkeys(r["engine"] for r in res))
exp = [r["label"] for r in res]
before = [r["got"] for r in res]


def summary(after, sel=None):
    sel = sel if sel is not None else range(len(res))
    e = [exp[i] for i in sel]
    return metrics(e, [before[i] for i in sel]), metrics(e, [after[i] for i in sel])


def removed(after):
    wr = sum(1 for i in range(len(res)) if before[i] != "undetermined" and after[i] == "undetermined" and exp[i] != before[i])
    rr = sum(1 for i in range(len(res)) if before[i] != "undetermined" and after[i] == "undetermined" and exp[i] == before[i])
    wd = sum(1 for i in range(len(res)) if before[i] != "undetermined" and after[i] == "undetermined"
             and exp[i] != "undetermined" and exp[i] != before[i])
    return wr, rr, wd


BATCHES = sorted({r["batch"] for r in res})
IDX = {b: [i for i in range(len(res)) if res[i]["batch"] == b] for b in BATCHES}


def boot_delta(after, n=2000, seed=0):
    """95 % interval of the change in decisive precision, resampling whole batches."""
    rng = np.random.default_rng(seed)
    per = {b: (sum(before[i] != "undetermined" for i in IDX[b]), sum(before[i] != "undetermined" and before[i] == exp[i] for i in IDX[b]),
               sum(after[i] != "undetermined" for i in IDX[b]), sum(after[i] != "undetermined" and after[i] == exp[i] for i in IDX[b]))
           for b in BATCHES}
    arr = np.array([per[b] for b in BATCHES], dtype=float)
    d = []
    for _ in range(n):
        s = arr[rng.integers(0, len(BATCHES), len(BATCHES))].sum(0)
        if s[0] and s[2]:
            d.append(s[3] / s[2] - s[1] / s[0])
    return np.percentile(d, 2.5), np.percentile(d, 97.5)


def line(tag, after):
    b, a = summary(after)
    wr, rr, wd = removed(after)
    lo, hi = boot_delta(after)
    d = a['decisive_precision'] - b['decisive_precision']
    print(f"{tag}: prec {100 * a['decisive_precision']:.1f} % ({a['decisive_right']}/{a['decisive']}; "
          f"{100 * d:+.1f} pts, 95 % batch-bootstrap {100 * lo:+.1f} to {100 * hi:+.1f}), "
          f"acc {100 * a['accuracy']:.1f} %, wrong dir {a['wrong_direction']}, cov {100 * a['coverage']:.1f} % | "
          f"removed {wr} wrong ({wd} wrong-direction) + {rr} right")


dec = [i for i in range(len(res)) if before[i] != "undetermined"]
right = np.array([exp[i] == before[i] for i in dec])
b, _ = summary(before)
print(f"First sight, batches 77-126: {fmt(b)}\n")

print("== 1. reader gate (p of the engine's label < t -> undetermined)")
for regime in ("others", "past"):
    p_lab = np.array([res[i][f"p_{regime}"][L[before[i]]] for i in dec])
    print(f"\n-- regime '{regime}': AUC of p(engine label) for right vs wrong decisive verdicts: "
          f"{roc_auc_score(right, p_lab):.3f}; mean p right {p_lab[right].mean():.3f}, wrong {p_lab[~right].mean():.3f}")
    # the reader's own argmax agreeing with the engine
    agree = np.array([int(np.argmax(res[i][f"p_{regime}"])) == L[before[i]] for i in dec])
    print(f"   reader argmax agrees with the engine on {agree.sum()}/{len(dec)} decisive verdicts: "
          f"right when agreeing {right[agree].sum()}/{agree.sum()}, when not {right[~agree].sum()}/{(~agree).sum()}")
    for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        after = list(before)
        for i in dec:
            if res[i][f"p_{regime}"][L[before[i]]] < t:
                after[i] = "undetermined"
        line(f"   t={t:.1f}", after)
        if regime == "others" and t in (0.3, 0.5) or regime == "past" and t == 0.3:
            for eng in engines:
                sel = [i for i in range(len(res)) if res[i]["engine"] == eng]
                bb, aa = summary(after, sel)
                print(f"      {eng} batches {min(res[i]['batch'] for i in sel)}-{max(res[i]['batch'] for i in sel)}: "
                      f"prec {bb['decisive_right']}/{bb['decisive']} -> {aa['decisive_right']}/{aa['decisive']}, "
                      f"acc {bb['right']} -> {aa['right']} of {bb['cases']}, wrong dir {bb['wrong_direction']} -> {aa['wrong_direction']}")

# ---- trace gate
FAM = ["confirmation", "ruled_out", "rival_outcome", "opposite_outcome", "threshold", "deadline_passed", "state_ended",
       "state_continues", "failed_attempt", "not_yet", "scheduled_after_deadline", "state_held"]
STATUS = sorted({res[i]["status"] for i in dec})


def trace_feats(r):
    d = "yes" if r["got"] == "likely-yes" else "no"
    cs = [c for c in (r["reasoning"] or {}).get("contributions", []) if c.get("counted", True)]
    pro = [c for c in cs if c.get("direction") == d]
    con = [c for c in cs if c.get("direction") not in (d, "none", None)]
    sents = {c.get("sentence") for c in pro if c.get("sentence")}
    fams = Counter((c.get("base_rule") or c.get("rule")) for c in pro)
    kind = r.get("kind")
    f = [1.0 if d == "yes" else 0.0, abs(r["score"] or 0), r["confidence"] or 0, len(pro), len(con), len(sents),
         len(fams), 1.0 if any((c.get("rule") == "deadline_passed") for c in pro) else 0.0,
         sum(1 for c in cs if c.get("direction") == "none")]
    f += [1.0 if r["status"] == s else 0.0 for s in STATUS]
    f += [float(fams.get(x, 0) > 0) for x in FAM]
    return f



kinds = {(c["batch"], c["id"]): c["case"].get("kind") for c in load_cases()}
X_t = np.array([trace_feats(res[i]) + [1.0 if kinds[(res[i]["batch"], res[i]["id"])] == k else 0.0 for k in KINDS]
                for i in dec])
grp = np.array([res[i]["engine"] for i in dec])
print("\n== 2. trace gate (second stage, leave-one-round-out over the first-sight decisive verdicts; P(right) < q -> undetermined)")
for name, use_reader in (("trace only", None), ("trace + reader 'others'", "others"), ("trace + reader 'past'", "past")):
    X = X_t
    if use_reader:
        p_lab = np.array([[res[i][f"p_{use_reader}"][L[before[i]]], max(res[i][f"p_{use_reader}"])] for i in dec])
        X = np.hstack([X_t, p_lab])
    P = np.zeros(len(dec))
    for eng in engines:
        te = grp == eng
        mu, sd = X[~te].mean(0), X[~te].std(0) + 1e-6
        m = LogisticRegression(C=0.5, max_iter=2000).fit((X[~te] - mu) / sd, right[~te])
        P[te] = m.predict_proba((X[te] - mu) / sd)[:, 1]
    print(f"\n-- {name}: AUC {roc_auc_score(right, P):.3f}")
    for q in (0.6, 0.7, 0.75, 0.8, 0.85, 0.9):
        after = list(before)
        for j, i in enumerate(dec):
            if P[j] < q:
                after[i] = "undetermined"
        line(f"   q={q:.2f}", after)
