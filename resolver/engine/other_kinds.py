"""An exclusion of *other* things of the market's kind ('Approval of other vaccines alone does not count')
is met only by a sentence that tells other ones: a sentence naming the market's own thing of that kind by the
question's name for it ('unanimously approved the emergency use of the CoronaVac vaccine, … as well as the
AstraZeneca-University of Oxford vaccine' for 'authorize emergency use of the CoronaVac COVID-19 vaccine')
tells the market's own, whatever else it names beside it. The reverse holds too: a sentence naming the kind's
noun under another name only ('authorized the emergency use of the Pfizer-BioNTech vaccine') tells another one,
excluded even when the act is told in other words than the exclusion's ('authorized' for 'approval'); the noun
told with no name ('the vaccine') may be the market's own, and is read as usual.

The question's name for the thing is the leftmost capitalised word of the noun phrase the excluded noun heads
in the question ('the CoronaVac COVID-19 vaccine' → CoronaVac; "Pfizer's vaccine" → Pfizer); a phrase opened
by an indefinite determiner ('a COVID-19 vaccine', 'any vaccine') names no one thing, and nothing is spared.
Pure and deterministic; a cheap test on the exclusion's words runs first."""

from __future__ import annotations

from typing import Iterator

import re
from functools import lru_cache

_OTHER = frozenset({"other", "another"})
_INDEFINITE = frozenset({"a", "an", "any", "some", "one"})
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _same_noun(word: str, noun: str) -> bool:
    w, n = word.lower(), noun.lower()
    return w == n or w.rstrip("s") == n.rstrip("s") or w + "es" == n or n + "es" == w


@lru_cache(maxsize=1024)
def question_name(question: str, noun: str) -> str | None:
    """The question's own name for the thing `noun` heads ('CoronaVac' for 'vaccine'), else None."""
    words = _WORD.findall(question[:600])
    for k, w in enumerate(words):
        if k == 0 or not _same_noun(w, noun):
            continue
        name = None
        for j in range(k - 1, max(0, k - 5), -1):  # up to four words before the noun, none of them the first
            prev = words[j]
            if prev.lower() in _INDEFINITE:
                return None  # 'a COVID-19 vaccine': no one thing named
            if not prev[:1].isupper():
                break
            name = re.sub(r"['’]s?$", "", prev)
        if name and len(name) > 2:
            return name
    return None


def _asked_names(terms: list[str] | tuple[str, ...], question: str) -> Iterator[tuple[str, str]]:
    """(kind noun, the question's name for its own one) for each noun of an exclusion `terms` that sets aside
    *other* things of its kind ('other vaccines'); nothing for any other exclusion."""
    if not question or not _OTHER.intersection(terms):
        return
    for noun in terms:
        if noun in _OTHER or len(noun) < 3:
            continue
        name = question_name(question, noun)
        if name:
            yield noun, name


def _names(name: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def own_named(terms: list[str] | tuple[str, ...], question: str, text: str) -> str | None:
    """The question's name for the market's own thing, when the exclusion `terms` set aside *other* things of
    its kind and the sentence `text` names the market's own one; else None (the exclusion is read as usual)."""
    return next((name for _, name in _asked_names(terms, question) if _names(name, text)), None)


def other_named(terms: list[str] | tuple[str, ...], question: str, text: str) -> str | None:
    """The other name a sentence gives the kind's noun ('Pfizer-BioNTech' of 'the Pfizer-BioNTech vaccine') when
    the exclusion `terms` set aside *other* things of the kind, the question names its own one and the sentence
    `text` names only others; else None."""
    for noun, name in _asked_names(terms, question):
        if _names(name, text):
            continue
        asked = {w.lower() for w in _WORD.findall(question[:600])}
        words = _WORD.findall(text[:2000])
        for k, w in enumerate(words):
            if not _same_noun(w, noun):
                continue
            names = []  # the capitalised words right before the noun, none of them the question's own
            for j in range(k - 1, max(-1, k - 4), -1):
                if not words[j][:1].isupper():
                    break
                names.append(words[j])
            others = [p for p in names if p.lower() not in asked and re.sub(r"['’]s?$", "", p).lower() not in asked]
            if others:
                return re.sub(r"['’]s?$", "", others[-1])
    return None
