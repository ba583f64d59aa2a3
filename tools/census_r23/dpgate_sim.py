"""Post-hoc simulation of the deadline-passed gate (twenty-third round). For every likely-no resting on
deadline_passed alone in the given trace dumps (tools/trace_dump.py output), apply a condition to the case's
sentences that no contribution of the trace cites, using the engine on PYTHONPATH for the sentence analysis
only (market context, sentences, mentions); print which cases would turn undetermined.

    python dpgate_sim.py [--show] DUMP.jsonl ...

Development files only (refuses sealed and held-out: it reads tests/data/realnews/batch-*.json)."""
import glob, json, sys, collections
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from resolver.backtest import case_inputs  # noqa: E402
from resolver.config import Settings  # noqa: E402
from resolver.engine import datelines  # noqa: E402
from resolver.engine.analysis import analyse  # noqa: E402
from resolver.engine.evaluate import market_context  # noqa: E402
from resolver.engine.spec import default_rule_set  # noqa: E402
sys.path.insert(0, str(Path(__file__).resolve().parent))
import dpgate_condition as dp_gate  # noqa: E402

CASES = {}
for f in sorted(glob.glob(str(ROOT / "tests/data/realnews/batch-*.json"))):
    for n, c in enumerate(json.load(open(f)), 1):
        CASES[c["id"]] = (Path(f).name, n, c)


ALL = "--all" in sys.argv  # every deadline-passed likely-no, not only those resting on the deadline alone


def dp_alone(r):
    if r["verdict"] != "likely-no" or r["status"] != "deadline-passed":
        return False
    if ALL:
        return True
    return not [k for k in r["reason"]["contributions"] if k["counted"] and k["direction"] == "no"
                and k["rule"] != "deadline_passed"]


def cited(r):
    return {" ".join((k["sentence"] or "").split()) for k in r["reason"]["contributions"] if k.get("sentence")}


def hits(r, settings):
    _, n, case = CASES[r["id"]]
    market, articles, as_of = case_inputs(case, n, settings)
    ctx = market_context(market, default_rule_set(market))
    read = cited(r)
    out = []
    for a in sorted((datelines.local(a) for a in articles if a.published <= as_of), key=lambda a: (a.published, a.url)):
        for f in analyse(ctx, a):
            if " ".join(f.sent.text.split()) in read:
                continue
            k = dp_gate.held_at(ctx, f)
            if k is not None:
                out.append((f.sent.tokens[k].text, f.sent.text))
    return case, out


def main(argv):
    show = "--show" in argv
    settings = Settings()
    tally = collections.Counter()
    for path in [a for a in argv if not a.startswith("--")]:
        for line in open(path):
            r = json.loads(line)
            if r["id"] not in CASES or not dp_alone(r):
                continue
            case, out = hits(r, settings)
            right = case["expected"] == "likely-no"
            tally[("right" if right else "wrong", "held" if out else "kept")] += 1
            if out or show:
                print(f"{'RIGHT' if right else 'WRONG'} {'HELD' if out else 'kept'} {case.get('kind')} {r['id']}")
                for w, s in out[:3]:
                    print(f"     [{w}] {s[:220]}")
    for k in sorted(tally):
        print(k, tally[k])


if __name__ == "__main__":
    main(sys.argv[1:])
