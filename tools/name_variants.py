"""Systematic name variants of the engine's own readings on development cases (twenty-first round, names).

    python tools/name_variants.py seeds FILE... --out SEEDS.json      # the readings to vary (current engine)
    python tools/name_variants.py run SEEDS.json [--out RESULT.json] [--show N]

`seeds` runs each development case through the engine and keeps, for every counted and weighted reading
of rival_outcome (toward no) that names the rival, and every counted and weighted reading of confirmation,
ruled_out, state_ended, threshold_crossed or threshold_missed whose sentence names one of the market's
actors (or its candidate), the case, the article and the sentence.

`run` makes, for each seed, minimal edits of its sentence inside its own article (the article alone is the
evidence, every other sentence left as it is) and runs the engine again:

* rival → the candidate's own name in another spelling (accents folded or written out, umlauts written
  out, a transliterated ending, a given name of the same family, initials with or without full stops, the
  surname alone, a dash written another way), a pronoun ('He', 'We'), the candidate behind a dateline
  ('PARIS, Oct 9 (Reuters) - '), or the office's place ("Chile's president"): the variant MUST NOT read as
  a rival's win (rival_outcome on the edited sentence);
* actor → another entity of the same kind (another country from a fixed list, another capitalised name
  of the same article that names none of the market's actors, or a fixed name of a person or company):
  the variant MUST NOT fire the seed's rule the seed's way on the edited sentence.

A seed whose unedited sentence does not fire again in its article alone is skipped (counted). Refused on
sealed or held-out files. Output is sorted, the same byte for byte for the same engine. RESOLVER_ROOT=<checkout>
runs another checkout's engine on the same edits (the count before a change).

Twenty-first round (names, on 53d9a10 → this branch): rival edits read as a rival's win 98 → 6 of 319; act edits
still firing 447 → 356 of 998 (another country 138 → 48; another firm, person or name of the article unchanged).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import sys
import unicodedata
from pathlib import Path

# RESOLVER_ROOT: the checkout whose engine runs (another worktree's, to count the edits before a change)
ROOT = Path(os.environ.get("RESOLVER_ROOT") or Path(__file__).resolve().parents[1])
sys.path.insert(0, str(ROOT))

ACT_RULES = ("confirmation", "ruled_out", "state_ended", "threshold_crossed", "threshold_missed")
RIVAL = "rival_outcome"
OTHER_COUNTRIES = ("Portugal", "Kenya", "Norway", "Peru", "Vietnam")
OTHER_PEOPLE = ("Maria Fernandes", "Thomas Keller")
OTHER_FIRMS = ("Halvorsen Group",)


def sealed(path: str) -> bool:
    p = Path(path)
    return p.name.startswith("sealed-") or "heldout" in p.parts or re.search(r"batch-1(1[5-9]|2\d)", p.name) is not None


def _rule(c: dict) -> str:
    return c.get("base_rule") or c["rule"]


def _opening(sentence: str) -> int:
    from resolver.engine.datelines import opening_end
    return opening_end(sentence)


def _rival_names(reason: str) -> list[str]:
    m = re.search(r"someone other than [^()]*\(([^()]*)\)", reason) or re.search(r"another titled [^()]*\(([^()]*)\)", reason)
    return [n.strip() for n in m.group(1).split(",") if n.strip()] if m else []


# --- seeds -----------------------------------------------------------------------------------------------------

def _seed_case(job):
    case, n = job
    from resolver.backtest import evaluate_case
    from resolver.config import Settings
    from resolver.engine.evaluate import market_context
    from resolver.engine import spec
    from resolver.backtest import case_inputs
    settings = Settings()
    try:
        v = evaluate_case(case, n, settings)
    except Exception as exc:  # noqa: BLE001
        return []
    market, _, _ = case_inputs(case, n, settings)
    if market.outcomes:
        return []
    ctx = market_context(market, spec.default_rule_set(market))
    pats = dict(ctx.actor_patterns)
    if ctx.candidate_pattern is not None and ctx.target.candidate:
        pats.setdefault(ctx.target.candidate, ctx.candidate_pattern)
    arts = {a["url"]: a for a in case["evidence"]}
    out = []
    for c in v.contributions:
        if not (c.counted and c.weight and c.sentence and c.article_url in arts):
            continue
        rule = c.base_rule or c.rule
        art = arts[c.article_url]
        where = "title" if c.sentence == art.get("title") else ("text" if c.sentence in art.get("text", "") else None)
        if where is None:
            continue
        seed = {"id": case.get("id"), "rule": rule, "direction": c.direction, "sentence": c.sentence,
                "url": c.article_url, "where": where, "reason": c.reason, "candidate": ctx.target.candidate,
                "actors": list(ctx.target.actors), "role": ctx.target.role}
        if rule == RIVAL and c.direction == "no":
            opening = _opening(c.sentence)
            names = [r for r in _rival_names(c.reason) if r in c.sentence[opening:] and not r.isupper()]
            if names and ctx.target.candidate and not ctx.candidate_pattern.search(c.sentence):
                out.append({**seed, "kind": "rival", "rivals": names})
        elif rule in ACT_RULES and sum(s["kind"] == "act" for s in out) < MAX_ACT_SEEDS:
            spans = {}
            for a in sorted(pats):
                if not _agent_like(a, ctx):
                    continue
                got = [m.group(0) for m in pats[a].finditer(c.sentence) if _swappable(a, m.group(0))]
                if got:
                    spans[a] = got
            if spans:
                out.append({**seed, "kind": "act", "found": spans})
    return out


MAX_ACT_SEEDS = 3  # a case's first readings of an act (the cost of a run stays a few minutes)


def _agent_like(actor: str, ctx) -> bool:
    """An actor that can do or undergo the act: not a word of the market's object or role ('Bank Rate',
    'Nobel Prize', 'Lisbon Treaty'), not lowercase."""
    from resolver.engine.entities import country_of
    words = {w.lower().strip("'’s") for w in actor.split()}
    own = set(ctx.target.object_terms) | set((ctx.target.role or "").lower().split())
    return actor[:1].isupper() and (country_of(actor) is not None or not words & own)


def _swappable(actor: str, span: str) -> bool:
    """A mention written as a name: for a country its name, not its demonym or capital."""
    from resolver.engine.entities import country_of, demonyms
    canon = country_of(actor)
    if canon is None:
        return span[:1].isupper()
    low = span.lower()
    return country_of(low) == canon and low not in demonyms() and low not in _capitals()


def _capitals() -> frozenset[str]:
    from countryinfo import CountryInfo
    return frozenset(str(i.get("capital") or "").lower() for i in CountryInfo("France").all().values())


def seeds(files: list[str], out: str) -> int:
    if any(sealed(f) for f in files):
        print("refused: sealed, held-out or unseen batch", file=sys.stderr)
        return 2
    jobs = []
    for f in files:
        cases = json.loads(Path(f).read_text(encoding="utf-8"))
        jobs += [(dict(c, _file=Path(f).name), n) for n, c in enumerate(cases, 1)]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        found = [s for r in pool.imap(_seed_case, jobs, chunksize=4) for s in r]
    files_of = {c.get("id"): c["_file"] for c, _ in jobs}
    for s in found:
        s["file"] = files_of[s["id"]]
    found.sort(key=lambda s: (s["file"], s["id"], s["kind"], s["url"], s["sentence"]))
    Path(out).write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(found)} seeds: {sum(s['kind'] == 'rival' for s in found)} rival, "
          f"{sum(s['kind'] == 'act' for s in found)} act")
    return 0


# --- variants --------------------------------------------------------------------------------------------------

def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_UML = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def candidate_spellings(candidate: str) -> list[tuple[str, str]]:
    """(kind, spelling) of the candidate's own name written another way."""
    from resolver.engine import transliteration
    out: list[tuple[str, str]] = [("exact", candidate)]
    words = candidate.split()
    if _fold(candidate) != candidate:
        out.append(("accents folded", _fold(candidate)))
    if candidate.translate(_UML) != candidate:
        out.append(("umlauts written out", candidate.translate(_UML)))
    from resolver.engine.entities import country_of
    from resolver.engine.text import all_lemmas
    person = 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and country_of(candidate) is None and \
        not any(all_lemmas(w.lower().strip(".")) and len(w) > 3 for w in words)
    for k, w in enumerate(words):
        alts = sorted(transliteration.spellings(w.lower()))
        if alts and w[:1].isupper() and not all_lemmas(w.lower()):
            alt = alts[0]
            out.append(("transliterated", " ".join(words[:k] + [alt[:1].upper() + alt[1:]] + words[k + 1:])))
    if len(words) >= 2 and words[0][:1].isupper():
        forms = sorted(transliteration.given_forms(words[0].lower()))
        if forms:
            out.append(("given name form", " ".join([forms[0].capitalize()] + words[1:])))
    lead = words[:-1]
    if lead and all(re.fullmatch(r"(?:[A-Z]\.)+", w) for w in lead):
        letters = "".join(c for w in lead for c in w if c.isalpha())
        out.append(("initials closed up", f"{letters} {words[-1]}"))
        out.append(("initials spaced", " ".join(f"{c}." for c in letters) + f" {words[-1]}"))
    elif len(lead) == 1 and re.fullmatch(r"[A-Z]{2,3}", lead[0]):
        out.append(("initials with stops", "".join(f"{c}." for c in lead[0]) + f" {words[-1]}"))
    if re.search(r"\s[\u2013\u2014-]\s", candidate):
        out.append(("dash written another way", re.sub(r"\s[\u2013\u2014-]\s", " - ", candidate)
                    if "\u2013" in candidate or "\u2014" in candidate else re.sub(r"\s-\s", " \u2013 ", candidate)))
    if person:
        out.append(("surname alone", words[-1]))
    seen, kept = set(), []
    for kind, s in out:
        if s not in seen:
            seen.add(s)
            kept.append((kind, s))
    return kept


_OFFICES = frozenset({"president", "prime minister", "chancellor", "premier", "governor", "mayor", "pope", "leader"})


def rival_variants(seed: dict) -> list[tuple[str, str]]:
    """(kind, edited sentence, what was put in) with every rival named replaced by a reading of the candidate itself."""
    from resolver.engine.entities import country_of
    sent, cand = seed["sentence"], seed["candidate"]
    out = []

    def swap(to: str) -> str:
        s = sent
        for r in sorted(seed["rivals"], key=len, reverse=True):
            s = re.sub(rf"(?<![\w-]){re.escape(r)}(?![\w-])", to, s)
        return s

    for kind, spelling in candidate_spellings(cand):
        out.append((kind, swap(spelling), spelling))
    for p in ("He", "We"):
        edited = swap(p)
        if edited.startswith(p) or re.search(rf"[.:;]\s+{p}\b", edited):
            out.append((f"pronoun '{p}'", edited, p))
    out.append(("dateline", "PARIS, Oct 9 (Reuters) - " + swap(cand), "PARIS Reuters " + cand))
    places = [a for a in seed["actors"] if country_of(a) and a != cand]
    if places and (seed.get("role") or "").lower() in _OFFICES:
        put = f"{places[0]}'s {seed['role'].lower()}"
        out.append(("office's place", swap(put), put))
    return [(k, s, p) for k, s, p in out if s != sent]


def _same_article_names(article: dict, avoid: list[str], pats) -> list[str]:
    text = f"{article.get('title', '')}\n{article.get('text', '')}"
    names = re.findall(r"(?<![\w.])(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})(?![\w])", text)
    out = []
    for n in names:
        if any(p.search(n) for p in pats) or any(w.lower() in {a.lower() for a in avoid} for w in n.split()):
            continue
        if n.split()[0] in {"The", "A", "An", "In", "On", "At", "But", "And", "For", "Mr", "Mrs", "Ms", "Dr", "President",
                            "Prime", "Minister", "January", "February", "March", "April", "May", "June", "July", "August",
                            "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
                            "Friday", "Saturday", "Sunday", "He", "She", "It", "They", "We", "This", "That"}:
            continue
        if n not in out:
            out.append(n)
    return out


def act_variants(seed: dict, article: dict, ctx) -> list[tuple[str, str]]:
    """(kind, edited sentence, what was put in) with one actor's every mention replaced by another entity of its kind."""
    from resolver.engine.entities import country_of
    pats = list(ctx.actor_patterns.values()) + ([ctx.candidate_pattern] if ctx.candidate_pattern else [])
    all_names = list(seed["actors"]) + ([seed["candidate"]] if seed["candidate"] else [])
    out = []
    for actor, spans in sorted(seed["found"].items()):
        if country_of(actor):
            others = [c for c in OTHER_COUNTRIES if not any(p.search(c) for p in pats)][:2]
            kinds = ["another country"] * len(others)
        else:
            local = _same_article_names(article, all_names, pats)[:1]
            person = len(actor.split()) in (2, 3) and all(w[:1].isupper() for w in actor.split())
            fixed = [OTHER_PEOPLE[0] if person else OTHER_FIRMS[0]]
            others = local + fixed
            kinds = ["another name of the article"] * len(local) + ["another person" if person else "another firm"]
        for kind, other in zip(kinds, others):
            s = seed["sentence"]
            for sp in sorted(set(spans), key=len, reverse=True):
                poss = other + "'s" if not other.endswith("s") else other + "'"
                s = re.sub(rf"(?<![\w-]){re.escape(sp)}(?:['’]s)(?![\w-])", poss, s)
                s = re.sub(rf"(?<![\w-]){re.escape(sp)}(?![\w-])", other, s)
            if s != seed["sentence"] and not any(p.search(s) for p in pats):
                out.append((f"{kind} for {actor}", s, other))
    return out


def _evaluate(case: dict, article: dict):
    from resolver.backtest import evaluate_case
    from resolver.config import Settings
    return evaluate_case({**case, "evidence": [article]}, 1, Settings())


def _fires(v, sentence: str, rule: str, direction: str) -> bool:
    return any(c.counted and c.weight and c.sentence == sentence and (c.base_rule or c.rule) == rule
               and c.direction == direction for c in v.contributions)


def _edited(article: dict, seed: dict, new: str) -> dict:
    if seed["where"] == "title":
        return {**article, "title": new}
    return {**article, "text": article["text"].replace(seed["sentence"], new)}


_CASES: dict = {}


def _run_seed(seed: dict) -> dict:
    from resolver.backtest import case_inputs
    from resolver.config import Settings
    from resolver.engine.evaluate import market_context
    from resolver.engine import spec
    case = _CASES[seed["id"]]
    article = next(a for a in case["evidence"] if a["url"] == seed["url"])
    res = {"id": seed["id"], "kind": seed["kind"], "rule": seed["rule"], "sentence": seed["sentence"], "variants": []}
    base = _evaluate(case, article)
    rule, direction = (RIVAL, "no") if seed["kind"] == "rival" else (seed["rule"], seed["direction"])
    if not _fires(base, seed["sentence"], rule, direction):
        res["skipped"] = True
        return res
    if seed["kind"] == "rival":
        market, _, _ = case_inputs(case, 1, Settings())
        pattern = market_context(market, spec.default_rule_set(market)).candidate_pattern
        if pattern is not None and pattern.search(seed["sentence"]):
            res["skipped"] = True  # the candidate named beside its rival: the edit would pit it against itself
            return res
        variants = rival_variants(seed)
    else:
        market, _, _ = case_inputs(case, 1, Settings())
        variants = act_variants(seed, article, market_context(market, spec.default_rule_set(market)))
    for kind, new, put in variants:
        v = _evaluate(case, _edited(article, seed, new))
        reasons = [c.reason for c in v.contributions if c.counted and c.weight and c.sentence == new
                   and (c.base_rule or c.rule) == rule and c.direction == direction]
        fired = bool(reasons)
        if fired and seed["kind"] == "rival":  # a rival still named in the sentence is no misreading of the edit
            named = [n for r in reasons for n in _rival_names(r)]
            fired = not named or any(set(n.lower().split()) & set(put.lower().replace("'s", "").split()) for n in named)
        res["variants"].append({"kind": kind, "sentence": new, "fired": fired, "verdict": v.verdict,
                                "reason": reasons[0][:300] if reasons else None})
    return res


def run(seeds_file: str, out: str | None, show: int, only: str | None) -> int:
    found = json.loads(Path(seeds_file).read_text(encoding="utf-8"))
    if only:
        found = [s for s in found if s["kind"] == only]
    root = Path(__file__).resolve().parents[1] / "tests" / "data" / "realnews"  # (the cases: this checkout's)
    for f in sorted({s["file"] for s in found}):
        if sealed(f):
            continue
        for c in json.loads((root / f).read_text(encoding="utf-8")):
            _CASES[c.get("id")] = c
    found = [s for s in found if s["id"] in _CASES]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        results = list(pool.imap(_run_seed, found, chunksize=2))
    for kind in ("rival", "act"):
        rs = [r for r in results if r["kind"] == kind]
        if not rs:
            continue
        vs = [v for r in rs if not r.get("skipped") for v in r["variants"]]
        print(f"{kind}: {len(rs)} seeds ({sum(bool(r.get('skipped')) for r in rs)} skipped), {len(vs)} variants, "
              f"{sum(v['fired'] for v in vs)} fired wrongly")
        by: dict[str, list[int]] = {}
        for v in vs:
            k = v["kind"].split(" for ")[0]
            by.setdefault(k, [0, 0])
            by[k][0] += v["fired"]
            by[k][1] += 1
        for k in sorted(by):
            print(f"  {k}: {by[k][0]}/{by[k][1]}")
    shown = 0
    for r in results:
        for v in r["variants"]:
            if v["fired"] and shown < show:
                shown += 1
                print(f"- {r['id']} [{r['rule']}] {v['kind']}:\n    {r['sentence'][:300]}\n -> {v['sentence'][:300]}")
    if out:
        Path(out).write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("seeds")
    s.add_argument("files", nargs="+")
    s.add_argument("--out", required=True)
    r = sub.add_parser("run")
    r.add_argument("seeds")
    r.add_argument("--out")
    r.add_argument("--show", type=int, default=0)
    r.add_argument("--only", choices=("rival", "act"))
    a = ap.parse_args(argv)
    if a.cmd == "seeds":
        return seeds(a.files, a.out)
    return run(a.seeds, a.out, a.show, a.only)


if __name__ == "__main__":
    sys.exit(main())
