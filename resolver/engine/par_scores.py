"""Golf scores against par: a market whose bar is a score relative to par ('finish at 14 under par
or better', 'be 12 under par or better', 'better than 10 under par') and a sentence that tells a
player's 72-hole total against par ('to close the four days … at 16-under 268', 'finished at 8
under', 'won at 11-under 277'). Lower is better: a score is kept as strokes relative to par
(16 under → -16, 2 over → +2, even → 0).

A round's score ('shot 2-under 69 Sunday') is not the total: a total is told by the finishing
verb before it ('finished', 'closed … at', 'won at', 'a total of') or by the 72-hole total after it
(three digits, 240–310), not a round's (two digits)."""

from __future__ import annotations

from functools import lru_cache

import re
from dataclasses import dataclass

from .numerals import _number

_N = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" \
     r"seventeen|eighteen|nineteen|twenty)"
_REL = rf"(?P<n>{_N})[\s-]+(?P<side>under|over)(?:[\s-]+par)?\b|(?P<even>\beven[\s-]+par\b)"
_BAR_AFTER = re.compile(rf"(?:{_REL})\s+or\s+(?:better|lower|less|under)\b", re.I)
_BAR_BEFORE = re.compile(rf"\b(?:better|lower)\s+than\s+(?:{_REL})", re.I)
_SCORE = re.compile(rf"(?<![\w-])(?:{_REL})(?:\s*(?:par\s+)?(?P<total>\d{{3}})\b)?", re.I)
# a finishing verb right before the score: the score is the total of all rounds
_TOTAL_BEFORE = re.compile(r"\b(?:finish(?:ed|es|ing)?|clos(?:ed|es|ing|e)|end(?:ed|s|ing)?|won|wins|winning|"
                           r"total(?:led|ed)?|completed?)\b(?:[^.;]{0,60}?\s+at|\s+on)?\s+$|"
                           r"\b(?:a\s+)?(?:72-hole\s+|winning\s+)?(?:total|score)\s+of\s+$", re.I)
# a round's score: 'shot 2-under 69', 'a final-round 66', 'in the third round'
_ROUND_AFTER = re.compile(r"\s*(?:\d{2}\b(?!\d)|in\s+the\s+(?:first|second|third|fourth|final)\s+round|on\s+"
                          r"(?:Thursday|Friday|Saturday|Sunday))", re.I)


MET = "the score reported meets the question's bar"


@dataclass(frozen=True)
class Bar:
    """A bar on a score against par: strokes relative to par (-14 for '14 under'), inclusive or not."""

    strokes: int
    inclusive: bool
    text: str

    def met_by(self, strokes: int) -> bool:
        return strokes <= self.strokes if self.inclusive else strokes < self.strokes


@dataclass(frozen=True)
class Score:
    start: int
    end: int
    strokes: int
    text: str


def _strokes(m: re.Match) -> int | None:
    if m.group("even"):
        return 0
    n = _number(m.group("n"))
    if n is None:
        return None
    return -int(n) if m.group("side").lower() == "under" else int(n)


@lru_cache(maxsize=1024)  # a pure reading of the market's or article's text, asked of every sentence
def bar(question: str) -> Bar | None:
    """The par bar a question sets ('14 under par or better' → -14 inclusive), or None."""
    for rx, inclusive in ((_BAR_AFTER, True), (_BAR_BEFORE, False)):
        m = rx.search(question)
        if m and re.search(r"\bpar\b", question, re.I):
            s = _strokes(m)
            if s is not None:
                return Bar(s, inclusive, " ".join(m.group(0).split()))
    return None


def totals(text: str) -> list[Score]:
    """The 72-hole totals against par a sentence tells (a round's score left out)."""
    out = []
    for m in _SCORE.finditer(text):
        s = _strokes(m)
        if s is None:
            continue
        total = m.group("total")
        if total is not None:
            if not 240 <= int(total) <= 310:
                continue
        elif not _TOTAL_BEFORE.search(text[max(0, m.start() - 90):m.start()]) or _ROUND_AFTER.match(text, m.end()):
            continue
        out.append(Score(m.start(), m.end(), s, m.group(0)))
    return out


def wording(strokes: int) -> str:
    return "even par" if strokes == 0 else f"{abs(strokes)} {'under' if strokes < 0 else 'over'} par"
