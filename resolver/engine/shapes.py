"""Question shapes read before the act is derived: wordings whose surface verb is not the act
the market asks about ('Will X still be Prime Minister on <date>?' asks whether a state holds)."""

from __future__ import annotations

import re

from . import lexicon

_HOLDING = re.compile(r"\b(still\s+)?be\s+(?=(?:the\s+)?(?:" + "|".join(lexicon.OFFICES) + r")\b)", re.I)


_STILL_STATE = re.compile(r"\bstill\s+be\s+(?=(?:" + "|".join(sorted(lexicon.STATE_ADJECTIVES)) + r")\b)", re.I)


def holding_office(body: str) -> str:
    """'X (still) be Prime Minister on <date>' asks whether a state holds: read it as 'X remain
    Prime Minister on <date>' (not 'be the next …', not 'by <date>', which ask for a change)."""
    still = _STILL_STATE.search(body)
    if still and not re.search(r"\bby\b", body[still.end():], re.I):
        # 'the streak still be active at the end of June 18': a state that must hold
        return body[:still.start()] + "remain " + body[still.end():]
    m = _HOLDING.search(body)
    rest = body[m.end():] if m else ""
    if not m or re.match(r"(?:the\s+)?(?:next|new)\b", rest, re.I) or re.search(r"\bby\b", rest, re.I):
        return body
    if m.group(1) or re.search(r"\b(?:on|as of|at the end of|through|until)\b", rest, re.I):
        return body[:m.start()] + "remain " + rest
    return body
