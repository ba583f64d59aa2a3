"""First-sight verdicts, reconstructed: how the engine read each development batch the first time it saw it.

    python tools/first_sight.py run [--from N] [--out DIR]     # re-run each ledger row's engine on its batch
    python tools/first_sight.py paths [--out DIR]              # decisive precision by decision path

The corpus README's ledger names, for every batch, the commit whose engine first measured it. `run` takes each
batch's first ledger row, extracts that commit's `resolver/` (git archive) into a temporary directory, runs
`resolver.backtest` of that engine on today's batch file in a subprocess, and writes one JSON file per batch
(verdict, status, confidence, the counted contributions and their rules). `paths` adds them up by the path that
decided each decisive verdict (status, market kind, rules in the verdict's direction, supporting articles).

The figures this gives are first-sight figures: no engine change was made from a batch before its first run, so
they estimate how the engine's decision paths fare on text nobody tuned them to (what the sealed split measures),
unlike today's development figures. Development batches only: the sealed splits have no ledger row and are never
read."""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "realnews"
_ROW = re.compile(r"\| (?:heldout/)?batch-(\d+)\.json.*?\| (\d+) \| [\d/]+ \| ([^|]+)\|")
_RUN = r"""
import json, sys
from pathlib import Path
from resolver.backtest import backtest
from resolver.config import Settings
path = Path(sys.argv[1])
cases = {c["id"]: c for c in json.loads(path.read_text(encoding="utf-8"))}
rows = []
for x in backtest(path, Settings())["results"]:
    c = cases[x["id"]]
    reasoning = x.get("reasoning") if isinstance(x.get("reasoning"), dict) else {}
    m = c.get("market", {})
    contribs = [dict(rule=k.get("rule"), direction=k.get("direction"), weight=k.get("weight"),
                     counted=k.get("counted", True), base_rule=k.get("base_rule"), sentence=k.get("sentence"),
                     url=k.get("article_url"), title=k.get("article_title"), published=k.get("published"),
                     reason=(k.get("reason") or "")[:300])
                for k in reasoning.get("contributions", [])]
    rows.append(dict(id=x["id"], expected=x["expected"], got=x["got"], status=x.get("status"),
                     confidence=x.get("confidence"), score=x.get("score"), known_at=x.get("known_at"),
                     summary=reasoning.get("summary"), kind=c.get("kind"), articles=len(c["evidence"]),
                     question=m.get("question"), criteria=m.get("criteria"), deadline=m.get("deadline"),
                     outcomes=m.get("outcomes"), as_of=c.get("as_of"),
                     evidence=[dict(url=e.get("url"), title=e.get("title"), published=e.get("published"))
                               for e in c["evidence"]],
                     contributions=contribs,
                     counted=[(k["rule"], k["direction"], k.get("article_url"))
                              for k in reasoning.get("contributions", []) if k.get("counted", True)]))
print(json.dumps(rows))
"""


def ledger() -> dict[int, str]:
    """Each batch's first ledger row: batch number -> the commit that first measured it."""
    first: dict[int, str] = {}
    for line in (DATA / "README.md").read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if m and int(m.group(1)) not in first and (h := re.search(r"\b([0-9a-f]{7,40})\b", m.group(3))):
            first[int(m.group(1))] = h.group(1)
    return first


def run(start: int, out: Path, data: Path = DATA) -> int:
    out.mkdir(parents=True, exist_ok=True)
    engines: dict[str, Path] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, commit in sorted(ledger().items()):
            target = out / f"batch-{n:02d}.json"
            batch = data / f"batch-{n:02d}.json"
            if n < start or target.exists() or not batch.exists():
                continue
            if commit not in engines:
                eng = Path(tmp) / commit
                eng.mkdir()
                subprocess.run(f"git -C {ROOT} archive {commit} resolver migrations | tar -x -C {eng}"
                               f" && cp -r {eng}/migrations {eng}/resolver/", shell=True, check=True)
                engines[commit] = eng
            p = subprocess.run([sys.executable, "-c", _RUN, str(batch)], capture_output=True, text=True, cwd=tmp,
                               env={**os.environ, "PYTHONPATH": str(engines[commit])})
            if p.returncode:
                print(f"batch {n} on {commit}: failed: {p.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
                continue
            target.write_text(p.stdout, encoding="utf-8")
            rows = json.loads(p.stdout)
            print(f"batch {n} on {commit}: {sum(r['expected'] == r['got'] for r in rows)}/{len(rows)}")
    return 0


def paths(out: Path) -> int:
    rows = [r for f in sorted(out.glob("batch-*.json")) for r in json.loads(f.read_text(encoding="utf-8"))]
    decisive = [r for r in rows if r["got"] in ("likely-yes", "likely-no")]
    right = sum(r["got"] == r["expected"] for r in decisive)
    print(f"{len(rows)} first-sight verdicts, {len(decisive)} decisive, {right} right "
          f"({100 * right / max(1, len(decisive)):.1f} %)")

    def side(r):
        return "yes" if r["got"] == "likely-yes" else "no"

    groups = {
        "status": lambda r: [(r["got"], r["status"])],
        "kind": lambda r: [(r["got"], r["kind"])],
        "status and kind": lambda r: [(r["got"], r["status"], r["kind"])],
        "rules in the verdict's direction": lambda r: [(side(r), rule) for rule in sorted(
            {c[0] for c in r["counted"] if c[1] == side(r)})] or [(side(r), "(none)")],
        "articles supporting": lambda r: [(side(r), min(3, len({c[2] for c in r["counted"] if c[1] == side(r)})))],
    }
    for title, key in groups.items():
        print(f"by {title}:")
        tally = collections.defaultdict(lambda: [0, 0])
        for r in decisive:
            for k in key(r):
                tally[k][0] += r["got"] == r["expected"]
                tally[k][1] += 1
        for k, (good, n) in sorted(tally.items(), key=lambda kv: -kv[1][1]):
            if n >= 8:
                print(f"  {' / '.join(map(str, k)):60s} {good:4d}/{n:<4d} {good / n:.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--from", dest="start", type=int, default=1)
    r.add_argument("--out", type=Path, default=Path("first-sight"))
    r.add_argument("--data", type=Path, default=DATA, help="where the batch files are (default: the corpus)")
    p = sub.add_parser("paths")
    p.add_argument("--out", type=Path, default=Path("first-sight"))
    args = ap.parse_args(argv)
    return run(args.start, args.out, args.data) if args.cmd == "run" else paths(args.out)


if __name__ == "__main__":
    sys.exit(main())
