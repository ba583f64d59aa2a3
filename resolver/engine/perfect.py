"""Two question shapes whose surface hides the act: a perfect ('Will at least 15 million people
in the UK have received a first COVID-19 vaccine dose by …?', 'Will all of Jaguar Land Rover's
plants have resumed production by …?') names its act in the participle after 'have', and a noun
a number counts ('15 million people', '550,000 children') is never the act, even when it could be
read as a verb ('people')."""

from __future__ import annotations

import re

import lemminflect

from . import lexicon
from .text import all_lemmas

_MULTIPLIERS = frozenset({"thousand", "million", "billion", "trillion", "hundred", "dozen", "k", "m", "bn"})
_PERFECT = re.compile(r"\bhave\s+([a-z]+)\b")


def perfect_base(body: str) -> str:
    """The body with 'have' + a past participle turned into the participle's base form ('have
    received' → 'receive'); 'have been' (a passive or copula) and 'have' with an object ('have
    its licence revoked') are left alone, and so is a subject told of every member ('all of Jaguar
    Land Rover's plants have resumed production'): a report that one of them did it says nothing of
    all, and the subject is not read as a set of parts, so the act is left unread (no confirmation)."""
    if re.match(r"(?:all|every|each)\b", body, re.I):
        return body
    def base(m: re.Match) -> str:
        word = m.group(1)
        if word == "been":
            return m.group(0)
        lemmas = all_lemmas(word).get("VERB", ())
        for lemma in lemmas:
            if word in lemminflect.getInflection(lemma, "VBN") and word != lemma:
                return lemma
        return m.group(0)
    return _PERFECT.sub(base, body)


_BAR_WORDS = frozenset({"least", "than", "over", "under", "exceed"})


def counted_noun(words: list[str], i: int) -> bool:
    """The word at i is what a bar counts: it stands right after a number that a comparison
    introduces ('at least 15 million people', 'more than 550,000 children'), not after a number
    in a name ('S&P 500 close', 'Ariane 6 launch')."""
    k = i - 1
    while k >= 0 and (words[k][:1].isdigit() or words[k] in _MULTIPLIERS or words[k] in lexicon.NUMBER_WORDS
                      or words[k] == ","):
        k -= 1
    return k < i - 1 and k >= 0 and words[k] in _BAR_WORDS
