"""Release vintages: a market on a statistic's early release ('the BEA's advance estimate', 'the
initial Employment Situation release', 'the first estimate') reads that release's figure only.
A later release revises it ('1.4 percent …, according to the "third" estimate', 'In the second
estimate, the increase in real GDP was 1.2 percent'), and its figure, published after the early
one, must neither settle the market nor stand as the newer report of the same figure. A figure
is of the vintage named nearest before it in its sentence; else of one named after it in an
'according to' phrase or right after it; else, when the sentence names none, of the one the
article's headline names ('Gross Domestic Product, 1st quarter 2017 (third estimate)').
(The reverse, a market on the final reading not reading the flash one, is excluded_figures'.)
A market on a numbered later release ('the second estimate of US Q1 2014 real GDP growth') reads
a figure only when its sentence or headline names a later release: a figure told with no release
named may be the first one, published before the asked release. Pure; regular expressions only."""

from __future__ import annotations

import re
from functools import lru_cache

# the early release a market asks about: 'advance estimate', 'first official estimate', 'initial
# Employment Situation release' (not 'the first five days of release')
_EARLY_ASKED = re.compile(r"\b(?:advance|flash|preliminary|initial|first)\s+(?:(?!of\b|days?\b|weeks?\b|months?\b)"
                          r"[A-Za-z-]+\s+){0,2}?(?:estimate|reading|release|print)s?\b", re.I)
# the words of an early release in a report, and of a later one
_EARLY = re.compile(r"\b(?:advance|flash|preliminary|initial|first)\W{0,2}\s+(?:[A-Za-z-]+\s+)?(?:estimate|reading|"
                    r"release|print)s?\b", re.I)
# ('revised central bank data showed', 'the revised figure was …': the data or figure revised is the later release)
_LATER = re.compile(r"\b(?:(?:second|third|final|revised|later|updated)\W{0,2}\s+(?:[A-Za-z-]+\s+)?(?:estimate|"
                    r"reading|release|print)s?|revised\s+(?:[A-Za-z-]+\s+){0,2}?(?:data|figures?))\b", re.I)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the|its|a)\s+", re.I)


@lru_cache(maxsize=1024)
def asks_early(question: str, criteria: str) -> str | None:
    """The early release the market reads ('advance estimate'), else None."""
    m = _EARLY_ASKED.search(question) or _EARLY_ASKED.search(criteria)
    return " ".join(m.group(0).split()) if m else None


def later_release(question: str, criteria: str, text: str, start: int, end: int, headline: str = "") -> str | None:
    """For a market on an early release, the words naming the later release whose figure the one
    at start..end of `text` is; else None."""
    if not asks_early(question, criteria):
        return None
    before = [(m.start(), m.group(0), True) for m in _LATER.finditer(text, 0, start)]
    before += [(m.start(), m.group(0), False) for m in _EARLY.finditer(text, 0, start)]
    if before:
        _, words, later = max(before)
        return _words(words) if later else None
    after_later = [m for m in _LATER.finditer(text, end)]
    after_early = [m for m in _EARLY.finditer(text, end)]
    for m in after_later:
        lead = text[max(end, m.start() - 30):m.start()]
        close = m.start() - end <= 30 and not re.search(r",|;|\b(?:and|but|while|whereas|after|from)\b", text[end:m.start()])
        if (_ACCORDING.search(lead) or close) and not any(e.start() < m.start() for e in after_early):
            return _words(m.group(0))
    if after_early or not headline or _EARLY.search(headline):
        return None
    m = _LATER.search(headline)
    return f"{_words(m.group(0))} (in the headline)" if m else None


# a numbered later release a market asks about: 'the second estimate', 'the third reading'
# ('revised (second) estimate' in the criteria; 'revised October–December 2008 GDP estimate')
_LATER_ASKED = re.compile(r"\b(?:second|third|revised)\W{0,2}\s+(?:[\w–-]+\s+){0,3}?(?:estimate|reading|release|print)\b",
                          re.I)


# a figure set against the early one ('contracted by 1.9 percent …, against an initially estimated drop
# by 1.6 percent', 'compared with a preliminary reading of …'): itself a later release
_SET_AGAINST_EARLY = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|instead\s+of|rather\s+than)\s+(?:an?|the|its)\s+"
                                r"(?:initial(?:ly)?|preliminary|first|advance|flash|original(?:ly)?)\b", re.I)


def asks_later(question: str, criteria: str = "") -> bool:
    """Whether the market reads a numbered or revised later release ('the second estimate', 'the Bank
    of Korea's revised estimate'), which comes out some two or three months after its period."""
    return bool(_LATER_ASKED.search(question) or _LATER_ASKED.search(criteria))


def unnamed_for_later(question: str, text: str, headline: str = "", criteria: str = "") -> str | None:
    """For a market on a numbered or revised later release ('the second estimate', 'Japan's revised
    October–December 2008 GDP estimate'), the release's words when neither the figure's sentence
    nor the article's headline names a later release; else None."""
    asked = _LATER_ASKED.search(question) or _LATER_ASKED.search(criteria)
    if asked is None or _LATER.search(text) or _SET_AGAINST_EARLY.search(text) or (headline and _LATER.search(headline)):
        return None
    return " ".join(asked.group(0).split())


def _words(found: str) -> str:
    """The release's words without quotation marks ('"third" estimate' → 'third estimate')."""
    return " ".join(re.findall(r"[A-Za-z-]+", found))


# a release named with its own figure: 'the second estimate of 3.7 percent', 'to reach the third estimate of 3.9 percent'
_RELEASE_WITH = re.compile(r"\b(?P<which>advance|flash|preliminary|initial|first|second|third|final|revised|later|latest)\W{0,2}\s+"
                           r"(?:[A-Za-z-]+\s+)?(?:estimate|reading|release|print)s?\s+(?:of|at|was|is|showed|shows)\s+"
                           r"(?:an?\s+)?(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)", re.I)
_EARLY_WORDS = frozenset({"advance", "flash", "preliminary", "initial", "first"})


def later_by_value(question: str, criteria: str, title: str, body: str, number: float, sentence: str) -> str | None:
    """For a market on an early release, the words of a later release the article names with the
    figure's own number ('GDP: Economy Expands 3.9 Percent in Second Quarter' over '… to reach the
    third estimate of 3.9 percent'): the figure told elsewhere with no release named is that later
    one. None when the figure's `sentence` names a release itself (later_release reads it), when the
    article names the early release with the same number too (the revision kept it), or names no
    release with it."""
    if "estimate" not in body and "reading" not in body and "release" not in body and "print" not in body:
        return None
    if not asks_early(question, criteria) or names_release(sentence):
        return None
    later, early = None, False
    for m in _RELEASE_WITH.finditer(f"{title}\n{body}"):
        if abs(float(m.group("n")) - abs(number)) > 1e-9:
            continue
        if m.group("which").lower() in _EARLY_WORDS:
            early = True
        else:
            later = later or " ".join(m.group(0).split())
    return None if early else later


def names_release(text: str) -> bool:
    """The sentence names a release of a statistic, early or later ('the advance estimate', 'revised data')."""
    return bool(_EARLY.search(text) or _LATER.search(text))
