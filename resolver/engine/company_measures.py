"""Which of a company's reported measures a figure is of: 'Net income rose to $2.04 billion, or 82
cents per share' gives a profit, not the revenue a market asks for ('Will Nvidia report revenue
above $11 billion for its fiscal 2024 second quarter?'). The families and their words are data
(data/company_measures.json). A figure is of the family whose word stands nearest before it in its
own clause; a market names the family its question names. A figure of another family than the
market's is another measure, read as a note, never against the bar. Pure and deterministic."""

from __future__ import annotations

import re
from functools import lru_cache

from .packaged import load_json

_FAMILIES: dict[str, list[str]] = load_json("company_measures.json")["families"]
# longest phrase first, so 'earnings per share' is not read as 'earnings'
_WORDS = sorted(((w, fam) for fam, ws in _FAMILIES.items() for w in ws), key=lambda x: -len(x[0]))
_ANY = re.compile(r"\b(?:" + "|".join(re.escape(w) for w, _ in _WORDS) + r")\b", re.I)
_FAMILY_OF = {w: fam for w, fam in _WORDS}
_CLAUSE_BREAK = re.compile(r"[;:.!?]\s|,\s+(?:while|whereas|but|and|as)\s|\bwhile\b|\bwhereas\b", re.I)
LEAD = 80  # characters before a figure its measure may stand


@lru_cache(maxsize=2048)
def asked(question: str) -> str | None:
    """The family of measures the question names, if it names exactly one."""
    found = {_FAMILY_OF[m.group(0).lower()] for m in _ANY.finditer(question)}
    return found.pop() if len(found) == 1 else None


def other_measure(question: str, text: str, start: int) -> str | None:
    """The words of another family's measure that the figure at `start` is told of, else None."""
    want = asked(question)
    if want is None:
        return None
    lead = text[max(0, start - LEAD):start]
    breaks = list(_CLAUSE_BREAK.finditer(lead))
    if breaks:
        lead = lead[breaks[-1].end():]
    named = list(_ANY.finditer(lead))
    if not named:
        return None
    last = named[-1]
    return last.group(0) if _FAMILY_OF[last.group(0).lower()] != want else None
