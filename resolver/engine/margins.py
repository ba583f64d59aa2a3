"""A winning margin the market sets ('win the Ryder Cup by more than 2 points', 'by at least 10
votes'): a report of the win counts only with the margin it gives — a score in the act's
sentence ('won 15-13', 'Europe 15, United States 13') or a stated margin ('won by two points').
A win reported without a margin says nothing of the margin's size."""

from __future__ import annotations

import re

from .lexicon import NUMBER_WORDS

_UNITS = r"(?:percentage[\s-]+points?|points?|goals?|runs?|strokes?|votes?|seats?|wickets?|shots?|games?|sets?)"
_NUM = r"(?P<n>\d+(?:\.\d+)?|[a-z]+)"
_MARKET = re.compile(rf"\bby\s+(?:a\s+margin\s+of\s+)?(?P<cmp>more\s+than|over|at\s+least)\s+{_NUM}\s+{_UNITS}\b|"
                     rf"\bby\s+(?:a\s+margin\s+of\s+)?(?P<n2>\d+(?:\.\d+)?|[a-z]+)\s+(?:or\s+more\s+{_UNITS}|{_UNITS}\s+or\s+more)\b",
                     re.I)  # ('by a margin of 10 percentage points or more')
# a half point: '16½', '14.5', '16 1/2', and '½' as text normalisation leaves it ('161⁄2', the fraction slash)
_HALF = r"(?:½|\.5|\s?1[/⁄]2)?"
SCORE = _SCORE = re.compile(rf"(?<![\d.,/⁄:-])(?P<a>\d{{1,3}}{_HALF})\s*[-–]\s*(?P<b>\d{{1,3}}{_HALF})(?![\d/⁄:%-]|[.,]\d)")
# 'Europe 15, United States 13': two named scores
_NAMED_PAIR = re.compile(rf"\b(?P<na>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)\s+(?P<a>\d{{1,3}}{_HALF})\s*,\s+(?:the\s+)?"
                         rf"(?P<nb>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)\s+(?P<b>\d{{1,3}}{_HALF})\b")
_STATED = re.compile(rf"\bby\s+(?:a\s+margin\s+of\s+)?{_NUM}\s+{_UNITS}\b", re.I)


UNSTATED = "the win's margin is not stated"


def _value(word: str) -> float | None:
    w = re.sub(r"\s?1[/⁄]2$", ".5", word.lower().replace("½", ".5"))  # '16 1/2' → 16.5
    if re.fullmatch(r"\d+(?:\.\d+)?|\.5", w):
        return float(w)
    n = NUMBER_WORDS.get(w)
    return float(n) if n is not None else None


def of_market(question: str) -> tuple[float, bool] | None:
    """(margin, strict) when the question sets a winning margin: strict for 'more than'."""
    m = _MARKET.search(question)
    if not m:
        return None
    n = _value(m.group("n") or m.group("n2"))
    if n is None:
        return None
    return n, bool(m.group("cmp")) and m.group("cmp").lower() != "at least"


def stated(text: str) -> tuple[float, str] | None:
    """The margin a sentence gives, from a score or in words, with its wording."""
    for pat in (_NAMED_PAIR, _SCORE):
        m = pat.search(text)
        if m:
            a, b = _value(m.group("a")), _value(m.group("b"))
            if a is not None and b is not None and a != b:
                return abs(a - b), m.group(0)
    m = _STATED.search(text)
    if m:
        n = _value(m.group("n"))
        if n is not None:
            return n, m.group(0)
    return None


def _wanted(need: tuple[float, bool]) -> str:
    n, strict = need
    return f"{'more than' if strict else 'at least'} {n:g}"


def _meets(margin: float, need: tuple[float, bool]) -> bool:
    n, strict = need
    return margin > n if strict else margin >= n


def check(question: str, text: str) -> tuple[str, float | None, str] | None:
    """None when the market sets no margin; else ('enough'|'short'|'unstated', margin, why)."""
    need = of_market(question)
    if need is None:
        return None
    got = stated(text)
    if got is None:
        return "unstated", None, f"{UNSTATED} (the market needs a margin of {_wanted(need)})"
    margin, wording = got
    return ("enough" if _meets(margin, need) else "short"), margin, \
        f"'{wording}': a margin of {margin:g} (the market needs {_wanted(need)})"


_FINAL = re.compile(r"\bfinal\s+(?:score|result|tally|scoreline)\b", re.I)


def final_score(question: str, text: str, is_candidate) -> tuple[bool, float, str] | None:
    """'The final score - Europe 15, United States 13': for a margin market, the candidate's
    final margin when the sentence says the score is final and names the candidate with a
    score: (enough, margin, why). A candidate behind in it won nothing."""
    need = of_market(question)
    final = _FINAL.search(text) if need is not None else None
    if final is None:
        return None
    m = _NAMED_PAIR.search(text, final.end())
    if not m:
        return None
    a, b = _value(m.group("a")), _value(m.group("b"))
    if a is None or b is None:
        return None
    if is_candidate(m.group("na")) and not is_candidate(m.group("nb")):
        mine, theirs = a, b
    elif is_candidate(m.group("nb")) and not is_candidate(m.group("na")):
        mine, theirs = b, a
    else:
        return None
    margin = mine - theirs
    return _meets(margin, need), margin, f"final score '{m.group(0)}': a margin of {margin:g} (the market needs {_wanted(need)})"
