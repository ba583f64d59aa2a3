"""The party a sum is paid to: 'was ordered to pay $1.05 billion (£665 million) in damages to
Apple' — a verb of paying right before the sum, 'to <Name>' right after it (a parenthesised
conversion and an 'in damages' phrase may stand between). The payee's sum is an award it
receives, whoever the sentence's subject is ('The Korean electronics giant … was ordered to pay')."""

from __future__ import annotations

import re

_PAYING = re.compile(r"\b(?:pay|pays|paid|paying)\s+(?:(?:more|less)\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+)?$", re.I)
_PAID_TO = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:in\s+(?:[a-z]+\s+){0,2}?(?:damages|compensation|fines?|penalties|"
                      r"royalties|fees)\s+)?to\s+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})")


def payee(text: str, start: int, end: int) -> str | None:
    """The name a sum at text[start:end] is paid to, or None (no verb of paying right before it,
    or no 'to <Name>' right after it: 'paying more than $787 million to end the case' names none)."""
    if not _PAYING.search(text[max(0, start - 40):start]):
        return None
    m = _PAID_TO.match(text, end)
    return m.group("name").rstrip(".") if m else None
