"""Counts the group-D variants (tests/r26_probed_data.py) read with the wrong decisive verdict, and near-misses."""
import sys, collections
sys.path.insert(0, 'tests')
from conftest import case_runner
from r26_probed_data import V, NEAR, PUB, as_of
wrong = collections.Counter(); tot = collections.Counter()
for kind, case, bad, title, text in V:
    v = case_runner(case, "https://news.example.com/story", PUB[case], as_of=as_of(case), title=title)(text)
    w = v.verdict == bad
    tot[kind] += 1; wrong[kind] += w
    top = sorted([c for c in v.contributions if c.weight], key=lambda c: -abs(c.weight))[:1]
    print(('WRONG ' if w else 'ok    ') + kind, v.verdict, '|', text[:90], '|', [(c.rule, c.reason[:80]) for c in top])
nb = 0
for case, exp, title, text in NEAR:
    v = case_runner(case, "https://news.example.com/story", PUB[case], as_of=as_of(case), title=title)(text)
    nb += v.verdict != exp
    print(('near-ok  ' if v.verdict == exp else 'NEAR-BAD ') + v.verdict, '|', text[:90])
print("wrong:", sum(wrong.values()), "of", len(V), dict((k, f"{wrong[k]}/{tot[k]}") for k in tot))
print("near-misses not as expected:", nb, "of", len(NEAR))
