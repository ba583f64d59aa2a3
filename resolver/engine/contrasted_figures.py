"""A figure in one of two contrasted clauses: 'Barbie raked in an impressive $162 million during
its opening weekend, making it the biggest opening of the year so far, while Oppenheimer's
theatrical run started with $82 million in its first three days'. A sentence that sets two sides
side by side ('…, while …', '…, whereas …', '…; …') gives each clause's figure to the name that
clause tells of: a figure in a clause that names another side and not the market's subject, when
another clause names the subject, is the other side's figure, whatever the sentence as a whole
names. Read by rules/threshold_crossed.py. Pure and deterministic.

So is a figure of a sentence that names the market's subject nowhere (read only because its article
names it), when the clause holding the figure has another name for its subject, right before its
verb: 'For comparison, Inside Out 2 scored $13 million in Thursday previews earlier this year before
scoring a $154 million opening weekend' in an article on Moana 2 (`other_subject`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterable

from .quantities import names_overlap, owner_before
from .word_class import verb_lemmas, verb_tag

# the boundary between two contrasted clauses
_CONTRAST = re.compile(r",\s*(?:while|whereas|but\s+while)\s+|\s+(?:while|whereas)\s+(?=[A-Z\"'“‘])|;\s+", re.I)


@lru_cache(maxsize=64)
def _clauses(text: str) -> tuple[tuple[int, int], ...]:
    """The sentence's contrasted clauses, read once per sentence, not once per figure."""
    cuts = [0] + [x for m in _CONTRAST.finditer(text) for x in (m.start(), m.end())] + [len(text)]
    return tuple((cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2))


def other_owner(text: str, start: int, patterns: Iterable[re.Pattern[str]], common: Callable[[str], bool],
                actors: Iterable[str] = ()) -> str | None:
    """The name of the other side that owns the figure at `start`, when its clause names another side
    and not the market's subject (`patterns`) and another clause of the sentence names the subject;
    else None. A name that is one of the market's `actors` by a shared word or an acronym ('the U.S.
    Geological Survey' for 'USGS') is the market's own."""
    patterns = list(patterns)
    clauses = _clauses(text)
    if len(clauses) < 2:
        return None
    own = next(((a, b) for a, b in clauses if a <= start < b), None)
    if own is None:
        return None
    a, b = own
    if any(p.search(text[a:b]) for p in patterns):
        return None
    if not any(p.search(text[x:y]) for x, y in clauses if (x, y) != own for p in patterns):
        return None
    name = owner_before(text[a:b], start - a, common)
    if name is None or any(p.search(name) for p in patterns) or names_overlap(text[a:start], list(actors)):
        return None  # (the clause's words as written: 'the U.S. Geological Survey recorded' is USGS's)
    return name


# the words right after a name: an optional sequel or model number, an auxiliary, an adverb in -ly
# ('The Dark Knight had previously held the record'), then a lowercase word
_AFTER_NAME = re.compile(r"\s*(?:\d+\s+)?(?:has\s+|had\s+|have\s+)?(?:[a-z]+ly\s+)?([a-z]+)\b")


def other_subject(text: str, start: int, patterns: Iterable[re.Pattern[str]], common: Callable[[str], bool],
                  actors: Iterable[str] = (), article: str = "") -> str | None:
    """The other name whose figure the one at `start` is, when the sentence names the market's subject
    (`patterns`, `actors`) nowhere and the figure's nearest name before it in its clause is the subject of
    a past or present verb ('Inside Out 2 scored …'); else None. A short name the `article` brings in
    in parentheses right after one of the market's names ('the National Bank of Romania (BNR)') is the
    market's own."""
    patterns = list(patterns)
    if any(p.search(text) for p in patterns) or names_overlap(text, list(actors)):
        return None
    a, b = next(((x, y) for x, y in _clauses(text) if x <= start < y), (0, len(text)))
    name = owner_before(text[a:b], start - a, common)
    if name is None:
        return None
    at = text.rfind(name, a, start)
    if at < 0:
        return None
    m = _AFTER_NAME.match(text, at + len(name))
    if m is None or m.end() > start:
        return None
    word = m.group(1)
    if re.search(rf"\(\s*{re.escape(name)}\s*\)", article) and any(
            p.search(article[max(0, k.start() - 80):k.start()]) for k in re.finditer(rf"\(\s*{re.escape(name)}\s*\)", article)
            for p in patterns):
        return None  # 'the National Bank of Romania (BNR) …; BNR kept …': the market's own body by its short name
    return name if any(verb_tag(word, lem) in ("VBD", "VBZ") for lem in verb_lemmas(word)) else None
