import json,sys
from tools.modal_variants import _case, NEUTRAL_TITLE
from resolver.backtest import evaluate_case
from resolver.config import Settings
seeds=json.load(open('/tmp/mod-seeds.json'))
cid, text = sys.argv[1], sys.argv[2]
seed=next(s for s in seeds if cid in s['id'])
case=next(c for c in json.load(open(f"tests/data/realnews/{seed['batch']}.json")) if c['id']==seed['id'])
head = len(sys.argv)>3
mini=_case(case, text if head else NEUTRAL_TITLE, "" if head else text, seed['url'], seed['published'])
v=evaluate_case(mini,1,Settings())
print(v.verdict, v.status)
for c in v.contributions: print(' ', c.rule, c.base_rule, c.direction, round(c.weight,3), c.reason[:200])
from resolver.engine import mentions
from resolver.engine.text import make_sentence
for m in mentions.read(make_sentence(text,0,headline=head)): print('   M', m.describe())
