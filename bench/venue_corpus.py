"""Issue 12's before/after figures: import every market of a directory of real venue responses
and class each as right (deadline inside the golden window, kind, outcome count and price as
expected), wrong (imported otherwise, or a value question imported at all) or refused.

    python -m bench.venue_corpus DIR

DIR holds the responses listed in tests/data/venues/real/README.md under the file names below
(most cannot be in this repository; see that README). The golden windows were written from each
market's rules text before the importer was run. Not run by the tests."""

import json
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import resolver.venues as V

# deadline window [lo, hi] (UTC); "refuse": a value question etc. that must not import as yes/no.
E5 = "2025-12-31T23:59:59Z"
def W(lo, hi=None, **kw): return dict(lo=lo, hi=hi or lo, **kw)
BIN = dict(kind="binary")
EXP = {
 # --- metaculus (Metaculus/forecasting-tools, MIT) ---
 "metaculus-api2-questions.json": {
   "25769": W("2024-09-30T23:59:59Z", "2024-10-01T14:00:00Z", **BIN),   # between Jan 1, 2022 and Sept 30, 2024
   "28305": W("2024-09-30T23:59:59Z", "2024-10-02T14:00:00Z", **BIN),   # price on Sep 30, read on Oct 1
 },
 "metaculus-posts-binary-1.json": {}, "metaculus-posts-binary-2.json": {},
 "metaculus-posts-multiple-choice.json": {
   "31858": W("2025-03-31T23:59:59Z", "2025-04-01T14:00:00Z", kind="categorical", outcomes=5),  # Jan 31 to Mar 31, 2025
   "31820": W("2025-03-31T23:59:59Z", "2025-04-03T05:00:00Z", kind="categorical", outcomes=3),  # for March 2025
   "34280": W("2025-03-29T23:59:59Z", "2025-03-30T14:00:00Z", kind="categorical", outcomes=3),  # on March 29, 2025
   "34281": W("2025-03-08T23:59:59Z", "2025-03-09T14:00:00Z", kind="categorical", outcomes=5),  # GW28 scheduled Mar 8
 },
 "metaculus-posts-numeric.json": {k: dict(refuse=True) for k in ("31656", "34483", "31822", "34278", "34279")},
 "metaculus-posts-date.json": {k: dict(refuse=True) for k in ("31818", "30596")},
 "metaculus-post-discrete.json": {"38880": dict(refuse=True)},
 # --- manifold ---
 "manifold-market-free-response.json": {"lEoqtnDgJzft6apSKzYK": W("2022-06-15T03:50:01Z", "2022-06-15T03:50:02Z", kind="categorical", outcomes=4)},
 "x-manifold-search-markets.json": {
   "UVHhF9M4jfGQcjdBshzd": W("2026-10-05T01:02:38Z", "2026-10-05T01:02:39Z", price=True, **BIN),
   "5pcLg2QtSA": dict(refuse=True),  # a list row of a multiple-choice market: no answers
   "Ss7VLXukYkrHyRLmkkZB": W("2026-10-05T01:01:02Z", "2026-10-05T01:01:03Z", price=True, **BIN),
   "g4demYcVGHlAHhlbDGed": W("2026-10-05T01:02:51Z", "2026-10-05T01:02:52Z", price=True, **BIN),
   "hghgQ9h5Ul": W("2026-10-04T23:59:00Z", "2026-10-04T23:59:01Z", price=True, **BIN),
 },
 "x-manifold-markets-blog.json": {"A2NuS86yps": W("2025-03-17T04:59:00Z", "2025-03-17T04:59:01Z", price=True, **BIN)},
 # --- polymarket (Polymarket/agents examples, MIT; the others measured only) ---
 "polymarket-markets-ten.json": {
   "503051": W("2024-07-31T12:00:00Z", "2024-08-01T04:00:00Z", price=True, **BIN),   # market close on July 31, 2024
   "500665": W("2024-09-04T03:59:59Z", "2024-09-06T04:00:00Z", price=True, **BIN),   # last primary September 3
   "255398": W("2025-01-01T04:59:00Z", "2025-01-01T06:00:00Z", price=True, **BIN),   # moved after Dec 31, 2024 11:59 PM ET
   "503484": W("2024-07-17T12:00:00Z", "2024-07-17T12:00:00Z", price=True, **BIN),   # no date in rules: endDate
   "501366": W("2024-12-01T04:59:00Z", "2024-12-01T13:00:00Z", price=True, **BIN),   # Nov 30 11:59 PM ET (to Dec 1 3 AM ET)
   "501153": W("2025-01-01T04:59:59Z", "2025-01-01T04:59:59Z", price=True, **BIN),   # by Dec 31, 2024, 11:59 PM ET
   "500962": W("2024-07-29T03:59:59Z", "2024-08-01T04:00:00Z", price=True, **BIN),   # weekend July 26 - July 28, final values
   "502903": W("2024-10-01T03:59:59Z", "2024-10-01T03:59:59Z", price=True, **BIN),   # by Sep 30, 2024, 11:59 PM ET
   "500111": W("2024-11-06T04:59:59Z", "2024-12-31T00:00:00Z", price=True, **BIN),   # election Nov 5, 2024, then calls
   "500640": W("2024-11-06T04:59:59Z", "2024-12-31T00:00:00Z", price=True, **BIN),   # 2024 general elections called
 },
 "x-polymarket-gopm-market.json": {"559651": W("2027-01-01T04:59:59Z", "2027-01-01T04:59:59Z", price=True, **BIN)},
 "x-polymarket-gopm-event.json": {"239826": W("2021-12-05T03:00:00Z", "2021-12-06T05:00:00Z", price=True, **BIN)},  # Dec 4 game
 # --- kalshi (measured only) ---
 "x-kalshi-cfb-games.json": {
   "KXNCAAFGAME-26SEP17SYRPITT-SYR": W("2026-09-18T05:30:00Z", "2026-09-19T04:00:00Z", price=True, **BIN),
   "KXNCAAFGAME-26SEP17SYRPITT-PITT": W("2026-09-18T05:30:00Z", "2026-09-19T04:00:00Z", price=True, **BIN),
   "KXNCAAFGAME-26SEP05CWUCP-CP": W("2026-09-06T06:00:00Z", "2026-09-07T04:00:00Z", price=True, **BIN),
 },
 "x-kalshi-cfb-ladders.json": {k: W("2026-09-06T03:59:59Z", "2026-09-07T04:00:00Z", price=True, **BIN) for k in (
   "KXNCAAFTOTAL-26SEP05SHUMONM-79", "KXNCAAFTOTAL-26SEP05SHUMONM-71", "KXNCAAFSPREAD-26SEP05UCDUSD-USD5")},
}
_bin = {  # metaculus binary posts: the end of the window the criteria state
 "29783": ("2024-12-07T00:00:00Z", "2025-01-08T14:00:00Z"),  # before game 11; fallback by 7 January 2025
 "34752": ("2025-02-28T23:59:59Z", "2025-03-01T14:00:00Z"), "34666": ("2025-03-31T23:59:59Z", "2025-04-01T14:00:00Z"),
 "34490": ("2025-04-01T23:59:59Z", "2025-04-02T14:00:00Z"), "31821": ("2025-04-30T23:59:59Z", "2025-05-01T14:00:00Z"),
 "34519": (E5, "2026-01-01T14:00:00Z"), "34517": ("2025-06-29T23:59:59Z", "2025-07-01T04:00:00Z"),
 "34516": (E5, "2026-01-01T14:00:00Z"), "34515": ("2025-06-30T23:59:59Z", "2025-07-01T14:00:00Z"),
 "34514": (E5, "2026-01-01T14:00:00Z"), "34512": (E5, "2026-01-01T14:00:00Z"), "34511": (E5, "2026-01-01T14:00:00Z"),
 "34509": (E5, "2026-01-01T14:00:00Z"), "34508": (E5, "2026-01-01T14:00:00Z"),
 "34507": ("2025-06-30T23:59:59Z", "2025-07-01T04:00:00Z"), "34506": ("2026-12-31T23:59:59Z", "2027-01-01T14:00:00Z"),
 "34505": ("2025-09-27T23:59:59Z", "2025-09-30T14:00:00Z"), "34504": ("2026-09-26T23:59:59Z", "2028-01-01T05:00:00Z"),
 "34503": ("2025-06-30T23:59:59Z", "2025-07-01T14:00:00Z"), "34521": (E5, "2026-01-01T14:00:00Z"),
 "34277": ("2025-03-31T23:59:59Z", "2025-04-01T14:00:00Z"), "34282": ("2025-04-05T23:59:59Z", "2025-04-06T14:00:00Z"),
}
for vid, (lo, hi) in _bin.items():
    EXP["metaculus-posts-binary-1.json"][vid] = W(lo, hi, **BIN)
# polymarket weather events (measured only): the highest temperature "on 30 Dec '25" / "on 20 Aug '26", local day
EXP["x-polymarket-weather-events.json"] = {
  **{k: W("2025-12-31T04:59:59Z", "2025-12-31T14:00:00Z", **BIN) for k in ("1046093", "1046096", "1046099")},
  "3688897": W("2026-08-20T20:59:59Z", "2026-08-21T06:00:00Z", **BIN),
}
EXP["manifold-markets-list.json"] = {"EvIhzcJXwhL0HavaszD7": W("2022-05-30T06:59:00Z", "2022-05-30T06:59:01Z", price=True, **BIN)}
EXP["metaculus-posts-report-examples.json"] = {
  "30927": dict(refuse=True),  # numeric
  "31010": W("2024-12-30T23:59:59Z", "2024-12-31T14:00:00Z", kind="categorical", outcomes=3),  # December 21-December 30, 2024
}



# Polymarket/agents examples/twenty_markets.json, records 11-20 (MIT): written from the rules before running
EXP["polymarket-markets-twenty-tail.json"] = {
  "503315": W("2025-02-10T03:30:00Z", "2025-02-11T05:00:00Z", price=True, **BIN),  # Super Bowl LIX, Feb 9, 2025, no date in rules
  "500621": W("2024-11-06T04:59:59Z", "2024-12-31T00:00:00Z", price=True, **BIN),  # election Nov 5, 2024, then calls
  "253665": W("2025-01-01T04:59:59Z", "2025-01-01T04:59:59Z", price=True, **BIN),  # by December 31, 2024, 11:59 PM ET
  "255123": W("2024-11-06T04:59:59Z", "2024-12-31T00:00:00Z", price=True, **BIN),  # 2024 presidential election, called
  "500193": W("2025-01-01T04:59:59Z", "2025-01-01T04:59:59Z", price=True, **BIN),  # between Jan 1 and Dec 31, 2024, 11:59 PM ET
  "503054": W("2024-09-01T03:59:59Z", "2024-09-01T03:59:59Z", price=True, **BIN),  # by 11:59 PM ET on August 31, 2024
  "503418": W("2024-07-19T16:00:00Z", "2024-07-19T16:01:00Z", price=True, **BIN),  # 19 July '24 12:00 in the ET timezone
  "255348": W("2024-11-06T04:59:59Z", "2024-12-31T00:00:00Z", price=True, **BIN),  # election Nov 5, 2024, then calls
  "502231": W("2025-01-01T04:59:59Z", "2025-01-01T04:59:59Z", price=True, **BIN),  # ... December 31, 2024, 11:59:59 PM ET
  "501066": W("2024-11-05T04:59:59Z", "2024-11-05T04:59:59Z", price=True, **BIN),  # by November 4, 2024, 11:59 PM ET
}


def t(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))
def market_ids(venue, data):
    """The ids of the markets a saved response holds, read without the importer."""
    if isinstance(data, dict):
        for key in ("results", "markets", "data"):
            if isinstance(data.get(key), list):
                return [i for x in data[key] for i in market_ids(venue, x)] if key != "markets" or venue != "kalshi" else [str(m["ticker"]) for m in data["markets"]]
        if isinstance(data.get("markets"), list) and "question" not in data:
            return [str(m["id"]) for m in data["markets"]]
        return [str(data.get("ticker") or data.get("id"))]
    return [i for x in data for i in market_ids(venue, x)]


GOLD = {vid: g for f in EXP.values() for vid, g in f.items()}
corpus = Path(sys.argv[1])
counts = defaultdict(Counter)
detail = []
for path in sorted(corpus.glob("*.json")):
    venue = next(v for v in ("polymarket", "kalshi", "manifold", "metaculus") if v in path.name)
    raw = path.read_bytes()
    data = V.decode(raw, str(path)) if hasattr(V, "decode") else json.loads(raw)
    ids = [vid for vid in EXP[path.name]] if EXP[path.name] else []
    if path.name == "metaculus-posts-binary-2.json":
        ids = []
    try:
        if hasattr(V, "parse_all"):
            res = V.parse_all(venue, data)
            got, refused = res.markets, {r["venue_id"]: r["reason"] for r in res.refused}
        else:
            got, refused = V.parse(venue, data), {}
    except Exception as exc:  # the old importer refuses a whole file
        got, refused = [], {"*": f"{exc.__class__.__name__}: {exc}"}
    vids = market_ids(venue, data)
    by_id = defaultdict(list)
    for vm in got:
        by_id[vm.venue_id.split("/")[0]].append(vm)
    questions = Counter(vm.market.question for vm in got)
    for vid in vids:
        g = GOLD.get(vid)
        if g is None:
            detail.append((venue, vid, "NO GOLDEN")); continue
        vms = by_id.get(vid)
        if not vms:
            counts[venue]["refused"] += 1
            detail.append((venue, vid, "refused", refused.get(vid) or refused.get("*") or "?")); continue
        if g.get("refuse"):
            counts[venue]["wrong"] += 1
            detail.append((venue, vid, "wrong", "imported a value question as " + vms[0].market.outcomes.__repr__())); continue
        vm = vms[0]
        why = []
        dl = vm.market.deadline
        if not (t(g["lo"]) <= dl <= t(g["hi"])):
            why.append(f"deadline {dl.isoformat()} not in [{g['lo']}, {g['hi']}]")
        kind = "categorical" if vm.market.outcomes else "binary"
        if kind != g["kind"]:
            why.append(f"kind {kind} != {g['kind']}")
        if g.get("outcomes") and len(vm.market.outcomes) != g["outcomes"]:
            why.append(f"{len(vm.market.outcomes)} outcomes != {g['outcomes']}")
        if g.get("price") and not vm.prices:
            why.append("no price")
        if questions[vm.market.question] > 1:
            why.append("same question as another market")
        counts[venue]["wrong" if why else "right"] += 1
        detail.append((venue, vid, "wrong" if why else "right", "; ".join(why) or vm.market.deadline.isoformat()))
for d in detail:
    print(*d, sep=" | ")
print()
tot = Counter()
for v in ("kalshi", "polymarket", "manifold", "metaculus"):
    c = counts[v]; tot.update(c)
    print(f"{v:11s} right {c['right']:3d}  wrong {c['wrong']:3d}  refused {c['refused']:3d}")
print(f"{'total':11s} right {tot['right']:3d}  wrong {tot['wrong']:3d}  refused {tot['refused']:3d}")
