"""Run the worktree's backtest on each file and dump the full per-case results."""
import json, sys
from pathlib import Path
from resolver.backtest import backtest
from resolver.config import Settings
out_dir = Path(sys.argv[1]); out_dir.mkdir(parents=True, exist_ok=True)
s = Settings()
for f in sys.argv[2:]:
    r = backtest(Path(f), s)
    (out_dir / (Path(f).stem + ".full.json")).write_text(json.dumps(r, indent=1, default=str), encoding="utf-8")
    print(f, r["correct"], r["cases"], r["decisive_right"], r["decisive"], flush=True)
