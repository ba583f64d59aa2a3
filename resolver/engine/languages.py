"""The language of a sentence or an article, as far as the engine needs it: the rules read
English, so a sentence written in another language ('Sa réalisatrice Justine Triet sort grande
gagnante de la 49e cérémonie des César') is one no rule could read, whatever it reports, and so is
an article written in one. Told by function words (`resolver/data/languages.json`), and for an
article also by its script (Cyrillic, Devanagari…) or its letters' diacritics (Hungarian, Czech…),
over a bounded prefix. Pure; word lists only, nothing fetched or guessed at run time."""

from __future__ import annotations

import re
from functools import lru_cache

from .packaged import load_json
from .text import Sentence

_DATA = load_json("languages.json")
ENGLISH = frozenset(_DATA["english"])
OTHER = frozenset(_DATA["other"]) - ENGLISH
_AT_LEAST = 3  # function words of another language a sentence must hold

# An article is judged on its title and the start of its text: a language does not change after
# its first paragraphs, and the cost stays bounded whatever the article's length.
PREFIX = 2000
_FEWEST_WORDS = 8  # fewer words than this (a bare headline, a caption) tell no language
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# every other-language function word standing as a word of its own: counts at least the words _other finds
_OTHER_RE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in sorted(OTHER, key=lambda w: (-len(w), w)))
                       + r")(?![^\W\d_])")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_DIACRITIC_SHARE = 0.3  # words carrying a Latin letter with a diacritic ('győzelmét'): at least this share …
_ENGLISH_SHARE = 0.15  # … while English function words are under this share of the words (English runs 0.25–0.45)


def _word(token: str) -> str:
    return token.lower().replace("’", "'").split("'")[-1]  # "d'une" → 'une', "O'Brien" → 'brien'


def _other(token: str) -> bool:
    """A function word of another language, written in lower case: a capitalised one is a name's part
    ('São Paulo', 'Las Vegas', 'De Niro'), and a name, the market's own above all, tells no language."""
    w = token.replace("’", "'").split("'")[-1]
    return w.islower() and w in OTHER


def not_english(sent: Sentence) -> bool:
    """The sentence is written in another language than English: at least three function words
    of other languages written in lower case, more than twice as many as English ones (a French
    name in an English sentence, 'de Gaulle', is not enough)."""
    lasts = [t.text.replace("’", "'").rsplit("'", 1)[-1] for t in sent.tokens]
    other = sum(1 for w in lasts if w in OTHER and w.islower())
    if other < _AT_LEAST:  # most sentences: no need to count the English words
        return False
    return other > 2 * sum(1 for w in lasts if w.lower() in ENGLISH)


def article_language(title: str, text: str) -> str | None:
    """Why the article (its title and the start of its text) is not in English, else None: its
    words are mostly of another script; or it holds at least three function words of other
    languages and more than twice as many as English ones; or a third of its words carry
    diacritics while English function words are under a seventh of them (English runs a quarter or
    more). An English article quoting
    a foreign phrase or listing foreign names keeps its own function words, so it is English."""
    return _language((title or "") + "\n" + (text or "")[:PREFIX])


@lru_cache(maxsize=4096)
def _language(prefix: str) -> str | None:
    # an acronym is no function word: 'WHO' in German copy ('Wie die Weltgesundheitsorganisation (WHO) …')
    prefix = prefix[:PREFIX].replace("’", "'")
    latin_only = prefix.isascii()  # then every word is of the Latin script and none carries a diacritic
    if latin_only and len(_OTHER_RE.findall(prefix)) < _AT_LEAST:
        return None  # an upper bound of its other-language function words is already too few (most English copy)
    # each word's last part after an apostrophe, as _word and _other read it, computed once
    lasts = [w.rsplit("'", 1)[-1] for w in _WORD.findall(prefix) if not (len(w) > 1 and w.isupper())]
    words = [w.lower() for w in lasts]
    n = len(words)
    if n < _FEWEST_WORDS:
        return None
    if not latin_only and 2 * sum(not _LATIN.match(w) for w in words) > n:
        return "written in another script"
    english = sum(1 for w in words if w in ENGLISH)
    other = [w for w in lasts if w in OTHER and w.islower()]
    if len(other) >= _AT_LEAST and len(other) > 2 * english:
        counts: dict[str, int] = {}
        for w in other:
            counts[w] = counts.get(w, 0) + 1
        shown = ", ".join(f"'{w}'" for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
        return f"function words of another language ({shown})"
    if latin_only:
        return None
    marked = sum(1 for w in words if not w.isascii() and _LATIN.match(w))
    if marked >= _DIACRITIC_SHARE * n and english < _ENGLISH_SHARE * n:
        return "most words carry diacritics English does not use"
    return None
