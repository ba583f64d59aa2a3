"""A length of time told in two or more units is one length: 'sentenced … to 20 years and six months
in prison' is a term of 20.5 years, '8 years, 4 months' one of 8⅓ years, '11 years, 5 months and 15
days' one of about 11.46 years. A count reader that meets one part of it ('six months', read back from
the act at the sentence's end) must weigh the whole term, not the part: the part alone is short of
any bar the whole meets.

The parts must run from the larger unit down to the smaller one (years, months, weeks, days), each a
number with its unit, joined by 'and' or a comma; 'a year and a half' is not read here, nor parts whose
last is followed by 'later', 'after', 'ago' … ('10 years and 3 months later appealed'). Read by the
count reader of a market's least count (rules/least_count.py). Pure and deterministic."""

from __future__ import annotations

import re

from .lexicon import NUMBER_WORDS

DAYS_IN = {"year": 365.25, "month": 30.4375, "week": 7.0, "day": 1.0}  # units of a term, in days
_ORDER = ("year", "month", "week", "day")
_JOINS = frozenset({"and", ","})
# words after a length that make it a time between events, not a part of the term ('sentenced to 10
# years and 3 months later appealed': 10 years, then an appeal three months on)
_RELATIONAL = frozenset({"later", "after", "before", "ago", "into", "earlier", "afterwards"})


def _number(word: str) -> float | None:
    w = word.lower().replace(",", "")
    if w.replace(".", "", 1).isdigit():
        return float(w)
    n = NUMBER_WORDS.get(w)
    return float(n) if n is not None and w not in ("a", "an") else None


def _unit(toks, j: int) -> str | None:
    """The unit of time at token j ('years' → 'year'), else None."""
    if j >= len(toks):
        return None
    u = toks[j].lower
    u = u[:-1] if u.endswith("s") else u
    return u if u in DAYS_IN else None


def _part(toks, k: int) -> tuple[float, str] | None:
    """(number, unit) of a part 'N <unit>' at token k."""
    if k < 0 or k >= len(toks):
        return None
    n, u = _number(toks[k].lower), _unit(toks, k + 1)
    return (n, u) if n is not None and u else None


def whole(toks, k: int) -> tuple[int, int, float] | None:
    """For a number at token k with its unit of time, the whole length it is a part of, when the
    length is told in more than one unit: (first token, token after the last, length in days);
    None when the part stands alone."""
    here = _part(toks, k)
    if here is None:
        return None
    start = k
    while True:  # back to the largest unit: '20 years and [six] months'
        j = start - 1
        if j < 2 or toks[j].lower not in _JOINS:
            break
        prev = _part(toks, j - 2)
        cur = _part(toks, start)
        if prev is None or cur is None or _ORDER.index(prev[1]) >= _ORDER.index(cur[1]):
            break
        start = j - 2
    end, days, unit = start, 0.0, None
    while True:  # on to the smallest: '[11] years, 5 months and 15 days'
        part = _part(toks, end)
        if part is None or (unit is not None and _ORDER.index(part[1]) <= _ORDER.index(unit)):
            break
        days += part[0] * DAYS_IN[part[1]]
        unit, end = part[1], end + 2
        if end < len(toks) and toks[end].lower in _JOINS and _part(toks, end + 1) is not None \
                and _ORDER.index(_part(toks, end + 1)[1]) > _ORDER.index(unit):
            end += 1
            continue
        break
    if end - start <= 2:
        return None  # one part only: '25 years'
    if end < len(toks) and toks[end].lower in _RELATIONAL:
        return None  # '… and 3 months later': the last part dates another event
    return start, end, days


# a count with a half or other fraction: 'two-and-a-half years', 'two and a half years', '2½ years', '2 1/2 years'
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_HALF_WORD = re.compile(r"(?P<n>\d+|[a-z]+)-and-a-half", re.I)


def fractional(toks, k: int) -> tuple[int, float] | None:
    """For a count whose last word is token k and whose unit follows it, told with a fraction
    ('two-and-a-half', 'two and a half', '2 ½', '2 1/2'): (its first token, its value); None when
    token k ends no such count."""
    if k < 0 or k >= len(toks):
        return None
    w = toks[k].lower
    m = _HALF_WORD.fullmatch(w)
    if m:
        n = _number(m.group("n"))
        return (k, n + 0.5) if n is not None else None
    if w == "half" and k >= 3 and [t.lower for t in toks[k - 2:k]] == ["and", "a"]:
        n = _number(toks[k - 3].lower)
        return (k - 3, n + 0.5) if n is not None else None
    if w in _VULGAR:
        n = _number(toks[k - 1].lower) if k >= 1 else None
        return (k - 1, n + _VULGAR[w]) if n is not None else (k, _VULGAR[w])
    if k >= 2 and toks[k - 1].lower == "\u2044" and w.isdigit() and toks[k - 2].lower.isdigit():
        # '3½' comes out of NFKC as '31⁄2': the numerator glued to the whole number before the fraction slash
        whole, num = toks[k - 2].lower[:-1], int(toks[k - 2].lower[-1])
        return (k - 2, float(whole or 0) + num / int(w)) if 0 < num < int(w) else None
    if k >= 3 and toks[k - 1].lower == "/" and w.isdigit() and toks[k - 2].lower.isdigit() \
            and toks[k - 3].lower.isdigit() and int(toks[k - 2].lower) < int(w):
        return k - 3, float(toks[k - 3].lower) + int(toks[k - 2].lower) / int(w)  # '2 1/2 years'
    return None


def half_after(toks, j: int) -> bool:
    """'and a half' stands at token j ('a year and a half', 'six years and a half')."""
    return [t.lower for t in toks[j:j + 3]] == ["and", "a", "half"]
