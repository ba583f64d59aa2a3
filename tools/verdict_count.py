"""Count the verdicts that differ between two engines on case files, printing only counts.

    python tools/verdict_count.py ENGINE_DIR_A ENGINE_DIR_B FILE...

Each engine (a checkout or `git worktree` holding a `resolver/` package) runs in its own process,
with PYTHONPATH set to its directory and the working directory set away from this checkout, so
that the package imported is that engine's. No case id, text or label is printed: this is the tool
for the sealed splits and held-out batches, which are looked at only in aggregate (see
tests/data/realnews/README.md). Prints "N of M verdicts differ: {better, worse, other}", where
better/worse compare each side against the expected label and other is a change between two wrong
answers (e.g. a wrong direction made undetermined).
"""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r'''
import json, sys
from pathlib import Path
from resolver.backtest import backtest
from resolver.config import Settings
out = []
for f in sys.argv[1:]:
    out += [(r["expected"], r["got"]) for r in backtest(Path(f), Settings())["results"]]
print(json.dumps(out))
'''


def verdicts(engine: str, files: list[str]) -> list[tuple[str, str]]:
    env = {"PYTHONPATH": str(Path(engine).resolve()), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    done = subprocess.run([sys.executable, "-c", CHILD, *[str(Path(f).resolve()) for f in files]],
                          env=env, cwd=Path(engine).resolve().parent, capture_output=True, text=True, check=True)
    return [tuple(p) for p in json.loads(done.stdout.strip().splitlines()[-1])]


def count(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> collections.Counter:
    if len(a) != len(b):
        raise SystemExit("the two engines returned different numbers of cases")
    diff: collections.Counter = collections.Counter()
    for (expected, was), (_, now) in zip(a, b):
        if was != now:
            diff["better" if now == expected else "worse" if was == expected else "other"] += 1
    return diff


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    engine_a, engine_b, *files = argv
    a, b = verdicts(engine_a, files), verdicts(engine_b, files)
    diff = count(a, b)
    print(f"{sum(diff.values())} of {len(a)} verdicts differ: {dict(sorted(diff.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
