"""Does a candidate case tell a story the corpus already holds? For builders of new batches, who must
not read the sealed splits: it prints numbers and development ids only, never a sealed case.

    python tools/case_overlap.py "QUESTION" [URL ...]

Prints one line: the largest word overlap (Jaccard, over content words with months, day numbers and
years left out) between the question and any sealed question, whether any URL is already used by any
file (development, held-out, pending or sealed), and the closest development or held-out question's id with its
overlap. The eleventh round's builders accepted a case only with a sealed overlap below 0.45, no URL
reused and a closest development case on another story; 0.6 or more was taken as the same story."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "realnews"
_STOP = frozenset("will the a an of in on by to for be and or before after at from its his her their is with "
                  "than as more less least".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())


def words(question: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", question.lower())
                     if w not in _STOP and w not in _MONTHS and not re.fullmatch(r"\d{1,2}|(?:19|20)\d\d", w))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / max(1, len(a | b))


def _cases(pattern: str) -> list[dict]:
    return [c for f in sorted(DATA.glob(pattern)) for c in json.loads(f.read_text(encoding="utf-8"))]


def overlap(question: str, urls: list[str]) -> dict:
    sealed, dev = _cases("sealed-*.json"), _cases("batch-*.json") + _cases("heldout/*.json") + _cases("pending/*.json")
    w = words(question)
    closest = max(dev, key=lambda c: jaccard(w, words(c["market"]["question"])), default=None)
    return {
        "sealed_max_jaccard": round(max((jaccard(w, words(c["market"]["question"])) for c in sealed), default=0.0), 2),
        "url_already_used": any(e["url"] in set(urls) for c in sealed + dev for e in c["evidence"]),
        "closest_dev": closest["id"] if closest else None,
        "closest_dev_jaccard": round(jaccard(w, words(closest["market"]["question"])), 2) if closest else 0.0,
    }


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    print(" ".join(f"{k}={v}" for k, v in overlap(argv[0], argv[1:]).items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
