"""Appraisals: a verb of judging followed at once by 'as' ('in a move seen as a further step in the
communist country's increasing integration', 'The vote was seen as crucial', 'an engineering marvel
hailed as a symbol of European unity') tells how something is regarded, never that an event
happened; the event, if the sentence tells one, is another word of it, read on its own. Data:
frames.json `appraisal_predicates`."""

from __future__ import annotations

from .packaged import load_json
from .text import Sentence

APPRAISING = frozenset(load_json("frames.json")["appraisal_predicates"])


def appraisal(sent: Sentence, i: int) -> bool:
    """The word at token i is a verb of judging with 'as' right after it."""
    toks = sent.tokens
    return i + 1 < len(toks) and toks[i + 1].lower == "as" and bool(toks[i].lemmas & APPRAISING)
