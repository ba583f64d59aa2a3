"""A few of the deciding body's members told doing the act: 'Official results were released in 20 of Switzerland's 26
cantons and only one approved the initiative' (a market on the voters' approving it). The subject of the act verb
is a count limited by 'only', 'just' or 'merely' ('only one', 'just two cantons', 'only three of the 26 cantons',
'only a handful of states'): the act was done by that count of members, not by the body the market asks about, and
it tells the rest did not do it. Read by confirmation (rules/confirmation.py) as a report that does not count.

Not read: a count with no limiting word ('two cantons approved it': members may be all that is asked), a count that
is not the verb's subject ('only one day later, voters approved it', 'approved it with only two votes against'), a
limiting word before something other than a count ('only Geneva approved it')."""

from __future__ import annotations

import re

from .text import Sentence

_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+handful|a\s+minority|\d+)"
# 'only one', 'just two cantons', 'only three of the 26 cantons', 'only a handful of states', then perhaps an auxiliary
_SUBSET = re.compile(
    rf"(?:^|[,;:]\s*|\b(?:and|but|while|whereas|where|as)\s+)(?P<q>(?:only|just|merely)\s+{_COUNT})"
    r"(?:\s+of\s+(?:the\s+|them\b|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?|\s+(?:[a-z][\w-]*s|people|men|women)\s+|\s+)"
    r"(?:(?:has|have|had|was|were|did|is|are)\s+)?(?:\w+ly\s+)?$", re.I)
_TIME_NOUNS = re.compile(r"\b(?:day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|time|times)\b", re.I)


def subset_doer(sent: Sentence, i: int) -> str | None:
    """The limited count that is the subject of the verb at token i ('only one'), told as a reason, else None."""
    toks = sent.tokens
    if i <= 0 or not re.search(r"\b(?:only|just|merely)\b", sent.text[:toks[i].start], re.I):
        return None
    a, _ = sent.clause_of(i)
    lead = sent.text[max(toks[a].start, toks[i].start - 120) if a < i else toks[i].start:toks[i].start]
    m = _SUBSET.search(lead)
    if not m or _TIME_NOUNS.search(lead[m.end("q"):]):
        return None
    return f"'{m.group('q')}' did it: a count of the body's members, not the body the market asks about"
