"""WordNet synonym study (measurement only; the eighteenth round, README "A general lexicon"):
would the synonyms, troponyms, hypernyms and derived nouns of a market's act (WordNet 3.0, its
first three verb senses) find the act in the development cases the engine leaves undetermined,
and how often in cases labelled otherwise?

    python tools/wordnet_study/study.py WORDNET_DICT_DIR RESULTS_JSON OUT_DIR

WORDNET_DICT_DIR holds WordNet 3.0's database files (index.verb, data.verb, data.noun, verb.exc;
Princeton's licence, not shipped here). RESULTS_JSON is `resolver backtest FILE --json` over the
development batches (a dict with 'results'). Writes OUT_DIR/hits.json, one record per development
event case; variants.py counts it under restrictions. Development batches only: sealed and
held-out files are never read."""
from __future__ import annotations

import collections
import glob
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from resolver.engine.derive import derive_target  # noqa: E402
from resolver.engine.frames import FRAMES, entailing, frames_of_verb  # noqa: E402
from resolver.engine.noun_phrases import _STOP  # noqa: E402
from resolver.engine.text import lemmas_of, split_sentences  # noqa: E402
from resolver.engine.types import Market  # noqa: E402

WN = Path(sys.argv[1]) if len(sys.argv) > 3 else Path("wordnet-3.0")
OUT = Path(sys.argv[3]) if len(sys.argv) > 3 else Path(".")
RESULTS = Path(sys.argv[2]) if len(sys.argv) > 3 else Path("results.json")
DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "realnews"
NSENSES = 3


# ---------- WordNet (classic database format) ----------
def load_index(pos: str) -> dict[str, list[str]]:
    idx = {}
    for line in (WN / f"index.{pos}").open(encoding="utf-8"):
        if line.startswith(" "):
            continue
        p = line.split()
        lemma, n_synsets, p_cnt = p[0], int(p[2]), int(p[3])
        offs = p[4 + p_cnt + 2:]
        assert len(offs) == n_synsets, line
        idx[lemma] = offs
    return idx


def load_data(pos: str) -> dict[str, dict]:
    data = {}
    for line in (WN / f"data.{pos}").open(encoding="utf-8"):
        if line.startswith(" "):
            continue
        body = line.split("|")[0].split()
        off, ss_type = body[0], body[2]
        w_cnt = int(body[3], 16)
        words = [body[4 + 2 * i].lower() for i in range(w_cnt)]
        words = [re.sub(r"\(.*\)$", "", w) for w in words]  # adjective markers
        i = 4 + 2 * w_cnt
        p_cnt = int(body[i]); i += 1
        ptrs = []
        for _ in range(p_cnt):
            sym, toff, tpos, st = body[i:i + 4]; i += 4
            ptrs.append((sym, toff, tpos, int(st[:2], 16), int(st[2:], 16)))
        data[off] = {"words": words, "ptrs": ptrs, "type": ss_type}
    return data


def load_exc(pos: str) -> dict[str, list[str]]:
    exc = collections.defaultdict(list)
    for line in (WN / f"{pos}.exc").open(encoding="utf-8"):
        p = line.split()
        exc[p[0]] += p[1:]
    return exc


SRC: dict = {}
IDX_V, DATA_V, DATA_N = load_index("verb"), load_data("verb"), load_data("noun")
EXC_V = load_exc("verb")


def wn_candidates(act: str) -> dict[str, str]:
    """word → relation (syn/tropo/hyper/deriv) from the act's first NSENSES verb senses."""
    lemma = act.lower().replace(" ", "_")
    if lemma not in IDX_V:
        for base in EXC_V.get(lemma, []):
            if base in IDX_V:
                lemma = base
                break
    out: dict[str, str] = {}

    def add(w, rel):
        w = w.replace("_", " ")
        if w not in out:
            out[w] = rel
        SRC.setdefault((act.lower(), w), []).append(f"{rel}{sense}")

    for sense, off in enumerate(IDX_V.get(lemma, [])[:NSENSES], 1):
        ss = DATA_V[off]
        for w in ss["words"]:
            add(w, "syn")
        for sym, toff, tpos, src, tgt in ss["ptrs"]:
            if sym == "~" and tpos == "v":
                for w in DATA_V[toff]["words"]:
                    add(w, "tropo")
            elif sym == "@" and tpos == "v":
                for w in DATA_V[toff]["words"]:
                    add(w, "hyper")
            elif sym == "+" and tpos == "n":
                tw = DATA_N[toff]["words"]
                if tgt:  # lexical pointer: only the target word (from the source word's sense)
                    add(tw[tgt - 1], "deriv")
                else:
                    for w in tw:
                        add(w, "deriv")
    out.pop(act.lower(), None)
    return out


def known_words(target) -> tuple[set[str], set[str]]:
    act = target.act
    single, phrases = {act.lower()}, set()
    for name in frames_of_verb(act):
        f = FRAMES[name]
        single |= set(f.verbs) | set(f.nouns)
        phrases |= set(f.phrases)
    e = entailing(act, target.object)
    single |= set(e.verbs)
    phrases |= set(e.phrases)
    single |= {w.lower() for w in target.act_forms}
    return single, phrases


ALL_FRAME_WORDS = {w for f in FRAMES.values() for w in (*f.verbs, *f.nouns)}
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")


def content_words(target) -> set[str]:
    words = set()
    for chunk in [target.object or "", *target.actors]:
        for w in TOKEN.findall(chunk):
            lw = w.lower().strip("'’").removesuffix("'s").removesuffix("’s")
            if len(lw) < 3 or lw in _STOP or lw.isdigit():
                continue
            words.add(lw)
    return words


def main():
    ids = {}
    for f in sorted(glob.glob(str(DATA / "batch-*.json"))):
        for c in json.loads(Path(f).read_text(encoding="utf-8")):
            c["_file"] = Path(f).name
            ids[c["id"]] = c
    results = {r["id"]: r for r in json.load(open(RESULTS))["results"]}
    recs = []
    missing = 0
    for cid, c in ids.items():
        if c["kind"] not in ("event", "who-wins"):
            continue
        if cid not in results:
            missing += 1
            continue
        r = results[cid]
        m = c["market"]
        t = derive_target(Market(id="survey", question=m["question"], criteria=m.get("criteria", ""),
                                 deadline=m["deadline"]))
        rec = {"id": cid, "file": c["_file"], "q": m["question"], "expected": c["expected"], "got": r["got"],
               "status": r.get("status"), "kind": c["kind"], "act": t.act, "object": t.object, "actors": t.actors,
               "hits": [], "n_cands": 0}
        recs.append(rec)
        if not t.act:
            continue
        single, phrases = known_words(t)
        cands = wn_candidates(t.act)
        cands = {w: rel for w, rel in cands.items() if w not in single and w not in phrases}
        rec["n_cands"] = len(cands)
        rec["cands"] = cands
        rec["src"] = {w: sorted(set(SRC[(t.act.lower(), w)])) for w in cands}
        cw = content_words(t) - set(cands) - single
        rec["content"] = sorted(cw)
        if not cands or not cw:
            continue
        one = {w: rel for w, rel in cands.items() if " " not in w}
        multi = {tuple(w.split()): rel for w, rel in cands.items() if " " in w}
        for ev in c.get("evidence", []):
            sents = ([ev["title"]] if ev.get("title") else []) + split_sentences(ev.get("text", ""))
            for s in sents:
                toks = TOKEN.findall(s)
                low = [x.lower() for x in toks]
                lems = [lemmas_of(x) | {x.lower()} for x in toks]
                found = []
                for i, ls in enumerate(lems):
                    if ls & single:  # the token is also a form of a known word ('winning' → win): not WordNet-only
                        continue
                    for w in ls & one.keys():
                        found.append((w, toks[i], i))
                    for mw in multi:
                        if mw[0] in ls and tuple(low[i + 1:i + len(mw)]) == mw[1:]:
                            found.append((" ".join(mw), " ".join(toks[i:i + len(mw)]), i))
                if not found:
                    continue
                used = {i for _, _, i in found}
                objs = sorted({low[i] for i, ls in enumerate(lems) if i not in used and (ls & cw)})
                if not objs:
                    continue
                rec["hits"].append({"sentence": s[:400], "words": sorted({w for w, _, _ in found}),
                                    "forms": sorted({f for _, f, _ in found}),
                                    "rels": sorted({cands[w] for w, _, _ in found}),
                                    "other_frame": sorted({w for w, _, _ in found} & ALL_FRAME_WORDS),
                                    "obj": objs, "url": ev.get("url"), "published": ev.get("published")})
    (OUT / "hits.json").write_text(json.dumps({"missing_from_results": missing, "cases": recs}, indent=1))
    print("cases", len(recs), "missing", missing)


if __name__ == "__main__":
    main()
