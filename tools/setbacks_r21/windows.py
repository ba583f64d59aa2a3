"""Class I variants × windows (r21-setbacks). Each right decisive likely-no whose deciding sentence calls the act
off (ruled_out, scheduled_after_deadline, failed_attempt, called_off; harvest.py) is rewritten as a temporary setback
(variants_r21 class I rewrites: 'postponed until further notice', 'scrubbed, with the next attempt set for Thursday',
'suspended, and is expected to resume next week') and read with the case's market alone, its deadline moved to N days
after the article's day (N in WINDOWS), as of the article's day. Counts per (rewrite, N): decisive no read from the
setback sentence ('fired'), and whether that is wanted: an open-ended push-back rules the act out only within the
act's lead time (open_setbacks.lead_time); a dated retry (Thursday, next week) inside the window never does.
Run from the worktree root with PYTHONPATH set: `windows.py [HARVEST] [OUT]`. Globs nothing itself."""
import collections, json, os, re, sys
from datetime import datetime, timedelta
from concurrent.futures import ProcessPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "variants_r21"))
from variants import i_variants, I_RULES, fired, run  # noqa: E402
# the lead times read from this checkout's data (so an engine without open_setbacks.py can be measured too)
_DATA = json.load(open(os.path.join(os.path.dirname(__file__), "..", "..", "resolver", "data", "open_setbacks.json")))


def lead_time(question):
    """open_setbacks.lead_time, from the data file: the days the market's act needs, at least the cut-off."""
    from resolver.engine import Market
    from resolver.engine.derive import derive_target
    t = derive_target(Market(id="m", question=question, deadline=datetime(2030, 1, 1).astimezone()))
    head = (t.object_terms or [""])[-1].lower()
    best = _DATA["cut_off_days"]
    for row in _DATA["lead_times"]:
        def hit(ws, text):
            return bool(ws) and re.search(r"\b(?:" + "|".join(map(re.escape, ws)) + r")\b", text, re.I) is not None
        if row["days"] > best and (head in row["heads"] or hit(row["objects"], t.object or "") or (t.act or "") in row["acts"]
                                   or hit(row["question"], question)):
            best = row["days"]
    return best


ts = datetime.fromisoformat
WINDOWS = (2, 5, 7, 10, 16, 30, 60, 120)


def _retry_day(kind, pub):
    """The retry's first day: next Thursday (after the article's day), or next week's Monday."""
    d = pub.date()
    if "retry" in kind:
        return d + timedelta(days=(3 - d.weekday()) % 7 or 7)
    if "resume" in kind:
        return d + timedelta(days=7 - d.weekday())
    return None


def job(rec):
    if rec.get("expected") != "likely-no" or rec.get("rule") not in I_RULES:
        return []
    pub = ts(rec["published"])
    rows = []
    for kind, text in i_variants(rec["sentence"]):
        for n in WINDOWS:
            deadline = datetime.combine(pub.date() + timedelta(days=n), datetime.max.time().replace(microsecond=0), pub.tzinfo)
            market = dict(rec["market"], deadline=deadline.isoformat())
            r = dict(rec, market=market, as_of=(pub + timedelta(hours=12)).isoformat())
            try:
                v = run(r, text)
            except Exception as e:
                rows.append(dict(id=rec["id"], kind=kind, n=n, err=repr(e)))
                continue
            hit = fired(v, "likely-no")
            retry = _retry_day(kind, pub)
            if retry is not None:
                wanted = retry > deadline.date()  # a retry after the deadline may rule out; inside it never
            else:
                wanted = n <= lead_time(rec["market"]["question"])
            rows.append(dict(id=rec["id"], kind=kind, n=n, text=text, fired=hit, wanted=wanted, verdict=v.verdict))
    return rows


if __name__ == "__main__":
    src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/setbacks/harvest.json"
    recs = [r for r in json.load(open(src)) if "error" not in r]
    with ProcessPoolExecutor(2) as p:
        rows = [x for rs in p.map(job, recs, chunksize=4) for x in rs]
    if len(sys.argv) > 2:
        json.dump(rows, open(sys.argv[2], "w"), indent=0)
    c = collections.Counter()
    for r in rows:
        if "err" in r:
            c[(r["kind"], r["n"], "err")] += 1
            continue
        retry = "retry" in r["kind"] or "resume" in r["kind"]  # a retry after the deadline may rule out, need not
        c[(r["kind"], r["n"], "wrong" if r["fired"] and not r["wanted"] else "missed" if r["wanted"] and not r["fired"]
           and not retry else "right")] += 1
    kinds = sorted({k[0] for k in c})
    print("rewrite             N  right wrong missed")
    for kind in kinds:
        for n in WINDOWS:
            print(f"{kind:18s} {n:3d} {c[(kind, n, 'right')]:6d} {c[(kind, n, 'wrong')]:5d} {c[(kind, n, 'missed')]:6d}"
                  + (f" err {c[(kind, n, 'err')]}" if c[(kind, n, 'err')] else ""))
    tot = collections.Counter(k[2] for k in c.elements())
    print("TOTAL variants", sum(tot.values()), dict(sorted(tot.items())), "cases", len({r["id"] for r in rows}))
