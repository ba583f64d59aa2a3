"""A level a close brought the market's measure to: 'Shares in the Silicon Valley giant closed up
2.3% at 193.97 dollars (£152.73) on Friday, bringing its market value to 3.04 trillion dollars'.
A result participle after a comma ('bringing … to', 'taking … to', 'valuing it at'), behind a main
clause that tells a session's close in the past, gives the measure's level at that close: for a
closing-level market the figure after it is a close, though no close word stands near it (read
by rules/threshold_figures.py `_closing`). Not after a close still to come ('could close …,
bringing'), nor across a sentence break. Pure and deterministic."""

from __future__ import annotations

import re

# ', bringing its market value to ', ', taking the company's valuation to ', ', valuing it at '
_RESULT_TO = re.compile(r",\s*(?:bringing|taking|lifting|pushing|sending|boosting|raising|putting|leaving|valuing)\s+"
                        r"(?:[\w'’-]+\s+){0,4}?(?:to|at)\s+$", re.I)
_CLOSED = re.compile(r"\b(?:closed|ended|finished|settled)\b", re.I)
_NOT_DONE = re.compile(r"\b(?:will|would|could|may|might|if|unless|to\s+(?:close|end|finish|settle))\b", re.I)
LEAD = 90  # characters before the figure a participle and its object may take


def close_result(text: str, start: int) -> bool:
    """The figure at `start` is the level a past close brought the measure to."""
    lead = text[max(0, start - LEAD):start]
    m = _RESULT_TO.search(lead)
    if not m:
        return False
    comma = max(0, start - LEAD) + m.start()
    main = re.split(r"[.;!?]\s", text[:comma])[-1]
    return bool(_CLOSED.search(main)) and not _NOT_DONE.search(main)
