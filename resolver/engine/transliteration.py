"""Spellings of one romanised surname: a Slavic name comes into English in several
transliterations ('Zelensky', 'Zelenskiy', 'Zelenskyy'; 'Yanukovych', 'Yanukovich'), and a
report may use another than the question's. Only endings that transliteration alone changes are
varied, on a stem long enough to stay one name."""

from __future__ import annotations

import re

# the '-sky' family: Russian and Ukrainian -ский / -ський as each system writes it
_SKY = ("sky", "skiy", "skyy", "skyi", "skii", "ski")
# the patronymic-style '-vich' / '-vych' ending (Ukrainian -вич)
_VICH = ("vich", "vych")
_ENDING = re.compile(r"^(?P<stem>[a-z'-]{3,})(?P<end>skiy|skyy|skyi|skii|sky|ski|vich|vych)$")


def spellings(surname: str) -> frozenset[str]:
    """The other lowercase spellings of `surname` (lowercase) that transliteration gives; empty
    when its ending is not one of them."""
    m = _ENDING.match(surname)
    if not m:
        return frozenset()
    family = _SKY if m.group("end") in _SKY else _VICH
    return frozenset(m.group("stem") + end for end in family) - {surname}


# German umlauts and sharp s written out, as English-language wires often do ('Herta Mueller' for
# 'Herta Müller', 'Schroeder' for 'Schröder', 'Strauss' for 'Strauß')
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def umlauts_written_out(name: str) -> str:
    """`name` (lowercase) with its German umlauts and sharp s written out; itself when it has none."""
    return name.translate(_UMLAUTS)
