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

from . import lexicon, transliteration
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
    """The name's words before its last (folded), their other spellings ('mohamed' for 'Mohammed
    Morsi', 'vladimir' and 'dmitri' for 'Volodymyr', 'Dmitry': transliteration.given_forms), and
    their initials, closed up or one by one ('la' for 'Los Angeles Dodgers'; 'jm' and 'm' for
    'J.M. Coetzee', written 'JM Coetzee' and 'J M Coetzee')."""
    parts = [p for p in re.split(r"[\s-]+", name.strip()) if p]
    lead = [fold(p) for p in parts[:-1]]
    out = set(lead) | {p.replace(".", "") for p in lead if "." in p}  # 'JM' for 'J.M. Coetzee': initials without stops
    out |= set(lead_initials(name))  # 'J M Coetzee' for 'J.M. Coetzee'
    out |= {f for p in lead for f in transliteration.given_forms(p)}
    if len(lead) >= 2:
        out.add("".join(p[0] for p in lead if p))
    return frozenset(out)


# a given name written as initials ('j.m.', 'j.', 'jm' when the question writes it in capitals)
_INITIALS = re.compile(r"(?:[a-z]\.){1,3}|[a-z]\.(?:[a-z]\.?){1,2}")


def lead_initials(name: str) -> str:
    """The letters of a name's lead when it is written only as initials ('jm' for 'J.M. Coetzee',
    'JM Coetzee'); empty otherwise."""
    parts = [p for p in name.strip().split() if p][:-1]
    if not parts or not all(_INITIALS.fullmatch(p.lower()) or (p.isupper() and p.isalpha() and len(p) <= 3)
                            for p in parts):
        return ""
    return "".join(c for p in parts for c in p.lower() if c.isalpha())


def _spells_initials(text: str, start: int, initials: str) -> bool:
    """The capitalised words right before `start`, as many as `initials` has letters, begin with
    those letters in order ('John Maxwell Coetzee' for 'J.M. Coetzee')."""
    m = re.search(rf"(?<![\w'’.-])((?:[A-Z][\w'’-]*\.?\s){{{len(initials)}}})$", text[max(0, start - 80):start])
    return bool(m) and "".join(w[0].lower() for w in m.group(1).split()) == initials


def another_name_before(text: str, start: int, own: frozenset[str], initials: str = "") -> bool:
    """A capitalised word, not a common one nor one of the name's own, stands right before `start`
    (and, for a name whose lead is only initials, the words before do not spell them out)."""
    m = _PREV_WORD.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1)
    if not (word[:1].isupper() and fold(word) not in common_words() and fold(word) not in own):
        return False
    if _middle_name(text, m.start(1), own):
        return False  # 'Goodluck Ebele Jonathan' for 'Goodluck Jonathan': a middle name after the own given name
    return not (initials and _spells_initials(text, start, initials))


def _middle_name(text: str, start: int, own: frozenset[str]) -> bool:
    """The capitalised word at `start` (right before the surname) follows, with only a space between, a capitalised
    word of the name's own ('Goodluck Ebele Jonathan', 'George Walker Bush'): a middle name, not another bearer's
    given name ('Shehbaz Sharif', 'Patience Jonathan' stay another bearer)."""
    for _ in range(2):  # one or two middle names ('Goodluck Ebele Azikiwe Jonathan')
        m = _PREV_WORD.search(text, max(0, start - 40), start)
        if not m or not m.group(1)[:1].isupper():
            return False
        if fold(m.group(1)) in own:
            return True
        start = m.start(1)
    return False


class GuardedNames:
    """A compiled names pattern whose matches of `last` (lowercase, folded: the name's last word
    alone) count only where another_name_before is false. Search-like methods are guarded; any
    other attribute is the wrapped pattern's."""

    def __init__(self, pattern: re.Pattern[str], last: frozenset[str], own: frozenset[str], initials: str = ""):
        self._p = pattern
        self._last = last
        self._own = own
        self._initials = initials

    def __getattr__(self, name: str):
        return getattr(self._p, name)

    def _ok(self, m: re.Match[str] | None) -> bool:
        if m is None or not self._last & {fold(m.group(0)), fold(transliteration.umlauts_written_out(m.group(0).lower()))}:
            return True  # ('Müller' found by 'mueller': accent_blind)
        return not another_name_before(m.string, m.start(), self._own, self._initials)

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
    return GuardedNames(pattern, frozenset(fold(a) for a in last), own_words(name), lead_initials(name)) if last else pattern


@lru_cache(maxsize=4096)
def compiled_names(pattern: str) -> re.Pattern[str] | AccentBlind:
    """A case-blind pattern of names, compiled once a process: the same actors come back market
    after market, and a pattern of many aliases costs more to compile than to search (an
    accent-blind one is compiled in its plain form first: AccentBlind)."""
    return AccentBlind(pattern, re.I) if _BLIND_CLASS.search(pattern) else re.compile(pattern, re.I)


def names_pattern(alternatives: str) -> re.Pattern[str]:
    """One of several names, not inside a longer word or hyphenated name."""
    return compiled_names(rf"(?<![\w-])(?:{alternatives})")


# The letters transliteration.accent_blind writes classes for (its range), and one such class as it
# writes it: an ASCII letter followed by its accented forms.
_ACCENTED_TEXT = re.compile("[\u00c0-\u024f]")
_BLIND_CLASS = re.compile("\\[([a-z])[\u00c0-\u024f]+\\]")


class AccentBlind:
    """A names pattern whose aliases are written accent-blind (transliteration.accent_blind): a
    class per letter, '[uúùûü…]', which is costly to compile (the bulk of a cold evaluation's regex
    work, one pattern per market's actors). A text with no accented Latin letter can only match
    each class by its plain letter, so it is searched with the plain pattern (each class written as
    its letter), compiled at once and cheaply; the accent-blind one is compiled the first time a text
    with such a letter comes. Same matches either way, on the same string."""

    __slots__ = ("pattern", "_flags", "_plain", "_blind")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags
        self._plain = re.compile(_BLIND_CLASS.sub(r"\1", pattern), flags)
        self._blind: re.Pattern[str] | None = None

    def _for(self, string: str) -> re.Pattern[str]:
        if _ACCENTED_TEXT.search(string) is None:
            return self._plain
        if self._blind is None:
            self._blind = re.compile(self.pattern, self._flags)
        return self._blind

    @property
    def flags(self) -> int:
        return self._plain.flags

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(string).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(string).match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._for(string).fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._for(string).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        return self._for(string).findall(string, pos, endpos)

    def sub(self, repl, string: str, count: int = 0) -> str:
        return self._for(string).sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list:
        return self._for(string).split(string, maxsplit)
