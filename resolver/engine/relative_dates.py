"""A date inside a relative clause dates that clause's verb (read by SentenceFacts.nearest_span): 'European Union
regulators have opened investigations into Apple, Google and Meta, in the first cases under a sweeping new law
designed to stop Big Tech companies from cornering digital markets that took effect earlier this month' — the law
took effect earlier this month; the investigations were opened on the article's day. Read only after a verb told in
the past at the act's token ('opened'), for a date after a subject relative clause's own finite verb ('that took',
'which came', 'who had'), with no comma between the pronoun and the date; not a statement's verb ('… that said on
Monday': dates_the_statement reads it), nor the act's own verb again. A noun's relative clause before the main verb
('A Japanese bulk carrier that ran aground on a reef in Mauritius last month - … - has broken apart') is read as
before."""

from __future__ import annotations

import re

from .text import Sentence, holds
from .timex import TimeSpan
from .verb_aspect import _finite_verb

_RELATIVES = frozenset({"that", "which", "who"})
_RELATIVE_PREFILTER = re.compile(r"\b(?:that|which|who)\s", re.I)
_STATEMENT_VERB = re.compile(r"(?:said|says|told|announced|confirmed|reported|stated|added)$")
# how far after the act's verb its object's relative clause may open, in tokens ('opened investigations into
# Apple, Google and Meta, in the first cases under a sweeping new law designed to stop Big Tech companies from
# cornering digital markets that took effect …': 25); a run-on text is not read further
_REACH = 60


def dates_relative_clause(sent: Sentence, i: int, span: TimeSpan) -> bool:
    """The span dates a relative clause standing after the past verb at token i, not that verb."""
    text = sent.text
    if span.pos <= 0 or not (0 <= i < len(sent.tokens)) or not holds(sent, _RELATIVE_PREFILTER):
        return False
    toks = sent.tokens
    if not _finite_verb(toks[i].lower):
        return False
    for k in range(i + 1, min(len(toks) - 1, i + 1 + _REACH)):
        if toks[k].start >= span.pos:
            return False
        if toks[k].lower in _RELATIVES and _finite_verb(toks[k + 1].lower) and toks[k + 1].start < span.pos \
                and not (toks[k + 1].lemmas & toks[i].lemmas) and "," not in text[toks[k].start:span.pos] \
                and not _STATEMENT_VERB.match(toks[k + 1].lower):
            return True
    return False
