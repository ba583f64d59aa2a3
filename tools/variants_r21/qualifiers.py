"""Systematic variants of the market's qualifiers (census r20 class L, r21-qualifiers).

`qualifiers.py harvest` reads every development case (tests/data/realnews/batch-*.json only; never sealed or
held-out files) whose market carries a bar on a figure (derive_target: quantity or threshold) or a qualifier
(permanent/non-interim, unanimous, all/every, a place) and that the engine reads right and decisively, and keeps
the deciding sentence (/tmp/qualifiers/harvest.json).
`qualifiers.py variants [OUT]` rewrites each deciding sentence:

* B (bounds): the deciding figure replaced by the market's bar told with a bound word ('nearly 25 years',
  'up to 27 years', 'about 25 years', 'at least 25 years' for 'more than 25 years'); the range the bound names
  is compared with the bar and a verdict the range does not allow is a wrong firing.
* P (permanent): 'interim ' / 'acting ' put before the office of a yes sentence of a permanent-office market.
* U (unanimity): 'unanimously' / a 'unanimous' word dropped or turned into a split tally.
* A (all): 'all'/'every'/'all N' in a yes sentence of an all-market turned into a part ('two of the', 'most').
* L (place): the market's place in a yes sentence turned into another place.

A variant fires wrongly when the engine still reads it decisively the way the range or the qualifier rules out."""
import collections
import glob
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime

import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harvest  # noqa: E402  (the deciding sentences, harvest.one)
from resolver.engine import Article, Market, evaluate_market  # noqa: E402
from resolver.engine.derive import derive_target

ts = datetime.fromisoformat
OUT_DIR = "/tmp/qualifiers"
PERMANENT = re.compile(r"\bpermanent\b|\bnon-interim\b", re.I)
UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.I)
ALL = re.compile(r"\b(?:all|every)\b(?!-time|\s+time)")  # lower case: not a title's 'All'

PLACE = re.compile(r"\b(?:in|on|at)\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
OFFICES = r"(?:CEO|chief\s+executive(?:\s+officer)?|governor|Governor|president|President|chairman|chair|director|coach|manager|head)"


def _market(m):
    return Market(id="m", question=m["question"], deadline=ts(m["deadline"]), criteria=m.get("criteria", ""))


def _kinds(m):
    q = m["question"]
    try:
        t = derive_target(_market(m))
    except Exception:
        return []
    k = []
    if (t.quantity is not None and t.quantity_unit) or (t.threshold is not None and t.threshold_direction):
        k.append("B")
    if PERMANENT.search(q):
        k.append("P")
    if UNANIMOUS.search(q):
        k.append("U")
    if ALL.search(q):
        k.append("A")
    from resolver.engine.places import of_market
    if of_market(q):
        k.append("L")
    return k


def harvest_one(case):
    """harvest.one's record of a case whose market sets a bar or a qualifier, with those kinds."""
    kinds = _kinds(case["market"]) if case["expected"] in ("likely-yes", "likely-no") else None
    rec = harvest.one(case) if kinds else None
    return dict(rec, kinds=kinds) if rec and "error" not in rec else rec


def run(rec, text):
    m = rec["market"]
    title, body = (text, "") if rec["title_is"] else ("", text)
    art = Article(url=rec["url"], title=title, published=ts(rec["published"]), text=body, source=rec["url"].split("/")[2])
    return evaluate_market(_market(m), [art], min(ts(rec["as_of"]), ts(m["deadline"])))


def fired(v, label):
    """The verdict is `label` and a sentence carries it."""
    if v.verdict != label:
        return False
    sign = 1 if label == "likely-yes" else -1
    return any(c.counted and c.sentence and c.weight * sign > 0 for c in v.contributions)


# ---- B: bound words before the deciding figure -------------------------------------------------------------
_NUM = r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d]|[.,]\d)|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
_WORDS = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())}


def _fmt(x):
    if x == int(x):
        x = int(x)
        return f"{x:,}" if x >= 10000 else str(x)
    return f"{x:g}"


def _figures(s):
    for m in re.finditer(_NUM, s, re.I):
        raw = m.group(0)
        val = _WORDS[raw.lower()] if raw.lower() in _WORDS else float(raw.replace(",", ""))
        yield m.start(), m.end(), val


def _bar(t):
    if t.quantity is not None and t.quantity_unit:
        return t.quantity, "above", t.threshold_inclusive is not False
    return t.threshold, t.threshold_direction, bool(t.threshold_inclusive)


def _allowed(lo, hi, lo_in, hi_in, bar, direction, inclusive):
    """The verdict a value in the range (lo, hi) allows against the bar: {'yes'} or {'no'} when every value
    falls on one side of it, none (only undetermined) when the range straddles it."""
    def met(v):
        if direction == "above":
            return v > bar or (v == bar and inclusive)
        return v < bar or (v == bar and inclusive)
    eps = 1e-6
    ends = [lo if lo_in else lo + eps, hi if hi_in else hi - eps]
    got = {("yes" if met(v) else "no") for v in ends}
    if ends[0] < bar < ends[1]:
        got |= {"yes", "no"}
    return got if len(got) == 1 else set()


def b_variants(rec):
    t = derive_target(_market(rec["market"]))
    bar, direction, inclusive = _bar(t)
    if bar is None or bar <= 0 or direction not in ("above", "below"):
        return []
    s = rec["sentence"]
    # the deciding figure: one whose value read against the bar gives the verdict, nearest the bar
    want = "yes" if rec["expected"] == "likely-yes" else "no"
    cands = []
    for a, b, val in _figures(s):
        if re.match(r"\s*(?:%|percent|per\s+cent)", s[b:]) and t.threshold_unit not in ("percent", None) and \
                t.quantity_unit not in ("percent",):
            continue
        got = "yes" if (val > bar or (val == bar and inclusive)) == (direction == "above") else "no"
        said = s[a:b]
        told = rec.get("reason") or ""
        if not re.search(rf"(?<![\w.,]){re.escape(said)}(?![\w]|[.,]\d)", told, re.I):
            continue  # not the figure the deciding reading names
        if re.match(r"[^.;]{0,12}\b(?:needed|required|threshold|mark|bar)\b", s[b:]):
            continue  # the bar itself told in the report
        if got == want and 0.5 * bar <= val <= 2 * bar and not re.match(r"(?:19|20)\d\d$", said):
            cands.append((abs(val - bar), a, b, val))
    if not cands:
        return []
    _, a, b, val = min(cands)
    pre, post = s[:a], s[b:]
    if re.search(r"(?:more\s+than|over|nearly|almost|about|around|up\s+to|at\s+least|some|roughly|under|below|above|"
                 r"less\s+than|fewer\s+than)\s*$", pre, re.I):
        return []  # already bounded
    rec["_flip"] = None
    step = 1.0 if bar >= 5 or (bar == int(bar) and (t.quantity is not None or t.threshold_unit not in ("percent", "usd"))) else 0.1
    out = []
    past = bar + 2 * step if direction == "above" else bar - 2 * step
    # the control: the figure moved to the other side of the bar must change the reading, else the figure
    # is not what decides (another figure in the sentence does) and the sentence gives no variant
    other = (bar - 3 * step if direction == "above" else bar + 3 * step) if want == "yes" else \
        (bar + 3 * step if direction == "above" else bar - 3 * step)
    if other > 0:
        rec["_flip"] = pre + _fmt(other) + post
    short = bar - 2 * step if direction == "above" else bar + 2 * step
    if short <= 0:
        short = bar / 2
    for kind, word, fig, rng in [
        ("nearly-bar", "nearly", bar, (bar - step, bar, True, False)),
        ("almost-bar", "almost", bar, (bar - step, bar, True, False)),
        ("up-to-past", "up to", past, (0, past, True, True)),
        ("as-many-as-past", "as many as", past, (0, past, True, True)),
        ("about-bar", "about", bar, (bar - step, bar + step, True, True)),
        ("roughly-bar", "roughly", bar, (bar - step, bar + step, True, True)),
        ("at-least-bar", "at least", bar, (bar, float("inf"), True, True)),
        ("more-than-short", "more than", short, (short, float("inf"), False, True)),
        ("less-than-past", "less than", past, (0, past, True, False)),
    ]:
        lo, hi, lo_in, hi_in = rng
        ok = _allowed(lo, hi, lo_in, hi_in, bar, direction, inclusive)
        out.append((kind, pre + word + " " + _fmt(fig) + post, ok))
    return out


# ---- P, U, A, L ---------------------------------------------------------------------------------------------
def p_variants(rec):
    s, out = rec["sentence"], []
    if rec["expected"] != "likely-yes":
        return []
    m = re.search(rf"\b(?:permanent\s+|new\s+)?({OFFICES})\b", s)
    if not m or re.search(r"\b(?:interim|acting)\b", s, re.I):
        return []
    for w in ("interim", "acting"):
        out.append((f"{w}-office", s[:m.start()] + f"{w} {m.group(1)}" + s[m.end():], {"no", "und"}))
    return out


def u_variants(rec):
    s, out = rec["sentence"], []
    m = re.search(r",?\s*\bunanimously\b|\bunanimous(?:\s+vote)?\b", s, re.I)
    if rec["expected"] == "likely-yes" and m:
        word = m.group(0)
        if word.strip(", ").lower() == "unanimously":
            out.append(("drop-unanimously", s[:m.start()] + s[m.end():], {"und"}))
            out.append(("split-vote", s[:m.start()] + " on a 7-2 vote" + s[m.end():], {"no", "und"}))
        else:
            out.append(("split-vote", s[:m.start()] + "7-2 vote" + s[m.end():] if "vote" in word.lower()
                        else s[:m.start()] + "split" + s[m.end():], {"no", "und"}))
    m = re.search(r"\b(?:on|by)\s+(?:an?\s+)?\d{1,2}\s*(?:-|–|\s+to\s+)\s*\d{1,2}\s+(?:vote|decision|majority)\b|"
                  r",?\s*with\s+[^,.]{0,60}\bdissent\w*[^,.]{0,40}", s)
    if rec["expected"] == "likely-no" and m:
        # the manner dropped whole: the tally and any member told dissenting ('…, with Poole objecting …')
        rest = s[:m.start()] + s[m.end():]
        rest = re.sub(r",?\s*with\s+[^.]*?\b(?:dissent\w*|object\w*|voted\s+against|voting\s+against)\b[^.]*", "", rest)
        out.append(("drop-tally", rest, {"und"}))
    return out


def a_variants(rec):
    s, out = rec["sentence"], []
    if rec["expected"] != "likely-yes" or len(re.findall(r"\b(?:all|every|each)\b", s, re.I)) != 1:
        return []  # one word for all, the one rewritten (another left would still say all)
    m = re.search(r"\ball\s+(?:of\s+(?:the|its|their|his|her)\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten)?\b", s, re.I)
    if m:
        out.append(("part-two", s[:m.start()] + "two of the " + s[m.end():].lstrip() if not m.group(1)
                    else s[:m.start()] + "two of the " + m.group(1) + " " + s[m.end():].lstrip(), {"und", "no"}))
        out.append(("part-some", s[:m.start()] + "some " + s[m.end():].lstrip() if not m.group(1)
                    else s[:m.start()] + "some of the " + m.group(1) + " " + s[m.end():].lstrip(), {"und", "no"}))
        out.append(("part-most", s[:m.start()] + "most " + s[m.end():].lstrip() if not m.group(1)
                    else s[:m.start()] + "most of the " + m.group(1) + " " + s[m.end():].lstrip(), {"und", "no"}))
    return out


_OTHER_PLACES = ["Ohio", "Manchester", "Bavaria", "Osaka"]


def l_variants(rec):
    from resolver.engine.places import of_market
    s, out = rec["sentence"], []
    if rec["expected"] != "likely-yes":
        return []
    place = of_market(rec["market"]["question"])
    if not place or place not in s:
        return []
    other = next(p for p in _OTHER_PLACES if p != place and p not in rec["market"]["question"])
    i = s.find(place)
    out.append(("other-place", s[:i] + other + s[i + len(place):], {"und", "no"}))
    return out


GEN = {"B": b_variants, "P": p_variants, "U": u_variants, "A": a_variants, "L": l_variants}


def job(rec):
    rows = []
    try:
        v0 = run(rec, rec["sentence"])
    except Exception as e:  # noqa: BLE001
        return [dict(id=rec["id"], err=repr(e))]
    if not fired(v0, rec["expected"]):
        return []
    for cls in [k for k in rec["kinds"] if k in _kinds(rec["market"])]:
        made = GEN[cls](rec)
        if cls == "B" and made and (not rec.get("_flip") or fired(run(rec, rec["_flip"]), rec["expected"])):
            rows.append(dict(id=rec["id"], cls=cls, kind="control-unchanged", text=rec.get("_flip")))
            continue  # the figure moved across the bar does not change the reading: not the deciding figure
        for kind, text, ok in made:
            try:
                v = run(rec, text)
            except Exception as e:  # noqa: BLE001
                rows.append(dict(id=rec["id"], cls=cls, kind=kind, text=text, err=repr(e)))
                continue
            got = "yes" if fired(v, "likely-yes") else "no" if fired(v, "likely-no") else "und"
            rows.append(dict(id=rec["id"], cls=cls, kind=kind, text=text, got=got, ok=sorted(ok),
                             wrong=(got != "und" and got not in ok), expected=rec["expected"], rule=rec["rule"]))
    return rows


def main():
    import os
    os.makedirs(OUT_DIR, exist_ok=True)
    if sys.argv[1] == "harvest":
        cases = []
        for f in sorted(glob.glob("tests/data/realnews/batch-*.json")):
            cases += json.load(open(f))
        cases = [c for c in cases if c["expected"] in ("likely-yes", "likely-no") and _kinds(c["market"])]
        with ProcessPoolExecutor(2) as p:
            out = [r for r in p.map(harvest_one, cases, chunksize=10) if r]
        json.dump(out, open(f"{OUT_DIR}/harvest.json", "w"), indent=0)
        print(len(cases), "markets,", len(out), "harvested", collections.Counter(k for r in out for k in r.get("kinds", [])))
        return
    recs = [r for r in json.load(open(f"{OUT_DIR}/harvest.json")) if "error" not in r]
    with ProcessPoolExecutor(2) as p:
        rows = [x for rs in p.map(job, recs, chunksize=5) for x in rs]
    out = sys.argv[2] if len(sys.argv) > 2 else f"{OUT_DIR}/variants.json"
    json.dump(rows, open(out, "w"), indent=0)
    c = collections.Counter((r.get("cls"), r.get("kind"), r.get("wrong")) for r in rows)
    for k in sorted(c, key=str):
        print(k, c[k])
    for cls in GEN:
        rs = [r for r in rows if r.get("cls") == cls and r.get("kind") != "control-unchanged"]
        print(cls, "variants", len(rs), "wrong", sum(r.get("wrong", False) for r in rs), "cases", len({r["id"] for r in rs}))


if __name__ == "__main__":
    main()
