"""Offset clauses: 'Sweden's parliament on Wednesday voted to reinstate … Stefan Lofven as prime minister, only weeks
after he was ousted in a historic vote of no confidence'. A clause opened by a stretch of time and 'after' or
'before' ('weeks after', 'two days before', 'a month after') tells its verb that stretch away from the main clause's
event: a date of the main clause ('on Wednesday') does not date it (read by SentenceFacts.nearest_span, with the
relative clauses of relative_dates.py). Its verb then has no day of its own; a date inside the offset clause still
dates it ('weeks after he was ousted on June 21'). late_endings.py does not take such an undated verb for an ending
on the publication day: it came that stretch before the main event.

Only whole days or longer count (an 'hours after' may be the same day); the clause runs from 'after' / 'before' to
the next comma, semicolon or dash, or the sentence's end."""

from __future__ import annotations

from .relative_dates import dates_relative_clause
from .text import Sentence
from .timex import TimeSpan

# the stretch before 'after' / 'before': a unit of whole days or longer ('weeks', 'a month', 'two years')
UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "fortnight", "decade", "decades"})
_OPENERS = frozenset({"after", "before"})
_BREAKS = frozenset({",", ";", "—", "–", "--", ":"})
_REACH = 8  # tokens from the opener to the verb


def opener(sent: Sentence, i: int) -> int | None:
    """Index of the 'after' / 'before' of an offset clause holding token i ('only weeks after he was ousted'), else None."""
    toks = sent.tokens
    if not (0 < i < len(toks)) or (" after " not in sent.text and " before " not in sent.text):
        return None
    for k in range(i - 1, max(0, i - _REACH) - 1, -1):
        w = toks[k].lower
        if w in _BREAKS or toks[k].text.endswith((",", ";")):
            return None
        if w in _OPENERS:
            return k if k > 0 and toks[k - 1].lower in UNITS else None
    return None


def _clause_end(sent: Sentence, k: int) -> int:
    """Character offset where the offset clause opened at token k ends."""
    toks = sent.tokens
    for n in range(k + 1, len(toks)):
        if toks[n].lower in _BREAKS:
            return toks[n].start
        if toks[n].text.endswith((",", ";")):
            return toks[n].start + len(toks[n].text)
    return len(sent.text)


def dates_main_clause(sent: Sentence, i: int, span: TimeSpan) -> bool:
    """The span stands outside the offset clause holding token i: it dates the main clause's event, not token i."""
    k = opener(sent, i)
    if k is None or span.pos < 0:
        return False
    return span.pos < sent.tokens[k - 1].start or span.pos >= _clause_end(sent, k)


def dates_other_clause(sent: Sentence, i: int, span: TimeSpan) -> bool:
    """The span dates another clause than token i's: a relative clause after it (relative_dates.py) or the main
    clause of the offset clause it stands in."""
    return dates_relative_clause(sent, i, span) or dates_main_clause(sent, i, span)
