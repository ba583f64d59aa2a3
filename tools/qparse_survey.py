"""Survey the targets the engine derives from development questions and flag anomalous ones.

    python tools/qparse_survey.py tests/data/realnews/batch-*.json [--shape SHAPE] [--md OUT]

Derives the target (kind, act, object, actors, threshold) of every development question and flags
shapes that are usually a misreading: an act that is a function word or no verb, an object that is
one function word or ends in one or in a possessive, the word after a second coordinated verb read
as the object ('sack or part ways with …' → 'ways'), an actor holding the act's word, an event
with no object, a threshold market with a number and unit but no threshold, and a kind that
disagrees with the case's own 'kind' field. Prints the count of each shape (`--shape` lists its
cases; `--md` writes the table as Markdown). Refused on sealed splits and held-out batches.
Flags are leads, not errors: a count of seats or deaths, for one, is read with its act, no object.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

_KINDS = {"threshold": "threshold", "stays-true": "state", "event": "event", "who-wins": "event"}
_UNIT = re.compile(r"(?:[$€£]\s?\d|\d[\d,.]*\s?(?:%|percent|million|billion|trillion|points?|bps|basis points|mph|°))", re.I)
_FUNCTION = frozenset({"the", "a", "an", "it", "its", "their", "his", "her", "ways", "way", "of", "to", "in", "on",
                       "at", "for", "with", "by", "or", "and", "that", "this", "be", "any", "all", "more", "most"})


def derivations(files: list[str]) -> list[dict]:
    from resolver.engine.derive import derive_target
    from resolver.engine.types import Market

    out = []
    for f in files:
        for case in json.loads(Path(f).read_text(encoding="utf-8")):
            m = case["market"]
            t = derive_target(Market(id="survey", question=m["question"], criteria=m.get("criteria", ""),
                                     deadline=m["deadline"]))
            out.append({"file": Path(f).name, "id": case["id"], "q": m["question"], "case_kind": case["kind"],
                        "kind": t.kind, "act": t.act, "object": t.object or "", "actors": t.actors,
                        "threshold": t.threshold, "candidate": t.candidate})
    return out


def shapes(d: dict) -> list[str]:
    """The anomalous shapes one derivation shows."""
    from resolver.engine.noun_phrases import _STOP
    from resolver.engine.text import all_lemmas

    found = []
    act, words = d["act"], d["object"].split()
    if not act:
        found.append("act: none")
    elif act.lower() in _FUNCTION | _STOP:
        found.append("act: a function word")
    elif not {"VERB", "ADJ"} & set(all_lemmas(act.lower())) and "-" not in act:
        found.append("act: no verb or adjective")
    if len(words) == 1 and words[0].lower() in _FUNCTION | _STOP:
        found.append("object: one function word")
    if words and words[-1].lower() in ("the", "a", "an", "of", "to", "with", "and", "or"):
        found.append("object: ends in a function word")
    if words and words[-1].endswith(("'s", "’s")):
        found.append("object: ends in a possessive")
    m = re.search(rf"\b{re.escape(act)}\w*\s+(?:or|and)\s+\w+\s+(\w+)", d["q"], re.I) if act else None
    if m and words and words[0].lower() == m.group(1).lower():
        found.append("object: the word after a second coordinated verb")
    if act and any(act.lower() in a.lower().split() for a in d["actors"]):
        found.append("actors: hold the act's word")
    if d["kind"] == "event" and not words and not d["candidate"] and act and "VERB" in all_lemmas(act.lower()):
        found.append("object: none (event)")
    if _KINDS.get(d["case_kind"], d["case_kind"]) != d["kind"]:
        found.append(f"kind: case {d['case_kind']} → engine {d['kind']}")
    if d["case_kind"] == "threshold" and d["threshold"] is None and _UNIT.search(d["q"]):
        found.append("threshold: none though a number with a unit")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qparse_survey", description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--shape", help="list the cases of this shape")
    parser.add_argument("--md", help="write the table as Markdown to this file")
    args = parser.parse_args(argv)
    if any(Path(f).name.startswith("sealed-") or "heldout" in Path(f).parts for f in args.files):
        print("refused: sealed splits and held-out batches are not surveyed", file=sys.stderr)
        return 2
    by_shape: dict[str, list[dict]] = collections.defaultdict(list)
    ds = derivations(args.files)
    for d in ds:
        for s in shapes(d):
            by_shape[s].append(d)
    rows = sorted(by_shape.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for s, cases in rows:
        print(f"{len(cases):5d}  {s}")
    if args.shape:
        for d in by_shape.get(args.shape, []):
            print(f"  {d['id']}: act={d['act']} object={d['object']!r} actors={d['actors']} kind={d['kind']} | {d['q']}")
    if args.md:
        lines = [f"{len(ds)} development questions.", "", "| shape | cases | example |", "|---|---:|---|"]
        lines += [f"| {s} | {len(c)} | {c[0]['q']} (act={c[0]['act']}, object={c[0]['object']!r}) |" for s, c in rows]
        Path(args.md).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
