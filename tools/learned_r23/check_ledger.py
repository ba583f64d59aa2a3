"""Compare recomputed first-sight runs (first_sight.sh output) with the corpus ledger's first-time rows.

    python tools/learned_r23/check_ledger.py [FS_DIR]

The first ledger row naming batch-NN.json (or heldout/batch-NN.json) is the batch's first-time figure."""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
fs = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/learned_r23_fs")
ledger = {}
for line in (ROOT / "tests/data/realnews/README.md").read_text().splitlines():
    m = re.match(r"\| (?:heldout/)?batch-(\d+)\.json[^|]*\| (\d+) \|[^|]*\| ([^|]*) \| [\d.]+% \((\d+)/\d+\) \| (\d+) \([^)]*\) \| "
                 r"[\d.]+% \((\d+)/(\d+)\) \| [\d.]+% \((\d+)/(\d+)\)", line)
    if m and int(m.group(1)) not in ledger:
        ledger[int(m.group(1))] = (m.group(3).split()[0], tuple(int(m.group(i)) for i in (2, 4, 5, 6, 7, 8, 9)))
ok = bad = 0
for f in sorted(fs.glob("batch-*.json"), key=lambda p: int(p.stem.split("-")[1])):
    b = int(f.stem.split("-")[1])
    d = json.loads(f.read_text())
    got = (d["cases"], d["correct"], d["wrong_direction"], d["decisive_right"], d["decisive"], d["covered"], d["labelled_decisive"])
    eng, want = ledger.get(b, ("?", None))
    same = got == want
    ok += same
    bad += not same
    print(f"batch-{b}: ledger {eng} {want}  recomputed {got}  {'OK' if same else 'DIFFERS'}")
print(f"{ok} reproduce, {bad} differ")
