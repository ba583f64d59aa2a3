"""A name's last word alone names its bearer only where no other name word stands right before
it. 'Madrid' stands for 'Atletico Madrid' and 'Trump' for 'Donald Trump', but 'Real Madrid',
'AC Milan' and 'Eric Trump' name a different side or person sharing that word: a capitalised word
right before the last word is another name's first part. Titles and honorifics ('President
Trump'), party and nationality words ('Democrat Harris', 'Spaniard Alcaraz'), words opening a
sentence or a headline ('But Trump', 'Harris Concedes To Trump'), the name's own words and their
initials ('LA Dodgers' for 'Los Angeles Dodgers') are not another name; a word closed by a full
stop ('Mr. Trump', 'U.S. Steel') or written as a possessive ('Tesla's Musk') is not read at all.

The guard is a regex prefix (fixed-width lookbehinds, one per word length), so the name patterns
stay plain compiled patterns; it is built once per name (lru_cache)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import lexicon
from .entities import demonyms
from .packaged import load_json

_DATA = load_json("name_guard.json")
_LONGEST = 16  # a capitalised word longer than this before the last word is not read
# accented letters a report may write where the question does not ('Atlético' for 'Atletico')
_ACCENTS = {"a": "aáàâäãå", "e": "eéèêë", "i": "iíìîï", "o": "oóòôöõø", "u": "uúùûü", "n": "nñ", "c": "cç",
            "s": "sšś", "z": "zžź", "r": "rř"}


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    words = {w for key, vals in _DATA.items() if not key.startswith("_") for w in vals}
    words |= set(lexicon.MONTHS) | set(lexicon.WEEKDAYS) | set(demonyms())
    return frozenset(w for w in words if re.fullmatch(r"\w+", w))


def _accent_blind(word: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    return "".join(f"[{_ACCENTS[c]}]" if c in _ACCENTS else re.escape(c) for c in bare)


def _own_words(name: str) -> list[str]:
    """The name's words before its last, each accent-blind, and the initials of those words
    ('la' for 'Los Angeles Dodgers')."""
    parts = [p for p in re.split(r"[\s-]+", name.strip()) if p]
    lead = [p for p in parts[:-1] if re.fullmatch(r"\w+", p)]
    out = [_accent_blind(p) for p in lead]
    if len(lead) >= 2:
        out.append(re.escape("".join(p[0] for p in lead).lower()))
    return out


def _width(word_regex: str) -> int:
    """How many characters a word's accent-blind regex matches."""
    return len(re.sub(r"\[[^\]]*\]", "x", word_regex.replace("\\", "")))


@lru_cache(maxsize=256)
def last_word_guard(name: str) -> str:
    """A regex prefix for the last word of `name` standing alone: no capitalised word other than
    the common ones (name_guard.json, months, weekdays, demonyms) and the name's own words right
    before it."""
    allowed: dict[int, list[str]] = {}
    for w in sorted(_common_words()):
        allowed.setdefault(len(w), []).append(re.escape(w))
    for w in _own_words(name):
        allowed.setdefault(_width(w), []).append(w)
    parts = []
    for n in range(1, _LONGEST + 1):
        words = allowed.get(n)
        spared = rf"(?!(?:{'|'.join(words)})\s)" if words else ""
        parts.append(rf"(?<!\b{spared}(?-i:[A-Z])\w{{{n - 1}}}\s)")
    return "".join(parts)
