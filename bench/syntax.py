"""The syntax study (issue 10, "Syntax, if it pays"): would a part-of-speech tagger lift the
engine, and which one could ship? Measures candidates on Universal Dependencies English EWT
(test split): UPOS and Penn (XPOS) accuracy, the two grammar decisions the engine makes by hand
(verb or noun for a word that can be both; finite verb VBD/VBZ), the same on Title-Cased
sentences (the way many headlines are written), speed, cold load time, memory and size.

Getting the treebank (not needed by the test suite; CC BY-SA 4.0, see its LICENSE.txt):

    git clone https://github.com/UniversalDependencies/UD_English-EWT /tmp/UD_English-EWT
    python -m bench.syntax prepare /tmp/UD_English-EWT --out /tmp/ewt
        # copies en_ewt-ud-{train,dev,test}.conllu; when a snapshot lacks the large train file,
        # rebuilds each split from not-to-release/sources/ in the order of
        # not-to-release/file-lists/files.{train,dev,test} (identical to the release files)

Then:

    python -m bench.syntax train --ewt /tmp/ewt --out /tmp/ewt/perceptron.json.gz
        # 6 iterations; EWT train plus 10 % of its sentences again in Title Case and 30 % again
        # in headline style (no articles, no final full stop, half Title Case): ~20 min here
    python -m bench.syntax eval --ewt /tmp/ewt --perceptron /tmp/ewt/perceptron.json.gz \
        [--udpipe MODEL] [--json FILE]

The corpus lift is measured by wiring the tagger into the engine (branch `syntax-exp`:
resolver/engine/postag.py, switch RESOLVER_POSTAG=1) and running `resolver backtest` on the
development batches and ../shared/eval/public.json with and without it (README, "Syntax:
decision and figures"). The weights are derived from EWT and so are shared under CC BY-SA 4.0.

Candidates: `engine` (the engine's own hand rules: lemminflect forms and marker words),
`perceptron` (this project's tagger, bench/postagger.py, trained on EWT train), `textblob`
(textblob's PatternTagger: pattern's Brill lexicon shipped in the wheel), `udpipe`
(ufal.udpipe with a model trained by the project on EWT; no model ships on PyPI)."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Penn → UD mapping for taggers that only give Penn tags (ambiguous ones take the usual choice).
PENN_TO_UPOS = {
    "CC": "CCONJ", "CD": "NUM", "DT": "DET", "EX": "PRON", "FW": "X", "IN": "ADP", "JJ": "ADJ",
    "JJR": "ADJ", "JJS": "ADJ", "LS": "X", "MD": "AUX", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN",
    "NNPS": "PROPN", "PDT": "DET", "POS": "PART", "PRP": "PRON", "PRP$": "PRON", "RB": "ADV",
    "RBR": "ADV", "RBS": "ADV", "RP": "ADP", "SYM": "SYM", "TO": "PART", "UH": "INTJ", "VB": "VERB",
    "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "WDT": "PRON",
    "WP": "PRON", "WP$": "PRON", "WRB": "ADV", ".": "PUNCT", ",": "PUNCT", ":": "PUNCT", "(": "PUNCT",
    ")": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT", "``": "PUNCT", "''": "PUNCT", '"': "PUNCT",
    "#": "SYM", "$": "SYM", "HYPH": "PUNCT", "NFP": "PUNCT", "ADD": "X", "AFX": "ADJ", "GW": "X",
    "XX": "X",
}
_AUX_WORDS = {"be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m", "has", "have",
              "had", "'ve", "'d", "do", "does", "did", "will", "would", "can", "could", "may", "might",
              "shall", "should", "must", "wo", "ca"}
_MINOR = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "by", "at", "as", "but", "nor"}
FINITE = ("VBD", "VBZ")


# ---------------------------------------------------------------------------------------- data
def read_conllu(path: Path) -> list[list[tuple[str, str, str]]]:
    """Sentences as [(form, UPOS, XPOS)], syntactic words only (no multiword ranges)."""
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if cur:
                out.append(cur)
            cur = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            cur.append((cols[1], cols[3], cols[4]))
    if cur:
        out.append(cur)
    return out


def title_case(words: list[str]) -> list[str]:
    """Headline-style capitalisation (minor words lower case except first)."""
    return [w if (k and w.lower() in _MINOR) or not w[:1].isalpha() else w[:1].upper() + w[1:]
            for k, w in enumerate(words)]


def prepare(src: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev", "test"):
        name = f"en_ewt-ud-{split}.conllu"
        if (src / name).is_file() and (src / name).stat().st_size > 100_000:
            shutil.copy(src / name, out / name)
            continue
        files = (src / "not-to-release" / "file-lists" / f"files.{split}").read_text().split()
        with open(out / name, "w", encoding="utf-8") as fh:
            for f in files:
                fh.write((src / "not-to-release" / "sources" / f).read_text(encoding="utf-8"))
        print(f"{name}: rebuilt from {len(files)} source documents")
    shutil.copy(src / "LICENSE.txt", out / "LICENSE.txt")
    for split in ("train", "dev", "test"):
        sents = read_conllu(out / f"en_ewt-ud-{split}.conllu")
        print(f"{split}: {len(sents)} sentences, {sum(map(len, sents))} words")


# ---------------------------------------------------------------------------------- candidates
class Candidate:
    name = ""
    licence = ""
    upos = True

    def load(self) -> None: ...

    def tag(self, words: list[str]) -> list[tuple[str, str]]:  # (UPOS, XPOS) per word
        raise NotImplementedError

    def size_bytes(self) -> int:
        return 0


class Perceptron(Candidate):
    name = "perceptron"
    licence = "code MIT (project); weights from EWT, CC BY-SA 4.0"

    def __init__(self, path: str):
        self.path = path

    def load(self) -> None:
        from bench.postagger import PerceptronTagger

        self.model = PerceptronTagger.load(self.path)

    def tag(self, words):
        return [tuple(t.split("|", 1)) for t in self.model.tag(words)]

    def size_bytes(self):
        return os.path.getsize(self.path)


class TextBlobPattern(Candidate):
    name = "textblob"
    licence = "MIT (textblob), BSD-3 (pattern lexicon); needs nltk (Apache-2.0)"

    def load(self) -> None:
        from textblob.en import tag

        self._tag = tag
        self._tag("warm up")

    def tag(self, words):
        tags = self._tag(" ".join(w.replace(" ", "_") for w in words), tokenize=False)
        penn = [t for _, t in tags]
        if len(penn) != len(words):  # pattern re-split something: align by position
            penn = (penn + ["NN"] * len(words))[:len(words)]
        out = []
        for w, t in zip(words, penn):
            up = PENN_TO_UPOS.get(t, "X")
            if up == "VERB" and w.lower() in _AUX_WORDS:
                up = "AUX"
            out.append((up, t))
        return out

    def size_bytes(self):
        import textblob

        return _dir_size(Path(textblob.__file__).parent)


class UDPipe(Candidate):
    name = "udpipe"
    licence = "MPL-2.0 (ufal.udpipe); model trained here on EWT, CC BY-SA 4.0"

    def __init__(self, path: str):
        self.path = path

    def load(self) -> None:
        import ufal.udpipe as u

        self.u = u
        self.model = u.Model.load(self.path)
        self.pipe = u.Pipeline(self.model, "vertical", u.Pipeline.DEFAULT, u.Pipeline.NONE, "conllu")

    def tag(self, words):
        out = self.pipe.process("\n".join(w.replace(" ", "_") for w in words) + "\n\n")
        rows = [ln.split("\t") for ln in out.splitlines() if ln and not ln.startswith("#")]
        rows = [r for r in rows if "-" not in r[0]]
        return [(r[3], r[4]) for r in rows][:len(words)]

    def size_bytes(self):
        import ufal.udpipe

        return os.path.getsize(self.path) + _dir_size(Path(ufal.udpipe.__file__).parent)


class EngineRules(Candidate):
    """The engine's hand rules, as it applies them today (no UPOS): `aspect()` decides verb or
    noun for a word that can be both, `_finite_verb()` finite forms."""

    name = "engine"
    licence = "project (lemminflect: MIT)"
    upos = False

    def load(self) -> None:
        import lemminflect

        from resolver.engine import analysis, text

        self.analysis, self.text, self.lemminflect = analysis, text, lemminflect

    def tag(self, words, headline: bool = False):
        text_mod = self.text
        toks, pos = [], 0
        for w in words:
            toks.append(text_mod.Token(w, w.lower(), pos, text_mod.lemmas_of(w)))
            pos += len(w) + 1
        line = " ".join(words)
        sent = text_mod.Sentence(text=line, tokens=toks, index=0, headline=headline,
                                 clauses=text_mod._clauses(line, toks))
        out = []
        for i, w in enumerate(words):
            low = w.lower()
            xp = ("VBD" if low.endswith("d") else "VBZ") if self.analysis._finite_verb(low) else "-"
            verbs = self.lemminflect.getAllLemmas(low).get("VERB")
            up = "-"
            if verbs:
                up = "NOUN" if self.analysis.aspect(sent, i, verbs[0]) == "noun" else "VERB"
            out.append((up, xp))
        return out


def _dir_size(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


def make(name: str, args) -> Candidate:
    if name == "perceptron":
        return Perceptron(args.perceptron)
    if name == "textblob":
        return TextBlobPattern()
    if name == "udpipe":
        return UDPipe(args.udpipe)
    return EngineRules()


# ---------------------------------------------------------------------------------- measuring
def _noun_verb_words():
    import lemminflect

    cache: dict[str, bool] = {}

    def both(w: str) -> bool:
        low = w.lower()
        if low not in cache:
            lem = lemminflect.getAllLemmas(low)
            cache[low] = bool(lem.get("NOUN")) and bool(lem.get("VERB"))
        return cache[low]

    return both


def score(cand: Candidate, sents, cased: bool = False) -> dict:
    both = _noun_verb_words()
    n = up_ok = xp_ok = 0
    nv = nv_ok = 0
    tp = fp = fn = 0
    t0 = time.perf_counter()
    for sent in sents:
        words = [w for w, _, _ in sent]
        if cased:
            words = title_case(words)
        pred = cand.tag(words)
        for (w, gu, gx), (pu, px) in zip(sent, pred):
            n += 1
            up_ok += pu == gu
            xp_ok += px == gx
            if gu in ("NOUN", "VERB") and both(w):
                nv += 1
                nv_ok += (pu == "VERB") == (gu == "VERB")
            gf, pf = gx in FINITE, px in FINITE
            tp += gf and pf
            fp += pf and not gf
            fn += gf and not pf
    secs = time.perf_counter() - t0
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    res = {
        "words": n,
        "verb_noun_acc": round(nv_ok / max(nv, 1), 4), "verb_noun_words": nv,
        "finite_precision": round(p, 4), "finite_recall": round(r, 4),
        "finite_f1": round(2 * p * r / max(p + r, 1e-9), 4),
        "ms_per_sentence": round(1000 * secs / max(len(sents), 1), 3),
        "words_per_s": round(n / secs),
    }
    if cand.upos:
        res["upos_acc"] = round(up_ok / n, 4)
        res["xpos_acc"] = round(xp_ok / n, 4)
    return res


def score_headlines(cand: Candidate) -> dict:
    """Verb or noun, on the hand-labelled headlines of the real-news development batches."""
    from resolver.engine.text import make_sentence

    data = json.loads((HERE / "syntax_headlines.json").read_text())["headlines"]
    n = ok = 0
    for h in data:
        words = [t.text for t in make_sentence(h["title"], 0, headline=True).tokens]
        pred = cand.tag(words, headline=True) if isinstance(cand, EngineRules) else cand.tag(words)
        for i in h["ambiguous"]:
            n += 1
            ok += (pred[i][0] in ("VERB", "AUX")) == (i in h["verbs"])
    return {"verb_noun_acc": round(ok / max(n, 1), 4), "words": n, "headlines": len(data)}


_CHILD = r"""
import gc, json, resource, sys, time
sys.path.insert(0, {root!r})
import argparse
from bench import syntax
def rss():  # current resident set (ru_maxrss would carry the parent's peak over exec)
    return int(open("/proc/self/statm").read().split()[1]) * resource.getpagesize()
before = rss()
t = time.perf_counter()
c = syntax.make({name!r}, argparse.Namespace(perceptron={perc!r}, udpipe={udp!r}))
c.load()
c.tag("The central bank cut interest rates on Tuesday .".split())
cold = time.perf_counter() - t
gc.collect()
after = rss()
print(json.dumps({{"cold_load_s": round(cold, 3), "memory_mb": round((after - before) / 2**20, 1)}}))
"""


def cold(name: str, args) -> dict:
    """Cold load time (import, load, first sentence) and resident-memory growth, in a fresh interpreter."""
    code = _CHILD.format(root=str(ROOT), name=name, perc=args.perceptron, udp=args.udpipe)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def evaluate(args) -> dict:
    ewt = Path(args.ewt)
    test = read_conllu(ewt / "en_ewt-ud-test.conllu")
    results = {}
    for name in args.candidates.split(","):
        if name == "perceptron" and not (args.perceptron and Path(args.perceptron).is_file()):
            continue
        if name == "udpipe" and not (args.udpipe and Path(args.udpipe).is_file()):
            continue
        cand = make(name, args)
        try:
            cand.load()
        except ImportError as exc:  # textblob / ufal.udpipe are not project dependencies
            print(f"{name}: skipped ({exc}; pip install textblob==0.20.1 ufal.udpipe==1.4.0.1)")
            continue
        res = {"licence": cand.licence, "size_mb": round(cand.size_bytes() / 2**20, 2)}
        res["test"] = score(cand, test)
        res["test_title_case"] = score(cand, test, cased=True)
        res["realnews_headlines"] = score_headlines(cand)
        res.update(cold(name, args))
        results[name] = res
        print(f"{name}: {json.dumps(res)}", flush=True)
    return results


def print_table(results: dict) -> None:
    head = ("candidate", "UPOS", "Penn", "verb/noun", "finite F1", "UPOS TC", "verb/noun TC",
            "finite F1 TC", "headlines verb/noun", "ms/sent", "cold s", "mem MB", "size MB")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for name, r in results.items():
        t, c = r["test"], r["test_title_case"]
        pct = lambda v: "–" if v is None else f"{100 * v:.1f}"
        print("| " + " | ".join([
            name, pct(t.get("upos_acc")), pct(t.get("xpos_acc")), pct(t["verb_noun_acc"]),
            pct(t["finite_f1"]), pct(c.get("upos_acc")), pct(c["verb_noun_acc"]), pct(c["finite_f1"]),
            pct(r["realnews_headlines"]["verb_noun_acc"]),
            f"{t['ms_per_sentence']:.2f}", f"{r['cold_load_s']:.2f}", f"{r['memory_mb']:.0f}",
            f"{r['size_mb']:.1f}"]) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare", help="copy or rebuild the EWT splits from a clone")
    p.add_argument("src")
    p.add_argument("--out", default="/tmp/ewt")
    t = sub.add_parser("train", help="train the perceptron tagger on EWT train")
    t.add_argument("--ewt", default=os.environ.get("EWT_DIR", "/tmp/ewt"))
    t.add_argument("--out", required=True)
    t.add_argument("--iterations", type=int, default=6)
    t.add_argument("--title-case-share", type=float, default=0.10,
                   help="share of training sentences added again in Title Case (headline style)")
    t.add_argument("--headline-share", type=float, default=0.30,
                   help="share of training sentences added again in headline style (no articles, "
                        "no final punctuation, half in Title Case)")
    t.add_argument("--min-weight", type=float, default=0.0)
    e = sub.add_parser("eval", help="measure the candidates on EWT test")
    e.add_argument("--ewt", default=os.environ.get("EWT_DIR", "/tmp/ewt"))
    e.add_argument("--perceptron", default="")
    e.add_argument("--udpipe", default="")
    e.add_argument("--candidates", default="engine,perceptron,textblob,udpipe")
    e.add_argument("--json", default="")
    args = ap.parse_args(argv)
    if args.cmd == "prepare":
        prepare(Path(args.src), Path(args.out))
    elif args.cmd == "train":
        import random

        from bench.postagger import train

        ewt = Path(args.ewt)
        sents = [[(w, f"{u}|{x}") for w, u, x in s] for s in read_conllu(ewt / "en_ewt-ud-train.conllu")]
        rng = random.Random(7)
        extra = [list(zip(title_case([w for w, _ in s]), [t for _, t in s]))
                 for s in sents if rng.random() < args.title_case_share]
        for s in sents:  # headline-style copies: no articles, no final full stop, half in Title Case
            if rng.random() < args.headline_share:
                h = [(w, t) for w, t in s if not (t.startswith("DET|") and w.lower() in ("a", "an", "the"))]
                while h and h[-1][1].startswith("PUNCT|"):
                    h.pop()
                if len(h) >= 3:
                    if rng.random() < 0.5:
                        h = list(zip(title_case([w for w, _ in h]), [t for _, t in h]))
                    extra.append(h)
        t0 = time.time()
        model = train(sents + extra, iterations=args.iterations)
        model.save(args.out, min_weight=args.min_weight)
        print(f"trained in {time.time() - t0:.0f}s on {len(sents)}+{len(extra)} sentences; "
              f"{os.path.getsize(args.out) / 2**20:.2f} MB → {args.out}")
        dev = read_conllu(ewt / "en_ewt-ud-dev.conllu")
        from bench.postagger import PerceptronTagger

        tagger = PerceptronTagger.load(args.out)
        ok = sum(p == f"{u}|{x}" for s in dev for p, (_, u, x) in zip(tagger.tag([w for w, _, _ in s]), s))
        print(f"dev UPOS|XPOS accuracy {ok / sum(map(len, dev)):.4f}")
    else:
        results = evaluate(args)
        print_table(results)
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
