#!/bin/sh
# Recompute each development batch 77-126's first-sight verdicts on its ledger engine (one process, one file at a time).
# Output: $OUT/batch-NN.json (the engine's `backtest --json` output).  Usage: sh first_sight.sh [OUT]
set -e
MAIN=/work/main
PY=$MAIN/.venv/bin/python
OUT=${1:-/tmp/learned_r23_fs}
mkdir -p "$OUT"
run() {  # engine, batches...
  c=$1; shift
  E=/tmp/eng-$c
  if [ ! -d "$E/resolver" ]; then
    mkdir -p "$E"
    git -C $MAIN archive $c resolver migrations | tar -x -C "$E"
    [ -d "$E/migrations" ] && [ ! -e "$E/resolver/migrations" ] && cp -r "$E/migrations" "$E/resolver/migrations"
  fi
  for b in "$@"; do
    f=$MAIN/tests/data/realnews/batch-$b.json
    [ -s "$OUT/batch-$b.json" ] && continue
    (cd "$E" && env PYTHONPATH="$E" $PY -m resolver backtest "$f" --json > "$OUT/batch-$b.json.tmp") && mv "$OUT/batch-$b.json.tmp" "$OUT/batch-$b.json"
    echo "$c batch-$b done" >&2
  done
}
run da32dd6 77 78 79 80
run 7677865 81 82 83 84 85 86 87 88
run 48d9c6e 89 90 91 92 93 94 95 96
run be61380 97 98 99 100 101 102
run b0f8d0e 103 104 105 106 107 108
run dd680b3 109 110 111 112 113 114
run ae9d7ef 115 116 117 118
run 6f96c10 119 120
run b6cf0a0 121 122 123 124 125 126
