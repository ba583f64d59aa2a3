import sys, json, collections
sys.path.insert(0, 'tests'); sys.path.insert(0, __import__('os').path.dirname(__file__))
from conftest import case_runner
import variants
from variants import V, NEAR, M
def runner(case, pub, title):
    if "@" in case:
        base, key = case.split("@")
        market, as_of = M[key]
        return case_runner(base, "https://news.example.com/story", pub, as_of=as_of, title=title, market=market)
    return case_runner(case, "https://news.example.com/story", pub, title=title)
out = []
wrong_c = collections.Counter(); miss_c = collections.Counter(); tot = collections.Counter()
for g, case, pub, exp, title, text in V:
    v = runner(case, pub, title)(text)
    wrong = v.verdict in ("likely-yes", "likely-no") and v.verdict != exp
    miss = exp != "undetermined" and v.verdict == "undetermined"
    tot[g] += 1; wrong_c[g] += wrong; miss_c[g] += miss
    top = sorted([c for c in v.contributions if c.weight], key=lambda c: -abs(c.weight))[:1]
    out.append(dict(g=g, case=case, exp=exp, got=v.verdict, wrong=wrong, miss=miss, text=(title + ' || ' if title else '') + text,
                    why=[(c.rule, c.direction, c.reason[:90]) for c in top]))
    if '-q' not in sys.argv:
        print(('WRONG ' if wrong else 'miss  ' if miss else 'ok    ') + g, exp, v.verdict, '|', out[-1]['text'][:100], '|', out[-1]['why'], flush=True)
nw = 0
for case, pub, exp, title, text in NEAR:
    v = runner(case, pub, title)(text)
    ok = v.verdict == exp; nw += not ok
    print(('near-ok  ' if ok else 'NEAR-BAD ') + v.verdict, '|', text[:100])
print("still-wrong (decisive, wrong):", {g: f"{wrong_c[g]}/{tot[g]}" for g in sorted(tot)})
print("missed (undetermined, decisive expected):", {g: f"{miss_c[g]}/{tot[g]}" for g in sorted(tot) if miss_c[g]})
print("near-misses not decisive-right:", nw, "of", len(NEAR))
json.dump(out, open(sys.argv[1], 'w'), indent=1)
