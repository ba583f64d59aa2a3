"""First-sight decisive verdicts by sole supporting family and number of distinct supporting sentences (twenty-second
round). Reads trace dumps (tools/trace_dump.py output, one JSON line per case) made by each batch's first engine on
that batch, and the development files copied to /tmp/ft/data. Usage: python first_sight_families.py DUMP.jsonl ..."""
import json,glob,collections,sys
exp={}
for f in glob.glob('/tmp/ft/data/batch-*.json'):
    for c in json.load(open(f)): exp[c['id']]=c
FAM={'threshold_crossed':'threshold','threshold_missed':'threshold','magnitude_short':'threshold','vote_share':'threshold'}
def key(r):
    d='yes' if r['verdict']=='likely-yes' else 'no'
    cc=[c for c in r['reason']['contributions'] if c['counted'] and c['direction']==d]
    fams={FAM.get(c['base_rule'] or c['rule'], c['base_rule'] or c['rule']) for c in cc}
    sents={(c['article_url'],c['sentence']) for c in cc if c['sentence']}
    return (d, '+'.join(sorted(fams)) if len(fams)==1 else 'multi', min(len(sents),2))
rows=[json.loads(l) for f in sys.argv[1:] for l in open(f)]
by=collections.defaultdict(lambda:[0,0])
for r in rows:
    if r['verdict']=='undetermined' or r['id'] not in exp: continue
    k=key(r); by[k][0]+=1; by[k][1]+= exp[r['id']]['expected']==r['verdict']
for k,v in sorted(by.items()): print(k, f"{v[1]}/{v[0]}")
