"""A close told with the level it set, named as a record or a low: 'closed at an all-time low of 88.09 against the US
dollar', 'settled for the day at an all-time low of 88.09', 'ended the session at a record high of 40,109'. The
close word and its figure stand too far apart for the threshold rule's close window (rules/threshold_figures.py),
which takes the figure for a level during the day; the figure is the close itself. Read (rules/act_levels.py) only
for a market that counts closes, for a bare figure (an index's points, an exchange rate's units), and only when
the clause names the market's subject before the close word (a word of the question: 'The rupee … closed')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import Sentence

_CLOSE = re.compile(r"\b(?P<v>closed|settled|ended|finished)\s+(?:the\s+day\s+|the\s+session\s+|the\s+week\s+|"
                    r"for\s+the\s+day\s+|trading\s+)?at\s+(?:an?|its|the|another|a\s+fresh|a\s+new|fresh|new)\s+"
                    r"(?:[\w-]+\s+){0,3}?(?:low|high|level|record|peak|trough)\s+of\s+(?P<num>\d{1,3}(?:,\d{3})*(?:\.\d+)?)"
                    r"(?![\d%])(?!\s*(?:per\s*cent|percent|%))", re.I)
_STOP = frozenset({"will", "close", "closes", "weaker", "stronger", "than", "dollar", "above", "below", "before",
                   "after", "trading", "during", "settle", "level", "january", "february", "march", "april", "june",
                   "july", "august", "september", "october", "november", "december", "with", "from", "into", "day"})


@dataclass(frozen=True)
class CloseLevel:
    value: float
    verb: int
    wording: str


def read(sent: Sentence, question: str) -> CloseLevel | None:
    low = sent.text.lower()
    if " at " not in low or " of " not in low or not any(v in low for v in ("closed", "settled", "ended", "finished")):
        return None
    words = {w for w in re.findall(r"[a-z]{4,}", question.lower())} - _STOP
    for m in _CLOSE.finditer(sent.text):
        k = sent.token_at(m.start("v"))
        a, _ = sent.clause_of(k)
        before = {t.lower for t in sent.tokens[a:k]}
        if not before & words:
            continue  # another thing's close, or a subject the clause does not name
        return CloseLevel(float(m.group("num").replace(",", "")), k, f"'{m.group(0).strip()}'")
    return None
