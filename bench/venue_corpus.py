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


# a real /api/posts page (100 posts, Metaculus/metac-bot-template history, no licence: measured only);
# written from each post's rules before running. B(D): "before D" (UTC reading, or any later zone's
# end of that day); E(D): "by/on D" (end of D, UTC or later zones)
def B(d): return W(_prev_end(d), d + "T14:00:00Z", **BIN)
def E(d): return W(d + "T23:59:59Z", _next(d) + "T14:00:00Z", **BIN)
def MC(n, lo, hi): return W(lo, hi, kind="categorical", outcomes=n)
def _prev_end(d):
    from datetime import date, timedelta
    return (date.fromisoformat(d) - timedelta(days=1)).isoformat() + "T23:59:59Z"
def _next(d):
    from datetime import date, timedelta
    return (date.fromisoformat(d) + timedelta(days=1)).isoformat()
EXP["x-metaculus-posts-page.json"] = {
  "39700": MC(9, "2025-12-31T11:00:00Z", "2025-12-31T11:01:00Z"),  # at 12:00 CET December 31, 2025
  "39336": B("2026-01-01"), "39756": E("2025-12-31"),
  "39779": MC(3, "2025-11-05T01:00:00Z", "2026-01-21T05:00:00Z"),  # election scheduled for November 4, 2025
  "39783": B("2026-01-01"), "39343": B("2026-01-01"), "39780": B("2025-11-01"), "39782": B("2025-11-01"),
  "39636": MC(10, "2025-09-29T03:00:00Z", "2026-01-01T14:00:00Z"),  # no date; not concluded before 2026: annulled
  "39712": W("2025-10-24T23:59:59Z", "2025-10-25T14:00:00Z", **BIN),  # meeting scheduled for October 20-24 (2025)
  "353": W("2150-12-31T23:59:59Z", "2151-01-03T01:00:00Z", **BIN),  # age 150 in or before 2150
  "39773": B("2025-11-01"), "38977": E("2025-12-31"), "39770": B("2026-01-01"), "38969": E("2025-12-31"),
  "38948": W("2025-12-31T12:59:00Z", "2025-12-31T19:00:00Z", **BIN),  # by 12:59 PM on December 31, 2025
  "31340": E("2025-12-31"), "39711": W("2026-11-03T04:59:59Z", "2026-11-03T05:00:00Z", **BIN),  # before Nov 3, 2026 EST
  "38980": E("2025-12-31"), "38971": E("2025-12-31"), "38966": E("2025-12-31"), "7444": E("2025-12-31"),
  "38981": W("2025-12-31T00:00:00Z", "2026-01-01T06:00:00Z", **BIN),  # the 2025 compliance review, no date
  "39331": W("2025-10-13T00:00:00Z", "2026-01-01T14:00:00Z", **BIN),  # winner declared; none before 2026: annulled
  "39342": MC(3, "2025-09-30T23:59:59Z", "2025-10-01T14:00:00Z"),  # September 2025, read on or after October 1
  "38940": B("2026-07-01"), "38974": E("2025-12-31"), "31326": E("2025-12-31"), "39699": B("2029-01-01"),
  "38968": E("2026-02-28"), "39334": MC(3, "2025-12-25T12:00:00Z", "2025-12-25T12:00:00Z"),  # no date
  "38960": E("2025-12-31"), "39167": MC(6, "2027-12-31T23:59:59Z", "2028-01-01T14:00:00Z"),
  "39324": W("2029-01-20T17:00:00Z", "2029-12-02T00:00:00Z", **BIN),  # Trump's 2025-2029 term
  "8512": W("2039-12-31T00:00:00Z", "2040-01-01T14:00:00Z", **BIN), "39734": B("2026-07-01"), "39112": B("2025-10-01"),
  "10686": B("2030-01-01"), "27062": W("2030-12-31T23:59:59Z", "2031-12-31T23:59:59Z", **BIN),  # between 2023 and 2030
  "39316": MC(3, "2025-10-01T12:00:00Z", "2025-10-01T12:00:00Z"),  # on October 1, 2025 at 12:00 PM UTC
  "30863": E("2025-12-31"), "15621": B("2027-01-01"), "6179": B("2031-01-01"),
  "39326": W("2025-09-15T10:00:00Z", "2025-09-16T14:00:00Z", **BIN),  # Grand Swiss 2025, no date
  "26336": W("2029-01-20T04:59:59Z", "2029-01-20T05:00:00Z", **BIN),  # prior to 00:00 Eastern Time on Jan 20, 2029
  "35969": MC(5, "2025-12-31T21:59:59Z", "2026-01-01T14:00:00Z"),  # before 00:00 January 1, 2026 Ukraine Time
  "38970": E("2025-12-31"), "38956": E("2025-12-31"),
  "39314": W("2030-11-02T02:00:00Z", "2031-12-31T23:59:59Z", **BIN),  # Fall 2030 data, final by December 31, 2031
  "36026": B("2026-01-01"), "38825": B("2035-01-01"),
  "34504": W("2026-09-26T23:59:59Z", "2028-01-01T05:00:00Z", **BIN),
  "10614": W("2074-12-31T00:00:00Z", "2075-01-01T14:00:00Z", **BIN), "39166": B("2028-01-01"), "39164": B("2031-01-01"),
  "39149": B("2031-01-01"), "39159": B("2027-01-01"), "26114": B("2026-01-01"), "38976": E("2025-12-31"),
  "39291": B("2025-12-01"), "39322": B("2026-01-01"), "39134": B("2028-01-01"),
  "37120": MC(6, "2029-01-19T23:59:59Z", "2029-01-20T14:00:00Z"), "37307": B("2026-05-01"),
  "36460": MC(6, "2025-12-31T23:59:59Z", "2026-01-01T14:00:00Z"), "38950": B("2027-02-01"),
  "34505": W("2025-09-27T23:59:59Z", "2025-09-30T14:00:00Z", **BIN), "35971": B("2029-01-20"),
  "39288": B("2025-12-01"), "39289": B("2025-12-01"), "39293": B("2025-11-24"),
  "39294": W("2025-10-12T23:59:59Z", "2025-12-01T14:00:00Z", **BIN), "39295": W("2025-10-29T23:59:59Z", "2025-12-01T14:00:00Z", **BIN),
  **{k: dict(refuse=True) for k in ("39761", "39781", "39792", "39775", "39330", "35360", "39757", "39758", "37871",
                                    "35367", "39755", "39710", "39315", "39344", "39733", "9538", "38772", "38420",
                                    "7911", "17101", "38419", "37879", "39329", "39323")},  # numeric and discrete
  "39300": B("2025-12-01"), "39312": W("2025-09-30T23:59:59Z", "2025-10-01T14:00:00Z", **BIN), "384": B("2040-01-01"),
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
