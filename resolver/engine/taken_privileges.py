"""A privilege taken, not the office: a dismissal verb (strip, remove, relieve …) whose object is a thing the holder keeps
beside the state ('President of Guatemala stripped of immunity', 'Congress voted 132-0 to remove Perez Molina's
immunity', 'stripped the minister of his passport'; endings.json 'taken_privileges') ends nothing: the holder stays
in office without it. rules/state_ended.py skips such a verb. Not when the market's question names the thing ('Will X
keep his parliamentary immunity?'), and not when the office is taken in the same stretch ('stripped him of his
immunity and his post', 'removed from office')."""

from __future__ import annotations

from .analysis import SentenceFacts
from .lexicon import OFFICES, STATE_NOUNS, TENURE_NOUNS
from .packaged import load_json

PRIVILEGES = frozenset(load_json("endings.json")["taken_privileges"]["nouns"])
_REACH = 7  # 'voted to remove Otto Perez Molina's parliamentary immunity': name, possessive, modifier


def taken_privilege(f: SentenceFacts, i: int, question: str) -> str | None:
    """The privilege noun that is what the dismissal verb at token i takes away, within a few words after it in its
    clause, with no office, state noun or 'from' / 'as' before it; else None."""
    toks = f.sent.tokens
    _, b = f.sent.clause_of(i)
    low_q = question.lower()
    offices = tuple(o for o in OFFICES if " " not in o)
    for k in range(i + 1, min(b, i + 1 + _REACH)):
        w = toks[k].lower
        if w in ("from", "as") or w in STATE_NOUNS or w in TENURE_NOUNS or w in offices and k > i + 1 \
                and toks[k - 1].lower in ("the", "his", "her", "of"):
            return None  # 'removed from office', 'stripped of the presidency', 'removed him as president'
        if w in PRIVILEGES:
            if w in low_q:
                return None
            tail = " ".join(t.lower for t in toks[k + 1:min(b, k + 5)])
            if any(f" {n} " in f" {tail} " for n in STATE_NOUNS | TENURE_NOUNS) or any(o in tail for o in OFFICES):
                return None  # 'stripped of his immunity and his post'
            return toks[k].text
    return None
