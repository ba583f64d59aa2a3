"""CPU bounds on hostile input, expressed against this machine's speed as measured in the same run.

The hostile-input tests bound the CPU a reader spends on 30 KB of run-on or repeated text, to catch a
reading that turns quadratic (or worse) on text a stranger wrote. Their bounds were written as seconds
on the development machine. A machine that runs Python several times slower (a busy or throttled CI
host: one clean-clone run of the twenty-third round measured 6.2 s where the development machine
takes 0.4–1.6 s) would fail them although nothing in the engine changed.

`assert_cpu_within(start, seconds)` therefore reads `seconds` as a bound on the reference machine: when
the measured CPU time is within it, nothing more is done; when it is over, a fixed piece of pure-Python
work (`reference_seconds`, tokenising, counting and matching a generated text, no engine code, no
cache) is timed now, in the same process, and the bound is scaled by how much slower this machine runs
it than the development machine did (`REFERENCE_DEV_SECONDS`; never scaled below the written bound).
The test fails only when the work is over its bound *relative to this machine's speed*. A reading that
turns quadratic on 30 KB costs tens or hundreds of times its bound, which no scaling hides.

`assert_each_within` collects garbage before each timed run and keeps the collector off during it: in a
full test session the process holds the garbage of thousands of earlier tests, and a collection that
happens to fall inside a timed run (one measured 3.04 s against the 0.35 s the run itself costs) is
the session's cost, not the reader's.
"""

from __future__ import annotations

import gc
import re
import time

# reference_seconds() on the development machine (2 cores, CPython 3.11.7; the least of 7 runs).
REFERENCE_DEV_SECONDS = 0.040

_WORDS = ("the court ruled on Tuesday that the central bank would cut its rate by 25 basis points "
          "after the election of 2019 when 13.2 million votes were counted in Lagos and Ohio").split()
_PATTERN = re.compile(r"\b(?:cut|ruled|votes?|election)\b|\d+(?:\.\d+)?")


def _reference_work() -> int:
    text = " ".join(_WORDS[(i * 7) % len(_WORDS)] for i in range(100_000))
    counts: dict[str, int] = {}
    for word in text.split():
        key = word.lower()
        counts[key] = counts.get(key, 0) + 1
    return len(_PATTERN.findall(text)) + len(counts) + len(sorted(text.split()[:60_000]))


def reference_seconds(runs: int = 7) -> float:
    """The least CPU time of `runs` runs of the fixed reference work, measured now."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        _reference_work()
        best = min(best, time.process_time() - start)
    return best


def machine_factor() -> float:
    """How many times slower than the development machine this one runs the reference work now
    (1.0 where it runs as fast or faster)."""
    return max(1.0, reference_seconds() / REFERENCE_DEV_SECONDS)


def assert_cpu_within(start: float, seconds: float) -> float:
    """Assert the CPU time since `start` (a `time.process_time()` reading) is within `seconds` on the
    reference machine, scaled to this machine's measured speed; returns the time taken."""
    took = time.process_time() - start
    if took < seconds:
        return took
    factor = machine_factor()
    assert took < seconds * factor, (
        f"{took:.2f} s of CPU, over the bound of {seconds} s on the reference machine "
        f"(this machine runs the reference work {factor:.2f}× as slowly: bound {seconds * factor:.2f} s)")
    return took


def assert_each_within(runs, text: str, seconds: float) -> None:
    """Each of `runs` (a callable on one text: the engine on a market) reads `text` within `seconds` of CPU on the
    reference machine (assert_cpu_within), each warmed on a short sentence first so that loading lexicons and
    caches is not counted."""
    for run in runs:
        run("Warm-up sentence.")
    for run in runs:
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            run(text)
            took = time.process_time() - start
        finally:
            gc.enable()
        assert_cpu_within(time.process_time() - took, seconds)


def word_soup(words: list[str], size: int = 30_000) -> str:
    """A run-on hostile text of `size` characters: the words repeated, with no sentence break until the end."""
    return " ".join(words[k % len(words)] for k in range(size // 2))[:size] + "."
