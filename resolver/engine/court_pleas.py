"""A defendant's plea in a court market: for a market on a court's verdict or a removal from office
('Will a Munich court sentence John Demjanjuk …?'), a party that denies the accusation ('Rubiales … denies
wrongdoing') or a deed ('Demjanjuk denies having been a guard at Sobibor', 'denied taking part in the
killings', 'denies being involved') pleads: the court or body decides, and the denial rules nothing out.
Read by rules/ruled_out. Pure and deterministic."""

from __future__ import annotations

import re

# a market on a court's verdict or a removal from office
_COURT_MARKET = re.compile(r"\b(?:guilty|convict\w*|sentenced?|acquit\w*|impeach\w*|removed?|removal|oust\w*|dismiss\w*)\b", re.I)
# the accusation denied, or a deed told by a perfect or a gerund
_PLEA = re.compile(r"\bden(?:y|ies|ied|ying)\s+(?:(?:any|all|the|all\s+the)\s+)?(?:wrongdoing|charges?|allegations?|"
                   r"accusations?|guilt|the\s+offen[cs]es?|having\s+[a-z]+(?:ed|en|wn|t|ne)|"
                   r"(?:ever\s+)?(?:being|[a-z]{3,}ing)\s+(?:a|an|the|any|his|her|part|in|involved|as|at|to|with|for))\b",
                   re.I)


def plea(question: str, text: str) -> bool:
    """The question asks a court's verdict or a removal and the text tells a party's denial of the accusation or a deed."""
    return bool(_COURT_MARKET.search(question) and _PLEA.search(text))
