#!/bin/bash
set -u
cd /tmp/census20
python3 - <<'PY' > /tmp/census20/plan.txt
import json
rows=json.load(open('/tmp/census20/ledger.json'))
from collections import defaultdict
d=defaultdict(list)
for b,r in sorted(rows.items(), key=lambda x:int(x[0])): d[r['commit']].append(int(b))
for c,bs in d.items(): print(c, ' '.join(str(b) for b in bs))
PY
while read c bs; do
  [ "$c" = c7cf5db ] && continue
  W=/work/w-cen-$c; mkdir -p /tmp/census20/$c
  files=""
  for b in $bs; do cp /work/main/tests/data/realnews/batch-$b.json $W/tests/data/realnews/batch-$b.json; files="$files tests/data/realnews/batch-$b.json"; done
  cd $W
  env PYTHONPATH=$W /work/main/.venv/bin/python tools/corpus.py metrics $files --json /tmp/census20/$c/metrics.json > /tmp/census20/$c/metrics.txt 2>&1 || echo "METRICS FAIL $c"
  env PYTHONPATH=$W /work/main/.venv/bin/python /tmp/census20/dump.py /tmp/census20/$c $files > /tmp/census20/$c/dump.txt 2>&1 || echo "DUMP FAIL $c"
  echo "done $c"
done < /tmp/census20/plan.txt
