import json, glob, re, sys, collections
sys.path.insert(0, '/tmp/census20')
from feats import enrich, table
from gates import GATES, evaluate
from causes import C, CAT
R = enrich(json.load(open('/tmp/census20/first.json')))
M = enrich(json.load(open('/tmp/census20/mainrecs.json')))
led = json.load(open('/tmp/census20/ledger.json'))
out = {}
# reproduction
rows = ["| batch | first engine (ledger cell) | ledger: accuracy · wrong dir · decisive precision · coverage | this run | match |", "|---|---|---|---|---|"]
def frac(s):
    m = re.search(r'\((\d+)/(\d+)\)', s); return f"{m.group(1)}/{m.group(2)}"
T = collections.Counter(); ok = 0
for b, r in sorted(led.items(), key=lambda x: int(x[0])):
    d = json.load(open(glob.glob(f'/tmp/census20/{r["commit"]}/batch-{int(b):02d}.full.json')[0]))
    mine = f"{d['correct']}/{d['cases']} · {d['wrong_direction']} · {d['decisive_right']}/{d['decisive']} · {d['covered']}/{d['labelled_decisive']}"
    ledg = f"{frac(r['acc'])} · {r['wrong'].split()[0]} · {frac(r['prec'])} · {frac(r['cov'])}"
    cell = r['commit_cell'].replace('|', '/')
    rows.append(f"| {b} | {cell} | {ledg} | {mine} | {'yes' if mine == ledg else '**NO**'} |"); ok = ok + (mine == ledg)
    for k in ('cases', 'correct', 'wrong_direction', 'decisive', 'decisive_right', 'covered', 'labelled_decisive'): T[k] += d[k]
rows.append(f"| **all {len(led)}** | 17 engines | | {T['correct']}/{T['cases']} · {T['wrong_direction']} · {T['decisive_right']}/{T['decisive']} · {T['covered']}/{T['labelled_decisive']} | {ok}/{len(led)} |")
out['repro'] = "\n".join(rows)
# family table
def famtable(S):
    c = collections.defaultdict(lambda: [0, 0, 0, 0])
    for r in S:
        x = c[r['family']]; x[0] += 1; x[1] += (not r['correct'])
        if not r['correct']:
            if r['expected'] == 'undetermined': x[2] += 1
            else: x[3] += 1
    lines = ["| family (status / deciding rule) | decisive | wrong | precision | of the wrong: label undetermined | of the wrong: wrong direction |", "|---|---:|---:|---:|---:|---:|"]
    for k, (n, w, u, d) in sorted(c.items(), key=lambda x: (-x[1][1], -x[1][0])):
        lines.append(f"| {k} | {n} | {w} | {(n - w) / n:.1%} | {u} | {d} |")
    n = len(S); w = sum(not r['correct'] for r in S)
    lines.append(f"| **all** | {n} | {w} | {(n - w) / n:.1%} | {sum(1 for r in S if not r['correct'] and r['expected']=='undetermined')} | {sum(1 for r in S if not r['correct'] and r['expected']!='undetermined')} |")
    return "\n".join(lines)
out['family'] = famtable(R)
out['family_main'] = famtable(M)
# feature splits
def pos(r):
    if r['rule'] == 'silence': return 'silence'
    p = r['min_pos']
    return 'headline' if p == -1 else 'sentence 0–1' if p <= 1 else 'sentence 2–3' if p <= 3 else 'sentence ≥ 4'
for S in (R, M):
    for r in S: r['pos'] = pos(r)
names = {'sent_band': 'supporting sentences', 'src_band': 'supporting sources', 'art_band': 'articles in the case', 'ent': 'deciding sentence names', 'pos': 'earliest supporting sentence', 'hl': 'deciding sentence is', 'conf_band': 'confidence', 'early': 'as-of before the deadline', 'kind': 'market kind', 'dir': 'verdict', 'counter': 'counted reading the other way', 'multi': "'multi' case (order of publication matters)"}
parts = []
for k, t in names.items():
    parts.append(table(R, k, t))
out['splits'] = "\n\n".join(parts)
# per family splits
fam_parts = []
for fam in ['confirmed/confirmation', 'confirmed/threshold_crossed', 'ruled-out/ruled_out', 'ruled-out/rival_outcome', 'ruled-out/threshold_missed', 'ruled-out/state_ended']:
    S = [r for r in R if r['family'] == fam]
    def row(keyname, key):
        c = collections.defaultdict(lambda: [0, 0])
        for r in S:
            kk = key(r); c[kk][0] += 1; c[kk][1] += (not r['correct'])
        return "; ".join(f"{kk} {n - w}/{n}" for kk, (n, w) in sorted(c.items(), key=lambda x: str(x[0])))
    fam_parts.append(f"| {fam} | {row('s', lambda r: r['sent_band'])} | {row('p', lambda r: r['pos'])} | {row('e', lambda r: r['ent'])} | {row('t', lambda r: 'before' if r['early'] else 'after')} |")
out['famsplits'] = "| family | by supporting sentences (right/decisive) | by earliest supporting sentence | by entity named | as-of before / after the deadline |\n|---|---|---|---|---|\n" + "\n".join(fam_parts)
# silence
S = [r for r in R if r['rule'] == 'silence']
for r in S:
    r['post'] = 'an article published after the deadline' if r['n_post_articles'] else 'no article after the deadline'
    r['pn'] = 'engine set aside a positive reading (note)' if r['pos_notes'] else 'no positive reading set aside'
out['silence'] = table(S, 'dir', 'silence verdict') + "\n\n" + table(S, 'post', 'evidence') + "\n\n" + table(S, 'pn', 'notes') + "\n\n" + table(S, lambda r: f"{r['post']}; {r['pn']}", 'both')
# wrong table
W = [r for r in R if not r['correct']]
lines = ["| # | batch | case id | expected | got | family | deciding sentence (≤ 200 chars) | cause class | cause |", "|---:|---:|---|---|---|---|---|:-:|---|"]
def q(s):
    s = (s or '').replace('|', '/').replace('\n', ' ')
    return s if len(s) <= 200 else s[:197] + '…'
for i, r in enumerate(W):
    sent = f"“{q(r['sentence'])}”" if r['sentence'] else '— (no sentence: deadline passed, no confirmation)' if r['got']=='likely-no' else '— (no sentence: deadline passed, no report of an end)'
    lines.append(f"| {i+1} | {r['batch']} | {r['id']} | {r['expected'].replace('likely-','')} | {r['got'].replace('likely-','')} | {r['family']} | {sent} | {C[i][0]} | {C[i][1].replace('|','/')} |")
out['wrong'] = "\n".join(lines)
# cause x family
ct = collections.defaultdict(collections.Counter)
for i, r in enumerate(W): ct[C[i][0]][r['family'].split('/')[1]] += 1
lines = ["| class | cause | wrong | label undetermined | wrong direction | families (count) |", "|:-:|---|---:|---:|---:|---|"]
cu = collections.Counter(); cd = collections.Counter()
for i, r in enumerate(W): (cu if r['expected'] == 'undetermined' else cd)[C[i][0]] += 1
for k, n in collections.Counter(v[0] for v in C.values()).most_common():
    lines.append(f"| {k} | {CAT[k]} | {n} | {cu[k]} | {cd[k]} | " + ", ".join(f"{f} {m}" for f, m in ct[k].most_common()) + " |")
out['causes'] = "\n".join(lines)
# gates
def totals(globs):
    ld = cov = 0
    for g in globs:
        for f in glob.glob(g):
            d = json.load(open(f)); ld += d['labelled_decisive']; cov += d['covered']
    return ld, cov
FLD, FCOV = totals([f'/tmp/census20/{l.split()[0]}/batch-*.full.json' for l in open('/tmp/census20/plan.txt')])
MLD, MCOV = totals(['/tmp/census20/main/batch-*.full.json'])
out['totals'] = dict(FLD=FLD, FCOV=FCOV, MLD=MLD, MCOV=MCOV, FN=len(R), FW=sum(not r['correct'] for r in R), MN=len(M), MW=sum(not r['correct'] for r in M))
ea = evaluate(R, FLD, FCOV); eb = evaluate(M, MLD, MCOV)
rows = []
for a, b in zip(ea, eb):
    hit = a['wrong_removed'] + a['right_lost']
    rows.append((a['wrong_removed'] / hit if hit else 0, a, b))
rows.sort(key=lambda x: (-x[0], -x[1]['wrong_removed']))
lines = [f"| rank | gate | first sight: wrong → undetermined | first sight: right lost | wrong share of what it hits | first-sight precision after ({(len(R)-sum(not r['correct'] for r in R))/len(R):.1%} before) | first-sight coverage after ({FCOV/FLD:.1%} before) | current engine: right decisive matching (lost) | current engine: wrong matching | current precision after ({(len(M)-sum(not r['correct'] for r in M))/len(M):.2%}) | current coverage after ({MCOV/MLD:.1%}) |", "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
for i, (sh, a, b) in enumerate(rows, 1):
    lines.append(f"| {i} | {a['gate']} | {a['wrong_removed']} | {a['right_lost']} | {sh:.0%} | {a['prec_after']:.1%} | {a['cov_after']:.1%} | {b['right_lost']} | {b['wrong_removed']} | {b['prec_after']:.2%} | {b['cov_after']:.1%} |")
out['gates'] = "\n".join(lines)
json.dump(out, open('/tmp/census20/parts.json', 'w'), indent=1)
for k, v in out.items(): print('=====', k, len(v))

G = {n.split()[0]: g for n, g in GATES}
def combo(keys, S, ld, cov):
    hit = [r for r in S if any(G[k](r) for k in keys)]
    w = sum(not r['correct'] for r in hit); ri = len(hit) - w
    n2 = len(S) - len(hit); w2 = sum(not r['correct'] for r in S) - w
    c2 = cov - sum(r['expected'] != 'undetermined' for r in hit)
    return w, ri, n2 - w2, n2, (n2 - w2) / n2, c2 / ld
lines = ["| gates together | first sight: wrong removed | right lost | decisive after (right/all) | precision after | coverage after | current engine: right lost | wrong removed | current precision after | current coverage after |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
for keys in [['G13', 'G2'], ['G13', 'G2', 'G4'], ['G13', 'G2', 'G4', 'G25'], ['G13', 'G1', 'G4', 'G25'], ['G13', 'G2', 'G4', 'G25', 'G26', 'G12'], ['G13', 'G1', 'G5', 'G25', 'G26', 'G11', 'G24'], ['G6', 'G1'], ['G20']]:
    a = combo(keys, R, FLD, FCOV); b_ = combo(keys, M, MLD, MCOV)
    lines.append(f"| {' + '.join(keys)} | {a[0]} | {a[1]} | {a[2]}/{a[3]} | {a[4]:.1%} | {a[5]:.1%} | {b_[1]} | {b_[0]} | {b_[4]:.2%} | {b_[5]:.1%} |")
out['combos'] = "\n".join(lines)
json.dump(out, open('/tmp/census20/parts.json', 'w'), indent=1)
