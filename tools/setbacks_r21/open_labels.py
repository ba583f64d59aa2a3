import glob, json, re
from datetime import datetime
OPEN = re.compile(r"\b(indefinitely|until further notice|sine die|without (?:setting )?a (?:new |set )?(?:\w+ )?date|no (?:new |set )?date|no timeline|(?:know|sure) how long|on hold|shelved)\b", re.I)
PB = re.compile(r"\b(postpon\w+|delay\w*|defer\w*|suspend\w*|scrub\w*|put off|push\w* back|adjourn\w*|on hold|halt\w*|paus\w+|cancel\w*|call\w* off)\b", re.I)
ts = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
for f in sorted(glob.glob("tests/data/realnews/batch-*.json")):
    for c in json.load(open(f)):
        if c["market"].get("outcomes"): continue
        dl = ts(c["market"]["deadline"]); asof = ts(c["as_of"])
        for a in c["evidence"]:
            pub = ts(a["published"])
            if pub > asof: continue
            txt = (a.get("title") or "") + ". " + (a.get("text") or "")
            for s in re.split(r"(?<=[.!?])\s+", txt):
                if OPEN.search(s) and PB.search(s):
                    print(f"{(dl-pub).total_seconds()/86400:6.1f} asof-dl={(asof-dl).total_seconds()/86400:6.1f} {c['expected']:13s} {c['id']} | {c['market']['question'][:70]} | {s[:220]}")
                    break
