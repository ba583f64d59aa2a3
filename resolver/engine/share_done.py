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
        return _partitive(sent, k)
    start = sent.tokens[k].start
    before = _BEFORE.search(text[max(0, start - 40):start])
    if before:
        return " ".join((before.group(0) + sent.tokens[k].text).split())
    after = _AFTER.match(text[start:start + 60])
    return " ".join(after.group(0).split()) if after else _partitive(sent, k)


# a part of a group told by a partitive anywhere in the act's clause: 'the vast majority of their customers have had
# their service restored', 'has restored service for the vast majority of its customers', 'to nearly all of its
# customers', 'a large majority of customers'
_PARTITIVE = re.compile(r"\b(?:(?:the|a)\s+(?:(?:vast|large|overwhelming|clear|big|huge|great|slim|narrow|small)\s+)?"
                        r"majority|(?:nearly|almost|virtually|practically)\s+all|most|the\s+bulk|half|"
                        rf"a\s+(?:large\s+|small\s+|good\s+)?(?:portion|fraction|share|number)|{_HEDGE}{_PCT})[\"\u201d\u2019']?\s+of\b", re.I)
_PART_CUE = re.compile(r"\b(?:majority|all|most|bulk|half|portion|fraction|share|number|%|percent|cent)\b", re.I)
_WHOLE = frozenset({"all", "every", "entire", "each"})
_NOT_WHOLE = frozenset({"nearly", "almost", "virtually", "practically", "but", "not"})
_CLAUSE_BREAKS = frozenset({";", "but", "while", "although", "though", "whereas"})
_BACK, _AHEAD = 12, 8  # tokens before and after the act word


def _partitive(sent: Sentence, k: int) -> str | None:
    """A partitive ('the vast majority of', 'nearly all of', '90% of') in the act's clause near token k,
    with no word for the whole beside it, else None."""
    toks = sent.tokens
    if not _PART_CUE.search(sent.text):
        return None
    a = k
    while a > max(0, k - _BACK) and toks[a - 1].lower not in _CLAUSE_BREAKS:
        a -= 1
    b = k
    while b < min(len(toks) - 1, k + _AHEAD) and toks[b + 1].lower not in _CLAUSE_BREAKS:
        b += 1
    if any(t.lower in _WHOLE and (j == 0 or toks[j - 1].lower not in _NOT_WHOLE) for j, t in enumerate(toks) if a <= j <= b):
        return None  # 'restored to all customers, most of whom …': the whole is told too
    m = _PARTITIVE.search(sent.text, toks[a].start, toks[b].start + len(toks[b].text))
    return " ".join(m.group(0).split()) if m else None
