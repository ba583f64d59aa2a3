"""Systematic variants of decisive development sentences: final results rewritten as provisional (A),
ruled-out acts rewritten as temporary setbacks (I). Counts the variants the engine still reads decisively."""
import json, re, sys
from datetime import datetime, timedelta
from concurrent.futures import ProcessPoolExecutor
from resolver.engine import Article, Market, evaluate_market

ts = datetime.fromisoformat
A_RULES = {"confirmation", "rival_outcome", "threshold_crossed", "threshold_missed", "vote_share", "candidate_wins"}
I_RULES = {"ruled_out", "scheduled_after_deadline", "failed_attempt", "called_off"}
CONTEST = re.compile(r"\b(?:win|wins|won|elected|election|vote|votes|referendum|runoff|run-off|seats?|majority|percent|%|"
                     r"title|champion\w*|final|cup|race|grand prix|gp|open|prize|award|nomination|primary|caucus|"
                     r"presiden\w+|mayor\w*|governor\w*|senat\w+|parliament\w*|leader\w*|premiership|league)\b", re.I)
WIN = re.compile(r"\b(?:has\s+won|have\s+won|had\s+won|won|wins|clinched|clinches|secured|secures|captured|captures|"
                 r"claimed|claims|took|takes|swept|sweeps|defeated|defeats|beat|beats|triumphed|triumphs)\b")
ELECTED = re.compile(r"\b(?:was|were|has\s+been|have\s+been|is|been)\s+(?:re-?)?elected\b")
CANCEL = re.compile(r"\b(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+|is\s+|are\s+|been\s+)?(?:cancell?ed|called\s+off|scrapped|"
                    r"abandoned|scrubbed|collapsed|broke\s+down|broken\s+down|axed|shelved|dropped|halted|suspended|"
                    r"postponed|delayed|put\s+off|pushed\s+back)\b", re.I)
CANCEL_HEAD = re.compile(r"\b(?:cancels?|calls\s+off|scraps|abandons|scrubs|collapses?|axes|shelves|halts|suspends|postpones|delays)\b", re.I)


def _lower_first(s):
    return s[0].lower() + s[1:] if s[:1].isupper() and not s[1:2].isupper() and s.split()[0].lower() in {
        "the", "a", "an", "in", "on", "with", "after", "this", "his", "her", "their", "its"} else s


def _end(s, tail):
    s = s.rstrip()
    q = ""
    while s and s[-1] in "\"'”’":
        q = s[-1] + q; s = s[:-1]
    if s.endswith("."):
        return s[:-1] + tail + "." + q
    return s + tail + q


ELECTION = re.compile(r"\b(?:elections?|elected|votes?|referendum|runoff|run-off|primary|caucus|ballots?|polls?)\b", re.I)
# words that settle a result whatever frame is put round it (a concession, a declaration, a final count)
SETTLED = re.compile(r"\b(?:conced\w+|declared|sworn|certif\w+|official\w*|final\w*|inaugurat\w+|confirm\w+|"
                     r"counted|count|provisional|preliminary|projected|projections?|exit|early|partial|returns|"
                     r"precincts|based\s+on|all\s+but|ballots\s+cast|polling\s+stations|ballots?\s+(?:counted|processed)|appointed|named|took\s+office)\b", re.I)
FINAL_CRIT = re.compile(r"\b(?:official|final|certified)\b", re.I)


def a_variants(s):
    out = []
    m = WIN.search(s)
    if m:
        out.append(("lead-count", _end(s[:m.start()] + "leads" + s[m.end():], ", with 52 % of votes counted")))
        out.append(("lead-early", _end(s[:m.start()] + "was leading" + s[m.end():], " in early returns")))
    m = ELECTED.search(s)
    if m:
        out.append(("elected-count", _end(s[:m.start()] + "is leading the count" + s[m.end():].replace(" as ", " for ", 1), ", with 52 % of votes counted")))
    out.append(("prelim-show", "Preliminary results show that " + _lower_first(s)))
    out.append(("exit-polls", "Exit polls suggest that " + _lower_first(s)))
    out.append(("count-tail", _end(s, ", with 52 % of votes counted")))
    out.append(("early-returns", _end(s, ", according to early returns")))
    return out


DATED_AFTER = re.compile(r"\b(?:until|till|into|next\s+(?:year|month|season|spring|summer|autumn|fall|winter)|(?:19|20)\d\d|"
                         r"for\s+(?:at\s+least\s+)?(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:weeks?|months?|years?|days?|hours?)|"
                         r"to\s+(?:[A-Z]|\d|next|the\s+(?:end|spring|summer|fall|autumn|winter|new))|indefinitely|"
                         r"by\s+(?:a|an|one|two|three|\d+)\s+\w+|after\s+the|later)\b")
SOFT = re.compile(r"postponed|delayed|put\s+off|pushed\s+back", re.I)


def i_variants(s):
    out = []
    m = CANCEL.search(s)
    if m and (SOFT.search(m.group(0)) or DATED_AFTER.search(s[m.end():m.end() + 60])):
        return []
    m2 = CANCEL_HEAD.search(s)
    if m2 and (re.match(r"postpones|delays", m2.group(0), re.I) or DATED_AFTER.search(s[m2.end():m2.end() + 60])):
        return []
    if m:
        pre, post = s[:m.start()], s[m.end():]
        aux = "was " if not re.search(r"\b(?:was|were|is|are|has|have)\s*$", pre) and re.search(r"\b(?:has|have|had)\s+been\b|\b(?:was|were|is|are)\b", m.group(0)) else ""
        aux = re.match(r"(?:has\s+been|have\s+been|was|were|is|are|been)\s+", m.group(0), re.I)
        aux = aux.group(0) if aux else ""
        out.append(("postponed-notice", _end(pre + aux + "postponed until further notice" + post, "")))
        out.append(("scrub-retry", _end(pre + aux + "scrubbed" + post, ", with the next attempt set for Thursday")))
        out.append(("suspended-resume", _end(pre + aux + "suspended" + post, ", and is expected to resume next week")))
    else:
        m = CANCEL_HEAD.search(s)
        if m:
            pre, post = s[:m.start()], s[m.end():]
            out.append(("postpones-notice", _end(pre + "postpones" + post, " until further notice")))
            out.append(("scrubs-retry", _end(pre + "scrubs" + post, ", next attempt Thursday")))
    return out


def run(rec, text):
    m = rec["market"]
    market = Market(id="m", question=m["question"], deadline=ts(m["deadline"]), criteria=m.get("criteria", ""))
    title, body = (text, "") if rec["title_is"] else ("", text)
    art = Article(url=rec["url"], title=title, published=ts(rec["published"]), text=body, source=rec["url"].split("/")[2])
    return evaluate_market(market, [art], ts(rec["as_of"]))


def fired(v, expected):
    if v.verdict != expected:
        return False
    sign = 1 if expected == "likely-yes" else -1
    return any(c.counted and c.sentence and c.weight * sign > 0 for c in v.contributions)


def job(rec):
    rows = []
    from resolver.engine.contests import projections_count
    if projections_count(rec["market"].get("criteria", "")):
        return []  # a media call is what such a market counts
    rec = dict(rec, as_of=min(ts(rec["as_of"]), ts(rec["market"]["deadline"])).isoformat())
    try:
        v0 = run(rec, rec["sentence"])
    except Exception as e:
        return [dict(id=rec["id"], err=repr(e))]
    if not fired(v0, rec["expected"]):
        return []
    if rec["rule"] in A_RULES and ELECTION.search(rec["market"]["question"]) and not SETTLED.search(rec["sentence"]) \
            and (WIN.search(rec["sentence"]) or ELECTED.search(rec["sentence"]) or "%" in rec["sentence"] or "per" in rec["sentence"]):
        vs = [("A",) + t for t in a_variants(rec["sentence"])
              if t[0] != "prelim-show" or FINAL_CRIT.search(rec["market"].get("criteria", ""))]
    elif rec["rule"] in I_RULES and ts(rec["market"]["deadline"]) - ts(rec["published"]) > timedelta(days=5):
        vs = [("I",) + t for t in i_variants(rec["sentence"])]
    else:
        return []
    for cls, kind, text in vs:
        try:
            v = run(rec, text)
        except Exception as e:
            rows.append(dict(id=rec["id"], cls=cls, kind=kind, text=text, err=repr(e))); continue
        rules = sorted({(c.base_rule or c.rule) for c in v.contributions if c.counted and c.sentence and c.weight})
        rows.append(dict(id=rec["id"], cls=cls, kind=kind, rule=rec["rule"], text=text, verdict=v.verdict,
                         wrong=fired(v, rec["expected"]), rules=rules, expected=rec["expected"]))
    return rows


if __name__ == "__main__":
    recs = json.load(open(sys.argv[2] if len(sys.argv) > 2 else "/tmp/variants_r21/harvest.json"))
    recs = [r for r in recs if "error" not in r]
    with ProcessPoolExecutor(2) as p:
        rows = [x for rs in p.map(job, recs, chunksize=10) for x in rs]
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/variants_r21/variants.json"
    json.dump(rows, open(out, "w"), indent=0)
    import collections
    c = collections.Counter((r.get("cls"), r.get("kind"), r.get("wrong")) for r in rows)
    for k in sorted(c, key=str):
        print(k, c[k])
    for cls in ("A", "I"):
        rs = [r for r in rows if r.get("cls") == cls]
        print(cls, "variants", len(rs), "wrong", sum(r.get("wrong", False) for r in rs),
              "decisive", sum(r.get("verdict", "undetermined") != "undetermined" for r in rs),
              "cases", len({r["id"] for r in rs}))
