"""Systematic variants of class D (census r20 §6: a figure of another measure, period, place or vintage taken as
the market's figure). Each right decisive deciding sentence of a threshold market (harvest.py, rules
threshold_crossed / threshold_missed) is rewritten so that its figure becomes another one's: another period
(month-on-month for an annual market, so far this year, annualised against quarter-on-quarter), another measure
(core, food, producer prices; nominal GDP, per capita; youth unemployment; another policy rate, a bond yield;
intraday for a close; another currency; worldwide for domestic), another place (a region for a country) and
another vintage (flash for final, revised for a first release). Every variant must not decide the market; the
script counts those still read decisively in the original's direction.

    PYTHONPATH=. python tools/variants_r21/figure_variants.py HARVEST.json OUT.json
"""
import json, re, sys
from concurrent.futures import ProcessPoolExecutor

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from variants import fired, run, ts  # noqa: E402

TOPICS = [
    ("INFL", r"inflation|\bCPI\b|consumer price|\bHICP\b"),
    ("GDP", r"\bGDP\b|gross domestic|economy"),
    ("UNEMP", r"unemployment|jobless"),
    ("PAY", r"payroll|jobs report"),
    ("RATE", r"\brates?\b|Selic|repo|refinanc"),
    ("BOX", r"box office|\bgross|opening weekend|admissions|debut"),
    ("TOLL", r"death|toll|killed|dead"),
    ("VOTE", r"\bvotes?\b|turnout|ballot|election|referendum|runoff|run-off"),
    ("PRICE", r"close|trade|settle|price|market cap|valuation|\$|€|£"),
]
REGIONS = [  # a region of the country the market names (another place)
    (r"\bU\.?S\.?\b|United States|America|Fed\b|Federal Reserve", "in California"),
    (r"\bUK\b|Britain|British|England", "in Scotland"), (r"Japan", "in Tokyo"), (r"German", "in Bavaria"),
    (r"Canad", "in Ontario"), (r"Australia", "in Victoria"), (r"India", "in rural areas"), (r"China|Chinese", "in Shanghai"),
    (r"Brazil", "in Sao Paulo"), (r"Turk", "in Istanbul"), (r"Argentin", "in Buenos Aires"), (r"Nigeria", "in Lagos"),
    (r"euro area|eurozone|euro zone|Eurostat|ECB", "in Germany"), (r"Spain|Spanish", "in Catalonia"), (r"France|French", "in Paris"),
]

INFL_NOUN = re.compile(r"\b(?:consumer price index|Consumer Price Index|Consumer Prices Index|consumer prices|CPI|inflation(?: rate)?)\b")
GDP_NOUN = re.compile(r"\b(?:gross domestic product|GDP|[Ee]conomy)\b")
UNEMP_NOUN = re.compile(r"\b(?:unemployment|jobless)(?: rate)?\b", re.I)
RATE_NOUN = re.compile(r"\b(?:(?:key|benchmark|policy|main|base|cash|bank|repo|overnight|deposit|refinanc\w*|reference|target|"
                       r"lending|short-term|Selic|monetary\s+policy)\s+)*(?:interest\s+)?rates?\b", re.I)
CLOSE_VERB = re.compile(r"\b(?:closed|closes|close|settled|settles|settle|ended|ends|finished|finishes)\b(?=\s+(?:at|above|below|"
                        r"up|down|higher|lower|the\s+day|just|a\s+hair|over|under|on|\w+\s+at)\b)", re.I)
MONEY = re.compile(r"(US\$|\$US|A\$|C\$|\$|€|£|¥|₹|Rs\.?\s?)(?=\s?\d)")
ANNUAL_WORDS = re.compile(r"\b(?:year[- ]on[- ]year|year[- ]over[- ]year|on\s+(?:the\s+|a\s+)?year|from\s+a\s+year\s+(?:ago|earlier)|"
                          r"compared\s+with\s+12\s+months\s+earlier|annual|annually|over\s+the\s+last\s+12\s+months|in\s+the\s+12\s+months\b[^,.]*)",
                          re.I)
DEATH = [(re.compile(r"\bdeath toll\b", re.I), "injury toll"), (re.compile(r"\b(?:killed|dead)\b"), "injured"),
         (re.compile(r"\bdeaths\b"), "injuries"), (re.compile(r"\blives\b"), "injuries"), (re.compile(r"\bdied\b"), "were injured")]


def figure_span(s: str, reason: str):
    m = re.search(r"'([^']+)'", reason)
    if m and m.group(1) in s:
        k = s.find(m.group(1))
        return k, k + len(m.group(1))
    m = re.search(r"\d[\d,.]*\s*(?:%|percent|per\s+cent|million|billion|trillion|crore)?", s)
    return (m.start(), m.end()) if m else None


def after_fig(s, span, words):
    end = span[1]
    while end < len(s) and not s[end].isspace() and s[end] not in ",.;:)(":
        end += 1  # '$122M': after the whole token
    return s[:end] + words + s[end:]


def sub1(rx, repl, s):
    m = rx.search(s)
    if not m:
        return None
    r = repl(m) if callable(repl) else repl
    return s[:m.start()] + r + s[m.end():]


def ops(topic, s, span, q, crit, direction):
    qc = (q + " " + crit).lower()
    out = []
    if topic == "INFL":
        if "core" not in qc:
            out.append(("measure", "core", sub1(INFL_NOUN, lambda m: "core " + m.group(0), s)))
        out.append(("measure", "food", sub1(re.compile(r"\binflation\b"), "food inflation", s)))
        out.append(("measure", "producer", sub1(re.compile(r"\b(?:consumer price index|Consumer Price Index|Consumer Prices Index|"
                                                           r"consumer prices|CPI)\b"), "producer price index", s.replace("(CPI)", "(PPI)"))))
        if not re.search(r"month", q, re.I):
            if ANNUAL_WORDS.search(s):
                def monthly(m):
                    w = m.group(0).lower()
                    r = ("monthly" if w.startswith("annual") else "month-on-month" if re.match(r"year[- ]", w) or w.startswith("on")
                         else "from the previous month")
                    return r[0].upper() + r[1:] if m.group(0)[0].isupper() else r
                out.append(("period", "mom-swap", sub1(ANNUAL_WORDS, monthly, s)))
            else:
                out.append(("period", "mom", after_fig(s, span, " month-on-month")))
        else:
            out.append(("period", "yoy", after_fig(s, span, " year-on-year")))
        out.append(("period", "ytd", after_fig(s, span, " so far this year")))
    if topic == "GDP":
        if "nominal" not in qc:
            out.append(("measure", "nominal", sub1(GDP_NOUN, lambda m: "nominal " + ("GDP" if m.group(0).lower() == "economy" else m.group(0)), s)))
        out.append(("measure", "per-capita", sub1(re.compile(r"\b(?:GDP|gross domestic product)\b"), lambda m: m.group(0) + " per capita", s)))
        if re.search(r"annuali[sz]ed|annual rate|annual pace", qc):
            out.append(("period", "qoq", after_fig(s, span, " quarter-on-quarter")))
        elif re.search(r"quarter", qc):
            out.append(("period", "annualised", after_fig(s, span, " at an annualised rate")))
            out.append(("period", "yoy", after_fig(s, span, " year-on-year")))
        out.append(("period", "ytd", after_fig(s, span, " so far this year")))
    if topic == "UNEMP":
        out.append(("measure", "youth", sub1(UNEMP_NOUN, lambda m: "youth " + m.group(0), s)))
        out.append(("measure", "underemployment", sub1(UNEMP_NOUN, "underemployment rate", s)))
    if topic == "PAY":
        out.append(("measure", "adp", after_fig(s, span, ", according to payroll processor ADP,")))
        out.append(("measure", "private", sub1(re.compile(r"\b(?:payrolls|employers)\b", re.I), lambda m: "private " + m.group(0), s)))
    if topic == "RATE":
        if "lending" not in qc:
            out.append(("measure", "lending", sub1(RATE_NOUN, "prime lending rate", s)))
        out.append(("measure", "yield", sub1(RATE_NOUN, "10-year bond yield", s)))
        out.append(("measure", "inflation", sub1(RATE_NOUN, "inflation rate", s)))
        out.append(("measure", "mortgage", sub1(RATE_NOUN, "average mortgage rate", s)))
    if topic in ("PRICE",) and re.search(r"\b(?:close|closes|closing|settle|settles|settlement)\b", qc):
        out.append(("measure", "intraday", sub1(CLOSE_VERB, lambda m: "traded intraday", s)))
    if topic == "PRICE" and MONEY.search(s[max(0, span[0] - 4):span[1]]):
        def cur(m):
            return "€" if m.group(1) != "€" else "$"
        out.append(("measure", "currency", s[:max(0, span[0] - 4)] + MONEY.sub(cur, s[max(0, span[0] - 4):span[1]], 1) + s[span[1]:]))
    if topic == "PRICE" and re.search(r"\bspot\b", qc) and not re.search(r"futures", s, re.I):
        out.append(("measure", "futures", after_fig(s, span, " in futures trading")))
    if topic == "PRICE" and re.search(r"futures|settle", qc) and not re.search(r"\bspot\b", s, re.I):
        out.append(("measure", "spot", after_fig(s, span, " in spot trading")))
    if topic == "BOX":
        if direction == "yes" and not re.search(r"worldwide|global|international", qc):
            out.append(("measure", "worldwide", after_fig(s, span, " worldwide")))
        if direction == "no" and re.search(r"worldwide|global", qc):
            out.append(("measure", "domestic", after_fig(s, span, " domestically")))
        if re.search(r"opening|weekend|debut", qc) and direction == "yes":
            out.append(("period", "cumulative", after_fig(s, span, " so far, since its release")))
    if topic == "TOLL":
        for rx, rep in DEATH:
            v = sub1(rx, rep, s)
            if v:
                out.append(("measure", "injured", v))
                break
        if direction == "yes":
            out.append(("place", "including-neighbours", after_fig(s, span, ", including deaths in neighbouring countries")))
    if topic == "VOTE":
        m = re.search(r"\bof\s+(?:the\s+)?(?:total\s+)?(?:votes?|ballots?)(?:\s+cast)?\b", s[span[1]:span[1] + 40])
        at = (span[0], span[1] + m.end()) if m else span
        out.append(("place", "capital", after_fig(s, at, " in the capital")))
        if re.search(r"runoff|run-off|second round", qc):
            out.append(("period", "first-round", after_fig(s, at, " in the first round")))
        if "turnout" in qc:
            out.append(("measure", "share", sub1(re.compile(r"\bturnout\b", re.I), "the yes share", s)))
    if topic in ("INFL", "GDP", "UNEMP", "PAY"):
        place = next((p for rx, p in REGIONS if re.search(rx, q)), "in the capital region")
        out.append(("place", "region", after_fig(s, span, " " + place)))
        noun = {"INFL": INFL_NOUN, "GDP": GDP_NOUN, "UNEMP": UNEMP_NOUN}.get(topic)
        if noun:
            out.append(("place", "region-noun", sub1(noun, lambda m: m.group(0) + " " + place, s)))
        if re.search(r"\bfinal\b|not\s+(?:the\s+)?flash|not\s+preliminary", qc):
            out.append(("vintage", "flash", after_fig(s, span, ", according to the flash estimate,")))
        if re.search(r"\b(?:first|advance|initial|flash|preliminary)\b", qc) and "final" not in qc:
            out.append(("vintage", "revised", s[:span[0]] + "a revised " + s[span[0]:]))
    return [(c, k, t) for c, k, t in out if t and t != s]


def topic_of(q):
    return next((n for n, p in TOPICS if re.search(p, q, re.I)), None)


def job(rec):
    rec = dict(rec, as_of=min(ts(rec["as_of"]), ts(rec["market"]["deadline"])).isoformat())
    q, crit = rec["market"]["question"], rec["market"].get("criteria", "")
    topic = topic_of(q)
    if not topic:
        return []
    try:
        v0 = run(rec, rec["sentence"])
    except Exception as e:  # noqa: BLE001
        return [dict(id=rec["id"], err=repr(e))]
    if not fired(v0, rec["expected"]):
        return []
    sign = 1 if rec["expected"] == "likely-yes" else -1
    best = max((c for c in v0.contributions if c.counted and c.sentence and c.weight * sign > 0), key=lambda c: abs(c.weight))
    span = figure_span(rec["sentence"], best.reason)
    if not span:
        return []
    rows = []
    for cls, kind, text in ops(topic, rec["sentence"], span, q, crit, "yes" if sign > 0 else "no"):
        try:
            v = run(rec, text)
        except Exception as e:  # noqa: BLE001
            rows.append(dict(id=rec["id"], topic=topic, cls=cls, kind=kind, text=text, err=repr(e)))
            continue
        w = fired(v, rec["expected"])
        why = [c.reason[:160] for c in v.contributions if c.counted and c.sentence and c.weight * sign > 0] if w else []
        rows.append(dict(id=rec["id"], topic=topic, cls=cls, kind=kind, text=text, verdict=v.verdict, wrong=w, why=why,
                         question=q))
    return rows


if __name__ == "__main__":
    recs = [r for r in json.load(open(sys.argv[1])) if "error" not in r]
    if len(sys.argv) > 3:
        recs = [r for r in recs if sys.argv[3] in r["id"]]
    with ProcessPoolExecutor(2) as p:
        rows = [x for rs in p.map(job, recs, chunksize=5) for x in rs]
    json.dump(rows, open(sys.argv[2], "w"), indent=0)
    import collections
    c = collections.Counter((r.get("topic"), r.get("cls"), r.get("kind")) for r in rows)
    w = collections.Counter((r.get("topic"), r.get("cls"), r.get("kind")) for r in rows if r.get("wrong"))
    for k in sorted(c, key=str):
        print(k, c[k], "wrong", w[k])
    print("variants", len(rows), "wrong", sum(r.get("wrong", False) for r in rows), "errors", sum("err" in r for r in rows),
          "cases", len({r["id"] for r in rows}))
