"""How a number is written in a question or an article: digits with thousands separators and a
decimal part, a number word ('twelve'), and the value such a word stands for."""

from __future__ import annotations

import re

from .lexicon import NUMBER_WORDS

_NUM = r"\d[\d,]*(?:\.\d+)?"
_WORDNUM = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"


def _number(word: str) -> float | None:
    w = word.lower().replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    return float(NUMBER_WORDS[w]) if w in NUMBER_WORDS and w not in ("a", "an", "several", "few", "couple") else None
