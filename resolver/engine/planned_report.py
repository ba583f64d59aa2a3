"""An act told inside the that-clause of a reporting verb that is itself still to come ('The
justice department is set to announce that it is approving the merger', 'will announce that',
'is expected to say that', 'plans to announce that') takes on that verb's modality: what will be
announced is not done yet, whatever the tense of the clause."""

from __future__ import annotations

from .frames import MODALITY
from .lexicon import REPORTING_VERBS
from .text import Sentence
from .word_class import FUTURE, REPORTING

_SAYING = REPORTING | frozenset(REPORTING_VERBS) | frozenset({"declare", "disclose", "reveal", "unveil", "detail"})
_TO_COME = MODALITY["planned"] | MODALITY["expected"] | frozenset({"go", "about", "poised", "due", "ready"})
_REACH = 16  # tokens between the reporting verb and the act, at most
_BREAKS = frozenset({";", ":", ".", "—", "?", "!"})
_NEW_CLAUSE = frozenset({"and", "but", "while", "whereas", "although", "though", "after", "before", "as"})


def _to_come(sent: Sentence, j: int) -> str | None:
    """The word that puts the reporting verb at token j still to come ('will', 'set to',
    'expected to', 'plans to'), else None."""
    toks = sent.tokens
    before = toks[max(0, j - 3):j]
    fut = next((t.text for t in before if t.lower in FUTURE), None)
    if fut:
        return fut
    if j >= 2 and toks[j - 1].lower == "to":
        for t in toks[max(0, j - 4):j - 1]:
            if t.lemmas & _TO_COME or t.lower in _TO_COME:
                return f"{t.text} to"
    return None


def planned_report(sent: Sentence, i: int) -> str | None:
    """The words ('set to announce that') when the act at token i stands in the that-clause of a
    reporting verb still to come, else None."""
    toks = sent.tokens
    for c in range(i - 1, max(0, i - _REACH) - 1, -1):
        if toks[c].text in _BREAKS or toks[c].text == "," and c + 1 < len(toks) and toks[c + 1].lower in _NEW_CLAUSE:
            return None  # ', and the board approved it': a clause of its own
        if toks[c].lower != "that":
            continue
        for j in range(c - 1, max(-1, c - 4), -1):  # 'announce that', 'announce on Friday that'
            if toks[j].lemmas & _SAYING and toks[j].lower not in ("according",):
                cue = _to_come(sent, j)
                return f"{cue} {toks[j].text} that" if cue else None
            if toks[j].text in _BREAKS or toks[j].text == ",":
                break
        return None  # the nearest 'that' is not a reporting verb's
    return None
