"""A name's last word alone names its bearer only where no other name word stands right before
it. 'Madrid' stands for 'Atletico Madrid' and 'Trump' for 'Donald Trump', but 'Real Madrid',
'AC Milan' and 'Eric Trump' name a different side or person sharing that word: a capitalised word
right before the last word is another name's first part. Titles and honorifics ('President
Trump', 'FM Baerbock'), party and nationality words ('Democrat Harris', 'Spaniard Alcaraz'), words
opening a sentence or a headline ('But Trump', 'Harris Concedes To Trump'), the name's own words and
their initials ('Lopez Obrador', 'LA Dodgers' for 'Los Angeles Dodgers'; 'JM Coetzee' for 'J.M. Coetzee') are not another name; a
word closed by a full stop ('Mr. Trump', 'U.S. Steel') or written as a possessive ('Tesla's Musk')
is not read at all.

The names pattern stays one compiled regex (names_pattern, compiled_names: compiled once a process
for each set of aliases); GuardedNames wraps it and drops a match of a last word alone that another
name word stands before (the word lists: data/name_guard.json)."""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from typing import Iterator

from . import lexicon
from .entities import demonyms
from .packaged import load_json

_DATA = load_json("name_guard.json")
# the word right before a match, one space apart, not after a hyphen, an apostrophe or a full stop
_PREV_WORD = re.compile(r"(?<![\w'’.-])(\w+)\s$")


def fold(word: str) -> str:
    """A lowercase word without its diacritics ('atlético' → 'atletico')."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Capitalised words that may stand before a name's last word: name_guard.json, months,
    weekdays, demonyms."""
    words = {w for key, vals in _DATA.items() if not key.startswith("_") for w in vals}
    words |= set(lexicon.MONTHS) | set(lexicon.WEEKDAYS) | set(demonyms())
    return frozenset(fold(w) for w in words)


def own_words(name: str) -> frozenset[str]:
    """The name's words before its last (folded), and their initials ('la' for 'Los Angeles Dodgers')."""
    parts = [p for p in re.split(r"[\s-]+", name.strip()) if p]
    lead = [fold(p) for p in parts[:-1]]
    out = set(lead) | {p.replace(".", "") for p in lead if "." in p}  # 'JM' for 'J.M. Coetzee': initials without stops
    if len(lead) >= 2:
        out.add("".join(p[0] for p in lead if p))
    return frozenset(out)


def another_name_before(text: str, start: int, own: frozenset[str]) -> bool:
    """A capitalised word, not a common one nor one of the name's own, stands right before `start`."""
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1)
    return word[:1].isupper() and fold(word) not in common_words() and fold(word) not in own


class GuardedNames:
    """A compiled names pattern whose matches of `last` (lowercase, folded: the name's last word
    alone) count only where another_name_before is false. Search-like methods are guarded; any
    other attribute is the wrapped pattern's."""

    def __init__(self, pattern: re.Pattern[str], last: frozenset[str], own: frozenset[str]):
        self._p = pattern
        self._last = last
        self._own = own

    def __getattr__(self, name: str):
        return getattr(self._p, name)

    def _ok(self, m: re.Match[str] | None) -> bool:
        return m is None or fold(m.group(0)) not in self._last or not another_name_before(m.string, m.start(), self._own)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        while True:
            m = self._p.search(string, pos, endpos)
            if self._ok(m):
                return m
            pos = m.start() + 1

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        m = self._p.match(string, pos, endpos)
        return m if self._ok(m) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        m = self._p.fullmatch(string, pos, endpos)
        return m if self._ok(m) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        while True:
            m = self.search(string, pos, endpos)
            if m is None:
                return
            yield m
            pos = m.end() if m.end() > m.start() else m.start() + 1

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        return [m.group(0) for m in self.finditer(string, pos, endpos)]


def guarded(pattern: re.Pattern[str], name: str, last: frozenset[str]):
    """`pattern` guarded for the last-word aliases `last` of `name` (the pattern itself when none)."""
    return GuardedNames(pattern, frozenset(fold(a) for a in last), own_words(name)) if last else pattern


@lru_cache(maxsize=4096)
def compiled_names(pattern: str) -> re.Pattern[str]:
    """A case-blind pattern of names, compiled once a process: the same actors come back market
    after market, and a pattern of many aliases costs more to compile than to search."""
    return re.compile(pattern, re.I)


def names_pattern(alternatives: str) -> re.Pattern[str]:
    """One of several names, not inside a longer word or hyphenated name."""
    return compiled_names(rf"(?<![\w-])(?:{alternatives})")
