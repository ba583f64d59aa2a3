"""A figure its own sentence takes back: 'The Hunger Games' much-touted $155 million opening weekend
was not quite that.' The noun phrase holding the figure is the subject of a negated copula whose
complement is the figure itself or its truth ('that', 'so', 'accurate', 'correct', 'right', 'true',
'real', 'the case'): the figure is told only to be denied, so it settles nothing on either side of a
bar. A negated copula saying something else of the figure ('was not enough to top the record', 'was
not a record') leaves it standing."""

from __future__ import annotations

import re

_DENIED = re.compile(r"[^.;:!?()]{0,40}?\b(?:was|is|were|are|has\s+been|had\s+been)\s*(?:not|n['’]t|never)\s+"
                     r"(?:quite\s+|exactly\s+|really\s+|actually\s+|entirely\s+|in\s+fact\s+)?"
                     r"(?:that|so|accurate|correct|right|true|real|the\s+case|the\s+final\s+(?:figure|number|tally))\b",
                     re.I)


def denied(text: str, end: int) -> str | None:
    """The words after a figure ending at `end` in `text` that deny it, else None."""
    m = _DENIED.match(text, end)
    return " ".join(text[end:m.end()].split()) if m else None
