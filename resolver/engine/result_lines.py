"""Result lines: a match report's score line standing alone as its own sentence ('Leinster 42-14
Ulster', 'Spain 4 - Italy 0') names both sides with their scores. For a market on one side beating
the other by a margin ('Will Spain beat Italy by three or more goals …?'), such a line naming the
market's two sides, and nothing else, tells the full result: who won and by how much. A line with
anything beside the names and the scores ('HT: Leinster 14-6 Ulster', 'Leinster 21-7 Ulster (52
mins)') is an interim score, not a result, and is not read; nor a line whose two names are not
the market's two sides."""

from __future__ import annotations

from functools import lru_cache

import re

from . import margins

# 'Will Spain beat Italy by …', 'Will Leinster defeat Ulster by …': the winner asked and the loser
_SIDES = re.compile(r"^\s*(?i:will)\s+(?:the\s+)?(?P<a>[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,3})\s+"
                    r"(?:beat|defeat|win\s+against|win\s+over)\s+(?:the\s+)?"
                    r"(?P<b>[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,3})\s+by\b")
_NAME = r"[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,3}"
_N = r"\d{1,3}"
# 'Leinster 42-14 Ulster' / 'Spain 4 - Italy 0': the whole sentence, nothing else in it
_LINE_SPLIT = re.compile(rf"^\s*(?P<na>{_NAME})\s+(?P<a>{_N})\s*[-–]\s*(?P<nb>{_NAME})\s+(?P<b>{_N})\s*\.?\s*$")
_LINE_MID = re.compile(rf"^\s*(?P<na>{_NAME})\s+(?P<a>{_N})\s*[-–]\s*(?P<b>{_N})\s+(?P<nb>{_NAME})\s*\.?\s*$")


def sides(question: str) -> tuple[str, str] | None:
    """(winner asked, loser) for a margin market worded 'Will A beat B by …'; else None."""
    if margins.of_market(question) is None:
        return None
    m = _SIDES.search(question)
    return (m.group("a"), m.group("b")) if m else None


def _same_side(name: str, side: str) -> bool:
    """The line's name is the market's side: the same words, or the side's words start it or end it
    ('Leinster' for 'Leinster', 'Leinster Rugby' for 'Leinster')."""
    n, s = name.lower().split(), side.lower().split()
    return n == s or n[:len(s)] == s or n[-len(s):] == s or s[:len(n)] == n


def margin_of(question: str, text: str) -> tuple[float, str] | None:
    """The asked winner's margin (negative when behind, zero for a draw) from a sentence that is a
    result line naming the market's two sides, with the line; else None."""
    asked = sides(question)
    if asked is None:
        return None
    win, lose = asked
    m = _LINE_MID.match(text) or _LINE_SPLIT.match(text)
    if m is None:
        return None
    na, nb, a, b = m.group("na"), m.group("nb"), int(m.group("a")), int(m.group("b"))
    if _same_side(na, win) and _same_side(nb, lose):
        return float(a - b), " ".join(text.split())
    if _same_side(nb, win) and _same_side(na, lose):
        return float(b - a), " ".join(text.split())
    return None


def meets(question: str, margin: float) -> bool:
    need = margins.of_market(question)
    assert need is not None
    n, strict = need
    return margin > n if strict else margin >= n


# a report telling the match as over: a result word somewhere in its title or body
_OVER = re.compile(r"\b(?:won|wins?|beat|beaten|beats|victory|victorious|champions?|defeat(?:ed|s)?|crush(?:ed|es)?|"
                   r"thrash(?:ed|es)?|humiliat\w*|retain(?:ed|s)?|full[- ]time|final\s+whistle|final\s+score)\b", re.I)
# a running report, whose score lines may be interim ones
_RUNNING = re.compile(r"\blive\b|\bhalf[- ]time\b|\bHT\b|\bas\s+it\s+happened\b|\bminute[- ]by[- ]minute\b", re.I)


@lru_cache(maxsize=1024)  # a pure reading of the market's or article's text, asked of every sentence
def told_over(title: str, text: str) -> bool:
    """The article tells the match as over (a result word) and is no running (live) report."""
    whole = f"{title}\n{text}"
    return bool(_OVER.search(whole)) and not _RUNNING.search(whole)
