"""A body's short name made of its long name's words, each clipped or told by its initials: 'Stats NZ' for
'Statistics New Zealand', 'Stats SA' for 'Statistics South Africa', 'Stat Canada' for 'Statistics Canada'
(quantities.names_overlap: whose figure a sentence gives). Every word of both names must be accounted for, in
order: a short word is a long word clipped ('Stats', 'Stat': its first four letters or more, with perhaps a plural
's') or the initials of two or more long words in capitals ('NZ': New Zealand). 'Statistics Norway' is not
'Stats NZ'; a clip of three letters ('Met' for 'Meteorological' or 'Metro') tells too little."""

from __future__ import annotations

import re
from functools import lru_cache

_GLUE = frozenset({"of", "the", "and", "for", "&"})


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s]+", name.replace(".", "").strip()) if w and w.lower() not in _GLUE]


def _clips(short: str, long: str) -> bool:
    s, l_ = short.lower(), long.lower()
    if s == l_:
        return True
    stem = s[:-1] if s.endswith("s") and len(s) > 4 else s
    return len(stem) >= 4 and len(stem) < len(l_) and l_.startswith(stem)


@lru_cache(maxsize=1024)
def _aligned(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    if not short or not long:
        return not short and not long
    head, rest = short[0], short[1:]
    if _clips(head, long[0]) and _aligned(rest, long[1:]):
        return True
    if head.isupper() and 2 <= len(head) <= len(long) and all(w[:1].isupper() for w in long[:len(head)]) \
            and "".join(w[0] for w in long[:len(head)]).upper() == head and _aligned(rest, long[len(head):]):
        return True
    return False


def shortens(a: str, b: str) -> bool:
    """One name is the other's short form, word by word ('Stats NZ', 'Statistics New Zealand'), with a clipped word
    among them (two names of initials only are the acronym test's)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb or len(wa) == len(wb) and [w.lower() for w in wa] == [w.lower() for w in wb]:
        return False
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if all(w.isupper() for w in short):
        return False
    return _aligned(tuple(short), tuple(long))
