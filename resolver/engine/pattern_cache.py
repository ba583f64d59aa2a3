"""The size of the `re` module's cache of compiled patterns, raised for the engine.

The engine hands about five hundred patterns to `re.search`, `re.sub` & co. as strings, and compiles
each market's own patterns (its names, its offices, its places) as it reads it. Past `re`'s default
cache of 512 patterns, Python 3.11 drops the oldest entry on every new one, so the engine's fixed
patterns were compiled again and again as markets went by: a tenth of the CPU of a backtest of the
real-news corpus (5,162 cases: 41.1 → 37.0 s on a 1,500-case sample, every verdict the same).
Imported by text.py, which every reader imports; raising the bound never lowers it for others."""

from __future__ import annotations

import re

PATTERN_CACHE_SIZE = 4096


def raise_cache_size(size: int = PATTERN_CACHE_SIZE) -> None:
    """Lift `re`'s cache bound to `size` (no-op where it is already as large, or where this Python's
    `re` has no such bound)."""
    if getattr(re, "_MAXCACHE", size) < size:
        re._MAXCACHE = size  # type: ignore[attr-defined]


raise_cache_size()
