"""A contest named by its two sides: 'the men's Oxford-Cambridge boat race', 'Sunday's England-Pakistan
final', 'the Scotland-Japan match'. A side's name joined by a hyphen or a dash to another name names the
contest, not its winner: 'Cambridge has won the men's Oxford-Cambridge boat race' tells no win of
Oxford. Read by contests.py where the name right after a win verb would be its winner ('declared Luis
Vidal the winner'). Pure and deterministic."""

from __future__ import annotations

import re

# two capitalised names joined by a hyphen or a dash, with no space ('Oxford-Cambridge', 'England–France')
_PAIR = re.compile(r"\b[A-Z][\w.']*[-–—][A-Z][\w.']*\b")


def blank_pairs(text: str) -> str:
    """`text` with each pair of names joined by a dash blanked out (same length)."""
    return _PAIR.sub(lambda m: " " * len(m.group(0)), text)
