import re, json
rows = {}
for line in open('/work/main/tests/data/realnews/README.md', encoding='utf-8'):
    if not re.match(r'^\| (heldout/)?batch-\d+\.json', line): continue
    cells = [c.strip() for c in line.strip().strip('|').split('|')]
    m = re.match(r'(heldout/)?batch-(\d+)\.json', cells[0]); b = int(m.group(2))
    if b < 39 or b in rows or b in (109, 110): continue  # 109-110: held out, off limits
    commit = re.match(r'([0-9a-f]{7,})', cells[3]).group(1)
    rows[b] = dict(batch=b, label=cells[0], commit=commit, commit_cell=cells[3], acc=cells[4], wrong=cells[5], prec=cells[6], cov=cells[7])
json.dump(rows, open('/tmp/census20/ledger.json','w'), indent=1)
from collections import defaultdict
d = defaultdict(list)
for b, r in sorted(rows.items()): d[r['commit']].append(b)
for c, bs in d.items(): print(c, bs)
print(len(rows))
