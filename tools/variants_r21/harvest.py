"""Harvest the deciding sentences of right decisive verdicts on dev batches (single-outcome markets)."""
import glob, json, os, sys
from concurrent.futures import ProcessPoolExecutor
from resolver.backtest import case_inputs, evaluate_case
from resolver.config import Settings

S = Settings()

def one(case):
    try:
        if case["expected"] not in ("likely-yes", "likely-no"):
            return None
        market, arts, as_of = case_inputs(case, 0, S)
        if market.outcomes:
            return None
        v = evaluate_case(case, 0, S)
        if v.verdict != case["expected"]:
            return None
        sign = 1 if v.verdict == "likely-yes" else -1
        cs = [c for c in v.contributions if c.counted and c.sentence and c.weight * sign > 0]
        if not cs:
            return None
        best = max(cs, key=lambda c: abs(c.weight))
        rule = best.base_rule or best.rule
        ev = next((a for a in case["evidence"] if a["url"] == best.article_url), case["evidence"][0])
        return dict(id=case["id"], expected=case["expected"], rule=rule, sentence=best.sentence,
                    reason=best.reason, url=ev["url"], published=ev["published"], title_is=(best.sentence == ev.get("title")),
                    market=case["market"], as_of=case["as_of"])
    except Exception as e:
        return dict(id=case["id"], error=repr(e))

if __name__ == "__main__":
    cases = []
    for f in sorted(glob.glob("tests/data/realnews/batch-*.json")):
        cases += json.load(open(f))
    with ProcessPoolExecutor(2) as p:
        out = [r for r in p.map(one, cases, chunksize=20) if r]
    os.makedirs("/tmp/variants_r21", exist_ok=True)
    json.dump(out, open(sys.argv[1] if len(sys.argv) > 1 else "/tmp/variants_r21/harvest.json", "w"), indent=0)
    import collections
    print(len(out), collections.Counter(r.get("rule", "ERR") for r in out).most_common())
