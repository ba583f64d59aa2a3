"""A unanimity the market asks of its act: 'Will the … rate cut be approved unanimously by the
FOMC?', criteria 'approved with no dissenting votes'. The act reported done settles the market only
with the manner it was done in: a tally with votes against ('was approved on an 8-1 vote', 'by a
vote of 7 to 2') or a member told dissenting ('with one member dissenting', 'voted against') is
done but not unanimously — the vote is held once, so that is a no; 'unanimously', 'a 9-0 vote',
'without dissent' is the yes; a report that tells neither ('the action was approved') leaves the
manner unread: no confirmation. (A market whose act is 'be unanimous' itself is read by the
opposite_outcome rule.)"""

from __future__ import annotations

from functools import lru_cache

import re

_ASKED = re.compile(r"\bunanimous(?:ly)?\b(?!\s+consent)|\bno\s+dissent(?:ing|s)?\b|\bwithout\s+(?:a\s+|any\s+)?dissent", re.I)
_WHOLE = re.compile(r"\bunanimous(?:ly)?\b|\bwithout\s+(?:a\s+|any\s+)?dissent|\bno\s+(?:one\s+)?dissent(?:ing|ed|s)?\b|"
                    r"\bno\s+(?:votes?|members?)\s+(?:against|dissenting)\b", re.I)
# '8-1 vote', 'by a vote of 7 to 2', '9–0'
_TALLY = re.compile(r"\b(\d{1,2})\s*(?:-|–|—|\s+to\s+)\s*(\d{1,2})\b(?=[^.;]{0,12}\b(?:votes?|ballot|decision)\b)|"
                    r"\bvotes?\s+of\s+(\d{1,2})\s*(?:-|–|—|\s+to\s+)\s*(\d{1,2})\b", re.I)
_DISSENT = re.compile(r"\b(?:dissent(?:ed|ing|s)?|dissenters?|objecting|objected|voted\s+against|voting\s+against|"
                      r"the\s+lone\s+(?:vote\s+against|holdout))\b", re.I)


@lru_cache(maxsize=1024)  # a pure reading of the market's or article's text, asked of every sentence
def asked(question: str, criteria: str) -> bool:
    """The market asks that its act be done unanimously."""
    return bool(_ASKED.search(question) or _ASKED.search(criteria or ""))


def manner(text: str) -> tuple[str, str]:
    """How the sentence tells the vote went: ('split', words), ('whole', words) or ('untold', '')."""
    m = _TALLY.search(text)
    if m:
        a, b = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
        if min(a, b) > 0:
            return "split", f"'{m.group(0)}' counts votes against"
        if max(a, b) > 0:
            return "whole", f"'{m.group(0)}' counts no vote against"
    w = _WHOLE.search(text)
    if w:
        return "whole", f"'{w.group(0)}'"
    d = _DISSENT.search(text)
    if d:
        return "split", f"a member told '{d.group(0)}'"
    return "untold", ""
