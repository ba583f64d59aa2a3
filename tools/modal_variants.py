"""Modal variants of confirmed acts (twenty-first round, r21-modality): how often a plan, forecast, promise,
claim, demand, condition or negation of an act still reads as the act done.

    python tools/modal_variants.py collect OUT.json [BATCH ...]   # seeds: sentences that confirm alone
    python tools/modal_variants.py run SEEDS.json OUT.json          # variants of each seed, which still confirm

`collect` runs every development case labelled likely-yes that the engine confirms, takes each sentence whose
confirmation or threshold_crossed reading points yes, and keeps it as a seed when that sentence alone, in an
article of the same address and date, still makes the engine say likely-yes (the headline as a title with no
body, a body sentence as the body under a neutral title). `run` edits each seed's act verb (the first word the
reading quotes) into modal forms ('will sign', 'plans to sign', 'vowed to sign', 'did not sign', …) and wraps
the whole sentence into a condition or a question ('If …, …', 'It is not yet clear whether …'); none of them
reports the act as done, so a likely-yes on any of them is a wrong reading. Refused on sealed and held-out
files (tools/corpus.py). Deterministic: seeds and variants in file order.
"""

from __future__ import annotations

import json
import re
import sys
from multiprocessing import Pool
from pathlib import Path

RULES = ("confirmation", "threshold_crossed")
NEUTRAL_TITLE = "News in brief"
_QUOTED = re.compile(r"'([^']+)'")
_AUX = frozenset({"has", "have", "had", "was", "were", "is", "are", "been", "be", "did", "does", "do"})
# a dateline before the sentence ('March 6 (Reuters) - ', 'SYDNEY — ', 'April 21, 2019 (The Guardian) ')
_DATELINE = re.compile(r"^(?:[A-Z][A-Za-z .,'0-9]{0,40}\([A-Za-z .]{2,30}\)\s*[-—–:]\s*|[A-Z][a-z]+ \d{1,2}, \d{4} \([^)]{2,30}\)\s*"
                       r"|[A-Z][A-Z .,'-]{2,30}\s*[-—–:]\s+)")
_FUNCTION = frozenset({"to", "be", "have", "is", "was", "not", "did", "has", "yet"})
_MODAL_AUX = frozenset({"will", "would", "could", "may", "might", "should", "can", "must", "shall", "to"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                          "it", "they", "he", "she", "we", "after", "in", "on", "at", "for", "with", "from", "by",
                          "more", "most", "some", "all", "both", "each", "two", "three", "four", "five"})

# verb-level edits: (name, kind, template) — {b} base form, {p} past participle, {g} gerund
ACTIVE = (
    ("will", "future", "will {b}"), ("would", "hypothetical", "would {b}"), ("could", "hypothetical", "could {b}"),
    ("may", "hypothetical", "may {b}"), ("might", "hypothetical", "might {b}"), ("plans to", "planned", "plans to {b}"),
    ("expected to", "expected", "is expected to {b}"), ("likely to", "expected", "is likely to {b}"),
    ("set to", "planned", "is set to {b}"), ("poised to", "expected", "is poised to {b}"),
    ("agreed to", "agreed", "agreed to {b}"), ("vowed to", "promised", "vowed to {b}"),
    ("promised to", "promised", "promised to {b}"), ("pledged to", "promised", "pledged to {b}"),
    ("threatened to", "promised", "threatened to {b}"), ("hopes to", "planned", "hopes to {b}"),
    ("wants to", "demanded", "wants to {b}"), ("aims to", "planned", "aims to {b}"),
    ("was urged to", "demanded", "was urged to {b}"), ("called on to", "demanded", "was called on to {b}"),
    ("sought to", "attempted", "sought to {b}"), ("tried to", "attempted", "tried to {b}"),
    ("did not", "negated", "did not {b}"), ("failed to", "negated", "failed to {b}"),
    ("claimed to have", "claimed", "claimed to have {p}"), ("denied having", "negated", "denied having {p}"),
)
PASSIVE = (
    ("will", "future", "will be {p}"), ("would", "hypothetical", "would be {p}"), ("could", "hypothetical", "could be {p}"),
    ("may", "hypothetical", "may be {p}"), ("expected to", "expected", "is expected to be {p}"),
    ("likely to", "expected", "is likely to be {p}"), ("set to", "planned", "is set to be {p}"),
    ("poised to", "expected", "is poised to be {p}"), ("due to", "planned", "is due to be {p}"),
    ("should", "hypothetical", "should be {p}"), ("was not", "negated", "was not {p}"),
    ("has yet to", "negated", "has yet to be {p}"),
)
HEADLINE = (
    ("to", "future", "to {b}"), ("will", "future", "will {b}"), ("set to", "planned", "set to {b}"),
    ("expected to", "expected", "expected to {b}"), ("poised to", "expected", "poised to {b}"),
    ("could", "hypothetical", "could {b}"), ("may", "hypothetical", "may {b}"), ("vows to", "promised", "vows to {b}"),
    ("plans to", "planned", "plans to {b}"), ("eyes", "planned", "eyes {g}"), ("seeks to", "attempted", "seeks to {b}"),
    ("urged to", "demanded", "urged to {b}"),
    ("fails to", "negated", "fails to {b}"), ("claims to have", "claimed", "claims to have {p}"),
)
WRAPPERS = (
    ("if", "conditional", "If {s}, {tail}"),
    ("whether", "question", "It is not yet clear whether {s}."),
    ("rumours denied", "negated", "Officials denied reports that {s}."),
    ("would mean", "conditional", "Analysts said it would be a surprise if {s}."),
)


def _forms(word: str) -> tuple[str, str, str, str] | None:
    """(lemma, base, past participle, gerund) of a verb form, or None."""
    from resolver.engine.text import inflections_of
    from resolver.engine.word_class import verb_lemmas, verb_tag
    w = word.lower()
    for lemma in sorted(verb_lemmas(w)):
        tag = verb_tag(w, lemma)
        if tag is None:
            continue
        infl = inflections_of(lemma)
        pp = sorted(infl.get("VBN", ()) or [lemma + "ed"])[0]
        ger = sorted(infl.get("VBG", ()) or [lemma + "ing"])[0]
        return lemma, lemma, pp, ger
    return None


def _a_verb(text: str, at: int) -> bool:
    """The word at character `at` reads as a finite verb or a participle of the sentence (not a noun: 'a record
    $4,004.40', 'its first double dissent'), by the engine's own word classes."""
    from resolver.engine.text import make_sentence
    from resolver.engine.word_class import verb_at
    sent = make_sentence(text, 0)
    i = sent.token_at(at)
    found = verb_at(sent, i)
    return found is not None and found[1] in ("VBD", "VBN", "VBZ", "VBP")


def _case(case: dict, title: str, text: str, url: str, published: str) -> dict:
    return {**case, "evidence": [{"url": url, "title": title, "published": published, "text": text}]}


def _yes(case: dict) -> bool:
    return _fired(case) is not None


def _fired(case: dict) -> str | None:
    """The word the heaviest yes reading quotes when the engine says likely-yes ('' when it quotes none), else None."""
    from resolver.backtest import evaluate_case
    from resolver.config import Settings
    v = evaluate_case(case, 1, Settings())
    if v.verdict != "likely-yes":
        return None
    best = max((c for c in v.contributions if c.weight > 0), key=lambda c: c.weight, default=None)
    quoted = _QUOTED.search(best.reason) if best is not None else None
    return quoted.group(1) if quoted else ""


def _seeds_of(job: tuple[str, int, dict]) -> list[dict]:
    from resolver.backtest import evaluate_case
    from resolver.config import Settings
    batch, n, case = job
    try:
        v = evaluate_case(case, n, Settings())
    except Exception:  # noqa: BLE001 - a case the engine refuses has no seed
        return []
    if v.verdict != "likely-yes":
        return []
    out, seen = [], set()
    for c in v.contributions:
        rule = c.base_rule or c.rule
        if rule not in RULES or c.weight <= 0 or not c.sentence or c.sentence in seen:
            continue
        seen.add(c.sentence)
        art = next((a for a in case["evidence"] if a.get("url") == c.article_url), None)
        if art is None:
            continue
        headline = c.sentence.strip() == (art.get("title") or "").strip()
        quoted = _QUOTED.search(c.reason)
        seed = {"batch": batch, "id": case["id"], "rule": rule, "sentence": c.sentence, "headline": headline,
                "url": art["url"], "published": art["published"], "act": quoted.group(1) if quoted else ""}
        mini = _case(case, c.sentence if headline else NEUTRAL_TITLE, "" if headline else c.sentence,
                     art["url"], art["published"])
        try:
            if _yes(mini):
                out.append(seed)
        except Exception:  # noqa: BLE001
            continue
    return out


def collect(out: str, files: list[str]) -> int:
    from tools.corpus import sealed
    files = files or sorted(str(p) for p in Path("tests/data/realnews").glob("batch-*.json"))
    if any(sealed(f) for f in files):
        print("refused: sealed or held-out file", file=sys.stderr)
        return 2
    jobs = []
    for f in files:
        for n, case in enumerate(json.loads(Path(f).read_text(encoding="utf-8")), 1):
            if case["expected"] == "likely-yes":
                jobs.append((Path(f).stem, n, case))
    with Pool(2) as pool:
        seeds = [s for found in pool.map(_seeds_of, jobs, chunksize=4) for s in found]
    Path(out).write_text(json.dumps(seeds, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(seeds)} seeds from {len(jobs)} likely-yes cases")
    return 0


def variants(seed: dict) -> list[tuple[str, str, str, str]]:
    """(edit name, kind, variant sentence, the edited phrase or '' for a wrapper) for one seed."""
    s = seed["sentence"].strip()
    out: list[tuple[str, str, str]] = []
    word = seed["act"].split()[0] if seed["act"] else ""
    m = re.search(rf"(?<![\w'-]){re.escape(word)}(?![\w'-])", s) if word else None
    forms = _forms(word) if m and _a_verb(s, m.start()) else None
    if m and forms and not re.search(r"\bto\W*$", s[:m.start()], re.I):
        lemma, base, pp, ger = forms
        before = s[:m.start()].rstrip()
        words = before.split()
        adverbs = []
        while words and words[-1].lower().endswith("ly") and words[-1].isalpha():
            adverbs.insert(0, words.pop())  # 'has successfully landed', 'had formally completed'
        last = words[-1].lower() if words else ""
        if last in _MODAL_AUX:
            return _wrapped(seed, s, out)  # already a modal form ('announced the rate would increase'): wrappers only
        passive = last in ("was", "were", "been", "is", "are", "be") and word.lower() != base
        if last in _AUX:
            words.pop()
            if words and words[-1].lower() in _AUX:  # 'has been'
                words.pop()
            before = " ".join(words + adverbs)
        after = s[m.end():]
        table = HEADLINE if seed["headline"] else PASSIVE if passive else ACTIVE
        for name, kind, tpl in table:
            phrase = tpl.format(b=base, p=pp, g=ger)
            out.append((name, kind, f"{before} {phrase}{after}".strip(), phrase))
    return _wrapped(seed, s, out)


def _wrapped(seed: dict, s: str, out: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    if not seed["headline"]:
        body = _DATELINE.sub("", s).rstrip(".")
        body = re.sub(r"^(?:but|however|and|yet|so)\b,?\s*", "", body, flags=re.I)  # 'However, …' opens no complement
        first = body.split()[0] if body.split() else ""
        body = (first.lower() + body[len(first):]) if first.lower() in _DETERMINERS else body
        for name, kind, tpl in WRAPPERS:
            out.append((name, kind, tpl.format(s=body, tail="markets would take note"), ""))
    return out


def _run_seed(job: tuple[dict, dict]) -> list[dict]:
    seed, case = job
    rows = []
    for name, kind, text, edited in variants(seed):
        mini = _case(case, text if seed["headline"] else NEUTRAL_TITLE, "" if seed["headline"] else text,
                     seed["url"], seed["published"])
        try:
            word = _fired(mini)
        except Exception:  # noqa: BLE001
            word = None
        # on the edit: the reading quotes a word of the edited phrase (or, for a wrapper, any word)
        on_edit = word is not None and (not edited or bool(set(word.lower().split()) & set(edited.lower().split()) - _FUNCTION))
        rows.append({"batch": seed["batch"], "id": seed["id"], "rule": seed["rule"], "edit": name, "kind": kind,
                     "text": text, "fired": word is not None, "on_edit": on_edit, "quoted": word})
    return rows


def run(seeds_path: str, out: str) -> int:
    seeds = json.loads(Path(seeds_path).read_text(encoding="utf-8"))
    cases: dict[tuple[str, str], dict] = {}
    for batch in sorted({s["batch"] for s in seeds}):
        for case in json.loads(Path(f"tests/data/realnews/{batch}.json").read_text(encoding="utf-8")):
            cases[(batch, case["id"])] = case
    jobs = [(s, cases[(s["batch"], s["id"])]) for s in seeds]
    with Pool(2) as pool:
        rows = [r for found in pool.map(_run_seed, jobs, chunksize=4) for r in found]
    Path(out).write_text(json.dumps(rows, indent=0, ensure_ascii=False), encoding="utf-8")
    by_kind: dict[str, list[int]] = {}
    by_edit: dict[str, list[int]] = {}
    for r in rows:
        for key, table in ((r["kind"], by_kind), (r["edit"], by_edit)):
            table.setdefault(key, [0, 0, 0])
            table[key][0] += r["fired"]
            table[key][1] += r["on_edit"]
            table[key][2] += 1
    scored = [r for r in rows if r["kind"] != "agreed"]
    print(f"variants {len(rows)} from {len(seeds)} seeds; fired (read as the act done): {sum(r['fired'] for r in rows)}, "
          f"of which on the edited words {sum(r['on_edit'] for r in rows)}; without 'agreed to' (a decision may be the "
          f"act): {len(scored)} variants, fired {sum(r['fired'] for r in scored)}, on the edit {sum(r['on_edit'] for r in scored)}")
    for name, table in (("kind", by_kind), ("edit", by_edit)):
        print(f"by {name} (fired/on edit/all): " + ", ".join(f"{k} {a}/{e}/{b}" for k, (a, e, b) in sorted(table.items())))
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "collect":
        return collect(argv[1], argv[2:])
    if len(argv) == 3 and argv[0] == "run":
        return run(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
