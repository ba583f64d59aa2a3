"""Spellings of one romanised name: a Slavic name comes into English in several transliterations
('Zelensky', 'Zelenskiy', 'Zelenskyy'; 'Yanukovych', 'Yanukovich'; 'Navalny', 'Navalnyy';
'Medvedev', 'Medvedeff'), a given name in several more ('Mohammed', 'Muhammad', 'Mohamed';
'Volodymyr', 'Vladimir'), and a report may use another than the question's. Only endings that
transliteration alone changes are varied, on a stem long enough to stay one name ('Kowalski' and
'Kowalska' are two people: a gendered ending is no spelling); given names vary only within the
hand-kept families of data/given_names.json. A name written with accents or umlauts is matched
written without them, and the other way round (accent_blind)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .packaged import load_json

# the '-sky' family: Russian and Ukrainian -ский / -ський as each system writes it
_SKY = ("sky", "skiy", "skyy", "skyi", "skii", "ski")
# the patronymic-style '-vich' / '-vych' ending (Ukrainian -вич)
_VICH = ("vich", "vych")
_ENDING = re.compile(r"^(?P<stem>[a-z'-]{3,})(?P<end>skiy|skyy|skyi|skii|sky|ski|vich|vych)$")
# -ий / -ый / -й after a consonant ('Navalny', 'Navalnyy', 'Navalniy'): a name written with one of
# the longer endings is varied fully, a name ending in '-y' only into the longer ones (an English
# '-y' or an Italian '-i' is no transliteration: 'Daly' and 'Dali', 'Terry' and 'Terri' are two names)
_Y = ("y", "iy", "yy", "yi", "ii", "i")
_Y_ENDING = re.compile(r"^(?P<stem>[a-z'-]{3,}[b-df-hj-np-tv-xz])(?P<end>iy|yy|yi|ii|y)$")
# -ей / -ай / -ой after a vowel ('Sergey', 'Sergei'; 'Nikolay', 'Nikolai'; 'Tolstoy', 'Tolstoi')
_VOWEL_Y = re.compile(r"^(?P<stem>[a-z'-]{3,}[aeo])(?P<end>y|i)$")
# -ов / -ев written the older French way ('Medvedeff', 'Rachmaninoff', 'Smirnoff')
_OV = re.compile(r"^(?P<stem>[a-z'-]{3,})(?P<vowel>[oe])(?P<end>v|ff)$")


def spellings(name: str) -> frozenset[str]:
    """The other lowercase spellings of the name word `name` (lowercase) that transliteration
    gives; empty when its ending is not one of them."""
    m = _ENDING.match(name)
    if m:
        family = _SKY if m.group("end") in _SKY else _VICH
        return frozenset(m.group("stem") + end for end in family) - {name}
    m = _Y_ENDING.match(name)
    if m:
        family = _Y[1:-1] if m.group("end") == "y" else _Y
        return frozenset(m.group("stem") + end for end in family) - {name}
    m = _VOWEL_Y.match(name)
    if m:
        return frozenset(m.group("stem") + end for end in ("y", "i")) - {name}
    m = _OV.match(name)
    if m:
        return frozenset(m.group("stem") + m.group("vowel") + end for end in ("v", "ff")) - {name}
    return frozenset()


@lru_cache(maxsize=1)
def _given_families() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for family in load_json("given_names.json")["families"]:
        members = frozenset(w.lower() for w in family)
        for w in members:
            out[w] = out.get(w, frozenset()) | members
    return out


def given_forms(name: str) -> frozenset[str]:
    """The other lowercase spellings of the given name `name` (lowercase): its family in
    data/given_names.json ('muhammad', 'mohamed', … for 'mohammed') and its transliterated
    endings ('dmitri', 'dmitriy' for 'dmitry')."""
    return (_given_families().get(name, frozenset()) | spellings(name)) - {name}


# German umlauts and sharp s written out, as English-language wires often do ('Herta Mueller' for
# 'Herta Müller', 'Schroeder' for 'Schröder', 'Strauss' for 'Strauß')
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def umlauts_written_out(name: str) -> str:
    """`name` (lowercase) with its German umlauts and sharp s written out; itself when it has none."""
    return name.translate(_UMLAUTS)


def fold(word: str) -> str:
    """A lowercase word without its diacritics ('atlético' → 'atletico')."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def same_word(a: str, b: str) -> bool:
    """Two spellings of one name word, blind to accents and to umlauts written out ('Müller',
    'Muller', 'Mueller')."""
    return bool({fold(a), fold(umlauts_written_out(a.lower()))} & {fold(b), fold(umlauts_written_out(b.lower()))})


@lru_cache(maxsize=1)
def _accented() -> dict[str, str]:
    """Each lowercase ASCII letter → the Latin letters with diacritics written on it ('u' → 'úùûüū…')."""
    out: dict[str, str] = {}
    for code in range(0xC0, 0x250):
        c = chr(code)
        base = fold(c)
        if c.islower() and len(base) == 1 and base.isascii() and base.isalpha() and base != c:
            out[base] = out.get(base, "") + c
    return out


_WRITTEN_OUT = {"ae": "ä", "oe": "ö", "ue": "ü"}


@lru_cache(maxsize=16384)
def accent_blind(alias: str) -> str:
    """A regex for the lowercase `alias` (compiled case-blind) that a text writes with or without
    its accents ('marquez' finds 'Márquez', 'müller' finds 'Muller'), and with an umlaut the alias
    writes out ('mueller' finds 'Müller')."""
    accented, out, k = _accented(), [], 0
    while k < len(alias):
        pair = alias[k:k + 2]
        if pair in _WRITTEN_OUT and k > 0 and alias[k - 1].isalpha() and alias[k - 1] not in "aeiou":
            out.append(f"(?:{pair}|{_WRITTEN_OUT[pair]})")
            k += 2
            continue
        base = fold(alias[k]) if len(fold(alias[k])) == 1 else alias[k]
        out.append(f"[{base}{accented[base]}]" if base in accented else re.escape(alias[k]))
        k += 1
    return "".join(out)
