"""The language of a sentence, as far as the engine needs it: the rules read English, so a
sentence written in another language ('Sa réalisatrice Justine Triet sort grande gagnante de la
49e cérémonie des César') is one no rule could read, whatever it reports. Told by function words
(`resolver/data/languages.json`). Pure; word lists only."""

from __future__ import annotations

from .packaged import load_json
from .text import Sentence

_DATA = load_json("languages.json")
ENGLISH = frozenset(_DATA["english"])
OTHER = frozenset(_DATA["other"]) - ENGLISH
_AT_LEAST = 3  # function words of another language a sentence must hold


def not_english(sent: Sentence) -> bool:
    """The sentence is written in another language than English: at least three function words
    of other languages, more than twice as many as English ones (a French name in an English
    sentence, 'de Gaulle', is not enough)."""
    words = [t.lower.replace("’", "'").split("'")[-1] for t in sent.tokens]
    other = sum(w in OTHER for w in words)
    english = sum(w in ENGLISH for w in words)
    return other >= _AT_LEAST and other > 2 * english
