"""A figure owned by another party, after its possessive: 'Soto's deal surpassed Shohei Ohtani's 10-year,
$700 million pact' for a market on Soto's contract. The figure is Ohtani's; the sentence sets the market's
subject against it, so the figure is no level of the market's quantity (guard read by rules/threshold_crossed.py,
as act_sums.py guards its one-off sums).

Read when the figure stands at most four words after a capitalised name's possessive ('Shohei Ohtani's',
'the Dodgers''), with no verb of being, having or saying between them, the name is none of the market's (its
actors' patterns, a shared word with its actors or a word of its question), no common word (a month, a weekday,
a country: 'Sunday's', 'Japan's' are left to the other readings), and the market's subject is named elsewhere in
the sentence. Pure and cheap: a possessive mark is looked for before any regular expression."""

from __future__ import annotations

import re
from typing import Callable, Iterable

from .quantities import names_overlap

WHY = "it follows that party's possessive, in a sentence that sets the market's subject against it"
_OWNER = re.compile(r"((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)(?:['’]s|s['’])\s+((?:[\w,-]+\s+){0,4})$")
_STOPS = frozenset({"is", "was", "were", "are", "be", "been", "has", "had", "have", "said", "says", "than", "and",
                    "or", "while", "but", "to", "of", "for", "with", "from", "by", "at", "in", "on"})


def owner(question: str, text: str, start: int, patterns: Iterable[re.Pattern[str]], common: Callable[[str], bool],
          actors: Iterable[str] = ()) -> str | None:
    """The other party whose possessive the figure at `start` follows, or None."""
    before = text[max(0, start - 90):start]
    if "'" not in before and "’" not in before:
        return None
    m = _OWNER.search(before)
    if m is None or any(w.strip(",").lower() in _STOPS for w in m.group(2).split()):
        return None
    name = m.group(1)
    words = name.split()
    patterns = list(patterns)
    qlow = question.lower()
    while words and common(words[0]):
        words = words[1:]  # a sentence's first word ('After Shohei Ohtani's …')
    if not words or any(common(w) for w in words) or any(p.search(name) for p in patterns) \
            or names_overlap(name, list(actors)) or any(re.search(r"\b%s\b" % re.escape(w.lower()), qlow) for w in words):
        return None
    at = max(0, start - 90) + m.start(1)
    rest = text[:at] + " " * (start - at) + text[start:]
    if not any(p.search(rest) for p in patterns):
        return None  # the market's subject named nowhere else: nothing set against the other's figure
    return " ".join(words)
