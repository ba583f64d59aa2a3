"""Case loading and features for the learned-reader experiment (twenty-third round).

Only the fields a market would carry at resolution time are read: market.question, market.criteria,
market.deadline, as_of, kind and evidence (title, text, published). The builder's fields (id, which
ends in the label; why; hard; domain) are never used as features.

Development batches only: tests/data/realnews/batch-NN.json. Sealed and held-out files are refused.
"""

from __future__ import annotations

import json
import math
import re
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests/data/realnews"
LABELS = ["likely-yes", "likely-no", "undetermined"]
KINDS = ["event", "threshold", "who-wins", "stays-true"]

NEG = re.compile(r"\b(not|no|never|none|neither|nor|without|failed|fails|fail|rejected|rejects|denied|denies|"
                 r"refused|refuses|cancel(?:led|ed|s)?|postpone[ds]?|delay(?:ed|s)?|suspend(?:ed|s)?|"
                 r"withdr[ae]w[n]?|dropped|scrapped|halted|blocked|lost|loses|defeated|ruled out|won't|"
                 r"didn't|doesn't|isn't|wasn't|hasn't|haven't|cannot|can't)\b", re.I)
HEDGE = re.compile(r"\b(may|might|could|would|expected|expects|plans?|planned|likely|possible|possibly|"
                   r"reportedly|proposed|proposes|scheduled|set to|aims?|intends?|hopes?|considering|"
                   r"poll|polls|forecast|projected|preliminary|if|unless|pending|awaiting)\b", re.I)
DONE = re.compile(r"\b(announced|confirmed|officially|signed|approved|passed|won|elected|completed|launched|"
                  r"opened|inaugurated|sentenced|convicted|acquitted|released|closed at|ended|final results?|"
                  r"sworn in|took office|declared)\b", re.I)
NUM = re.compile(r"\d")


def batch_files() -> list[Path]:
    files = sorted(CORPUS.glob("batch-*.json"), key=lambda p: int(p.stem.split("-")[1]))
    for f in files:
        if f.name.startswith("sealed-") or "heldout" in f.parts:
            raise SystemExit(f"{f}: sealed or held-out, not read")
    return files


def load_cases() -> list[dict]:
    cases = []
    for f in batch_files():
        b = int(f.stem.split("-")[1])
        for c in json.loads(f.read_text()):
            c["_dense"] = dense(c)
            cases.append({"batch": b, "file": f.name, "id": c["id"], "case": c, "label": c["expected"]})
    return cases


def _dt(s: str | None) -> datetime | None:
    if not s:
        return None
    try:
        d = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        try:
            d = datetime.fromisoformat(s[:10])
        except ValueError:
            return None
    if d.tzinfo is None:
        d = d.replace(tzinfo=timezone.utc)
    return d


def _signed_log_days(delta_days: float) -> float:
    return math.copysign(math.log1p(abs(delta_days)), delta_days)


def q_text(c: dict) -> str:
    m = c["market"]
    return f"{m.get('question', '')} \n {m.get('criteria', '')}"


def e_text(c: dict) -> str:
    # in publication order, titles marked so the word n-grams can tell a headline from body text
    ev = sorted(c.get("evidence") or [], key=lambda a: a.get("published") or "")
    return " \n ".join(f"{a.get('title') or ''} . {a.get('text') or ''}" for a in ev)


def last_text(c: dict) -> str:
    ev = sorted(c.get("evidence") or [], key=lambda a: a.get("published") or "")
    return f"{ev[-1].get('title') or ''} . {ev[-1].get('text') or ''}" if ev else ""


def dense(c: dict) -> list[float]:
    m = c["market"]
    deadline, as_of = _dt(m.get("deadline")), _dt(c.get("as_of"))
    pubs = [d for d in (_dt(a.get("published")) for a in c.get("evidence") or []) if d]
    last = max(pubs) if pubs else None
    et = e_text(c)
    words = max(1, len(et.split()))
    f = []
    f.append(1.0 if (as_of and deadline and as_of > deadline) else 0.0)
    f.append(_signed_log_days((deadline - last).total_seconds() / 86400) if (deadline and last) else 0.0)
    f.append(_signed_log_days((deadline - as_of).total_seconds() / 86400) if (deadline and as_of) else 0.0)
    f.append(1.0 if (last and deadline and last > deadline) else 0.0)
    f.append(float(len(c.get("evidence") or [])))
    f.append(math.log1p(words))
    for rx in (NEG, HEDGE, DONE):
        n = len(rx.findall(et))
        f.append(math.log1p(n))
        f.append(10.0 * n / words)
    lt = last_text(c)
    for rx in (NEG, HEDGE, DONE):
        f.append(math.log1p(len(rx.findall(lt))))
    f.append(10.0 * len(NUM.findall(et)) / words)
    f += [1.0 if c.get("kind") == k else 0.0 for k in KINDS]
    return f


class Reader:
    """TF-IDF (word 1-2 grams on question+criteria, word 1-2 grams and char 3-5 grams on evidence, word 1-2 grams
    on the last article) + dense features -> multinomial logistic regression."""

    def __init__(self, C: float = 2.0, char: bool = True, extra=None):
        self.C, self.char, self.extra = C, char, extra

    def _vecs(self):
        v = [("q", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=40000), q_text),
             ("e", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=80000), e_text),
             ("l", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=40000), last_text)]
        if self.char:
            v.append(("c", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True,
                                           max_features=80000), e_text))
        return v

    def _dense(self, cases, extra_rows):
        d = np.array([c["_dense"] if "_dense" in c else dense(c) for c in cases], dtype=float)
        if extra_rows is not None:
            d = np.hstack([d, np.asarray(extra_rows, dtype=float)])
        return d

    def fit(self, cases: list[dict], y: list[str], extra_rows=None):
        self.vecs = self._vecs()
        mats = [v.fit_transform([fn(c) for c in cases]) for _, v, fn in self.vecs]
        d = self._dense(cases, extra_rows)
        self.mu, self.sd = d.mean(0), d.std(0) + 1e-6
        mats.append(sp.csr_matrix((d - self.mu) / self.sd))
        X = sp.hstack(mats).tocsr()
        self.clf = LogisticRegression(C=self.C, max_iter=3000, tol=1e-3)
        self.clf.fit(X, y)
        return self

    def predict_proba(self, cases: list[dict], extra_rows=None) -> np.ndarray:
        mats = [v.transform([fn(c) for c in cases]) for _, v, fn in self.vecs]
        d = self._dense(cases, extra_rows)
        mats.append(sp.csr_matrix((d - self.mu) / self.sd))
        X = sp.hstack(mats).tocsr()
        p = self.clf.predict_proba(X)
        order = [list(self.clf.classes_).index(l) for l in LABELS]
        return p[:, order]


def metrics(expected: list[str], got: list[str]) -> dict:
    n = len(expected)
    right = sum(e == g for e, g in zip(expected, got))
    dec = [(e, g) for e, g in zip(expected, got) if g != "undetermined"]
    dec_right = sum(e == g for e, g in dec)
    wrong_dir = sum(e != "undetermined" and g != "undetermined" and e != g for e, g in zip(expected, got))
    labelled = sum(e != "undetermined" for e in expected)
    covered = sum(e != "undetermined" and g != "undetermined" for e, g in zip(expected, got))
    return {"cases": n, "right": right, "accuracy": right / n if n else None, "wrong_direction": wrong_dir,
            "decisive": len(dec), "decisive_right": dec_right,
            "decisive_precision": dec_right / len(dec) if dec else None,
            "labelled_decisive": labelled, "covered": covered, "coverage": covered / labelled if labelled else None}


def fmt(m: dict) -> str:
    dp = f"{m['decisive_right']}/{m['decisive']} ({100 * m['decisive_precision']:.1f} %)" if m["decisive"] else "0/0"
    return (f"{m['cases']} cases, accuracy {100 * m['accuracy']:.1f} % ({m['right']}), wrong dir {m['wrong_direction']}, "
            f"decisive precision {dp}, coverage {m['covered']}/{m['labelled_decisive']} ({100 * m['coverage']:.1f} %)")


def gate(probs: np.ndarray, t: float) -> list[str]:
    """Argmax label; a decisive argmax whose probability is below t becomes undetermined."""
    out = []
    for p in probs:
        k = int(np.argmax(p))
        out.append(LABELS[k] if (k == 2 or p[k] >= t) else "undetermined")
    return out
