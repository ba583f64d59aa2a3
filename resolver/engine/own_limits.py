"""A time limit told as the question's own event: a market whose deadline is an event, not a date
('Will Zambia pay its missed … coupon before the 30-day grace period expires?', '… before the
election?', '… until the season ends?'), and a statement ruling the act out up to that same event
('Zambia will not pay an overdue Eurobond coupon before a 30-day grace period expires'). Such a
statement gives a time limit, and the limit is the market's: it covers the deadline as a date
would, so it is no bare forecast ('will not pay', with no limit, which decides only with two
sources). The limit in the sentence must stand after 'before' or 'until' in the clause of the
act and name every content word of the question's limit (numbers and articles aside: 'a 30-day
grace period expires' and 'grace period expires' both name 'the 30-day grace period expires').
A question whose limit is a date ('before March 1') has none of its own here, nor one ending with
'by' ('be passed by the House': an agent as often as a limit). Read by
rules/ruled_out.py. Pure and deterministic."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import MONTHS
from .text import Sentence, lemmas_of

_LIMIT = re.compile(r"\b(?:before|until|till)\s+(?P<det>the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+)?"
                    r"(?P<np>[A-Za-z0-9][^?,;:]{2,60}?)\s*\??\s*$", re.I)
_LIMIT_WORDS = frozenset({"before", "until", "till"})
_SKIP = frozenset({"the", "a", "an", "its", "their", "his", "her", "of", "is", "are", "be"})
_DATED = re.compile(r"\b(?:\d{4}|\d{1,2}(?:st|nd|rd|th)?|end|start|beginning|middle|year|month|week|day|today|tomorrow|"
                    r"tonight|noon|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|q[1-4])\b", re.I)


def _lemma(word: str) -> str:
    w = word.lower()
    return sorted(lemmas_of(w))[0] if lemmas_of(w) else w


@lru_cache(maxsize=1024)
def limit_of(question: str) -> tuple[str, ...]:
    """The lemmas of the content words of the event the question ends its window with ('before
    the 30-day grace period expires' → grace, period, expire); () for a date or none."""
    m = _LIMIT.search(question.strip())
    if not m:
        return ()
    np = re.sub(r"\b\d+(?:\.\d+)?-[a-z]+\b", " ", m.group("np"))  # 'the 30-day grace period': a length, no date
    if _DATED.search(np) or any(w.lower().rstrip(".") in MONTHS for w in np.split()):
        return ()
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", np) if w.lower() not in _SKIP]
    if not words or len(words) > 6 or (len(words) == 1 and not m.group("det")):
        return ()  # one bare word ('before Christmas') is as likely a date's name as an event's
    return tuple(_lemma(w) for w in words)


def own_limit(question: str, sent: Sentence, i: int) -> str | None:
    """The words of a limit in token i's clause naming the question's own limit event ('before a
    30-day grace period expires'), else None."""
    wanted = limit_of(question)
    if not wanted:
        return None
    toks = sent.tokens
    a, b = sent.clause_of(i)
    for k in range(i + 1, b):
        if toks[k].lower not in _LIMIT_WORDS:
            continue
        stretch = toks[k + 1:min(b, k + 1 + len(wanted) + 4)]
        got = {_lemma(t.text) for t in stretch} | {t.lower for t in stretch}
        if all(w in got for w in wanted):
            last = max(j for j, t in enumerate(stretch) if _lemma(t.text) in wanted or t.lower in wanted)
            end = stretch[last]
            return sent.text[toks[k].start:end.start + len(end.text)]
    return None
