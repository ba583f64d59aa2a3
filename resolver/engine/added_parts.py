"""Added parts: the mirror of component cuts. A market whose criteria leave a part out of the
measure ('the hammer price (excluding the buyer's premium)', 'like-for-like sales (excluding fuel
and VAT)', 'punitive damages (excluding compensatory and emotional-distress damages)') does not
read a figure told with that part in ('with the buyers premium the price is $119,922,500',
'$2.1 billion including fuel'): that figure is a wider measure. A figure told 'excluding' the part
is the market's own measure. The part is read in the figure's own clause: a part phrase right
after the figure, unless another figure follows the phrase as its own ('… $107 Million with the
buyers premium the price is $119,922,500': the premium leads the second figure), or right before
it with no other figure between. The same amount told again in the article ('sold … for a record
$119,922,500') is the same wider figure. Pure; regular expressions only."""

from __future__ import annotations

import re
from functools import lru_cache

# the part the criteria leave out: '(excluding the buyer's premium)', 'excluding allies'
_LEFT_OUT = re.compile(r"\b(?:excluding|not\s+including|exclusive\s+of|net\s+of)\s+(?P<part>[^).;:]{3,60})", re.I)
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "any", "a", "an", "those", "all"})
# a head noun too common to stand alone for its part ('treasury shares' → 'shares' alone is not it)
_GENERIC_HEADS = frozenset({"shares", "share", "time", "sales", "costs", "cost", "votes", "seats", "prices", "price",
                            "damages", "items", "data", "figures", "allies"})
# the words that add a part to a figure
_ADDING = r"(?:with|including|includes|included|plus|inclusive\s+of|incl\.?)\s+(?:the\s+|its\s+|a\s+)?"
# an amount: '$119,922,500', '$119,922, 500' (a stray space in the digit groups), '$107 Million', '£9.5m'
_AMOUNT = re.compile(r"\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:\s*(?:million|billion|bn|m)\b)?", re.I)
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}
_FIGURE = re.compile(r"\d")
_BREAK = re.compile(r"[.;:!?](?:\s|$)")


def _word(w: str) -> str:
    """A part's word, its possessive loose ('buyer's', 'buyers', 'buyers'')."""
    w = re.sub(r"['’]s$|s['’]$|['’]$", "", w.lower())
    return re.escape(w) + r"(?:['’]?s['’]?|s)?"


@lru_cache(maxsize=512)
def _parts(criteria: str) -> re.Pattern[str] | None:
    """A pattern of the parts the criteria leave out, each with the words that add it; None when
    the criteria leave none out."""
    alts = []
    for m in _LEFT_OUT.finditer(criteria):
        for piece in re.split(r",|\band\b|\bor\b", m.group("part")):
            words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", piece) if w.lower() not in _DETERMINERS]
            if not words:
                continue
            head = words[-1].lower()
            if len(words) >= 2:
                mod = rf"{_word(words[-2])}\s+"
                alts.append(rf"{mod}{_word(head)}" if head in _GENERIC_HEADS else rf"(?:{mod})?{_word(head)}")
            elif head not in _GENERIC_HEADS:
                alts.append(_word(head))
    if not alts:
        return None
    return re.compile(rf"\b{_ADDING}(?:{'|'.join(alts)})\b", re.I)


def _value(s: str) -> float | None:
    m = re.match(r"(\d[\d,\s]*(?:\.\d+)?)\s*(million|billion|bn|m)?\b", s, re.I)
    if not m:
        return None
    digits = re.sub(r"[,\s]", "", m.group(1))
    try:
        return float(digits) * _SCALE.get((m.group(2) or "").lower(), 1)
    except ValueError:
        return None


def _told_with(text: str, start: int, end: int, parts: re.Pattern[str]) -> str | None:
    """The phrase adding a left-out part to the figure at start..end in its own clause, else None."""
    after = parts.search(text, end, min(len(text), end + 40))
    if after and re.fullmatch(r"[\s,(]*", text[end:after.start()]):
        rest = text[after.end():after.end() + 40]
        stop = _BREAK.search(rest)
        if not _FIGURE.search(rest[:stop.start()] if stop else rest):
            return after.group(0).strip()  # '$119.9 million, including the buyer's premium'
    lead = text[max(0, start - 60):start]
    before = list(parts.finditer(lead))
    if before and not _FIGURE.search(lead[before[-1].end():]) and not _BREAK.search(lead[before[-1].end():]):
        return before[-1].group(0).strip()  # 'with the buyers premium the price is $119,922,500'
    return None


def added_part(criteria: str, text: str, start: int, end: int, article: str = "") -> str | None:
    """The phrase that tells the figure at start..end of `text` with a part the criteria leave out
    (in its own sentence, or the same amount told so elsewhere in `article`), else None."""
    if not criteria or not re.search(r"\b(?:excluding|not\s+including|exclusive\s+of|net\s+of)\b", criteria, re.I):
        return None
    parts = _parts(criteria)
    if parts is None:
        return None
    own = _told_with(text, start, end, parts)
    if own or not article or not parts.search(article):
        return own
    value = _value(text[start:end].lstrip("$€£¥ "))
    if not value or value < 1000:
        return None  # a small number recurs by chance; a full amount ('$119,922,500') is the same figure
    for m in _AMOUNT.finditer(article):
        if _value(m.group(0)) == value:
            told = _told_with(article, m.start(), m.end(), parts)
            if told:
                return f"{told} (the same amount, told so elsewhere in the article)"
    return None
