"""Per-case cost of `resolver backtest --through-store`: one shared in-memory engine put back to its
migrated state before each case (resolver.backtest.CaseDatabase, what backtest(through_store=True)
does) against a new engine per case (the migrations run and every statement compiled again each
case).

    python -m bench.backtest [FILE ...]   (default: tests/data/dev_cases*.json)

CPU time (process time), not wall time: on a shared machine it is the steadier figure. Prints
milliseconds of CPU a case for both ways and their ratio; nothing is asserted."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from resolver.backtest import CaseDatabase, load_cases, run_case
from resolver.config import Settings

ROOT = Path(__file__).resolve().parents[1]


def per_case_ms(cases: list[dict], settings: Settings, shared: bool) -> float:
    start = time.process_time()
    if shared:
        with CaseDatabase() as db:
            for n, case in enumerate(cases, 1):
                run_case(case, n, settings, db)
    else:
        for n, case in enumerate(cases, 1):
            run_case(case, n, settings)
    return 1000 * (time.process_time() - start) / len(cases)


def main(argv: list[str]) -> dict[str, float]:
    files = [Path(a) for a in argv] or sorted((ROOT / "tests" / "data").glob("dev_cases*.json"))
    settings = Settings()
    cases = [c for f in files for c in load_cases(f, settings)]
    run_case(cases[0], 1, settings)  # warm-up: the engine's language layer loads once
    shared = per_case_ms(cases, settings, shared=True)
    apart = per_case_ms(cases, settings, shared=False)
    result = {"cases": len(cases), "shared_ms_per_case": round(shared, 1),
              "engine_per_case_ms_per_case": round(apart, 1), "speed_up": round(apart / shared, 2)}
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
