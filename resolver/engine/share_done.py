"""A share of the whole done: 'Power to New York City 85 Percent Restored', 'power has been restored
to eighty-five percent of the city', 'has restored nearly 70% of customers'. A percentage under a
hundred told right at the act word is the act done for part of its object, not for all of it: when
the market needs all (criteria_terms.quantifier), such a report is a partial completion
(rules/confirmation_gates._partial), neither a confirmation nor a ruling-out. Word shapes only; each
pattern is bounded and anchored at the act word. Pure."""

from __future__ import annotations

import re

from .text import Sentence

_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# a share under a hundred: '85', '85.5', 'eighty-five', 'forty', 'ten'; never '100' (the \b keeps '00' out)
_PCT = (rf"(?:\b\d{{1,2}}(?:\.\d+)?|\b{_TENS}(?:[\s-]{_UNITS})?|\b(?:ten|fifteen|twenty))\s*"
        r"(?:%|percent\b|per\s+cent\b)")
_HEDGE = r"(?:(?:about|nearly|almost|some|roughly|around|approximately|only|just|over|more\s+than)\s+)?"
# '85 Percent Restored', '85% of the city restored' — the share just before the act word
_BEFORE = re.compile(rf"{_PCT}\s+(?:of\s+(?:the\s+|its\s+|their\s+)?[\w'-]+\s+)?$", re.I)
# 'restored to eighty-five percent of', 'has restored nearly 70% of customers' — just after it
_AFTER = re.compile(rf"^[\w-]*\s+(?:to\s+|in\s+|for\s+)?{_HEDGE}{_PCT}", re.I)


def share_at(sent: Sentence, k: int) -> str | None:
    """The words giving a share under a hundred per cent of the act at token k ('85 Percent
    Restored', 'restored to eighty-five percent'), else None."""
    text = sent.text
    if "%" not in text and "cent" not in text.lower():  # cheap prefilter: no percentage in the sentence
        return None
    start = sent.tokens[k].start
    before = _BEFORE.search(text[max(0, start - 40):start])
    if before:
        return " ".join((before.group(0) + sent.tokens[k].text).split())
    after = _AFTER.match(text[start:start + 60])
    return " ".join(after.group(0).split()) if after else None
