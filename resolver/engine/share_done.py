"""A share of the whole done: 'Power to New York City 85 Percent Restored', 'power has been restored
to eighty-five percent of the city', 'has restored nearly 70% of customers', 'Power has been restored
to most of Manhattan', 'to parts of New Orleans'. A percentage under a hundred, or a quantifier of a
part ('most of', 'half of', 'parts of'), told right at the act word is the act done for part of its
object, not for all of it: when
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
# a share told by a quantifier ('restored to most of Manhattan', 'to about half of its customers', 'to parts of
# New Orleans', 'Power Restored to Most of New York City')
_SOME = r"(?:most|much|parts?|half|some|many|(?:a|one)\s+(?:third|quarter|fifth)|two[-\s]thirds|three[-\s]quarters|" \
        r"(?:large|big|wide|huge)\s+(?:parts?|swaths?|areas?)|the\s+(?:majority|bulk)|a\s+(?:majority|portion|fraction))\s+of\b"
_SOME_CUE = re.compile(r"\b(?:most|much|parts?|half|some|many|third|quarter|fifth|thirds|quarters|swaths?|areas?|majority|"
                       r"bulk|portion|fraction)\s+of\b", re.I)
# 'restored to eighty-five percent of', 'has restored nearly 70% of customers' — just after it
_AFTER = re.compile(rf"^[\w-]*\s+(?:to\s+|in\s+|for\s+)?{_HEDGE}(?:{_PCT}|{_SOME})", re.I)


def share_at(sent: Sentence, k: int) -> str | None:
    """The words giving a share under a hundred per cent of the act at token k ('85 Percent
    Restored', 'restored to eighty-five percent'), else None."""
    text = sent.text
    if "%" not in text and "cent" not in text.lower() and not _SOME_CUE.search(text):  # cheap prefilter first
        return None
    start = sent.tokens[k].start
    before = _BEFORE.search(text[max(0, start - 40):start])
    if before:
        return " ".join((before.group(0) + sent.tokens[k].text).split())
    after = _AFTER.match(text[start:start + 60])
    return " ".join(after.group(0).split()) if after else None
