"""A mistrial declared: the trial ends with no verdict. For a market on a conviction, whose one
occasion is the verdict (occasions.one_occasion), a mistrial declared in the defendant's trial, on
the charge the market names, is that occasion over without the act; a retrial is another trial,
which must be sought, set and heard. Not a motion or a request for a mistrial, nor one refused or
denied, nor a jury told deadlocked and sent back to deliberate (data/verdicts.json 'mistrial')."""

from __future__ import annotations

import re

from .packaged import load_json
from .text import Sentence

_DATA = load_json("verdicts.json")["mistrial"]
_DECLARED = re.compile(
    r"\bmistrial\s+(?:was\s+|has\s+been\s+|had\s+been\s+|is\s+)?(?:" + "|".join(_DATA["verbs"]) + r")\b"
    r"|\b(?:" + "|".join(_DATA["verbs"]) + r"|declares|declaring)\s+(?:a\s+|the\s+)?mistrial\b"
    # the trial's own end told ('has ended in a mistrial', 'Quattrone trial ends in hung jury')
    r"|\b(?:ended|ends|ending|end)\s+(?:\w+\s+)?in\s+(?:a\s+)?(?:mistrial|hung\s+jury)\b", re.I)
# a rule told of trials in general ('In the event of a hung jury …, the judge declares a mistrial')
_GENERIC = re.compile(r"\b(?:in\s+the\s+event|in\s+case)\s+of\b", re.I)
_REFUSED = re.compile(r"\b(?:" + "|".join(_DATA["refusals"]) + r")\b(?:\s+\w+){0,3}\s*$", re.I)
_RETRIAL = re.compile(r"\b(?:" + "|".join(_DATA["retrial"]) + r")\b", re.I)


def declared(sent: Sentence) -> tuple[int, str] | None:
    """The token and words of a mistrial told declared in the sentence ('A mistrial was declared
    Wednesday', 'Mistrial declared on rape charge', 'the judge declared a mistrial'), else None."""
    for m in _DECLARED.finditer(sent.text):
        if _REFUSED.search(sent.text[max(0, m.start() - 60):m.start()]) or _GENERIC.search(sent.text, 0, m.start()):
            continue  # 'refused to declare a mistrial', 'a motion for a mistrial'
        return sent.token_at(m.start()), m.group(0)
    return None


def retrial_sentences(sents: list[Sentence]) -> list[Sentence]:
    """The sentences that tell of a retrial or a new trial (whose date may fall in the window)."""
    return [s for s in sents if _RETRIAL.search(s.text)]
